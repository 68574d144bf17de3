"""Benchmark: the writing aids (issue 16).

Rows, each against a reference measured in the same run:
- one keystroke in a 3,000-word realisation with spell check and hard-sentence tint on and a
  warm cache, against the same keystroke in the same editor without the writing aids (Qt's own
  work: inserting, laying the paragraph out again, painting); once with the text in
  paragraphs, once as one 3,000-word paragraph (the worst case: Qt alone takes tens of ms
  there). Two rows each: the time spent in our code on the UI thread (the highlighter, the
  worker's answers; target < 16 ms) and the whole keystroke with the writing aids.
- the recheck when the officer pauses (the P&C checks and the B1 indication of that activity, on
  the UI thread), after one paragraph changed, against the same with nothing remembered.
- the full first check of that realisation, as the background worker does it (every word
  through Hunspell, cold cache), against tokenising the same text. Target < 0.5 s.
- ``verantwoording check`` in a fresh process (integrity, completeness, P&C checks, spelling
  counts, start-up and the dictionary load included) on 1,000 activities, against loading that document. Target < 5 s.
  Three rows: nothing stored yet (every text analysed), the texts unchanged (the counts kept
  per activity), one realisation changed (that one analysed again).

``python -m benchmarks writing`` (or ``--quick``). Not a test.
"""

from __future__ import annotations

import os
import statistics
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.bench_docx import build_document
from benchmarks.timing import median_seconds
from verantwoording_app.domain.blocktext import Block, BlockKind, BlockText, Run
from verantwoording_app.domain.spelling import SpellChecker, candidate_words

if TYPE_CHECKING:
    from collections.abc import Callable

Row = tuple[str, float, str, float]


def _realisation(words: int) -> BlockText:
    document = build_document(13, 3000)
    pool = [b for p in document.iter_activities() for b in p.activity.realisation.blocks
            if b.kind is BlockKind.PARAGRAPH]
    blocks: list[Block] = []
    count = 0
    index = 0
    while count < words:
        block = pool[index % len(pool)]
        blocks.append(block)
        count += len(block.text.split())
        index += 1
    return BlockText(tuple(blocks))


TYPED = " en de gemeente heeft het plan in 2023 grotendeels uitgevoerd."
"""What the keystroke rows type, one character per keystroke, in the middle of the text."""


