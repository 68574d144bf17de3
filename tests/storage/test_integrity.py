"""The integrity check finds real problems, not only confirms a healthy file (issue 14 item 20)."""

from __future__ import annotations

import io
import sqlite3
from typing import TYPE_CHECKING

from verantwoording_app.cli import main
from verantwoording_app.storage.store import Store

if TYPE_CHECKING:
    from pathlib import Path


def _orphan_activity(path: Path) -> None:
    """An activity whose goal does not exist: what a crash in a foreign tool or a bad merge could leave."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("UPDATE activities SET goal_id = 'verdwenen-doel' WHERE position = 0 AND rowid = "
                           "(SELECT min(rowid) FROM activities)")
        connection.commit()
    finally:
        connection.close()


def test_a_dangling_reference_is_reported(tmp_path: Path, sample_document) -> None:
    path = tmp_path / "s.vwdb"
    store = Store.open(path)
    store.create_document(sample_document, author="import")
    assert store.integrity_problems() == []
    store.close()
    _orphan_activity(path)
    store = Store.open(path, create=False)
    try:
        problems = store.integrity_problems()
    finally:
        store.close()
    assert len(problems) == 1
    assert problems[0].startswith("verwijzing: ('activities'")


def test_check_reports_it_and_exits_1(tmp_path: Path, sample_document) -> None:
    path = tmp_path / "s.vwdb"
    store = Store.open(path)
    store.create_document(sample_document, author="import")
    store.close()
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", "--db", str(path)], out=out, err=err) == 0
    assert "Integriteitscontrole: in orde" in out.getvalue()
    _orphan_activity(path)
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", "--db", str(path)], out=out, err=err) == 1
    assert "Integriteitscontrole: FOUT" in out.getvalue()
    assert "verwijzing" in out.getvalue()
