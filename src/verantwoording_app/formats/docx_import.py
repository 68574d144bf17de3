"""Word (.docx) import: paragraphs with what Word knows about them, through the one recogniser.

What is read from the package:

* headings by their built-in identity, whatever the language of Word: the
  style name ``heading N`` (stored in English in ``styles.xml`` also by Dutch
  Word, whose style id is ``Kop2``), the style id, or an outline level
  (``w:outlineLvl``) on the paragraph or its style chain;
* Word's own list numbering (the numbers are not in the text) and bullets,
  from ``numbering.xml``, on the paragraph or its style;
* bold and italic runs; tables (as pipe tables); content controls;
* tracked changes: inserted text is taken, deleted text left out (the
  accepted text), and the import says so.

The zip is read through formats/safezip (the one bounded reader for every zip:
entries, paths, ratios and a size cap per member that cuts the stream whatever
the header says) and the XML with defusedxml (no entities, no DTD).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from defusedxml import ElementTree as SafeTree
from defusedxml.common import DefusedXmlException

from ..domain.blocktext import (
    Block,
    BlockKind,
    BlockText,
    Run,
    normalise_runs,
    render_markdown,
    table_row,
)
from ..domain.errors import ImportRefused
from ..domain.messages import Message
from .pctext import ParseResult, refuse_without_activities
from .recognise import ImportWarning, SourceLine, recognise
from .safezip import SafeZipFile, ZipLimits

if TYPE_CHECKING:
    from collections.abc import Iterator
    from xml.etree.ElementTree import Element

MAX_DOCUMENT_XML = 256 * 1024 * 1024
"""Uncompressed cap for word/document.xml (a 200-page report is a few MB)."""
MAX_PART_XML = 32 * 1024 * 1024
MAX_FILE = 200 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_PARAGRAPHS = 2_000_000

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_NAME = re.compile(r"^(?:heading|kop|berschrift|titre|titolo)\s*(\d)$", re.IGNORECASE)
_HEADING_ID = re.compile(r"^(?:Heading|Kop|berschrift|Titre|Titolo)(\d)$", re.IGNORECASE)
_LIST_BULLET = re.compile(r"^(?:list bullet|lijstopsommingsteken|opsomming)", re.IGNORECASE)
_LIST_NUMBER = re.compile(r"^(?:list number|lijstnummering|nummering)", re.IGNORECASE)


@dataclass
class _Style:
    heading: int = 0
    num_id: str = ""
    ilvl: int = 0
    based_on: str = ""
    list_kind: str = ""  # "bullet" / "number" from the style name when there is no numbering part


@dataclass
class _Numbering:
    formats: dict[tuple[str, int], str] = field(default_factory=dict)
    """(numId, level) → numFmt (``bullet``, ``decimal``, ``lowerLetter``, …)."""
    starts: dict[tuple[str, int], int] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    def next(self, num_id: str, level: int) -> tuple[str, int]:
        fmt = self.formats.get((num_id, level), "decimal")
        counter = self.counters.setdefault(num_id, [0] * 9)
        level = max(0, min(level, 8))
        if counter[level] == 0:
            counter[level] = self.starts.get((num_id, level), 1)
        else:
            counter[level] += 1
        for deeper in range(level + 1, 9):
            counter[deeper] = 0
        return fmt, counter[level]


def _parse(data: bytes) -> Element:
    try:
        root: Element = SafeTree.fromstring(data)
    except (SafeTree.ParseError, DefusedXmlException, ValueError) as error:
        raise ImportRefused(Message.of("docx.damaged_or_unsafe", error=error)) \
            from None
    return root


def _open(data: bytes, name: str) -> tuple[Element, Element | None, Element | None]:
    """document.xml, styles.xml and numbering.xml, read through the one bounded zip reader."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ImportRefused(Message.of("docx.invalid_file"))
    limits = ZipLimits(max_entries=MAX_ENTRIES, max_member_bytes=MAX_DOCUMENT_XML)
    with SafeZipFile(io.BytesIO(data), limits, label=name) as archive:
        names = set(archive.namelist())

        def part(member: str, cap: int) -> bytes | None:
            return archive.read_member(member, cap) if member in names else None

        document = part("word/document.xml", MAX_DOCUMENT_XML)
        styles = part("word/styles.xml", MAX_PART_XML)
        numbering = part("word/numbering.xml", MAX_PART_XML)
    if document is None:
        raise ImportRefused(Message.of("docx.no_document_xml"))
    return _parse(document), _parse(styles) if styles else None, _parse(numbering) if numbering else None


