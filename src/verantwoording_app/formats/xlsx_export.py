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

The pieces: ``xlsx_values`` (what a cell holds), ``xlsx_columns`` (the row sheets' columns, one declaration
each), ``xlsx_sheet`` (sheet head, page set-up, rows), ``xlsx_styles``, ``xlsx_progress`` (Voortgang and its
charts), ``xlsx_info_sheets`` (Toelichting, Niet geplaatst, ``_lijsten``), ``xlsx_package`` (workbook.xml,
relationships, content types, properties) and ``xlsx_zip`` (the container). This module puts them together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..domain.completeness import completeness
from ..domain.errors import ExportFailed
from ..domain.messages import Message
from ..domain.model import REVIEW_LABELS, Document, ReviewState
from ..domain.selection import Selection, select
from .atomic import atomic_write
from .xlsx_columns import (
    ACTIVITY_COLUMNS,
    ACTIVITY_SHEET,
    FINDINGS_HEADER,
    KEY_FIGURE_COLUMNS,
    KEY_FIGURE_SHEET,
    MAX_ROW_LINES,
    ActivityRecord,
    Column,
    Facts,
    FigureRecord,
    RowWriter,
    findings_column,
    fitted_widths,
    mapped_text_column,
    row_height,
)
from .xlsx_info_sheets import lists_sheet, notes_sheet, unplaced_sheet
from .xlsx_package import (
    APP_XML,
    ROOT_RELS,
    SHEETS,
    content_types,
    core_xml,
    rels_xml,
    workbook_rels,
    workbook_xml,
)
from .xlsx_progress import NO_OWNER, REL_CHART, REL_DRAWING, Counts, progress_sheet
from .xlsx_sheet import (
    PAGE,
    PROTECTION,
    Sheet,
    fitted_width,
    page_setup,
    plain_cell,
    sheet_xml_head,
    wrapped_lines,
)
from .xlsx_styles import (
    DXF_COMPLETE,
    DXF_INCOMPLETE,
    DXF_LATE,
    S_DEFAULT,
    S_HEADER,
    S_NUMBER,
    S_OPEN,
    S_OPEN_WRAP,
    S_TITLE,
    S_WRAP,
    styles_xml,
)
from .xlsx_values import (
    BASE_HEADER,
    BASE_HEADER_ROW,
    BULLET,
    CELL_LIMIT,
    EDITABLE_FIELDS,
    FIELD_LABELS,
    FORMAT_VERSION,
    KEY_FIGURES_FIELD,
    REPLACEMENT,
    SHEET_ACTIVITIES,
    SHEET_BASE,
    SHEET_KEY_FIGURES,
    SHEET_LISTS,
    SHEET_NOTES,
    SHEET_PROGRESS,
    SHEET_UNPLACED,
    canonical_number,
    column_letter,
    excel_length,
    excel_serial,
    field_values,
    key_figure_row,
    key_figures_value,
    render_text,
    sanitise,
    unescape_cell,
    xml_text,
)
from .xlsx_zip import ZipWriter

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

# the pieces the chapter's sheets (formats.chapter_xlsx) build their sheets from, under their earlier names
_PROTECTION = PROTECTION
_page_setup = page_setup
_plain_cell = plain_cell
_sheet_xml_head = sheet_xml_head


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    activities: int
    key_figures: int
    warnings: tuple[str, ...] = ()


def selection_text_of(selection: Selection | None) -> str:
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


class _LongTexts:
    def __init__(self) -> None:
        self.items: list[str] = []

    def check(self, text: str, code: str, title: str, what: str) -> None:
        if len(text) > CELL_LIMIT // 2 and excel_length(text) > CELL_LIMIT:
            length = f"{excel_length(text):,}".replace(",", ".")
            self.items.append(f"{code} {title[:60]}: {what} ({length} tekens)")

    def refuse(self) -> None:
        if not self.items:
            return
        shown = self.items[:10]
        more = len(self.items) - len(shown)
        items = "\n".join(f"  • {item}" for item in shown)
        if more > 0:
            items += "\n" + Message.of("xlsx.and_more", count=more).render()
        raise ExportFailed(Message.of("xlsx.texts_too_long", items=items))


