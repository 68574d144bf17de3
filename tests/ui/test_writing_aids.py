"""Spell check while typing, suggestions in the menu, the Controle tab, readability and target length."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QInputDialog

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.services.checking import aids
from verantwoording_app.ui.main_window import MainWindow


def _loaded(window: MainWindow, qtbot) -> None:
    writing = window.writing_aids
    writing.wait_until_loaded()
    qtbot.waitUntil(lambda: writing.checker is not None, timeout=10_000)


def _underlined(editor, word: str) -> bool:
    block = editor.document().begin()
    while block.isValid():
        offset = block.text().find(word)
        if offset >= 0:
            for item in block.layout().formats():
                if item.start <= offset < item.start + item.length:
                    style = item.format.underlineStyle()
                    return bool(style == QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            return False
        block = block.next()
    raise AssertionError(f"{word!r} is not in the editor")


def _type(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, text)


def test_a_typed_misspelling_gets_a_red_wavy_line(window: MainWindow, qtbot) -> None:
    _loaded(window, qtbot)
    editor = window.activity_form.realisation
    _type(qtbot, editor, " De gemeenet hielp.")
    qtbot.waitUntil(lambda: _underlined(editor, "gemeenet"), timeout=10_000)
    assert not _underlined(editor, "hielp")


def test_repainting_the_underline_is_not_an_edit(window: MainWindow, qtbot) -> None:
    form = window.activity_form
    _loaded(window, qtbot)
    window.writing_aids.rehighlight_all()
    assert not form.has_pending()


def test_suggestions_in_the_context_menu_replace_the_word(window: MainWindow, qtbot) -> None:
    _loaded(window, qtbot)
    editor = window.activity_form.realisation
    editor.set_blocktext(BlockText.from_plain("De gemeenet hielp."))
    window.writing_aids.rehighlight_all()
    qtbot.waitUntil(lambda: _underlined(editor, "gemeenet"), timeout=10_000)
    qtbot.waitUntil(lambda: window.writing_aids.suggestions("gemeenet") is not None, timeout=20_000)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(5)
    point = editor.cursorRect(cursor).center()
    menu = window.writing_aids.build_menu(editor, point)
    texts = [action.text() for action in menu.actions()]
    assert texts[0] == "gemeente"
    assert "Toevoegen aan woordenlijst van het document" in texts
    menu.actions()[0].trigger()
    assert editor.toPlainText() == "De gemeente hielp."


def test_add_to_the_document_word_list(window: MainWindow, qtbot) -> None:
    _loaded(window, qtbot)
    editor = window.activity_form.realisation
    _type(qtbot, editor, " Hettrix groeit.")
    qtbot.waitUntil(lambda: _underlined(editor, "Hettrix"), timeout=10_000)
    window.writing_aids.add_word("Hettrix", personal=False)
    assert not _underlined(editor, "Hettrix")
    assert window.workspace is not None
    assert "Hettrix" in aids(window.workspace).words()


def test_menu_without_a_misspelling_is_the_standard_one(window: MainWindow, qtbot) -> None:
    _loaded(window, qtbot)
    editor = window.activity_form.realisation
    menu = window.writing_aids.build_menu(editor, QPoint(5, 5))
    assert "Toevoegen aan woordenlijst van het document" not in [a.text() for a in menu.actions()]


def test_controle_tab_lists_findings_and_ignores_with_a_reason(window: MainWindow, qtbot,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    form = window.activity_form
    panel = form.check_panel
    assert panel.list.count() == 0
    form.realisation.set_blocktext(BlockText.from_plain("Er wordt een plan opgesteld. Er zijn XXX banen."))
    form.realisation.changed_by_user.emit()
    # future tense, placeholder, and very short beside the 204-word plan
    qtbot.waitUntil(lambda: panel.list.count() == 3, timeout=3000)
    assert form.tabs.tabText(form.check_tab) == "Controle (3)"
    assert "Toekomende tijd" in panel.list.item(0).text()
    panel.list.setCurrentRow(0)
    assert "verleden tijd" in panel.explanation.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("bewuste vooruitblik", True))
    panel.ignore_button.click()
    assert form.tabs.tabText(form.check_tab) == "Controle (2)"
    assert any("Genegeerd: bewuste vooruitblik" in panel.list.item(i).text() for i in range(panel.list.count()))
    assert window.workspace is not None
    (ignore,) = aids(window.workspace).ignores()
    assert ignore.reason == "bewuste vooruitblik"
    # the ignore is kept: after showing another activity and coming back it is still set aside
    first = window.model.activities()[0].id
    window.select(window.model.activities()[1].id)
    window.select(first)
    form.realisation.set_blocktext(BlockText.from_plain("Er wordt een plan opgesteld. Er zijn XXX banen."))
    window.writing_aids.check_current()
    assert form.tabs.tabText(form.check_tab) == "Controle (2)"


def test_show_in_text_selects_the_sentence(window: MainWindow, qtbot) -> None:
    form = window.activity_form
    form.realisation.set_blocktext(BlockText.from_plain("Alles is klaar. Er wordt een plan opgesteld."))
    window.writing_aids.check_current()
    form.check_panel.list.setCurrentRow(0)
    form.check_panel.show_button.click()
    assert form.realisation.textCursor().selectedText() == "Er wordt een plan opgesteld."


def test_word_count_target_and_readability(window: MainWindow, qtbot) -> None:
    form = window.activity_form
    bar = form.writing_bar
    window.writing_aids.set_document_target(100)
    assert bar.progress.isVisibleTo(form)
    assert bar.words.text().endswith("van 100 woorden")
    assert bar.level.text().startswith("Leesbaarheid: ")
    form.realisation.set_blocktext(BlockText.from_plain("We hielpen 40 mensen aan werk. Zij kregen een cursus."))
    window.writing_aids.check_current()
    assert bar.words.text() == "10 van 100 woorden"
    assert bar.progress.value() == 10
    assert bar.level.text() == "Leesbaarheid: B1"


def test_hard_sentences_are_tinted_on_request(window: MainWindow, qtbot) -> None:
    form = window.activity_form
    long = "Dit " + " ".join(["woord"] * 25) + "."
    form.realisation.set_blocktext(BlockText.from_plain(f"Kort. {long}"))
    form.writing_bar.hard.setChecked(True)
    block = form.realisation.document().begin()
    tinted = [f for f in block.layout().formats() if f.format.background().color().name() == "#fff3c4"]
    assert [(f.start, f.length) for f in tinted] == [(6, len(long))]
    assert not form.has_pending()


def test_overview_has_the_counts(window: MainWindow, qtbot) -> None:
    from verantwoording_app.ui.overview import COLUMNS

    window.toggle_dock("overview")
    panel = window.dock("overview").widget()
    model = panel.source
    findings = COLUMNS.index("findings")
    level = COLUMNS.index("readability")
    values = {model.node(r).id: (model.data(model.index(r, findings)), model.data(model.index(r, level)))
              for r in range(model.rowCount())}
    codes = {node.id: f"1.{node.parent.row() + 1}.{node.row() + 1}" for node in window.model.activities()}
    by_code = {codes[key]: value for key, value in values.items()}
    assert by_code["1.2.3"] == ("2", "C1")  # 1.II.3: two 'gaan we' sentences
    assert by_code["1.1.1"][0] == "0"
    # the findings were kept per activity, as `check` keeps them: the next count analyses nothing
    from verantwoording_app.services.checking import document_counts

    assert window.workspace is not None
    assert document_counts(window.workspace, with_spelling=False).analysed == 0


def test_writing_aids_speak_english(qtbot, qapp) -> None:
    from verantwoording_app.ui import translations
    from verantwoording_app.ui.check_panel import (
        CheckPanel,
        WritingBar,
        rule_explanation,
        rule_title,
    )

    translations.compile_translations()
    installed = translations.install(qapp, "en")
    try:
        panel, bar = CheckPanel(), WritingBar()
        qtbot.addWidget(panel)
        qtbot.addWidget(bar)
        assert panel.ignore_button.text() == "&Ignore, with a reason…"
        assert bar.hard.text() == "&Mark hard sentences"
        assert rule_title("plaatshouder") == "Placeholder in the text"
        assert rule_explanation("toekomende-tijd").startswith("The realisation should say")
    finally:
        translations.uninstall(qapp, installed)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("nl_NL"))


def test_closing_the_window_stops_the_spelling_workers(qtbot, settings, workspace, modal) -> None:
    """After close, a worker that finishes late (the dictionary loaded, words checked) reaches nothing:
    a signal emitted from a worker thread while Qt deletes the window crashed the test run."""
    window = MainWindow(settings, user_name="test")
    qtbot.addWidget(window)
    window.set_workspace(workspace)
    aids_of_window = window.writing_aids
    delivered: list[object] = []
    aids_of_window._bridge.handlers["words_checked"] = lambda *payload: delivered.append(payload)
    aids_of_window._bridge.send("words_checked", {"een"}, set())
    qtbot.waitUntil(lambda: delivered != [])
    window.close()
    assert aids_of_window._bridge.gate.open is False
    aids_of_window._bridge.send("words_checked", {"twee"}, set())
    qtbot.wait(50)
    assert delivered == [({"een"}, set())]
    with pytest.raises(RuntimeError):  # the worker pool takes no more work
        aids_of_window._executor.submit(lambda: None)
    # an answer that was on its way when the window closed is dropped, and a late wrong word asks nothing
    aids_of_window._bridge.answers.put(("words_checked", ({"vier"}, {"vier"})))
    aids_of_window._bridge._drain()
    assert delivered == [({"een"}, set())]
    from verantwoording_app.domain.spelling import SpellChecker

    aids_of_window.checker = SpellChecker(lambda _word: False)
    aids_of_window._words_checked({"vijf"}, {"vijf"})  # raised "cannot schedule new futures after shutdown"
    aids_of_window.check_later({"zes"})


def test_only_a_wrong_word_repaints_and_only_once_typing_pauses(window: MainWindow, qtbot,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    writing = window.writing_aids
    highlighter = writing.highlighter_for(window.activity_form.realisation)
    assert highlighter is not None
    repainted: list[set[str]] = []
    monkeypatch.setattr(highlighter, "repaint_words", lambda words: repainted.append(set(words)))
    writing._words_checked({"gemeente", "hielp"}, set())
    assert not writing._repaint_timer.isActive()
    writing._words_checked({"gemeenet"}, {"gemeenet"})
    writing._words_checked({"hielpp"}, {"hielpp"})  # the next keystroke's answer: still waiting
    assert repainted == []
    qtbot.waitUntil(lambda: repainted == [{"gemeenet", "hielpp"}], timeout=3000)


def test_a_title_gets_the_underline_and_suggestions_too(window: MainWindow, qtbot) -> None:
    _loaded(window, qtbot)
    writing = window.writing_aids
    title = window.activity_form.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Het projcet Werkfit")
    qtbot.waitUntil(lambda: [w for _s, _e, w in writing.line_marks.get(id(title), [])] == ["projcet", "Werkfit"],
                    timeout=10_000)
    assert title.text() == "Het projcet Werkfit"
    qtbot.waitUntil(lambda: writing.suggestions("projcet") is not None, timeout=20_000)
    point = title.cursorRect().center()
    title.setCursorPosition(6)
    point.setX(title.cursorRect().center().x())
    menu = writing.build_menu(title, point)
    texts = [action.text() for action in menu.actions()]
    assert texts[0] == "project"
    menu.actions()[0].trigger()
    assert title.text() == "Het project Werkfit"
    assert [w for _s, _e, w in writing.line_marks[id(title)]] == ["Werkfit"]
    assert _red_in(title)
    writing.add_word("Werkfit", personal=False)
    assert writing.line_marks[id(title)] == []
    assert not _red_in(title)


def test_underlining_a_title_is_not_an_edit(window: MainWindow, qtbot) -> None:
    _loaded(window, qtbot)
    form = window.activity_form
    form.title.setText("Het projcet")
    form.title.setModified(False)
    window.writing_aids.checker.is_correct("projcet")
    window.writing_aids.underline_line(form.title)
    assert window.writing_aids.line_marks[id(form.title)]
    assert _red_in(form.title)
    assert not form.has_pending()
    assert form.title.text() == "Het projcet"
    assert not form.title.isUndoAvailable()


def _red_in(widget) -> bool:
    """Whether the wavy line's red is painted anywhere in the widget."""
    image = widget.grab().toImage()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.red() > 150 and colour.green() < 110 and colour.blue() < 110:
                return True
    return False


def test_the_document_title_lines_are_checked_and_repainting_them_is_no_edit(window: MainWindow,
                                                                             qtbot) -> None:
    _loaded(window, qtbot)
    form = window.document_form
    assert window.writing_aids.highlighter_for(form.title_lines) is not None
    header = window.workspace.document_header()
    from dataclasses import replace

    form.load(replace(header, title_lines=("Jaarverslag gemeenet",)))
    assert not form.has_pending()
    window.writing_aids.checker.is_correct("gemeenet")
    window.writing_aids.checker.is_correct("Jaarverslag")
    window.writing_aids.rehighlight_all()
    assert _underlined(form.title_lines, "gemeenet")
    assert not form.has_pending()