def _val(element: Element | None, tag: str) -> str | None:
    if element is None:
        return None
    child = element.find(W + tag)
    return None if child is None else child.get(W + "val")


def _styles(root: Element | None) -> dict[str, _Style]:
    out: dict[str, _Style] = {}
    if root is None:
        return out
    for style in root.iter(W + "style"):
        if style.get(W + "type") not in (None, "paragraph"):
            continue
        style_id = style.get(W + "styleId") or ""
        name = _val(style, "name") or ""
        entry = _Style(based_on=_val(style, "basedOn") or "")
        if (match := _HEADING_NAME.match(name.strip())) or (match := _HEADING_ID.match(style_id)):
            entry.heading = int(match.group(1))
        elif name.strip().casefold() in ("title", "subtitle") or style_id.casefold() in (
                "title", "titel", "subtitle", "ondertitel"):
            entry.heading = 0  # the document's title lines (our own export's Title/Subtitle): text, no structure
        ppr = style.find(W + "pPr")
        if ppr is not None:
            outline = _val(ppr, "outlineLvl")
            if outline is not None and outline.isdigit() and int(outline) < 9 and not entry.heading:
                entry.heading = int(outline) + 1
            num = ppr.find(W + "numPr")
            if num is not None:
                entry.num_id = _val(num, "numId") or ""
                level = _val(num, "ilvl")
                entry.ilvl = int(level) if level and level.isdigit() else 0
        if _LIST_BULLET.match(name.strip()):
            entry.list_kind = "bullet"
        elif _LIST_NUMBER.match(name.strip()):
            entry.list_kind = "number"
        out[style_id] = entry
    for style_id in out:  # inherit heading level and numbering through basedOn (bounded depth)
        entry, seen = out[style_id], 0
        parent = out.get(entry.based_on)
        while parent is not None and seen < 10 and not (entry.heading and entry.num_id):
            entry.heading = entry.heading or parent.heading
            if not entry.num_id and parent.num_id:
                entry.num_id, entry.ilvl = parent.num_id, parent.ilvl
            entry.list_kind = entry.list_kind or parent.list_kind
            parent, seen = out.get(parent.based_on), seen + 1
    return out


def _numbering(root: Element | None) -> _Numbering:
    numbering = _Numbering()
    if root is None:
        return numbering
    abstract: dict[str, dict[int, tuple[str, int]]] = {}
    for item in root.iter(W + "abstractNum"):
        levels: dict[int, tuple[str, int]] = {}
        for lvl in item.iter(W + "lvl"):
            level = lvl.get(W + "ilvl") or "0"
            start = _val(lvl, "start")
            levels[int(level) if level.isdigit() else 0] = (
                _val(lvl, "numFmt") or "decimal", int(start) if start and start.isdigit() else 1)
        abstract[item.get(W + "abstractNumId") or ""] = levels
    for num in root.iter(W + "num"):
        num_id = num.get(W + "numId") or ""
        levels = abstract.get(_val(num, "abstractNumId") or "", {})
        for index, (fmt, first) in levels.items():
            numbering.formats[(num_id, index)] = fmt
            numbering.starts[(num_id, index)] = first
        for override in num.iter(W + "lvlOverride"):
            level_text = override.get(W + "ilvl") or "0"
            restart = _val(override, "startOverride")
            if restart and restart.isdigit():
                numbering.starts[(num_id, int(level_text) if level_text.isdigit() else 0)] = int(restart)
    return numbering


@dataclass
class _Counts:
    insertions: int = 0
    deletions: int = 0
    controls: int = 0
    paragraphs: int = 0


def _on(element: Element | None) -> bool:
    if element is None:
        return False
    value = element.get(W + "val")
    return value not in ("0", "false", "off", "none")


