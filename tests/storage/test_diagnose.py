"""Storage errors are not damage: full disk, read-only file/folder/medium, no permission and damage told apart."""

from __future__ import annotations

import errno
import io
import os
import sqlite3
import stat
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.cli import main
from verantwoording_app.domain.errors import StorageError
from verantwoording_app.services import backups
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.storage import diagnose
from verantwoording_app.storage.diagnose import DatabaseDamaged, explain

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "db.vwdb"
    Workspace.open_default(path, author="tester").close()
    return path


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite3.OperationalError("database or disk is full"), "De schijf is vol"),
        (OSError(errno.ENOSPC, "No space left on device"), "De schijf is vol"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "kan niet worden gewijzigd"),
        (OSError(errno.EROFS, "Read-only file system"), "kan niet worden gewijzigd"),
        (PermissionError(errno.EACCES, "Permission denied"), "geen toegang"),
        (sqlite3.OperationalError("unable to open database file"), "geen toegang"),
        (sqlite3.DatabaseError("database disk image is malformed"), "is beschadigd"),
        (sqlite3.DatabaseError("file is not a database"), "is beschadigd"),
        (sqlite3.OperationalError("database is locked"), "bezet"),
    ],
)
def test_each_kind_has_its_own_message(tmp_path: Path, error: BaseException, expected: str) -> None:
    message = explain(error, tmp_path / "db.vwdb").message
    assert expected in message
    if expected != "is beschadigd":
        assert "beschadigd" not in message


def test_damage_is_its_own_kind(tmp_path: Path) -> None:
    assert isinstance(explain(sqlite3.DatabaseError("database disk image is malformed"), tmp_path), DatabaseDamaged)
    assert not isinstance(explain(sqlite3.OperationalError("database or disk is full"), tmp_path), DatabaseDamaged)


def test_a_write_protected_database_opens_read_only_and_is_never_chmodded(database: Path) -> None:
    os.chmod(database, 0o444)
    before = database.read_bytes()
    code, out, err = _run("list", "--db", str(database))
    assert code == 0
    assert "Almelo" in out
    assert "alleen-lezen geopend: het bestand is schrijfbeveiligd" in err
    code, out, err = _run("check", "--db", str(database))
    assert code == 0, err
    code, _out, err = _run("export", "--db", str(database), "--out", str(database.parent / "uit.txt"))
    assert code == 0, err
    code, _out, err = _run("assign", "--db", str(database), "--owner", "Iemand", "--goal", "I")
    assert code == 1
    assert "alleen-lezen geopend (het bestand is schrijfbeveiligd" in err
    assert stat.S_IMODE(database.stat().st_mode) == 0o444
    assert database.read_bytes() == before
    assert sorted(p.name for p in database.parent.glob("db.vwdb*")) == ["db.vwdb"]  # no -wal/-shm left beside it


def test_a_write_protected_database_with_committed_wal_pages_is_not_read_immutable(database: Path) -> None:
    wal = database.with_name(database.name + "-wal")
    os.chmod(database, 0o444)
    assert diagnose.needs_immutable(database)
    wal.write_bytes(b"pages")
    assert not diagnose.needs_immutable(database)  # immutable would not see them


def test_a_read_only_medium_opens_immutable(database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a read-only medium SQLite cannot create its -shm file: read it as immutable, say so."""
    for leftover in (database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")):
        leftover.unlink(missing_ok=True)
    monkeypatch.setattr(diagnose, "read_only_medium", lambda _folder: True)
    code, out, err = _run("list", "--db", str(database))
    assert code == 0
    assert "Almelo" in out
    assert "het medium is alleen-lezen" in err
    assert not database.with_name(database.name + "-shm").exists()
    code, _out, err = _run("export", "--db", str(database), "--out", str(database.parent / "uit.md"))
    assert code == 0, err


def test_a_full_disk_while_saving_says_so(database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = Workspace.open(database)
    activity_id = workspace.tree()[0].goals[0].activities[0].id

    monkeypatch.setattr(diagnose, "disk_full", lambda _folder: True)
    from sqlalchemy.exc import OperationalError

    def failing_flush(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("UPDATE activities SET title=?", ("geheim",), sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr("sqlalchemy.orm.Session.flush", failing_flush)
    with pytest.raises(StorageError, match="De schijf is vol") as raised:
        workspace.save_activity(activity_id, {"title": "Nieuw"})
    assert "geheim" not in raised.value.message
    monkeypatch.undo()
    workspace.close()


def _damage(database: Path) -> None:
    """Random bytes over a page in the middle of the file (after a checkpoint)."""
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    size = database.stat().st_size
    with database.open("r+b") as stream:
        stream.seek((size // 4096 // 2) * 4096)
        stream.write(os.urandom(4096))


def test_check_on_a_damaged_database_names_the_newest_good_backup(database: Path) -> None:
    older = backups.make_backup(database, "handmatig")
    _damage(database)
    code, out, err = _run("check", "--db", str(database))
    assert code == 1
    text = out + err
    assert "beschadigd" in text or "FOUT" in text
    assert "De nieuwste goede reservekopie" in text
    assert str(older) in text
    assert "backup restore 1" in text
    assert "onverwachte fout" not in text


def test_a_damaged_first_page_is_damage_not_an_environment_problem(database: Path) -> None:
    backups.make_backup(database, "handmatig")
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    with database.open("r+b") as stream:
        stream.seek(100)
        stream.write(os.urandom(3900))
    code, _out, err = _run("check", "--db", str(database))
    assert code == 1
    assert "is beschadigd" in err
    assert "De nieuwste goede reservekopie" in err
