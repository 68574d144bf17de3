"""The coordinator's Excel workbook (.xlsx), written in one streaming pass.

Sheets: Activiteiten (one row per activity), Kengetallen, Voortgang (counts per
status with a native bar chart), Toelichting, and two hidden sheets: ``_basis``
(very hidden: the export-time value of every editable field per activity id, the
document id and the export time — the base of the three-way merge on re-import)
and ``_lijsten`` (the labels behind the drop-down lists).

The sheet XML and the zip container are written here directly (no openpyxl):
fast, small in memory, and fully under our control:

- every text is an inline string cell (``t="inlineStr"``): a text starting with
  ``=``, ``+``, ``-``, ``@``, a tab or a CR stays text; no ``<f>`` element is written
  anywhere (the chart carries literal values, not cell references);
- characters XML cannot hold (control characters, U+FFFE/U+FFFF, lone
  surrogates) are replaced by U+FFFD and reported; CR is written as Excel's
  ``_x000D_`` and a literal ``_xHHHH_`` is escaped as ``_x005F_xHHHH_``;
- a text longer than Excel's cell limit (32,767 UTF-16 units) refuses the export
  with a message naming the activities (never a silently cut text: the merge
  base would be wrong and the next import would cut the database text too);
- the file is written atomically; an open file in Excel gives ExportFailed.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, Final
from xml.sax.saxutils import escape as _xml_escape_attr

from ..domain.blocktext import BlockText, render_plain
from ..domain.completeness import completeness
from ..domain.errors import ExportFailed
from ..domain.limits import MAX_FIELD_CHARS
from ..domain.messages import Message
from ..domain.model import REVIEW_LABELS, Activiteit, Document, Kengetal, ReviewState
from ..domain.selection import Selection, select
from ..domain.status import StatusOption
from .atomic import atomic_write

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

FINDINGS_HEADER: Final = "Controle"
"""Optional read-only column: the number of open P&C findings (issue 16)."""

# Activiteiten: (field key, header, editable)
ACTIVITY_COLUMNS: Final = (
    ("id", "ID", False),
    ("code", "Code", False),
    ("programme", "Programma", False),
    ("programme_name", "Programmanaam", False),
    ("goal", "Hoofddoel", False),
    ("number", "Nr", False),
    ("title", "Titel", True),
    ("owner", "Eigenaar", True),
    ("portfolio_holder", "Portefeuillehouder", True),
    ("deadline", "Deadline", True),
    ("status", "Status", True),
    ("review_state", "Reviewstatus", True),
    ("words_plan", "Woorden plan", False),
    ("words_realisation", "Woorden realisatie", False),
    ("updated", "Laatst gewijzigd", False),
    ("updated_by", "Gewijzigd door", False),
    ("complete", "Compleet", False),
    ("plan", "Plantekst", True),
    ("realisation", "Realisatietekst", True),
)
KEY_FIGURE_COLUMNS: Final = (
    ("activity_id", "Activiteit-ID", False),
    ("id", "Kengetal-ID", False),
    ("activity", "Activiteit", False),
    ("label", "Omschrijving", True),
    ("unit", "Eenheid", True),
    ("baseline", "Nulmeting", True),
    ("target", "Streefwaarde", True),
    ("realised", "Realisatie", True),
    ("source", "Bron", True),
)

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


def _xml(text: str) -> str:
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


def _attr(text: str) -> str:
    return _xml_escape_attr(text, {'"': "&quot;"})


def column_letter(index: int) -> str:
    """0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _colour(hex_colour: str) -> str:
    text = hex_colour.lstrip("#").upper()
    return "FF" + text if re.fullmatch(r"[0-9A-F]{6}", text) else "FF808080"


def _font_colour_for(hex_colour: str) -> str:
    text = hex_colour.lstrip("#")
    try:
        r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return "FF000000"
    return "FF000000" if 0.299 * r + 0.587 * g + 0.114 * b > 160 else "FFFFFFFF"


# style ids (cellXfs index)
S_DEFAULT, S_HEADER, S_TOP, S_WRAP, S_DATE, S_PERCENT, S_TITLE, S_NOTE, S_NUMBER = range(9)
# the same, open to typing on a protected sheet (locked="0"), and a date with time
S_DATETIME, S_OPEN_TOP, S_OPEN_WRAP, S_OPEN_DATE, S_OPEN_NUMBER, S_OPEN = range(9, 15)
_STYLE_COUNT = 15
_DXF_LATE, _DXF_COMPLETE, _DXF_INCOMPLETE = range(3)
"""Differential formats after the status colours: overdue deadline, complete, not complete."""
_EXTRA_DXFS: Final = (
    '<dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid">'
    '<fgColor rgb="FFFFC7CE"/><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>'
    '<dxf><font><color rgb="FF006100"/></font><fill><patternFill patternType="solid">'
    '<fgColor rgb="FFC6EFCE"/><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf>'
    '<dxf><font><color rgb="FF9C5700"/></font><fill><patternFill patternType="solid">'
    '<fgColor rgb="FFFFEB9C"/><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf>'
)


_UNLOCKED: Final = '<protection locked="0"/></xf>'
_OPEN_XFS: Final = (
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyProtection="1">'
    '<alignment vertical="top"/>' + _UNLOCKED
    + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyProtection="1">'
    '<alignment vertical="top" wrapText="1"/>' + _UNLOCKED
    + '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1" '
    'applyProtection="1"><alignment vertical="top" horizontal="left"/>' + _UNLOCKED
    + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyProtection="1">'
    '<alignment vertical="top"/>' + _UNLOCKED
    + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1">' + _UNLOCKED
)


def _styles_xml(dxf_colours: Sequence[str]) -> str:
    dxfs = "".join(
        f'<dxf><font><color rgb="{_font_colour_for(c)}"/></font>'
        f'<fill><patternFill patternType="solid"><fgColor rgb="{_colour(c)}"/>'
        f'<bgColor rgb="{_colour(c)}"/></patternFill></fill></dxf>'
        for c in dxf_colours
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/>'
        '<numFmt numFmtId="165" formatCode="dd\\-mm\\-yyyy\\ hh:mm"/></numFmts>'
        '<fonts count="3">'
        '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
        '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
        '<font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
        "</fonts>"
        '<fills count="3"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill>'
        '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>'
        "</fills>"
        '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>'
        "</borders>"
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{_STYLE_COUNT}">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" '
        'applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        '<alignment vertical="top"/></xf>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        '<alignment vertical="top" wrapText="1"/></xf>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" '
        'applyAlignment="1"><alignment vertical="top"/></xf>'
        '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        '<alignment wrapText="1" vertical="top"/></xf>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        '<alignment vertical="top"/></xf>'
        '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" '
        'applyAlignment="1"><alignment vertical="top" horizontal="left"/></xf>'
        + _OPEN_XFS
        + "</cellXfs>"
        '<cellStyles count="1"><cellStyle name="Standaard" xfId="0" builtinId="0"/></cellStyles>'
        f'<dxfs count="{len(dxf_colours) + 3}">{dxfs}{_EXTRA_DXFS}</dxfs>'
        "</styleSheet>"
    )


# ---------------------------------------------------------------------------
# the zip container: entries compressed as they are written


class _Entry:
    __slots__ = ("compressed", "crc", "name", "offset", "size")

    def __init__(self, name: str) -> None:
        self.name = name
        self.crc = 0
        self.size = 0
        self.compressed = 0
        self.offset = 0


_DOS_TIME: Final = (0, (1 << 5) | 1)  # 1980-01-01 00:00: reproducible files


