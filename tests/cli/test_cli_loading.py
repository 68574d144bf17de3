"""Commands read what they need (issue 20): `list` and `check` never parse a text, an export parses each once."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from verantwoording_app.cli import main
from verantwoording_app.domain import blocktext
from verantwoording_app.domain.blocktext import EMPTY
from verantwoording_app.services import quickopen
from verantwoording_app.storage.store import Store

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt"


def run(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue() + err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> str:
    """The sample with every kind of gap: no realisation, unknown status, no owner."""
    path = tmp_path / "laden.vwdb"
    assert run("import", str(SAMPLE), "--db", str(path))[0] == 0
    store = Store.open(path)
    activities = [a for p in store.tree() for g in p.goals for a in g.activities]
    for index, activity in enumerate(activities):
        changes: dict[str, object] = {}
        if index % 2:
            changes["status"] = "gereed"
        if index % 3:
            changes["owner"] = "Fatima"
        if index % 5 == 0:
            changes["realisation"] = EMPTY
        if index % 7 == 0:
            changes["status"] = "bestaat-niet"
        store.update_activity(activity.id, changes, "test")
    store.close()
    return str(path)


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text parse_markdown is asked to parse, in order."""
    seen: list[str] = []
    original = blocktext._markdown_lines

    def counting(source: str) -> list[str]:
        seen.append(source)
        return original(source)

    monkeypatch.setattr(blocktext, "_markdown_lines", counting)
    return seen


def test_list_parses_no_text(db: str, parses: list[str]) -> None:
    code, out = run("list", "--db", db)
    assert code == 0, out
    assert parses == []
    assert "Jaarstukken 2022 — 13 activiteiten, 2 compleet (15%)" in out
    assert "    ✓ 2. Ondersteunen van Almeloërs met bijstand" in out


def test_list_through_the_full_open_gives_the_same_lines(
    db: str, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = run("list", "--db", db)
    monkeypatch.setattr(quickopen, "quick_view", lambda _path: None)
    assert run("list", "--db", db) == quick
    assert len(parses) <= 1  # the document's own unplaced text, never an activity's


def test_check_parses_each_text_once(db: str, parses: list[str]) -> None:
    # completeness comes from the tree rows; the P&C-check and spelling counts (issue 16) need
    # every text, each parsed once
    code, out = run("check", "--db", db, "-v")
    assert code == 0, out
    parsed = len(parses)
    store = Store.open(db)
    document = store.load_document()
    store.close()
    assert parsed <= 2 + len(document.programmes) + 2 * document.activity_count()  # + header's unplaced
    assert "Activiteiten: 13, compleet: 2 (15%)" in out
    assert "  zonder realisatie: 3" in out
    assert "  1.I.1 Verbeteren van de match op de arbeidsmarkt: realisatie, status, eigenaar ontbreekt" in out
    assert "  1.I.3 Inzet van alle participatie instrumenten om de kans op werk te vergroten: status ontbreekt" in out


def test_check_again_parses_no_activity_text(db: str, parses: list[str]) -> None:
    """The P&C-check and spelling counts are kept per activity: a second check analyses nothing unchanged."""
    first = run("check", "--db", db)
    parses.clear()
    assert run("check", "--db", db) == first
    assert len(parses) <= 1  # the document's own unplaced text, never an activity's
    assert "P&C-controle: " in first[1]


@pytest.mark.parametrize("fmt", ["txt", "docx", "xlsx"])
def test_an_export_parses_each_text_once(db: str, parses: list[str], tmp_path: Path, fmt: str) -> None:
    code, out = run("export", "--db", db, "--format", fmt, "--out", str(tmp_path / f"uit.{fmt}"))
    assert code == 0, out
    parsed = len(parses)
    store = Store.open(db)
    document = store.load_document()
    store.close()
    texts = 1 + len(document.programmes) + 2 * document.activity_count()  # unplaced, intros, plan and realisation
    assert parsed == texts


def test_list_does_not_load_sqlalchemy(db: str) -> None:
    # `list` reads the tree with the standard library's sqlite3: importing SQLAlchemy alone costs more
    # than the whole listing of 10,000 activities
    import subprocess
    import sys

    code = ("import io, sys; from verantwoording_app.cli import main; "
            f"assert main(['list', '--db', {db!r}], out=io.StringIO(), err=sys.stderr) == 0; "
            "print('sqlalchemy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False", result.stderr
