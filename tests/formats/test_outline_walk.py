"""Every text exporter walks the one chapter outline (domain.outline): the same headings in the same order."""

from __future__ import annotations

import io
import re
import zipfile

from tests.formats.ledger_files import full_chapter_document
from verantwoording_app.domain.chapter_text import QUESTION_COSTS, QUESTION_EFFECTS, ChapterParts
from verantwoording_app.domain.outline import (
    ActivityHeading,
    GoalHeading,
    Question,
    chapter_outline,
)
from verantwoording_app.formats.docx_export import DocxOptions, docx_bytes
from verantwoording_app.formats.html_export import HtmlOptions, chapter_fragment, chapter_html
from verantwoording_app.formats.markdown import render_markdown_document
from verantwoording_app.formats.pctext import render_pc_text


def _headings_in_order(text: str, headings: list[str]) -> list[str]:
    """``headings`` as they come in ``text``, each looked for after the one before."""
    found, at = [], 0
    for heading in headings:
        index = text.find(heading, at)
        if index >= 0:
            found.append(heading)
            at = index + len(heading)
    return found


def test_every_text_exporter_walks_the_same_sequence() -> None:
    document = full_chapter_document()
    expected = []
    for item in chapter_outline(document, for_reader=True):
        match item:
            case Question(heading=heading):
                expected.append(heading)
            case GoalHeading(heading=heading):
                expected.append(heading)
            case ActivityHeading(place=place):
                expected.append(f"{place.number}. {place.activity.title}")
    with zipfile.ZipFile(io.BytesIO(docx_bytes(document, DocxOptions())[0])) as archive:
        word = " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", archive.read("word/document.xml").decode()))
    word = word.replace("Activiteit", "1. Activiteit")  # Word numbers the activity headings itself
    html = re.sub(r"<[^>]+>", " ", chapter_fragment(document)).replace("&quot;", '"')
    for rendered in (render_pc_text(document), render_markdown_document(document), html, word):
        assert _headings_in_order(rendered, expected) == expected


def test_the_preview_and_clipboard_show_the_chapter_questions_as_word_does() -> None:
    document = full_chapter_document()
    preview = chapter_html(document, preview=True)
    zorg = preview[preview.index("Programma 2 Zorg"):preview.index("Programma 3")]
    assert zorg.index(f"<h2>{QUESTION_EFFECTS}</h2>") < zorg.index("Activiteit 2") < zorg.index(
        f"<h2>{QUESTION_COSTS}</h2>")
    assert "<td>Wachttijd jeugdzorg</td>" in zorg
    without_costs = chapter_fragment(document, HtmlOptions(parts=ChapterParts(True, True, False)))
    assert QUESTION_COSTS not in without_costs
    assert QUESTION_EFFECTS in without_costs
