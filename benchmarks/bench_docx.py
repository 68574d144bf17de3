"""Benchmark: 1,000 activities (~3 KB text each) to .docx and to clipboard HTML.

Compares, in one process and on the same content, our Word export (body
generated in one piece) with python-docx used paragraph by paragraph, and
with pandoc on equivalent Markdown where pandoc is on PATH. Not a test: run
``python -m benchmarks.bench_docx`` (or ``--quick``).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import docx

from verantwoording_app.domain.blocktext import Block, BlockKind, BlockText, normalise
from verantwoording_app.domain.model import Activiteit, Document, Hoofddoel, Programma
from verantwoording_app.formats.docx_export import DocxOptions, export_docx, programme_headings
from verantwoording_app.formats.html_export import chapter_html
from verantwoording_app.formats.pctext import parse_pc_text

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt"
BUDGET = 0.5
Row = tuple[str, float, str, float]


def build_document(activities: int = 1000, text_bytes: int = 3000) -> Document:
    """``activities`` activities of at least ``text_bytes`` UTF-8 bytes, made of the sample's blocks."""
    sample = parse_pc_text(SAMPLE.read_text(encoding="utf-8")).document
    sources = [place.activity for place in sample.iter_activities()]
    pool: list[Block] = [
        block
        for activity in sources
        for block in (*normalise(activity.plan).blocks, *normalise(activity.realisation).blocks)
        if block.kind is BlockKind.PARAGRAPH
    ]
    made: list[Activiteit] = []
    cursor = 0
    for index in range(activities):
        source = sources[index % len(sources)]
        realisation = list(normalise(source.realisation).blocks)
        size = sum(len(b.text.encode()) for b in (*normalise(source.plan).blocks, *realisation))
        while size < text_bytes:
            block = pool[cursor % len(pool)]
            cursor += 1
            realisation.append(replace(block, gap_before=True))
            size += len(block.text.encode())
        made.append(replace(source, realisation=BlockText(tuple(realisation)), id=f"a{index}"))
    per_goal, goals_per_programme = 20, 5
    programmes = []
    for p in range(0, activities, per_goal * goals_per_programme):
        chunk = made[p : p + per_goal * goals_per_programme]
        goals = tuple(
            Hoofddoel(f"Hoofddoel {g // per_goal + 1}", activities=tuple(chunk[g : g + per_goal]))
            for g in range(0, len(chunk), per_goal)
        )
        number = str(p // (per_goal * goals_per_programme) + 1)
        programmes.append(Programma(number, f"Programma-onderdeel {number}", goals=goals))
    return replace(sample, programmes=tuple(programmes))


def text_size(document: Document) -> int:
    return sum(
        len(b.text.encode())
        for place in document.iter_activities()
        for b in (*place.activity.plan.blocks, *place.activity.realisation.blocks)
    )


# ---------------------------------------------------------------------------
# the contenders


def ours(document: Document, folder: Path) -> None:
    export_docx(document, folder / "ours.docx")


def ours_with_toc(document: Document, folder: Path) -> None:
    export_docx(document, folder / "ours-toc.docx", DocxOptions(include_toc=True, include_key_figures=True))


def python_docx_naive(document: Document, folder: Path) -> None:
    """The straightforward way: python-docx's API, one paragraph and run at a time."""
    word = docx.Document()
    style = {
        BlockKind.PARAGRAPH: None, BlockKind.BULLET: "List Bullet",
        BlockKind.NUMBERED: "List Number", BlockKind.HEADING: "Heading 4",
    }

    def blocks(text: BlockText) -> None:
        for block in normalise(text).blocks:
            paragraph = word.add_paragraph(style=style[block.kind])
            for run in block.runs:
                added = paragraph.add_run(run.text)
                added.bold = run.bold or None
                added.italic = run.italic or None

    own = programme_headings(document)
    section = f"{document.section_number} {document.section_title}".strip()
    for programme in document.programmes:
        word.add_heading(programme.display_name if own else section, level=1)
        if own and section:
            word.add_heading(section, level=2)
        for goal_index, goal in enumerate(programme.goals):
            word.add_heading(document.goal_heading(goal_index, goal), level=2)
            for index, activity in enumerate(goal.activities, 1):
                word.add_heading(f"{index}. {activity.title}", level=3)
                blocks(activity.plan)
                word.add_paragraph().add_run(document.realisation_heading()).bold = True
                blocks(activity.realisation)
    word.save(str(folder / "naive.docx"))


def markdown(document: Document) -> str:
    out: list[str] = []
    for programme in document.programmes:
        out.append(f"# {programme.display_name}\n")
        for goal_index, goal in enumerate(programme.goals):
            out.append(f"## {document.goal_heading(goal_index, goal)}\n")
            for index, activity in enumerate(goal.activities, 1):
                out.append(f"### {index}. {activity.title}\n")
                out.append(activity.plan.to_markdown().replace("\n###", "\n####"))
                out.append(f"**{document.realisation_heading()}**\n")
                out.append(activity.realisation.to_markdown().replace("### ", "#### "))
    return "\n".join(out)


def pandoc(document: Document, folder: Path) -> None:
    source = folder / "in.md"
    source.write_text(markdown(document), encoding="utf-8")
    subprocess.run(
        ["pandoc", "-f", "markdown", "-t", "docx", "-o", str(folder / "pandoc.docx"), str(source)],
        check=True,
    )


def clipboard_html(document: Document, _folder: Path) -> None:
    chapter_html(document)


def preview_html(document: Document, _folder: Path) -> None:
    chapter_html(document, preview=True)


# ---------------------------------------------------------------------------


def median_time(action: Callable[[Document, Path], None], document: Document, repeats: int) -> float:
    times = []
    with tempfile.TemporaryDirectory(prefix="bench-docx-") as folder:
        for _ in range(repeats):
            start = time.perf_counter()
            action(document, Path(folder))
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(quick: bool = False) -> list[Row]:
    """(name, seconds, reference name, reference seconds) per measured case."""
    activities = 200 if quick else 1000
    document = build_document(activities)
    label = f"{activities} act."
    ours_s = median_time(ours, document, 3 if quick else 5)
    naive_s = median_time(python_docx_naive, document, 1 if quick else 2)
    rows: list[Row] = [
        (f"docx export, {label}", ours_s, "python-docx per alinea", naive_s),
        (f"docx export, {label}", ours_s, f"doel {BUDGET:.1f} s", BUDGET * activities / 1000),
        (f"docx met inhoudsopgave, {label}", median_time(ours_with_toc, document, 3 if quick else 5),
         f"doel {BUDGET:.1f} s", BUDGET * activities / 1000),
    ]
    if shutil.which("pandoc"):
        rows.append((f"docx export, {label}", ours_s, "pandoc (Markdown)", median_time(pandoc, document, 1)))
    html_s = median_time(clipboard_html, document, 5)
    rows.append((f"klembord-HTML, {label}", html_s, f"doel {BUDGET:.1f} s", BUDGET * activities / 1000))
    rows.append((f"voorbeeld-HTML, {label}", median_time(preview_html, document, 5), "docx export", ours_s))
    return rows


def format_rows(rows: list[Row]) -> str:
    """The table, with the ratio as in ``python -m benchmarks``: ours / reference (below 1 is faster)."""
    lines = [f"{'meting':<28} {'s':>8}  {'referentie':<26} {'s':>8}  {'ons/ref':>8}"]
    for name, seconds, reference, reference_seconds in rows:
        ratio = seconds / reference_seconds if reference_seconds else float("nan")
        lines.append(f"{name:<28} {seconds:>8.3f}  {reference:<26} {reference_seconds:>8.3f}  {ratio:>8.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    quick = "--quick" in args
    document = build_document(200 if quick else 1000)
    print(
        f"{document.activity_count()} activiteiten, gemiddeld "
        f"{text_size(document) / document.activity_count() / 1024:.1f} KB tekst per activiteit"
        + ("" if shutil.which("pandoc") else "; pandoc niet gevonden, overgeslagen")
    )
    print(format_rows(run(quick)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
