"""Entry script for the frozen build: the package's own entry point, run as a program.

PyInstaller needs a script file; ``verantwoording_app/__main__.py`` uses relative imports,
so it cannot be that script itself.
"""

from __future__ import annotations

import multiprocessing
import sys

from verantwoording_app.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless when unused; required if a worker process is ever started
    sys.exit(main())
