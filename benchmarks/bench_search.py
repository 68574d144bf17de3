"""Search over 1,000 activities (every hit, whole word) against a bare scan of the same texts.

Rows: ``iter_hits`` over the document tree (parsing every block text, whole-word pattern, context) against
``re.finditer`` over the already-rendered plain texts; the store's full-document load that the search
dialog and ``verantwoording search`` do first, against a raw ``SELECT`` of the same texts.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from pathlib import Path

from benchmarks.bench_docx import build_document
from benchmarks.timing import median_seconds
from verantwoording_app.domain.textsearch import iter_hits
from verantwoording_app.storage.store import Store

Row = tuple[str, float, str, float]


def run(quick: bool = False) -> list[Row]:
    repeats = 3 if quick else 5
    document = build_document(300 if quick else 1000)
    count = document.activity_count()
    texts = [text for place in document.iter_activities()
             for text in (place.activity.title, place.activity.plan.plain_text(),
                          place.activity.realisation.plain_text())]
    pattern = re.compile(r"(?<!\w)almelo(?!\w)", re.IGNORECASE)
    rows: list[Row] = []
    search = median_seconds(lambda: sum(1 for _ in iter_hits(document, "Almelo", whole_word=True)), repeats)
    scan = median_seconds(lambda: sum(1 for text in texts for _ in pattern.finditer(text)), repeats)
    rows.append((f"search whole word {count}", search, "re scan of plain texts", scan))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.vwdb"
        store = Store.open(path)
        store.create_document(document, author="bench")
        load = median_seconds(store.load_document, repeats)
        store.close()

        def raw() -> int:
            connection = sqlite3.connect(path)
            try:
                return len(connection.execute("SELECT title, plan, realisation FROM activities").fetchall())
            finally:
                connection.close()

        rows.append((f"load for search {count}", load, "raw SELECT texts", median_seconds(raw, repeats)))
    return rows
