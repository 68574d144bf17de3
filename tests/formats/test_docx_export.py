"""Word export: structure, styles, templates, CONCEPT mark, bad characters, atomic writes."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from lxml import etree

from verantwoording_app.domain.blocktext import Block, BlockKind, BlockText, Run, normalise
from verantwoording_app.domain.errors import ExportFailed
from verantwoording_app.domain.model import (
    Activiteit,
    Document,
    Hoofddoel,
    Kengetal,
    Programma,
    ReviewState,
)
from verantwoording_app.domain.selection import Selection, select
from verantwoording_app.formats import docx_export
from verantwoording_app.formats.docx_export import (
    DocxOptions,
    docx_bytes,
    export_docx,
)
from verantwoording_app.formats.pctext import parse_pc_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt"
GOLDEN = Path(__file__).parent / "golden" / "docx_document.xml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def md(text: str) -> BlockText:
    return BlockText.from_markdown(text)


def make_document(*, review: ReviewState = ReviewState.CONCEPT) -> Document:
    """A small document with every kind of block, two programmes and key figures."""
    first = Activiteit(
        title="Verbeteren van de match",
        plan=md("We gaan **scholing** aanbieden.\n\n- eerste punt\n- tweede *punt*"),
        realisation=md(
            "### Twents Fonds\nEr zijn **337** scholingscheques *toegekend*.\n\n"
            "1. stap een\n2. stap twee\n\nTussenzin.\n\n1. nieuwe lijst"
        ),
        review_state=review,
        kengetallen=(
            Kengetal("Scholingscheques", unit="aantal", target=Decimal("300"), realised=Decimal("337")),
            Kengetal("Uitstroom", unit="%", baseline=Decimal("12.5"), target=Decimal("1500.25"), realised=None),
        ),
    )
    second = Activiteit(title="Schulden", plan=md("Plan B."), realisation=md("Gedaan."), review_state=review)
    third = Activiteit(title="Economie", plan=md("Plan C."), realisation=BlockText(), review_state=review)
    return Document(
        year=2022,
        municipality="Almelo",
        section_number="2.1.2.2",
        section_title="Wat hebben we gedaan?",
        programmes=(
            Programma(
                "1",
                "Werk en inkomen",
                goals=(
                    Hoofddoel("Almelo werkt", activities=(first, second)),
                    Hoofddoel("Leeg doel"),
                ),
                intro=md("Inleiding van het programma."),
            ),
            Programma("2", "Economie", goals=(Hoofddoel("Krachtige economie", activities=(third,)),)),
        ),
    )


def paragraphs(data: bytes) -> list[tuple[str, str]]:
    word = docx.Document(io.BytesIO(data))
    return [(p.style.name, p.text) for p in word.paragraphs]


def activity_numbers(data: bytes) -> list[int]:
    """The number Word shows before each Heading 3, worked out from its list numbering."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
        numbering = etree.fromstring(archive.read("word/numbering.xml"))
    seen: dict[str, int] = {}
    out = []
    for p in body.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is None or style.get(f"{W}val") != "Heading3":
            continue
        num_id = p.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
        num = numbering.find(f"{W}num[@{W}numId='{num_id}']")
        start = int(num.find(f"{W}lvlOverride/{W}startOverride").get(f"{W}val"))
        out.append(start + seen.get(num_id, 0))
        seen[num_id] = seen.get(num_id, 0) + 1
    return out


