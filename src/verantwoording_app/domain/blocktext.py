"""Block text: the one parser and renderer of activity texts.

A text is a sequence of blocks (paragraph, bullet item, numbered item, short
sub-heading, table row), each made of runs with bold/italic. ``gap_before`` records
whether a blank line separates a block from the one before it, so that the
published P&C layout survives a round trip line for line.

Storage form is a small Markdown dialect: one line per block, a blank line for
a gap, ``- `` bullets, ``1. `` numbered items, ``### `` sub-headings,
``**bold**`` and ``*italic*``, backslash escapes, and pipe tables
(``| a | b |`` with a ``|---|---|`` line under the header row). Every importer
and exporter goes through this module.

A table row is a block of kind ``TABLE`` whose runs hold the cells separated
by a tab (``CELL_SEPARATOR``): a row keeps working wherever a block's text or
runs are read (word counts, search, spelling). Neighbouring rows without a gap
form one table; the first row of a table is its header.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    NUMBERED = "numbered"
    HEADING = "heading"
    TABLE = "table"
    """One row of a table; the cells are separated by ``CELL_SEPARATOR`` in the runs."""


CELL_SEPARATOR = "\t"


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    runs: tuple[Run, ...]
    gap_before: bool = True

    @property
    def text(self) -> str:
        runs = self.runs
        return runs[0].text if len(runs) == 1 else "".join(run.text for run in runs)

    @property
    def cells(self) -> tuple[tuple[Run, ...], ...]:
        """The runs of each cell of a table row (one cell for any other block)."""
        return split_cells(self.runs)


def split_cells(runs: Sequence[Run]) -> tuple[tuple[Run, ...], ...]:
    """Runs cut at each ``CELL_SEPARATOR``; always at least one (possibly empty) cell."""
    cells: list[list[Run]] = [[]]
    for run in runs:
        if CELL_SEPARATOR not in run.text:
            cells[-1].append(run)
            continue
        for index, part in enumerate(run.text.split(CELL_SEPARATOR)):
            if index:
                cells.append([])
            if part:
                cells[-1].append(Run(part, run.bold, run.italic))
    return tuple(tuple(cell) for cell in cells)


def table_row(cells: Sequence[Sequence[Run] | str], *, gap_before: bool = False) -> Block:
    """A table row from its cells (runs or plain strings)."""
    runs: list[Run] = []
    for index, cell in enumerate(cells):
        if index:
            runs.append(Run(CELL_SEPARATOR))
        runs.extend([Run(cell)] if isinstance(cell, str) else cell)
    return Block(BlockKind.TABLE, _join_cells([tuple(r for r in runs)]), gap_before)


def _join_cells(cells: Sequence[Sequence[Run]]) -> tuple[Run, ...]:
    """Inverse of ``split_cells``: cells joined by separators, runs merged.

    A separator run is kept as its own run, so merging never glues formatting
    across cells; ``normalise_runs`` merges it with plain neighbours.
    """
    runs: list[Run] = []
    for index, cell in enumerate(cells):
        if index:
            runs.append(Run(CELL_SEPARATOR))
        runs.extend(cell)
    return normalise_runs(runs)


def table_groups(blocks: Sequence[Block]) -> list[Block | tuple[Block, ...]]:
    """Blocks in order, each run of table rows gathered into one tuple (a table).

    A table row with ``gap_before`` starts a new table.
    """
    out: list[Block | tuple[Block, ...]] = []
    current: list[Block] = []
    for block in blocks:
        if block.kind is BlockKind.TABLE:
            if current and block.gap_before:
                out.append(tuple(current))
                current = []
            current.append(block)
            continue
        if current:
            out.append(tuple(current))
            current = []
        out.append(block)
    if current:
        out.append(tuple(current))
    return out


@dataclass(frozen=True, slots=True)
class BlockText:
    blocks: tuple[Block, ...] = field(default=())
    _normal: bool = field(default=False, init=False, compare=False, repr=False)
    """Known to be in the canonical form (``normalise`` would return it unchanged): set by the parser and by
    ``normalise`` once checked, so that each renderer does not check the same text again."""

    @classmethod
    def from_plain(cls, text: str) -> BlockText:
        """Paragraphs from plain text: blank lines separate, each line a block."""
        return parse_plain(text.splitlines())

    @property
    def is_empty(self) -> bool:
        return not self.blocks

    def plain_text(self) -> str:
        return "\n".join(render_plain(self))

    def word_count(self) -> int:
        return sum(len(block.text.split()) for block in self.blocks)

    def to_markdown(self) -> str:
        return render_markdown(self)

    @classmethod
    def from_markdown(cls, text: str) -> BlockText:
        return parse_markdown(text)


EMPTY = BlockText()

# ---------------------------------------------------------------------------
# normalisation

_LINE_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")


def _has_line_break(text: str) -> bool:
    """``_LINE_BREAKS.search(text)``, five times faster (``in`` runs at memory speed)."""
    return (
        "\n" in text or "\r" in text or "\u2028" in text or "\u2029" in text
        or "\x0b" in text or "\x0c" in text or "\x85" in text
    )


def normalise_runs(runs: Iterable[Run]) -> tuple[Run, ...]:
    """Merge neighbouring runs with equal formatting, drop empty ones."""
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if merged and merged[-1].bold == run.bold and merged[-1].italic == run.italic:
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic)
        else:
            merged.append(run)
    return tuple(merged)


def _strip_runs(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """Trim white space at both ends, however many runs it spans."""
    out = list(runs)
    while out and not out[0].text.strip():
        out.pop(0)
    while out and not out[-1].text.strip():
        out.pop()
    if out:
        out[0] = replace(out[0], text=out[0].text.lstrip())
        out[-1] = replace(out[-1], text=out[-1].text.rstrip())
    return normalise_runs(out)


def _is_normal(text: BlockText) -> bool:
    """Cheap check that ``normalise`` would return the text unchanged."""
    table = BlockKind.TABLE  # once: an Enum member lookup goes through EnumType.__getattr__ (slow)
    for index, block in enumerate(text.blocks):
        runs = block.runs
        if not runs or (index == 0 and not block.gap_before):
            return False
        if len(runs) == 1:
            joined = runs[0].text
        else:
            previous: Run | None = None
            for run in runs:
                if not run.text:
                    return False
                if previous is not None and previous.bold == run.bold and previous.italic == run.italic:
                    return False
                previous = run
            joined = "".join(r.text for r in runs)
        # a line break in any run is one in the joined text
        if not joined or _has_line_break(joined):
            return False
        if block.kind is table:
            if _normal_row(block) != runs:
                return False
            continue
        if joined != joined.strip():
            return False
    return not any(block.kind is table for block in text.blocks) or _tables_are_square(text.blocks)


def _tables_are_square(blocks: Sequence[Block]) -> bool:
    for group in table_groups(blocks):
        if isinstance(group, tuple) and len({joined.text.count(CELL_SEPARATOR) for joined in group}) > 1:
            return False
    return True


def _square_tables(blocks: list[Block]) -> list[Block]:
    """Every row of a table as wide as its widest row (empty cells added at the end)."""
    if _tables_are_square(blocks):
        return blocks
    out: list[Block] = []
    for group in table_groups(blocks):
        if not isinstance(group, tuple):
            out.append(group)
            continue
        width = max(row.text.count(CELL_SEPARATOR) for row in group)
        for row in group:
            missing = width - row.text.count(CELL_SEPARATOR)
            out.append(replace(row, runs=normalise_runs((*row.runs, Run(CELL_SEPARATOR * missing)))))
    return out


def _cell_text(cell: Sequence[Run]) -> str:
    return "".join(run.text for run in cell)


def _normal_row(block: Block) -> tuple[Run, ...]:
    """A table row's runs with each cell trimmed and line breaks turned into spaces."""
    cells = []
    for cell in block.cells:
        flat = [Run(_LINE_BREAKS.sub(" ", run.text), run.bold, run.italic) for run in cell]
        cells.append(_strip_runs(normalise_runs(flat)))
    if not any(_cell_text(cell).strip() for cell in cells):
        return ()
    return _join_cells(cells)


