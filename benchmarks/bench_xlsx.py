"""Excel export and re-import: our streaming writer against XlsxWriter and openpyxl.

All three write the same workbook (same sheets, cells, styles, drop-downs, colours,
hidden merge base) from the same document, in the same process; medians of
several runs. Peak memory is measured with tracemalloc around the export only
(the document itself is input). Run: ``python benchmarks/bench_xlsx.py [--quick]``.
"""

from __future__ import annotations

import gc
import io
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from verantwoording_app.domain.blocktext import BlockText  # noqa: E402
from verantwoording_app.domain.completeness import completeness  # noqa: E402
from verantwoording_app.domain.model import (  # noqa: E402
    REVIEW_LABELS,
    Activiteit,
    Document,
    Hoofddoel,
    Kengetal,
    Programma,
    ReviewState,
)
from verantwoording_app.formats.xlsx_export import (  # noqa: E402
    ACTIVITY_COLUMNS,
    BASE_HEADER,
    FORMAT_VERSION,
    KEY_FIGURE_COLUMNS,
    field_values,
    render_text,
    write_workbook,
)

if TYPE_CHECKING:
    from collections.abc import Callable

SAMPLE_CANDIDATES = (
    ROOT / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt",
    Path("/work/shared/examples/almelo-2022-programmaverantwoording.txt"),
)


def _sample_paragraphs() -> list[str]:
    for path in SAMPLE_CANDIDATES:
        if path.exists():
            text = path.read_text(encoding="utf-8")
            return [p.strip() for p in text.split("\n\n") if len(p.strip()) > 200]
    return ["Vanuit het Twents Fonds van Vakmanschap zijn er t/m 2022 337 scholingscheques toegekend. " * 4]


def make_document(activities: int) -> Document:
    """A document with ``activities`` activities of ~3 KB text each (plan + realisation)."""
    paragraphs = _sample_paragraphs()
    keys = ("op_schema", "gereed", "vertraagd", "doorgeschoven", "problemen", None)
    per_goal = 10
    goals_per_programme = 10
    programmes: list[Programma] = []
    made = 0
    p_index = 0
    while made < activities:
        p_index += 1
        goals: list[Hoofddoel] = []
        for g_index in range(goals_per_programme):
            if made >= activities:
                break
            items: list[Activiteit] = []
            for _ in range(min(per_goal, activities - made)):
                k = made
                plan = f"Activiteit {k}. " + "\n\n".join(paragraphs[(k + j) % len(paragraphs)] for j in range(2))[:1500]
                realisation = "\n".join(
                    f"  • {k}-{j} " + paragraphs[(k + j + 3) % len(paragraphs)][:300] for j in range(5)
                )
                items.append(
                    Activiteit(
                        title=f"Activiteit {k + 1}: {paragraphs[k % len(paragraphs)][:60]}",
                        plan=BlockText.from_plain(plan),
                        realisation=BlockText.from_plain(realisation),
                        status=keys[k % len(keys)],
                        owner=f"Medewerker {k % 37}",
                        portfolio_holder=f"Wethouder {k % 5}",
                        deadline=date(2023, 1 + k % 12, 1 + k % 28),
                        review_state=list(ReviewState)[k % 4],
                        kengetallen=(
                            (Kengetal("Deelnemers", "aantal", Decimal(k), Decimal(2 * k), Decimal(k) + Decimal("0.5")),)
                            if k % 3 == 0
                            else ()
                        ),
                        updated_at=datetime(2023, 2, 1, 12, 0),
                        updated_by="P. Jansen",
                    )
                )
                made += 1
            goals.append(Hoofddoel(f"Hoofddoel {g_index + 1} van programma {p_index}", tuple(items)))
        programmes.append(Programma(str(p_index), f"Programma {p_index}", tuple(goals)))
    return Document(year=2022, municipality="Almelo", programmes=tuple(programmes))


# ---------------------------------------------------------------------------
# the same workbook through the reference libraries


