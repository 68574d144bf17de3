"""The block text editor converts to and from BlockText exactly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor

from verantwoording_app.domain.blocktext import Block, BlockKind, BlockText, Run, normalise
from verantwoording_app.ui.blocktext_editor import BlockTextEdit

SAMPLE = """Intro met **vet** en *cursief* en ***beide***.
Een strakke regel eronder.

### Tussenkop
- een
- twee **vet**

1. eerste
2. tweede

1. opnieuw één
- een opsomming direct na een nummer
Alinea zonder witregel.
"""


@pytest.fixture
def editor(qtbot) -> BlockTextEdit:
    widget = BlockTextEdit()
    qtbot.addWidget(widget)
    return widget


def test_round_trip_sample(editor) -> None:
    text = BlockText.from_markdown(SAMPLE)
    editor.set_blocktext(text)
    assert editor.blocktext() == normalise(text)
    assert editor.blocktext().to_markdown() == text.to_markdown()


def test_empty_block_is_gap_and_tight_blocks_stay_tight(editor) -> None:
    editor.set_blocktext(BlockText.from_markdown("a\nb\n\nc\n"))
    assert editor.toPlainText() == "a\nb\n\nc"
    blocks = editor.blocktext().blocks
    assert [b.gap_before for b in blocks] == [True, False, True]


words = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=" .,'-€"),
                min_size=1, max_size=12)
runs = st.lists(st.builds(Run, words, st.booleans(), st.booleans()), min_size=1, max_size=4)
blocks = st.lists(st.builds(lambda k, r, g: Block(k, tuple(r), g), st.sampled_from(list(BlockKind)), runs,
                            st.booleans()), max_size=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blocks)
def test_round_trip_property(editor, generated) -> None:
    text = normalise(BlockText(tuple(generated)))
    editor.set_blocktext(text)
    assert editor.blocktext() == text


def test_formatting_actions(qtbot, editor) -> None:
    editor.set_blocktext(BlockText.from_markdown("Kopje\nregel een\nregel twee\n"))
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    editor.toggle_heading()
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.toggle_list(BlockKind.BULLET)
    assert editor.blocktext().to_markdown() == "### Kopje\n- regel een\n- regel twee\n"
    editor.toggle_list(BlockKind.NUMBERED)
    assert editor.blocktext().to_markdown() == "### Kopje\n1. regel een\n2. regel twee\n"
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfWord, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.toggle_bold()
    editor.toggle_italic()
    assert editor.blocktext().to_markdown().endswith("2. regel ***twee***\n")
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    editor.toggle_heading()
    assert editor.blocktext().blocks[0] == Block(BlockKind.PARAGRAPH, (Run("Kopje"),), True)


def test_enter_after_heading_gives_paragraph(qtbot, editor) -> None:
    editor.set_blocktext(BlockText.from_markdown("### Kop\n"))
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Tekst")
    assert editor.blocktext().to_markdown() == "### Kop\nTekst\n"


WORD_HTML = """<html><body>
<p class=MsoNormal style='margin-bottom:8.0pt'><span style='font-family:"Comic Sans MS";color:red;font-size:20pt'>Eerste <b>alinea</b> uit Word.</span></p>
<p class=MsoListParagraphCxSpFirst style='margin:0;mso-list:l0 level1 lfo1'><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;&nbsp;&nbsp;</span></span>punt een</p>
<p class=MsoListParagraphCxSpLast style='margin:0;mso-list:l0 level1 lfo1'><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;&nbsp;&nbsp;</span></span>punt <i>twee</i></p>
<ul><li>echte lijst</li></ul>
<h3>Kop uit Word</h3>
<p>Slot.</p>
</body></html>"""


def test_paste_from_word_keeps_structure_drops_styling(editor) -> None:
    editor.set_blocktext(BlockText())
    data = QMimeData()
    data.setHtml(WORD_HTML)
    data.setText("plain fallback")
    editor.insertFromMimeData(data)
    text = editor.blocktext()
    assert [b.kind for b in text.blocks] == [BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.BULLET,
                                             BlockKind.BULLET, BlockKind.HEADING, BlockKind.PARAGRAPH]
    assert text.blocks[0].runs == (Run("Eerste "), Run("alinea", bold=True), Run(" uit Word."))
    assert text.blocks[2].runs == (Run("punt "), Run("twee", italic=True))
    # foreign fonts, colours and sizes are gone from the document itself
    html = editor.toHtml()
    assert "Comic Sans" not in html
    assert "#ff0000" not in html
    assert "20pt" not in html


def test_plain_paste(editor) -> None:
    editor.set_blocktext(BlockText.from_markdown("a\n"))
    editor.moveCursor(QTextCursor.MoveOperation.End)
    data = QMimeData()
    data.setText(" b\nc")
    editor.insertFromMimeData(data)
    assert editor.blocktext().to_markdown() == "a b\nc\n"


def test_select_in_block(editor) -> None:
    editor.set_blocktext(BlockText.from_markdown("een\n\n- twee drie\n"))
    assert editor.select_in_block(1, 5, 4)
    assert editor.textCursor().selectedText() == "drie"


def _end(editor) -> None:
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)


def test_bold_without_selection_applies_to_what_is_typed_next(qtbot, editor) -> None:
    """Ctrl+B, type, Ctrl+B, type (as in Word): only the typed words are bold, not the word before."""
    editor.set_blocktext(BlockText.from_markdown("Vorige\n"))
    editor.show()
    editor.setFocus()
    _end(editor)
    qtbot.keyClicks(editor, " ")
    editor.toggle_bold()
    qtbot.keyClicks(editor, "vet")
    editor.toggle_bold()
    qtbot.keyClicks(editor, " gewoon ")
    editor.toggle_italic()
    qtbot.keyClicks(editor, "schuin")
    assert editor.blocktext().to_markdown() == "Vorige **vet** gewoon *schuin*\n"


def test_bold_and_italic_buttons_show_the_format_at_the_cursor(qtbot) -> None:
    from PySide6.QtWidgets import QMainWindow

    from verantwoording_app.ui.format_actions import FormatActions

    window = QMainWindow()
    qtbot.addWidget(window)
    editor = BlockTextEdit(window)
    window.setCentralWidget(editor)
    actions = FormatActions(window)
    editor.set_blocktext(BlockText.from_markdown("gewoon **vet** *schuin*\n"))
    actions.set_editor(editor)
    cursor = editor.textCursor()
    cursor.setPosition(len("gewoon v"))
    editor.setTextCursor(cursor)
    assert (actions.bold.isChecked(), actions.italic.isChecked()) == (True, False)
    cursor.setPosition(len("gewoon vet sc"))
    editor.setTextCursor(cursor)
    assert (actions.bold.isChecked(), actions.italic.isChecked()) == (False, True)
    cursor.setPosition(2)
    editor.setTextCursor(cursor)
    assert (actions.bold.isChecked(), actions.italic.isChecked()) == (False, False)
    actions.bold.trigger()  # no selection: bold for what comes next, shown at once
    assert actions.bold.isChecked()
    assert editor.blocktext().to_markdown() == "gewoon **vet** *schuin*\n"


_TABLES = [
    "| a | b |\n|---|---|\n| 1 | **2** |\n",
    "Voor.\n| a | b |\n|---|---|\n| 1 |\nNa.\n",
    "Voor.\n\n| a |\n|---|\n\n| b |\n|---|\n| 2 |\n\nNa.\n",
    "- punt\n| a | b |\n|---|---|\n\n### Kop\ntekst\n",
]


@pytest.mark.parametrize("markdown", _TABLES)
def test_tables_round_trip_through_the_editor(editor, markdown: str) -> None:
    text = BlockText.from_markdown(markdown)
    editor.set_blocktext(text)
    assert editor.document().rootFrame().childFrames(), "a real table in the editor"
    assert editor.blocktext() == text


WORD_TABLE = """<html><body><!--StartFragment--><p class=MsoNormal>Zie <a href="https://www.almelo.nl/werk">de
<b>site</b></a>, <a href="https://www.almelo.nl">www.almelo.nl</a> en <a href="#_Toc1">hoofdstuk 2</a>.</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td><p class=MsoNormal><b>Project</b></p></td><td><p class=MsoNormal><b>Budget</b></p></td></tr>
<tr><td><p class=MsoNormal>Scholing</p></td><td><p class=MsoNormal>€ 10.000</p></td></tr></table>
<p class=MsoNormal>Mail <a href="mailto:pc@almelo.nl">de coördinator</a>.</p><!--EndFragment--></body></html>"""


def test_paste_from_word_makes_a_table_and_keeps_links(editor) -> None:
    editor.set_blocktext(BlockText())
    data = QMimeData()
    data.setHtml(WORD_TABLE)
    data.setText("Zie de site\tProject\tBudget")
    editor.insertFromMimeData(data)
    text = editor.blocktext()
    assert [b.kind for b in text.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.TABLE,
                                             BlockKind.PARAGRAPH]
    assert editor.document().rootFrame().childFrames(), "a real table in the editor"
    assert text.blocks[0].text == ("Zie de site (https://www.almelo.nl/werk), www.almelo.nl en hoofdstuk 2.")
    assert [[("".join(r.text for r in cell), any(r.bold for r in cell)) for cell in row.cells]
            for row in text.blocks[1:3]] == [[("Project", True), ("Budget", True)],
                                             [("Scholing", False), ("€ 10.000", False)]]
    assert text.blocks[3].text == "Mail de coördinator (pc@almelo.nl)."


def test_paste_as_plain_text(qtbot, editor) -> None:
    from PySide6.QtWidgets import QApplication

    editor.set_blocktext(BlockText.from_markdown("Begin\n"))
    _end(editor)
    data = QMimeData()
    data.setHtml("<h1>Kop</h1><ul><li><b>vet</b> punt</li></ul>")
    data.setText(" geplakt")
    QApplication.clipboard().setMimeData(data)
    editor.paste_plain()
    assert editor.blocktext().to_markdown() == "Begin geplakt\n"
    editor.undo()
    assert editor.blocktext().to_markdown() == "Begin\n"
