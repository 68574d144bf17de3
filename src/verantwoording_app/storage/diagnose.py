"""Why a database cannot be opened or written: the environment, or real damage.

Storage errors come in kinds (as qutebrowser's SQL layer splits them): the
environment (a full disk, a read-only file, folder or medium, no permission, a
lock: tell the user what to do), damage (name the newest good backup; the
caller knows where backups live), and bugs (everything else). Messages are
Dutch and never contain the user's texts or SQL parameters.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
from typing import TYPE_CHECKING

from ..domain.errors import StorageError
from ..domain.messages import Message

if TYPE_CHECKING:
    from pathlib import Path

LOW_SPACE = 1024 * 1024
"""Less free space than this beside a failing write: the disk is full."""

_DAMAGE = ("malformed", "not a database", "corrupt", "file is encrypted")


class DatabaseDamaged(StorageError):
    """The file is damaged (not an environment problem); ``path`` is the database."""

    def __init__(self, message: str | Message, path: Path | None) -> None:
        super().__init__(message)
        self.path = path


def read_only_medium(folder: Path) -> bool:
    """Whether the folder lies on a medium mounted read-only (a locked USB stick, a cd, a ro mount)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        return False


def write_blocker(path: Path) -> str | None:
    """Why this existing database cannot be written, in the user's language; None when it can.

    A write-protected file (no owner write bit) counts even for an
    administrator, who could write it anyway: the protection is the user's intent.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if read_only_medium(path.parent):
        return Message.of("database.medium_read_only").render()
    if not mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        return Message.of("database.file_write_protected").render()
    if not os.access(path.parent, os.W_OK):
        return Message.of("database.folder_not_writable", folder=path.parent).render()
    return None


def needs_immutable(path: Path) -> bool:
    """SQLite cannot even read a WAL database where it may not create its -shm file: open it as immutable.

    A write-protected file in a writable folder too: read-only, SQLite would leave a -wal and -shm beside
    it that it may not clean up. Not while a -wal with content is there: that holds committed pages
    immutable would not see.
    """
    if read_only_medium(path.parent) or not os.access(path.parent, os.W_OK):
        return True
    try:
        protected = not path.stat().st_mode & stat.S_IWUSR
        wal = path.with_name(path.name + "-wal")
        return protected and not (wal.exists() and wal.stat().st_size > 0)
    except OSError:
        return False


def disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE
    except OSError:
        return False


def explain(error: BaseException, path: Path | None, *, writing: bool = False) -> StorageError:
    """A StorageError (or DatabaseDamaged) with a Dutch message for a database error or OSError."""
    name = f"'{path.name}'" if path is not None else ""
    original = getattr(error, "orig", None) or error
    text = str(original).casefold()
    number = getattr(original, "errno", None)
    folder = path.parent if path is not None else None
    if any(marker in text for marker in _DAMAGE):
        return DatabaseDamaged(
            Message.of("database.damaged", name=name), path)
    if number == errno.ENOSPC or "full" in text or (
            folder is not None and ("disk i/o" in text or writing) and disk_full(folder)):
        return StorageError(
            Message.of("database.disk_full", name=name))
    blocker = write_blocker(path) if path is not None and path.exists() else None
    if "readonly" in text or "read-only" in text or number == errno.EROFS or (writing and blocker):
        return StorageError(Message.of("database.cannot_change", name=name,
                                       blocker=blocker or Message.of("database.is_read_only")))
    if isinstance(original, PermissionError) or number in (errno.EACCES, errno.EPERM) or "unable to open" in text:
        where = f" of de map '{folder}'" if folder is not None else ""
        return StorageError(
            Message.of("database.no_access", name=name, where=where))
    if "locked" in text or "busy" in text:
        return StorageError(
            Message.of("database.busy", name=name))
    kind = type(original).__name__
    return StorageError(Message.of("database.unusable", name=name, kind=kind))
