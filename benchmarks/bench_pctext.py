"""P&C text and storage: 1,000 activities built from the sample's paragraphs.

Rows: ``parse_markdown`` per MB of stored text (as written, and with bold,
italic and escapes every few words) against a plain ``re`` scan of the same
text; parsing the text against a bare line scan of the same text; rendering it
against a plain string join of the same bytes; storing the imported tree in
SQLite through the store against raw ``sqlite3.executemany`` of the same rows;
loading the tree for the editor against a raw ``SELECT``.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_docx import build_document
from benchmarks.timing import median_seconds
from verantwoording_app.domain.blocktext import parse_markdown, render_markdown
from verantwoording_app.formats.pctext import parse_pc_text, render_pc_text
from verantwoording_app.storage.store import Store

Row = tuple[str, float, str, float]
_LINE = re.compile(r"^\s*(\d+)\.\s+|^Voor hoofddoel|^Uitvoering in")
_SCAN = re.compile(r"^.*$", re.MULTILINE)
_MARKED = re.compile(r"(\w+) (\w+) (\w+) (\w+) (\w+)")


def markdown_rows(texts: list[str], repeats: int) -> list[Row]:
    """Seconds per MB for parse_markdown and for a ``re`` line scan of the same texts."""
    marked = [_MARKED.sub(r"**\1** \2 *\3* \4 \\*\5", text) for text in texts]
    rows: list[Row] = []
    for label, sources in (("as stored", texts), ("marked up", marked)):
        megabytes = sum(len(text.encode()) for text in sources) / 1e6
        parse = median_seconds(lambda sources=sources: [parse_markdown(text) for text in sources], repeats)
        scan = median_seconds(lambda sources=sources: [_SCAN.findall(text) for text in sources], repeats)
        rows.append((f"parse_markdown per MB ({label})", parse / megabytes, "re line scan per MB", scan / megabytes))
    return rows


def run(quick: bool = False) -> list[Row]:
    repeats = 3 if quick else 7
    document = build_document(1000)
    text = render_pc_text(document)
    lines = text.split("\n")
    rows: list[Row] = markdown_rows(
        [render_markdown(t) for p in document.iter_activities() for t in (p.activity.plan, p.activity.realisation)],
        repeats,
    )

    parse = median_seconds(lambda: parse_pc_text(text), repeats)
    scan = median_seconds(lambda: [_LINE.match(line) for line in text.splitlines()], repeats)
    rows.append(("pctext import 1000", parse, "line scan", scan))

    render = median_seconds(lambda: render_pc_text(document), repeats)
    join = median_seconds(lambda: "\n".join(lines), repeats)
    rows.append(("pctext export 1000", render, "str join", join))

    parsed = parse_pc_text(text).document
    with tempfile.TemporaryDirectory() as folder:
        counter = iter(range(1000))

        def store_it() -> None:
            store = Store.open(Path(folder) / f"s{next(counter)}.vwdb")
            store.create_document(parsed, author="bench")
            store.close()

        def raw_it() -> None:
            connection = sqlite3.connect(Path(folder) / f"r{next(counter)}.db")
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("CREATE TABLE a (id TEXT PRIMARY KEY, title TEXT, plan TEXT, realisation TEXT)")
            with connection:
                connection.executemany(
                    "INSERT INTO a VALUES (?, ?, ?, ?)",
                    [(p.activity.id, p.activity.title, render_markdown(p.activity.plan),
                      render_markdown(p.activity.realisation)) for p in parsed.iter_activities()],
                )
            connection.close()

        rows.append(("store import 1000", median_seconds(store_it, repeats), "raw sqlite3",
                     median_seconds(raw_it, repeats)))

        store = Store.open(Path(folder) / "tree.vwdb")
        store.create_document(parsed, author="bench")
        tree = median_seconds(store.tree, repeats)
        raw = sqlite3.connect(Path(folder) / "tree.vwdb")
        select = median_seconds(
            lambda: raw.execute("SELECT id, goal_id, position, title, status, owner FROM activities").fetchall(),
            repeats,
        )
        rows.append(("store tree 1000", tree, "raw SELECT", select))
        raw.close()
        store.close()
    return rows


def main() -> int:
    for name, seconds, reference, ref_seconds in run("--quick" in sys.argv):
        print(f"{name:<24} {seconds:8.4f} s   {reference:<12} {ref_seconds:8.4f} s   x{seconds / ref_seconds:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
