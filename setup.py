"""Build hook: a wheel carries ``resources/`` and the user guide as package data (``verantwoording_app/bundled``).

Everything else is in pyproject.toml. ``verantwoording_app.resources`` finds the folder with
``importlib.resources``, so a plain (non-editable) ``pip install .`` runs ``verantwoording demo`` and every
export without the source tree. An editable install and the source tree use ``resources/`` in place.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    """``build_py`` that also copies resources/ (without compiled .qm files) and docs/HANDLEIDING.md."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "verantwoording_app" / "bundled"
        shutil.copytree(ROOT / "resources", target, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("*.qm", "__pycache__"))
        (target / "docs").mkdir(exist_ok=True)
        shutil.copy2(ROOT / "docs" / "HANDLEIDING.md", target / "docs" / "HANDLEIDING.md")


setup(cmdclass={"build_py": BuildWithResources})
