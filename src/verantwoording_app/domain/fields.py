"""The field registry: every field of an activity declared once (key, kind, label, one text codec).

The policy (which fields an officer may change), the limits' field names, the package and history
codec, the history and diff labels and the command line's field names read this table. A field's
``label`` is how lists and headings show it ("Realisatie"), its ``name`` how a message names it
("realisatietekst"); both are messages (``domain/messages.py``) with Dutch and English, so every
door renders them in the user's language. The text codec is the one form a value takes in packages
(merge bases), the history table and conflicts: block text as Markdown, dates ISO (jjjj-mm-dd),
the review state by its key, no status as None, a flag as ``True``/``False``.

The Excel workbook keeps its own column titles and cell formats (``formats/xlsx_export.py``), the
exporters their own wording: their golden files stay byte-identical.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from .blocktext import BlockText, parse_markdown, render_markdown
from .messages import Message, define
from .model import ReviewState


class Kind(StrEnum):
    TEXT = "text"
    """Block text (paragraphs, bullets, sub-headings), Markdown in text form."""
    LINE = "line"
    """One line of plain text (title, owner, portfolio holder)."""
    NOTE = "note"
    """Plain text of any length (the internal note)."""
    STATUS = "status"
    """A key of the document's status scheme, or none."""
    REVIEW = "review"
    """A review state."""
    DATE = "date"
    """A date, or none."""
    FLAG = "flag"
    """Yes or no."""
    FIGURES = "figures"
    """The key figures as a whole (their own codec: ``formats/treejson.py``)."""


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    """The attribute of ``Activiteit`` and the column of the table."""
    kind: Kind
    label: Message
    """As lists and headings show it: "Realisatie"."""
    name: Message
    """As a message names it: "realisatietekst"."""
    restorable: bool = True
    """Its history text can be put back (history, diff)."""
    exchanged: bool = True
    """Travels in packages and snapshots as a field of its own (key figures travel as a list)."""


def _field(key: str, kind: Kind, label: tuple[str, str], name: tuple[str, str], *,
           restorable: bool = True, exchanged: bool = True) -> Field:
    return Field(key, kind, Message.of(define(f"label.{key}", *label)), Message.of(define(f"field.{key}", *name)),
                 restorable, exchanged)


ACTIVITY_FIELDS: Final[tuple[Field, ...]] = (
    _field("title", Kind.LINE, ("Titel", "Title"), ("titel", "title")),
    _field("plan", Kind.TEXT, ("Plantekst", "Plan text"), ("plantekst", "plan text")),
    _field("realisation", Kind.TEXT, ("Realisatie", "Realisation"), ("realisatietekst", "realisation text")),
    _field("status", Kind.STATUS, ("Status", "Status"), ("status", "status")),
    _field("owner", Kind.LINE, ("Eigenaar", "Owner"), ("eigenaar", "owner")),
    _field("portfolio_holder", Kind.LINE, ("Portefeuillehouder", "Portfolio holder"),
           ("portefeuillehouder", "portfolio holder")),
    _field("deadline", Kind.DATE, ("Deadline", "Deadline"), ("deadline", "deadline")),
    _field("review_state", Kind.REVIEW, ("Reviewstatus", "Review state"), ("reviewstatus", "review state")),
    _field("internal_note", Kind.NOTE, ("Interne notitie", "Internal note"), ("interne notitie", "internal note")),
    _field("plan_frozen", Kind.FLAG, ("Bevroren plan", "Frozen plan"), ("bevroren plantekst", "frozen plan text"),
           restorable=False, exchanged=False),
    _field("kengetallen", Kind.FIGURES, ("Kengetallen", "Key figures"), ("kengetallen", "key figures"),
           restorable=False, exchanged=False),
)
"""Every field of an activity a person can change, in the order of the form."""

BY_KEY: Final = {f.key: f for f in ACTIVITY_FIELDS}
KEYS: Final = tuple(f.key for f in ACTIVITY_FIELDS)
EXCHANGED: Final = tuple(f.key for f in ACTIVITY_FIELDS if f.exchanged)
"""The fields packages and snapshots carry one by one (key figures beside them, as a list)."""
RESTORABLE: Final = tuple(f.key for f in ACTIVITY_FIELDS if f.restorable)
TEXT_KEYS: Final = tuple(f.key for f in ACTIVITY_FIELDS if f.kind is Kind.TEXT)


def field(key: str) -> Field:
    return BY_KEY[key]


def keys_of(kinds: Iterable[Kind]) -> tuple[str, ...]:
    wanted = set(kinds)
    return tuple(f.key for f in ACTIVITY_FIELDS if f.kind in wanted)


