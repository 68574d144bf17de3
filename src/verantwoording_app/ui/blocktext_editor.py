"""A rich text editor for block text that converts to and from the domain BlockText exactly.

The mapping is deliberately small:

* a QTextBlock in a disc list is a bullet item, in a decimal list a numbered item;
* a block with heading level 4 is a sub-heading;
* bold and italic come from the character formats; fonts, sizes and colours are ignored;
* an *empty* QTextBlock between two blocks is a blank line (``gap_before=True``);
  no empty block between them means the blocks are tight.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextListFormat,
    QTextTable,
    QTextTableFormat,
)
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from ..domain.blocktext import (
    BULLET_CHARS,
    CELL_SEPARATOR,
    Block,
    BlockKind,
    BlockText,
    Run,
    normalise,
    table_cells,
    table_groups,
)

HEADING_LEVEL = 4
HEADING_SCALE = 1.15
_BULLET_STYLES = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)
_PASTED_BULLET = re.compile(r"^\s*[" + re.escape(BULLET_CHARS.replace("o", "")) + r"][\s\u00a0]+")
_PASTED_NUMBER = re.compile(r"^\s*\d{1,3}[.)][\s\u00a0]+")
_OBJECT_REPLACEMENT = "\ufffc"


# ---------------------------------------------------------------------------
# QTextDocument -> BlockText


def _block_kind(block: QTextBlock) -> BlockKind:
    text_list = block.textList()
    if text_list is not None:
        style = text_list.format().style()
        return BlockKind.BULLET if style in _BULLET_STYLES else BlockKind.NUMBERED
    if block.blockFormat().headingLevel() > 0:
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def _block_runs(block: QTextBlock) -> list[Run]:
    """The runs of a block; a link (pasted from Word or a web page) keeps its address after its text."""
    runs: list[Run] = []
    link = ""
    link_text = ""
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            text = fragment.text().replace(_OBJECT_REPLACEMENT, "")
            href = link_address(fmt.anchorHref()) if fmt.isAnchor() else ""
            if link and href != link:
                runs.extend(_address_after(link, link_text))
                link_text = ""
            link = href
            link_text += text if href else ""
            runs.append(Run(text, fmt.fontWeight() >= QFont.Weight.DemiBold, fmt.fontItalic()))
        iterator += 1
    if link:
        runs.extend(_address_after(link, link_text))
    return runs


def link_address(href: str) -> str:
    """The address to keep for a link: web and e-mail links only (no page anchors, no scripts)."""
    url = QUrl(href.strip())
    scheme = url.scheme().lower()
    if scheme in ("http", "https"):
        return url.toString()
    if scheme == "mailto":
        return url.path()
    return ""


def _address_after(address: str, text: str) -> list[Run]:
    """" (address)" after a link's text, unless the text already is the address."""
    shown = text.strip().rstrip("/").casefold()
    bare = address.rstrip("/").casefold()
    if not shown or shown in (bare, bare.removeprefix("https://"), bare.removeprefix("http://"),
                              bare.removeprefix("https://www."), bare.removeprefix("http://www.")):
        return []
    return [Run(f" ({address})")]


def document_to_blocktext(document: QTextDocument, *, margins_make_gaps: bool = False) -> BlockText:
    """The block text of a QTextDocument.

    ``margins_make_gaps`` is for pasted HTML, where paragraphs are separated by
    margins rather than by empty blocks.
    """
    blocks: list[Block] = []
    gap = False
    previous_bottom = 0.0
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            for index, row in enumerate(_table_rows(table)):
                blocks.append(Block(BlockKind.TABLE, row, (gap or not blocks) if index == 0 else False))
            gap = False
            end = table.lastPosition()
            while block.isValid() and block.position() <= end:
                block = block.next()
            continue
        runs = _block_runs(block)
        text = "".join(run.text for run in runs)
        if not text.strip():
            gap = True
            block = block.next()
            continue
        kind = _block_kind(block)
        fmt = block.blockFormat()
        if margins_make_gaps:
            if kind is BlockKind.PARAGRAPH:
                kind, runs = _recognise_pasted_list(runs)
            if kind is BlockKind.PARAGRAPH or kind is BlockKind.HEADING:
                gap = gap or previous_bottom > 0 or fmt.topMargin() > 0
            previous_bottom = fmt.bottomMargin() if kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) else 0.0
        blocks.append(Block(kind, tuple(runs), gap or not blocks))
        gap = False
        block = block.next()
    return normalise(BlockText(tuple(blocks)))


