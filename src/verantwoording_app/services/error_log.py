"""Logging an unexpected error without the user's texts.

A database error carries the SQL statement and its parameters, which are the
user's texts (in the test: a citizen service number). Here they never reach a
message or a log: database errors are reduced to their kind and the driver's
own message (SQLite's never holds values), other errors to their kind and a
short message; a database password in a URL is masked. Log files are created
0600 (only the user may read them) and the log folder 0700.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from ..domain.privacy import mask_url

if TYPE_CHECKING:
    from io import TextIOWrapper

MESSAGE_LIMIT = 200


def safe_message(error: BaseException) -> str:
    """The kind of error and a message that holds no user text."""
    statement_error = _statement_error_class()
    if statement_error is not None and isinstance(error, statement_error):
        original = getattr(error, "orig", None)
        if original is None:
            return type(error).__name__
        detail = f"{type(original).__name__}: {original}" if isinstance(original, sqlite3.Error) else \
            type(original).__name__
        return mask_url(f"{type(error).__name__} ({detail})")
    if isinstance(error, sqlite3.Error):
        return mask_url(f"{type(error).__name__}: {error}")
    if isinstance(error, UserError):
        return mask_url(error.message)
    text = str(error)
    if len(text) > MESSAGE_LIMIT:
        text = text[:MESSAGE_LIMIT] + "…"
    return mask_url(f"{type(error).__name__}: {text}" if text else type(error).__name__)


def safe_traceback(error: BaseException) -> str:
    """Where it happened (file, line, code) for the whole chain, each error by ``safe_message``."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    parts: list[str] = []
    for item in reversed(chain):
        if parts:
            parts.append("\nDaarna:\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(item.__traceback__))
        parts.append(safe_message(item) + "\n")
    return "".join(parts)


def private_file(path: Path) -> Path:
    """Make sure ``path`` exists and only its owner can read it (folder 0700, file 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path.parent, 0o700)
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(handle)
    os.chmod(path, 0o600)
    return path


class PrivateFileHandler(logging.FileHandler):
    """A FileHandler whose file is created 0600."""

    def _open(self) -> TextIOWrapper:
        private_file(Path(self.baseFilename))
        return super()._open()


def append(path: Path, text: str) -> Path:
    """Append one entry to a private log."""
    private_file(path)
    with path.open("a", encoding="utf-8") as stream:
        stream.write(text if text.endswith("\n") else text + "\n")
    return path


def _statement_error_class() -> type[BaseException] | None:
    module = sys.modules.get("sqlalchemy.exc")  # loaded only when a database was used
    return getattr(module, "StatementError", None) if module is not None else None
