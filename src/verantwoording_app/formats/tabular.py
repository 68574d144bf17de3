"""A table out of someone else's export (a ledger, waarstaatjegemeente.nl): CSV or .xlsx, bounded.

CSV: decoded by textdecode (UTF-8, UTF-16, Windows-1252), the delimiter (``;``, ``,`` or
tab) taken from the header line. .xlsx: validated and read through safezip's bounded streams
(xlsx_import's container checks), the first sheet whose header is recognised. The header is
the row (among the first twenty) where most wanted columns are found; the caller maps columns
by header synonyms (:func:`auto_mapping`) or by the user's choice.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..domain.errors import ImportRefused
from ..domain.limits import clean_text
from ..domain.messages import Message

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

MAX_CSV_BYTES: Final = 50 * 1024 * 1024
MAX_TABLE_ROWS: Final = 100_000
MAX_TABLE_COLUMNS: Final = 200
MAX_CELL_CHARS: Final = 2_000
HEADER_SEARCH_ROWS: Final = 20

Cell = str | int | float | Any


@dataclass(frozen=True, slots=True)
class RawTable:
    """Rows as they are in the file: the header row and every row after it with its number."""

    file: str
    sheet: str
    header: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    notes: tuple[str, ...] = ()


def normalise_header(text: str) -> str:
    """``Begroting na wijz. 2025`` → ``begrotingnawijz``: lower case, letters only."""
    return re.sub(r"[^a-zà-ÿ]", "", str(text).lower())


def auto_mapping(header: Sequence[str], synonyms: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
    """Each field to the first column whose normalised header is one of its synonyms (or starts with one).

    Exact matches win over prefixes; a column is used for one field only.
    """
    names = [normalise_header(h) for h in header]
    found: dict[str, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for wanted, words in synonyms.items():
            if wanted in found:
                continue
            for index, name in enumerate(names):
                if index in used or not name:
                    continue
                if any(name == w if exact else (name.startswith(w) and len(w) >= 4) for w in words):
                    found[wanted] = index
                    used.add(index)
                    break
    return {name: found[name] for name in synonyms if name in found}


def resolve_columns(table: RawTable, guessed: Mapping[str, int], mapping: Mapping[str, int] | None,
                    fields: Sequence[str], required: Sequence[str], labels: Mapping[str, str]) -> dict[str, int]:
    """The column of each field: the user's ``mapping`` over the guessed one (a column chosen for one field
    is not left guessed for another), in ``fields`` order. ImportRefused names a missing required column."""
    columns = dict(guessed)
    if mapping:
        taken = set(mapping.values())
        columns = {k: v for k, v in columns.items() if v not in taken}
        columns.update(mapping)
    columns = {name: columns[name] for name in fields if name in columns}
    missing = [labels[name] for name in required if name not in columns]
    if missing:
        raise ImportRefused(Message.of("table.columns_missing", file=table.file, missing=", ".join(missing),
                                       found=", ".join(f"'{h}'" for h in table.header if h)))
    return columns


def read_table(path: Path | str, score: Callable[[Sequence[str]], int]) -> RawTable:
    """The table in a CSV or .xlsx file; the header is the row ``score`` likes best. ImportRefused."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except FileNotFoundError:
        raise ImportRefused(Message.of("file.missing", name=path.name)) from None
    except OSError as error:
        raise ImportRefused(Message.of("file.cannot_read_value", name=path.name, value=error.strerror or error)) from error
    if head.startswith(b"PK") or head.startswith(b"\xd0\xcf\x11\xe0"):
        grid, sheet = _xlsx_grid(path, score)
        notes: tuple[str, ...] = ()
    else:
        grid, notes = _csv_grid(path)
        sheet = ""
    return _table(path.name, sheet, grid, score, notes)