def _table_rows(table: QTextTable) -> list[tuple[Run, ...]]:
    """The runs of each row of a QTextTable, cells joined by the cell separator.

    A cell spanning several columns gives its text once; the cells it covers are empty.
    """
    rows: list[tuple[Run, ...]] = []
    for row in range(table.rows()):
        runs: list[Run] = []
        for column in range(table.columns()):
            if column:
                runs.append(Run(CELL_SEPARATOR))
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue
            block = cell.firstCursorPosition().block()
            last = cell.lastCursorPosition().block().blockNumber()
            while block.isValid() and block.blockNumber() <= last:
                if runs and runs[-1].text != CELL_SEPARATOR and block != cell.firstCursorPosition().block():
                    runs.append(Run(" "))
                runs.extend(_block_runs(block))
                block = block.next()
        rows.append(tuple(runs))
    return rows


def _recognise_pasted_list(runs: list[Run]) -> tuple[BlockKind, list[Run]]:
    """Word pastes list items as paragraphs that start with a bullet glyph or ``1.``."""
    text = "".join(run.text for run in runs)
    for pattern, kind in ((_PASTED_BULLET, BlockKind.BULLET), (_PASTED_NUMBER, BlockKind.NUMBERED)):
        match = pattern.match(text)
        if match and match.end() < len(text.rstrip()):
            return kind, _drop_prefix(runs, match.end())
    return BlockKind.PARAGRAPH, runs


def _drop_prefix(runs: list[Run], count: int) -> list[Run]:
    out: list[Run] = []
    for run in runs:
        if count >= len(run.text):
            count -= len(run.text)
            continue
        out.append(Run(run.text[count:], run.bold, run.italic))
        count = 0
    return out


# ---------------------------------------------------------------------------
# BlockText -> QTextDocument


def plain_block_format() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(0)
    fmt.setBottomMargin(0)
    fmt.setHeadingLevel(0)
    return fmt


def heading_block_format() -> QTextBlockFormat:
    fmt = plain_block_format()
    fmt.setHeadingLevel(HEADING_LEVEL)
    return fmt


def run_format(run: Run, *, heading: bool, base_size: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
    fmt.setFontItalic(run.italic)
    if heading:
        fmt.setFontPointSize(base_size * HEADING_SCALE)
        fmt.setForeground(Qt.GlobalColor.darkBlue)
    return fmt


def write_blocktext(cursor: QTextCursor, text: BlockText, base_size: float) -> None:
    """Insert block text at the cursor, which must stand in an empty first block.

    A table is a QTextTable; Qt always keeps a block after it, which takes the
    next block (or is the blank line before it).
    """
    first = True  # the cursor stands in an empty block that the next block may use
    after_table = False
    current_list = None
    current_style = None
    for item in table_groups(normalise(text).blocks):
        if isinstance(item, tuple):
            if not first and item[0].gap_before:
                cursor.insertBlock(plain_block_format(), QTextCharFormat())
            _write_table(cursor, item, base_size)
            first, after_table, current_list = True, True, None
            continue
        block = item
        heading = block.kind is BlockKind.HEADING
        if first:
            if after_table and block.gap_before:  # the block after the table is the blank line
                cursor.insertBlock(plain_block_format(), QTextCharFormat())
            cursor.setBlockFormat(heading_block_format() if heading else plain_block_format())
        else:
            if block.gap_before:
                cursor.insertBlock(plain_block_format(), QTextCharFormat())
                current_list = None
            cursor.insertBlock(heading_block_format() if heading else plain_block_format(), QTextCharFormat())
        first = False
        if block.kind in (BlockKind.BULLET, BlockKind.NUMBERED):
            style = (
                QTextListFormat.Style.ListDisc if block.kind is BlockKind.BULLET
                else QTextListFormat.Style.ListDecimal
            )
            if current_list is not None and current_style == style:
                current_list.add(cursor.block())
            else:
                list_format = QTextListFormat()
                list_format.setStyle(style)
                list_format.setIndent(1)
                current_list = cursor.createList(list_format)
                current_style = style
        else:
            current_list = None
        for run in block.runs:
            cursor.insertText(run.text, run_format(run, heading=heading, base_size=base_size))


def _write_table(cursor: QTextCursor, rows: tuple[Block, ...], base_size: float) -> None:
    """A table group as a QTextTable; leaves the cursor in the block after it."""
    cells = table_cells(rows)
    table_format = QTextTableFormat()
    table_format.setCellPadding(3)
    table_format.setCellSpacing(0)
    table_format.setBorder(1)
    table_format.setHeaderRowCount(1)
    table = cursor.insertTable(len(cells), len(cells[0]), table_format)
    for row_index, row in enumerate(cells):
        for column, cell in enumerate(row):
            cell_cursor = table.cellAt(row_index, column).firstCursorPosition()
            for run in cell:
                cell_cursor.insertText(run.text, run_format(run, heading=False, base_size=base_size))
    cursor.setPosition(table.lastPosition())
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock)