def _runs(paragraph: Element, counts: _Counts) -> list[Run]:
    """The visible runs of a paragraph: inserted text in, deleted text out (the accepted version)."""
    runs: list[Run] = []

    def walk(element: Element) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "r":
                props = child.find(W + "rPr")
                bold = _on(props.find(W + "b")) if props is not None else False
                italic = _on(props.find(W + "i")) if props is not None else False
                for part in child:
                    if part.tag == W + "t":
                        runs.append(Run(part.text or "", bold, italic))
                    elif part.tag in (W + "tab", W + "ptab"):
                        runs.append(Run(" ", bold, italic))
                    elif part.tag in (W + "br", W + "cr"):
                        runs.append(Run("\n", bold, italic))
                    elif part.tag == W + "noBreakHyphen":
                        runs.append(Run("-", bold, italic))
            elif tag in (W + "del", W + "moveFrom"):
                counts.deletions += 1
            elif tag in (W + "ins", W + "moveTo"):
                counts.insertions += 1
                walk(child)
            elif tag == W + "sdt":
                counts.controls += 1
                content = child.find(W + "sdtContent")
                if content is not None:
                    walk(content)
            elif tag in (W + "hyperlink", W + "smartTag", W + "fldSimple", W + "customXml", W + "dir", W + "bdo"):
                walk(child)
    walk(paragraph)
    return runs


def _paragraph_props(paragraph: Element, styles: dict[str, _Style]) -> tuple[int, str, int, str]:
    """Heading level, numId, level and the style's list kind of a paragraph."""
    ppr = paragraph.find(W + "pPr")
    style = styles.get(_val(ppr, "pStyle") or "", _Style()) if ppr is not None else styles.get("Normal", _Style())
    heading, num_id, ilvl = style.heading, style.num_id, style.ilvl
    if ppr is not None:
        outline = _val(ppr, "outlineLvl")
        if outline is not None and outline.isdigit() and int(outline) < 9:
            heading = int(outline) + 1
        num = ppr.find(W + "numPr")
        if num is not None:
            num_id = _val(num, "numId") or num_id
            level = _val(num, "ilvl")
            ilvl = int(level) if level and level.isdigit() else ilvl
    return heading, num_id if num_id != "0" else "", ilvl, style.list_kind


def _body_items(body: Element, counts: _Counts) -> Iterator[Element]:
    """Paragraphs and tables in order, descending into content controls and tracked insertions."""
    for child in body:
        if child.tag in (W + "p", W + "tbl"):
            yield child
        elif child.tag == W + "sdt":
            counts.controls += 1
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _body_items(content, counts)
        elif child.tag in (W + "ins", W + "moveTo", W + "customXml"):
            yield from _body_items(child, counts)


def _markdown_line(kind: BlockKind, runs: list[Run]) -> str:
    text = render_markdown(BlockText((Block(kind, normalise_runs(runs)),)))
    return text.strip("\n")


