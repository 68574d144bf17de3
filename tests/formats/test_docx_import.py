"""Word import: our own export back, Word's own headings/lists/bold/tables/tracked changes, bad files."""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from verantwoording_app.domain.blocktext import BlockKind, BlockText
from verantwoording_app.domain.errors import ImportRefused
from verantwoording_app.formats.docx_export import docx_bytes
from verantwoording_app.formats.docx_import import docx_lines, read_docx

if TYPE_CHECKING:
    from verantwoording_app.domain.model import Document


def _shape(text: BlockText) -> list[tuple[BlockKind, str, tuple[tuple[bool, bool], ...]]]:
    """Kinds, texts and formatting of the blocks; a blank line between Word paragraphs is layout."""
    return [(b.kind, b.text, tuple((r.bold, r.italic) for r in b.runs)) for b in text.blocks]


def test_our_own_word_export_imports_to_the_same_document(sample_document: Document) -> None:
    data, _ = docx_bytes(sample_document)
    again = read_docx(data).document
    assert (again.section_number, again.section_title) == (sample_document.section_number,
                                                           sample_document.section_title)
    assert again.year == sample_document.year
    old = list(sample_document.iter_activities())
    new = list(again.iter_activities())
    assert [p.goal.title for p in new] == [p.goal.title for p in old]
    assert [p.activity.title for p in new] == [p.activity.title for p in old]
    for before, after in zip(old, new, strict=True):
        assert _shape(after.activity.plan) == _shape(before.activity.plan), before.activity.title
        assert _shape(after.activity.realisation) == _shape(before.activity.realisation), before.activity.title
    assert again.unplaced.is_empty