def _keystrokes(text: BlockText, repeats: int) -> tuple[float, float, float]:
    """Median seconds per keystroke: with the writing aids (spell check and hard-sentence tint on, every word
    and every prefix of the typed words already judged), the part of it spent in our code on the UI thread
    (the highlighter and the answers of the worker), and the same keystroke without the writing aids (Qt's
    own work: inserting, laying out the paragraph, painting)."""
    import time

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from verantwoording_app.ui import spell_highlighter, writing_aids
    from verantwoording_app.ui.blocktext_editor import BlockTextEdit

    app = QApplication.instance() or QApplication([])
    spent = [0.0]

    def timed(function: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object) -> object:
            start = time.perf_counter()
            try:
                return function(*args)
            finally:
                spent[0] += time.perf_counter() - start
        return wrapper

    highlight = spell_highlighter.WritingHighlighter.highlightBlock
    drain = writing_aids._Bridge._drain
    spell_highlighter.WritingHighlighter.highlightBlock = timed(highlight)  # type: ignore[method-assign]
    writing_aids._Bridge._drain = timed(drain)  # type: ignore[method-assign]
    results: list[float] = []
    ours: list[float] = []
    try:
        for with_aids in (True, False):
            editor = BlockTextEdit()
            editor.resize(900, 700)
            editor.show()
            editor.set_blocktext(text)
            aids = None
            if with_aids:
                aids = writing_aids.WritingAids()
                aids.wait_until_loaded()
                app.processEvents()
                assert aids.checker is not None
                for block in text.blocks:  # warm cache: every word of the text known
                    aids.checker.misspellings(block.text)
                aids.checker.misspellings(" ".join(TYPED[:end] for end in range(len(TYPED) + 1)))
                highlighter = aids.attach(editor)
                highlighter.set_show_hard_sentences(True)
            app.processEvents()
            middle = editor.document().findBlockByNumber(editor.document().blockCount() // 2)
            cursor = QTextCursor(middle)
            cursor.setPosition(middle.position() + middle.length() // 2)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfWord)
            editor.setTextCursor(cursor)
            totals = []
            own = []
            for index in range(repeats):
                spent[0] = 0.0
                start = time.perf_counter()
                editor.textCursor().insertText(TYPED[index % len(TYPED)])
                app.processEvents()
                totals.append(time.perf_counter() - start)
                own.append(spent[0])
            results.append(statistics.median(totals))
            ours.append(statistics.median(own))
            if aids is not None:
                aids.shutdown()
            editor.close()
            editor.deleteLater()
            app.processEvents()
    finally:
        spell_highlighter.WritingHighlighter.highlightBlock = highlight  # type: ignore[method-assign]
        writing_aids._Bridge._drain = drain  # type: ignore[method-assign]
    return results[0], ours[0], results[1]


def _recheck(text: BlockText, repeats: int) -> tuple[float, float]:
    """What the window does on the UI thread when the officer pauses (400 ms after the last keystroke): the
    form's text read back, the P&C checks and the B1 indication of the activity, after one paragraph changed.
    Against the same with nothing remembered between rechecks."""
    import time
    from dataclasses import replace

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from verantwoording_app.domain import checks, prose
    from verantwoording_app.domain.readability import readability
    from verantwoording_app.ui.blocktext_editor import BlockTextEdit

    app = QApplication.instance() or QApplication([])
    document = build_document(13)
    place = next(document.iter_activities())
    context = checks.CheckContext.from_document(document)
    editor = BlockTextEdit()
    editor.set_blocktext(text)
    middle = editor.document().findBlockByNumber(editor.document().blockCount() // 2)
    cursor = QTextCursor(middle)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    results = []
    for remember in (True, False):
        scores: dict[str, object] = {}
        times = []
        for index in range(repeats + 1):
            editor.textCursor().insertText("e")
            app.processEvents()
            if not remember:
                checks._starts.cache_clear()
                prose._split_sentences.cache_clear()
                prose._piece_sentence_ends.cache_clear()
                scores = {}
            start = time.perf_counter()
            activity = replace(place.activity, realisation=editor.blocktext())
            checks.check_activity(activity, context, replace(place, activity=activity))
            readability(activity.realisation, scores)  # type: ignore[arg-type]
            if index:  # the first one fills what is remembered
                times.append(time.perf_counter() - start)
        results.append(sorted(times)[len(times) // 2])
    editor.deleteLater()
    app.processEvents()
    return results[0], results[1]


def _first_check(text: BlockText, repeats: int) -> tuple[float, float]:
    from verantwoording_app.services.spelling import load_checker

    engine = load_checker((), ())
    spell = engine._spell  # the Hunspell function; a new checker per run has a cold cache
    strings = [block.text for block in text.blocks]

    def first_check() -> None:
        checker = SpellChecker(spell)
        words = {w for s in strings for _a, _b, w in candidate_words(s)}
        for word in words:
            checker.is_correct(word)

    def tokenise() -> None:
        {w for s in strings for _a, _b, w in candidate_words(s)}

    return median_seconds(first_check, repeats), median_seconds(tokenise, repeats)


def _cli_check(activities: int, repeats: int) -> list[Row]:
    """``check`` three ways: nothing stored yet (the first check of a fresh database), again with every text
    unchanged (the stored counts), and after one realisation changed."""
    import sqlite3
    import subprocess
    import sys

    from verantwoording_app.domain.blocktext import parse_markdown
    from verantwoording_app.storage.store import Store

    document = build_document(activities)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "check.vwdb"
        env = dict(os.environ, VERANTWOORDING_DATA_DIR=folder)
        store = Store.open(path)
        store.create_document(document, author="bench")
        first_id = next(document.iter_activities()).activity.id

        def check() -> None:  # as a user runs it: a fresh process, imports and dictionary load included
            result = subprocess.run([sys.executable, "-m", "verantwoording_app", "check", "--db", str(path)],
                                    capture_output=True, text=True, timeout=300, check=False, env=env)
            assert result.returncode == 0, result.stderr

        def forget() -> None:
            with sqlite3.connect(path) as connection:
                connection.execute("DELETE FROM check_counts")

        def cold() -> None:
            forget()
            check()

        edits = iter(range(1_000_000))

        def one_changed() -> None:
            store.update_activity(first_id, {"realisation": parse_markdown(f"Gedaan in stap {next(edits)}.")}, "bench")
            check()

        def load() -> None:
            store.load_document()

        first = median_seconds(cold, repeats)
        check()
        again = median_seconds(check, repeats)
        changed = median_seconds(one_changed, repeats)
        reference = median_seconds(load, repeats)
        store.close()
    label = f"cli check {activities} activities"
    return [(f"{label}, nothing stored yet", first, "load document", reference),
            (f"{label}, texts unchanged", again, "load document", reference),
            (f"{label}, one text changed", changed, "load document", reference)]


def run(quick: bool = False) -> list[Row]:
    repeats = 3 if quick else 7
    text = _realisation(3000)
    one = BlockText((Block(BlockKind.PARAGRAPH, (Run(" ".join(b.text for b in text.blocks)),)),))
    rows: list[Row] = []
    for label, shape in (("3000 words", text), ("3000 words in 1 paragraph", one)):
        with_aids, ours, without = _keystrokes(shape, repeats * 5)
        rows.append((f"keystroke {label}, spelling+tint: our code", ours, "keystroke without writing aids", without))
        rows.append((f"keystroke {label}, spelling+tint: all", with_aids, "keystroke without writing aids", without))
    remembered, cold = _recheck(text, repeats * 2)
    rows.append(("recheck at a pause 3000 words", remembered, "same, nothing remembered", cold))
    first, tokenise = _first_check(text, repeats)
    rows.append(("first spell check 3000 words", first, "tokenise only", tokenise))
    rows += _cli_check(1000, 1 if quick else 3)
    return rows


if __name__ == "__main__":
    for row in run(quick=True):
        print(row)
