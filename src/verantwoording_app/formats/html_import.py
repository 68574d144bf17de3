"""HTML import (a saved web page, HTML from the clipboard) through the one recogniser.

Block elements become lines: ``h1``–``h6`` carry their heading level, list
items become ``- `` or numbered items, ``strong``/``b`` and ``em``/``i``
stay bold and italic, a table becomes a pipe table. Script, style and the
page's navigation are left out (navigation is reported). The standard
library's HTMLParser reads the page in one pass; its size is capped by the
caller like any text.
"""

from __future__ import annotations

from html.parser import HTMLParser

from ..domain.blocktext import (
    Block,
    BlockKind,
    BlockText,
    Run,
    normalise_runs,
    render_markdown,
    table_row,
)
from .pctext import MAX_BYTES, ParseResult, refuse_without_activities
from .recognise import ImportWarning, SourceLine, recognise
from .textdecode import decode_text

_BLOCKS = {"p", "div", "section", "article", "main", "li", "dt", "dd", "blockquote", "pre", "figcaption", "caption",
           "address", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol", "table", "header", "footer", "aside",
           "body", "form", "fieldset", "legend", "summary", "details", "label"}
_SKIPPED = {"script", "style", "template", "noscript", "head", "svg", "nav", "title", "select", "button"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "embed", "source", "track"}
MAX_DEPTH = 500


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[SourceLine] = []
        self.runs: list[Run] = []
        self.heading = 0
        self.bold = 0
        self.italic = 0
        self.skip = 0
        self.navigation = 0
        self.lists: list[list[int | str]] = []  # ["ul"] or ["ol", counter]
        self.item_prefix: str | None = None
        self.item_kind = BlockKind.PARAGRAPH
        self.table: list[list[list[Run]]] | None = None
        self.cell: list[Run] | None = None
        self.depth = 0

    # -- helpers ----------------------------------------------------------------

    def _add(self, text: str, heading: int = 0, bold: bool = False) -> None:
        self.lines.append(SourceLine(len(self.lines) + 1, text, heading=heading, bold=bold, markdown=True))

    def flush(self) -> None:
        runs = normalise_runs(Run(" ".join(r.text.split()) if r.text.strip() else " ", r.bold, r.italic)
                              for r in self.runs)
        self.runs = []
        text = "".join(run.text for run in runs).strip()
        if not text:
            return
        if runs:
            runs = (Run(runs[0].text.lstrip(), runs[0].bold, runs[0].italic), *runs[1:])
            runs = (*runs[:-1], Run(runs[-1].text.rstrip(), runs[-1].bold, runs[-1].italic))
        if self.heading:
            self._add(" ".join(text.split()), heading=self.heading)
        elif self.item_prefix is not None:
            inline = render_markdown(BlockText((Block(BlockKind.PARAGRAPH, normalise_runs(runs)),))).strip("\n")
            self._add(self.item_prefix + inline.lstrip("\\") if self.item_prefix else
                      render_markdown(BlockText((Block(self.item_kind, normalise_runs(runs)),))).strip("\n"))
            self.item_prefix = None
        else:
            bold = all(run.bold for run in runs if run.text.strip())
            self._add(render_markdown(BlockText((Block(BlockKind.PARAGRAPH, normalise_runs(runs)),))).strip("\n"),
                      bold=bold)

    # -- parser callbacks -------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br" and not self.skip:
                if self.cell is not None:
                    self.cell.append(Run(" "))
                else:
                    self.flush()
            return
        self.depth += 1
        if self.skip or tag in _SKIPPED:
            self.skip += 1
            if tag == "nav" and self.skip == 1:
                self.navigation += 1
            return
        if self.depth > MAX_DEPTH:
            return
        if tag in ("b", "strong"):
            self.bold += 1
        elif tag in ("i", "em"):
            self.italic += 1
        elif tag == "table":
            self.flush()
            self.table = []
        elif tag == "tr" and self.table is not None:
            self.table.append([])
        elif tag in ("td", "th") and self.table is not None:
            self.cell = []
        elif tag in _BLOCKS and self.cell is None:
            self.flush()
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.heading = int(tag[1])
            elif tag == "ul":
                self.lists.append(["ul"])
            elif tag == "ol":
                self.lists.append(["ol", 0])
            elif tag == "li":
                if self.lists and self.lists[-1][0] == "ol":
                    counter = int(self.lists[-1][1]) + 1
                    self.lists[-1][1] = counter
                    self.item_prefix = f"{counter}. "
                else:
                    self.item_prefix, self.item_kind = "", BlockKind.BULLET

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        self.depth = max(0, self.depth - 1)
        if self.skip:
            self.skip -= 1
            return
        if tag in ("b", "strong"):
            self.bold = max(0, self.bold - 1)
        elif tag in ("i", "em"):
            self.italic = max(0, self.italic - 1)
        elif tag in ("td", "th") and self.table is not None and self.cell is not None:
            if not self.table:
                self.table.append([])
            self.table[-1].append(self.cell)
            self.cell = None
        elif tag == "table" and self.table is not None:
            rows = [table_row(cells, gap_before=index == 0) for index, cells in enumerate(self.table) if cells]
            self.table = None
            if rows:
                self._add("")
                for line in render_markdown(BlockText(tuple(rows))).strip("\n").split("\n"):
                    self._add(line)
                self._add("")
        elif tag in _BLOCKS and self.cell is None:
            self.flush()
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.heading = 0
            elif tag in ("ul", "ol") and self.lists:
                self.lists.pop()
            closes_paragraph = tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "div", "section")
            if closes_paragraph and self.lines and self.lines[-1].text:
                self._add("")

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        run = Run(data, self.bold > 0, self.italic > 0)
        if self.cell is not None:
            self.cell.append(Run(" ".join(data.split()) if data.strip() else " ", run.bold, run.italic))
        else:
            self.runs.append(run)


def html_lines(data: bytes) -> tuple[list[SourceLine], tuple[ImportWarning, ...]]:
    """The block lines of an HTML page (Markdown inline), plus notes."""
    decoded = decode_text(data, max_bytes=MAX_BYTES)
    return html_text_lines(decoded.text, tuple(ImportWarning(line, message) for line, message in decoded.notes
                                               if not line))


def html_text_lines(text: str, notes: tuple[ImportWarning, ...] = ()) -> tuple[list[SourceLine], tuple[ImportWarning, ...]]:
    reader = _Reader()
    reader.feed(text)
    reader.close()
    reader.flush()
    extra = list(notes)
    if reader.navigation:
        extra.append(ImportWarning(0, f"{reader.navigation} navigatieblok(ken) van de webpagina weggelaten"))
    return reader.lines, tuple(extra)


def read_html(data: bytes) -> ParseResult:
    """Recognise a saved web page; ImportRefused when it holds no activity."""
    lines, notes = html_lines(data)
    recognition = recognise(lines)
    refuse_without_activities(recognition)
    return ParseResult(recognition.document, (*notes, *recognition.warnings), "html", recognition)
