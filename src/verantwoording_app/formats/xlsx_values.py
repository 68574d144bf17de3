"""The workbook's values: what a cell holds, the contract between export, import and the round trip.

Every editable field has one canonical string (``field_values``): the export writes it into its cell and
into the hidden merge base, the import reads it back and compares. Texts are block text rendered as one
cell (``render_text``: lines joined by LF, bullets as ``• ``); characters XML cannot hold are replaced
(``sanitise``), and ``xml_text`` escapes the rest for element content, Excel's ``_xHHHH_`` included.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Final
from xml.sax.saxutils import escape as _xml_escape_attr

from ..domain.blocktext import BlockText, render_plain
from ..domain.limits import MAX_FIELD_CHARS

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from decimal import Decimal

    from ..domain.model import Activiteit, Kengetal

FORMAT_VERSION: Final = "verantwoording-xlsx/1"
CELL_LIMIT: Final = MAX_FIELD_CHARS
"""Excel's cell limit, the field limit of every door (domain.limits)."""
REPLACEMENT: Final = "\ufffd"
BULLET: Final = "• "

SHEET_ACTIVITIES: Final = "Activiteiten"
SHEET_KEY_FIGURES: Final = "Kengetallen"
SHEET_PROGRESS: Final = "Voortgang"
SHEET_NOTES: Final = "Toelichting"
SHEET_BASE: Final = "_basis"
SHEET_LISTS: Final = "_lijsten"
SHEET_UNPLACED: Final = "Niet geplaatst"

EDITABLE_FIELDS: Final = (
    "title",
    "owner",
    "portfolio_holder",
    "deadline",
    "status",
    "review_state",
    "plan",
    "realisation",
)
"""Activity fields that come back from the workbook; ``kengetallen`` is the eighth+1."""
KEY_FIGURES_FIELD: Final = "kengetallen"
BASE_HEADER: Final = ("id", *EDITABLE_FIELDS, KEY_FIGURES_FIELD)
BASE_HEADER_ROW: Final = 7
"""Row of the header in ``_basis``; rows 1–5 hold key/value metadata."""

FIELD_LABELS: Final = {
    "title": "titel",
    "owner": "eigenaar",
    "portfolio_holder": "portefeuillehouder",
    "deadline": "deadline",
    "status": "status",
    "review_state": "reviewstatus",
    "plan": "plantekst",
    "realisation": "realisatietekst",
    KEY_FIGURES_FIELD: "kengetallen",
}

# ---------------------------------------------------------------------------
# cell values: the contract between export, import and the round trip

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ESCAPE_LIKE = re.compile("_(x[0-9A-Fa-f]{4}_)")
_UNESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def sanitise(text: str) -> tuple[str, int]:
    """``text`` with XML-illegal characters replaced by U+FFFD, and how many were."""
    if _ILLEGAL.search(text) is None:
        return text, 0
    return _ILLEGAL.subn(REPLACEMENT, text)


def excel_length(text: str) -> int:
    """Length as Excel counts it (UTF-16 code units)."""
    if len(text) * 2 <= CELL_LIMIT:
        return len(text)
    return len(text) + len(_ASTRAL.findall(text))


def render_text(text: BlockText) -> str:
    """Block text as one readable cell: lines joined by LF, bullets as ``• ``."""
    return "\n".join(render_plain(text, bullet=BULLET))


def unescape_cell(text: str) -> str:
    """Undo Excel's ``_xHHHH_`` escapes (openpyxl leaves them in)."""
    if "_x" not in text:
        return text
    return _UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def canonical_number(value: Decimal | float | int | None) -> str:
    """A number as the workbook can hold it: what a float keeps, without trailing zeros."""
    if value is None:
        return ""
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        return ""
    if number == int(number) and abs(number) < 1e15:
        return str(int(number))
    return repr(number)


def key_figure_row(figure: Kengetal) -> list[str]:
    return [
        figure.id,
        sanitise(figure.label)[0],
        sanitise(figure.unit)[0],
        canonical_number(figure.baseline),
        canonical_number(figure.target),
        canonical_number(figure.realised),
        sanitise(figure.source)[0],
    ]


def key_figures_value(rows: Iterable[Sequence[str]]) -> str:
    """The canonical form of an activity's key figures (compact JSON)."""
    return json.dumps([list(row) for row in rows], ensure_ascii=False, separators=(",", ":"))


def field_values(
    activity: Activiteit, *, plan: str | None = None, realisation: str | None = None
) -> dict[str, str]:
    """The canonical string of every editable field, as the workbook holds it.

    Status is the scheme key, review state its value, deadline ISO, texts rendered.
    """
    return {
        "title": sanitise(activity.title)[0],
        "owner": sanitise(activity.owner)[0],
        "portfolio_holder": sanitise(activity.portfolio_holder)[0],
        "deadline": activity.deadline.isoformat() if activity.deadline else "",
        "status": activity.status or "",
        "review_state": activity.review_state.value,
        "plan": plan if plan is not None else sanitise(render_text(activity.plan))[0],
        "realisation": (
            realisation
            if realisation is not None
            else sanitise(render_text(activity.realisation))[0]
        ),
        KEY_FIGURES_FIELD: key_figures_value(key_figure_row(k) for k in activity.kengetallen),
    }


def excel_serial(value: date | datetime) -> float:
    """Days since 1899-12-30 (Excel's 1900 date system)."""
    if isinstance(value, datetime):
        delta = value.replace(tzinfo=None) - datetime(1899, 12, 30)
        return delta.days + delta.seconds / 86400
    return float((value - date(1899, 12, 30)).days)


# ---------------------------------------------------------------------------
# XML pieces


def xml_text(text: str) -> str:
    """Escape for element content; ``text`` must already be sanitised."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "_x" in text:
        text = _ESCAPE_LIKE.sub(r"_x005F_\1", text)
    if "\r" in text:
        text = text.replace("\r", "_x000D_")
    return text


def xml_attr(text: str) -> str:
    return _xml_escape_attr(text, {'"': "&quot;"})


def column_letter(index: int) -> str:
    """0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