def normalise(text: BlockText) -> BlockText:
    """The canonical form: no empty blocks, no line breaks inside blocks, trimmed edges.

    Anything a renderer could not represent is brought into a form it can,
    without dropping a visible character.
    """
    if text._normal:
        return text
    if _is_normal(text):
        object.__setattr__(text, "_normal", True)  # a cache on an immutable value: the blocks never change
        return text
    blocks: list[Block] = []
    pending_gap = False
    for block in text.blocks:
        if block.kind is BlockKind.TABLE:
            row = _normal_row(block)
            if not row:
                pending_gap = pending_gap or block.gap_before
                continue
            blocks.append(Block(BlockKind.TABLE, row, block.gap_before or pending_gap if blocks else True))
            pending_gap = False
            continue
        # split runs on embedded line breaks into separate tight blocks
        pieces: list[list[Run]] = [[]]
        for run in block.runs:
            parts = _LINE_BREAKS.split(run.text)
            for index, part in enumerate(parts):
                if index:
                    pieces.append([])
                pieces[-1].append(Run(part, run.bold, run.italic))
        for index, piece in enumerate(pieces):
            runs = _strip_runs(normalise_runs(piece))
            gap = block.gap_before if index == 0 else False
            if not runs or not "".join(r.text for r in runs).strip():
                pending_gap = pending_gap or gap
                continue
            kind = block.kind if index == 0 else (
                block.kind if block.kind in (BlockKind.BULLET, BlockKind.NUMBERED) else BlockKind.PARAGRAPH
            )
            blocks.append(Block(kind, runs, gap or pending_gap if blocks else True))
            pending_gap = False
    return BlockText(tuple(_square_tables(blocks)))


