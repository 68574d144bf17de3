"""The workbook's package parts around the sheets: the sheet list, ``workbook.xml`` with the filter and print
titles, the relationships, the content types and the document properties."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from .xlsx_values import (
    SHEET_ACTIVITIES,
    SHEET_BASE,
    SHEET_KEY_FIGURES,
    SHEET_LISTS,
    SHEET_NOTES,
    SHEET_PROGRESS,
    SHEET_UNPLACED,
    column_letter,
    sanitise,
    xml_attr,
    xml_text,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from ..domain.model import Document

_REL_SHEET: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"

SHEETS: Final = (
    (SHEET_ACTIVITIES, ""),
    (SHEET_KEY_FIGURES, ""),
    (SHEET_PROGRESS, ""),
    (SHEET_NOTES, ""),
    (SHEET_BASE, ' state="veryHidden"'),
    (SHEET_LISTS, ' state="hidden"'),
    (SHEET_UNPLACED, ""),
)


def workbook_xml(last_row: int, n_columns: int,
                  sheet_list: Sequence[tuple[str, str]] = SHEETS) -> str:
    sheets = "".join(
        f'<sheet name="{xml_attr(name)}" sheetId="{i}"{state} r:id="rId{i}"/>'
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


def rels_xml(items: Sequence[tuple[str, str, str]]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in items
        )
        + "</Relationships>"
    )


def workbook_rels(sheet_list: Sequence[tuple[str, str]] = SHEETS) -> str:
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
    return rels_xml(items)


ROOT_RELS: Final = rels_xml(
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


def content_types(charts: int, sheet_list: Sequence[tuple[str, str]] = SHEETS) -> str:
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


def core_xml(document: Document, exported_at: datetime) -> str:
    stamp = exported_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{xml_text(sanitise('Overzicht activiteiten – ' + document.title)[0])}</dc:title>"
        "<dc:creator>Verantwoording</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )


APP_XML: Final = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Verantwoording</Application></Properties>"
)
