"""Beleidsindicatoren as waarstaatjegemeente.nl exports them (CSV or .xlsx): indicator, eenheid,
periode, gemeente, waarde, and where present the taakveld, the programme and a comparison group.

The long layout has one row per indicator, period and area; rows of the document's own
municipality are the values, rows of another area (``Nederland``, ``Gemeenten 50.000-100.000
inwoners``) the comparison for the same indicator and period. A layout with its own comparison
columns (``Vergelijkingsgroep``, ``Waarde vergelijkingsgroep``) is read as it is. Each indicator is
attached to a programme: the one given, the file's programme column, or by its taakveld through
the ledger lines. Refusals name the row.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from ..domain.chapter import PolicyIndicator
from ..domain.errors import ImportRefused
from ..domain.messages import Message
from ..domain.money import AmountError, parse_amount
from .ledger import ProgrammeRef, match_programme
from .tabular import (
    RawTable,
    auto_mapping,
    cell_text,
    normalise_header,
    read_table,
    resolve_columns,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from decimal import Decimal
    from pathlib import Path

FIELDS: Final = ("indicator", "eenheid", "periode", "gemeente", "waarde", "taakveld", "programma",
                 "vergelijking", "vergelijkingswaarde")
FIELD_LABELS: Final = {
    "indicator": "Indicator", "eenheid": "Eenheid", "periode": "Periode", "gemeente": "Gemeente",
    "waarde": "Waarde", "taakveld": "Taakveld", "programma": "Programma", "vergelijking": "Vergelijkingsgroep",
    "vergelijkingswaarde": "Waarde vergelijkingsgroep",
}
SYNONYMS: Final = {
    "indicator": ("indicator", "indicatornaam", "naamindicator", "onderwerp", "beleidsindicator"),
    "eenheid": ("eenheid", "eenheden", "unit", "maat"),
    "periode": ("periode", "jaar", "peiljaar", "tijdsperiode", "perioden"),
    "gemeente": ("gemeente", "gebied", "regio", "gemeentenaam", "gebiedsnaam", "wijkenbuurten"),
    "waarde": ("waarde", "value", "gemeentewaarde"),
    "taakveld": ("taakveld", "taakveldcode", "tv"),
    "programma": ("programma", "programmanummer", "progr"),
    "vergelijking": ("vergelijkingsgroep", "vergelijking", "groep", "referentiegroep"),
    "vergelijkingswaarde": ("waardevergelijkingsgroep", "vergelijkingswaarde", "waardevergelijking",
                            "waardegroep", "waardereferentiegroep"),
}
REQUIRED: Final = ("indicator", "periode", "waarde")
MAX_INDICATORS: Final = 5_000


@dataclass(frozen=True, slots=True)
class PolicyImport:
    file: str
    items: tuple[PolicyIndicator, ...]
    mapping: dict[str, int]
    header: tuple[str, ...]
    municipality: str
    notes: tuple[str, ...] = ()

    def mapping_lines(self) -> list[str]:
        return [f"{FIELD_LABELS[name]} ← kolom '{self.header[index]}'" for name, index in self.mapping.items()]


def score_header(cells: Sequence[str]) -> int:
    found = auto_mapping(cells, SYNONYMS)
    return len(found) if all(name in found for name in REQUIRED) else 0


def read_policy_indicators(path: Path | str, programmes: Sequence[ProgrammeRef], *, fixed: ProgrammeRef | None = None,
                           taakvelden: Mapping[str, str] | None = None, municipality: str = "",
                           mapping: Mapping[str, int] | None = None) -> PolicyImport:
    table = read_table(path, score_header)
    return from_table(table, programmes, fixed=fixed, taakvelden=taakvelden or {}, municipality=municipality,
                      mapping=mapping)


def _value(raw: object, row: int, what: str) -> Decimal | None:
    try:
        return parse_amount(raw, where=f"Rij {row}, {what}")
    except AmountError as error:
        raise ImportRefused(Message.of("import.nothing_imported", error=error)) from error


def from_table(table: RawTable, programmes: Sequence[ProgrammeRef], *, fixed: ProgrammeRef | None,
               taakvelden: Mapping[str, str], municipality: str = "",
               mapping: Mapping[str, int] | None = None) -> PolicyImport:
    columns = resolve_columns(table, auto_mapping(table.header, SYNONYMS), mapping, FIELDS, REQUIRED, FIELD_LABELS)
    if len(table.rows) > MAX_INDICATORS * 20:
        raise ImportRefused(Message.of("indicators.too_many_rows", file=table.file))

    def get(cells: tuple[object, ...], name: str) -> object:
        index = columns.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    areas = Counter(cell_text(get(cells, "gemeente")) for _n, cells in table.rows)
    own = municipality.strip()
    if "gemeente" in columns:
        known = {normalise_header(a): a for a in areas if a}
        own = known.get(normalise_header(own), "") if own else ""
        if not own and areas:
            own = areas.most_common(1)[0][0]
    items: dict[tuple[str, str], PolicyIndicator] = {}
    comparisons: dict[tuple[str, str], tuple[str, Decimal | None]] = {}
    notes: list[str] = []
    for number, cells in table.rows:
        name = cell_text(get(cells, "indicator"))
        if not name:
            continue
        period = cell_text(get(cells, "periode"))
        area = cell_text(get(cells, "gemeente"))
        value = _value(get(cells, "waarde"), number, "waarde")
        key = (name, period)
        if "gemeente" in columns and area and area != own:
            comparisons.setdefault(key, (area, value))
            continue
        programme = _programme_of(number, name, cell_text(get(cells, "programma")), cell_text(get(cells, "taakveld")),
                                  programmes, fixed, taakvelden)
        comparison = cell_text(get(cells, "vergelijking"))
        comparison_value = _value(get(cells, "vergelijkingswaarde"), number, "waarde vergelijkingsgroep")
        if key in items:
            notes.append(f"rij {number}: '{name}' ({period}) staat er twee keer in; de eerste is genomen")
            continue
        items[key] = PolicyIndicator(
            programme_id=programme.id, indicator=name[:500], unit=cell_text(get(cells, "eenheid"))[:100],
            period=period[:64], municipality=(area or own)[:200], value=value,
            taakveld=cell_text(get(cells, "taakveld"))[:200], comparison=comparison[:500],
            comparison_value=comparison_value,
        )
        if len(items) > MAX_INDICATORS:
            raise ImportRefused(Message.of("indicators.too_many", file=table.file, max_indicators=MAX_INDICATORS))
    for key, (area, value) in comparisons.items():
        item = items.get(key)
        if item is not None and not item.comparison:
            items[key] = replace(item, comparison=area[:500], comparison_value=value)
    if not items:
        raise ImportRefused(
            Message.of("indicators.none_for_municipality", file=table.file, value=f' {own}' if own else '')
        )
    return PolicyImport(table.file, tuple(items.values()), columns, table.header, own, tuple(notes))


def _programme_of(number: int, name: str, programme_text: str, taakveld: str, programmes: Sequence[ProgrammeRef],
                  fixed: ProgrammeRef | None, taakvelden: Mapping[str, str]) -> ProgrammeRef:
    if fixed is not None:
        return fixed
    if programme_text:
        found = match_programme(programme_text, programmes)
        if found is None:
            raise ImportRefused(Message.of("indicators.programme_unknown", number=number, programme_text=programme_text))
        return found
    code = taakveld.split(" ")[0] if taakveld else ""
    if code and code in taakvelden:
        by_id = {p.id: p for p in programmes}
        if taakvelden[code] in by_id:
            return by_id[taakvelden[code]]
    if code:
        raise ImportRefused(Message.of("indicators.no_programme_taakveld", number=number, name=name[:80], code=code))
    raise ImportRefused(Message.of("indicators.no_programme", number=number, name=name[:80]))
