"""Read back a coordinator workbook we exported (see xlsx_export), after a user edited it.

Validation comes before any parsing: the file must be a complete zip (not an
.xls, a .csv or an encrypted workbook renamed to .xlsx), within size and
compression-ratio limits (zip bombs), with no DTD or entity declaration in any
XML part, and with at most MAX_ROWS rows per sheet. Cells are then read with
openpyxl in read-only mode; columns are found by their header, so reordered and
extra columns are fine; cells hidden under a merged range are treated as "not
given" (reported), never as empty.

The result holds canonical strings (see ``xlsx_export.field_values``) for the
workbook ("theirs") and for the hidden merge base. Every refusal is ImportRefused.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException

from ..domain.errors import ImportRefused
from ..domain.limits import clean_text, has_unencodable, too_long
from ..domain.messages import Message
from ..domain.model import REVIEW_LABELS
from ..domain.wording import count
from .safezip import SafeZipFile, ZipLimits, open_zip
from .xlsx_export import (
    ACTIVITY_COLUMNS,
    BASE_HEADER,
    EDITABLE_FIELDS,
    FORMAT_VERSION,
    KEY_FIGURE_COLUMNS,
    KEY_FIGURES_FIELD,
    SHEET_ACTIVITIES,
    SHEET_BASE,
    SHEET_KEY_FIGURES,
    SHEET_LISTS,
    canonical_number,
    key_figures_value,
    unescape_cell,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

MAX_FILE_BYTES: Final = 200 * 1024 * 1024
MAX_ENTRIES: Final = 2_000
MAX_TOTAL_UNCOMPRESSED: Final = 1024 * 1024 * 1024
MAX_RATIO: Final = 200
"""Uncompressed/compressed per part (over 1 MB): real sheets stay far below."""
MAX_ROWS: Final = 100_000
"""Rows per sheet; the largest document we know has a few thousand activities."""
MAX_COLUMNS: Final = 1_000
"""Columns per sheet (up to column ALL): ours has about twenty, a user may add some."""
LIMITS: Final = ZipLimits(
    max_entries=MAX_ENTRIES, max_member_bytes=MAX_TOTAL_UNCOMPRESSED // 4,
    max_total_bytes=MAX_TOTAL_UNCOMPRESSED, max_ratio=MAX_RATIO,
)
"""Every part is read through safezip's bounded streams, by our checks and by openpyxl alike."""

OLE2_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK: Final = "EncryptionInfo".encode("utf-16-le")
_FAR_REF = re.compile(rb"\sr=\"([A-Z]{3,4}|[A-Z]{0,2}(?=\d{6}))(\d{1,9})\"")
"""An r attribute (of a row or a cell) with three or more column letters or six or more row digits."""
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s[^>]*?\bref=\"(?:[A-Z]{1,4}\d{1,9}:)?([A-Z]{1,4})(\d{1,9})\"")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\"")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_FORMULA_CELL = re.compile(
    rb"<(?:\w+:)?c\s[^>]*?r=\"([A-Z]+)(\d+)\"[^>]*>(?:(?!</(?:\w+:)?c>).)*?<(?:\w+:)?f[\s>/]", re.S
)


@dataclass(frozen=True, slots=True)
class WorkbookRow:
    """One activity row of the workbook."""

    activity_id: str
    row: int
    values: dict[str, str]
    """Canonical value per editable field the workbook gives; absent: not given."""
    invalid: dict[str, str] = field(default_factory=dict)
    """Field → Dutch message for a value that could not be understood (not applied)."""


@dataclass(frozen=True, slots=True)
class WorkbookContents:
    document_id: str
    exported_at: str
    document_title: str
    rows: dict[str, WorkbookRow]
    base: dict[str, dict[str, str]]
    warnings: tuple[str, ...] = ()
    rows_without_id: tuple[int, ...] = ()
    duplicate_ids: dict[str, tuple[int, ...]] = field(default_factory=dict)


# ---------------------------------------------------------------------------
# validation


