"""Which program starts, argument errors in one line, exit codes (issue 14 items 4 and 16)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from verantwoording_app import cli as cli_module
from verantwoording_app.cli_arguments import translate
from verantwoording_app.routing import COMMANDS, route

from .conftest import cli


def test_every_command_is_routed_to_the_command_line() -> None:
    assert set(COMMANDS) == set(cli_module.HANDLERS)
    parser = cli_module.build_parser()
    choices = next(a.choices for a in parser._actions if a.dest == "command")
    assert choices is not None
    assert set(choices) == set(COMMANDS)


@pytest.mark.parametrize(("args", "target"), [
    ([], "gui"),
    (["--db", "nieuw.vwdb"], "gui"),
    (["--lang", "en"], "gui"),
    (["gui"], "gui"),
    (["--db", "x.vwdb", "gui"], "gui"),
    (["bogus"], "cli"),
    (["nieuw.vwdb"], "cli"),
    (["list"], "cli"),
    (["--db", "x.vwdb", "list"], "cli"),
    (["--db=x.vwdb", "search", "Almelo"], "cli"),
    (["--help"], "cli"),
    (["--version"], "cli"),
])
def test_route(args: list[str], target: str) -> None:
    assert route(args)[0] == target


def test_gui_is_dropped_and_an_existing_file_opens_the_window(tmp_path: Path) -> None:
    assert route(["--db", "x.vwdb", "gui"]) == ("gui", ["--db", "x.vwdb"])
    existing = tmp_path / "doc.vwdb"
    existing.write_bytes(b"")
    assert route([str(existing)]) == ("gui", [str(existing)])


def test_a_typo_creates_nothing_and_lists_the_commands(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "verantwoording_app", "bogus"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    first, *usage = result.stderr.splitlines()
    assert first.startswith("fout: onbekende opdracht 'bogus'. De opdrachten zijn: import, export, list")
    assert "search" in first
    assert usage[0].startswith("gebruik: verantwoording")
    assert list(tmp_path.iterdir()) == []  # no ./bogus database


def test_a_missing_file_says_how_to_make_a_new_database(tmp_path: Path) -> None:
    code, _, err = cli(str(tmp_path / "nieuw.vwdb"))
    assert code == 2
    assert "bestaat niet. Een nieuwe database begint u met: verantwoording --db" in err
    assert not (tmp_path / "nieuw.vwdb").exists()


def test_db_before_the_command_works(demo_db: str) -> None:
    code, out, _ = cli("--db", demo_db, "list")
    assert code == 0
    assert "Programma 1 (13 activiteiten)" in out


@pytest.mark.parametrize(("args", "line"), [
    (["export"], "fout: dit ontbreekt nog: --out."),
    (["export", "--out", "x.pdf", "--format", "pdf"], "fout: --format: ongeldige keuze 'pdf'; kies uit txt, md, docx, xlsx, html."),
    (["backup", "restore", "twee"], "fout: NUMMER: 'twee' is geen geheel getal."),
    (["list", "--db"], "fout: --db: hier hoort één waarde achter."),
    (["list", "--onzin"], "fout: onbekende argumenten: --onzin."),
    (["people", "remove"], "fout: Geef de naam: people remove NAAM"),
    (["snapshot", "create"], "fout: Geef de naam van de momentopname: snapshot create NAAM"),
    (["export", "--out", "x.txt", "--activity", "2"], "fout: --activity werkt alleen samen met --goal."),
    (["conflicts", "resolve"], "fout: Geef het nummer van het conflict"),
])
def test_argument_errors_are_one_dutch_line_and_the_usage(demo_db: str, args: list[str], line: str) -> None:
    code, out, err = cli(*args, "--db", demo_db)
    assert code == 2
    assert out == ""
    first, *usage = err.splitlines()
    assert first.startswith(line)
    assert usage
    assert usage[0].startswith("gebruik: verantwoording ")
    assert "usage" not in err
    assert "error" not in err


def test_argument_errors_in_english_with_lang_en() -> None:
    code, _, err = cli("--lang", "en", "export")
    assert code == 2
    assert err.splitlines()[0] == "error: missing: --out."
    assert err.splitlines()[1].startswith("usage: verantwoording export")


def test_unknown_argparse_messages_still_make_one_line() -> None:
    assert translate("something new happened") == "something new happened."
    assert "\n" not in translate("argument --x: invalid choice: 'a' (choose from 'b', 'c')")


def test_exit_codes_are_documented() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for code, meaning in ((0, "gelukt"), (1, "onjuiste invoer"), (2, "verkeerde argumenten"), (3, "onverwachte fout")):
        assert f"| {code} | {meaning}" in readme


def test_bad_input_is_exit_1_and_a_bug_is_exit_3(demo_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("list", "--db", demo_db + ".weg")[0] == 1

    def broken(*_args: object) -> int:
        raise RuntimeError("kapot")

    monkeypatch.setitem(cli_module.HANDLERS, "list", broken)
    code, _, err = cli("list", "--db", demo_db)
    assert code == 3
    assert "onverwachte fout" in err