class _ZipWriter:
    """A minimal deflate zip writer that can stream one entry to the file while others
    are compressed into memory (the three row sheets are produced in one pass)."""

    def __init__(self, stream: BinaryIO, level: int) -> None:
        self._stream = stream
        self._level = level
        self._entries: list[_Entry] = []
        self._position = 0

    def _write(self, data: bytes) -> None:
        self._stream.write(data)
        self._position += len(data)

    def _local_header(self, entry: _Entry) -> bytes:
        name = entry.name.encode("ascii")
        return (
            struct.pack(
                "<IHHHHHIIIHH",
                0x04034B50,
                20,
                0,
                8,
                *_DOS_TIME,
                entry.crc,
                entry.compressed,
                entry.size,
                len(name),
                0,
            )
            + name
        )

    def add(self, name: str, text: str) -> None:
        data = text.encode("utf-8")
        entry = _Entry(name)
        entry.crc = zlib.crc32(data)
        entry.size = len(data)
        compressor = zlib.compressobj(self._level, zlib.DEFLATED, -15)
        body = compressor.compress(data) + compressor.flush()
        entry.compressed = len(body)
        self._append(entry, [body])

    def _append(self, entry: _Entry, chunks: Iterable[bytes]) -> None:
        self._check_sizes(entry)
        entry.offset = self._position
        self._write(self._local_header(entry))
        for chunk in chunks:
            self._write(chunk)
        self._entries.append(entry)

    @staticmethod
    def _check_sizes(entry: _Entry) -> None:
        if entry.size >= 0xFFFFFFFF or entry.compressed >= 0xFFFFFFFF:
            raise ExportFailed(
                Message.of("xlsx.too_large")
            )

    def streaming(self, name: str) -> _StreamPart:
        entry = _Entry(name)
        entry.offset = self._position
        self._write(self._local_header(entry))
        return _StreamPart(self, entry)

    def finish_streaming(self, entry: _Entry) -> None:
        self._check_sizes(entry)
        end = self._position
        self._stream.seek(entry.offset)
        self._stream.write(self._local_header(entry))
        self._stream.seek(end)
        self._entries.append(entry)

    def buffered(self, name: str) -> _BufferPart:
        return _BufferPart(self, _Entry(name))

    def close(self) -> None:
        if self._position >= 0xFFFFFFFF:
            raise ExportFailed(
                Message.of("xlsx.too_large")
            )
        start = self._position
        for entry in self._entries:
            name = entry.name.encode("ascii")
            self._write(
                struct.pack(
                    "<IHHHHHHIIIHHHHHII",
                    0x02014B50,
                    20,
                    20,
                    0,
                    8,
                    *_DOS_TIME,
                    entry.crc,
                    entry.compressed,
                    entry.size,
                    len(name),
                    0,
                    0,
                    0,
                    0,
                    0,
                    entry.offset,
                )
                + name
            )
        size = self._position - start
        count = len(self._entries)
        self._write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, start, 0))


class _Part:
    """Text written in pieces, encoded and compressed in chunks of ~256 KB."""

    _FLUSH_AT: Final = 1 << 18

    def __init__(self, writer: _ZipWriter, entry: _Entry) -> None:
        self._writer = writer
        self.entry = entry
        self._compressor = zlib.compressobj(writer._level, zlib.DEFLATED, -15)
        self._pieces: list[str] = []
        self._pending = 0

    def write(self, text: str) -> None:
        self._pieces.append(text)
        self._pending += len(text)
        if self._pending > self._FLUSH_AT:
            self._flush()

    def _flush(self) -> None:
        data = "".join(self._pieces).encode("utf-8")
        self._pieces.clear()
        self._pending = 0
        self.entry.crc = zlib.crc32(data, self.entry.crc)
        self.entry.size += len(data)
        out = self._compressor.compress(data)
        if out:
            self._emit(out)

    def close(self) -> None:
        self._flush()
        self._emit(self._compressor.flush())
        self._done()

    def _emit(self, data: bytes) -> None:
        raise NotImplementedError

    def _done(self) -> None:
        raise NotImplementedError


class _StreamPart(_Part):
    def _emit(self, data: bytes) -> None:
        self.entry.compressed += len(data)
        self._writer._write(data)

    def _done(self) -> None:
        self._writer.finish_streaming(self.entry)


class _BufferPart(_Part):
    def __init__(self, writer: _ZipWriter, entry: _Entry) -> None:
        super().__init__(writer, entry)
        self._chunks: list[bytes] = []

    def _emit(self, data: bytes) -> None:
        self.entry.compressed += len(data)
        self._chunks.append(data)

    def _done(self) -> None:
        pass

    def commit(self) -> None:
        """Write the compressed entry into the zip (after the streaming part is done)."""
        self._writer._append(self.entry, self._chunks)
        self._chunks = []


# ---------------------------------------------------------------------------
# rows


class _Sheet:
    """Row and cell writing for one sheet part."""

    def __init__(self, part: _Part, columns: int) -> None:
        self.part = part
        self.letters = [column_letter(i) for i in range(max(columns, 1))]
        self.row = 0

    def text_row(self, cells: Sequence[tuple[str, int] | None], height: int = 0) -> None:
        """A row of pre-escaped texts ``(xml, style)``; None leaves a cell out; ``height`` in points."""
        self.row += 1
        row = self.row
        out = [f'<row r="{row}" ht="{height}" customHeight="1">' if height else f'<row r="{row}">']
        for index, cell in enumerate(cells):
            if cell is None:
                continue
            text, style = cell
            out.append(
                f'<c r="{self.letters[index]}{row}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
                f"{text}</t></is></c>"
            )
        out.append("</row>")
        self.part.write("".join(out))


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    activities: int
    key_figures: int
    warnings: tuple[str, ...] = ()


@dataclass(slots=True)
class _Counts:
    label: str
    programme: str
    total: int = 0
    complete: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    without_status: int = 0


def _selection_text(selection: Selection | None) -> str:
    if selection is None or selection.is_everything:
        return "alle activiteiten"
    parts = []
    if selection.programme is not None:
        parts.append(f"programma {selection.programme}")
    if selection.goal is not None:
        parts.append(f"hoofddoel {selection.goal}")
    if selection.activity is not None:
        parts.append(f"activiteit {selection.activity}")
    if selection.statuses:
        parts.append("status " + ", ".join(sorted(selection.statuses)))
    if selection.owners:
        parts.append("eigenaar " + ", ".join(sorted(selection.owners)))
    return "; ".join(parts)


_HIDDEN: Final = ' hidden="1"'


def _sheet_xml_head(
    *,
    columns: Sequence[float],
    freeze: bool,
    selected: bool = False,
    hidden_grid: bool = False,
    last_ref: str = "A1",
    printed: bool = True,
    col_style: int | None = None,
    hidden_columns: frozenset[int] = frozenset(),
) -> str:
    """The sheet's XML up to ``<sheetData>``; ``printed`` sheets fit one page wide (see ``_page_setup``),
    ``col_style`` is the style of cells not written (open to typing on a protected sheet)."""
    style = f' style="{col_style}"' if col_style is not None else ""
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{width:.2f}"{style}'
        f'{_HIDDEN if i - 1 in hidden_columns else ""} customWidth="1"/>'
        for i, width in enumerate(columns, 1)
    )
    pane = (
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
        if freeze
        else ""
    )
    view_attrs = (' tabSelected="1"' if selected else "") + (
        ' showGridLines="0"' if hidden_grid else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        + ('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' if printed else "")
        + f'<dimension ref="A1:{last_ref}"/>'
        f'<sheetViews><sheetView{view_attrs} workbookViewId="0">{pane}</sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>'
        + (f"<cols>{cols}</cols>" if cols else "")
        + "<sheetData>"
    )