_WHOLE_NUMBER = re.compile(r"0|[1-9][0-9]{0,8}")


def programme_number_cell(number: str) -> str:
    """The rest of a Programma cell after its style: a number when the programme number is a whole number
    (``7``), as Excel sorts and filters numbers; text otherwise (``01``, ``2a``, ``3.1``)."""
    clean = number.strip()
    if _WHOLE_NUMBER.fullmatch(clean):
        return f"><v>{clean}</v>"
    return f' t="inlineStr"><is><t xml:space="preserve">{xml_text(sanitise(clean)[0])}</t></is>'


def _activity_columns(
    changed_since: tuple[str, Mapping[str, str]] | None,
    previous_year: tuple[str, Mapping[str, str]] | None,
    findings: Mapping[str, int] | None,
) -> list[Column[ActivityRecord]]:
    """The fixed columns, then the read-only ones of this export."""
    columns = list(ACTIVITY_SHEET)
    if changed_since is not None:
        header = f"Gewijzigd sinds {changed_since[0]}"
        width = fitted_width(max([len(header), *map(len, changed_since[1].values())]), maximum=50)
        columns.append(mapped_text_column("changed_since", header, width, changed_since[1]))
    if previous_year is not None:
        columns.append(mapped_text_column("previous_year", previous_year[0], 80.0, previous_year[1]))
    if findings is not None:
        columns.append(findings_column(fitted_width(len(FINDINGS_HEADER) + 2, maximum=20), findings))
    return columns


def _tally(counts: Sequence[Counts], complete: bool, status_key: str | None) -> None:
    for item in counts:
        item.total += 1
        item.complete += complete
        if status_key is not None:
            item.by_status[status_key] = item.by_status.get(status_key, 0) + 1
        else:
            item.without_status += 1


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
    with ZipWriter(stream, compression) as writer:
        return _write_workbook(document, writer, exported_at or datetime.now().replace(microsecond=0),
                               selection_text, changed_since, previous_year, findings)


