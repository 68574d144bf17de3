"""Rotating backups of a database through SQLite's backup API; listing, thinning, restoring.

Backups are kept per database identity: the resolved path of the file and the id of the document in it
(``backups/<name>-<path hash>-<document id>/``). Two ``doc.vwdb`` in different folders never share a list,
and a backup of another document (one that lived at this path before, e.g. before an import) is listed as
such and only restored when the user confirms by naming that document.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..domain.errors import StorageError, UserError
from ..domain.messages import Message, define
from ..domain.model import Document, DocumentKind
from ..formats.atomic import being_written, remove_stale_partials
from . import paths

if TYPE_CHECKING:
    from pathlib import Path

    from .workspace import Workspace

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.vwdb$")

KEEP_RECENT = 10
KEEP_DAILY = 14
KEEP_WEEKLY = 8
MAX_TOTAL_BYTES = 500 * 1024 * 1024

REASONS = {
    "handmatig": "handmatig",
    "openen": "bij openen",
    "onveilig-afgesloten": "na onveilig afsluiten",
    "periodiek": "tijdens bewerken",
    "afsluiten": "bij afsluiten",
    "voor-herstel": "voor herstel",
    "voor-import": "voor import",
    "voor-bulkwijziging": "voor een wijziging van meerdere activiteiten",
}


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int
    activities: int | None
    """Number of activities in the backup; None when it could not be read."""
    document_id: str | None = None
    document_title: str = ""
    foreign: bool = False
    """The backup holds another document than the database has now: restoring needs a confirmation."""

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)


@dataclass(frozen=True, slots=True)
class Identity:
    """Which database a backup belongs to: the file (resolved) and the document in it."""

    path: Path
    document_id: str | None
    document_title: str = ""


class ForeignBackup(UserError):
    """The backup holds another document; restore it only with ``confirm_document`` naming that document."""

    def __init__(self, message: str | Message, title: str) -> None:
        super().__init__(message)
        self.title = title


def _read_document(path: Path) -> tuple[str | None, str, int | None]:
    """Document id, title and number of activities of a database file (None, "", None when unreadable)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None, "", None
    try:
        activities: int | None = None
        document_id, title = None, ""
        with contextlib.suppress(sqlite3.Error):
            activities = int(connection.execute("SELECT count(*) FROM activities").fetchone()[0])
        with contextlib.suppress(sqlite3.Error, ValueError, TypeError):
            row = connection.execute("SELECT id, kind, municipality, year FROM documents LIMIT 1").fetchone()
            if row is not None:
                document_id = str(row[0])
                title = Document(kind=DocumentKind(row[1]), municipality=row[2] or "", year=int(row[3])).title
        return document_id, title, activities
    finally:
        connection.close()


def identity(database: Path) -> Identity:
    """The identity of a database file (its document id is None while it has no document)."""
    document_id, title, _count = _read_document(database) if database.exists() else (None, "", None)
    return Identity(database.expanduser().resolve(), document_id, title)


def _path_key(database: Path) -> str:
    resolved = str(database.expanduser().resolve())
    return f"{database.stem}-{hashlib.sha256(resolved.encode('utf-8')).hexdigest()[:10]}"


def backup_folder(database: Path, document_id: str | None = None) -> Path:
    """The folder of this database's backups (of the document it holds now, unless ``document_id`` is given)."""
    if document_id is None:
        document_id = identity(database).document_id
    return paths.data_dir() / "backups" / f"{_path_key(database)}-{(document_id or 'leeg')[:12]}"


def _folders(database: Path) -> list[Path]:
    """Every backup folder of this path: one per document that has lived in the file."""
    root = paths.data_dir() / "backups"
    return sorted(root.glob(f"{_path_key(database)}-*")) if root.is_dir() else []


def clean_partial_backups(database: Path | None = None) -> list[Path]:
    """Remove temporary files of backups that were interrupted (a full disk, a kill), in every backup folder
    (or in those of one database)."""
    root = paths.data_dir() / "backups"
    folders = _folders(database) if database is not None else ([f for f in root.iterdir() if f.is_dir()]
                                                               if root.is_dir() else [])
    return remove_stale_partials([temp for folder in folders for temp in folder.glob("*.tmp")])