# ---------------------------------------------------------------------------
# Markdown dialect

_MD_BULLET = re.compile(r"^[-+*]\s+(.*)$")
_MD_NUMBERED = re.compile(r"^\d{1,9}[.)]\s+(.*)$")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*)$")
_MD_NUMBER_LIKE = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_MD_NEEDS_ESCAPE = re.compile(r"^[#>+=-]")
_NEEDS_ESCAPE_FIRST = frozenset("#>+=-")


def _render_inline(runs: Sequence[Run]) -> str:
    if len(runs) == 1 and not runs[0].bold and not runs[0].italic:  # most blocks: one plain run
        text = runs[0].text
        return text.replace("\\", "\\\\").replace("*", "\\*") if "\\" in text or "*" in text else text
    out: list[str] = []
    bold = italic = False
    for run in runs:
        toggle = ("**" if run.bold != bold else "") + ("*" if run.italic != italic else "")
        out.append(toggle)
        bold, italic = run.bold, run.italic
        out.append(run.text.replace("\\", "\\\\").replace("*", "\\*"))
    out.append(("**" if bold else "") + ("*" if italic else ""))
    return "".join(out)


# one pass of a compiled pattern: a backslash escape (any character that is neither
# alphanumeric nor white space, ``_`` included) or a run of stars; all else is plain text
_INLINE_TOKEN = re.compile(r"\\([^\w\s]|_)|(\*+)")