def _write_workbook(
    document: Document,
    writer: ZipWriter,
    exported_at: datetime,
    selection_text: str,
    changed_since: tuple[str, Mapping[str, str]] | None,
    previous_year: tuple[str, Mapping[str, str]] | None,
    findings: Mapping[str, int] | None,
) -> tuple[str, ...]:
    scheme = document.status_scheme
    warnings: list[str] = []
    long_texts = _LongTexts()
    places = list(document.iter_activities())
    row_count = len(places)

    goal_labels: dict[str, str] = {}
    programme_labels: dict[str, str] = {}
    programme_names: dict[str, str] = {}
    for place in places:
        if place.goal.id not in goal_labels:
            goal_labels[place.goal.id] = f"{place.numeral} {place.goal.title}".strip()
            programme_labels[place.programme.id] = f"{place.programme.number} {place.programme.name}".strip()
            programme_names[place.programme.id] = place.programme.name.strip()

    columns = _activity_columns(changed_since, previous_year, findings)
    widths = fitted_widths(columns, Facts(places, scheme, goal_labels, programme_names))
    rows = RowWriter(columns)
    tall = [(column.key, width) for column, width in zip(columns, widths, strict=True) if column.tall]
    last_row = row_count + 1
    n_columns = len(columns)
    activities = Sheet(writer.streaming("xl/worksheets/sheet1.xml"), n_columns)
    activities.part.write(
        sheet_xml_head(
            columns=widths,
            freeze=True,
            selected=True,
            last_ref=f"{column_letter(n_columns - 1)}{last_row}",
            col_style=S_OPEN,
            hidden_columns=frozenset(index for index, column in enumerate(columns) if column.hidden),
        )
    )
    headers = [column.header for column in columns]
    header_lines = max(wrapped_lines(header, width - 1) for header, width in zip(headers, widths, strict=True))
    activities.text_row([(xml_text(sanitise(header)[0]), S_HEADER) for header in headers], 15 * header_lines)

    key_figures_part = writer.buffered("xl/worksheets/sheet2.xml")
    key_figures = Sheet(key_figures_part, len(KEY_FIGURE_SHEET))
    figure_rows = RowWriter(KEY_FIGURE_SHEET)
    key_figure_count = sum(len(p.activity.kengetallen) for p in places)
    key_figures.part.write(
        sheet_xml_head(
            columns=[column.width for column in KEY_FIGURE_SHEET],
            freeze=True,
            col_style=S_OPEN,
            last_ref=f"{column_letter(len(KEY_FIGURE_SHEET) - 1)}{key_figure_count + 1}",
        )
    )
    key_figures.text_row([(xml_text(column.header), S_HEADER) for column in KEY_FIGURE_SHEET])

    base_part = writer.buffered("xl/worksheets/sheet5.xml")
    base = Sheet(base_part, len(BASE_HEADER))
    base.part.write(
        sheet_xml_head(
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
        base.text_row([(xml_text(key), S_DEFAULT), (xml_text(sanitise(value)[0]), S_DEFAULT)])
    base.row = BASE_HEADER_ROW - 1
    base.text_row([(name, S_DEFAULT) for name in BASE_HEADER])
    base_letters = base.letters

    counts: dict[str, Counts] = {}
    owner_counts: dict[str, Counts] = {}
    programme_counts: dict[str, Counts] = {}
    replaced_total = 0
    status_labels = {option.key: xml_text(option.label) for option in scheme.options}
    review_labels = {state: xml_text(document.review_label(state)) for state in REVIEW_LABELS}
    xml_goal = {key: xml_text(sanitise(v)[0]) for key, v in goal_labels.items()}
    xml_programme = {key: programme_number_cell(place.programme.number) for key, place in
                     {place.programme.id: place for place in places}.items()}
    xml_programme_name = {key: xml_text(sanitise(v)[0]) for key, v in programme_names.items()}
    write_activity = activities.part.write
    write_base = base.part.write
    write_kf = key_figures.part.write

    for place in places:
        a = place.activity
        code = place.code
        raw_values = {
            "title": a.title,
            "owner": a.owner,
            "portfolio_holder": a.portfolio_holder,
            "plan": render_text(a.plan),
            "realisation": render_text(a.realisation),
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
            long_texts.check(values[name], code, a.title, FIELD_LABELS[name])
        if replaced:
            warnings.append(
                f"{code} {sanitise(a.title)[0][:60]}: tekens die Excel niet kan bewaren zijn "
                f"vervangen door '{REPLACEMENT}' in " + ", ".join(replaced) + "."
            )
        if long_texts.items:
            continue  # keep checking the rest; nothing useful to write any more
        status_label = status_labels.get(a.status or "")
        if status_label is None and a.status:
            status_label = xml_text(sanitise(a.status)[0])
        check = completeness(a, document)
        code_xml = xml_text(code)
        record = ActivityRecord(
            place, values, check, code=code_xml, programme=xml_programme[place.programme.id],
            programme_name=xml_programme_name[place.programme.id], goal=xml_goal[place.goal.id],
            status=status_label or "", review=review_labels[a.review_state],
        )
        lines = max(wrapped_lines(values[key], width, MAX_ROW_LINES) for key, width in tall)
        activities.row += 1
        write_activity(rows.row(activities.row, record, row_height(lines)))

        for figure in a.kengetallen:
            key_figures.row += 1
            write_kf(figure_rows.row(key_figures.row, FigureRecord(xml_text(a.id), code_xml, key_figure_row(figure))))

        # merge base
        base.row += 1
        base_row = base.row
        kf_value = values[KEY_FIGURES_FIELD]
        long_texts.check(kf_value, code, a.title, "kengetallen")
        base_cells = (
            xml_text(a.id),
            record.title,
            record.owner,
            record.holder,
            values["deadline"],
            xml_text(values["status"]),
            values["review_state"],
            record.plan,
            record.realisation,
            xml_text(kf_value),
        )
        out = [f'<row r="{base_row}">']
        for index, text in enumerate(base_cells):
            if text:
                out.append(f'<c r="{base_letters[index]}{base_row}" t="inlineStr"><is><t xml:space="preserve">'
                           f"{text}</t></is></c>")
        out.append("</row>")
        write_base("".join(out))

        # progress counts
        entry = counts.get(place.goal.id)
        if entry is None:
            entry = counts[place.goal.id] = Counts(goal_labels[place.goal.id], programme_labels[place.programme.id])
        owner_key = a.owner.strip() or NO_OWNER
        by_owner = owner_counts.get(owner_key)
        if by_owner is None:
            by_owner = owner_counts[owner_key] = Counts(owner_key, "")
        by_programme = programme_counts.get(place.programme.id)
        if by_programme is None:
            by_programme = programme_counts[place.programme.id] = Counts(programme_labels[place.programme.id], "")
        status_key = a.status if a.status and scheme.option(a.status) is not None else None
        _tally((entry, by_owner, by_programme), check.complete, status_key)

    long_texts.refuse()

    activities.part.write(_activities_tail(document, rows, last_row))
    activities.part.close()
    key_figures.part.write(_key_figures_tail(document, figure_rows, key_figures.row))
    key_figures.part.close()
    base.part.write("</sheetData>" + PROTECTION + PAGE + "</worksheet>")
    base.part.close()
    key_figures_part.commit()
    base_part.commit()

    progress_xml, drawing = progress_sheet(
        document,
        list(counts.values()),
        list(programme_counts.values()),
        sorted(owner_counts.values(), key=lambda c: (c.label == NO_OWNER, c.label.casefold())),
    )
    writer.add("xl/worksheets/sheet3.xml", progress_xml)
    writer.add("xl/worksheets/sheet4.xml", notes_sheet(document, exported_at, selection_text, row_count))
    writer.add("xl/worksheets/sheet6.xml", lists_sheet(document))
    writer.add("xl/worksheets/sheet7.xml", unplaced_sheet(document))
    if drawing is not None:
        drawing_xml, charts = drawing
        writer.add("xl/worksheets/_rels/sheet3.xml.rels", rels_xml([("rId1", REL_DRAWING, "../drawings/drawing1.xml")]))
        writer.add("xl/drawings/drawing1.xml", drawing_xml)
        writer.add(
            "xl/drawings/_rels/drawing1.xml.rels",
            rels_xml([(f"rId{i}", REL_CHART, f"../charts/chart{i}.xml") for i in range(1, len(charts) + 1)]),
        )
        for index, chart_xml in enumerate(charts, 1):
            writer.add(f"xl/charts/chart{index}.xml", chart_xml)
    from .chapter_xlsx import chapter_sheets  # the programme chapter's sheets, when it has data

    chapter_extra = chapter_sheets(document)
    for number, (_name, _state, sheet_xml) in enumerate(chapter_extra, start=len(SHEETS) + 1):
        writer.add(f"xl/worksheets/sheet{number}.xml", sheet_xml)
    sheets = (*SHEETS, *((name, state) for name, state, _sheet in chapter_extra))
    writer.add("xl/styles.xml", styles_xml([option.colour for option in scheme.options]))
    writer.add("xl/workbook.xml", workbook_xml(last_row, n_columns, sheets))
    writer.add("xl/_rels/workbook.xml.rels", workbook_rels(sheets))
    writer.add("[Content_Types].xml", content_types(len(drawing[1]) if drawing is not None else 0, sheets))
    writer.add("_rels/.rels", ROOT_RELS)
    writer.add("docProps/core.xml", core_xml(document, exported_at))
    writer.add("docProps/app.xml", APP_XML)
    writer.close()
    if replaced_total:
        warnings.insert(
            0,
            f"{replaced_total} teken(s) die een Excel-werkmap niet kan bevatten (stuurtekens) zijn vervangen "
            f"door '{REPLACEMENT}'.",
        )
    return tuple(warnings)


def _activities_tail(document: Document, rows: RowWriter[ActivityRecord], last_row: int) -> str:
    """The end of Activiteiten: protection, autofilter, conditional colours, drop-downs, printing."""
    scheme = document.status_scheme
    status_col, review_col = rows.letter("status"), rows.letter("review_state")
    deadline_col, complete_col = rows.letter("deadline"), rows.letter("complete")
    last_col = column_letter(len(rows.columns) - 1)
    last = max(last_row, 2)
    rules = []
    for index, option in enumerate(scheme.options):
        label = sanitise(option.label)[0].replace('"', '""')
        rules.append(
            f'<cfRule type="cellIs" dxfId="{index}" priority="{index + 1}" operator="equal">'
            f"<formula>{xml_text(chr(34) + label + chr(34))}</formula></cfRule>"
        )
    n_status = len(scheme.options)
    tail = [
        "</sheetData>",
        PROTECTION,
        f'<autoFilter ref="A1:{last_col}{last_row}"/>',
    ]
    if rules:
        tail.append(
            f'<conditionalFormatting sqref="{status_col}2:{status_col}{last}">{"".join(rules)}</conditionalFormatting>'
        )
    # overdue: the deadline has passed (relative to the day the workbook is opened) and the work is not done
    finished = [o.label for o in scheme.options if o.done]
    not_done = "".join(
        f',{status_col}2&lt;&gt;"{xml_text(sanitise(label)[0]).replace(chr(34), chr(34) * 2)}"' for label in finished
    )
    final = xml_text(document.review_label(ReviewState.VASTGESTELD)).replace('"', '""')
    tail.append(
        f'<conditionalFormatting sqref="{deadline_col}2:{deadline_col}{last}">'
        f'<cfRule type="expression" dxfId="{n_status + DXF_LATE}" priority="{n_status + 1}" stopIfTrue="1">'
        f'<formula>AND(ISNUMBER({deadline_col}2),{deadline_col}2&lt;TODAY(){not_done},{review_col}2&lt;&gt;"{final}")'
        "</formula></cfRule></conditionalFormatting>"
        f'<conditionalFormatting sqref="{complete_col}2:{complete_col}{last}">'
        f'<cfRule type="beginsWith" dxfId="{n_status + DXF_COMPLETE}" priority="{n_status + 2}" operator="beginsWith" '
        f'text="ja"><formula>LEFT({complete_col}2,2)="ja"</formula></cfRule>'
        f'<cfRule type="beginsWith" dxfId="{n_status + DXF_INCOMPLETE}" priority="{n_status + 3}" '
        f'operator="beginsWith" text="nee"><formula>LEFT({complete_col}2,3)="nee"</formula></cfRule>'
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
        f'sqref="{deadline_col}2:{deadline_col}{last}"><formula1>1</formula1></dataValidation>'
    )
    tail.append(f'<dataValidations count="{len(validations)}">{"".join(validations)}</dataValidations>')
    tail.append(page_setup(document.title) + "</worksheet>")
    return "".join(tail)


def _key_figures_tail(document: Document, rows: RowWriter[FigureRecord], last_row: int) -> str:
    """The end of Kengetallen: protection, autofilter, number checks on the two columns typed in, printing."""
    kf_last = max(last_row, 2)
    number_check = "".join(
        '<dataValidation type="decimal" operator="between" errorStyle="warning" allowBlank="1" '
        f'showErrorMessage="1" errorTitle="{column.header}" error="Typ een getal, bijvoorbeeld 12,5." '
        f'sqref="{rows.letter(column.key)}2:{rows.letter(column.key)}{kf_last + 200}">'
        "<formula1>-1E+15</formula1><formula2>1E+15</formula2></dataValidation>"
        for column in rows.columns if column.key in ("target", "realised")
    )
    last_col = column_letter(len(rows.columns) - 1)
    return (
        "</sheetData>"
        + PROTECTION
        + (f'<autoFilter ref="A1:{last_col}{last_row}"/>' if last_row > 1 else "")
        + f'<dataValidations count="2">{number_check}</dataValidations>'
        + page_setup(document.title)
        + "</worksheet>"
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
                selection_text=selection_text_of(selection),
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
    "BULLET",
    "CELL_LIMIT",
    "EDITABLE_FIELDS",
    "FIELD_LABELS",
    "FINDINGS_HEADER",
    "FORMAT_VERSION",
    "KEY_FIGURES_FIELD",
    "KEY_FIGURE_COLUMNS",
    "SHEET_ACTIVITIES",
    "SHEET_BASE",
    "SHEET_KEY_FIGURES",
    "SHEET_LISTS",
    "SHEET_NOTES",
    "SHEET_PROGRESS",
    "SHEET_UNPLACED",
    "S_HEADER",
    "S_NUMBER",
    "S_OPEN",
    "S_OPEN_WRAP",
    "S_TITLE",
    "S_WRAP",
    "_PROTECTION",
    "ExportResult",
    "_page_setup",
    "_plain_cell",
    "_sheet_xml_head",
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
