"""Benchmark: a ledger export of 10,000 rows imported (read, mapped, control total checked, stored)
and every variance recomputed; and the .docx of 1,000 activities with financial tables for 50 programmes.
The import is also timed in CPU seconds of the process (SQLite runs in it): on a shared machine the wall
time is mostly waiting for a core.

Budgets from issue 18: the import with variances under 2 s; the Word export within 0.5 s per 1,000
activities. References in the same process: reading the same CSV with ``csv`` alone, and the same
Word export without the chapter. Not a test: ``python -m benchmarks.bench_finance`` (``--quick``: 2,000 rows).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from verantwoording_app.domain.chapter import Chapter, FinanceLine, LineKind
from verantwoording_app.domain.finance import variance_states
from verantwoording_app.domain.model import Activiteit, Document, Hoofddoel, Programma

from .timing import median_seconds

IMPORT_BUDGET = 2.0
DOCX_BUDGET = 0.5
PROGRAMMES = 50


def build_document(activities: int = 1000) -> Document:
    per_programme = max(1, activities // PROGRAMMES)
    programmes = []
    for p in range(PROGRAMMES):
        acts = tuple(Activiteit(title=f"Activiteit {p}.{a}", id=f"a{p}-{a}") for a in range(per_programme))
        programmes.append(Programma(number=str(p + 1), name=f"Programma {p + 1}", id=f"p{p + 1}",
                                    goals=(Hoofddoel(title="Doel", id=f"g{p + 1}", activities=acts),)))
    return Document(year=2025, municipality="Voorbeeld", programmes=tuple(programmes))


def ledger_csv(rows: int) -> str:
    lines = ["Taakveld;Omschrijving;Programma;Soort;Raming primair;Raming na wijz.;Werkelijk"]
    total = [Decimal(0), Decimal(0), Decimal(0)]
    for index in range(rows):
        kind = "L" if index % 3 else "B"
        sign = -1 if kind == "L" else 1
        overspend = 1_000 if index % PROGRAMMES < 10 else 0  # ten programmes overspend: variances to explain
        amounts = [Decimal(sign * (10_000 + index % 977)), Decimal(sign * (10_500 + index % 613)),
                   Decimal(sign * (10_250 + overspend + index % 1009)) + Decimal("0.55")]
        total = [t + a for t, a in zip(total, amounts, strict=True)]
        cells = [f"{index % 90}.{index % 7}", f"Taakveld {index}", str(index % PROGRAMMES + 1), kind,
                 *(_dutch(a) for a in amounts)]
        lines.append(";".join(cells))
    lines.append(";".join(["Totaal", "", "", "", *(_dutch(t) for t in total)]))
    return "\n".join(lines) + "\n"


def _dutch(value: Decimal) -> str:
    sign = "-" if value < 0 else ""
    whole, _sep, cents = f"{abs(value):.2f}".partition(".")
    return f"{sign}{int(whole):,}".replace(",", ".") + f",{cents}"


def _workspace(folder: Path, document: Document) -> Any:
    from verantwoording_app.services.workspace import Workspace

    workspace = Workspace.open(folder / "bench.vwdb", author="bench")
    workspace._store.create_document(document, author="bench")
    return workspace


def _import(workspace: Any, path: Path) -> int:
    """Read, map, check and store the ledger (replacing what is there), then every variance."""
    from verantwoording_app.services import chapter as service

    return len(service.import_ledger(workspace, path).variances)


def median_cpu_seconds(action: Any, repeats: int) -> float:
    """CPU time of this process (SQLite runs in it): what the import costs when the machine is not shared."""
    import statistics
    import time

    times = []
    for _ in range(repeats):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return statistics.median(times)


def _read_only_csv(path: Path) -> int:
    import csv

    with path.open(encoding="utf-8", newline="") as stream:
        return sum(1 for _ in csv.reader(stream, delimiter=";"))


def chapter_for(document: Document) -> Chapter:
    lines = []
    for programme in document.programmes:
        for kind, sign in ((LineKind.LASTEN, -1), (LineKind.BATEN, 1)):
            lines.append(FinanceLine(programme.id, kind, Decimal(sign * 1_000_000), Decimal(sign * 1_100_000),
                                     Decimal(sign * 1_040_000)))
    return Chapter(lines=tuple(lines))


def run(quick: bool = False) -> list[tuple[str, float, str, float]]:
    from verantwoording_app.formats.docx_export import export_docx

    rows = 2_000 if quick else 10_000
    repeats = 1 if quick else 3
    document = build_document(1000)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "grootboek.csv"
        path.write_text(ledger_csv(rows), encoding="utf-8")
        workspace = _workspace(Path(folder), document)
        try:
            imported = median_seconds(lambda: _import(workspace, path), repeats)
            imported_cpu = median_cpu_seconds(lambda: _import(workspace, path), repeats)
            found = _import(workspace, path)
        finally:
            workspace.close()
        reference = median_seconds(lambda: _read_only_csv(path), repeats)
        reference_cpu = median_cpu_seconds(lambda: _read_only_csv(path), repeats)
        with_chapter = replace(document, chapter=chapter_for(document))
        recompute = median_seconds(lambda: variance_states(with_chapter.chapter), repeats)
        word = median_seconds(lambda: export_docx(with_chapter, Path(folder) / "h.docx"), repeats)
        plain = median_seconds(lambda: export_docx(document, Path(folder) / "p.docx"), repeats)
    label = f"ledger {rows} rows + {found} variances"
    return [
        (label, imported, f"doel {IMPORT_BUDGET:.0f} s", IMPORT_BUDGET * rows / 10_000),
        (label + " (cpu)", imported_cpu, f"doel {IMPORT_BUDGET:.0f} s", IMPORT_BUDGET * rows / 10_000),
        (label, imported, "csv.reader alone", reference),
        (label + " (cpu)", imported_cpu, "csv.reader alone (cpu)", reference_cpu),
        ("variances, 50 programmes", recompute, "ledger import", imported),
        ("docx 1000 act. + 50 tables", word, f"doel {DOCX_BUDGET} s", DOCX_BUDGET),
        ("docx 1000 act. + 50 tables", word, "docx without chapter", plain),
    ]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