def _refuse(message: Message) -> ImportRefused:
    return ImportRefused(message)


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def check_container(path: Path) -> dict[str, _SheetBounds]:
    """Refuse anything that is not a sane, complete, unencrypted .xlsx zip; the bounds of each sheet."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except FileNotFoundError:
        raise _refuse(Message.of("file.missing", name=name)) from None
    except OSError as error:
        raise _refuse(Message.of("file.cannot_read_value", name=name, value=error.strerror or error)) from error
    if size == 0:
        raise _refuse(Message.of("xlsx.file_empty", name=name))
    if size > MAX_FILE_BYTES:
        raise _refuse(
            Message.of("xlsx.file_too_large", name=name, value=size // (1024 * 1024))
        )
    if head.startswith(OLE2_MAGIC):
        data = path.read_bytes()
        if _ENCRYPTED_MARK in data:
            raise _refuse(
                Message.of("xlsx.encrypted", name=name)
            )
        raise _refuse(
            Message.of("xlsx.old_office", name=name)
        )
    if not head.startswith(b"PK"):
        if _looks_like_text(path):
            raise _refuse(
                Message.of("xlsx.text_file", name=name)
            )
        raise _refuse(Message.of("xlsx.not_a_workbook", name=name))
    with open_zip(path, LIMITS) as archive:
        return _check_entries(name, archive)


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as stream:
        sample = stream.read(4096)
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        try:
            sample.decode("cp1252")
        except UnicodeDecodeError:
            return False
    return True


def _check_entries(name: str, archive: SafeZipFile) -> dict[str, _SheetBounds]:
    """The parts of a workbook, every XML part free of DTDs, every sheet within its bounds.

    Entry count, paths, encryption, compression and sizes were checked by
    safezip when the archive was opened; every part is read through its
    bounded streams.
    """
    names = set(archive.namelist())
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise _refuse(
            Message.of("xlsx.parts_missing", name=name)
        )
    sheets = {}
    for info in archive.infolist():
        if info.is_dir():
            continue
        if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
            sheets[info.filename] = _scan_sheet(name, archive, info.filename)
        else:
            archive.scan_xml(info.filename)
    return sheets


@dataclass(slots=True)
class _SheetBounds:
    """What a streaming pass over a sheet saw: rows, the largest cell reference, the declared dimension."""

    rows: int = 0
    """An upper bound of the number of rows."""
    tail: bytes = b""
    data_seen: bool = False


def _scan_sheet(name: str, archive: SafeZipFile, part: str) -> _SheetBounds:
    """Refuse a sheet with too many rows or cells too far out, as early as the bytes tell."""
    bounds = _SheetBounds()

    def observe(chunk: bytes) -> None:
        # C-speed per chunk: counting, and one regex whose only matches are references that could lie too
        # far out (three or more column letters, six or more row digits); a legitimate sheet has almost none
        bounds.rows += chunk.count(b"<row") + chunk.count(b":row")  # an upper bound is enough for the cap
        window = bounds.tail + chunk
        if not bounds.data_seen:  # the dimension comes before the cells
            for match in _DIMENSION.finditer(window):
                _check_declared(name, match.group(1), match.group(2))
            bounds.data_seen = b"sheetData" in window
        far = _FAR_REF.findall(window)
        for letters, digits in sorted(far, key=_naming_order):
            _check_declared(name, letters, digits)
        bounds.tail = window[-64:]
        if bounds.rows > MAX_ROWS + 10:
            raise _refuse(Message.of("xlsx.too_many_rows", name=name, maximum=_thousands(MAX_ROWS)))

    archive.scan_xml(part, observe)
    return bounds


def _naming_order(ref: tuple[bytes, bytes]) -> int:
    """Which far reference to name: a cell beyond the columns (it names the place), then a row, then a cell."""
    letters = ref[0]
    if len(letters) >= 3 and _letters_to_index(letters.decode()) + 1 > MAX_COLUMNS:
        return 0
    return 1 if not letters else 2


def _check_declared(name: str, letters: bytes, digits: bytes) -> None:
    """A dimension a sheet declares, or a cell it has, beyond our bounds: refuse at once, naming the cell."""
    row, column = int(digits), (_letters_to_index(letters.decode()) + 1 if letters else 1)
    if not letters and row > MAX_ROWS:
        raise _refuse(Message.of("xlsx.too_many_rows_until", name=name, maximum=_thousands(MAX_ROWS),
                                 row=_thousands(row)))
    if row > MAX_ROWS or column > MAX_COLUMNS:
        raise _refuse(
            Message.of("xlsx.sheet_too_wide", name=name, decode=letters.decode(), row=row)
        )


# ---------------------------------------------------------------------------
# reading


def _letters_to_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


def _merged_ranges(archive: SafeZipFile, part: str) -> list[tuple[int, int, int, int]]:
    """(first row, first col, last row, last col), 1-based rows, 0-based columns."""
    try:
        data = archive.read(part)
    except KeyError:
        return []
    ranges = []
    for match in _MERGE.finditer(data):
        c1, r1, c2, r2 = (g.decode() if g else None for g in match.groups())
        if c1 is None or r1 is None:
            continue
        ranges.append((int(r1), _letters_to_index(c1), int(r2 or r1), _letters_to_index(c2 or c1)))
    return ranges


def _sheet_parts(archive: SafeZipFile) -> dict[str, str]:
    """Sheet name → zip part, from workbook.xml and its relationships."""
    workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
    try:
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except KeyError:
        return {}
    targets = {
        m.group(1): m.group(2)
        for m in re.finditer(
            r'<(?:\w+:)?Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"', rels
        )
    }
    targets.update(
        {
            m.group(2): m.group(1)
            for m in re.finditer(
                r'<(?:\w+:)?Relationship\b[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"', rels
            )
        }
    )
    parts = {}
    for m in re.finditer(r"<(?:\w+:)?sheet\b([^>]*)/?>", workbook):
        attrs = dict(re.findall(r'([\w:]+)="([^"]*)"', m.group(1)))
        rid = next((v for k, v in attrs.items() if k.endswith(":id")), None)
        sheet_name = attrs.get("name")
        if rid and sheet_name and rid in targets:
            target = targets[rid]
            target = target.lstrip("/") if target.startswith("/") else "xl/" + target
            parts[_unxml(sheet_name)] = target
    return parts


def _unxml(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


@dataclass(frozen=True, slots=True)
class _Book:
    """The openpyxl workbook with the bounds our scan found per sheet."""

    workbook: Any
    bounds: Mapping[str, _SheetBounds]

    @property
    def sheetnames(self) -> list[str]:
        return list(self.workbook.sheetnames)

    def rows(self, sheet: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
        bounds = self.bounds.get(sheet) or _SheetBounds()
        return _rows(self.workbook[sheet], sheet, bounds)


def _rows(worksheet: Any, sheet: str, bounds: _SheetBounds) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Rows as they are, never padded to a declared dimension (the scan refused one that is too large)."""
    del bounds  # the scan has done its part
    worksheet.reset_dimensions()
    for index, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if index > MAX_ROWS:
            raise _refuse(
                Message.of("xlsx.sheet_too_many_rows", sheet=sheet, max_rows=MAX_ROWS)
            )
        yield index, row