def _parse_inline(source: str) -> tuple[Run, ...]:
    """Parse ``**``/``*`` toggles and backslash escapes; unmatched markers stay literal.

    Linear: one ``finditer`` over the line, then one step per star run.
    """
    if "*" not in source and "\\" not in source:
        return (Run(source),) if source else ()
    texts: list[str] = []  # the tokens in order: plain text or a mark of one to three stars
    kinds: list[bool] = []  # per token: True for a mark
    marks: list[str] = []  # the marks alone
    buf: list[str] = []
    pos = 0
    for match in _INLINE_TOKEN.finditer(source):
        start = match.start()
        if start > pos:
            buf.append(source[pos:start])
        pos = match.end()
        escaped = match.group(1)
        if escaped is not None:
            buf.append(escaped)
            continue
        stars = match.group(2)
        if buf:
            texts.append("".join(buf))
            kinds.append(False)
            buf = []
        if len(stars) > 3:
            texts.append(stars[3:])
            kinds.append(False)
            stars = stars[:3]
        texts.append(stars)
        kinds.append(True)
        marks.append(stars)
    if pos < len(source):
        buf.append(source[pos:])
    if buf:
        texts.append("".join(buf))
        kinds.append(False)

    # a toggle that never closes stays literal: the last bold or italic mark when their count is odd
    bold_total = sum(1 for s in marks if len(s) >= 2)
    italic_total = sum(1 for s in marks if len(s) != 2)
    runs: list[Run] = []
    bold = italic = False
    bold_seen = italic_seen = 0
    for is_mark, piece in zip(kinds, texts, strict=True):
        if not is_mark:
            runs.append(Run(piece, bold, italic))
            continue
        literal = ""
        if len(piece) >= 2:
            bold_seen += 1
            if bold_total % 2 and bold_seen == bold_total:
                literal += "**"
            else:
                bold = not bold
        if len(piece) != 2:
            italic_seen += 1
            if italic_total % 2 and italic_seen == italic_total:
                literal += "*"
            else:
                italic = not italic
        if literal:
            runs.append(Run(literal, bold, italic))
    return normalise_runs(runs)


def _next_number(previous: int, block: Block, index: int) -> int:
    """Numbered items count on within a tight run; 0 for any other block."""
    if block.kind is not BlockKind.NUMBERED:
        return 0
    return previous + 1 if previous and index and not block.gap_before else 1


def render_markdown(text: BlockText, *, heading_prefix: str = "### ") -> str:
    lines: list[str] = []
    number = 0
    index = 0
    after_table = False
    bullet, numbered, heading = BlockKind.BULLET, BlockKind.NUMBERED, BlockKind.HEADING  # once (Enum lookups)
    for item in table_groups(normalise(text).blocks):
        if isinstance(item, tuple):
            if index and item[0].gap_before:
                lines.append("")
            lines.extend(_render_table_lines(item, _render_markdown_cell))
            index += len(item)
            number, after_table = 0, True
            continue
        block = item
        if index and block.gap_before:
            lines.append("")
        inline = _render_inline(block.runs)
        kind = block.kind
        number = _next_number(number, block, index) if kind is numbered else 0
        if kind is bullet:
            prefix = "- "
        elif kind is numbered:
            prefix = f"{number}. "
        elif kind is heading:
            prefix = heading_prefix
        else:
            prefix = ""
            first = inline[:1]
            if first.isdigit() and _MD_NUMBER_LIKE.match(inline):  # both patterns need their first character
                inline = _MD_NUMBER_LIKE.sub(r"\1\\\2", inline, count=1)
            elif first in _NEEDS_ESCAPE_FIRST and _MD_NEEDS_ESCAPE.match(inline):
                inline = "\\" + inline
        line = prefix + inline
        if "|" in inline and ((after_table and not block.gap_before) or _looks_like_delimiter(line)):
            line = prefix + inline.replace("|", "\\|")  # never read back as a table row
        lines.append(line)
        index += 1
        after_table = False
    return "\n".join(lines) + ("\n" if lines else "")


_MD_MARKUP_START = frozenset("#-+*")


def _markdown_lines(source: str) -> list[str]:
    # str.splitlines breaks at exactly the characters of _LINE_BREAKS and at these three as well
    if "\x1c" in source or "\x1d" in source or "\x1e" in source:
        return _LINE_BREAKS.split(source)
    return source.splitlines()


