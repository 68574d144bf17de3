"""Atomic file writes: a temporary file beside the target, fsync, then replace."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import ExportFailed


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


def atomic_write(target: Path | str, write: Callable[[BinaryIO], None], *, mode: int = 0o644) -> None:
    """Write through ``write(stream)`` into a temp file, then replace ``target`` in one step.

    On any failure the temporary file is removed and an existing ``target`` is
    left exactly as it was. OS errors become ExportFailed with a Dutch message.
    """
    target = Path(target)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise ExportFailed(_message_for(error, target)) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):  # keep an existing file's mode; new exports as usual (0644)
            os.chmod(temp, target.stat().st_mode & 0o777 if target.exists() else mode)
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise ExportFailed(_message_for(error, target)) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(target: Path | str, data: bytes) -> None:
    def write(stream: BinaryIO) -> None:
        stream.write(data)

    atomic_write(target, write)


def atomic_write_text(target: Path | str, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(target, text.encode(encoding))
