"""What every sheet of the workbook is made of: the sheet's head (columns, panes, view), the page set-up for
printing, the protection, plain text cells and rows, and the row height of wrapped text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from .xlsx_styles import S_DEFAULT
from .xlsx_values import column_letter, sanitise, xml_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .xlsx_zip import Part


class Sheet:
    """Row and cell writing for one sheet part."""

    def __init__(self, part: Part, columns: int) -> None:
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


_HIDDEN: Final = ' hidden="1"'


def sheet_xml_head(
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
    """The sheet's XML up to ``<sheetData>``; ``printed`` sheets fit one page wide (see ``page_setup``),
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


PAGE: Final = (
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
)
PROTECTION: Final = (
    '<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" '
    'formatRows="0" insertRows="0" sort="0" autoFilter="0"/>'
)
"""Locked cells (ids, codes, baselines, counts) cannot be typed over; no password: a guard, not a lock."""


def page_setup(title: str) -> str:
    """Landscape A4, one page wide, as many pages down as needed; header with the document's title,
    footer with the sheet name and "Pagina X van Y" (the header row repeats: ``_xlnm.Print_Titles``)."""
    header = xml_text(sanitise(title)[0].replace("&", "&&"))
    return (
        '<printOptions gridLines="0"/>'
        '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
        f'<headerFooter><oddHeader>&amp;L&amp;B{header}</oddHeader>'
        "<oddFooter>&amp;L&amp;A&amp;RPagina &amp;P van &amp;N</oddFooter></headerFooter>"
    )


def wrapped_lines(text: str, width: float, most: int = 0) -> int:
    """Lines a wrapped cell of ``width`` (Excel character units) needs for ``text``; the row height.
    ``most`` > 0: any count from ``most`` on is given as ``most`` (a row is no higher than Excel allows)."""
    if not text:
        return 1
    per_line = max(1, int(width * 1.15))
    if len(text) <= per_line and "\n" not in text:
        return 1
    if most and len(text) - text.count("\n") >= most * per_line:
        return most  # the lines alone, without the breaks, fill that many already
    return sum(-(-len(line) // per_line) or 1 for line in text.split("\n"))


def fitted_width(length: int, minimum: float = 6, maximum: float = 60) -> float:
    return float(min(max(length * 1.1 + 2, minimum), maximum))


def plain_cell(ref: str, text: str, style: int = S_DEFAULT) -> str:
    return (
        f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
        f"{xml_text(sanitise(text)[0])}</t></is></c>"
    )