def _text(value: Any) -> str:
    """A cell as text, the way a user meant it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return unescape_cell(value)
    if isinstance(value, bool):
        return "WAAR" if value else "ONWAAR"
    if isinstance(value, datetime):
        if value.hour == value.minute == value.second == 0:
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _header_map(
    header: Sequence[Any], known: Sequence[tuple[str, str, bool]], sheet: str
) -> dict[str, int]:
    wanted = {title.casefold(): key for key, title, _ in known}
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        title = _text(cell).strip().casefold()
        key = wanted.get(title)
        if key is None:
            continue
        if key in found:
            raise _refuse(
                Message.of("xlsx.column_twice", text=_text(cell).strip(), sheet=sheet)
            )
        found[key] = index
    return found


_DATE_FORMATS: Final = ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d-%m-%y", "%d.%m.%Y")


def _parse_date(value: Any) -> str:
    """Canonical ISO date; ValueError with a Dutch message when not a date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        from datetime import timedelta

        return (date(1899, 12, 30) + timedelta(days=int(value))).isoformat()
    text = _text(value).strip()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"'{text}' is geen datum (gebruik dd-mm-jjjj)")


_NUMBER_NL = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^[+-]?\d+,\d+$")


def _parse_number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValueError("geen getal")
    if isinstance(value, int | float):
        return canonical_number(value)
    text = _text(value).strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return ""
    if _NUMBER_NL.match(text):
        text = text.replace(".", "").replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"'{_text(value).strip()}' is geen getal") from None
    if not number.is_finite():
        raise ValueError(f"'{_text(value).strip()}' is geen getal")
    return canonical_number(number)


@dataclass(slots=True)
class _Lists:
    statuses: dict[str, str]
    reviews: dict[str, str]


def _read_lists(workbook: Any) -> _Lists:
    statuses: dict[str, str] = {}
    reviews: dict[str, str] = {
        label.casefold(): state.value for state, label in REVIEW_LABELS.items()
    }
    reviews.update({state.value.casefold(): state.value for state in REVIEW_LABELS})
    if SHEET_LISTS in workbook.sheetnames:
        for _, row in workbook.rows(SHEET_LISTS):
            cells = [_text(v).strip() for v in (*row, None, None, None, None)[:4]]
            if cells[0] and cells[1]:
                statuses[cells[0].casefold()] = cells[1]
                statuses[cells[1].casefold()] = cells[1]
            if cells[2] and cells[3] and cells[3].casefold() in reviews:  # the document's own review labels
                reviews[cells[2].casefold()] = cells[3]
    return _Lists(statuses, reviews)


