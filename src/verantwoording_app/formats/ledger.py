"""A ledger export (financiële administratie) → the financial lines of the programmes.

One row per programme or taakveld with a lasten/baten column and the budget and actual
columns. Columns are found by their header (:data:`SYNONYMS`, Dutch as ledgers write them) or
given by the user (``--kolom veld=Kop``, the preview's choices). Every row must name a
programme of the document and carry amounts; a row whose first text is ``Totaal`` is a control
total: the rows it covers (all, one kind, one programme) must add up to it, or the import is
refused with that row named. Nothing is stored here; :func:`read_ledger` returns lines in the
canonical sign (see domain.finance) with a report of what was mapped and assumed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from ..domain.chapter import FinanceLine, LineKind
from ..domain.errors import ImportRefused
from ..domain.messages import Message
from ..domain.money import AmountError, SignConvention, format_exact, parse_amount
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
    from pathlib import Path

AMOUNT_FIELDS: Final = ("primitief", "gewijzigd", "realisatie")
FIELDS: Final = ("programma", "taakveld", "omschrijving", "soort", *AMOUNT_FIELDS)
FIELD_LABELS: Final = {
    "programma": "Programma", "taakveld": "Taakveld", "omschrijving": "Omschrijving", "soort": "Lasten/baten",
    "primitief": "Begroting primitief", "gewijzigd": "Begroting na wijziging", "realisatie": "Realisatie",
}
REQUIRED: Final = ("programma", "soort", "gewijzigd", "realisatie")
SYNONYMS: Final = {
    "programma": ("programma", "programmanummer", "programmanr", "progrnr", "prognr", "progr", "prog",
                  "programmacode", "programmanaam"),
    "taakveld": ("taakveld", "taakveldcode", "taakveldnummer", "tv", "functie"),
    "omschrijving": ("omschrijving", "taakveldomschrijving", "taakveldnaam", "naam"),
    "soort": ("lastenbaten", "batenlasten", "soort", "lb", "bl", "categorie", "type", "lastenofbaten"),
    "primitief": ("begrotingprimitief", "primitievebegroting", "primitief", "ramingprimair", "ramingprimitief",
                  "oorspronkelijkebegroting", "begrotingorigineel", "primairebegroting", "begrotingprimair"),
    "gewijzigd": ("begrotingnawijziging", "begrotingnawijzigingen", "begrotingnawijz", "gewijzigdebegroting",
                  "ramingnawijziging", "ramingnawijz", "ramingnawijzigingen", "actuelebegroting",
                  "ramingactueel", "nawijziging", "begrotingactueel", "actueleraming"),
    "realisatie": ("realisatie", "werkelijk", "werkelijkebedragen", "rekening", "jaarrekening", "realisatiejaar",
                   "werkelijkeuitgaven"),
}
KIND_WORDS: Final = {
    LineKind.LASTEN: ("lasten", "l", "last", "uitgaven", "u"),
    LineKind.BATEN: ("baten", "b", "bate", "inkomsten", "opbrengsten", "i"),
    LineKind.TOEVOEGING: ("toevoeging", "toevoegingen", "toevoegingreserves", "toevoegingenreserves",
                          "toevoegingaanreserves", "toevoegingenaanreserves", "t"),
    LineKind.ONTTREKKING: ("onttrekking", "onttrekkingen", "onttrekkingreserves", "onttrekkingenreserves",
                           "onttrekkingaanreserves", "onttrekkingenaanreserves", "o"),
}
_TOTAL = re.compile(r"^\s*(eind|controle|generaal|grand)?\s*totaal\b(.*)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ProgrammeRef:
    id: str
    number: str
    name: str


@dataclass(frozen=True, slots=True)
class Ledger:
    """What a ledger file gives, ready to store."""

    file: str
    lines: tuple[FinanceLine, ...]
    mapping: dict[str, int]
    header: tuple[str, ...]
    rows: int
    totals_checked: int = 0
    notes: tuple[str, ...] = ()
    automatic: bool = True

    def mapping_lines(self) -> list[str]:
        return [f"{FIELD_LABELS[name]} ← kolom '{self.header[index]}'" for name, index in self.mapping.items()]


@dataclass(slots=True)
class _Row:
    number: int
    programme: ProgrammeRef
    kind: LineKind
    amounts: dict[str, Decimal]
    taakveld: str = ""
    description: str = ""


@dataclass(slots=True)
class _Total:
    number: int
    label: str
    kind: LineKind | None
    programme: ProgrammeRef | None
    amounts: dict[str, Decimal | None] = field(default_factory=dict)


def score_header(cells: Sequence[str]) -> int:
    """How many of the required columns a row names (a header has at least the programme and one amount)."""
    found = auto_mapping(cells, SYNONYMS)
    if "programma" not in found or not (set(found) & set(AMOUNT_FIELDS)):
        return 0
    return len(found)


def read_raw(path: Path | str) -> RawTable:
    return read_table(path, score_header)


def guess_mapping(table: RawTable) -> dict[str, int]:
    return auto_mapping(table.header, SYNONYMS)


def parse_mapping_options(options: Sequence[str], header: Sequence[str],
                          fields: Sequence[str] = FIELDS) -> dict[str, int]:
    """``veld=Kop`` pairs (the CLI's ``--kolom``) → field → column index; ImportRefused otherwise."""
    chosen: dict[str, int] = {}
    names = [normalise_header(h) for h in header]
    for option in options:
        name, sep, column = option.partition("=")
        name = name.strip().lower()
        if not sep or name not in fields:
            raise ImportRefused(
                Message.of("ledger.column_option_syntax", option=option, join=', '.join(fields))
            )
        wanted = column.strip()
        exact = [i for i, h in enumerate(header) if h.strip().lower() == wanted.lower()]
        loose = [i for i, n in enumerate(names) if n == normalise_header(wanted)]
        hits = exact or loose
        if not hits:
            raise ImportRefused(Message.of("ledger.column_missing", option=option, wanted=wanted,
                                           found=", ".join(f"'{h}'" for h in header if h)))
        chosen[name] = hits[0]
    return chosen


def match_programme(text: str, programmes: Sequence[ProgrammeRef]) -> ProgrammeRef | None:
    """``1``, ``01``, ``Programma 1``, ``1 Werk en inkomen``, ``Werk en inkomen`` → that programme."""
    value = text.strip()
    if not value:
        return None
    lowered = re.sub(r"^(programma|progr\.?|prog\.?)\s*", "", value, flags=re.IGNORECASE).strip()
    number_match = re.match(r"^0*(\d+[a-zA-Z]?)(?:[\s.:\-–]+(.*))?$", lowered)
    if number_match:
        number = number_match.group(1).lower()
        for programme in programmes:
            if programme.number.strip().lstrip("0").lower() == number:
                return programme
    name = normalise_header(lowered)
    for programme in programmes:
        if name and normalise_header(programme.name) == name:
            return programme
    return None


def _kind(text: str) -> LineKind | None:
    word = normalise_header(text)
    for kind, words in KIND_WORDS.items():
        if word in words:
            return kind
    return None


def read_ledger(path: Path | str, programmes: Sequence[ProgrammeRef], sign: SignConvention,
                mapping: Mapping[str, int] | None = None) -> Ledger:
    """Read, map, check and convert a ledger export. ImportRefused names the row that is wrong."""
    table = read_raw(path)
    return ledger_from_table(table, programmes, sign, mapping)


def ledger_from_table(table: RawTable, programmes: Sequence[ProgrammeRef], sign: SignConvention,
                      mapping: Mapping[str, int] | None = None) -> Ledger:
    automatic = mapping is None
    columns = resolve_columns(table, guess_mapping(table), mapping, FIELDS, REQUIRED, FIELD_LABELS)
    rows: list[_Row] = []
    totals: list[_Total] = []
    matched: dict[str, ProgrammeRef | None] = {}
    kinds: dict[str, LineKind | None] = {}
    text_columns = [columns.get(n) for n in ("programma", "taakveld", "omschrijving")]
    amount_columns = [(name, columns[name]) for name in AMOUNT_FIELDS if name in columns]
    for number, cells in table.rows:  # ten thousand rows: plain indexing, no closures
        width = len(cells)

        def cell(name: str, cells: tuple[object, ...] = cells, width: int = width) -> object:
            index = columns.get(name)
            return cells[index] if index is not None and index < width else None

        texts = [cell_text(cells[i]) if i is not None and i < width else "" for i in text_columns]
        first = next((t for t in texts if t), "") or next((cell_text(c) for c in cells if cell_text(c)), "")
        total = _TOTAL.match(first)
        amounts: dict[str, Decimal | None] = {
            name: _amount(cells[index] if index < width else None, number, name) for name, index in amount_columns}
        if total:
            rest = total.group(2).strip(" :-–")
            kind = _kind(cell_text(cell("soort"))) or _kind(rest.split(" ")[0] if rest else "")
            programme = match_programme(rest, programmes) if rest and not _kind(rest) else None
            totals.append(_Total(number, first, kind, programme, amounts))
            continue
        if texts[0] not in matched:
            matched[texts[0]] = match_programme(texts[0], programmes)
        programme = matched[texts[0]]
        if programme is None:
            known = ", ".join(p.number for p in programmes) or "geen"
            raise ImportRefused(
                Message.of("ledger.programme_unknown", number=number, texts=texts[0], known=known)
            )
        kind_text = cell_text(cell("soort"))
        if kind_text not in kinds:
            kinds[kind_text] = _kind(kind_text)
        kind = kinds[kind_text]
        if kind is None:
            raise ImportRefused(
                Message.of("ledger.kind_unknown", number=number, kind_text=kind_text)
            )
        rows.append(_Row(number, programme, kind, {k: v or Decimal(0) for k, v in amounts.items()},
                         texts[1], texts[2]))
    if not rows:
        raise ImportRefused(Message.of("ledger.no_amounts", file=table.file))
    for stated in totals:
        _check_total(stated, rows)
    notes = list(table.notes)
    factors = _sign_factors(rows, sign, notes)
    lines = tuple(
        FinanceLine(
            programme_id=row.programme.id, kind=row.kind, taakveld=row.taakveld, description=row.description,
            **{name: row.amounts.get(name, Decimal(0)) * factors[row.kind] for name in AMOUNT_FIELDS},
        )
        for row in rows
    )
    if "primitief" not in columns:
        notes.append("het bestand heeft geen kolom 'begroting primitief': die is 0 gelaten")
    return Ledger(table.file, lines, columns, table.header, len(rows), len(totals), tuple(notes), automatic)


def _amount(value: object, number: int, name: str) -> Decimal | None:
    try:
        return parse_amount(value)
    except AmountError:
        pass
    try:  # only a wrong amount pays for the message that names its row and column
        parse_amount(value, where=f"Rij {number}, {FIELD_LABELS[name].lower()}")
    except AmountError as error:
        raise ImportRefused(Message.of("import.nothing_imported", error=error)) from error
    raise AssertionError("an amount refused once is refused again")  # pragma: no cover


def _check_total(total: _Total, rows: Sequence[_Row]) -> None:
    covered = [r for r in rows if (total.kind is None or r.kind is total.kind)
               and (total.programme is None or r.programme.id == total.programme.id) and r.number < total.number]
    for name, stated in total.amounts.items():
        if stated is None:
            continue
        added = sum((r.amounts.get(name, Decimal(0)) for r in covered), Decimal(0))
        if added != stated:
            raise ImportRefused(
                Message.of("ledger.total_mismatch", number=total.number, label=total.label, field_labels=FIELD_LABELS[name].lower(), format_exact=format_exact(added), format_exact2=format_exact(stated), format_exact3=format_exact(stated - added))
            )


def _sign_factors(rows: Sequence[_Row], sign: SignConvention, notes: list[str]) -> dict[LineKind, int]:
    """Per kind the factor to the canonical sign (voordeel positief: costs negative).

    The file is read in the document's convention; where the amounts of a kind add up to the sign
    opposite to it (lasten positive in total under voordeel positief), the file gives sizes, not
    signed amounts, and the sizes are signed by their kind (reported). A single negative size (a
    correction) stays what it is.
    """
    factors: dict[LineKind, int] = {}
    for kind in LineKind:
        values = [v for r in rows if r.kind is kind for v in r.amounts.values() if v]
        expected = (-1 if kind.is_cost else 1) * sign.factor  # the sign this kind has in the file's convention
        total = sum(values, Decimal(0))
        as_sizes = total != 0 and (total > 0) != (expected > 0)
        factor = sign.factor * (-1 if as_sizes else 1)
        if as_sizes:
            notes.append(f"{kind.label.lower()} staan als {'positieve' if expected < 0 else 'negatieve'} bedragen "
                         f"in het bestand: gelezen als {kind.label.lower()}")
        factors[kind] = factor
    return factors