EXPECTED = [
    ("Heading 1", "Programma 1 Werk en inkomen"),
    ("Heading 2", "2.1.2.2 Wat hebben we gedaan?"),
    ("Normal", "Inleiding van het programma."),
    ("Heading 2", 'Voor hoofddoel I "Almelo werkt" voeren we de volgende projecten en activiteiten uit:'),
    ("Heading 3", "Verbeteren van de match"),
    ("Normal", "We gaan scholing aanbieden."),
    ("List Bullet", "eerste punt"),
    ("List Bullet", "tweede punt"),
    ("Normal", "Uitvoering in 2022:"),
    ("Heading 4", "Twents Fonds"),
    ("Normal", "Er zijn 337 scholingscheques toegekend."),
    ("List Number", "stap een"),
    ("List Number", "stap twee"),
    ("Normal", "Tussenzin."),
    ("List Number", "nieuwe lijst"),
    ("Caption", "Tabel 1: Kengetallen bij activiteit 1. Verbeteren van de match"),
    ("Heading 3", "Schulden"),
    ("Normal", "Plan B."),
    ("Normal", "Uitvoering in 2022:"),
    ("Normal", "Gedaan."),
    ("Heading 1", "Programma 2 Economie"),
    ("Heading 2", "2.1.2.2 Wat hebben we gedaan?"),
    ("Heading 2", 'Voor hoofddoel I "Krachtige economie" voeren we de volgende projecten en activiteiten uit:'),
    ("Heading 3", "Economie"),
    ("Normal", "Plan C."),
    ("Normal", "Uitvoering in 2022:"),
]


def test_structure_styles_and_order() -> None:
    data, result = docx_bytes(make_document(), DocxOptions(include_key_figures=True))
    assert paragraphs(data) == EXPECTED
    assert result.activities == 3
    assert result.paragraphs == len(EXPECTED)
    assert result.warnings == ()


def test_without_plan_and_key_figures() -> None:
    data, _ = docx_bytes(make_document(), DocxOptions(include_plan=False))
    texts = [text for _, text in paragraphs(data)]
    assert "We gaan scholing aanbieden." not in texts
    assert "eerste punt" not in texts
    assert not any(text.startswith("Tabel") for text in texts)
    assert docx.Document(io.BytesIO(data)).tables == []
    assert "Er zijn 337 scholingscheques toegekend." in texts


def test_bold_italic_runs_kept() -> None:
    word = docx.Document(io.BytesIO(docx_bytes(make_document())[0]))
    by_text = {p.text: p for p in word.paragraphs}
    runs = [(r.text, bool(r.bold), bool(r.italic)) for r in by_text["Er zijn 337 scholingscheques toegekend."].runs]
    assert runs == [("Er zijn ", False, False), ("337", True, False), (" scholingscheques ", False, False),
                    ("toegekend", False, True), (".", False, False)]
    label = by_text["Uitvoering in 2022:"]
    assert all(run.bold for run in label.runs)


def test_each_numbered_list_restarts() -> None:
    data, _ = docx_bytes(make_document())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
        numbering = etree.fromstring(archive.read("word/numbering.xml"))
    ids = [p.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
           for p in body.iter(f"{W}p") if p.find(f"{W}pPr/{W}numPr") is not None
           and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "ListNumber"]
    assert len(ids) == 3
    assert ids[0] == ids[1] != ids[2]
    for num_id in set(ids):
        num = numbering.find(f"{W}num[@{W}numId='{num_id}']")
        assert num.find(f"{W}lvlOverride/{W}startOverride").get(f"{W}val") == "1"


def test_key_figures_table() -> None:
    word = docx.Document(io.BytesIO(docx_bytes(make_document(), DocxOptions(include_key_figures=True))[0]))
    (table,) = word.tables
    assert table.style.name == "Table Grid"
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows == [
        ["Kengetal", "Eenheid", "Nulmeting", "Streefwaarde", "Realisatie"],
        ["Scholingscheques", "aantal", "", "300", "337"],
        ["Uitstroom", "%", "12,5", "1.500,25", ""],
    ]


def test_single_unnamed_programme_uses_section_heading() -> None:
    document = make_document()
    document = replace(document, programmes=(replace(document.programmes[0], name=""),))
    heads = [(s, t) for s, t in paragraphs(docx_bytes(document)[0]) if s.startswith("Heading 1")]
    assert heads == [("Heading 1", "2.1.2.2 Wat hebben we gedaan?")]


def test_selection_keeps_original_numbers() -> None:
    document = select(make_document(), Selection(programme="1", goal="I", activity=2))
    data = docx_bytes(document)[0]
    texts = [t for s, t in paragraphs(data) if s == "Heading 3"]
    assert texts == ["Schulden"]
    assert activity_numbers(data) == [2]


