"""Recall and precision of the recogniser over the whole self-written corpus.

The thresholds are what the recogniser reaches today; README.md states the figures.
A page that regresses shows up by name in the failure message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from verantwoording_app.formats.docx_import import read_docx
from verantwoording_app.formats.html_import import html_lines
from verantwoording_app.formats.recognise import recognise, source_lines

from .recognition_corpus import Score, expected, pages
from .recognition_corpus.word_pages import WORD_PAGES

if TYPE_CHECKING:
    from pathlib import Path

PAGES = [page for page in pages() if page.suffix in (".txt", ".md", ".html")]


def _recognise(page: Path):
    if page.suffix == ".html":
        return recognise(html_lines(page.read_bytes())[0])
    text = page.read_text(encoding="utf-8")
    return recognise(source_lines(text, markdown=page.suffix == ".md"))


def test_the_corpus_has_at_least_twenty_pages_each_with_an_expected_tree() -> None:
    assert len(PAGES) + len(WORD_PAGES) >= 20
    assert all(page.with_suffix(".expected").exists() for page in PAGES)


def test_recall_and_precision_over_the_corpus() -> None:
    score = Score()
    problems: dict[str, list[str]] = {}
    for page in PAGES:
        found = score.add(_recognise(page).document, expected(page))
        if found:
            problems[page.name] = found
    for name, (build, wanted) in WORD_PAGES.items():
        found = score.add(read_docx(build()).document, wanted)
        if found:
            problems[name] = found
    report = (f"activities recall {score.activity_recall:.3f} precision {score.activity_precision:.3f}; "
              f"realisation split recall {score.split_recall:.3f} precision {score.split_precision:.3f}; "
              f"goals recall {score.goal_recall:.3f}; problems: {problems}")
    assert score.activity_recall >= 0.95, report
    assert score.activity_precision >= 0.95, report
    assert score.split_recall >= 0.95, report
    assert score.split_precision >= 0.95, report
    assert score.goal_recall >= 0.95, report


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_every_word_of_every_page_is_kept(page: Path) -> None:
    """Words not turned into structure (labels, goal lines, dropped headers) end up in the tree."""
    result = _recognise(page)
    document = result.document
    texts = [document.unplaced.plain_text(), *[p.intro.plain_text() for p in document.programmes]]
    for place in document.iter_activities():
        texts += [place.activity.title, place.activity.plan.plain_text(), place.activity.realisation.plain_text()]
    kept = " ".join(texts)
    structural = {r.number for r in result.roles if r.role.value in (
        "hoofddoel", "titel van hoofddoel", "activiteit", "kop plan", "kop realisatie", "status", "veld", "titel",
        "sectie", "programma", "voettekst", "paginakop (weggelaten)", "vervolg van vorige regel", "leeg")}
    for role in result.roles:
        if role.number in structural or not role.text.strip():
            continue
        for word in role.text.replace("**", " ").replace("|", " ").split():
            word = word.strip("*-•").rstrip("-")
            if len(word) > 3:
                assert word in kept, f"{page.name} line {role.number}: {word!r} lost"
