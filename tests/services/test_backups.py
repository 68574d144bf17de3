from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from verantwoording_app.domain.errors import StorageError
from verantwoording_app.services import backups
from verantwoording_app.services.workspace import Workspace


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "b.vwdb"
    Workspace.open_default(path, author="t").close()
    return path


def _activities(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM activities").fetchone()[0])


def test_backup_list_and_restore(database: Path) -> None:
    first = backups.make_backup(database, "handmatig")
    listed = backups.list_backups(database)
    assert [b.path for b in listed] == [first]
    assert listed[0].activities == 13
    assert listed[0].reason_label == "handmatig"
    assert oct(first.stat().st_mode & 0o777) == "0o600"

    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("DELETE FROM activities WHERE position > 2")
    assert _activities(database) == 6

    safety = backups.restore(database, first)
    assert _activities(database) == 13
    assert _activities(safety) == 6  # the state before the restore was kept


def test_restore_refuses_foreign_files(database: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "vreemd.vwdb"
    foreign.write_bytes(b"geen database" * 100)
    before = database.read_bytes()
    with pytest.raises(StorageError, match="geen Verantwoording-database"):
        backups.restore(database, foreign)
    assert database.read_bytes() == before


def test_thinning_keeps_recent_daily_and_weekly(tmp_path: Path) -> None:
    folder = tmp_path / "kopieen"
    folder.mkdir()
    now = datetime(2026, 11, 26, 12, 0, 0)
    for hours in range(0, 24 * 90, 6):  # every six hours for ninety days
        stamp = (now - timedelta(hours=hours)).strftime("%Y%m%d-%H%M%S")
        (folder / f"b-{stamp}-periodiek.vwdb").write_bytes(b"x" * 10)
    removed = backups.thin(Path("b.vwdb"), folder=folder, now=now, keep_recent=4)
    kept = backups.list_backups(Path("b.vwdb"), folder=folder)
    assert removed
    assert len(kept) < 4 + 15 + 9
    assert kept[0].created == now
    days = {b.created.date() for b in kept if now - b.created <= timedelta(days=14)}
    assert len(days) == 15


def test_thinning_respects_the_size_limit(tmp_path: Path) -> None:
    folder = tmp_path / "k"
    folder.mkdir()
    for minute in range(5):
        (folder / f"b-20261126-1200{minute:02d}-periodiek.vwdb").write_bytes(b"x" * 100)
    backups.thin(Path("b.vwdb"), folder=folder, now=datetime(2026, 11, 26, 13), max_total_bytes=250)
    assert len(backups.list_backups(Path("b.vwdb"), folder=folder)) == 2