def parse_markdown(source: str) -> BlockText:
    blocks: list[Block] = []
    gap = True
    trimmed = True  # no table, and no block's text has white space at its edges: normal already
    lines = _markdown_lines(source.lstrip("\ufeff"))
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        index += 1
        if not line:
            gap = True
            continue
        table = _table_at(line, lines, index, markdown=True) if "|" in line else None
        if table is not None:
            trimmed = False
            rows, index = table
            for row in rows:
                blocks.append(table_row([_parse_inline(cell.strip()) for cell in row], gap_before=gap or not blocks))
                gap = False
            continue
        kind = BlockKind.PARAGRAPH
        body = line
        first = line[0]
        if first in _MD_MARKUP_START or first.isdecimal():
            if match := _MD_HEADING.match(line):
                kind, body = BlockKind.HEADING, match.group(1)
            elif match := _MD_BULLET.match(line):
                kind, body = BlockKind.BULLET, match.group(1)
            elif match := _MD_NUMBERED.match(line):
                kind, body = BlockKind.NUMBERED, match.group(1)
        if body and "*" not in body and "\\" not in body:  # no markup: one plain run (what _parse_inline gives)
            blocks.append(Block(kind, (Run(body),), gap or not blocks))
            gap = False
            continue
        runs = _parse_inline(body)
        if runs:
            if len(runs) > 1 or runs[0].text is not body:
                joined = "".join(run.text for run in runs)
                trimmed = trimmed and joined == joined.strip()
            blocks.append(Block(kind, runs, gap or not blocks))
            gap = False
    text = BlockText(tuple(blocks))
    # every line break split the lines and each run list is merged already, so without a table
    # only trimming can be left for normalise to do
    if trimmed:
        object.__setattr__(text, "_normal", True)
        return text
    return normalise(text)


# ---------------------------------------------------------------------------
# pipe tables (shared by the Markdown dialect and the P&C layout)

_DELIMITER_CELL = re.compile(r"^\s*:?-+:?\s*$")


def split_pipes(line: str, *, markdown: bool = True) -> list[str] | None:
    """The cells of a pipe-table line, or None when it has no unescaped ``|``.

    One pass over the line. In Markdown every backslash escapes the next
    character (the cell keeps the escape for the inline parser); in plain text
    only ``\\|`` is an escape, and it is unescaped here.
    """
    cells: list[str] = []
    piece: list[str] = []
    found = False
    position = 0
    length = len(line)
    while position < length:
        char = line[position]
        if char == "\\" and position + 1 < length and (markdown or line[position + 1] == "|"):
            piece.append(line[position:position + 2] if markdown else "|")
            position += 2
            continue
        if char == "|":
            cells.append("".join(piece))
            piece = []
            found = True
        else:
            piece.append(char)
        position += 1
    cells.append("".join(piece))
    if not found:
        return None
    if not cells[0].strip() and line.lstrip().startswith("|"):
        cells.pop(0)
    if cells and not cells[-1].strip() and line.rstrip().endswith("|"):
        cells.pop()
    return cells or None


def is_delimiter_row(line: str) -> bool:
    """``|---|:---:|`` (needs at least one ``|``)."""
    cells = split_pipes(line.strip(), markdown=False)
    return cells is not None and all(_DELIMITER_CELL.match(cell) for cell in cells)


def _looks_like_delimiter(line: str) -> bool:
    return "-" in line and is_delimiter_row(line)


