"""Entry point: without a subcommand the desktop app, with one the command line."""

from __future__ import annotations

import sys

COMMANDS = (
    "import", "export", "list", "check", "demo", "backup", "handout", "handin", "conflicts", "snapshot",
    "people", "assign", "new-year", "compare",
)
"""The command-line subcommands; kept here so starting the window does not import the CLI."""


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version")):
        from .cli import main as cli_main

        return cli_main(args)
    from .app import main as app_main

    return int(app_main(args))


if __name__ == "__main__":
    sys.exit(main())