_PAGE: Final = (
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
)
_PROTECTION: Final = (
    '<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" '
    'formatRows="0" insertRows="0" sort="0" autoFilter="0"/>'
)
"""Locked cells (ids, codes, baselines, counts) cannot be typed over; no password: a guard, not a lock."""


def _page_setup(title: str) -> str:
    """Landscape A4, one page wide, as many pages down as needed; header with the document's title,
    footer with the sheet name and "Pagina X van Y" (the header row repeats: ``_xlnm.Print_Titles``)."""
    header = _xml(sanitise(title)[0].replace("&", "&&"))
    return (
        '<printOptions gridLines="0"/>'
        '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
        f'<headerFooter><oddHeader>&amp;L&amp;B{header}</oddHeader>'
        "<oddFooter>&amp;L&amp;A&amp;RPagina &amp;P van &amp;N</oddFooter></headerFooter>"
    )


_COLUMN: Final = {key: index for index, (key, _, _) in enumerate(ACTIVITY_COLUMNS)}


def _lines(text: str, width: float) -> int:
    """Lines a wrapped cell of ``width`` (Excel character units) needs for ``text``; the row height."""
    if not text:
        return 1
    per_line = max(1, int(width * 1.15))
    return sum(-(-len(line) // per_line) or 1 for line in text.split("\n"))


def _width(length: int, minimum: float = 6, maximum: float = 60) -> float:
    return float(min(max(length * 1.1 + 2, minimum), maximum))


class _LongTexts:
    def __init__(self) -> None:
        self.items: list[str] = []

    def check(self, text: str, code: str, title: str, what: str) -> None:
        if len(text) > CELL_LIMIT // 2 and excel_length(text) > CELL_LIMIT:
            length = f"{excel_length(text):,}".replace(",", ".")
            self.items.append(f"{code} {title[:60]}: {what} ({length} tekens)")


def write_workbook(
    document: Document,
    stream: BinaryIO,
    *,
    exported_at: datetime | None = None,
    selection_text: str = "alle activiteiten",
    compression: int = 1,
    changed_since: tuple[str, Mapping[str, str]] | None = None,
    previous_year: tuple[str, Mapping[str, str]] | None = None,
    findings: Mapping[str, int] | None = None,
) -> tuple[str, ...]:
    """Write the workbook of ``document`` (already pruned) into a seekable binary stream.

    ``changed_since`` adds a last, read-only column "Gewijzigd sinds <snapshot>" with,
    per activity id, what changed since that snapshot; ``previous_year`` a column
    (header, per activity id a text) with what its line said last year. ``findings``
    (activity id → open P&C findings) adds a read-only column "Controle" with the count after them.

    Returns the warnings (replaced characters). Raises ExportFailed for texts over
    the cell limit, before anything is written.
    """
    exported_at = exported_at or datetime.now().replace(microsecond=0)
    scheme = document.status_scheme
    warnings: list[str] = []
    long_texts = _LongTexts()

    places = list(document.iter_activities())
    row_count = len(places)

    # pre-pass: column widths of the short columns, and the long-text check of
    # what is cheap to check before rendering (single-line fields)
    widths = [
        4.0,  # ID: hidden, the code beside it is what people read
        9.0,
        11.0,  # Programma: the number (a number, so it sorts and filters as one)
        24.0,
        24.0,
        5.0,
        30.0,
        14.0,
        18.0,
        11.0,
        14.0,
        13.0,
        9.0,
        9.0,
        16.0,
        16.0,
        22.0,
        80.0,
        80.0,
    ]
    longest = {
        "programme_name": 0,
        "goal": 0,
        "title": 0,
        "owner": 0,
        "portfolio_holder": 0,
        "status": 0,
    }
    for option in scheme.options:
        longest["status"] = max(longest["status"], len(option.label))
    goal_labels: dict[str, str] = {}
    programme_labels: dict[str, str] = {}
    programme_names: dict[str, str] = {}
    for place in places:
        goal_key = place.goal.id
        if goal_key not in goal_labels:
            goal_labels[goal_key] = f"{place.numeral} {place.goal.title}".strip()
            programme_labels[place.programme.id] = (
                f"{place.programme.number} {place.programme.name}".strip()
            )
            longest["goal"] = max(longest["goal"], len(goal_labels[goal_key]))
            programme_names[place.programme.id] = place.programme.name.strip()
            longest["programme_name"] = max(longest["programme_name"], len(programme_names[place.programme.id]))
        a = place.activity
        longest["title"] = max(longest["title"], len(a.title))
        longest["owner"] = max(longest["owner"], len(a.owner))
        longest["portfolio_holder"] = max(longest["portfolio_holder"], len(a.portfolio_holder))
    for key, maximum in (
        ("programme_name", 40),
        ("goal", 50),
        ("title", 60),
        ("owner", 30),
        ("portfolio_holder", 30),
        ("status", 24),
    ):
        index = _COLUMN[key]
        header = ACTIVITY_COLUMNS[index][1]
        widths[index] = _width(max(longest[key], len(header)), maximum=maximum)

    headers = [header for _, header, _ in ACTIVITY_COLUMNS]
    extra_columns: list[Mapping[str, str]] = []  # read-only columns after the fixed ones
    if changed_since is not None:
        headers.append(f"Gewijzigd sinds {changed_since[0]}")
        widths.append(_width(max([len(headers[-1]), *map(len, changed_since[1].values())]), maximum=50))
        extra_columns.append(changed_since[1])
    if previous_year is not None:
        headers.append(previous_year[0])
        widths.append(80.0)
        extra_columns.append(previous_year[1])
    findings_letter = ""
    if findings is not None:
        findings_letter = column_letter(len(headers))
        headers.append(FINDINGS_HEADER)
        widths.append(_width(len(FINDINGS_HEADER) + 2, maximum=20))
    writer = _ZipWriter(stream, compression)
    last_row = row_count + 1
    n_columns = len(headers)
    activities = _Sheet(writer.streaming("xl/worksheets/sheet1.xml"), n_columns)
    activities.part.write(
        _sheet_xml_head(
            columns=widths,
            freeze=True,
            selected=True,
            last_ref=f"{column_letter(n_columns - 1)}{last_row}",
            col_style=S_OPEN,
            hidden_columns=frozenset({_COLUMN["id"]}),
        )
    )
    header_lines = max(_lines(header, width - 1) for header, width in zip(headers, widths, strict=True))
    activities.text_row([(_xml(sanitise(header)[0]), S_HEADER) for header in headers], 15 * header_lines)

    key_figures_part = writer.buffered("xl/worksheets/sheet2.xml")
    key_figures = _Sheet(key_figures_part, len(KEY_FIGURE_COLUMNS))
    key_figure_count = sum(len(p.activity.kengetallen) for p in places)
    key_figures.part.write(
        _sheet_xml_head(
            columns=[10, 10, 10, 40, 12, 12, 12, 12, 24],
            freeze=True,
            col_style=S_OPEN,
            last_ref=f"{column_letter(len(KEY_FIGURE_COLUMNS) - 1)}{key_figure_count + 1}",
        )
    )
    key_figures.text_row([(_xml(header), S_HEADER) for _, header, _ in KEY_FIGURE_COLUMNS])

    base_part = writer.buffered("xl/worksheets/sheet5.xml")
    base = _Sheet(base_part, len(BASE_HEADER))
    base.part.write(
        _sheet_xml_head(
            columns=[],
            freeze=False,
            last_ref=f"{column_letter(len(BASE_HEADER) - 1)}{BASE_HEADER_ROW + row_count}",
            printed=False,
        )
    )
    meta = (
        ("formaat", FORMAT_VERSION),
        ("document_id", document.id),
        ("geexporteerd_op", exported_at.isoformat()),
        ("document", document.title),
        ("selectie", selection_text),
    )
    for key, value in meta:
        base.text_row([(_xml(key), S_DEFAULT), (_xml(sanitise(value)[0]), S_DEFAULT)])
    base.row = BASE_HEADER_ROW - 1
    base.text_row([(name, S_DEFAULT) for name in BASE_HEADER])

    counts: dict[str, _Counts] = {}
    owner_counts: dict[str, _Counts] = {}
    programme_counts: dict[str, _Counts] = {}
    replaced_total = 0
    letters = activities.letters
    kf_letters = key_figures.letters
    status_labels = {option.key: _xml(option.label) for option in scheme.options}
    review_labels = {state: _xml(document.review_label(state)) for state in REVIEW_LABELS}
    xml_goal = {key: _xml(sanitise(v)[0]) for key, v in goal_labels.items()}
    xml_programme = {key: _programme_number_cell(place.programme.number) for key, place in
                     {place.programme.id: place for place in places}.items()}
    xml_programme_name = {key: _xml(sanitise(v)[0]) for key, v in programme_names.items()}
    write_activity = activities.part.write
    write_base = base.part.write
    write_kf = key_figures.part.write
    (c_id, c_code, c_programme, c_programme_name, c_goal, c_number, c_title, c_owner, c_holder, c_deadline, c_status, c_review,
     c_words_plan, c_words_realisation, c_updated, c_updated_by, c_complete, c_plan, c_realisation) = letters[
        : len(ACTIVITY_COLUMNS)]

    for place in places:
        a = place.activity
        row = activities.row + 1
        activities.row = row
        plan_text = render_text(a.plan)
        realisation_text = render_text(a.realisation)
        raw_values = {
            "title": a.title,
            "owner": a.owner,
            "portfolio_holder": a.portfolio_holder,
            "plan": plan_text,
            "realisation": realisation_text,
        }
        replaced: list[str] = []
        for name, raw in raw_values.items():
            clean, count = sanitise(raw)
            if count:
                raw_values[name] = clean
                replaced.append(f"{FIELD_LABELS[name]} ({count}×)")
                replaced_total += count
        values = field_values(a, plan=raw_values["plan"], realisation=raw_values["realisation"])
        for name in raw_values:
            long_texts.check(values[name], place.code, a.title, FIELD_LABELS[name])
        if replaced:
            warnings.append(
                f"{place.code} {sanitise(a.title)[0][:60]}: tekens die Excel niet kan bewaren zijn "
                f"vervangen door '{REPLACEMENT}' in " + ", ".join(replaced) + "."
            )
        if long_texts.items:
            continue  # keep checking the rest; nothing useful to write any more
        title = _xml(values["title"])
        owner = _xml(values["owner"])
        holder = _xml(values["portfolio_holder"])
        plan_xml = _xml(values["plan"])
        realisation_xml = _xml(values["realisation"])
        status_label = status_labels.get(a.status or "")
        if status_label is None and a.status:
            status_label = _xml(sanitise(a.status)[0])
        check = completeness(a, document)
        lines = max(
            _lines(values["title"], widths[_COLUMN["title"]]),
            _lines(values["plan"], widths[_COLUMN["plan"]]),
            _lines(values["realisation"], widths[_COLUMN["realisation"]]),
        )
        cells = [
            f'<row r="{row}" ht="{min(409, 15 * lines)}" customHeight="1">' if lines > 1 else f'<row r="{row}">',
            f'<c r="{c_id}{row}" s="{S_TOP}" t="inlineStr"><is><t>{_xml(a.id)}</t></is></c>',
            f'<c r="{c_code}{row}" s="{S_TOP}" t="inlineStr"><is><t>{_xml(place.code)}</t></is></c>',
            f'<c r="{c_programme}{row}" s="{S_TOP}"{xml_programme[place.programme.id]}</c>',
            f'<c r="{c_programme_name}{row}" s="{S_TOP}" t="inlineStr"><is><t xml:space="preserve">'
            f"{xml_programme_name[place.programme.id]}</t></is></c>",
            f'<c r="{c_goal}{row}" s="{S_TOP}" t="inlineStr"><is><t xml:space="preserve">'
            f"{xml_goal[place.goal.id]}</t></is></c>",
            f'<c r="{c_number}{row}" s="{S_TOP}"><v>{place.number}</v></c>',
        ]
        if title:
            cells.append(
                f'<c r="{c_title}{row}" s="{S_OPEN_WRAP}" t="inlineStr"><is><t xml:space="preserve">'
                f"{title}</t></is></c>"
            )
        if owner:
            cells.append(
                f'<c r="{c_owner}{row}" s="{S_OPEN_TOP}" t="inlineStr"><is><t xml:space="preserve">'
                f"{owner}</t></is></c>"
            )
        if holder:
            cells.append(
                f'<c r="{c_holder}{row}" s="{S_OPEN_TOP}" t="inlineStr"><is><t xml:space="preserve">'
                f"{holder}</t></is></c>"
            )
        if a.deadline is not None:
            cells.append(f'<c r="{c_deadline}{row}" s="{S_OPEN_DATE}"><v>{excel_serial(a.deadline):.0f}</v></c>')
        if status_label:
            cells.append(
                f'<c r="{c_status}{row}" s="{S_OPEN_TOP}" t="inlineStr"><is><t xml:space="preserve">'
                f"{status_label}</t></is></c>"
            )
        cells.append(
            f'<c r="{c_review}{row}" s="{S_OPEN_TOP}" t="inlineStr"><is><t>{review_labels[a.review_state]}</t></is></c>'
            f'<c r="{c_words_plan}{row}" s="{S_TOP}"><v>{a.plan.word_count()}</v></c>'
            f'<c r="{c_words_realisation}{row}" s="{S_TOP}"><v>{a.realisation.word_count()}</v></c>'
        )
        if a.updated_at is not None:
            cells.append(f'<c r="{c_updated}{row}" s="{S_DATETIME}"><v>{excel_serial(a.updated_at)!r}</v></c>')
        if a.updated_by:
            cells.append(
                f'<c r="{c_updated_by}{row}" s="{S_TOP}" t="inlineStr"><is><t xml:space="preserve">'
                f"{_xml(sanitise(a.updated_by)[0])}</t></is></c>"
            )
        cells.append(
            f'<c r="{c_complete}{row}" s="{S_TOP}" t="inlineStr"><is><t>{_xml(check.describe())}</t></is></c>'
        )
        if plan_xml:
            cells.append(
                f'<c r="{c_plan}{row}" s="{S_OPEN_WRAP}" t="inlineStr"><is><t xml:space="preserve">'
                f"{plan_xml}</t></is></c>"
            )
        if realisation_xml:
            cells.append(
                f'<c r="{c_realisation}{row}" s="{S_OPEN_WRAP}" t="inlineStr"><is><t xml:space="preserve">'
                f"{realisation_xml}</t></is></c>"
            )
        for extra_index, extra in enumerate(extra_columns):
            if extra.get(a.id):
                letter = column_letter(len(ACTIVITY_COLUMNS) + extra_index)
                cells.append(
                    f'<c r="{letter}{row}" s="{S_WRAP}" t="inlineStr"><is><t xml:space="preserve">'
                    f"{_xml(sanitise(extra[a.id])[0])}</t></is></c>"
                )
        if findings is not None:
            cells.append(f'<c r="{findings_letter}{row}" s="{S_TOP}"><v>{int(findings.get(a.id, 0))}</v></c>')
        cells.append("</row>")
        write_activity("".join(cells))

        # key figures
        kf_rows = [key_figure_row(k) for k in a.kengetallen]
        code = _xml(place.code)
        for figure_row in kf_rows:
            kf_row = key_figures.row + 1
            key_figures.row = kf_row
            out = [
                f'<row r="{kf_row}">',
                f'<c r="{kf_letters[0]}{kf_row}" s="{S_TOP}" t="inlineStr"><is><t>{_xml(a.id)}</t></is></c>',
                f'<c r="{kf_letters[1]}{kf_row}" s="{S_TOP}" t="inlineStr"><is><t>{_xml(figure_row[0])}</t></is></c>',
                f'<c r="{kf_letters[2]}{kf_row}" s="{S_TOP}" t="inlineStr"><is><t>{code}</t></is></c>',
            ]
            for offset, value in enumerate(figure_row[1:], start=3):
                if not value:
                    continue
                ref = f"{kf_letters[offset]}{kf_row}"
                if offset == 5:  # the baseline (nulmeting) does not change during the year
                    out.append(f'<c r="{ref}" s="{S_NUMBER}"><v>{value}</v></c>')
                elif offset in (6, 7):
                    out.append(f'<c r="{ref}" s="{S_OPEN_NUMBER}"><v>{value}</v></c>')
                else:
                    out.append(
                        f'<c r="{ref}" s="{S_OPEN_WRAP}" t="inlineStr"><is><t xml:space="preserve">{_xml(value)}</t></is></c>'
                    )
            out.append("</row>")
            write_kf("".join(out))

        # merge base
        base_row = base.row + 1
        base.row = base_row
        kf_value = values[KEY_FIGURES_FIELD]
        long_texts.check(kf_value, place.code, a.title, "kengetallen")
        base_cells = [
            _xml(a.id),
            title,
            owner,
            holder,
            values["deadline"],
            _xml(values["status"]),
            values["review_state"],
            plan_xml,
            realisation_xml,
            _xml(kf_value),
        ]
        out = [f'<row r="{base_row}">']
        for index, text in enumerate(base_cells):
            if text:
                out.append(
                    f'<c r="{base.letters[index]}{base_row}" t="inlineStr"><is><t xml:space="preserve">'
                    f"{text}</t></is></c>"
                )
        out.append("</row>")
        write_base("".join(out))

        # progress counts
        entry = counts.get(place.goal.id)
        if entry is None:
            entry = counts[place.goal.id] = _Counts(
                goal_labels[place.goal.id], programme_labels[place.programme.id]
            )
        owner_key = a.owner.strip() or NO_OWNER
        by_owner = owner_counts.get(owner_key)
        if by_owner is None:
            by_owner = owner_counts[owner_key] = _Counts(owner_key, "")
        by_programme = programme_counts.get(place.programme.id)
        if by_programme is None:
            by_programme = programme_counts[place.programme.id] = _Counts(
                programme_labels[place.programme.id], ""
            )
        status_key = a.status if a.status and scheme.option(a.status) is not None else None
        for item in (entry, by_owner, by_programme):
            item.total += 1
            item.complete += check.complete
            if status_key is not None:
                item.by_status[status_key] = item.by_status.get(status_key, 0) + 1
            else:
                item.without_status += 1

    if long_texts.items:
        shown = long_texts.items[:10]
        more = len(long_texts.items) - len(shown)
        items = "\n".join(f"  • {item}" for item in shown)
        if more > 0:
            items += "\n" + Message.of("xlsx.and_more", count=more).render()
        raise ExportFailed(Message.of("xlsx.texts_too_long", items=items))

    # close Activiteiten: protection, autofilter, conditional colours, drop-downs, printing
    status_col = c_status
    review_col = c_review
    last = max(last_row, 2)
    rules = []
    for index, option in enumerate(scheme.options):
        label = sanitise(option.label)[0].replace('"', '""')
        rules.append(
            f'<cfRule type="cellIs" dxfId="{index}" priority="{index + 1}" operator="equal">'
            f"<formula>{_xml(chr(34) + label + chr(34))}</formula></cfRule>"
        )
    n_status = len(scheme.options)
    tail = [
        "</sheetData>",
        _PROTECTION,
        f'<autoFilter ref="A1:{letters[-1]}{last_row}"/>',
    ]
    if rules:
        tail.append(
            f'<conditionalFormatting sqref="{status_col}2:{status_col}{last}">{"".join(rules)}</conditionalFormatting>'
        )
    # overdue: the deadline has passed (relative to the day the workbook is opened) and the work is not done
    finished = [o.label for o in scheme.options if o.done]
    not_done = "".join(
        f',{status_col}2&lt;&gt;"{_xml(sanitise(label)[0]).replace(chr(34), chr(34) * 2)}"' for label in finished
    )
    final = _xml(document.review_label(ReviewState.VASTGESTELD)).replace('"', '""')
    tail.append(
        f'<conditionalFormatting sqref="{c_deadline}2:{c_deadline}{last}">'
        f'<cfRule type="expression" dxfId="{n_status + _DXF_LATE}" priority="{n_status + 1}" stopIfTrue="1">'
        f'<formula>AND(ISNUMBER({c_deadline}2),{c_deadline}2&lt;TODAY(){not_done},{review_col}2&lt;&gt;"{final}")'
        "</formula></cfRule></conditionalFormatting>"
        f'<conditionalFormatting sqref="{c_complete}2:{c_complete}{last}">'
        f'<cfRule type="beginsWith" dxfId="{n_status + _DXF_COMPLETE}" priority="{n_status + 2}" operator="beginsWith" '
        f'text="ja"><formula>LEFT({c_complete}2,2)="ja"</formula></cfRule>'
        f'<cfRule type="beginsWith" dxfId="{n_status + _DXF_INCOMPLETE}" priority="{n_status + 3}" '
        f'operator="beginsWith" text="nee"><formula>LEFT({c_complete}2,3)="nee"</formula></cfRule>'
        "</conditionalFormatting>"
    )
    validations = []
    if n_status:
        validations.append(
            f'<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" '
            f'showErrorMessage="1" errorTitle="Status" error="Kies een status uit de lijst." '
            f"sqref=\"{status_col}2:{status_col}{last}\"><formula1>'{SHEET_LISTS}'!$A$1:$A${n_status}</formula1>"
            "</dataValidation>"
        )
    validations.append(
        f'<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" '
        f'showErrorMessage="1" errorTitle="Reviewstatus" error="Kies een reviewstatus uit de lijst." '
        f"sqref=\"{review_col}2:{review_col}{last}\"><formula1>'{SHEET_LISTS}'!$C$1:$C${len(REVIEW_LABELS)}</formula1>"
        "</dataValidation>"
    )
    validations.append(
        '<dataValidation type="date" operator="greaterThan" errorStyle="warning" allowBlank="1" '
        'showInputMessage="1" showErrorMessage="1" errorTitle="Deadline" '
        'error="Typ een datum, bijvoorbeeld 31-12-2023." promptTitle="Deadline" prompt="dd-mm-jjjj" '
        f'sqref="{c_deadline}2:{c_deadline}{last}"><formula1>1</formula1></dataValidation>'
    )
    tail.append(
        f'<dataValidations count="{len(validations)}">{"".join(validations)}</dataValidations>'
    )
    tail.append(_page_setup(document.title) + "</worksheet>")
    activities.part.write("".join(tail))
    activities.part.close()

    kf_last = max(key_figures.row, 2)
    number_check = "".join(
        '<dataValidation type="decimal" operator="between" errorStyle="warning" allowBlank="1" '
        f'showErrorMessage="1" errorTitle="{title}" error="Typ een getal, bijvoorbeeld 12,5." '
        f'sqref="{kf_letters[col]}2:{kf_letters[col]}{kf_last + 200}">'
        "<formula1>-1E+15</formula1><formula2>1E+15</formula2></dataValidation>"
        for col, title in ((6, "Streefwaarde"), (7, "Realisatie"))
    )
    key_figures.part.write(
        "</sheetData>"
        + _PROTECTION
        + (
            f'<autoFilter ref="A1:{kf_letters[-1]}{key_figures.row}"/>'
            if key_figures.row > 1
            else ""
        )
        + f'<dataValidations count="2">{number_check}</dataValidations>'
        + _page_setup(document.title)
        + "</worksheet>"
    )
    key_figures.part.close()
    base.part.write("</sheetData>" + _PROTECTION + _PAGE + "</worksheet>")
    base.part.close()
    key_figures_part.commit()
    base_part.commit()

    progress_xml, drawing = _progress_sheet(
        document,
        list(counts.values()),
        list(programme_counts.values()),
        sorted(owner_counts.values(), key=lambda c: (c.label == NO_OWNER, c.label.casefold())),
    )
    writer.add("xl/worksheets/sheet3.xml", progress_xml)
    writer.add(
        "xl/worksheets/sheet4.xml", _notes_sheet(document, exported_at, selection_text, row_count)
    )
    writer.add("xl/worksheets/sheet6.xml", _lists_sheet(document))
    writer.add("xl/worksheets/sheet7.xml", _unplaced_sheet(document))
    if drawing is not None:
        drawing_xml, charts = drawing
        writer.add(
            "xl/worksheets/_rels/sheet3.xml.rels",
            _rels([("rId1", _REL_DRAWING, "../drawings/drawing1.xml")]),
        )
        writer.add("xl/drawings/drawing1.xml", drawing_xml)
        writer.add(
            "xl/drawings/_rels/drawing1.xml.rels",
            _rels([(f"rId{i}", _REL_CHART, f"../charts/chart{i}.xml") for i in range(1, len(charts) + 1)]),
        )
        for index, chart_xml in enumerate(charts, 1):
            writer.add(f"xl/charts/chart{index}.xml", chart_xml)
    from .chapter_xlsx import chapter_sheets  # the programme chapter's sheets, when it has data

    chapter_extra = chapter_sheets(document)
    for number, (_name, _state, sheet_xml) in enumerate(chapter_extra, start=len(_SHEETS) + 1):
        writer.add(f"xl/worksheets/sheet{number}.xml", sheet_xml)
    sheets = (*_SHEETS, *((name, state) for name, state, _xml in chapter_extra))
    writer.add("xl/styles.xml", _styles_xml([option.colour for option in scheme.options]))
    writer.add("xl/workbook.xml", _workbook_xml(last_row, n_columns, sheets))
    writer.add("xl/_rels/workbook.xml.rels", _workbook_rels(sheets))
    writer.add("[Content_Types].xml", _content_types(len(drawing[1]) if drawing is not None else 0, sheets))
    writer.add("_rels/.rels", _ROOT_RELS)
    writer.add("docProps/core.xml", _core_xml(document, exported_at))
    writer.add("docProps/app.xml", _APP_XML)
    writer.close()
    if replaced_total:
        warnings.insert(
            0,
            f"{replaced_total} teken(s) die een Excel-werkmap niet kan bevatten (stuurtekens) zijn vervangen "
            f"door '{REPLACEMENT}'.",
        )
    return tuple(warnings)


# ---------------------------------------------------------------------------
# the small sheets


def _plain_cell(ref: str, text: str, style: int = S_DEFAULT) -> str:
    return (
        f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
        f"{_xml(sanitise(text)[0])}</t></is></c>"
    )


NO_OWNER: Final = "(geen eigenaar)"


def _progress_sheet(
    document: Document,
    counts: Sequence[_Counts],
    per_programme: Sequence[_Counts] = (),
    per_owner: Sequence[_Counts] = (),
) -> tuple[str, tuple[str, list[str]] | None]:
    """The Voortgang sheet (per goal, per programme, per owner), and the drawing with one chart per
    table when there is anything to chart."""
    scheme = document.status_scheme
    options = scheme.options
    status_headers = [*[o.label for o in options], "Zonder status", "Compleet", "Aandeel compleet"]
    n = 3 + len(status_headers)
    letters = [column_letter(i) for i in range(n)]
    rows: list[str] = []
    bars: list[str] = []
    row = 0

    def table(first: Sequence[str], entries: Sequence[_Counts], with_total: bool) -> None:
        nonlocal row
        row += 1
        cells = [_plain_cell(f"{letters[i]}{row}", h, S_HEADER) for i, h in enumerate(first)]
        if len(first) == 1:  # column B stays empty, so the numbers line up under each other
            cells.append(_plain_cell(f"B{row}", "", S_HEADER))
        cells += [
            _plain_cell(f"{letters[2 + k]}{row}", h, S_HEADER)
            for k, h in enumerate(["Activiteiten", *status_headers])
        ]
        rows.append(f'<row r="{row}">' + "".join(cells) + "</row>")
        first_row = row + 1
        totals = _Counts("Totaal", "")
        for entry in [*entries, totals] if with_total else entries:
            if entry is totals:
                for item in entries:
                    totals.total += item.total
                    totals.complete += item.complete
                    totals.without_status += item.without_status
                    for key, value in item.by_status.items():
                        totals.by_status[key] = totals.by_status.get(key, 0) + value
            row += 1
            numbers = [
                entry.total,
                *[entry.by_status.get(o.key, 0) for o in options],
                entry.without_status,
                entry.complete,
            ]
            lines = _lines(entry.label, 45.0 if len(first) == 2 else 28.0)
            if len(first) == 2:
                cells = [
                    _plain_cell(f"A{row}", entry.programme, S_TOP),
                    _plain_cell(f"B{row}", entry.label, S_WRAP if entry is not totals else S_HEADER),
                ]
            else:
                cells = [_plain_cell(f"A{row}", entry.label, S_WRAP if entry is not totals else S_HEADER)]
            cells += [f'<c r="{letters[2 + k]}{row}"><v>{value}</v></c>' for k, value in enumerate(numbers)]
            share = entry.complete / entry.total if entry.total else 0.0
            cells.append(f'<c r="{letters[-1]}{row}" s="{S_PERCENT}"><v>{share!r}</v></c>')
            height = f' ht="{15 * lines}" customHeight="1"' if lines > 1 else ""
            rows.append(f'<row r="{row}"{height}>' + "".join(cells) + "</row>")
        bars.append(f"{letters[-1]}{first_row}:{letters[-1]}{row}")
        row += 1  # a blank row between the tables

    table(["Programma", "Hoofddoel"], counts, True)
    if per_programme:
        table(["Programma"], per_programme, False)
    if per_owner:
        table(["Eigenaar"], per_owner, False)
    last_row = max(row, 1)
    widths = [28.0, 45.0, 12.0, *[_width(len(o.label), 10, 20) for o in options], 14.0, 10.0, 19.0]
    data_bars = "".join(
        f'<conditionalFormatting sqref="{ref}"><cfRule type="dataBar" priority="{index}"><dataBar>'
        '<cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="FF63BE7B"/></dataBar></cfRule>'
        "</conditionalFormatting>"
        for index, ref in enumerate(bars, 1)
    )
    xml = (
        _sheet_xml_head(columns=widths, freeze=True, last_ref=f"{letters[-1]}{last_row}")
        + "".join(rows)
        + "</sheetData>"
        + data_bars
        + _page_setup(document.title)
        + ('<drawing r:id="rId1"/>' if counts else "")
        + "</worksheet>"
    )
    if not counts:
        return xml, None
    charts = [
        ("Activiteiten per hoofddoel en status", [f"{c.programme} · {c.label}" if c.programme else c.label
                                                  for c in counts], counts),
    ]
    if per_programme:
        charts.append(("Activiteiten per programma en status", [c.label for c in per_programme], per_programme))
    if per_owner:
        charts.append(("Activiteiten per eigenaar en status", [c.label for c in per_owner], per_owner))
    anchors = []
    anchor = last_row + 1
    for index, (_title, categories, _entries) in enumerate(charts, 1):
        height = max(15, min(60, 4 + 2 * len(categories)))
        anchors.append(_ANCHOR.format(row=anchor, row_end=anchor + height, id=index + 1, rid=index))
        anchor += height + 1
    drawing = _DRAWING_HEAD + "".join(anchors) + "</xdr:wsDr>"
    return xml, (drawing, [_chart_xml(title, cats, entries, options) for title, cats, entries in charts])


_REL_DRAWING: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"
_REL_CHART: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
_REL_SHEET: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"

_DRAWING_HEAD: Final = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
)
_ANCHOR: Final = (
    "<xdr:twoCellAnchor>"
    "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
    "<xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row_end}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="{id}" name="Grafiek {rid}"/>'
    "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId{rid}"/>'
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
)


def _chart_xml(
    title: str, categories: Sequence[str], counts: Sequence[_Counts], options: Sequence[StatusOption]
) -> str:
    cat = (
        f'<c:cat><c:strLit><c:ptCount val="{len(categories)}"/>'
        + "".join(
            f'<c:pt idx="{i}"><c:v>{_xml(sanitise(t)[0])}</c:v></c:pt>'
            for i, t in enumerate(categories)
        )
        + "</c:strLit></c:cat>"
    )
    series_defs: list[tuple[str, str, list[int]]] = []
    for option in options:
        series_defs.append(
            (option.label, option.colour, [c.by_status.get(option.key, 0) for c in counts])
        )
    series_defs.append(("Zonder status", "#bdbdbd", [c.without_status for c in counts]))
    series = []
    for index, (label, colour, values) in enumerate(series_defs):
        series.append(
            f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/>'
            f"<c:tx><c:v>{_xml(sanitise(label)[0])}</c:v></c:tx>"
            f'<c:spPr><a:solidFill><a:srgbClr val="{_colour(colour)[2:]}"/></a:solidFill></c:spPr>'
            '<c:invertIfNegative val="0"/>'
            + cat
            + f'<c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="{len(values)}"/>'
            + "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(values))
            + "</c:numLit></c:val></c:ser>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<c:lang val="nl-NL"/><c:roundedCorners val="0"/>'
        "<c:chart>"
        "<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:t>"
        f'{_xml(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
        '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
        '<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>'
        + "".join(series)
        + '<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="50010001"/><c:axId val="50010002"/></c:barChart>'
        '<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="maxMin"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/>'
        '<c:tickLblPos val="nextTo"/><c:crossAx val="50010002"/><c:crosses val="autoZero"/>'
        '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
        '<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/>'
        '<c:tickLblPos val="nextTo"/><c:crossAx val="50010001"/><c:crosses val="max"/>'
        '<c:crossBetween val="between"/><c:majorUnit val="1"/></c:valAx>'
        "</c:plotArea>"
        '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>'
        '<c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
    )


_WHOLE_NUMBER = re.compile(r"0|[1-9][0-9]{0,8}")


def _programme_number_cell(number: str) -> str:
    """The rest of a Programma cell after its style: a number when the programme number is a whole number
    (``7``), as Excel sorts and filters numbers; text otherwise (``01``, ``2a``, ``3.1``)."""
    clean = number.strip()
    if _WHOLE_NUMBER.fullmatch(clean):
        return f"><v>{clean}</v>"
    return f' t="inlineStr"><is><t xml:space="preserve">{_xml(sanitise(clean)[0])}</t></is>'


def _notes_sheet(document: Document, exported_at: datetime, selection_text: str, rows: int) -> str:
    editable_activity = ", ".join(h for _, h, e in ACTIVITY_COLUMNS if e)
    editable_figures = ", ".join(h for _, h, e in KEY_FIGURE_COLUMNS if e)
    lines: list[tuple[str, int]] = [
        (f"Overzicht activiteiten – {document.title}", S_TITLE),
        ("", S_DEFAULT),
        (
            "Deze werkmap is gemaakt met Verantwoording voor de coördinator planning & control: "
            "één rij per activiteit met eigenaar, status, deadline en de teksten, de kengetallen en de "
            "voortgang per programma en hoofddoel.",
            S_NOTE,
        ),
        (f"Gemaakt op: {exported_at.strftime('%d-%m-%Y %H:%M')}", S_NOTE),
        (f"Document: {document.title} (id {document.id})", S_NOTE),
        (f"Selectie: {selection_text} ({rows} activiteiten)", S_NOTE),
        ("", S_DEFAULT),
        ("Wat u kunt wijzigen en teruglezen", S_HEADER),
        (f"Werkblad Activiteiten: {editable_activity}.", S_NOTE),
        (
            f"Werkblad Kengetallen: {editable_figures}; een nieuwe rij met een Activiteit-ID voegt een "
            "kengetal toe.",
            S_NOTE,
        ),
        (
            "Teruglezen gaat via Importeren › Excel (of 'verantwoording import bestand.xlsx'). U ziet eerst "
            "een voorbeeld van elke wijziging. Wat sinds deze export in het programma is gewijzigd, wordt niet "
            "overschreven: is een veld aan beide kanten gewijzigd, dan ziet u een conflict en kiest u zelf.",
            S_NOTE,
        ),
        (
            "Een lege cel wist geen tekst, tenzij u dat in het voorbeeld uitdrukkelijk bevestigt. "
            "Kolommen mogen van volgorde wisselen en u mag kolommen toevoegen; kolommen worden op hun kop herkend.",
            S_NOTE,
        ),
        (
            "De werkbladen zijn beveiligd zonder wachtwoord: de ID's, codes, nulmetingen en tellingen kunt u "
            "niet overtypen, de teksten, eigenaar, deadline, status en reviewstatus wel. Een deadline die "
            "voorbij is terwijl het werk niet gereed is, kleurt rood. De kolom ID is verborgen; de code "
            "(zoals 1.II.3) ernaast is programma, hoofddoel en nummer.",
            S_NOTE,
        ),
        (
            "Niet wijzigen: de kolom ID, de koppen van de kolommen en de verborgen werkbladen "
            f"('{SHEET_BASE}' bevat de waarden op het moment van export). Nieuwe activiteiten "
            "kunnen niet via Excel worden toegevoegd.",
            S_NOTE,
        ),
        (
            "Teksten: opsommingstekens als '• ', alinea's gescheiden door een regeleinde. Vet en cursief "
            "zijn in Excel niet zichtbaar; ongewijzigde regels behouden hun opmaak bij teruglezen.",
            S_NOTE,
        ),
        (
            f"Tekens die een werkmap niet kan bevatten (stuurtekens) zijn vervangen door '{REPLACEMENT}'.",
            S_NOTE,
        ),
        (
            "De kolommen ID, Code, Programma (het nummer), Programmanaam, Hoofddoel, Nr, Woorden, Laatst gewijzigd, "
            "Gewijzigd door en Compleet zijn alleen ter informatie.",
            S_NOTE,
        ),
    ]
    rows_xml = "".join(
        f'<row r="{i}">' + (_plain_cell(f"A{i}", text, style) if text else "") + "</row>"
        for i, (text, style) in enumerate(lines, 1)
    )
    return (
        _sheet_xml_head(columns=[120.0], freeze=False, hidden_grid=True, last_ref=f"A{len(lines)}")
        + rows_xml
        + "</sheetData>"
        + _page_setup(document.title)
        + "</worksheet>"
    )


def _unplaced_sheet(document: Document) -> str:
    """Text the import could not place, one line per block, so that it is never invisible."""
    words = document.unplaced.word_count()
    lines = [(f"Niet geplaatste tekst: {words} woorden" if words else "Er is geen niet geplaatste tekst.", S_HEADER)]
    if words:
        lines.append(("Deze tekst kreeg bij het importeren geen plek; zet hem in het programma bij een activiteit.",
                      S_NOTE))
        lines += [(line, S_WRAP) for line in render_plain(document.unplaced, bullet=BULLET) if line]
    rows_xml = "".join(f'<row r="{i}">' + _plain_cell(f"A{i}", text, style) + "</row>"
                       for i, (text, style) in enumerate(lines, 1))
    return (
        _sheet_xml_head(columns=[120.0], freeze=False, hidden_grid=True, last_ref=f"A{len(lines)}")
        + rows_xml + "</sheetData>" + _page_setup(document.title) + "</worksheet>"
    )


def _lists_sheet(document: Document) -> str:
    """Column A/B: status labels/keys, C/D: review labels/values (drop-downs, import)."""
    statuses = [(o.label, o.key) for o in document.status_scheme.options]
    reviews = [(document.review_label(state), state.value) for state in REVIEW_LABELS]
    rows = []
    for index in range(max(len(statuses), len(reviews))):
        r = index + 1
        cells = []
        if index < len(statuses):
            cells += [
                _plain_cell(f"A{r}", statuses[index][0]),
                _plain_cell(f"B{r}", statuses[index][1]),
            ]
        if index < len(reviews):
            cells += [
                _plain_cell(f"C{r}", reviews[index][0]),
                _plain_cell(f"D{r}", reviews[index][1]),
            ]
        rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    return (
        _sheet_xml_head(columns=[], freeze=False, last_ref=f"D{max(len(rows), 1)}", printed=False)
        + "".join(rows)
        + "</sheetData></worksheet>"
    )


_SHEETS: Final = (
    (SHEET_ACTIVITIES, ""),
    (SHEET_KEY_FIGURES, ""),
    (SHEET_PROGRESS, ""),
    (SHEET_NOTES, ""),
    (SHEET_BASE, ' state="veryHidden"'),
    (SHEET_LISTS, ' state="hidden"'),
    (SHEET_UNPLACED, ""),
)


def _workbook_xml(last_row: int, n_columns: int = len(ACTIVITY_COLUMNS),
                  sheet_list: Sequence[tuple[str, str]] = _SHEETS) -> str:
    sheets = "".join(
        f'<sheet name="{_attr(name)}" sheetId="{i}"{state} r:id="rId{i}"/>'
        for i, (name, state) in enumerate(sheet_list, 1)
    )
    last_col = column_letter(n_columns - 1)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<workbookPr date1904="0"/>'
        '<bookViews><workbookView activeTab="0"/></bookViews>'
        f"<sheets>{sheets}</sheets>"
        '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
        f"{SHEET_ACTIVITIES}!$A$1:${last_col}${last_row}</definedName>"
        + "".join(
            f'<definedName name="_xlnm.Print_Titles" localSheetId="{index}">\'{name}\'!$1:$1</definedName>'
            for index, name in enumerate((SHEET_ACTIVITIES, SHEET_KEY_FIGURES, SHEET_PROGRESS))
        )
        + "</definedNames>"
        '<calcPr calcId="191029"/>'
        "</workbook>"
    )


