"""Errors the user can fix: each carries a clear Dutch message for the screen or the terminal."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or an environment problem the user can act on; never a bug."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ImportRefused(UserError):
    """A file that cannot be imported; nothing was changed."""


class ExportFailed(UserError):
    """An export that could not be written; any earlier file at the target is intact."""


class StorageError(UserError):
    """A database that cannot be opened or written."""
