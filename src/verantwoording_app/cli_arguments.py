"""Argument parsing for the command line in the user's language: one clear line and the usage on a mistake.

argparse formats its complaints in English; :class:`ArgumentParser` raises :class:`ArgumentsWrong` with the
complaint rewritten in Dutch (or kept in English with ``--lang en``) instead of printing and exiting, so the
caller decides where it goes and returns exit code 2.
"""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

if TYPE_CHECKING:
    from collections.abc import Sequence

COMMAND_METAVAR = "OPDRACHT"
_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)
_COMMAND_METAVARS = "(?:OPDRACHT|COMMAND)"

_TYPES = {"nl": {"int": "geheel getal", "float": "getal"}, "en": {"int": "whole number", "float": "number"}}

_MESSAGES: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = tuple(
    (re.compile(pattern), texts) for pattern, texts in (
        (rf"^argument {_COMMAND_METAVARS}: invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)$",
         {"nl": "onbekende opdracht {value}. De opdrachten zijn: {choices}.",
          "en": "unknown command {value}. The commands are: {choices}."}),
        (r"^argument (?P<arg>.+?): invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)$",
         {"nl": "{arg}: ongeldige keuze {value}; kies uit {choices}.",
          "en": "{arg}: invalid choice {value}; choose from {choices}."}),
        (r"^argument (?P<arg>.+?): invalid (?P<type>\w+) value: (?P<value>.*)$",
         {"nl": "{arg}: {value} is geen {type}.", "en": "{arg}: {value} is not a {type}."}),
        (r"^argument (?P<arg>.+?): expected one argument$",
         {"nl": "{arg}: hier hoort één waarde achter.", "en": "{arg}: expected one value."}),
        (r"^argument (?P<arg>.+?): expected at most one argument$",
         {"nl": "{arg}: hooguit één waarde.", "en": "{arg}: at most one value."}),
        (r"^argument (?P<arg>.+?): expected at least one argument$",
         {"nl": "{arg}: hier hoort minstens één waarde achter.", "en": "{arg}: expected at least one value."}),
        (r"^argument (?P<arg>.+?): not allowed with argument (?P<other>.+)$",
         {"nl": "{arg} kan niet samen met {other}.", "en": "{arg} cannot be combined with {other}."}),
        (r"^argument (?P<arg>.+?): ignored explicit argument (?P<value>.+)$",
         {"nl": "{arg} neemt geen waarde ({value}).", "en": "{arg} takes no value ({value})."}),
        (r"^the following arguments are required: (?P<args>.+)$",
         {"nl": "dit ontbreekt nog: {args}.", "en": "missing: {args}."}),
        (r"^one of the arguments (?P<args>.+) is required$",
         {"nl": "geef een van deze: {args}.", "en": "give one of: {args}."}),
        (r"^unrecognized arguments: (?P<args>.+)$",
         {"nl": "onbekende argumenten: {args}.", "en": "unknown arguments: {args}."}),
        (r"^ambiguous option: (?P<option>.+?) could match (?P<matches>.+)$",
         {"nl": "{option} is niet eenduidig: bedoelt u {matches}?", "en": "{option} is ambiguous: {matches}?"}),
    )
)

_HEADINGS = {
    "nl": {"usage": "gebruik: ", "positional": "argumenten", "options": "opties",
           "help": "deze hulp tonen en stoppen"},
    "en": {"usage": "usage: ", "positional": "positional arguments", "options": "options",
           "help": "show this help message and exit"},
}


class ArgumentsWrong(Exception):
    """The command line could not be understood: ``line`` says why, ``usage`` how it goes."""

    def __init__(self, line: str, usage: str, language: str = "nl") -> None:
        super().__init__(line)
        self.line = line
        self.usage = usage
        self.prefix = "error" if language == "en" else "fout"


def translate(message: str, language: str = "nl") -> str:
    """argparse's English complaint in ``language`` (``nl`` or ``en``), as one line."""
    language = language if language in _HEADINGS else "nl"
    for pattern, texts in _MESSAGES:
        match = pattern.match(message)
        if match:
            values = {key: _plain(value) for key, value in match.groupdict().items()}
            if "type" in values:
                values["type"] = _TYPES[language].get(values["type"], values["type"])
            return texts[language].format(**values)
    return message.rstrip(".") + "."


def missing_file(name: str, language: str = "nl") -> str:
    """The line for ``verantwoording nieuw.vwdb`` when that file does not exist (no database is made)."""
    if language == "en":
        return f"the file '{name}' does not exist. To start a new database: verantwoording --db {name}"
    return f"het bestand '{name}' bestaat niet. Een nieuwe database begint u met: verantwoording --db {name}"


def _plain(text: str) -> str:
    """``'import', 'export'`` → ``import, export`` (argparse quotes every choice)."""
    return re.sub(r"'([^']*)'", r"\1", text) if "," in text else text


def language_in(argv: Sequence[str]) -> str:
    """The ``--lang`` given anywhere on the command line (before parsing, so errors can use it)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "nl"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "nl"
    return "nl"


class ArgumentParser(argparse.ArgumentParser):
    """argparse in the user's language; errors raise :class:`ArgumentsWrong` instead of exiting."""

    language = "nl"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = bool(kwargs.pop("add_help", True))
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        headings = _HEADINGS[self.language]
        self._positionals.title = headings["positional"]
        self._optionals.title = headings["options"]
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=headings["help"])

    def format_usage(self) -> str:
        return self._localise(super().format_usage())

    def format_help(self) -> str:
        return self._localise(super().format_help())

    def _localise(self, text: str) -> str:
        prefix = "usage: "
        if text.startswith(prefix):
            return _HEADINGS[self.language]["usage"] + text[len(prefix):]
        return text

    def error(self, message: str) -> NoReturn:
        raise ArgumentsWrong(translate(message, self.language), self.format_usage().rstrip("\n"), self.language)


def in_english(parser: _Parser) -> _Parser:
    """``parser`` (built with Dutch texts) with every description, help text and placeholder in English.

    A text without English (``cli_english.HELP``) stays Dutch (the test of the English help fails then);
    command and flag names are never touched.
    """
    from .cli_english import HELP, METAVARS

    def english(text: str | None) -> str | None:
        return HELP.get(text, text) if text else text

    seen: set[int] = set()

    def walk(current: argparse.ArgumentParser) -> None:
        if id(current) in seen:
            return
        seen.add(id(current))
        current.description = english(current.description)
        current.epilog = english(current.epilog)
        for action in current._actions:
            if action.help and action.help != argparse.SUPPRESS:
                action.help = english(action.help)
            if isinstance(action.metavar, str):
                action.metavar = METAVARS.get(action.metavar, action.metavar)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = english(choice.help)
                for child in action.choices.values():
                    walk(child)

    walk(parser)
    return parser


def parser_class(language: str) -> type[ArgumentParser]:
    """An :class:`ArgumentParser` subclass speaking ``language``; sub-parsers inherit it."""
    return type("ArgumentParser", (ArgumentParser,), {"language": language if language in _HEADINGS else "nl"})