def test_empty_selection_warns() -> None:
    document = select(make_document(), Selection(statuses=("gereed",)))
    data, result = docx_bytes(document)
    assert result.activities == 0
    assert paragraphs(data) == [("Normal", "")] or paragraphs(data) == []
    assert any("geen activiteiten" in str(w) for w in result.warnings)


# --- page set-up, language, header and footer, numbering, table of contents -------


def xml_part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read(name))


def test_a4_with_dutch_language_and_decimal_comma() -> None:
    data, _ = docx_bytes(make_document())
    word = docx.Document(io.BytesIO(data))
    section = word.sections[0]
    assert (section.page_width, section.page_height) == (docx.shared.Twips(11906), docx.shared.Twips(16838))
    assert section.left_margin == section.right_margin == docx.shared.Twips(1418)
    styles = xml_part(data, "word/styles.xml")
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(f"{W}val") == "nl-NL"
    settings = xml_part(data, "word/settings.xml")
    assert settings.find(f"{W}themeFontLang").get(f"{W}val") == "nl-NL"
    assert settings.find(f"{W}decimalSymbol").get(f"{W}val") == ","
    body = xml_part(data, "word/document.xml")
    runs = list(body.iter(f"{W}r"))
    text_runs = [r for r in runs if r.find(f"{W}t") is not None]
    assert text_runs
    assert all(r.find(f"{W}rPr/{W}lang").get(f"{W}val") == "nl-NL" for r in text_runs)
    assert word.core_properties.language == "nl-NL"


