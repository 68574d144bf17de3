"""Opening a database the safe way, and looking after it while it is open.

Before a database opens: a network drive or synced folder is warned about (a
local working copy is offered), and the lock beside the file is taken; when
someone else holds it the user chooses read-only, taking over a stale lock, or
cancel. A stale lock of this machine means the app was not closed properly:
a backup is made at opening. While open: the lock's heartbeat every minute and
a backup every few minutes of editing. At closing: a last backup, thinning, and
the lock released.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from ..domain.errors import UserError
from ..services import paths
from ..services.locking import (
    WINDOW_WAIT,
    DatabaseLock,
    DatabaseLocked,
    cannot_write,
    unsafe_location,
)
from .lock_dialog import LocationChoice, LockChoice, ask_lock_choice, ask_unsafe_location

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from ..services.workspace import Workspace

log = logging.getLogger("verantwoording.session")


@dataclass(frozen=True)
class Prepared:
    """A database ready to be opened: where, how, and the lock taken for it."""

    path: Path
    read_only: bool
    unclean: bool
    """The previous session on this machine did not close properly (a stale lock of ours)."""
    lock: DatabaseLock | None

HEARTBEAT_MS = 60_000
BACKUP_EVERY_MS = 10 * 60_000


class DatabaseSession(QObject):
    """Owns the lock and the backups of the database the window has open."""

    def __init__(
        self,
        parent_widget: Any,
        author: Callable[[], str],
        *,
        ask_lock: Callable[..., LockChoice] = ask_lock_choice,
        ask_location: Callable[..., LocationChoice] = ask_unsafe_location,
    ) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self._author = author
        self._ask_lock = ask_lock
        self._ask_location = ask_location
        self.database: Path | None = None
        self.lock: DatabaseLock | None = None
        self.read_only = False
        self.edited_since_backup = False
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._refresh_lock)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(self.periodic_backup)

    # -- before opening ------------------------------------------------------------

    def prepare(self, path: Path) -> Prepared | None:
        """Check location and lock; None when the user cancelled (nothing changed then).

        The current database (if any) keeps its lock until :meth:`start`.
        """
        if isinstance(path, str):  # the team server (postgresql://…): no file, no lock; the server arbitrates
            return Prepared(path, False, False, None)
        path = path.expanduser()
        reason = unsafe_location(path) if path.exists() else None
        if reason is not None:
            choice = self._ask_location(self._parent, path, reason)
            if choice is LocationChoice.CANCEL:
                return None
            if choice is LocationChoice.LOCAL_COPY:
                path = self._local_copy(path)
        lock: DatabaseLock | None = DatabaseLock(path, self._author() or "onbekend")
        assert lock is not None
        if self.lock is not None and self.lock.path == lock.path:
            return Prepared(path, self.read_only, False, self.lock)  # reopening the same file
        unclean = False
        read_only = False
        if cannot_write(path) is not None:  # read-only file, folder or medium: read-only, without a lock
            return Prepared(path, True, False, None)
        try:
            lock.acquire(wait_for_commands=WINDOW_WAIT)  # a command that is writing is done in a moment
        except DatabaseLocked as locked:
            if locked.stale and self._own_crashed_session(locked):
                lock.acquire(take_over=True)  # our own earlier session on this machine ended badly
                return Prepared(path, False, True, lock)
            lock_choice = self._ask_lock(self._parent, locked, path)
            if lock_choice is LockChoice.CANCEL:
                return None
            if lock_choice is LockChoice.TAKE_OVER:
                lock.acquire(take_over=True)
                unclean = locked.stale
            else:
                read_only = True
                lock = None
        return Prepared(path, read_only, unclean, lock)

    def _own_crashed_session(self, locked: DatabaseLocked) -> bool:
        import socket

        return locked.info.host == socket.gethostname() and locked.info.user == (self._author() or "onbekend")

    def abandon(self, prepared: Prepared) -> None:
        """Opening failed after :meth:`prepare`: give back the new lock."""
        if prepared.lock is not None and prepared.lock is not self.lock:
            prepared.lock.release()

    def _local_copy(self, path: Path) -> Path:
        from ..services import backups

        target = paths.data_dir() / "werkkopieen" / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            backups.make_rotated_backup(target, "voor-import")
        shutil.copy2(path, target)
        return target

    # -- after opening ---------------------------------------------------------------

    def start(self, prepared: Prepared, workspace: Workspace) -> None:
        """The new workspace is open: finish the previous database, back up after an unclean exit."""
        if self.lock is not prepared.lock:
            self.close()
        self.lock = prepared.lock
        unclean = prepared.unclean
        self.database = workspace.database_path
        self.read_only = workspace.read_only
        self.edited_since_backup = False
        if self.database is not None and not self.read_only:
            from ..services import backups

            backups.clean_partial_backups(self.database)  # leftovers of a backup that was killed
        if self.database is not None and unclean and not self.read_only:
            self._backup("onveilig-afgesloten")
        if self.lock is not None:
            self._heartbeat.start()
        if not self.read_only and self.database is not None:
            self._backup_timer.start()

    def note_saved(self) -> None:
        self.edited_since_backup = True

    def periodic_backup(self) -> None:
        if self.edited_since_backup:
            self._backup("periodiek")

    def close(self) -> None:
        """At closing: a last backup when something changed, thinning, and the lock released."""
        self._heartbeat.stop()
        self._backup_timer.stop()
        if self.database is not None and not self.read_only and self.edited_since_backup:
            self._backup("afsluiten")
        if self.lock is not None:
            self.lock.release()
        self.lock = None
        self.database = None

    def _backup(self, reason: str) -> Path | None:
        if self.database is None:
            return None
        from ..services import backups

        try:
            made, _removed = backups.make_rotated_backup(self.database, reason)
        except UserError as error:
            log.warning("backup failed: %s", error.message)
            return None
        self.edited_since_backup = False
        log.info("backup %s at %s", reason, datetime.now().isoformat(timespec="seconds"))
        return made

    def _refresh_lock(self) -> None:
        if self.lock is not None:
            self.lock.refresh()