def _table(name: str, sheet: str, grid: list[tuple[int, tuple[Cell, ...]]],
           score: Callable[[Sequence[str]], int], notes: tuple[str, ...]) -> RawTable:
    best, best_score = -1, 0
    for position, (_number, cells) in enumerate(grid[:HEADER_SEARCH_ROWS]):
        points = score([_cell_text(c) for c in cells])
        if points > best_score:
            best, best_score = position, points
    if best < 0:  # no header recognised: the first filled row is the header, the user maps its columns
        best = next((i for i, (_n, cells) in enumerate(grid[:HEADER_SEARCH_ROWS])
                     if sum(1 for c in cells if _cell_text(c)) >= 2), -1)
    if best < 0:
        raise ImportRefused(
            Message.of("table.no_heading_row", name=name)
        )
    number, header_cells = grid[best]
    header = tuple(_cell_text(c) for c in header_cells)
    rows = tuple((n, cells) for n, cells in grid[best + 1:] if any(_cell_text(c) for c in cells))
    return RawTable(name, sheet, header, number, rows, notes)


def _cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if type(value) is str and len(value) < 200 and value.isprintable():  # the common cell: nothing to clean
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    if len(text) > MAX_CELL_CHARS:
        text = text[:MAX_CELL_CHARS]
    return clean_text(text)[0]


def cell_text(value: Cell) -> str:
    return _cell_text(value)


def _csv_grid(path: Path) -> tuple[list[tuple[int, tuple[Cell, ...]]], tuple[str, ...]]:
    from .textdecode import decode_text

    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise ImportRefused(
            Message.of("table.too_large", name=path.name, value=size // (1024 * 1024), value2=MAX_CSV_BYTES // (1024 * 1024))
        )
    decoded = decode_text(path.read_bytes(), max_bytes=MAX_CSV_BYTES)
    text = decoded.text
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", "\t", ","), key=first.count)
    if first.count(delimiter) == 0:
        raise ImportRefused(
            Message.of("table.not_a_table", name=path.name)
        )
    grid: list[tuple[int, tuple[Cell, ...]]] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for number, cells in enumerate(reader, start=1):
            if number > MAX_TABLE_ROWS:
                raise ImportRefused(Message.of("table.too_many_rows", name=path.name,
                                                maximum=f"{MAX_TABLE_ROWS:,}".replace(",", ".")))
            if len(cells) > MAX_TABLE_COLUMNS:
                raise ImportRefused(Message.of("table.too_many_columns", number=number, name=path.name, max_table_columns=MAX_TABLE_COLUMNS))
            grid.append((number, tuple(cells)))
    except csv.Error as error:
        raise ImportRefused(Message.of("table.invalid_csv", name=path.name, error=error)) from error
    notes = tuple(message for line, message in decoded.notes if line == 0)
    return grid, notes


def _xlsx_grid(path: Path, score: Callable[[Sequence[str]], int]) -> tuple[list[tuple[int, tuple[Cell, ...]]], str]:
    from .xlsx_import import MAX_COLUMNS, _load, check_container

    try:
        check_container(path)
        workbook = _load(path)
    except ImportRefused as refused:
        if "tekstbestand" in refused.message:
            raise ImportRefused(Message.of("table.text_file", name=path.name)) \
                from refused
        raise
    except Exception as error:  # openpyxl raises many kinds on damaged files
        raise ImportRefused(Message.of("table.workbook_unreadable", name=path.name)) from error
    try:
        chosen: list[tuple[int, tuple[Cell, ...]]] = []
        chosen_sheet = ""
        for sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
            worksheet.reset_dimensions()
            grid: list[tuple[int, tuple[Cell, ...]]] = []
            for number, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
                if number > MAX_TABLE_ROWS:
                    raise ImportRefused(Message.of("table.sheet_too_many_rows", sheet=sheet, max_table_rows=MAX_TABLE_ROWS))
                if len(row) > min(MAX_COLUMNS, MAX_TABLE_COLUMNS):
                    row = row[:MAX_TABLE_COLUMNS]
                grid.append((number, tuple(row)))
            if any(score([_cell_text(c) for c in cells]) for _n, cells in grid[:HEADER_SEARCH_ROWS]):
                chosen, chosen_sheet = grid, sheet
                break
            if not chosen:
                chosen, chosen_sheet = grid, sheet
        return chosen, chosen_sheet
    except ImportRefused:
        raise
    except Exception as error:
        raise ImportRefused(Message.of("table.workbook_unreadable", name=path.name)) from error
    finally:
        workbook.close()