# ---------------------------------------------------------------------------


class BlockTextEdit(QTextEdit):
    """The editor of one block text field (plan, realisation, programme intro)."""

    changed_by_user = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self._loading = False
        self.document().setDocumentMargin(6)
        self.textChanged.connect(self._on_text_changed)

    # -- conversion ------------------------------------------------------------

    def base_size(self) -> float:
        size = self.font().pointSizeF()
        return size if size > 0 else 10.0

    def set_blocktext(self, text: BlockText) -> None:
        """Show a text; clears the editor's own undo history."""
        self._loading = True
        try:
            document = self.document()
            document.clear()
            cursor = QTextCursor(document)
            write_blocktext(cursor, text, self.base_size())
            document.clearUndoRedoStacks()
            document.setModified(False)
            self.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._loading = False

    def blocktext(self) -> BlockText:
        return document_to_blocktext(self.document())

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.changed_by_user.emit()

    # -- selection of a hit --------------------------------------------------------

    def select_in_block(self, block_index: int, start: int, length: int) -> bool:
        """Select characters in the ``block_index``-th non-empty block (as in BlockText)."""
        block = self.document().begin()
        index = -1
        while block.isValid():
            if block.text().strip():
                index += 1
                if index == block_index:
                    leading = len(block.text()) - len(block.text().lstrip())
                    cursor = QTextCursor(block)
                    cursor.setPosition(block.position() + leading + start)
                    cursor.setPosition(block.position() + leading + start + length, QTextCursor.MoveMode.KeepAnchor)
                    self.setTextCursor(cursor)
                    self.ensureCursorVisible()
                    return True
            block = block.next()
        return False

    # -- formatting ------------------------------------------------------------

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal if self.is_bold() else QFont.Weight.Bold)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.is_italic())
        self._merge(fmt)

    def _merge(self, fmt: QTextCharFormat) -> None:
        """Format the selection; without one, what is typed next (as Word does), nothing already there."""
        # mergeCurrentCharFormat applies to the selection when there is one, and otherwise only
        # sets the format the cursor will type with
        self.mergeCurrentCharFormat(fmt)

    def is_bold(self) -> bool:
        """Whether text typed at the cursor is bold (what the B button shows)."""
        return self.currentCharFormat().fontWeight() >= QFont.Weight.DemiBold

    def is_italic(self) -> bool:
        return self.currentCharFormat().fontItalic()

    def toggle_list(self, kind: BlockKind) -> None:
        style = QTextListFormat.Style.ListDisc if kind is BlockKind.BULLET else QTextListFormat.Style.ListDecimal
        cursor = self.textCursor()
        cursor.beginEditBlock()
        blocks = self._selected_blocks(cursor)
        in_style = all(b.textList() is not None and b.textList().format().style() == style for b in blocks)
        for block in blocks:
            text_list = block.textList()
            if text_list is not None:
                text_list.remove(block)
                block_cursor = QTextCursor(block)
                fmt = block.blockFormat()
                fmt.setIndent(0)
                block_cursor.setBlockFormat(fmt)
        if not in_style:
            self._set_heading(blocks, False)
            previous = blocks[0].previous()
            target = None
            if previous.isValid() and previous.text().strip() and previous.textList() is not None \
                    and previous.textList().format().style() == style:
                target = previous.textList()
            for block in blocks:
                if target is None:
                    list_format = QTextListFormat()
                    list_format.setStyle(style)
                    list_format.setIndent(1)
                    target = QTextCursor(block).createList(list_format)
                else:
                    target.add(block)
        cursor.endEditBlock()

    def toggle_bullets(self) -> None:
        self.toggle_list(BlockKind.BULLET)

    def toggle_numbered(self) -> None:
        self.toggle_list(BlockKind.NUMBERED)

    def toggle_heading(self) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        blocks = self._selected_blocks(cursor)
        make = not all(b.blockFormat().headingLevel() > 0 for b in blocks)
        if make:
            for block in blocks:
                if block.textList() is not None:
                    block.textList().remove(block)
        self._set_heading(blocks, make)
        cursor.endEditBlock()

    def _set_heading(self, blocks: list[QTextBlock], heading: bool) -> None:
        for block in blocks:
            cursor = QTextCursor(block)
            fmt = block.blockFormat()
            fmt.setHeadingLevel(HEADING_LEVEL if heading else 0)
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            char = QTextCharFormat()
            if heading:
                char.setFontPointSize(self.base_size() * HEADING_SCALE)
                char.setForeground(Qt.GlobalColor.darkBlue)
                cursor.mergeCharFormat(char)
                cursor.mergeBlockCharFormat(char)
            else:
                self._clear_size(cursor)

    def _clear_size(self, cursor: QTextCursor) -> None:
        """Drop heading size and colour from a range, keeping bold and italic."""
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = self.document().findBlock(start)
        pieces: list[tuple[int, int, QTextCharFormat]] = []
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                old = fragment.charFormat()
                fmt = QTextCharFormat()
                fmt.setFontWeight(old.fontWeight())
                fmt.setFontItalic(old.fontItalic())
                pieces.append((fragment.position(), fragment.position() + fragment.length(), fmt))
            iterator += 1
        for begin, finish, fmt in pieces:
            if finish <= start or (begin >= end and end > start):
                continue
            piece = QTextCursor(self.document())
            piece.setPosition(begin)
            piece.setPosition(finish, QTextCursor.MoveMode.KeepAnchor)
            piece.setCharFormat(fmt)
        block_cursor = QTextCursor(block)
        block_cursor.setBlockCharFormat(QTextCharFormat())
        self.setCurrentCharFormat(QTextCharFormat())

    def _selected_blocks(self, cursor: QTextCursor) -> list[QTextBlock]:
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        blocks = []
        block = first
        while block.isValid():
            blocks.append(block)
            if block == last:
                break
            block = block.next()
        return blocks

    # -- keys and paste ----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            cursor = self.textCursor()
            block = cursor.block()
            if block.blockFormat().headingLevel() > 0 and cursor.atBlockEnd():
                # like Word: after a sub-heading you go on in a normal paragraph
                cursor.insertBlock(plain_block_format(), QTextCharFormat())
                self.setCurrentCharFormat(QTextCharFormat())
                self.ensureCursorVisible()
                return
            if block.textList() is not None and not block.text().strip():
                # Enter in an empty list item ends the list
                block.textList().remove(block)
                fmt = block.blockFormat()
                fmt.setIndent(0)
                cursor.setBlockFormat(fmt)
                return
        if event.key() == Qt.Key.Key_Return and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
            # a line break would be split into a new block on save anyway: make it one now
            self.textCursor().insertBlock()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasHtml():
            scratch = QTextDocument()
            scratch.setHtml(source.html())
            text = document_to_blocktext(scratch, margins_make_gaps=True)
            if text.is_empty:
                super().insertFromMimeData(source)
                return
            self.insert_blocktext(text)
            return
        if source.hasText():
            self.textCursor().insertText(source.text(), self._plain_format())
            self.ensureCursorVisible()
            return
        super().insertFromMimeData(source)

    def paste_plain(self) -> None:
        """Plakken als platte tekst: the clipboard's text only, in the format at the cursor."""
        source = QApplication.clipboard().mimeData()
        if self.isReadOnly() or source is None or not source.hasText():
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(source.text(), self._plain_format())
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def insert_blocktext(self, text: BlockText) -> None:
        """Insert clean block text at the cursor, as one undo step."""
        scratch = QTextDocument()
        write_blocktext(QTextCursor(scratch), text, self.base_size())
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.insertFragment(QTextDocumentFragment(scratch))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _plain_format(self) -> QTextCharFormat:
        current = self.currentCharFormat()
        fmt = QTextCharFormat()
        fmt.setFontWeight(current.fontWeight())
        fmt.setFontItalic(current.fontItalic())
        if current.hasProperty(QTextCharFormat.Property.FontPointSize):
            fmt.setFontPointSize(current.fontPointSize())
            fmt.setForeground(current.foreground())
        return fmt

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText() or super().canInsertFromMimeData(source)