def label(key: str, language: str | None = None) -> str:
    """The field's label in ``language`` (default: the current one); an unknown key as it is."""
    found = BY_KEY.get(key)
    return found.label.render(language) if found is not None else key


def encode(key: str, value: object) -> str | None:
    """A value in its one text form (packages, history, conflicts); None for no status or date."""
    kind = BY_KEY[key].kind
    if kind is Kind.TEXT:
        if not isinstance(value, BlockText):
            raise TypeError(f"{key} needs BlockText, not {type(value).__name__}")
        return render_markdown(value)
    if kind is Kind.DATE:
        return value.isoformat() if isinstance(value, date) else None
    if kind is Kind.REVIEW:
        return ReviewState(str(value)).value
    if kind is Kind.STATUS:
        return str(value) if value else None
    if kind is Kind.FLAG:
        return str(bool(value))
    if kind is Kind.FIGURES:
        raise TypeError("key figures have their own codec (formats/treejson.py)")
    return "" if value is None else str(value)


def decode(key: str, text: str | None) -> object:
    """The value of a text made by :func:`encode`; ValueError for a text no value has."""
    kind = BY_KEY[key].kind
    if kind is Kind.TEXT:
        return parse_markdown(text or "")
    if kind is Kind.DATE:
        return date.fromisoformat(text) if text else None
    if kind is Kind.REVIEW:
        return ReviewState(text or ReviewState.CONCEPT.value)
    if kind is Kind.STATUS:
        return text or None
    if kind is Kind.FLAG:
        if text not in ("True", "False"):
            raise ValueError(f"not a flag: {text!r}")
        return text == "True"
    if kind is Kind.FIGURES:
        raise TypeError("key figures have their own codec (formats/treejson.py)")
    return text or ""


# -- typed changes -------------------------------------------------------------

_VALUE_TYPES: Final[dict[Kind, tuple[type, ...]]] = {
    Kind.TEXT: (BlockText,), Kind.LINE: (str,), Kind.NOTE: (str,), Kind.STATUS: (str, type(None)),
    Kind.REVIEW: (ReviewState, str), Kind.DATE: (date, type(None)), Kind.FLAG: (bool,), Kind.FIGURES: (tuple,),
}


@dataclass(frozen=True, slots=True)
class FieldEdit:
    """One field's new value, checked against the registry when it is made.

    An unknown field or a value of the wrong kind (a plain string for block text, a text for a date)
    is a bug in the door that made it, so it fails there (TypeError/ValueError), not in the store.
    """

    key: str
    value: object

    def __post_init__(self) -> None:
        found = BY_KEY.get(self.key)
        if found is None:
            raise ValueError(f"unknown activity field {self.key!r}")
        if not isinstance(self.value, _VALUE_TYPES[found.kind]):
            raise TypeError(f"{self.key} ({found.kind.value}) cannot be {type(self.value).__name__}")
        if found.kind is Kind.REVIEW:
            ReviewState(str(self.value))  # ValueError for a state that does not exist


class ActivityChanges(Mapping[str, object]):
    """The changes to one activity: typed :class:`FieldEdit` values, each field once, in registry order.

    Immutable; it is a mapping (field → value), so the store and the policy read it as before. The form,
    the workbook apply and the package merge make one; ``Workspace.save_activity`` turns any mapping
    it gets into one, so every door's change is checked the same way.
    """

    __slots__ = ("_changes",)

    def __init__(self, values: Mapping[str, object] | Iterable[FieldEdit] = ()) -> None:
        items = ([FieldEdit(k, v) for k, v in values.items()] if isinstance(values, Mapping)
                 else list(values))
        given = {change.key: change for change in items}
        self._changes: tuple[FieldEdit, ...] = tuple(given[k] for k in KEYS if k in given)

    @classmethod
    def of(cls, values: Mapping[str, object]) -> ActivityChanges:
        """``values`` as typed changes (itself when it already is)."""
        return values if isinstance(values, ActivityChanges) else cls(values)

    @property
    def fields(self) -> tuple[FieldEdit, ...]:
        return self._changes

    def without(self, *keys: str) -> ActivityChanges:
        return ActivityChanges(c for c in self._changes if c.key not in keys)

    def __getitem__(self, key: str) -> object:
        for change in self._changes:
            if change.key == key:
                return change.value
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (change.key for change in self._changes)

    def __len__(self) -> int:
        return len(self._changes)

    def __repr__(self) -> str:
        return f"ActivityChanges({dict(self)!r})"
