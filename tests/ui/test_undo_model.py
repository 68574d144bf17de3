"""One undo: the text field's own history while it has focus, the document's stack elsewhere, named in the menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from verantwoording_app.ui.search_dialog import SearchDialog


@pytest.fixture
def form(qtbot, window):
    window.select(window.model.activities()[0].id)
    return window.activity_form


def _choose_status(form, key: str) -> None:
    index = form.status.findData(key)
    form.status.setCurrentIndex(index)
    form.status.activated.emit(index)
    QApplication.processEvents()  # the actions follow the stack one event-loop turn later




def _ctrl(qtbot, widget, key: Qt.Key, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, key, modifiers)


def test_menu_names_what_it_will_undo_and_follows_focus(qtbot, window, workspace, form) -> None:
    activity = form.activity_id
    _choose_status(form, "vertraagd")
    window.tree.setFocus()
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Ongedaan maken: Status wijzigen"
    form.realisation.setFocus()
    assert window.undo_action.text() == "&Ongedaan maken: Status wijzigen"  # nothing typed here yet
    qtbot.keyClicks(form.realisation, "Extra")
    assert window.undo_action.isEnabled()  # while typing, not only after a save
    assert window.undo_action.text() == "&Ongedaan maken: typen in realisatietekst"
    assert window.undo_action.toolTip() == "Ongedaan maken: typen in realisatietekst"
    window.tree.setFocus()
    assert window.undo_action.text() == "&Ongedaan maken: Status wijzigen"
    window.undo_action.trigger()  # the toolbar button, with the tree focused: the document stack
    assert workspace.activity(activity).status is None
    assert window.redo_action.text() == "Opn&ieuw: Status wijzigen"


def test_ctrl_z_in_the_text_undoes_typing_then_the_document(qtbot, window, workspace, form) -> None:
    activity = form.activity_id
    before = form.realisation.toPlainText()
    _choose_status(form, "gereed")
    form.realisation.setFocus()
    qtbot.keyClicks(form.realisation, "Nieuw")
    _ctrl(qtbot, form.realisation, Qt.Key.Key_Z)
    assert form.realisation.toPlainText() == before  # the typing, not the status
    assert workspace.activity(activity).status == "gereed"
    assert window.undo_action.text() == "&Ongedaan maken: Status wijzigen"
    _ctrl(qtbot, form.realisation, Qt.Key.Key_Z)  # nothing left to undo in the text: the document's step
    assert workspace.activity(activity).status is None
    _ctrl(qtbot, form.realisation, Qt.Key.Key_Y)  # Ctrl+Y redoes, also inside the text
    assert workspace.activity(activity).status == "gereed"
    _ctrl(qtbot, form.realisation, Qt.Key.Key_Z)
    _ctrl(qtbot, form.realisation, Qt.Key.Key_Z, shift=True)  # and so does Ctrl+Shift+Z
    assert workspace.activity(activity).status == "gereed"
    window.tree.setFocus()
    _ctrl(qtbot, window.tree, Qt.Key.Key_Z)
    assert workspace.activity(activity).status is None


def test_redo_keys_on_every_platform(window) -> None:
    keys = {s.toString(QKeySequence.SequenceFormat.PortableText) for s in window.redo_action.shortcuts()}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= keys
    assert "Ctrl+Z" in {s.toString(QKeySequence.SequenceFormat.PortableText) for s in window.undo_action.shortcuts()}


def test_nothing_to_undo_is_disabled(qtbot, window, form) -> None:
    window.undo_stack.clear()
    form.realisation.setFocus()
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Ongedaan maken"


def test_after_replace_the_status_bar_promises_only_what_works(qtbot, window, workspace, form) -> None:
    activity = form.activity_id
    form.realisation.setFocus()
    dialog = SearchDialog(window)
    qtbot.addWidget(dialog)
    dialog.find_edit.setText("Almelo")
    dialog.run_search()
    dialog.replacement.setText("ALMELO")
    dialog.replace_chosen()
    QApplication.processEvents()
    message = window.statusBar().currentMessage()
    assert "vervangen" in message
    assert "Ctrl+Z" not in message
    assert "Bewerken › Ongedaan maken" in message
    assert "ALMELO" in workspace.activity(activity).realisation.plain_text()
    dialog.close()
    form.realisation.setFocus()
    assert window.undo_action.text().startswith("&Ongedaan maken: ")
    assert "vervangen" in window.undo_action.text()
    _ctrl(qtbot, form.realisation, Qt.Key.Key_Z)  # in the text that the replace changed: undoes the replace
    assert "ALMELO" not in workspace.activity(activity).realisation.plain_text()


def test_ctrl_shift_v_pastes_plain_text_in_the_field(qtbot, window, form) -> None:
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    window.show()
    qtbot.waitExposed(window)
    editor = form.realisation
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    data = QMimeData()
    data.setHtml("<p><b>Vet</b> en <a href='https://x.nl'>link</a></p>")
    data.setText(" Platte tekst")
    QApplication.clipboard().setMimeData(data)
    _ctrl(qtbot, editor, Qt.Key.Key_V, shift=True)
    assert editor.toPlainText().endswith(" Platte tekst")
    assert not editor.blocktext().blocks[-1].runs[-1].bold
    assert window.dock("progress") is None  # no longer the progress panel's key
    assert window.action("paste_plain").text() == "Plakken als platte &tekst"
    keys = window.action("progress").shortcut().toString(QKeySequence.SequenceFormat.PortableText)
    assert keys
    assert keys != "Ctrl+Shift+V"