def _table_at(line: str, lines: Sequence[str], following: int, *, markdown: bool) -> tuple[list[list[str]], int] | None:
    """The rows of a pipe table whose header is ``line`` (``lines[following]`` its delimiter row)."""
    if "|" not in line or following >= len(lines):
        return None
    delimiter = lines[following].strip()
    if "-" not in delimiter or "|" not in delimiter:
        return None
    header = split_pipes(line, markdown=markdown)
    columns = split_pipes(delimiter, markdown=False)
    if header is None or columns is None or len(header) != len(columns):
        return None
    if not all(_DELIMITER_CELL.match(cell) for cell in columns):
        return None
    rows = [header]
    index = following + 1
    while index < len(lines):
        row_line = lines[index].strip()
        cells = split_pipes(row_line, markdown=markdown) if row_line else None
        if cells is not None and not markdown and _PLAIN_BULLET.match(row_line):
            cells = None  # a bullet item after a table in the P&C layout
        if cells is None:
            break
        rows.append(cells)
        index += 1
    return rows, index


def _render_markdown_cell(cell: Sequence[Run]) -> str:
    return _render_inline(cell).replace("|", "\\|")


def _render_plain_cell(cell: Sequence[Run]) -> str:
    return "".join(run.text for run in cell).replace("|", "\\|")


def _render_table_lines(rows: Sequence[Block], render_cell: Callable[[Sequence[Run]], str]) -> list[str]:
    """``| a | b |`` lines with a ``|---|---|`` line under the header row."""
    out: list[str] = []
    for index, row in enumerate(rows):
        cells = [render_cell(cell) for cell in row.cells]
        out.append("| " + " | ".join(cells) + " |")
        if index == 0:
            out.append("|" + "---|" * len(cells))
    return out


# ---------------------------------------------------------------------------
# plain text (the P&C layout)

BULLET_PREFIX = "  \u2022 "
BULLET_CHARS = "\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u2013\u2014\u2212-*+o\uf0b7"
_PLAIN_BULLET = re.compile(r"^\s*[" + re.escape(BULLET_CHARS.replace("o", "")) + r"]\s+(.*)$")
_PLAIN_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_BULLET_FIRST = frozenset(BULLET_CHARS.replace("o", ""))
_END_PUNCTUATION = tuple(".:;!?,…\"'”’)")


def looks_like_subheading(line: str) -> bool:
    """A short line without end punctuation that starts with a capital or digit."""
    text = line.strip()
    if not text or len(text) > 80 or len(text.split()) > 10:
        return False
    if text.endswith(_END_PUNCTUATION):
        return False
    return text[0].isupper() or text[0].isdigit()


def parse_plain(lines: Sequence[str]) -> BlockText:
    """Blocks from plain lines: bullets (any common bullet character), ``1)`` items,
    pipe tables, sub-headings (short line directly followed by text), paragraphs."""
    cleaned = [line.replace("\ufeff", "").rstrip() for line in lines]
    paragraph = BlockKind.PARAGRAPH  # once: an Enum member lookup goes through EnumType.__getattr__ (slow)
    blocks: list[Block] = []
    gap = True
    index = 0
    while index < len(cleaned):
        line = cleaned[index]
        index += 1
        body = line.strip()
        if not body:
            gap = True
            continue
        table = _table_at(body, cleaned, index, markdown=False) if "|" in line else None
        if table is not None:
            rows, index = table
            for row in rows:
                blocks.append(table_row([cell.strip() for cell in row], gap_before=gap or not blocks))
                gap = False
            continue
        kind = paragraph
        first = body[0]  # the patterns are only tried where their first character can match
        if first in _BULLET_FIRST and (match := _PLAIN_BULLET.match(line)):
            kind, body = BlockKind.BULLET, match.group(1)
        elif first.isdigit() and (match := _PLAIN_NUMBERED.match(line)):
            kind, body = BlockKind.NUMBERED, match.group(2)
        else:
            following = cleaned[index] if index < len(cleaned) else ""
            apart = False
            if not following.strip() and index + 1 < len(cleaned) and gap:
                following, apart = cleaned[index + 1], True  # a sub-heading a blank line above its paragraph
            starts_section = gap or not blocks or blocks[-1].kind is not paragraph
            if (
                starts_section
                and looks_like_subheading(line)
                and following.strip()
                and not _PLAIN_BULLET.match(following)
                and len(following.strip()) > len(body)
                and not (apart and (looks_like_subheading(following) or _PLAIN_NUMBERED.match(following)
                                    or "|" in following))
            ):
                kind = BlockKind.HEADING
        blocks.append(Block(kind, (Run(body),), gap or not blocks))
        gap = False
    return normalise(BlockText(tuple(blocks)))