def _word(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_styles_lists_bold_and_tables() -> None:
    def build(d) -> None:
        d.add_paragraph("Een veilige stad", style="Heading 1")
        d.add_paragraph("Cameratoezicht", style="Heading 2")
        d.add_paragraph("We plaatsen camera's in het centrum.")
        d.add_paragraph("Realisatie:").runs[0].bold = True
        p = d.add_paragraph("Er hangen nu ")
        p.add_run("twaalf").bold = True
        p.add_run(" camera's.")
        d.add_paragraph("eerste punt", style="List Bullet")
        d.add_paragraph("tweede punt", style="List Bullet")
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Indicator", "2022"
        table.cell(1, 0).text, table.cell(1, 1).text = "Camera's", "12"
        d.add_paragraph("Buurtpreventie", style="Heading 2")
        d.add_paragraph("Buurtteams ondersteunen.")
        d.add_paragraph("stap een", style="List Number")
        d.add_paragraph("stap twee", style="List Number")
        d.add_paragraph("Realisatie:").runs[0].bold = True
        d.add_paragraph("Drie nieuwe teams.")

    result = read_docx(_word(build))
    (programme,) = result.document.programmes
    (goal,) = programme.goals
    assert [a.title for a in goal.activities] == ["Cameratoezicht", "Buurtpreventie"]
    first, second = goal.activities
    kinds = [b.kind for b in first.realisation.blocks]
    assert kinds == [BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.BULLET, BlockKind.TABLE, BlockKind.TABLE]
    assert first.realisation.blocks[0].runs[1].bold
    assert [b.kind for b in second.plan.blocks] == [BlockKind.PARAGRAPH, BlockKind.NUMBERED, BlockKind.NUMBERED]
    assert second.realisation.plain_text() == "Drie nieuwe teams."


def test_dutch_style_ids_and_outline_levels() -> None:
    def build(d) -> None:
        kop = d.styles.add_style("Kop2", WD_STYLE_TYPE.PARAGRAPH)
        kop.element.styleId = "Kop2"
        d.add_paragraph("Hoofddoel 1: Wonen")
        d.add_paragraph("Nieuwbouw", style=kop)
        d.add_paragraph("We bouwen woningen.")
        d.add_paragraph("Stand van zaken")
        d.add_paragraph("Er zijn 300 woningen opgeleverd.")
        p = d.add_paragraph("Statushouders")
        ppr = p._p.get_or_add_pPr()
        outline = ppr.makeelement(docx.oxml.ns.qn("w:outlineLvl"), {docx.oxml.ns.qn("w:val"): "1"})
        ppr.append(outline)
        d.add_paragraph("We huisvesten statushouders.")
        d.add_paragraph("Stand van zaken")
        d.add_paragraph("De taakstelling is gehaald.")

    lines, _ = docx_lines(_word(build))
    assert [line.heading for line in lines if line.text in ("Nieuwbouw", "Statushouders")] == [2, 2]
    goal = read_docx(_word(build)).document.programmes[0].goals[0]
    assert goal.title == "Wonen"
    assert [a.title for a in goal.activities] == ["Nieuwbouw", "Statushouders"]


def test_tracked_changes_take_the_accepted_text_and_say_so() -> None:
    def build(d) -> None:
        d.add_paragraph("Hoofddoel 1: Doel")
        d.add_paragraph("1. Activiteit")
        p = d.add_paragraph("Het plan ")
        w = docx.oxml.ns.qn
        insertion = p._p.makeelement(w("w:ins"), {w("w:id"): "1", w("w:author"): "A"})
        run = p.add_run("nieuw")._r
        insertion.append(run)
        p._p.append(insertion)
        deletion = p._p.makeelement(w("w:del"), {w("w:id"): "2", w("w:author"): "A"})
        old = p.add_run("")._r
        deleted = old.makeelement(w("w:delText"), {})
        deleted.text = "oud"
        old.append(deleted)
        deletion.append(old)
        p._p.append(deletion)
        d.add_paragraph("Realisatie:")
        d.add_paragraph("Klaar.")

    result = read_docx(_word(build))
    activity = next(result.document.iter_activities()).activity
    assert activity.plan.plain_text() == "Het plan nieuw"
    assert any("bijgehouden wijzigingen" in str(w) for w in result.warnings)


def test_word_list_numbering_gives_the_activity_numbers() -> None:
    def build(d) -> None:
        d.add_paragraph("Hoofddoel 1: Doel")
        for title in ("Eerste", "Tweede"):
            d.add_paragraph(title, style="List Number")
            d.add_paragraph("Het plan voor deze activiteit.")
            d.add_paragraph("Realisatie:")
            d.add_paragraph("Gedaan.")

    lines, _ = docx_lines(_word(build))
    numbered = [line.text for line in lines if line.text.endswith(("Eerste", "Tweede"))]
    assert numbered == ["1. Eerste", "2. Tweede"]
    assert [a.activity.title for a in read_docx(_word(build)).document.iter_activities()] == ["Eerste", "Tweede"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"PK\x03\x04 kapot", "geen geldig Word-bestand"), (None, "document.xml ontbreekt"),
     (b"<!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>", "onveilig")],
)
def test_bad_word_files_are_refused(content: bytes | None, message: str) -> None:
    if content is None or content.startswith(b"<"):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("word/other.xml" if content is None else "word/document.xml", content or b"<x/>")
        content = buffer.getvalue()
    with pytest.raises(ImportRefused, match=message):
        read_docx(content)


def test_a_member_larger_than_the_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from verantwoording_app.formats import docx_import

    monkeypatch.setattr(docx_import, "MAX_DOCUMENT_XML", 1000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document>" + b" " * 100_000 + b"</w:document>")
    with pytest.raises(ImportRefused, match="pakt uit tot meer dan"):
        read_docx(buffer.getvalue())


_DOCUMENT_XML = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                 b"<w:p><w:r><w:t>1. Titel</w:t></w:r></w:p><w:p><w:r><w:t>Tekst.</w:t></w:r></w:p></w:body>"
                 b"</w:document>")


@pytest.mark.parametrize(
    ("member", "data", "message"),
    [("../../buiten.xml", b"<x/>", "verdacht pad"), ("word/media/leeg.bin", bytes(50 * 1024 * 1024), "zip-bom")],
)
def test_word_files_go_through_the_one_bounded_zip_reader(member: str, data: bytes, message: str) -> None:
    """The container checks of formats/safezip hold for Word files too, also for parts the import never reads."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", _DOCUMENT_XML)
        archive.writestr(member, data)
    with pytest.raises(ImportRefused, match=message):
        read_docx(buffer.getvalue())
