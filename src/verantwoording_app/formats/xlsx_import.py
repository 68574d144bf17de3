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

import json
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final

from ..domain.errors import ImportRefused
from ..domain.model import REVIEW_LABELS
from ..domain.wording import count
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

MAX_FILE_BYTES: Final = 200 * 1024 * 1024
MAX_ENTRIES: Final = 2_000
MAX_TOTAL_UNCOMPRESSED: Final = 1024 * 1024 * 1024
MAX_RATIO: Final = 200
"""Uncompressed/compressed per part (over 1 MB): real sheets stay far below."""
MAX_ROWS: Final = 100_000
"""Rows per sheet; the largest document we know has a few thousand activities."""

OLE2_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK: Final = "EncryptionInfo".encode("utf-16-le")
_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
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


def _refuse(message: str) -> ImportRefused:
    return ImportRefused(message)


def check_container(path: Path) -> None:
    """Refuse anything that is not a sane, complete, unencrypted .xlsx zip."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except FileNotFoundError:
        raise _refuse(f"Het bestand '{name}' bestaat niet.") from None
    except OSError as error:
        raise _refuse(f"Kan '{name}' niet lezen: {error.strerror or error}.") from error
    if size == 0:
        raise _refuse(f"Het bestand '{name}' is leeg.")
    if size > MAX_FILE_BYTES:
        raise _refuse(
            f"Het bestand '{name}' is te groot ({size // (1024 * 1024)} MB) voor een overzichtswerkmap."
        )
    if head.startswith(OLE2_MAGIC):
        data = path.read_bytes()
        if _ENCRYPTED_MARK in data:
            raise _refuse(
                f"De werkmap '{name}' is met een wachtwoord beveiligd (versleuteld) en kan niet worden gelezen. "
                "Open hem in Excel, verwijder het wachtwoord (Bestand › Info › Werkmap beveiligen) en sla hem "
                "opnieuw op."
            )
        raise _refuse(
            f"'{name}' is een oud Excel-bestand (.xls) of een ander Office-bestand, geen .xlsx-werkmap. "
            "Open het in Excel en kies Opslaan als › Excel-werkmap (.xlsx)."
        )
    if not head.startswith(b"PK"):
        if _looks_like_text(path):
            raise _refuse(
                f"'{name}' is een tekstbestand (bijvoorbeeld CSV), geen Excel-werkmap. Alleen een werkmap die "
                "met Exporteren › Excel is gemaakt en als .xlsx is opgeslagen, kan worden teruggelezen."
            )
        raise _refuse(f"'{name}' is geen Excel-werkmap (.xlsx).")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise _refuse(
            f"De werkmap '{name}' is beschadigd of onvolledig (bijvoorbeeld een afgebroken download of "
            "kopie) en kan niet worden gelezen."
        ) from error
    with archive:
        _check_entries(name, archive)


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


def _check_entries(name: str, archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _refuse(
            f"De werkmap '{name}' bevat verdacht veel onderdelen ({len(infos)}) en wordt niet gelezen."
        )
    names = {info.filename for info in infos}
    for entry in names:
        parts = entry.replace("\\", "/").split("/")
        if entry.startswith(("/", "\\")) or ".." in parts or (len(entry) > 1 and entry[1] == ":"):
            raise _refuse(
                f"De werkmap '{name}' bevat een onderdeel met een verdacht pad ('{entry[:60]}') en wordt niet "
                "gelezen."
            )
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise _refuse(
            f"'{name}' is geen Excel-werkmap (.xlsx): de onderdelen van een werkmap ontbreken."
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise _refuse(f"De werkmap '{name}' is versleuteld en kan niet worden gelezen.")
        total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise _refuse(
                f"De werkmap '{name}' wordt uitgepakt groter dan {MAX_TOTAL_UNCOMPRESSED // (1024 * 1024)} MB "
                "(mogelijk een 'zip-bom') en wordt niet gelezen."
            )
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(
                f"De werkmap '{name}' is verdacht sterk gecomprimeerd (mogelijk een 'zip-bom') en wordt niet gelezen."
            )
    for info in infos:
        if info.filename.endswith((".xml", ".rels", ".vml")) or info.filename.startswith(
            "xl/worksheets/"
        ):
            _scan_part(name, archive, info)


def _scan_part(name: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Stream the part once: refuse DTDs/entities and sheets with too many rows."""
    rows = 0
    tail = b""
    read = 0
    is_sheet = info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(1 << 20):
                read += len(chunk)
                if read > info.file_size:
                    raise _refuse(
                        f"De werkmap '{name}' is beschadigd (onderdelen groter dan opgegeven)."
                    )
                window = tail + chunk
                if _DTD.search(window):
                    raise _refuse(
                        f"De werkmap '{name}' bevat XML-declaraties (DTD/ENTITY) die een werkmap niet nodig "
                        "heeft en die misbruikt kunnen worden; het bestand wordt niet gelezen."
                    )
                if is_sheet:
                    rows += len(
                        _ROW_TAG.findall(chunk)
                    )  # a tag cut by a chunk edge is caught later
                    if rows > MAX_ROWS + 10:
                        raise _refuse(
                            f"Een werkblad in '{name}' heeft meer dan {MAX_ROWS:,} rijen; dat is geen "
                            "overzichtswerkmap van Verantwoording.".replace(",", ".")
                        )
                tail = window[-16:]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, zlib.error) as error:
        if isinstance(error, ImportRefused):
            raise
        raise _refuse(f"De werkmap '{name}' is beschadigd en kan niet worden gelezen.") from error