def docx_lines(data: bytes, name: str = "Word-bestand") -> tuple[list[SourceLine], tuple[ImportWarning, ...]]:
    """The paragraphs of a .docx as source lines (Markdown inline), plus notes on what was read.

    ``name`` (the file's name) is used in the messages of a refusal."""
    document, styles_root, numbering_root = _open(data, name)
    styles = _styles(styles_root)
    numbering = _numbering(numbering_root)
    body = document.find(W + "body")
    if body is None:
        raise ImportRefused(Message.of("docx.empty"))
    counts = _Counts()
    lines: list[SourceLine] = []
    number = 0

    previous = ""  # kind of the last paragraph: "heading", "label", "item", "text"

    def add(text: str, heading: int = 0, bold: bool = False) -> None:
        nonlocal number
        number += 1
        lines.append(SourceLine(number, text, heading=heading, bold=bold, markdown=True))

    def add_paragraph(text: str, kind: str, heading: int = 0, bold: bool = False) -> None:
        """Word separates paragraphs by spacing, the text layout by a blank line: one is put
        between paragraphs, not after a heading or label and not between list items."""
        nonlocal previous
        if previous and kind != "heading" and previous not in ("heading", "label") and not (
            previous == "item" and kind == "item"
        ):
            add("")
        add(text, heading=heading, bold=bold)
        previous = kind

    for item in _body_items(body, counts):
        counts.paragraphs += 1
        if counts.paragraphs > MAX_PARAGRAPHS:
            raise ImportRefused(Message.of("docx.too_many_paragraphs"))
        if item.tag == W + "tbl":
            if lines and lines[-1].text:
                add("")
            for row_line in _table_lines(item, counts):
                add(row_line)
            add("")
            previous = ""
            continue
        runs = _runs(item, counts)
        heading, num_id, ilvl, list_kind = _paragraph_props(item, styles)
        pieces = _split_breaks(runs)
        if not any(run.text.strip() for piece in pieces for run in piece):
            continue
        for index, piece in enumerate(pieces):
            if not any(run.text.strip() for run in piece):
                continue
            level = heading if index == 0 else 0
            bold = all(run.bold for run in piece if run.text.strip())
            prefix_kind = BlockKind.PARAGRAPH
            prefix = ""
            if index == 0 and (num_id or list_kind):
                fmt, value = numbering.next(num_id, ilvl) if num_id else (
                    "bullet" if list_kind == "bullet" else "decimal", 0)
                if fmt == "bullet":
                    prefix_kind = BlockKind.BULLET
                elif fmt != "none":
                    if not value:
                        value = numbering.next(f"style:{list_kind}", ilvl)[1]
                    prefix = f"{value}. "
            if level:
                text = _plain(piece)
                add_paragraph(prefix + text, "heading", heading=level)
            elif prefix:
                add_paragraph(prefix + _markdown_line(BlockKind.PARAGRAPH, piece).lstrip("\\"), "item", bold=bold)
            else:
                label = bold and prefix_kind is BlockKind.PARAGRAPH
                add_paragraph(_markdown_line(prefix_kind, piece), "label" if label else
                              "item" if prefix_kind is BlockKind.BULLET else "text", bold=label)
    notes: list[ImportWarning] = []
    if counts.insertions or counts.deletions:
        notes.append(ImportWarning(0, f"het document bevat bijgehouden wijzigingen ({counts.insertions} invoeging(en), "
                                      f"{counts.deletions} verwijdering(en)); de geaccepteerde tekst is geïmporteerd"))
    if counts.controls:
        notes.append(ImportWarning(0, f"{counts.controls} inhoudsbesturingselement(en) gelezen als gewone tekst"))
    return lines, tuple(notes)


def _plain(runs: list[Run]) -> str:
    return " ".join("".join(run.text for run in runs).split())


def _split_breaks(runs: list[Run]) -> list[list[Run]]:
    pieces: list[list[Run]] = [[]]
    for run in runs:
        parts = run.text.split("\n")
        for index, part in enumerate(parts):
            if index:
                pieces.append([])
            if part:
                pieces[-1].append(Run(part, run.bold, run.italic))
    return pieces


def _table_lines(table: Element, counts: _Counts) -> list[str]:
    rows: list[Block] = []
    for row in table.iter(W + "tr"):
        cells: list[list[Run]] = []
        for cell in row.findall(W + "tc"):
            runs: list[Run] = []
            for paragraph in cell.iter(W + "p"):
                piece = _runs(paragraph, counts)
                if runs and piece:
                    runs.append(Run(" "))
                runs.extend(Run(run.text.replace("\n", " "), run.bold, run.italic) for run in piece)
            cells.append(runs)
        if cells:
            rows.append(table_row(cells, gap_before=not rows))
    if not rows:
        return []
    return render_markdown(BlockText(tuple(rows))).strip("\n").split("\n")


def read_docx(source: bytes | Path) -> ParseResult:
    """Recognise a Word document (its bytes or its path); ImportRefused when it is broken, too large or
    holds no activity."""
    name = "Word-bestand"
    if isinstance(source, Path):
        path = source
        name = path.name
        try:
            if path.stat().st_size > MAX_FILE:
                raise ImportRefused(Message.of("file.too_large_to_import", name=path.name))
            source = path.read_bytes()
        except OSError as error:
            raise ImportRefused(Message.of("file.cannot_read", name=path.name, strerror=error.strerror)) from error
    from .chapter_recognise import attach_chapter, split_source_lines

    lines, notes = docx_lines(source, name)
    lines, parts = split_source_lines(lines)  # the chapter's effects and costs, beside the activities
    recognition = recognise(lines)
    refuse_without_activities(recognition)
    document = attach_chapter(recognition.document, parts)
    return ParseResult(document, (*notes, *recognition.warnings), "docx", recognition)
