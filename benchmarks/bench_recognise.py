"""The structure recogniser and the Word import.

Rows: recognising a 1,000-activity chapter (P&C layout) and the same chapter as
a PDF copy (hard wraps, hyphenation, a repeating page header every 40 lines),
each beside a bare line scan of the same text; importing a 200-page Word file
beside reading its document.xml with ElementTree alone. Goals: recognition
under 0.5 s, the Word import under 3 s.
"""

from __future__ import annotations

import io
import re
import sys
import textwrap
import zipfile
from xml.etree import ElementTree

from benchmarks.bench_docx import build_document
from benchmarks.timing import median_seconds
from verantwoording_app.formats.docx_export import docx_bytes
from verantwoording_app.formats.docx_import import read_docx
from verantwoording_app.formats.pctext import render_pc_text
from verantwoording_app.formats.recognise import recognise, source_lines

Row = tuple[str, float, str, float]
_LINE = re.compile(r"^\s*(\d+)\.\s+|^Voor hoofddoel|^Uitvoering in")
WORDS_PER_PAGE = 500


def pdf_copy(text: str) -> str:
    """The text as a PDF copy: lines wrapped at 80 characters and a page header every 40 lines."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(textwrap.wrap(line, 80, break_on_hyphens=False) or [""])
    paged: list[str] = []
    for index, line in enumerate(out):
        if index % 40 == 0:
            paged.append(f"Jaarstukken 2022          pagina {index // 40 + 1}")
        paged.append(line)
    return "\n".join(paged)


def run(quick: bool = False) -> list[Row]:
    repeats = 3 if quick else 5
    document = build_document(1000)
    text = render_pc_text(document)
    rows: list[Row] = []
    scan = median_seconds(lambda: [_LINE.match(line) for line in text.splitlines()], repeats)
    rows.append(("recognise 1000", median_seconds(lambda: recognise(source_lines(text)), repeats), "line scan", scan))
    pdf = pdf_copy(text)
    pdf_scan = median_seconds(lambda: [_LINE.match(line) for line in pdf.splitlines()], repeats)
    rows.append(("recognise PDF copy 1000", median_seconds(lambda: recognise(source_lines(pdf)), repeats),
                 "line scan", pdf_scan))

    words_per_activity = sum(len(p.activity.plan.plain_text().split()) + len(p.activity.realisation.plain_text().split())
                             for p in document.iter_activities()) / document.activity_count()
    pages = build_document(max(10, int(200 * WORDS_PER_PAGE / words_per_activity)))
    data, _ = docx_bytes(pages)

    def element_tree() -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            ElementTree.fromstring(archive.read("word/document.xml"))

    rows.append(("docx import 200 pages", median_seconds(lambda: read_docx(data), max(1, repeats - 2)),
                 "ElementTree only", median_seconds(element_tree, repeats)))
    return rows


def main() -> int:
    for name, seconds, reference, ref_seconds in run("--quick" in sys.argv):
        print(f"{name:<24} {seconds:8.4f} s   {reference:<16} {ref_seconds:8.4f} s   x{seconds / ref_seconds:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
