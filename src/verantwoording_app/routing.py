"""Which program a command line starts: the window or a command. Standard library only (start-up time)."""

from __future__ import annotations

from pathlib import Path

COMMANDS = (
    "import", "export", "list", "check", "search", "demo", "backup", "handout", "handin", "conflicts",
    "snapshot", "people", "assign", "new-year", "compare", "server", "financien", "beleidsindicatoren",
)
"""The command-line subcommands (the CLI's handlers; a test keeps the two lists equal)."""

GUI = "gui"
OPTIONS_WITH_VALUE = ("--db", "--lang")
"""Options the window and every command accept before the command."""


def first_positional(args: list[str]) -> int:
    """Index of the first argument after the leading ``--db PAD`` / ``--lang TAAL`` options."""
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in OPTIONS_WITH_VALUE:
            index += 2
        elif arg.startswith(tuple(option + "=" for option in OPTIONS_WITH_VALUE)):
            index += 1
        else:
            break
    return min(index, len(args))


def route(args: list[str]) -> tuple[str, list[str]]:
    """``("gui", window arguments)`` or ``("cli", command arguments)``.

    The window starts with no command (optionally ``--db`` for a new database, ``--lang``), with ``gui``, or
    with a file that exists (a double-click). Everything else goes to the command line, which reports an
    unknown command with the list of commands, so a typo never creates a database or opens a window.
    """
    index = first_positional(args)
    rest = args[index:]
    if not rest:
        return GUI, args
    first = rest[0]
    if first == GUI:
        return GUI, args[:index] + rest[1:]
    if first in COMMANDS or first.startswith("-"):
        return "cli", args
    if Path(first).is_file():
        return GUI, args
    return "cli", args


def looks_like_a_file(name: str) -> bool:
    """``nieuw.vwdb``, ``map/doc``: meant as a file rather than a command."""
    return bool(Path(name).suffix) or "/" in name or "\\" in name