def read_workbook(path: Path | str) -> WorkbookContents:
    """Validate and read an exported workbook. Raises ImportRefused."""
    path = Path(path)
    bounds = check_container(path)
    try:
        with open_zip(path, LIMITS) as archive:
            parts = _sheet_parts(archive)
            merges = {sheet: _merged_ranges(archive, part) for sheet, part in parts.items()}
            formulas = _formula_cells(archive, parts.get(SHEET_ACTIVITIES, ""))
        workbook = _load(path)
    except ImportRefused:
        raise
    except Exception as error:  # openpyxl raises many kinds on damaged files
        raise _refuse(
            Message.of("table.workbook_unreadable", name=path.name)
        ) from error
    sheet_bounds = {sheet: bounds.get(part, _SheetBounds()) for sheet, part in parts.items()}
    try:
        return _read(path.name, _Book(workbook, sheet_bounds), merges, formulas)
    except ImportRefused:
        raise
    except (KeyError, ValueError, TypeError, IndexError, UnicodeError, EOFError, zipfile.BadZipFile, zlib.error, ParseError,
            DefusedXmlException) as error:
        raise _refuse(
            Message.of("table.workbook_unreadable", name=path.name)
        ) from error
    finally:
        workbook.close()


_EMPTY_ZIP: Final = b"PK\x05\x06" + bytes(18)


def _load(path: Path) -> Any:
    """openpyxl's read-only workbook, reading every part through safezip's bounded streams."""
    from openpyxl.reader.excel import ExcelReader

    # an empty zip to construct the reader (its own check wants a name ending in .xlsx; ours is
    # recognised by content), then our bounded archive in its place
    reader = ExcelReader(io.BytesIO(_EMPTY_ZIP), read_only=True, data_only=True, keep_links=False)
    reader.archive.close()
    reader.archive = open_zip(path, LIMITS)
    reader.valid_files = reader.archive.namelist()
    reader.read()
    return reader.wb


def _formula_cells(archive: SafeZipFile, part: str) -> set[tuple[int, int]]:
    """(row, column) of every cell with a formula: a user typed ``=…`` in Excel."""
    try:
        data = archive.read(part)
    except KeyError:
        return set()
    if not _FORMULA.search(data):
        return set()
    cells = set()
    for match in _FORMULA_CELL.finditer(data):
        cells.add((int(match.group(2)), _letters_to_index(match.group(1).decode())))
    return cells


def _read(
    name: str,
    workbook: Any,
    merges: Mapping[str, list[tuple[int, int, int, int]]],
    formulas: set[tuple[int, int]],
) -> WorkbookContents:
    if SHEET_BASE not in workbook.sheetnames:
        raise _refuse(
            Message.of("xlsx.not_from_verantwoording", name=name)
        )
    meta: dict[str, str] = {}
    base: dict[str, dict[str, str]] = {}
    base_columns: dict[str, int] | None = None
    for index, row in workbook.rows(SHEET_BASE):
        cells = [clean_text(_text(v))[0] for v in row]
        if base_columns is None:
            if index < 7 and cells and cells[0] and cells[0] != "id":
                meta[cells[0]] = cells[1] if len(cells) > 1 else ""
            elif cells and cells[0] == "id":
                base_columns = {key: cells.index(key) for key in BASE_HEADER if key in cells}
                if len(base_columns) != len(BASE_HEADER):
                    raise _refuse(
                        Message.of("xlsx.hidden_sheet_damaged", sheet_base=SHEET_BASE, name=name)
                    )
            continue
        if not cells or not cells[0]:
            continue
        padded = cells + [""] * (len(BASE_HEADER) - len(cells))
        base[padded[base_columns["id"]]] = {
            key: padded[col] for key, col in base_columns.items() if key != "id"
        }
    if meta.get("formaat") != FORMAT_VERSION:
        raise _refuse(Message.of("xlsx.other_version", name=name,
                                 version=meta.get("formaat") or Message.of("xlsx.version_unknown")))
    if base_columns is None or not meta.get("document_id"):
        raise _refuse(Message.of("xlsx.hidden_sheet_damaged", sheet_base=SHEET_BASE, name=name))

    if SHEET_ACTIVITIES not in workbook.sheetnames:
        raise _refuse(Message.of("xlsx.activities_sheet_missing", sheet_activities=SHEET_ACTIVITIES, name=name))
    lists = _read_lists(workbook)
    warnings: list[str] = []
    rows, without_id, duplicates = _read_activities(
        workbook, lists, merges.get(SHEET_ACTIVITIES, []), formulas, warnings
    )
    if SHEET_KEY_FIGURES in workbook.sheetnames:
        _read_key_figures(workbook, rows, base, merges.get(SHEET_KEY_FIGURES, []), warnings)
    else:
        warnings.append(
            f"Het werkblad '{SHEET_KEY_FIGURES}' ontbreekt: kengetallen worden niet gewijzigd."
        )
    return WorkbookContents(
        document_id=meta["document_id"],
        exported_at=meta.get("geexporteerd_op", ""),
        document_title=meta.get("document", ""),
        rows=rows,
        base=base,
        warnings=tuple(warnings),
        rows_without_id=tuple(without_id),
        duplicate_ids=duplicates,
    )


