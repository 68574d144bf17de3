"""The Voortgang sheet: activities per status and complete, per goal, per programme and per owner, each
table with a native stacked bar chart (literal values, no formulas)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from .xlsx_sheet import fitted_width, page_setup, plain_cell, sheet_xml_head, wrapped_lines
from .xlsx_styles import S_HEADER, S_PERCENT, S_TOP, S_WRAP, argb
from .xlsx_values import column_letter, sanitise, xml_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..domain.model import Document
    from ..domain.status import StatusOption


@dataclass(slots=True)
class Counts:
    """Activities per status and how many are complete: one row of a Voortgang table."""


    label: str
    programme: str
    total: int = 0
    complete: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    without_status: int = 0


NO_OWNER: Final = "(geen eigenaar)"


def progress_sheet(
    document: Document,
    counts: Sequence[Counts],
    per_programme: Sequence[Counts] = (),
    per_owner: Sequence[Counts] = (),
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

    def table(first: Sequence[str], entries: Sequence[Counts], with_total: bool) -> None:
        nonlocal row
        row += 1
        cells = [plain_cell(f"{letters[i]}{row}", h, S_HEADER) for i, h in enumerate(first)]
        if len(first) == 1:  # column B stays empty, so the numbers line up under each other
            cells.append(plain_cell(f"B{row}", "", S_HEADER))
        cells += [
            plain_cell(f"{letters[2 + k]}{row}", h, S_HEADER)
            for k, h in enumerate(["Activiteiten", *status_headers])
        ]
        rows.append(f'<row r="{row}">' + "".join(cells) + "</row>")
        first_row = row + 1
        totals = Counts("Totaal", "")
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
            lines = wrapped_lines(entry.label, 45.0 if len(first) == 2 else 28.0)
            if len(first) == 2:
                cells = [
                    plain_cell(f"A{row}", entry.programme, S_TOP),
                    plain_cell(f"B{row}", entry.label, S_WRAP if entry is not totals else S_HEADER),
                ]
            else:
                cells = [plain_cell(f"A{row}", entry.label, S_WRAP if entry is not totals else S_HEADER)]
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
    widths = [28.0, 45.0, 12.0, *[fitted_width(len(o.label), 10, 20) for o in options], 14.0, 10.0, 19.0]
    data_bars = "".join(
        f'<conditionalFormatting sqref="{ref}"><cfRule type="dataBar" priority="{index}"><dataBar>'
        '<cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="FF63BE7B"/></dataBar></cfRule>'
        "</conditionalFormatting>"
        for index, ref in enumerate(bars, 1)
    )
    xml = (
        sheet_xml_head(columns=widths, freeze=True, last_ref=f"{letters[-1]}{last_row}")
        + "".join(rows)
        + "</sheetData>"
        + data_bars
        + page_setup(document.title)
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


REL_DRAWING: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"
REL_CHART: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"

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
    title: str, categories: Sequence[str], counts: Sequence[Counts], options: Sequence[StatusOption]
) -> str:
    cat = (
        f'<c:cat><c:strLit><c:ptCount val="{len(categories)}"/>'
        + "".join(
            f'<c:pt idx="{i}"><c:v>{xml_text(sanitise(t)[0])}</c:v></c:pt>'
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
            f"<c:tx><c:v>{xml_text(sanitise(label)[0])}</c:v></c:tx>"
            f'<c:spPr><a:solidFill><a:srgbClr val="{argb(colour)[2:]}"/></a:solidFill></c:spPr>'
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
        f'{xml_text(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
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