def make_backup(database: Path, reason: str = "handmatig", *, folder: Path | None = None) -> Path:
    """A consistent copy of the live database (other connections may stay open)."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    target_folder = folder or backup_folder(database)
    temp: Path | None = None
    try:
        target_folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(target_folder, 0o700)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = target_folder / f"{database.stem}-{stamp}-{reason}.vwdb"
        counter = 1
        while target.exists():
            target = target_folder / f"{database.stem}-{stamp}-{counter}-{reason}.vwdb"
            counter += 1
        remove_stale_partials(list(target_folder.glob("*.tmp")))
        temp = target.with_suffix(".tmp")
        with being_written(temp):
            from ..storage.engine import (
                backup_sqlite,  # SQLAlchemy: not for a command that only reads
            )

            backup_sqlite(database, temp)
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as error:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise StorageError(Message.of("backup.cannot_make", error=error)) from error
    return target


def make_rotated_backup(database: Path, reason: str) -> tuple[Path, list[Path]]:
    """A backup, then the rotation (:func:`thin`): what the window, the command line and every automatic
    backup use, so backups never pile up. Returns the backup and the older ones removed."""
    made = make_backup(database, reason)
    return made, thin(database)


def list_backups(database: Path, *, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of this database (of every document it has held), newest first.

    With ``folder``: the backups in that one folder. Backups of another document than the one the
    database holds now are marked ``foreign``.
    """
    current = identity(database).document_id if database.exists() else None
    found = []
    for source in [folder] if folder is not None else _folders(database):
        if not source.is_dir():
            continue
        for path in source.glob("*.vwdb"):
            match = _NAME.match(path.name)
            if not match:
                continue
            created = datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S")
            document_id, title, activities = _read_document(path)
            foreign = current is not None and document_id is not None and document_id != current
            found.append(BackupInfo(path, created, match.group("reason"), path.stat().st_size, activities,
                                    document_id, title, foreign))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def thin(
    database: Path,
    *,
    folder: Path | None = None,
    now: datetime | None = None,
    keep_recent: int = KEEP_RECENT,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
    max_total_bytes: int = MAX_TOTAL_BYTES,
) -> list[Path]:
    """Keep the newest few, one per day for two weeks, one per week for two months; within a size limit.

    Returns the removed files.
    """
    backups = list_backups(database, folder=folder)
    now = now or datetime.now()
    keep: set[Path] = {b.path for b in backups[:keep_recent]}
    days: set[object] = set()
    weeks: set[object] = set()
    for backup in backups:
        age = now - backup.created
        if age <= timedelta(days=keep_daily):
            day = backup.created.date()
            if day not in days:
                days.add(day)
                keep.add(backup.path)
        elif age <= timedelta(weeks=keep_weekly):
            week = backup.created.isocalendar()[:2]
            if week not in weeks:
                weeks.add(week)
                keep.add(backup.path)
    removed = []
    total = 0
    for backup in backups:  # newest first: the size limit drops the oldest
        if backup.path in keep and (total + backup.size <= max_total_bytes or total == 0):
            total += backup.size
            continue
        with contextlib.suppress(OSError):
            backup.path.unlink()
            removed.append(backup.path)
    return removed


def check_same_document(database: Path, backup: Path, confirm_document: str | None = None) -> None:
    """Refuse (ForeignBackup) a backup of another document than the database holds, unless
    ``confirm_document`` names that other document (its title, as the backup list shows it)."""
    current = identity(database).document_id if database.exists() else None
    document_id, title, _count = _read_document(backup)
    if current is None or document_id is None or document_id == current:
        return
    if confirm_document is not None and confirm_document.strip().casefold() == title.strip().casefold():
        return
    raise ForeignBackup(
        Message.of("backup.foreign_document", name=backup.name, title=title), title)


def restore(database: Path, backup: Path, *, confirm_document: str | None = None) -> Path:
    """Replace the database's content by a backup, after backing up the current state.

    A backup of another document is refused unless ``confirm_document`` names it. The caller must have
    closed its own connections. Returns the safety backup.
    """
    from ..storage.engine import backup_sqlite, inspect_sqlite_file

    if not backup.is_file():
        raise StorageError(Message.of("backup.missing", name=backup.name))
    inspect_sqlite_file(backup)  # refuses foreign or newer files
    check_same_document(database, backup, confirm_document)
    safety = make_backup(database, "voor-herstel") if database.exists() else database
    try:
        backup_sqlite(backup, database, rollback_journal=False)
    except sqlite3.Error as error:
        raise StorageError(Message.of("backup.restore_failed", error=error)) from error
    return safety



NO_DATABASE = define("restore.no_database", "Er is geen database geopend.", "No database is open.")
READ_ONLY = define("restore.read_only", "Deze database is alleen-lezen geopend; herstellen kan niet.",
                   "This database is open read-only; it cannot be restored.")


def restorable_database(workspace: Workspace | None) -> Path:
    """The file a backup can be put back under (Bestand › Herstellen uit reservekopie); refused with no
    database, on a team server or read-only. The caller closes the workspace, restores, opens it again."""
    database = workspace.database_path if workspace is not None else None
    if workspace is None or database is None:
        raise UserError(Message.of(NO_DATABASE))
    if workspace.read_only:
        raise UserError(Message.of(READ_ONLY))
    return database


def newest_good_backup(database: Path) -> BackupInfo | None:
    """The newest backup of this database that SQLite reads without a fault (quick_check), or None."""
    for item in list_backups(database):
        if item.activities is None:
            continue
        try:
            connection = sqlite3.connect(f"file:{item.path}?mode=ro", uri=True)
        except sqlite3.Error:
            continue
        try:
            if connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]:
                return item
        except sqlite3.Error:
            continue
        finally:
            connection.close()
    return None


def damage_advice(database: Path) -> str:
    """What to do about a damaged database: the newest good backup and how to restore it, in the user's language."""
    good = newest_good_backup(database)
    if good is None:
        return Message.of("backup.none_good").render()
    number = [item.path for item in list_backups(database)].index(good.path) + 1
    return Message.of("backup.newest_good", created=f"{good.created:%d-%m-%Y %H:%M}", activities=good.activities,
                      reason=good.reason_label, path=good.path, number=number).render()