def _rels(items: Sequence[tuple[str, str, str]]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in items
        )
        + "</Relationships>"
    )


def _workbook_rels(sheet_list: Sequence[tuple[str, str]] = _SHEETS) -> str:
    items = [
        (f"rId{i}", _REL_SHEET, f"worksheets/sheet{i}.xml") for i in range(1, len(sheet_list) + 1)
    ]
    items.append(
        (
            f"rId{len(sheet_list) + 1}",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
            "styles.xml",
        )
    )
    return _rels(items)


_ROOT_RELS: Final = _rels(
    [
        (
            "rId1",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
            "xl/workbook.xml",
        ),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
        ),
        (
            "rId3",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
            "docProps/app.xml",
        ),
    ]
)


def _content_types(charts: int, sheet_list: Sequence[tuple[str, str]] = _SHEETS) -> str:
    sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    overrides = [
        (
            "/xl/workbook.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        )
    ]
    overrides += [(f"/xl/worksheets/sheet{i}.xml", sheet) for i in range(1, len(sheet_list) + 1)]
    overrides.append(
        ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")
    )
    if charts:
        overrides.append(
            (
                "/xl/drawings/drawing1.xml",
                "application/vnd.openxmlformats-officedocument.drawing+xml",
            )
        )
        overrides += [
            (f"/xl/charts/chart{i}.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")
            for i in range(1, charts + 1)
        ]
    overrides.append(
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
    )
    overrides.append(
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        )
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
        + "</Types>"
    )


