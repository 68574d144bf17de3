"""A pipe table inside an activity text becomes a real table in Word and HTML."""

from __future__ import annotations

import io

import docx

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.model import Activiteit, Document, Hoofddoel, Programma
from verantwoording_app.formats.docx_export import docx_bytes
from verantwoording_app.formats.html_export import chapter_html
from verantwoording_app.formats.pctext import parse_pc_text, render_pc_text

_REALISATION = (
    "Voor de tabel.\n\n| Indicator | 2022 | 2023 |\n|---|---|---|\n| **Banen** | 12 | 13 |\n| Kort |\n\n"
    "| Tweede |\n|---|\n| tabel |\n\nNa de tabel."
)


def _document() -> Document:
    activity = Activiteit(title="Werk", plan=BlockText.from_markdown("Plan."),
                          realisation=BlockText.from_markdown(_REALISATION))
    return Document(year=2022, programmes=(Programma("1", "", goals=(Hoofddoel("Doel", activities=(activity,)),)),))


def test_word_gets_real_tables_with_a_bold_repeating_header() -> None:
    word = docx.Document(io.BytesIO(docx_bytes(_document())[0]))
    first, second = word.tables
    assert [[cell.text for cell in row.cells] for row in first.rows] == [
        ["Indicator", "2022", "2023"], ["Banen", "12", "13"], ["Kort", "", ""],
    ]
    assert [[cell.text for cell in row.cells] for row in second.rows] == [["Tweede"], ["tabel"]]
    header = first.rows[0]
    assert header._tr.trPr is not None
    assert header._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None
    assert all(run.bold for cell in header.cells for p in cell.paragraphs for run in p.runs)
    assert first.rows[1].cells[0].paragraphs[0].runs[0].bold
    texts = [p.text for p in word.paragraphs]
    assert "Voor de tabel." in texts
    assert "Na de tabel." in texts
    assert not any("|" in text for text in texts)


def test_html_export_has_table_with_header_cells() -> None:
    page = chapter_html(_document())
    assert '<th scope="col">Indicator</th>' in page
    assert "<td><b>Banen</b></td>" in page


def test_pc_text_shows_the_pipe_table_and_reads_it_back() -> None:
    text = render_pc_text(_document())
    assert "| Indicator | 2022 | 2023 |\n|---|---|---|\n| Banen | 12 | 13 |" in text
    back = parse_pc_text(text).document
    realisation = back.programmes[0].goals[0].activities[0].realisation
    assert [block.kind.value for block in realisation.blocks].count("table") == 5
