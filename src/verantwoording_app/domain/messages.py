"""Messages with an id and arguments, rendered in the user's language (Dutch first, English).

Code below ``ui/`` cannot call Qt's ``tr()``, so a message it raises or reports
is a :class:`Message`: an id from the catalogue and its arguments. The window
and the command line render it: Dutch by default, English with ``--lang en``
or the English interface (both call :func:`use_language` once at start-up, as
``QLocale.setDefault`` is called once). Each entry of the catalogue is declared
with :func:`define`, its Dutch and English text side by side, so a message
without an English translation cannot exist (a test checks the placeholders
match).

An argument is a string or another :class:`Message` (e.g. a field's name),
which is rendered in the same language.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from .message_texts import TEXTS

if TYPE_CHECKING:
    from collections.abc import Mapping

LANGUAGES: Final = ("nl", "en")

CATALOGUE: dict[str, tuple[str, str]] = dict(TEXTS)
"""Message id → (Dutch, English), ``str.format`` templates with named fields: the catalogue in
:mod:`.message_texts` and what modules declare with :func:`define`."""

Argument = str | int | float

_language = "nl"


def define(message_id: str, dutch: str, english: str) -> str:
    """Declare a message once, in both languages; returns its id."""
    if message_id in CATALOGUE and CATALOGUE[message_id] != (dutch, english):
        raise ValueError(f"message {message_id!r} declared twice with different texts")
    CATALOGUE[message_id] = (dutch, english)
    return message_id


def use_language(language: str) -> None:
    """The language messages render in from now on (``nl`` or ``en``; anything else: Dutch)."""
    global _language
    _language = language if language in LANGUAGES else "nl"


def current_language() -> str:
    return _language


@dataclass(frozen=True, slots=True)
class Message:
    """A message id and its arguments; ``str()`` is the Dutch text, :meth:`render` any language."""

    id: str
    args: tuple[tuple[str, Argument | Message], ...] = ()

    @classmethod
    def of(cls, message_id: str, **args: object) -> Message:
        """The message ``message_id`` with its arguments.

        A string, number or :class:`Message` is kept as it is; an error that carries a
        message (``UserError``) becomes that message, so it renders in the same language;
        anything else (a path, ``None``) becomes its text.
        """
        if message_id not in CATALOGUE:
            raise KeyError(f"unknown message id {message_id!r}")
        return cls(message_id, tuple(sorted((name, _argument(value)) for name, value in args.items())))

    @property
    def arguments(self) -> Mapping[str, Argument | Message]:
        return dict(self.args)

    def render(self, language: str | None = None) -> str:
        """The text in ``language`` (default: the current one)."""
        language = language or _language
        dutch, english = CATALOGUE[self.id]
        template = english if language == "en" else dutch
        values = {name: value.render(language) if isinstance(value, Message) else value
                  for name, value in self.args}
        return template.format(**values)

    def __str__(self) -> str:
        return self.render("nl")


def _argument(value: object) -> Argument | Message:
    if isinstance(value, str | int | float | Message):
        return value
    carried = getattr(value, "text", None) if isinstance(value, BaseException) else None
    return carried if isinstance(carried, Message) else str(value)


def placeholders(template: str) -> frozenset[str]:
    """The named fields of a template (for the catalogue test)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)
