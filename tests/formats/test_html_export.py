"""Chapter HTML for clipboard and preview, and the clipboard's P&C text."""

from __future__ import annotations

import html
import io
import re
from dataclasses import replace
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.model import (
    Activiteit,
    Document,
    Hoofddoel,
    Kengetal,
    Programma,
    ReviewState,
)
from verantwoording_app.formats.docx_export import DocxOptions, docx_bytes
from verantwoording_app.formats.html_export import (
    HtmlOptions,
    chapter_fragment,
    chapter_html,
    clipboard_content,
    clipboard_text,
)
from verantwoording_app.formats.pctext import parse_pc_text, render_pc_text

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt"


def md(text: str) -> BlockText:
    return BlockText.from_markdown(text)


def make_document(review: ReviewState = ReviewState.CONCEPT) -> Document:
    activity = Activiteit(
        title="Match <arbeidsmarkt> & scholing",
        plan=md("Plan met **vet**.\n\n- punt een\n- punt *twee*"),
        realisation=md("### Kop\nGedaan.\x07\n\n1. een\n2. twee"),
        review_state=review,
        kengetallen=(Kengetal("Cheques", target=Decimal("1000"), realised=Decimal("337.5")),),
    )
    return Document(
        year=2022,
        section_number="2.1.2.2",
        section_title="Wat hebben we gedaan?",
        programmes=(Programma("1", "Werk", goals=(Hoofddoel("Almelo werkt", activities=(activity,)),)),),
    )


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def tags(fragment: str) -> list[str]:
    parser = _Tags()
    parser.feed(fragment)
    return parser.tags


def test_fragment_structure() -> None:
    fragment = chapter_fragment(make_document())
    assert tags(fragment) == [
        "h1", "h2", "h2", "h3", "p", "b", "ul", "li", "li", "i", "p", "b", "h4", "p", "ol", "li", "li",
    ]
    assert "<h3>1. Match &lt;arbeidsmarkt&gt; &amp; scholing</h3>" in fragment
    assert "<p><b>Uitvoering in 2022:</b></p>" in fragment
    assert "\x07" not in fragment


def test_options_plan_and_key_figures() -> None:
    fragment = chapter_fragment(make_document(), HtmlOptions(include_plan=False, include_key_figures=True))
    assert "Plan met" not in fragment
    assert "Tabel 1: Kengetallen bij activiteit 1." in fragment
    assert '<td align="right">1.000</td>' in fragment
    assert '<td align="right">337,5</td>' in fragment


def test_clipboard_html_has_no_styling_preview_has() -> None:
    plain = chapter_html(make_document())
    assert "<style>" not in plain
    assert "CONCEPT" not in plain
    preview = chapter_html(make_document(), preview=True)
    assert "<style>" in preview
    assert '<p class="concept">CONCEPT</p>' in preview
    assert "CONCEPT" not in chapter_html(make_document(ReviewState.VASTGESTELD), preview=True)


def test_clipboard_text_is_pc_text() -> None:
    document = make_document()
    content = clipboard_content(document)
    assert content.text == render_pc_text(document, include_footer=False)
    assert content.html == chapter_html(document)
    assert "Plan met vet." not in clipboard_text(document, HtmlOptions(include_plan=False))


@pytest.fixture(scope="module")
def sample() -> Document:
    return parse_pc_text(SAMPLE.read_text(encoding="utf-8")).document


def test_headings_agree_with_word(sample: Document) -> None:
    word = docx.Document(io.BytesIO(docx_bytes(sample)[0]))
    from_word = [
        (p.style.name[-1], p.text) for p in word.paragraphs if p.style.name.startswith("Heading")
    ]
    fragment = chapter_fragment(sample)
    from_html = [
        (level, re.sub(r"<[^>]+>", "", text).replace("&quot;", '"').replace("&amp;", "&"))
        for level, text in re.findall(r"<h(\d)>(.*?)</h\1>", fragment)
    ]
    # Word numbers the activities (Heading 3) through its list numbering; the HTML writes "N. "
    assert [(level, re.sub(r"^\d+\. ", "", text) if level == "3" else text) for level, text in from_html] == from_word


def test_sample_round_trips_through_clipboard_text(sample: Document) -> None:
    again = parse_pc_text(clipboard_text(sample)).document
    assert render_pc_text(again, include_footer=False) == clipboard_text(sample)


def test_clipboard_names_the_word_styles_of_the_docx() -> None:
    document = replace(make_document(ReviewState.CONCEPT), title_lines=("Programmaverantwoording", "Programmaplan"))
    clip = chapter_html(document, HtmlOptions(include_key_figures=True))
    assert '<html lang="nl-NL">' in clip
    assert '<body lang="nl-NL">' in clip
    classes = {html.unescape(text): cls for cls, text in re.findall(r'<p class="(Mso\w+)">([^<]*)</p>', clip)}
    word = docx.Document(io.BytesIO(docx_bytes(document, DocxOptions(include_key_figures=True))[0]))
    styles = {p.text: p.style.name for p in word.paragraphs}
    word_name = {"MsoTitle": "Title", "MsoSubtitle": "Subtitle", "MsoCaption": "Caption"}
    assert classes
    for text, cls in classes.items():
        assert styles[text] == word_name[cls], text
    assert '<table class="MsoTableGrid"' in clip
    assert word.tables[0].style.name == "Table Grid"
