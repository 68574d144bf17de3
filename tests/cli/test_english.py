"""The command line in English with --lang en: help, placeholders and messages; command and flag names unchanged."""

from __future__ import annotations

import argparse
import io
from typing import TYPE_CHECKING

import pytest

from verantwoording_app import cli
from verantwoording_app.cli_english import HELP, METAVARS
from verantwoording_app.domain import messages

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture(autouse=True)
def _dutch_again() -> Iterator[None]:
    yield
    messages.use_language("nl")


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    seen: set[int] = set()
    todo = [parser]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                todo.extend(action.choices.values())


def _texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    for current in _parsers(parser):
        yield from (t for t in (current.description, current.epilog) if t)
        for action in current._actions:
            if action.help and action.help != argparse.SUPPRESS:
                yield action.help
            if isinstance(action, argparse._SubParsersAction):
                yield from (c.help for c in action._choices_actions if c.help)


def _names(parser: argparse.ArgumentParser) -> list[tuple[str, ...]]:
    return sorted((current.prog, *action.option_strings, *(action.choices or ()))
                  for current in _parsers(parser) for action in current._actions
                  if not isinstance(action, argparse._SubParsersAction))


def test_every_help_text_has_english() -> None:
    missing = sorted(set(_texts(cli.build_parser("nl"))) - set(HELP))
    assert not missing, "add these to cli_english.HELP: " + "; ".join(missing)


def test_no_english_for_a_help_text_that_is_gone() -> None:
    assert not set(HELP) - set(_texts(cli.build_parser("nl")))


def test_the_english_help_is_english_and_keeps_every_command_and_flag() -> None:
    dutch, english = cli.build_parser("nl"), cli.build_parser("en")
    assert not set(_texts(english)) & (set(HELP) - set(HELP.values()))
    assert _names(english) == _names(dutch)
    placeholders = {a.metavar for p in _parsers(dutch) for a in p._actions if isinstance(a.metavar, str)}
    assert placeholders <= set(METAVARS)


def test_help_on_the_command_line_in_english() -> None:
    out = io.StringIO()
    assert cli.main(["--lang", "en"], out=out) == 0  # no command: the help
    text = out.getvalue()
    assert text.startswith("usage: verantwoording")
    assert "export the document" in text
    assert "Exit codes: 0 done" in text
    export = cli.build_parser("en").parse_args(["export", "--out", "x.txt"]).subparser.format_help()
    assert "--out FILE" in export
    assert "only this main goal" in export


def test_messages_in_english_with_lang_en(tmp_path: Path) -> None:
    err = io.StringIO()
    code = cli.main(["export", "--activity", "1", "--out", str(tmp_path / "x.txt"), "--lang", "en"], err=err)
    assert code == cli.EXIT_WRONG_ARGUMENTS
    assert err.getvalue().startswith("error: --activity only works together with --goal.")
    err = io.StringIO()
    missing = tmp_path / "nergens" / "geen.vwdb"
    assert cli.main(["--lang", "en", "list", "--db", str(missing)], err=err) == cli.EXIT_BAD_INPUT
    assert "does not exist" in err.getvalue()


def test_dutch_stays_the_default() -> None:
    err = io.StringIO()
    assert cli.main(["export", "--activity", "1", "--out", "x.txt"], err=err) == cli.EXIT_WRONG_ARGUMENTS
    assert err.getvalue().startswith("fout: --activity werkt alleen samen met --goal.")
