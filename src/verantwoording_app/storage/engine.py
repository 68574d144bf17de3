"""Engine, pragmas, recognising our files, migrations with a backup first."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DisconnectionError

from ..domain.errors import StorageError
from ..domain.messages import Message
from . import diagnose
from .revision import HEAD_REVISION, MIGRATIONS_DIR

SQLITE_HEADER = b"SQLite format 3\x00"
__all__ = ["HEAD_REVISION", "MIGRATIONS_DIR"]


def database_url(location: str | Path) -> str:
    """A SQLAlchemy URL from a file path or a URL (``postgresql://…`` for a team server)."""
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):  # the team server: psycopg 3 is our driver
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        return Path(url.removeprefix("sqlite:///"))
    return None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (transactional DDL)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
    del mode
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _sqlite_read_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only = ON")


def _sqlite_begin_deferred(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def _sqlite_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Read-only: no journal mode change (a write), foreign keys and the busy timeout only."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def read_only_url(path: Path, *, immutable: bool = False) -> str:
    """A URL that opens the file read-only; ``immutable`` where SQLite may not even create its -shm file."""
    from urllib.parse import quote

    return f"sqlite:///file:{quote(str(path))}?mode=ro{'&immutable=1' if immutable else ''}&uri=true"


def create_app_engine(url: str, *, read_only: bool = False) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_read_only_pragmas if read_only else _sqlite_pragmas)
        if read_only:
            event.listen(engine, "connect", _sqlite_read_only)
            event.listen(engine, "begin", _sqlite_begin_deferred)
        else:
            event.listen(engine, "begin", _sqlite_begin)
        return engine
    # a server: a few connections per client; one that was idle a while is checked before use (a restarted
    # server is found at once), one used a moment ago is not (a save is then one round trip, not two)
    engine = create_engine(url, pool_size=2, max_overflow=3,
                           connect_args={"application_name": "verantwoording", "connect_timeout": 10})
    event.listen(engine, "connect", _note_use)  # a new connection has just talked to the server
    event.listen(engine, "checkout", _ping_when_idle)
    event.listen(engine, "checkin", _note_use)
    return engine


IDLE_PING_SECONDS = 5.0
"""A server connection unused for longer than this is pinged before it is handed out."""


def _note_use(_dbapi_connection: Any, record: Any) -> None:
    record.info["used"] = time.monotonic()


def _ping_when_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """The pool's checkout: a connection idle too long answers a ping, or the pool takes a new one."""
    if time.monotonic() - record.info.get("used", 0.0) < IDLE_PING_SECONDS:
        return
    try:
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True  # the ping opens no transaction
        dbapi_connection.execute("SELECT 1")
        dbapi_connection.autocommit = autocommit
    except Exception as error:  # any failure: this connection is gone; the pool connects anew
        raise DisconnectionError(str(error)) from error
    record.info["used"] = time.monotonic()


def inspect_sqlite_file(path: Path) -> str | None:
    """The schema revision of an existing file of ours, ``None`` for a new or empty file.

    Refuses (StorageError) a file that is not SQLite, a SQLite file of another
    program, and a database from a newer version of the app.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as stream:
            header = stream.read(16)
    except OSError as error:
        raise diagnose.explain(error, path) from error
    if header != SQLITE_HEADER:
        raise StorageError(
            Message.of("database.not_sqlite", name=path.name)
        )
    try:
        immutable = "&immutable=1" if diagnose.needs_immutable(path) else ""
        connection = sqlite3.connect(f"file:{path}?mode=ro{immutable}", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise diagnose.explain(error, path) from error
    if not tables:
        return None
    if "verantwoording_meta" not in tables:
        raise StorageError(
            Message.of("database.foreign", name=path.name)
        )
    known = {p.stem.split("_")[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py")}
    if revision is not None and revision not in known:
        raise StorageError(
            Message.of("database.newer_schema", name=path.name, revision=revision)
        )
    return revision


def backup_sqlite(path: Path, target: Path, *, rollback_journal: bool = True) -> Path:
    """A consistent copy through SQLite's backup API.

    The copy is switched to a rollback journal (unless ``rollback_journal`` is false, as when a backup is
    put back into a live database): a WAL-mode copy would grow ``-wal``/``-shm`` files beside it whenever
    it is read (and keep them when read read-only). The app switches a database it opens back to WAL.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(str(path))
    try:
        destination = sqlite3.connect(str(target))
        try:
            source.backup(destination)
            if rollback_journal:
                destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    finally:
        source.close()
    with contextlib.suppress(OSError):
        os.chmod(target, 0o600)
    return target


def migrate(engine: Engine, *, current: str | None, path: Path | None) -> Path | None:
    """Bring the schema to HEAD in one transaction; backup first when data exists.

    Returns the path of the pre-migration backup, if one was made.
    """
    if current == HEAD_REVISION:
        return None
    backup = None
    if path is not None and current is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(path, path.with_name(f"{path.stem}.voor-migratie-{current}-{stamp}{path.suffix}"))
    from alembic import command  # imported lazily: only needed when the schema changes
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if current is None:
            connection.exec_driver_sql(
                "INSERT INTO verantwoording_meta(key, value) VALUES ('app', 'verantwoording')"
            )
    return backup