def render_plain(text: BlockText, *, bullet: str = BULLET_PREFIX) -> list[str]:
    """The P&C layout: one line per block, ``""`` for a gap, bullets as ``  • ``, pipe tables."""
    lines: list[str] = []
    number = 0
    index = 0
    for item in table_groups(normalise(text).blocks):
        if isinstance(item, tuple):
            if index and item[0].gap_before:
                lines.append("")
            lines.extend(_render_table_lines(item, _render_plain_cell))
            index += len(item)
            number = 0
            continue
        block = item
        if index and block.gap_before:
            lines.append("")
        number = _next_number(number, block, index)
        if block.kind is BlockKind.NUMBERED:
            lines.append(f"  {number}) {block.text}")
        elif block.kind is BlockKind.BULLET:
            lines.append(bullet + block.text)
        else:
            lines.append(block.text)
        index += 1
    return lines


# ---------------------------------------------------------------------------
# HTML (clipboard, preview)


def _render_html_inline(runs: Sequence[Run]) -> str:
    out: list[str] = []
    for run in runs:
        piece = html.escape(run.text, quote=False)
        if run.italic:
            piece = f"<i>{piece}</i>"
        if run.bold:
            piece = f"<b>{piece}</b>"
        out.append(piece)
    return "".join(out)


def render_html(text: BlockText, *, heading_tag: str = "h4") -> str:
    """Semantic HTML: ``<p>``, ``<ul>``/``<ol>``, a heading tag for sub-headings, ``<table>`` with ``<th>``."""
    out: list[str] = []
    open_list: str | None = None
    for item in table_groups(normalise(text).blocks):
        if isinstance(item, tuple):
            if open_list:
                out.append(f"</{open_list}>")
                open_list = None
            out.append(_render_html_table(item))
            continue
        block = item
        wanted = {"bullet": "ul", "numbered": "ol"}.get(block.kind.value)
        if open_list and (wanted != open_list or (block.gap_before and wanted == "ol")):
            out.append(f"</{open_list}>")
            open_list = None
        if wanted and open_list is None:
            out.append(f"<{wanted}>")
            open_list = wanted
        inline = _render_html_inline(block.runs)
        if wanted:
            out.append(f"<li>{inline}</li>")
        elif block.kind is BlockKind.HEADING:
            out.append(f"<{heading_tag}>{inline}</{heading_tag}>")
        else:
            out.append(f"<p>{inline}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "\n".join(out)


def table_cells(rows: Sequence[Block]) -> list[list[tuple[Run, ...]]]:
    """The cells of a table's rows, every row padded with empty cells to the widest row."""
    cells = [list(row.cells) for row in rows]
    width = max((len(row) for row in cells), default=0)
    for row in cells:
        row.extend([()] * (width - len(row)))
    return cells


def _render_html_table(rows: Sequence[Block]) -> str:
    cells = table_cells(rows)
    head = "".join(f'<th scope="col">{_render_html_inline(cell)}</th>' for cell in cells[0])
    out = [f"<table>\n<thead>\n<tr>{head}</tr>\n</thead>"]
    if len(cells) > 1:
        out.append("<tbody>")
        for row in cells[1:]:
            out.append("<tr>" + "".join(f"<td>{_render_html_inline(cell)}</td>" for cell in row) + "</tr>")
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


def words(text: str) -> list[str]:
    """The words of a string, for word-preservation checks."""
    return text.split()
