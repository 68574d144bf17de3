"""Benchmark: the chapter of 1,000 activities (~3 KB text each) written as a static website.

Target from issue 17: under 2 s. The reference row is our own .docx export of the
same document in the same process (how much dearer a site of ~1,000 pages is).
Run ``python -m benchmarks website`` (or ``--quick``: 200 activities).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.bench_docx import build_document
from verantwoording_app.formats.docx_export import export_docx
from verantwoording_app.formats.website import export_website

BUDGET = 2.0


def _median(action: object, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="bench-site-") as folder:
            start = time.perf_counter()
            action(Path(folder))  # type: ignore[operator]
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(quick: bool = False) -> list[tuple[str, float, str, float]]:
    activities = 200 if quick else 1000
    document = build_document(activities)
    repeats = 2 if quick else 3
    site = _median(lambda folder: export_website(document, folder / "site"), repeats)
    word = _median(lambda folder: export_docx(document, folder / "h.docx"), repeats)
    label = f"website, {activities} act."
    return [
        (label, site, f"doel {BUDGET:.0f} s", BUDGET * activities / 1000),
        (label, site, "docx export", word),
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
