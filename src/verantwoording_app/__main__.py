"""Entry point: without a subcommand (or with ``gui``) the desktop app, with one the command line."""

from __future__ import annotations

import sys

from .routing import COMMANDS, route

__all__ = ["COMMANDS", "main"]


def main(argv: list[str] | None = None) -> int:
    target, args = route(list(sys.argv[1:] if argv is None else argv))
    if target == "cli":
        from .cli import main as cli_main

        return cli_main(args)
    from .app import main as app_main

    return int(app_main(args))


if __name__ == "__main__":
    sys.exit(main())