# ---------------------------------------------------------------------------
# reading


def _letters_to_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


def _merged_ranges(archive: zipfile.ZipFile, part: str) -> list[tuple[int, int, int, int]]:
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


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
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


def _rows(worksheet: Any, sheet: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
    for index, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if index > MAX_ROWS:
            raise _refuse(
                f"Het werkblad '{sheet}' heeft meer dan {MAX_ROWS} rijen en wordt niet gelezen."
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
                f"De kolom '{_text(cell).strip()}' komt twee keer voor in het werkblad '{sheet}'. "
                "Verwijder of hernoem een van beide en probeer het opnieuw."
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
        for _, row in _rows(workbook[SHEET_LISTS], SHEET_LISTS):
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
    check_container(path)
    try:
        from openpyxl import load_workbook

        with zipfile.ZipFile(path) as archive:
            parts = _sheet_parts(archive)
            merges = {sheet: _merged_ranges(archive, part) for sheet, part in parts.items()}
            formulas = _formula_cells(archive, parts.get(SHEET_ACTIVITIES, ""))
        # a stream, not the path: openpyxl refuses names not ending in .xlsx, and ours is recognised by content
        stream = path.open("rb")
        try:
            workbook = load_workbook(stream, read_only=True, data_only=True, keep_links=False)
        except BaseException:
            stream.close()
            raise
    except ImportRefused:
        raise
    except Exception as error:  # openpyxl raises many kinds on damaged files
        raise _refuse(
            f"De werkmap '{path.name}' kan niet worden gelezen: ze is beschadigd of geen geldige .xlsx."
        ) from error
    try:
        return _read(path.name, workbook, merges, formulas)
    except ImportRefused:
        raise
    except (KeyError, ValueError, TypeError, IndexError, EOFError, zipfile.BadZipFile, zlib.error) as error:
        # damaged compressed data shows up only while openpyxl streams the rows
        raise _refuse(
            f"De werkmap '{path.name}' kan niet worden gelezen: ze is beschadigd of geen geldige .xlsx."
        ) from error
    finally:
        workbook.close()
        stream.close()


def _formula_cells(archive: zipfile.ZipFile, part: str) -> set[tuple[int, int]]:
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
            f"'{name}' is niet met Verantwoording gemaakt of het verborgen werkblad met de exportgegevens is "
            "verwijderd. Alleen een werkmap uit Exporteren › Excel kan worden teruggelezen."
        )
    meta: dict[str, str] = {}
    base: dict[str, dict[str, str]] = {}
    base_columns: dict[str, int] | None = None
    for index, row in _rows(workbook[SHEET_BASE], SHEET_BASE):
        cells = [_text(v) for v in row]
        if base_columns is None:
            if index < 7 and cells and cells[0] and cells[0] != "id":
                meta[cells[0]] = cells[1] if len(cells) > 1 else ""
            elif cells and cells[0] == "id":
                base_columns = {key: cells.index(key) for key in BASE_HEADER if key in cells}
                if len(base_columns) != len(BASE_HEADER):
                    raise _refuse(
                        f"Het verborgen werkblad '{SHEET_BASE}' in '{name}' is beschadigd."
                    )
            continue
        if not cells or not cells[0]:
            continue
        padded = cells + [""] * (len(BASE_HEADER) - len(cells))
        base[padded[base_columns["id"]]] = {
            key: padded[col] for key, col in base_columns.items() if key != "id"
        }
    if meta.get("formaat") != FORMAT_VERSION:
        raise _refuse(
            f"'{name}' is gemaakt met een andere versie van Verantwoording ({meta.get('formaat') or 'onbekend'}) "
            "en kan niet worden teruggelezen. Maak een nieuwe export."
        )
    if base_columns is None or not meta.get("document_id"):
        raise _refuse(f"Het verborgen werkblad '{SHEET_BASE}' in '{name}' is beschadigd.")

    if SHEET_ACTIVITIES not in workbook.sheetnames:
        raise _refuse(f"Het werkblad '{SHEET_ACTIVITIES}' ontbreekt in '{name}'.")
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
                "De werkmap bevat een onredelijk groot samengevoegd celbereik en wordt niet gelezen."
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
    for index, row in _rows(workbook[SHEET_ACTIVITIES], SHEET_ACTIVITIES):
        if columns is None:
            columns = _header_map(row, ACTIVITY_COLUMNS, SHEET_ACTIVITIES)
            if "id" not in columns:
                raise _refuse(
                    f"De kolom 'ID' ontbreekt in het werkblad '{SHEET_ACTIVITIES}'; zonder ID kan geen rij aan "
                    "een activiteit worden gekoppeld."
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
                values[key] = _canonical(key, raw, lists)
            except ValueError as error:
                invalid[key] = str(error)
        rows[activity_id] = WorkbookRow(activity_id, index, values, invalid)
    if columns is None:
        raise _refuse(f"Het werkblad '{SHEET_ACTIVITIES}' is leeg.")
    duplicates = {key: tuple(lines) for key, lines in seen.items() if len(lines) > 1}
    for key in duplicates:
        rows.pop(key, None)
    return rows, without_id, duplicates


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
    for index, row in _rows(workbook[SHEET_KEY_FIGURES], SHEET_KEY_FIGURES):
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
                _text(cell("label")),
                _text(cell("unit")),
                _parse_number(cell("baseline")),
                _parse_number(cell("target")),
                _parse_number(cell("realised")),
                _text(cell("source")),
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
