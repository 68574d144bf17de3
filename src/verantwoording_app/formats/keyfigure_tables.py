"""A key-figure table in an imported text (``| Indicator | 2022 | 2023 | Doel |``) offered as Kengetallen.

The table stays in the text as it was written; its rows are also offered as
the activity's key figures: the label from the first column, the realised
value from the column of the document's year (or a "Realisatie" column), the
baseline from an earlier year or a "Nulmeting" column, the target from a
"Doel"/"Streefwaarde" column. Numbers are read the Dutch way (``1.234,5``).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from ..domain.blocktext import Block, BlockText, Run, table_cells, table_groups
from ..domain.model import Kengetal

if TYPE_CHECKING:
    from collections.abc import Sequence

_KEY_HEADER = re.compile(r"^(?:indicator|kengetal(?:len)?|prestatie-?indicator|effectindicator|beleidsindicator)",
                         re.IGNORECASE)
_YEAR = re.compile(r"^(?:realisatie\s+)?((?:19|20)\d{2})$", re.IGNORECASE)
_TARGET = re.compile(r"^(?:doel(?:stelling)?|streef(?:waarde)?|norm|begroting)\b", re.IGNORECASE)
_BASELINE = re.compile(r"^(?:nulmeting|basis(?:jaar|waarde)?|uitgangs(?:situatie|waarde))\b", re.IGNORECASE)
_REALISED = re.compile(r"^(?:realisatie|gerealiseerd|stand)\b", re.IGNORECASE)
_NUMBER = re.compile(r"^[-+]?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^[-+]?\d+(?:,\d+)?$")
_UNIT = re.compile(r"^(?:eenheid|unit)$", re.IGNORECASE)


def _text(cell: Sequence[Run]) -> str:
    return " ".join("".join(run.text for run in cell).split())


def dutch_number(text: str) -> Decimal | None:
    """``1.234,5`` → 1234.5; ``12%`` → 12; None for anything else."""
    value = text.strip().rstrip("%").strip().replace("\u2212", "-")
    if not value or not _NUMBER.match(value):
        return None
    try:
        return Decimal(value.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def key_figures(text: BlockText, year: int) -> tuple[Kengetal, ...]:
    """The key figures offered by the key-figure tables of a text (none when it has no such table)."""
    figures: list[Kengetal] = []
    for group in table_groups(text.blocks):
        if isinstance(group, Block) or len(group) < 2:
            continue
        rows = table_cells(group)
        header = [_text(cell) for cell in rows[0]]
        if not header or not _KEY_HEADER.match(header[0]):
            continue
        columns = _columns(header, year)
        if columns["realised"] is None and columns["target"] is None:
            continue
        for row in rows[1:]:
            cells = [_text(cell) for cell in row]
            if not cells or not cells[0]:
                continue

            unit_index = columns["unit"]
            unit = cells[unit_index] if unit_index is not None and unit_index < len(cells) else ""
            if "%" in "".join(cells[1:]) and not unit:
                unit = "%"
            figures.append(Kengetal(label=cells[0][:200], unit=unit[:50], baseline=_value(cells, columns["baseline"]),
                                    target=_value(cells, columns["target"]), realised=_value(cells, columns["realised"]),
                                    source="tabel in de tekst"))
    return tuple(figures)


def _value(cells: list[str], index: int | None) -> Decimal | None:
    return dutch_number(cells[index]) if index is not None and index < len(cells) else None


def _columns(header: list[str], year: int) -> dict[str, int | None]:
    columns: dict[str, int | None] = {"baseline": None, "target": None, "realised": None, "unit": None}
    years: list[tuple[int, int]] = []
    for index, name in enumerate(header[1:], start=1):
        if match := _YEAR.match(name):
            years.append((int(match.group(1)), index))
        elif _TARGET.match(name) and columns["target"] is None:
            columns["target"] = index
        elif _BASELINE.match(name) and columns["baseline"] is None:
            columns["baseline"] = index
        elif _REALISED.match(name) and columns["realised"] is None:
            columns["realised"] = index
        elif _UNIT.match(name):
            columns["unit"] = index
    if years:
        chosen = next((index for value, index in years if value == year), None)
        if chosen is None:
            chosen = max(years)[1]
        if columns["realised"] is None:
            columns["realised"] = chosen
        earlier = [(value, index) for value, index in years if index != columns["realised"]]
        if columns["baseline"] is None and earlier:
            columns["baseline"] = min(earlier)[1]
    return columns
