"""A lock beside the database, so two app instances (or machines) do not fight over one file.

The lock file ``<database>.lock`` names user, machine, process, time and
kind (the window, or a command-line command while it writes); the window
refreshes it every minute. A lock whose process is gone (same machine) or that
has not been refreshed for ``STALE_AFTER`` is stale and may be taken over.

A command that writes takes the lock for as long as it runs (``hold_for_command``):
a second command waits for the first, a window that starts meanwhile waits a
few seconds for it, and a command refuses to write through an open window.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import socket
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..domain.errors import StorageError
from ..domain.messages import Message

STALE_AFTER = timedelta(minutes=10)
WINDOW = "venster"
COMMAND = "opdrachtregel"
COMMAND_WAIT = 60.0
"""Seconds a writing command waits for another command that holds the lock."""
WINDOW_WAIT = 5.0
"""Seconds a starting window waits for a command that holds the lock (commands are short)."""


@dataclass(frozen=True, slots=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: datetime
    heartbeat: datetime
    kind: str = WINDOW
    """``venster`` (a window) or ``opdrachtregel`` (a command that is writing)."""

    def describe(self) -> str:
        who = f"de opdrachtregel van {self.user}" if self.kind == COMMAND else self.user
        return f"{who} op {self.host} (sinds {self.since:%d-%m-%Y %H:%M})"


class DatabaseLocked(StorageError):
    """Another instance holds the lock; ``info`` says who, ``stale`` whether it may be taken over."""

    def __init__(self, info: LockInfo, stale: bool) -> None:
        text = (
            f"Deze database is al geopend door {info.describe()}."
            + (" Die vergrendeling lijkt verlopen; u kunt haar overnemen." if stale else
               " U kunt de database alleen-lezen openen.")
        )
        super().__init__(text)
        self.info = info
        self.stale = stale


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _me(user: str, kind: str = WINDOW) -> LockInfo:
    now = datetime.now().replace(microsecond=0)
    return LockInfo(user, socket.gethostname(), os.getpid(), now, now, kind)


def _write(path: Path, info: LockInfo, *, exclusive: bool) -> None:
    data = json.dumps({
        "user": info.user, "host": info.host, "pid": info.pid,
        "since": info.since.isoformat(), "heartbeat": info.heartbeat.isoformat(), "kind": info.kind,
    }).encode()
    if exclusive:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(handle, data)
        finally:
            os.close(handle)
        return
    temp = path.with_name(path.name + ".tmp")
    temp.write_bytes(data)
    os.replace(temp, path)


def read_lock(database: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(database).read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]),
                        datetime.fromisoformat(data["since"]), datetime.fromisoformat(data["heartbeat"]),
                        COMMAND if data.get("kind") == COMMAND else WINDOW)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # unreadable lock: treat as stale, anonymous
        epoch = datetime(2000, 1, 1)
        return LockInfo("onbekend", "onbekend", 0, epoch, epoch)


def is_stale(info: LockInfo, *, now: datetime | None = None) -> bool:
    if info.host == socket.gethostname() and info.pid and not _alive(info.pid):
        return True
    return (now or datetime.now()) - info.heartbeat > STALE_AFTER


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if platform.system() == "Windows":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class DatabaseLock:
    """Held while the app has the database open for writing (or a command writes to it)."""

    def __init__(self, database: Path, user: str, kind: str = WINDOW) -> None:
        self.database = database
        self.user = user
        self.kind = kind
        self.path = lock_path(database)
        self.held = False
        self.borrowed = False
        """This process already held the lock (a window and a command in one process): release leaves it."""

    def acquire(self, *, take_over: bool = False, wait_for_commands: float = 0.0) -> None:
        """Take the lock; raise DatabaseLocked when someone else holds it.

        While a command-line command holds it (and is alive), wait up to
        ``wait_for_commands`` seconds for it to finish first.
        """
        deadline = time.monotonic() + wait_for_commands
        while True:
            try:
                self._acquire(take_over=take_over)
                return
            except DatabaseLocked as locked:
                if locked.stale or locked.info.kind != COMMAND or time.monotonic() >= deadline:
                    raise
            time.sleep(0.05)

    def _acquire(self, *, take_over: bool) -> None:
        info = _me(self.user, self.kind)
        try:
            _write(self.path, info, exclusive=True)
        except FileExistsError:
            current = read_lock(self.database)
            if current is not None and current.host == info.host and current.pid == info.pid:
                self.held = self.borrowed = True
                return
            stale = current is None or is_stale(current)
            if not take_over:
                assert current is not None
                raise DatabaseLocked(current, stale) from None
            _write(self.path, info, exclusive=False)
        except OSError as error:
            raise StorageError(Message.of("lock.cannot_create", name=self.path.name, strerror=error.strerror)) from error
        self.held = True

    def refresh(self) -> None:
        """Update the heartbeat (call every minute or so)."""
        if not self.held:
            return
        current = read_lock(self.database)
        me = _me(self.user, self.kind)
        if current is None or (current.host, current.pid) != (me.host, me.pid):
            self.held = False  # someone took it over
            return
        with contextlib.suppress(OSError):
            _write(self.path, LockInfo(me.user, me.host, me.pid, current.since, me.heartbeat, current.kind),
                   exclusive=False)

    def release(self) -> None:
        if not self.held or self.borrowed:
            self.held = False
            return
        current = read_lock(self.database)
        if current is not None and (current.host, current.pid) == (socket.gethostname(), os.getpid()):
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.held = False


def hold_for_command(database: Path, user: str, *, wait: float | None = None) -> DatabaseLock:
    """The lock for one writing command: waits for another command, takes over a stale lock, and raises
    DatabaseLocked when a window holds it (or another command still does after ``wait`` seconds)."""
    lock = DatabaseLock(database, user, COMMAND)
    try:
        lock.acquire(wait_for_commands=COMMAND_WAIT if wait is None else wait)
    except DatabaseLocked as locked:
        if not locked.stale:
            raise
        lock.acquire(take_over=True)
    return lock


# -- unsafe locations ----------------------------------------------------------

SYNCED_MARKERS = ("onedrive", "dropbox", "google drive", "googledrive", "my drive", "icloud", "nextcloud",
                  "owncloud", "box sync", "sharepoint")
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "afs", "9p", "davfs",
              "fuse.rclone", "glusterfs", "ceph"}


def unsafe_location(database: Path) -> str | None:
    """Why this path is unsafe for SQLite (network share or synced folder), or None."""
    text = str(database)
    if text.startswith(("\\\\", "//")):
        return "netwerkpad"
    lowered = text.casefold()
    for marker in SYNCED_MARKERS:
        if marker in lowered:
            return "gesynchroniseerde map"
    if platform.system() == "Windows":  # pragma: no cover - Windows only
        import ctypes

        drive = os.path.splitdrive(str(database.resolve()))[0] + "\\"
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # type: ignore[attr-defined]
            return "netwerkschijf"
        return None
    return "netwerkschijf" if _mount_type(database) in NETWORK_FS else None


def _mount_type(path: Path) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    resolved = str(path.resolve().parent)
    best, best_type = "", None
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        if (resolved == mount or resolved.startswith(mount.rstrip("/") + "/")) and len(mount) > len(best):
            best, best_type = mount, parts[2]
    return best_type


def cannot_write(database: Path) -> str | None:
    """Why this database cannot be written (write-protected, read-only folder or medium), or None.

    Then it is opened read-only without a lock: there is nothing to protect, and a
    lock file could not even be made.
    """
    from ..storage.diagnose import write_blocker

    return write_blocker(database) if database.exists() else None
