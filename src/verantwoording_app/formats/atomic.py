"""Atomic file writes: a temporary file beside the target, fsync, then replace.

What may be written: a regular file that is not write-protected, or a new name in a folder. A symlink is
followed: its target is replaced atomically and the link stays. Devices (``/dev/full``), folders, pipes and
0444 files are refused with a Dutch message. New files get the mode any program would give them (0666
minus the umask); a replaced file keeps its mode. A partial temporary file left by a killed process is
removed the next time the same target is written (see :func:`remove_stale_partials`) and, when a journal
folder is set (:func:`use_journal`, the app and the command line do at start), at the next start wherever it
was: every write notes its temporary file there until it is done.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import time
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..domain.errors import ExportFailed
from ..domain.messages import Message

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

TEMP_SUFFIX = ".tmp"
_journal: list[Path] = []
"""The folder where unfinished writes are noted (empty: no journal)."""
STALE_AFTER_SECONDS = 60.0
"""A temporary file nobody holds open and older than this is a leftover of a killed write."""


def _message_for(error: OSError, target: Path) -> str:
    if isinstance(error, PermissionError):
        return (
            f"Kan '{target.name}' niet schrijven: het bestand is in gebruik (misschien geopend in "
            "Word of Excel) of u heeft geen schrijfrechten. Sluit het bestand en probeer het opnieuw, "
            "of kies een andere naam."
        )
    if error.errno == errno.ENOSPC:
        return f"Kan '{target.name}' niet schrijven: de schijf is vol."
    if isinstance(error, FileNotFoundError):
        return f"Kan '{target.name}' niet schrijven: de map '{target.parent}' bestaat niet."
    return f"Kan '{target.name}' niet schrijven: {error.strerror or error}."


def writable_target(target: Path | str) -> Path:
    """The file an export to ``target`` really writes: the target itself or, for a symlink, what it points to.

    Raises ExportFailed for anything that is not a regular file or a new name, and for a write-protected file.
    """
    given = Path(target)
    real = Path(os.path.realpath(given)) if given.is_symlink() else given
    try:
        info = real.stat()
    except FileNotFoundError:
        return real
    except OSError as error:
        raise ExportFailed(_message_for(error, given)) from error
    if not stat.S_ISREG(info.st_mode):
        kind = "een map" if stat.S_ISDIR(info.st_mode) else "geen gewoon bestand (maar bijvoorbeeld een apparaat)"
        raise ExportFailed(Message.of("file.not_a_regular_target", given=given, kind=kind))
    if not info.st_mode & 0o222 or not os.access(real, os.W_OK):
        raise ExportFailed(
            Message.of("file.read_only_target", name=given.name)
        )
    return real


def _lock(handle: int) -> None:
    """Mark the temporary file as being written (an advisory lock, POSIX only)."""
    with contextlib.suppress(ImportError, OSError):
        import fcntl

        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _held_by_someone(path: Path) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows: a file open elsewhere cannot be removed anyway
        return False
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(handle)
    return False


@contextlib.contextmanager
def being_written(path: Path) -> Iterator[None]:
    """Create ``path`` (0600) and hold an advisory lock on it while the block writes it by other means (e.g.
    SQLite), so :func:`remove_stale_partials` in another process leaves it alone."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        _lock(handle)
        yield
    finally:
        os.close(handle)


def partials_of(target: Path) -> Iterator[Path]:
    """Temporary files a write of ``target`` makes (``.<name>.<random>.tmp`` beside it)."""
    with contextlib.suppress(OSError):
        yield from target.parent.glob(f".{target.name}.*{TEMP_SUFFIX}")


def remove_stale_partials(candidates: Iterator[Path] | list[Path], *, older_than: float = STALE_AFTER_SECONDS,
                          now: float | None = None) -> list[Path]:
    """Remove leftovers of killed writes: temporary files nobody is writing and older than ``older_than``."""
    removed = []
    moment = time.time() if now is None else now
    for path in candidates:
        try:
            if not path.is_file() or path.is_symlink() or moment - path.stat().st_mtime < older_than:
                continue
        except OSError:
            continue
        if _held_by_someone(path):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def use_journal(folder: Path) -> list[Path]:
    """Note unfinished writes in ``folder`` from now on, and remove what writes killed earlier left behind
    (temporary files nobody holds). Returns the removed temporary files."""
    _journal[:] = [folder]
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for entry in folder.glob("*.txt"):
            with contextlib.suppress(OSError, UnicodeDecodeError):
                temp = Path(entry.read_text(encoding="utf-8").strip())
                if temp.name.endswith(TEMP_SUFFIX) and temp.name.startswith("."):
                    removed += remove_stale_partials([temp], older_than=0)
                if not temp.exists():
                    entry.unlink()
    return removed


def _note(temp: Path) -> Path | None:
    if not _journal:
        return None
    with contextlib.suppress(OSError):
        _journal[0].mkdir(parents=True, exist_ok=True)
        entry = _journal[0] / f"{secrets.token_hex(8)}.txt"
        entry.write_text(str(temp.resolve()), encoding="utf-8")
        return entry
    return None


def create_temp_beside(target: Path) -> tuple[int, Path]:
    """A new hidden temporary file in ``target``'s folder, created like any other file (0666 minus the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _attempt in range(100):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            handle = os.open(temp, flags, 0o666)
        except FileExistsError:
            continue
        _lock(handle)
        return handle, temp
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))


def atomic_write(target: Path | str, write: Callable[[BinaryIO], None], *, mode: int | None = None) -> None:
    """Write through ``write(stream)`` into a temp file, then replace ``target`` in one step.

    On any failure the temporary file is removed and an existing ``target`` is left exactly as it was.
    OS errors become ExportFailed with a Dutch message. ``mode``: an explicit mode for the file (otherwise
    a replaced file keeps its mode and a new one is created as usual).
    """
    given = Path(target)
    real = writable_target(given)
    remove_stale_partials(partials_of(real))
    try:
        handle, temp = create_temp_beside(real)
    except OSError as error:
        raise ExportFailed(_message_for(error, given)) from error
    noted = _note(temp)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):
            if mode is not None:
                os.chmod(temp, mode)
            elif real.exists():
                os.chmod(temp, real.stat().st_mode & 0o7777)
        os.replace(temp, real)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise ExportFailed(_message_for(error, given)) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        if noted is not None:
            with contextlib.suppress(OSError):
                noted.unlink()


def atomic_write_bytes(target: Path | str, data: bytes) -> None:
    def write(stream: BinaryIO) -> None:
        stream.write(data)

    atomic_write(target, write)


def atomic_write_text(target: Path | str, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(target, text.encode(encoding))
