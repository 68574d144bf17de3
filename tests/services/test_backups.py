from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from verantwoording_app.domain.errors import StorageError
from verantwoording_app.services import backups
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.storage import engine


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


# -- identity, leftovers (issue 14 item 1, issue 15) ----------------------------------------------


def _two_databases_named_alike(tmp_path: Path) -> tuple[Path, Path]:
    paths = []
    for folder in ("gemeente", "kopie"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "doc.vwdb"
        Workspace.open_default(path, author="t").close()
        paths.append(path)
    return paths[0], paths[1]


def test_databases_with_the_same_name_keep_their_own_backups(tmp_path: Path) -> None:
    first, second = _two_databases_named_alike(tmp_path)
    made = backups.make_backup(first, "handmatig")
    assert backups.backup_folder(first) != backups.backup_folder(second)
    assert [b.path for b in backups.list_backups(first)] == [made]
    assert backups.list_backups(second) == []


def test_a_copy_of_the_same_document_elsewhere_has_its_own_list(tmp_path: Path) -> None:
    import shutil

    first, _second = _two_databases_named_alike(tmp_path)
    copy = tmp_path / "elders.vwdb"
    shutil.copy(first, copy)
    backups.make_backup(first, "handmatig")
    assert backups.identity(copy).document_id == backups.identity(first).document_id
    assert backups.list_backups(copy) == []


def test_restoring_another_documents_backup_needs_its_name(tmp_path: Path) -> None:
    first, second = _two_databases_named_alike(tmp_path)
    foreign = backups.make_backup(first, "handmatig")
    before = second.read_bytes()
    with pytest.raises(backups.ForeignBackup, match="ander document") as refused:
        backups.restore(second, foreign)
    assert refused.value.title == "Jaarstukken Almelo 2022"
    assert second.read_bytes() == before
    with pytest.raises(backups.ForeignBackup):
        backups.restore(second, foreign, confirm_document="Begroting Almelo 2022")
    backups.restore(second, foreign, confirm_document=" jaarstukken almelo 2022 ")
    assert backups.identity(second).document_id == backups.identity(first).document_id


def test_backups_of_an_earlier_document_at_this_path_are_listed_as_foreign(database: Path) -> None:
    from verantwoording_app.formats.pctext import read_pc_text
    from verantwoording_app.resources import sample_path

    kept = backups.make_backup(database, "voor-import")
    workspace = Workspace.open(database, author="t")
    try:
        workspace._store.replace_document(read_pc_text(sample_path().read_bytes()).document)
    finally:
        workspace.close()
    (listed,) = backups.list_backups(database)
    assert listed.path == kept
    assert listed.foreign
    assert listed.document_title == "Jaarstukken Almelo 2022"


def test_a_failed_backup_leaves_no_temporary_file(database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def half_then_fail(_source: Path, target: Path, **_options: object) -> Path:
        target.write_bytes(b"SQLite format 3\x00 half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(engine, "backup_sqlite", half_then_fail)
    with pytest.raises(StorageError, match="kon niet worden gemaakt"):
        backups.make_backup(database, "handmatig")
    assert list(backups.backup_folder(database).iterdir()) == []


def test_leftover_temporary_files_are_cleaned_at_the_next_start(database: Path) -> None:
    import os
    import time

    folder = backups.backup_folder(database)
    folder.mkdir(parents=True)
    leftover = folder / "b-20261126-120000-periodiek.tmp"
    leftover.write_bytes(b"half")
    moment = time.time() - 3600
    os.utime(leftover, (moment, moment))
    assert backups.clean_partial_backups(database) == [leftover]
    assert not leftover.exists()


def test_reading_backups_leaves_no_wal_or_shm_files(database: Path) -> None:
    Workspace.open(database, author="t").close()
    backups.make_backup(database, "handmatig")
    for _ in range(2):
        backups.list_backups(database)
    names = sorted(p.name for p in backups.backup_folder(database).iterdir())
    assert len(names) == 1
    assert names[0].endswith(".vwdb")


def test_every_automatic_backup_is_rotated(database: Path) -> None:
    """Imports, merges and bulk changes on the command line back up through the same rotation as the window."""
    folder = backups.backup_folder(database)
    made = backups.make_backup(database, "handmatig")
    for day in range(1, 29):
        (folder / f"b-202002{day:02d}-120000-periodiek.vwdb").write_bytes(made.read_bytes())
    workspace = Workspace.open(database, author="t")
    try:
        workspace.backup_before_bulk_change(2)
    finally:
        workspace.close()
    assert len(backups.list_backups(database)) == backups.KEEP_RECENT
