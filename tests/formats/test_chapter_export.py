"""The chapter's three questions in every export: order, Dutch numbers, sign convention, optional parts."""

from __future__ import annotations

from pathlib import Path

import docx

from verantwoording_app.domain.chapter_text import ChapterParts
from verantwoording_app.formats.docx_export import DocxOptions, export_docx
from verantwoording_app.formats.markdown import render_markdown_document
from verantwoording_app.formats.pctext import render_pc_text
from verantwoording_app.formats.website import WebsiteOptions, export_website

from .ledger_files import chapter_document, full_chapter_document

GOLDEN = Path(__file__).parent / "golden" / "chapter_pctext.txt"


def test_pc_text_carries_the_three_questions_in_order_golden() -> None:
    text = render_pc_text(full_chapter_document(), include_footer=False)
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_pc_text_order_per_programme_and_numbers() -> None:
    text = render_pc_text(full_chapter_document(), include_footer=False)
    zorg = text[text.index("Programma 2 Zorg"):text.index("Programma 3")]
    positions = [zorg.index(q) for q in ("Wat wilden we bereiken?", "Wat hebben we daarvoor gedaan?",
                                         "1. Activiteit 2", "Wat heeft het gekost?", "Toelichting op de afwijkingen")]
    assert positions == sorted(positions)
    assert "| Lasten | -2.000.000 | -2.100.000 | -2.160.001 | -60.001 |" in zorg
    assert "| Onttrekkingen aan reserves | 0 | 50.000 | 50.000 | 0 |" in zorg
    assert "| Resultaat | -1.900.000 | -1.950.000 | -2.115.001 | -165.001 |" in zorg
    assert "Lasten: nadeel van € 60.001 (structureel)" in zorg
    assert "Baten: nadeel van € 105.000" in zorg
    assert "Toelichting ontbreekt." in zorg
    assert "Rechtmatigheid: categorie 2" in zorg
    assert "| Verwijzingen Halt | Aantal per 10.000 jongeren | 2024 | 98 | 112 (Nederland) |" in zorg
    assert "Wat wilden we bereiken?" not in text[text.index("Programma 3"):]  # no data, no questions


def test_other_sign_convention_and_thousands() -> None:
    text = render_pc_text(full_chapter_document("voordeel_negatief", 1000), include_footer=False)
    assert "| Bedragen x € 1.000 | Begroting primitief |" in text
    assert "| Lasten | 2.000 | 2.100 | 2.160 | 60 |" in text  # lasten positive, a nadeel positive
    assert "| Baten | -100 | -100 | 5 | 105 |" in text  # a negative realised baten shows positive
    assert "Een nadeel is positief, een voordeel negatief." in text
    assert "Lasten: nadeel van € 60 (x € 1.000)" in text


def test_parts_are_optional() -> None:
    document = full_chapter_document()
    no_costs = render_pc_text(document, parts=ChapterParts(costs=False))
    assert "Wat heeft het gekost?" not in no_costs
    assert "Wat wilden we bereiken?" in no_costs
    only_costs = render_pc_text(document, parts=ChapterParts(effects=False, activities=False))
    assert "Wat heeft het gekost?" in only_costs
    assert "Activiteit 2" not in only_costs
    assert "Wat hebben we daarvoor gedaan?" not in only_costs
    markdown = render_markdown_document(document, parts_wanted=ChapterParts(effects=False))
    assert "## Wat heeft het gekost?" in markdown
    assert "Wat wilden we bereiken" not in markdown


def test_a_document_without_chapter_data_exports_as_before() -> None:
    text = render_pc_text(chapter_document())
    assert "Wat hebben we daarvoor gedaan?" not in text
    assert "Wat heeft het gekost?" not in text


def test_docx_structure(tmp_path: Path) -> None:
    target = tmp_path / "h.docx"
    export_docx(full_chapter_document(), target, DocxOptions(export_date=None))
    word = docx.Document(str(target))
    headings = [p.text for p in word.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    zorg = headings[headings.index("Programma 2 Zorg"):headings.index("Programma 3 Veiligheid")]
    assert zorg[:2] == ["Programma 2 Zorg", "Wat wilden we bereiken?"]
    assert zorg.index("Wat hebben we daarvoor gedaan?") < zorg.index("Wat heeft het gekost?")
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in word.tables]
    finance = next(t for t in tables if t[0][0] == "Bedragen x € 1" and t[1][3] == "-2.160.001")
    assert finance[1] == ["Lasten", "-2.000.000", "-2.100.000", "-2.160.001", "-60.001"]
    assert finance[-1][0] == "Resultaat"
    body = word.element.body.xml
    assert '<w:jc w:val="right"/>' in body  # amounts right-aligned
    no_effects = tmp_path / "k.docx"
    export_docx(full_chapter_document(), no_effects, DocxOptions(parts=ChapterParts(effects=False)))
    headings = [p.text for p in docx.Document(str(no_effects)).paragraphs]
    assert "Wat wilden we bereiken?" not in headings
    assert "Wat heeft het gekost?" in headings


def test_website_has_a_page_per_question(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    export_website(full_chapter_document(), folder, WebsiteOptions())
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert '<a href="effecten-2.html">Wat wilden we bereiken?</a>' in index
    assert '<a href="financien-2.html">Wat heeft het gekost?</a>' in index
    costs = (folder / "financien-2.html").read_text(encoding="utf-8")
    assert "-2.160.001" in costs
    assert "<table" in costs
    assert "Wat heeft het gekost?" in (folder / "pc-tekst.txt").read_text(encoding="utf-8")
    assert "financien-2.html" in (folder / "zoekindex.js").read_text(encoding="utf-8")