def _covered(merges: Sequence[tuple[int, int, int, int]]) -> dict[tuple[int, int], str]:
    """Cells under a merged range (all but its top-left cell) → the range, for messages."""
    covered: dict[tuple[int, int], str] = {}
    for r1, c1, r2, c2 in merges:
        if (r2 - r1 + 1) * (c2 - c1 + 1) > 1_000_000:
            raise _refuse(
                Message.of("xlsx.merged_range_too_large")
            )
        label = f"{_letter(c1)}{r1}:{_letter(c2)}{r2}"
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered[(r, c)] = label
    return covered


def _letter(index: int) -> str:
    from .xlsx_export import column_letter

    return column_letter(index)


def _read_activities(
    workbook: Any,
    lists: _Lists,
    merges: Sequence[tuple[int, int, int, int]],
    formulas: set[tuple[int, int]],
    warnings: list[str],
) -> tuple[dict[str, WorkbookRow], list[int], dict[str, tuple[int, ...]]]:
    covered = _covered(merges)
    reported_merges: set[str] = set()
    columns: dict[str, int] | None = None
    rows: dict[str, WorkbookRow] = {}
    seen: dict[str, list[int]] = {}
    without_id: list[int] = []
    for index, row in workbook.rows(SHEET_ACTIVITIES):
        if columns is None:
            columns = _header_map(row, ACTIVITY_COLUMNS, SHEET_ACTIVITIES)
            if "id" not in columns:
                raise _refuse(
                    Message.of("xlsx.id_column_missing", sheet_activities=SHEET_ACTIVITIES)
                )
            continue
        cells = list(row)
        activity_id = _text(cells[columns["id"]] if columns["id"] < len(cells) else None).strip()
        if not activity_id:
            if any(_text(v).strip() for v in cells):
                without_id.append(index)
            continue
        seen.setdefault(activity_id, []).append(index)
        values: dict[str, str] = {}
        invalid: dict[str, str] = {}
        for key in EDITABLE_FIELDS:
            col = columns.get(key)
            if col is None:
                continue
            if (index, col) in covered:
                label = covered[(index, col)]
                if label not in reported_merges:
                    reported_merges.add(label)
                    warnings.append(
                        f"Samengevoegde cellen {label} in '{SHEET_ACTIVITIES}': alleen de eerste cel telt; de "
                        "andere cellen worden als 'niet ingevuld' behandeld en wijzigen niets."
                    )
                continue
            raw = cells[col] if col < len(cells) else None
            if raw is None and (index, col) in formulas:
                invalid[key] = "een formule zonder berekende waarde; typ de waarde zelf in"
                continue
            try:
                values[key] = _checked(key, _canonical(key, raw, lists), f"{_letter(col)}{index}", warnings)
            except ValueError as error:
                invalid[key] = str(error)
        rows[activity_id] = WorkbookRow(activity_id, index, values, invalid)
    if columns is None:
        raise _refuse(Message.of("xlsx.activities_sheet_empty", sheet_activities=SHEET_ACTIVITIES))
    duplicates = {key: tuple(lines) for key, lines in seen.items() if len(lines) > 1}
    for key in duplicates:
        rows.pop(key, None)
    return rows, without_id, duplicates


