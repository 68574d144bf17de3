"""Amounts in euros: Decimal only, read the way Dutch ledgers write them, shown the way a chapter prints them.

``parse_amount`` reads ``1.234.567``, ``1.234.567,89``, ``-1.234``, ``(1.234)``, ``€ 1.234``,
``1234.56`` (a spreadsheet's plain number) and numbers from a workbook cell; a float from a
cell goes through its shortest repr, never binary arithmetic. ``format_amount`` rounds half
away from zero to whole euros or to thousands (``x € 1.000``) and writes ``1.234.567`` with a
minus sign (U+2212 in print is the exporter's choice; here ``-``).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Final

MAX_AMOUNT: Final = Decimal("1e15")
"""A quadrillion euros: anything larger is a typing or export error, not a municipality."""
MAX_AMOUNT_CHARS: Final = 40

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_DUTCH_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_PLAIN = re.compile(r"^\d+(\.\d+)?$")
_DUTCH = re.compile(r"^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$")
_FAST = re.compile(r"-?(?:\d{1,3}(?:\.\d{3})*|\d+)(?:,\d{1,6})?")
"""The common case of a ledger cell (``-1.234.567,89``, ``1234``): read without the general path."""


class AmountError(ValueError):
    """A value that is not an amount; the message is Dutch and names the value."""


class SignConvention(StrEnum):
    """How the document (and its ledger export) signs amounts.

    ``voordeel_positief``: baten positive, lasten negative; a voordeel is a positive difference.
    ``voordeel_negatief``: lasten positive, baten negative (debet positive); a voordeel is negative.
    """

    VOORDEEL_POSITIEF = "voordeel_positief"
    VOORDEEL_NEGATIEF = "voordeel_negatief"

    @property
    def factor(self) -> int:
        return 1 if self is SignConvention.VOORDEEL_POSITIEF else -1

    @property
    def label(self) -> str:
        return SIGN_LABELS[self]


SIGN_LABELS: Final = {
    SignConvention.VOORDEEL_POSITIEF: "baten positief, lasten negatief (voordeel +)",
    SignConvention.VOORDEEL_NEGATIEF: "lasten positief, baten negatief (voordeel −)",
}

ROUNDINGS: Final = (1, 1000)
"""Whole euros, or thousands (``x € 1.000``)."""


def rounding_label(rounding: int) -> str:
    return f"x € {format_amount(Decimal(rounding))}"


def parse_amount(value: object, *, where: str = "") -> Decimal | None:
    """The amount in a cell or a text; None when it is empty. AmountError when it is not an amount."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise AmountError(_message(str(value), where))
    if isinstance(value, int):
        return _bounded(Decimal(value), str(value), where)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise AmountError(_message(str(value), where))
        return _bounded(Decimal(repr(value)), repr(value), where)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise AmountError(_message(str(value), where))
        return _bounded(value, str(value), where)
    text = str(value)
    if _FAST.fullmatch(text) and (len(text) < 16 or "." in text):
        fast = Decimal(text.replace(".", "").replace(",", "."))
        return _bounded(fast, text, where) if len(text) > 15 else fast + 0
    if len(text) > MAX_AMOUNT_CHARS:
        raise AmountError(_message(text[:20] + "…", where))
    raw = _SPACES.sub("", text).replace("€", "").replace("EUR", "").replace("\u2212", "-").replace("\u2013", "-")
    if not raw or raw == "-":
        return None
    negative = False
    if raw.startswith("(") and raw.endswith(")"):
        negative, raw = True, raw[1:-1]
    if raw.startswith("-"):
        negative, raw = not negative, raw[1:]
    elif raw.startswith("+"):
        raw = raw[1:]
    if raw.endswith("-"):  # 1.234- as some ledgers print a credit
        negative, raw = not negative, raw[:-1]
    number = _digits(raw)
    if number is None:
        raise AmountError(_message(text.strip(), where))
    return _bounded(-number if negative else number, text, where)


def _digits(raw: str) -> Decimal | None:
    """Unsigned ``raw`` as a Decimal: Dutch (1.234,5 / 1.234) first, then a plain 1234.5."""
    try:
        if "," in raw:
            if not _DUTCH.match(raw):
                return None
            return Decimal(raw.replace(".", "").replace(",", "."))
        if _DUTCH_THOUSANDS.match(raw):
            return Decimal(raw.replace(".", ""))
        if _PLAIN.match(raw):
            return Decimal(raw)
    except InvalidOperation:
        return None
    return None


def _bounded(number: Decimal, text: str, where: str) -> Decimal:
    if abs(number) >= MAX_AMOUNT:
        place = f"{where}: " if where else ""
        raise AmountError(f"{place}het bedrag '{text.strip()[:30]}' is onwaarschijnlijk groot")
    return number + 0  # -0 becomes 0


def _message(text: str, where: str) -> str:
    place = f"{where}: " if where else ""
    return f"{place}'{text[:30]}' is geen bedrag (schrijf bijvoorbeeld 1.234.567 of -1.234,50)"


def rounded(value: Decimal, rounding: int = 1) -> Decimal:
    """The value in units of ``rounding`` euros, half away from zero (1.500 → 2 at x € 1.000)."""
    return (value / Decimal(rounding)).quantize(Decimal(1), rounding=ROUND_HALF_UP) + 0


def format_amount(value: Decimal | None, rounding: int = 1, *, minus: str = "-") -> str:
    """``1.234.567`` (Dutch thousands, no decimals) in units of ``rounding``; empty for None."""
    if value is None:
        return ""
    number = rounded(value, rounding)
    digits = f"{abs(number):,}".replace(",", ".")
    return f"{minus}{digits}" if number < 0 else digits


def format_exact(value: Decimal | None) -> str:
    """The full amount in Dutch: ``-1.234,50`` (cents only when there are any)."""
    if value is None:
        return ""
    quantised = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole = int(abs(quantised))
    cents = int((abs(quantised) - whole) * 100)
    text = f"{whole:,}".replace(",", ".")
    if cents:
        text += f",{cents:02d}"
    return f"-{text}" if quantised < 0 else text


def canonical_amount(value: Decimal | None) -> str:
    """Exact text for storage and the workbook: ``-1234.50``, never an exponent."""
    if value is None:
        return ""
    return format(value.normalize() + 0, "f") if value == value.to_integral_value() else format(value, "f")


def parse_percentage(value: object, *, where: str = "") -> Decimal | None:
    """``10``, ``10%``, ``7,5 %``: a percentage; None when empty."""
    text = str(value).strip().rstrip("%").strip() if value is not None else ""
    if not text:
        return None
    number = parse_amount(text, where=where)
    if number is not None and not (Decimal(0) <= number <= Decimal(1000)):
        place = f"{where}: " if where else ""
        raise AmountError(f"{place}een percentage ligt tussen 0 en 1000")
    return number