def _rows(document: Document) -> list[tuple[list[object], list[list[object]], list[str]]]:
    """Per activity: the Activiteiten cells, the key-figure rows and the base row."""
    scheme = document.status_scheme
    out = []
    for place in document.iter_activities():
        a = place.activity
        plan = render_text(a.plan)
        realisation = render_text(a.realisation)
        values = field_values(a, plan=plan, realisation=realisation)
        updated = a.updated_at.strftime("%Y-%m-%d %H:%M") + " · " + a.updated_by if a.updated_at else ""
        row: list[object] = [
            a.id, place.code, int(place.programme.number) if place.programme.number.isdigit() else place.programme.number,
            place.programme.name, f"{place.numeral} {place.goal.title}",
            place.number, a.title, a.owner, a.portfolio_holder, a.deadline, scheme.label(a.status),
            REVIEW_LABELS[a.review_state], a.plan.word_count(), a.realisation.word_count(), updated,
            completeness(a, document).describe(), plan, realisation,
        ]
        figures = [
            [a.id, k.id, place.code, k.label, k.unit, k.baseline, k.target, k.realised, k.source]
            for k in a.kengetallen
        ]
        base = [a.id, *(values[name] for name in BASE_HEADER[1:])]
        out.append((row, figures, base))
    return out


def xlsxwriter_export(document: Document, target: io.BytesIO | Path) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(target, {"in_memory": True})
    header = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "bottom": 1, "text_wrap": True, "valign": "top"})
    top = workbook.add_format({"valign": "top"})
    wrap = workbook.add_format({"valign": "top", "text_wrap": True})
    date_format = workbook.add_format({"valign": "top", "num_format": "dd-mm-yyyy"})
    sheet = workbook.add_worksheet("Activiteiten")
    figures_sheet = workbook.add_worksheet("Kengetallen")
    progress = workbook.add_worksheet("Voortgang")
    notes = workbook.add_worksheet("Toelichting")
    base = workbook.add_worksheet("_basis")
    lists = workbook.add_worksheet("_lijsten")
    base.very_hidden()
    lists.hide()
    for col, (_, title, _) in enumerate(ACTIVITY_COLUMNS):
        sheet.write_string(0, col, title, header)
    for col, (_, title, _) in enumerate(KEY_FIGURE_COLUMNS):
        figures_sheet.write_string(0, col, title, header)
    for row_index, (key, value) in enumerate((("formaat", FORMAT_VERSION), ("document_id", document.id))):
        base.write_string(row_index, 0, key)
        base.write_string(row_index, 1, value)
    for col, name in enumerate(BASE_HEADER):
        base.write_string(6, col, name)
    r = 0
    f = 0
    for r, (row, figures, base_row) in enumerate(_rows(document), start=1):
        for col, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, date):
                sheet.write_datetime(r, col, datetime(value.year, value.month, value.day), date_format)
            elif isinstance(value, int):
                sheet.write_number(r, col, value, top)
            else:
                sheet.write_string(r, col, str(value), wrap if col in (6, 16, 17) else top)
        for figure in figures:
            f += 1
            for col, value in enumerate(figure):
                if value is None or value == "":
                    continue
                if isinstance(value, Decimal):
                    figures_sheet.write_number(f, col, float(value), top)
                else:
                    figures_sheet.write_string(f, col, str(value), top)
        for col, value in enumerate(base_row):
            if value:
                base.write_string(6 + r, col, value)
    labels = [o.label for o in document.status_scheme.options]
    for i, label in enumerate(labels):
        lists.write_string(i, 0, label)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, r, len(ACTIVITY_COLUMNS) - 1)
    sheet.data_validation(1, 10, max(r, 1), 10, {"validate": "list", "source": f"='_lijsten'!$A$1:$A${len(labels)}"})
    for option in document.status_scheme.options:
        fmt = workbook.add_format({"bg_color": option.colour, "font_color": "#FFFFFF"})
        sheet.conditional_format(1, 10, max(r, 1), 10, {"type": "cell", "criteria": "==", "value": f'"{option.label}"', "format": fmt})
    widths = [4, 9, 11, 24, 24, 5, 30, 14, 18, 11, 14, 13, 9, 9, 24, 22, 80, 80]
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    progress.write_string(0, 0, "Programma", header)
    progress.write_number(1, 2, r)
    chart = workbook.add_chart({"type": "bar", "subtype": "stacked"})
    chart.add_series({"values": "=Voortgang!$C$2:$C$2"})
    progress.insert_chart("A4", chart)
    notes.write_string(0, 0, "Overzicht activiteiten")
    workbook.close()
    if isinstance(target, Path):
        return