def _checked(key: str, value: str, cell: str, warnings: list[str]) -> str:
    """The field rules of every door (domain.limits), naming the cell: too long or unstorable is refused."""
    if has_unencodable(value):
        raise ValueError(
            f"cel {cell} bevat een teken dat niet kan worden opgeslagen (bijvoorbeeld een losse surrogaat als "
            "_xD800_)"
        )
    reason = too_long(key, value)
    if reason is not None:
        raise ValueError(f"cel {cell}: {reason}; maak de tekst korter")
    cleaned, removed = clean_text(value)
    if removed:
        warnings.append(f"Cel {cell} in '{SHEET_ACTIVITIES}': {removed} stuurteken(s) verwijderd.")
    return cleaned


def _figure_text(value: Any, field: str) -> str:
    text = _text(value)
    if has_unencodable(text):
        raise ValueError("een teken dat niet kan worden opgeslagen (bijvoorbeeld _xD800_)")
    reason = too_long(field, text)
    if reason is not None:
        raise ValueError(reason)
    return clean_text(text)[0]


def _canonical(key: str, raw: Any, lists: _Lists) -> str:
    if key == "deadline":
        return _parse_date(raw)
    text = _text(raw)
    if key == "status":
        label = text.strip()
        if not label:
            return ""
        found = lists.statuses.get(label.casefold())
        if found is None:
            raise ValueError(f"onbekende status '{label}'")
        return found
    if key == "review_state":
        label = text.strip()
        if not label:
            return ""
        found = lists.reviews.get(label.casefold())
        if found is None:
            raise ValueError(f"onbekende reviewstatus '{label}'")
        return found
    return text


def _read_key_figures(
    workbook: Any,
    rows: dict[str, WorkbookRow],
    base: Mapping[str, Mapping[str, str]],
    merges: Sequence[tuple[int, int, int, int]],
    warnings: list[str],
) -> None:
    covered = _covered(merges)
    columns: dict[str, int] | None = None
    figures: dict[str, list[list[str]]] = {}
    invalid: dict[str, str] = {}
    unknown: set[str] = set()
    for index, row in workbook.rows(SHEET_KEY_FIGURES):
        if columns is None:
            columns = _header_map(row, KEY_FIGURE_COLUMNS, SHEET_KEY_FIGURES)
            if "activity_id" not in columns:
                warnings.append(
                    f"De kolom 'Activiteit-ID' ontbreekt in '{SHEET_KEY_FIGURES}': kengetallen worden niet gewijzigd."
                )
                return
            continue
        cells = list(row)

        def cell(
            key: str, cells: list[Any] = cells, index: int = index, found: dict[str, int] = columns
        ) -> Any:
            col = found.get(key)
            if col is None or col >= len(cells):
                return None
            if (index, col) in covered:
                raise ValueError(f"samengevoegde cellen ({covered[(index, col)]})")
            return cells[col]

        try:
            activity_id = _text(cell("activity_id")).strip()
        except ValueError:
            activity_id = ""
        if not activity_id:
            continue
        if activity_id not in rows or activity_id not in base:
            unknown.add(activity_id)
            continue
        try:
            figure = [
                _text(cell("id")).strip(),
                _figure_text(cell("label"), "label"),
                _figure_text(cell("unit"), "unit"),
                _parse_number(cell("baseline")),
                _parse_number(cell("target")),
                _parse_number(cell("realised")),
                _figure_text(cell("source"), "source"),
            ]
        except ValueError as error:
            invalid[activity_id] = f"rij {index}: {error}"
            continue
        if not any(figure[1:]):
            continue  # an emptied row: the figure is removed (shown as a deletion)
        figures.setdefault(activity_id, []).append(figure)
    if unknown:
        warnings.append(
            f"{count(len(unknown), 'kengetal-rij')} "
            f"{'verwijst' if len(unknown) == 1 else 'verwijzen'} naar een onbekende activiteit en "
            f"{'wordt' if len(unknown) == 1 else 'worden'} genegeerd."
        )
    for activity_id, workbook_row in rows.items():
        if activity_id not in base:
            continue
        if activity_id in invalid:
            workbook_row.invalid[KEY_FIGURES_FIELD] = invalid[activity_id]
            continue
        workbook_row.values[KEY_FIGURES_FIELD] = key_figures_value(figures.get(activity_id, []))


def key_figures_from_value(value: str) -> list[list[str]]:
    """The rows of a canonical key-figures value (see ``xlsx_export.key_figures_value``)."""
    if not value:
        return []
    data = json.loads(value)
    if not isinstance(data, list):
        raise ValueError("key figures must be a list")
    return [[str(item) for item in row] for row in data]