def test_footer_numbers_the_pages() -> None:
    data, _ = docx_bytes(make_document())
    word = docx.Document(io.BytesIO(data))
    footer = word.sections[0].footer._element
    instructions = [t.text.strip() for t in footer.iter(f"{W}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert "".join(t.text for t in footer.iter(f"{W}t")) == "Pagina 1 van 1"


def test_activities_numbered_by_the_heading_style() -> None:
    data, _ = docx_bytes(make_document())
    styles = xml_part(data, "word/styles.xml")
    heading = styles.find(f"{W}style[@{W}styleId='Heading3']")
    num_id = heading.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
    numbering = xml_part(data, "word/numbering.xml")
    abstract_id = numbering.find(f"{W}num[@{W}numId='{num_id}']/{W}abstractNumId").get(f"{W}val")
    level = numbering.find(f"{W}abstractNum[@{W}abstractNumId='{abstract_id}']/{W}lvl")
    assert level.find(f"{W}lvlText").get(f"{W}val") == "%1."
    assert level.find(f"{W}pStyle").get(f"{W}val") == "Heading3"
    assert activity_numbers(data) == [1, 2, 1]
    assert_numbering_in_schema_order(data)


def test_numbering_follows_gaps_in_a_selection() -> None:
    document = select(make_document(), Selection(statuses=("gereed",)))
    programme = make_document().programmes[0]
    goal = programme.goals[0]
    first, second = goal.activities
    third = replace(second, title="Derde", id="derde")
    goal = replace(goal, activities=(replace(first, number=1), replace(third, number=3), replace(second, number=4)))
    document = replace(make_document(), programmes=(replace(programme, goals=(goal,)),))
    assert activity_numbers(docx_bytes(document)[0]) == [1, 3, 4]


def test_title_lines_as_title_and_subtitle() -> None:
    document = replace(make_document(), title_lines=("Programmaverantwoording", "Programmaplan", "Bijlage"))
    assert paragraphs(docx_bytes(document)[0])[:4] == [
        ("Title", "Programmaverantwoording"), ("Subtitle", "Programmaplan"), ("Subtitle", "Bijlage"),
        ("Heading 1", "Programma 1 Werk en inkomen"),
    ]


def test_table_of_contents_is_a_field_word_updates() -> None:
    document = replace(make_document(), title_lines=("Programmaverantwoording",))
    data, _ = docx_bytes(document, DocxOptions(include_toc=True))
    found = paragraphs(data)
    assert found[:3] == [("Title", "Programmaverantwoording"), ("TOC Heading", "Inhoud"),
                         ("toc 1", "Programma 1 Werk en inkomen")]
    assert ("toc 3", "1. Verbeteren van de match") in found
    assert found.index(("Heading 1", "Programma 1 Werk en inkomen")) > found.index(("toc 3", "1. Economie"))
    body = xml_part(data, "word/document.xml")
    assert next(t.text for t in body.iter(f"{W}instrText")) == ' TOC \\o "1-3" \\h \\z \\u '
    kinds = [c.get(f"{W}fldCharType") for c in body.iter(f"{W}fldChar")]
    assert kinds[:2] == ["begin", "separate"]
    assert kinds.count("begin") == kinds.count("end")
    assert xml_part(data, "word/settings.xml").find(f"{W}updateFields").get(f"{W}val") == "true"
    without = xml_part(docx_bytes(document)[0], "word/settings.xml")
    assert without.find(f"{W}updateFields") is None


# --- CONCEPT mark -----------------------------------------------------------


def header_texts(data: bytes) -> list[str]:
    word = docx.Document(io.BytesIO(data))
    return [p.text for p in word.sections[0].header.paragraphs]


def test_concept_mark_while_not_final() -> None:
    options = DocxOptions(export_date=date(2023, 3, 7))
    data, result = docx_bytes(make_document(review=ReviewState.AKKOORD), options)
    assert result.concept
    assert header_texts(data) == ["Jaarstukken Almelo 2022\tCONCEPT 07-03-2023"]


def test_no_concept_mark_when_all_final() -> None:
    data, result = docx_bytes(make_document(review=ReviewState.VASTGESTELD))
    assert not result.concept
    assert header_texts(data) == ["Jaarstukken Almelo 2022"]


def test_one_unfinished_activity_is_enough() -> None:
    document = make_document(review=ReviewState.VASTGESTELD)
    programme = document.programmes[1]
    goal = programme.goals[0]
    goal = replace(goal, activities=(replace(goal.activities[0], review_state=ReviewState.TER_REVIEW),))
    document = replace(document, programmes=(document.programmes[0], replace(programme, goals=(goal,))))
    assert docx_bytes(document)[1].concept


# --- bad characters ---------------------------------------------------------


def test_invalid_xml_characters_removed_and_reported() -> None:
    document = make_document()
    programme = document.programmes[0]
    goal = programme.goals[0]
    bad = Activiteit(
        title="Titel\x01 met teken",
        plan=BlockText((Block(BlockKind.PARAGRAPH, (Run("Plan\x07 met bel"),)),)),
        realisation=BlockText((Block(BlockKind.PARAGRAPH, (Run("Niet\ufffe hier\ud800 ook \x00niet"),)),)),
    )
    goal = replace(goal, activities=(*goal.activities, bad))
    document = replace(document, programmes=(replace(programme, goals=(goal,)),))
    data, result = docx_bytes(document)
    texts = [t for _, t in paragraphs(data)]
    assert "Titel met teken" in texts
    assert "Plan met bel" in texts
    assert "Niet hier ook niet" in texts
    messages = [str(w) for w in result.warnings]
    assert any("activiteit 3 (realisatie)" in m and "3 ongeldige tekens" in m and "U+FFFE" in m for m in messages)
    assert any("activiteit 3 (plan)" in m and "U+0007" in m for m in messages)
    assert any(m.startswith("Programma 1 Werk en inkomen, hoofddoel I, activiteit 3:") for m in messages)


# --- atomic writes ----------------------------------------------------------


def test_export_writes_file(tmp_path: Path) -> None:
    target = tmp_path / "hoofdstuk.docx"
    result = export_docx(make_document(), target)
    assert result.path == target
    assert paragraphs(target.read_bytes())[0] == ("Heading 1", "Programma 1 Werk en inkomen")


def test_failed_replace_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "hoofdstuk.docx"
    target.write_bytes(b"oude export")

    def refuse(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportFailed, match="in gebruik"):
        export_docx(make_document(), target)
    assert target.read_bytes() == b"oude export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hoofdstuk.docx"]


def test_failure_while_writing_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "hoofdstuk.docx"
    target.write_bytes(b"oude export")

    def half_save(_word: object, stream: io.BufferedWriter, *_: object) -> None:
        stream.write(b"PK\x03\x04 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx_export, "_save_package", half_save)
    with pytest.raises(ExportFailed, match="schijf is vol"):
        export_docx(make_document(), target)
    assert target.read_bytes() == b"oude export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hoofdstuk.docx"]


# --- house template -----------------------------------------------------------

DUTCH = {
    "Normal": ("Standaard", "Standaard"),
    "Heading1": ("Kop1", "Kop 1"),
    "Heading2": ("Kop2", "Kop 2"),
    "Heading3": ("Kop3", "Kop 3"),
    "ListBullet": ("Lijstopsommingsteken", "Lijstopsommingsteken"),
    "ListNumber": ("Lijstnummering", "Lijstnummering"),
}


HOUSE_GREEN = "00703C"


def make_template(path: Path, *, english_names: bool = False, drop: tuple[str, ...] = (),
                  restyle: bool = False) -> None:
    """A Dutch house template: localised style ids (and names), a header, A4 page setup, sample text.

    ``restyle``: also a green Kop 1 in another font, a Dutch default language of its own (nl-BE), and
    Kop 3 numbered by the template's own list ("Activiteit 1:").
    """
    word = docx.Document()
    if restyle:
        styles_element = word.styles.element
        heading1 = styles_element.find(f"{W}style[@{W}styleId='Heading1']")
        r_pr = heading1.find(f"{W}rPr")
        r_pr.find(f"{W}color").set(f"{W}val", HOUSE_GREEN)
        r_pr.find(f"{W}rFonts").attrib.clear()
        r_pr.find(f"{W}rFonts").set(f"{W}ascii", "DejaVu Sans Mono")
        r_pr.find(f"{W}rFonts").set(f"{W}hAnsi", "DejaVu Sans Mono")
        styles_element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").set(f"{W}val", "nl-BE")
        numbering = word.part.numbering_part.element
        numbering.append(etree.fromstring(
            f'<w:abstractNum xmlns:w="{W[1:-1]}" w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="Activiteit %1:"/><w:lvlJc w:val="left"/></w:lvl>'
            "</w:abstractNum>"))
        numbering.append(etree.fromstring(
            f'<w:num xmlns:w="{W[1:-1]}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
        heading3 = styles_element.find(f"{W}style[@{W}styleId='Heading3']")
        heading3.find(f"{W}pPr/{W}keepLines").addnext(etree.fromstring(
            f'<w:numPr xmlns:w="{W[1:-1]}"><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
    word.add_paragraph("Voorbeeldtekst van het sjabloon")
    section = word.sections[0]
    section.page_width, section.page_height = docx.shared.Mm(210), docx.shared.Mm(297)
    section.left_margin = docx.shared.Mm(30)
    section.header.paragraphs[0].text = "Gemeente Almelo"
    section.footer.paragraphs[0].text = "Jaarstukken 2022"
    styles = word.styles.element
    for style in styles.iterchildren(f"{W}style"):
        style_id = style.get(f"{W}styleId")
        if style_id in drop:
            styles.remove(style)
        elif style_id in DUTCH:
            new_id, new_name = DUTCH[style_id]
            style.set(f"{W}styleId", new_id)
            if not english_names:
                style.find(f"{W}name").set(f"{W}val", new_name)
        for ref in style.iterchildren(f"{W}basedOn", f"{W}next"):
            if ref.get(f"{W}val") == "Normal":
                ref.set(f"{W}val", "Standaard")
    buffer = io.BytesIO()
    word.save(buffer)
    data = buffer.getvalue()
    if path.suffix == ".dotx":
        data = _retype(data, "document.main+xml", "template.main+xml")
    path.write_bytes(data)


def _retype(data: bytes, old: str, new: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(old.encode(), new.encode())
            target.writestr(item, content)
    return out.getvalue()


def style_ids(data: bytes) -> list[str | None]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    out = []
    for p in body.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        out.append(style.get(f"{W}val") if style is not None else None)
    return out


@pytest.mark.parametrize("suffix", [".docx", ".dotx"])
@pytest.mark.parametrize("english_names", [False, True], ids=["dutch-names", "localised-ids"])
def test_house_template_styles_are_used(tmp_path: Path, suffix: str, english_names: bool) -> None:
    template = tmp_path / f"huisstijl{suffix}"
    make_template(template, english_names=english_names)
    data, _ = docx_bytes(make_document(review=ReviewState.VASTGESTELD), DocxOptions(template=template))
    used = style_ids(data)
    assert used[:5] == ["Kop1", "Kop2", None, "Kop2", "Kop3"]
    assert "Lijstopsommingsteken" in used
    assert "Lijstnummering" in used
    assert "ListBullet" not in used
    assert "Heading1" not in used
    word = docx.Document(io.BytesIO(data))
    assert "Voorbeeldtekst van het sjabloon" not in [p.text for p in word.paragraphs]
    section = word.sections[0]
    assert [p.text for p in section.header.paragraphs] == ["Gemeente Almelo"]
    assert [p.text for p in section.footer.paragraphs] == ["Jaarstukken 2022"]
    original = docx.Document(str(template) if suffix == ".docx" else None).sections[0]
    if suffix == ".docx":
        assert (section.page_width, section.left_margin) == (original.page_width, original.left_margin)
    assert section.page_width is not None
    assert section.left_margin is not None
    assert abs(section.page_width - docx.shared.Mm(210)) < docx.shared.Mm(1)
    assert abs(section.left_margin - docx.shared.Mm(30)) < docx.shared.Mm(1)


def test_restyled_template_keeps_its_styles_and_numbers_the_activities(tmp_path: Path) -> None:
    template = tmp_path / "huisstijl.dotx"
    make_template(template, restyle=True)
    data, _ = docx_bytes(make_document(review=ReviewState.VASTGESTELD),
                         DocxOptions(template=template, include_toc=True))
    styles = xml_part(data, "word/styles.xml")
    heading1 = styles.find(f"{W}style[@{W}styleId='Kop1']")
    assert heading1.find(f"{W}rPr/{W}color").get(f"{W}val") == HOUSE_GREEN
    assert heading1.find(f"{W}rPr/{W}rFonts").get(f"{W}ascii") == "DejaVu Sans Mono"
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(f"{W}val") == "nl-BE"
    body = xml_part(data, "word/document.xml")
    headings = [p for p in body.iter(f"{W}p")
                if (style := p.find(f"{W}pPr/{W}pStyle")) is not None and style.get(f"{W}val") == "Kop3"]
    assert ["".join(t.text for t in p.iter(f"{W}t")) for p in headings] == [
        "Verbeteren van de match", "Schulden", "Economie"]
    numbering = xml_part(data, "word/numbering.xml")
    for paragraph in headings:
        num_id = paragraph.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
        num = numbering.find(f"{W}num[@{W}numId='{num_id}']")
        assert num.find(f"{W}abstractNumId").get(f"{W}val") == "90"
    word = docx.Document(io.BytesIO(data))
    assert [p.text for p in word.sections[0].header.paragraphs] == ["Gemeente Almelo"]
    assert [p.text for p in word.sections[0].footer.paragraphs] == ["Jaarstukken 2022"]
    margin = word.sections[0].left_margin
    assert margin is not None
    assert abs(margin - docx.shared.Mm(30)) < docx.shared.Mm(0.1)


def test_concept_mark_added_to_template_header(tmp_path: Path) -> None:
    template = tmp_path / "huisstijl.dotx"
    make_template(template)
    data, _ = docx_bytes(make_document(), DocxOptions(template=template))
    assert header_texts(data) == ["CONCEPT", "Gemeente Almelo"]


NUMBERING_ORDER = {"numPicBullet": 0, "abstractNum": 1, "num": 2, "numIdMacAtCleanup": 3}


def assert_numbering_in_schema_order(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        numbering = etree.fromstring(archive.read("word/numbering.xml"))
    ranks = [NUMBERING_ORDER[etree.QName(child).localname] for child in numbering]
    assert ranks == sorted(ranks)


def test_numbering_stays_in_schema_order() -> None:
    assert_numbering_in_schema_order(docx_bytes(make_document())[0])


def test_template_without_list_styles_gets_them(tmp_path: Path) -> None:
    template = tmp_path / "kaal.docx"
    make_template(template, drop=("ListBullet", "ListNumber", "Caption", "TableGrid"))
    with zipfile.ZipFile(template) as source:
        items = {item.filename: source.read(item.filename) for item in source.infolist()}
    items["word/numbering.xml"] = items["word/numbering.xml"].replace(
        b"</w:numbering>", b'<w:numIdMacAtCleanup w:val="9"/></w:numbering>'
    )
    with zipfile.ZipFile(template, "w") as target:
        for name, content in items.items():
            target.writestr(name, content)
    data, _ = docx_bytes(make_document(), DocxOptions(template=template, include_key_figures=True))
    assert_numbering_in_schema_order(data)
    word = docx.Document(io.BytesIO(data))
    styles = [p.style.name for p in word.paragraphs]
    assert "List Bullet" in styles
    assert "List Number" in styles
    assert "Caption" in styles
    bullet = next(p for p in word.paragraphs if p.style.name == "List Bullet")
    num_id = bullet.style.element.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
    numbering = word.part.numbering_part.element
    assert numbering.find(f"{W}num[@{W}numId='{num_id}']") is not None
    assert word.tables[0].style.name == "Table Grid"


def test_template_with_other_namespace_prefix(tmp_path: Path) -> None:
    """A document.xml whose main namespace is not bound to ``w`` still gets its body."""
    plain = tmp_path / "plain.docx"
    make_template(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = content.decode()
                text = re.sub(r"(</?)w:", r"\1x:", text)
                text = re.sub(r"(\s)w:(\w+=)", r"\1x:\2", text).replace("xmlns:w=", "xmlns:x=")
                content = text.encode()
            target.writestr(item, content)
    template = tmp_path / "prefix.docx"
    template.write_bytes(out.getvalue())
    data, _ = docx_bytes(make_document(review=ReviewState.VASTGESTELD), DocxOptions(template=template))
    assert [text for _, text in paragraphs(data)][:2] == ["Programma 1 Werk en inkomen", "2.1.2.2 Wat hebben we gedaan?"]
    assert paragraphs(data)[0][0] == "Kop 1"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("weg.docx", None, "niet lezen"),
        ("kapot.docx", b"dit is geen zip", "geen bruikbaar Word-document"),
        ("sjabloon.txt", b"tekst", "geen Word-document"),
    ],
)
def test_unusable_template(tmp_path: Path, name: str, content: bytes | None, message: str) -> None:
    template = tmp_path / name
    if content is not None:
        template.write_bytes(content)
    with pytest.raises(ExportFailed, match=message):
        docx_bytes(make_document(), DocxOptions(template=template))


# --- the sample chapter -------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> Document:
    return parse_pc_text(SAMPLE.read_text(encoding="utf-8")).document


def expected_sample(document: Document) -> list[tuple[str, str]]:
    """The published structure restated from the tree (single unnamed programme)."""
    style = {
        BlockKind.PARAGRAPH: "Normal", BlockKind.BULLET: "List Bullet",
        BlockKind.NUMBERED: "List Number", BlockKind.HEADING: "Heading 4",
    }
    (programme,) = document.programmes
    out = [("Title", document.title_lines[0]), *(("Subtitle", line) for line in document.title_lines[1:])]
    out.append(("Heading 1", f"{document.section_number} {document.section_title}"))
    for goal_index, goal in enumerate(programme.goals):
        out.append(("Heading 2", document.goal_heading(goal_index, goal)))
        for _index, activity in enumerate(goal.activities, 1):
            out.append(("Heading 3", activity.title))
            out.extend((style[b.kind], b.text) for b in normalise(activity.plan).blocks)
            out.append(("Normal", document.realisation_heading()))
            out.extend((style[b.kind], b.text) for b in normalise(activity.realisation).blocks)
    return out


def test_sample_every_paragraph(sample: Document) -> None:
    data, result = docx_bytes(sample)
    assert paragraphs(data) == expected_sample(sample)
    assert result.activities == 13
    assert result.concept


def test_sample_keeps_every_word(sample: Document) -> None:
    """Every word of the published chapter, in order; activity numbers aside (goal II is renumbered)."""
    number = re.compile(r"^\d+\.$")
    body = [w for _, text in paragraphs(docx_bytes(sample)[0]) for w in text.split() if not number.match(w)]
    source = SAMPLE.read_text(encoding="utf-8").split("Deze pagina is gebouwd")[0]
    skipped = ("•",)
    source_words = [w for w in source.split() if w not in skipped and not number.match(w)]
    assert body == source_words


# --- golden document.xml ------------------------------------------------------


def normalised_document_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    for element in root.iter():
        for attr in [a for a in element.attrib if re.search(r"}rsid", a)]:
            del element.attrib[attr]
    etree.indent(root, space="  ")
    return str(etree.tostring(root, encoding="unicode")) + "\n"


def test_golden_document_xml() -> None:
    actual = normalised_document_xml(docx_bytes(make_document(), DocxOptions(include_key_figures=True))[0])
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(actual, encoding="utf-8")
    assert actual == GOLDEN.read_text(encoding="utf-8")


# --- LibreOffice ----------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_pdf_text(tmp_path: Path, source: Path) -> tuple[str, str]:
    """Convert with LibreOffice; (pdfinfo, pdftotext -layout) of the PDF."""
    assert SOFFICE is not None
    completed = subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=100, check=False,
    )
    pdf = source.with_suffix(".pdf")
    assert pdf.exists(), completed.stdout + completed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return info, text


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice and poppler-utils (scripts/bootstrap.sh installs them as root)")
@pytest.mark.parametrize("house", [False, True], ids=["own-layout", "house-template"])
def test_libreoffice_renders_the_pages(tmp_path: Path, sample: Document, house: bool) -> None:
    source = tmp_path / "hoofdstuk.docx"
    options = DocxOptions(include_key_figures=True, include_toc=True, export_date=date(2023, 3, 7))
    if house:
        template = tmp_path / "huisstijl.dotx"
        make_template(template, restyle=True)
        options = replace(options, template=template)
    programme = sample.programmes[0]
    goal = programme.goals[0]
    figures = make_document().programmes[0].goals[0].activities[0].kengetallen
    first = replace(goal.activities[0], kengetallen=figures)
    goal = replace(goal, activities=(first, *goal.activities[1:]))
    sample = replace(sample, programmes=(replace(programme, goals=(goal, *programme.goals[1:])),))
    export_docx(sample, source, options)
    info, text = libreoffice_pdf_text(tmp_path, source)
    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info), info
    found = re.search(r"Pages:\s+(\d+)", info)
    assert found is not None, info
    pages = int(found.group(1))
    assert 8 <= pages <= 20
    lines = [line.strip() for line in text.splitlines()]
    assert "Programmaverantwoording" in lines
    assert "Programmaplan" in lines
    assert "Inhoud" in lines
    assert "2.1.2.2 Wat hebben we gedaan?" in lines
    assert re.search(r"Tabel 1: Kengetallen bij activiteit 1\.", text)
    if house:
        assert text.count("Gemeente Almelo") == pages
        assert re.search(r"Activiteit 1:\s+Verbeteren van de match op de arbeidsmarkt", text)
        assert re.search(r"Activiteit 5:\s+Faciliteren van het MKB", text)
        assert "Pagina 1 van" not in text
    else:
        assert text.count("CONCEPT 07-03-2023") == pages
        assert f"Pagina {pages} van {pages}" in lines
        assert re.search(r"^1\.\s+Verbeteren van de match op de arbeidsmarkt", text, re.MULTILINE)
        assert re.search(r"^5\.\s+Faciliteren van het MKB", text, re.MULTILINE)


def test_a_hostile_template_is_refused(tmp_path: Path) -> None:
    """A template is a zip from outside: read through bounded streams, no DTD in any part."""
    import zipfile

    from verantwoording_app.formats.docx_export import TEMPLATE_LIMITS

    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b" " * (TEMPLATE_LIMITS.max_member_bytes + 1))
    with pytest.raises(ExportFailed, match=r"geweigerd.*zip-bom"):
        docx_bytes(make_document(), DocxOptions(template=bomb))
    dtd = tmp_path / "dtd.docx"
    with zipfile.ZipFile(dtd, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Types>&a;</Types>')
    with pytest.raises(ExportFailed, match="DTD/ENTITY"):
        docx_bytes(make_document(), DocxOptions(template=dtd))