def openpyxl_write_only_export(document: Document, target: io.BytesIO) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Activiteiten")
    figures_sheet = workbook.create_sheet("Kengetallen")
    workbook.create_sheet("Voortgang")
    workbook.create_sheet("Toelichting")
    base = workbook.create_sheet("_basis")
    base.sheet_state = "veryHidden"
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    head = []
    for _, title, _ in ACTIVITY_COLUMNS:
        cell = WriteOnlyCell(sheet, title)
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    figures_sheet.append([title for _, title, _ in KEY_FIGURE_COLUMNS])
    base.append(["formaat", FORMAT_VERSION])
    base.append(list(BASE_HEADER))
    for row, figures, base_row in _rows(document):
        cells = []
        for col, value in enumerate(row):
            cell = WriteOnlyCell(sheet, value if value != "" else None)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula
            if col in (14, 15):
                cell.alignment = wrap
            if isinstance(value, date):
                cell.number_format = "dd-mm-yyyy"
            cells.append(cell)
        sheet.append(cells)
        for figure in figures:
            figures_sheet.append([float(v) if isinstance(v, Decimal) else v for v in figure])
        base.append(base_row)
    workbook.save(target)


# ---------------------------------------------------------------------------


def _ours(document: Document, target: io.BytesIO) -> None:
    write_workbook(document, target)


def _median(function: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _peak(function: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def run(quick: bool = False) -> list[tuple[str, float, str, float]]:
    """(name, seconds, reference name, reference seconds) per measurement.

    Memory rows carry megabytes in the seconds fields (name ends in ``MB``).
    """
    sizes = (1_000,) if quick else (1_000, 10_000)
    runs = 2 if quick else 3
    results: list[tuple[str, float, str, float]] = []
    for size in sizes:
        document = make_document(size)
        ours = _median(lambda d=document: _ours(d, io.BytesIO()), runs)
        reference = _median(lambda d=document: xlsxwriter_export(d, io.BytesIO()), runs)
        write_only = _median(lambda d=document: openpyxl_write_only_export(d, io.BytesIO()), max(1, runs - 1))
        results.append((f"xlsx export {size:,} ours", ours, "XlsxWriter", reference))
        results.append((f"xlsx export {size:,} ours", ours, "openpyxl write-only", write_only))
        if size == sizes[-1]:
            results.append((f"xlsx export {size:,} peak MB", _peak(lambda d=document: _ours(d, io.BytesIO())),
                            "XlsxWriter peak MB", _peak(lambda d=document: xlsxwriter_export(d, io.BytesIO()))))
        if size == 1_000:
            from verantwoording_app.formats.xlsx_import import read_workbook

            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "bench.xlsx"
                with path.open("wb") as stream:
                    write_workbook(document, stream)
                reading = _median(lambda p=path: read_workbook(p), runs)

                def openpyxl_read(p: Path = path) -> None:
                    from openpyxl import load_workbook

                    workbook = load_workbook(p, read_only=True)
                    for ws in workbook.worksheets:
                        for _ in ws.iter_rows(values_only=True):
                            pass
                    workbook.close()

                plain = _median(openpyxl_read, runs)
            results.append((f"xlsx re-import {size:,} (validate + read)", reading, "openpyxl read-only, read all", plain))
    return results


def main() -> None:
    quick = "--quick" in sys.argv
    print(f"{'measurement':45} {'ours':>9} {'reference':>24} {'ref':>9} {'ratio':>6}")
    for name, seconds, reference, reference_seconds in run(quick):
        ratio = seconds / reference_seconds if reference_seconds else float("nan")
        print(f"{name:45} {seconds:9.3f} {reference:>24} {reference_seconds:9.3f} {ratio:6.2f}")


if __name__ == "__main__":
    main()