def _core_xml(document: Document, exported_at: datetime) -> str:
    stamp = exported_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{_xml(sanitise('Overzicht activiteiten – ' + document.title)[0])}</dc:title>"
        "<dc:creator>Verantwoording</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )


_APP_XML: Final = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Verantwoording</Application></Properties>"
)


# ---------------------------------------------------------------------------
# the entry point


def export_xlsx(
    document: Document,
    target: Path | str,
    *,
    selection: Selection | None = None,
    exported_at: datetime | None = None,
    compression: int = 1,
    changed_since: tuple[str, Mapping[str, str]] | None = None,
    previous_year: tuple[str, Mapping[str, str]] | None = None,
    findings: Mapping[str, int] | None = None,
) -> ExportResult:
    """Write the coordinator workbook of ``document`` (optionally a selection) to ``target``.

    Atomic: an existing file is replaced only when the new one is complete.
    Raises ExportFailed (Dutch message) when the file cannot be written or a text
    is too long for Excel, UserError for an unknown programme/goal in ``selection``.
    """
    chosen = select(document, selection) if selection is not None else document
    target = Path(target)
    result: list[tuple[str, ...]] = []

    def write(stream: BinaryIO) -> None:
        result.append(
            write_workbook(
                chosen,
                stream,
                exported_at=exported_at,
                selection_text=_selection_text(selection),
                compression=compression,
                changed_since=changed_since,
                previous_year=previous_year,
                findings=findings,
            )
        )

    atomic_write(target, write)
    return ExportResult(
        target,
        chosen.activity_count(),
        sum(len(p.activity.kengetallen) for p in chosen.iter_activities()),
        result[0] if result else (),
    )


__all__ = [
    "ACTIVITY_COLUMNS",
    "BASE_HEADER",
    "CELL_LIMIT",
    "EDITABLE_FIELDS",
    "FORMAT_VERSION",
    "KEY_FIGURES_FIELD",
    "KEY_FIGURE_COLUMNS",
    "ExportResult",
    "canonical_number",
    "column_letter",
    "excel_serial",
    "export_xlsx",
    "field_values",
    "key_figures_value",
    "render_text",
    "sanitise",
    "unescape_cell",
    "write_workbook",
]
