"""Limits per field and clean text: declared once, applied at every door.

Every way text comes in (workbook, package, P&C text, the form) and the store
as the last gate use these: a field holds at most ``MAX_FIELD_CHARS`` (the same
as one Excel cell, so whatever is stored can always be exported), counted in
UTF-16 code units as Excel counts; control characters other than tab and line
breaks are removed; lone surrogates and the non-characters U+FFFE/U+FFFF
(which no file format can hold and SQLite refuses to encode) become U+FFFD.
"""

from __future__ import annotations

import re
from typing import Final

from .fields import ACTIVITY_FIELDS

MAX_FIELD_CHARS: Final = 32_767
"""Characters per text field: the limit of an Excel cell."""
MAX_NAME_CHARS: Final = 200
"""Names (owner, portfolio holder, remark author)."""
FIELD_LIMITS: Final = {"owner": MAX_NAME_CHARS, "portfolio_holder": MAX_NAME_CHARS, "status": 64,
                       "review_state": 32}
"""Fields with a smaller limit than ``MAX_FIELD_CHARS``."""
FIELD_NAMES: Final = {
    **{f.key: f.name.render("nl") for f in ACTIVITY_FIELDS if f.key != "plan_frozen"},
    "remark": "opmerking", "label": "omschrijving", "unit": "eenheid", "source": "bron",
}
"""Dutch names of the fields, for messages: the activity's from the field registry, then a remark's and a
key figure's parts."""
REPLACEMENT: Final = "\ufffd"

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_UNENCODABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_EITHER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""What ``_CONTROL`` or ``_UNENCODABLE`` finds, in one pass (clean text, nearly all of it, is scanned once)."""


def limit_of(field: str) -> int:
    return FIELD_LIMITS.get(field, MAX_FIELD_CHARS)


def text_length(text: str) -> int:
    """Length as Excel and Word count it (UTF-16 code units)."""
    return len(text) + len(_ASTRAL.findall(text))


def clean_text(text: str) -> tuple[str, int]:
    """``text`` without control characters and with unencodable ones replaced; how many were touched."""
    count = 0
    if _EITHER.search(text) is None:
        return text, 0
    if _CONTROL.search(text):
        text, count = _CONTROL.subn("", text)
    if _UNENCODABLE.search(text):
        text, replaced = _UNENCODABLE.subn(REPLACEMENT, text)
        count += replaced
    return text, count


def has_unencodable(text: str) -> bool:
    """Lone surrogates or U+FFFE/U+FFFF: characters that cannot be stored or exported."""
    return _UNENCODABLE.search(text) is not None


def format_count(number: int) -> str:
    """1.234.567: the Dutch thousands separator."""
    return f"{number:,}".replace(",", ".")


def too_long(field: str, text: str) -> str | None:
    """A Dutch reason when ``text`` is too long for ``field``, else None."""
    limit = limit_of(field)
    if len(text) <= limit // 2:
        return None
    length = text_length(text)
    if length <= limit:
        return None
    return (f"de {FIELD_NAMES.get(field, field)} is {format_count(length)} tekens lang; het maximum is "
            f"{format_count(limit)}")
