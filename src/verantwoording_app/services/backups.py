"""Rotating backups of a database through SQLite's backup API; listing, thinning, restoring."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..domain.errors import StorageError
from ..storage.engine import backup_sqlite, inspect_sqlite_file
from . import paths

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
}


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int
    activities: int | None
    """Number of activities in the backup; None when it could not be read."""

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)


def backup_folder(database: Path) -> Path:
    return paths.data_dir() / "backups" / database.stem


def make_backup(database: Path, reason: str = "handmatig", *, folder: Path | None = None) -> Path:
    """A consistent copy of the live database (other connections may stay open)."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    target_folder = folder or backup_folder(database)
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
        temp = target.with_suffix(".tmp")
        backup_sqlite(database, temp)
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(f"De reservekopie kon niet worden gemaakt: {error}.") from error
    return target


def list_backups(database: Path, *, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    found = []
    source = folder or backup_folder(database)
    if not source.is_dir():
        return []
    for path in source.glob("*.vwdb"):
        match = _NAME.match(path.name)
        if not match:
            continue
        created = datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S")
        found.append(BackupInfo(path, created, match.group("reason"), path.stat().st_size, _count_activities(path)))
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


def restore(database: Path, backup: Path) -> Path:
    """Replace the database's content by a backup, after backing up the current state.

    The caller must have closed its own connections. Returns the safety backup.
    """
    if not backup.is_file():
        raise StorageError(f"De reservekopie '{backup.name}' bestaat niet.")
    inspect_sqlite_file(backup)  # refuses foreign or newer files
    safety = make_backup(database, "voor-herstel") if database.exists() else database
    try:
        backup_sqlite(backup, database)
    except sqlite3.Error as error:
        raise StorageError(f"Herstellen is mislukt: {error}. De database is ongewijzigd.") from error
    return safety


def _count_activities(path: Path) -> int | None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT count(*) FROM activities").fetchone()
            return int(row[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return None
