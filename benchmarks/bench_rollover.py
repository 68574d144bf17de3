"""Rollover of 1,000 activities (target: under 2 s) and the lineage view (target: open under 100 ms).

Rows: the whole ``new-year`` (read the old database through a copy, plan the
new tree, write the new database atomically) against storing the same tree in
a fresh database; planning alone against copying the tree with
``dataclasses.replace``; the past entries of one activity (what the lineage
view loads) against loading that activity; opening the lineage view (load,
build, show, paint) against a bare dialog with one text browser of the same text.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

from benchmarks.bench_docx import build_document
from benchmarks.timing import median_seconds
from verantwoording_app.domain.lineage import lines_of
from verantwoording_app.domain.model import DocumentKind
from verantwoording_app.domain.rollover import RolloverOptions, roll_over
from verantwoording_app.services import rollover
from verantwoording_app.storage.store import Store

Row = tuple[str, float, str, float]


def run(quick: bool = False) -> list[Row]:
    repeats = 3 if quick else 5
    document = replace(build_document(1000), kind=DocumentKind.JAARSTUKKEN, year=2022)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        old = Path(folder) / "oud.vwdb"
        store = Store.open(old)
        store.create_document(document, author="bench")
        store.close()
        counter = iter(range(10_000))
        options = rollover.options_for("begroting", 2023)

        def whole() -> None:
            source = rollover.read_source(old)
            rollover.write_new_year(source, rollover.plan(source, options), Path(folder) / f"n{next(counter)}.vwdb",
                                    author="bench")

        def store_only() -> None:
            fresh = Store.open(Path(folder) / f"s{next(counter)}.vwdb")
            fresh.create_document(document, author="bench")
            fresh.close()

        rows.append(("new-year 1000 activiteiten", median_seconds(whole, repeats),
                     "store same tree", median_seconds(store_only, repeats)))
        # the same in CPU seconds of this process: what the rollover itself costs on a busy shared machine
        rows.append(("new-year 1000 (CPU)", _median_cpu(whole, repeats),
                     "store same tree (CPU)", _median_cpu(store_only, repeats)))
        plan_options = RolloverOptions(DocumentKind.BEGROTING, 2023)
        rows.append(("rollover plan 1000", median_seconds(lambda: roll_over(document, plan_options), repeats),
                     "replace() every node", median_seconds(lambda: _copy(document), repeats)))

        target = Path(folder) / "n0.vwdb"
        new = Store.open(target, create=False)
        try:
            activity = next(new.load_document().iter_activities()).activity
            lines = lines_of(activity)
            rows.append(("lineage view data", median_seconds(lambda: (new.load_activity(activity.id),
                                                                       new.past_entries(lines)), repeats * 4),
                         "load activity", median_seconds(lambda: new.load_activity(activity.id), repeats * 4)))
            rows.append(_lineage_view(new, activity.id, repeats * 4))
        finally:
            new.close()
    return rows


def _median_cpu(action: object, repeats: int) -> float:
    import statistics
    import time

    times = []
    for _ in range(repeats):
        start = time.process_time()
        action()  # type: ignore[operator]
        times.append(time.process_time() - start)
    return statistics.median(times)


def _lineage_view(store: Store, activity_id: str, repeats: int) -> Row:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser, QVBoxLayout

    from verantwoording_app.domain.lineage import ordered
    from verantwoording_app.ui.lineage_dialog import LineageDialog

    app = QApplication.instance() or QApplication([])

    def open_view() -> None:
        activity = store.load_activity(activity_id)
        dialog = LineageDialog(activity, ordered(store.past_entries(lines_of(activity))), "Begroting 2023")
        dialog.show()
        app.processEvents()
        dialog.close()
        dialog.deleteLater()

    text = store.load_activity(activity_id).plan.plain_text()

    def bare() -> None:
        dialog = QDialog()
        browser = QTextBrowser(dialog)
        QVBoxLayout(dialog).addWidget(browser)
        browser.setPlainText(text)
        dialog.show()
        app.processEvents()
        dialog.close()
        dialog.deleteLater()

    open_view()  # first-use imports outside the measurement
    bare()
    return ("lineage view open", median_seconds(open_view, repeats), "bare text dialog", median_seconds(bare, repeats))


def _copy(document: object) -> object:
    return replace(document, programmes=tuple(  # type: ignore[type-var]
        replace(p, goals=tuple(replace(g, activities=tuple(replace(a) for a in g.activities)) for g in p.goals))
        for p in document.programmes  # type: ignore[attr-defined]
    ))
