"""Errors the user can fix: each carries a clear message (Dutch first) for the screen or the terminal.

An error raised with a :class:`~.messages.Message` renders in the user's language
(``message``); one raised with a plain string is Dutch only (the older way).
"""

from __future__ import annotations

from .messages import Message


class UserError(Exception):
    """Bad input or an environment problem the user can act on; never a bug."""

    def __init__(self, message: str | Message) -> None:
        super().__init__(str(message))
        self.text: Message | None = message if isinstance(message, Message) else None
        self._plain = str(message)

    @property
    def message(self) -> str:
        """The message in the current language (see ``messages.use_language``)."""
        return self.text.render() if self.text is not None else self._plain


class ImportRefused(UserError):
    """A file that cannot be imported; nothing was changed."""


class ExportFailed(UserError):
    """An export that could not be written; any earlier file at the target is intact."""


class StorageError(UserError):
    """A database that cannot be opened or written."""
