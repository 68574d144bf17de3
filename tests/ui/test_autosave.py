"""Typing into the form reaches the database through autosave, Ctrl+S and closing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from verantwoording_app.services.workspace import Workspace


def type_at_end(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, text)


def test_typing_is_autosaved(qtbot, window, workspace) -> None:
    activity_id = window.activity_form.activity_id
    window.autosave._timer.setInterval(50)
    type_at_end(qtbot, window.activity_form.realisation, " Extra zin.")
    assert window.autosave.pending
    qtbot.waitUntil(lambda: not window.autosave.pending, timeout=3000)
    stored = workspace.activity(activity_id).realisation.plain_text()
    assert stored.endswith("Extra zin.")
    assert window.saved_label.text().startswith("Opgeslagen om ")
    assert workspace.history(activity_id, "realisation")[-1].author == "test"


def test_title_edit_updates_tree(qtbot, window, workspace) -> None:
    form = window.activity_form
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Nieuwe titel")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.autosave.pending
    assert workspace.activity(form.activity_id).title == "Nieuwe titel"
    assert window.current_node().title == "Nieuwe titel"


def test_pending_edit_written_when_switching_and_closing(qtbot, window, db_path) -> None:
    form = window.activity_form
    first = form.activity_id
    type_at_end(qtbot, form.plan, " Plan erbij.")
    window.select(window.model.activities()[2].id)
    assert form.activity_id != first
    type_at_end(qtbot, form.internal_note, "alleen intern")
    second = form.activity_id
    window.close()
    check = Workspace.open(db_path, author="check")
    try:
        assert check.activity(first).plan.plain_text().endswith("Plan erbij.")
        assert check.activity(second).internal_note == "alleen intern"
    finally:
        check.close()


def test_key_figures_and_remarks(qtbot, window, workspace) -> None:
    form = window.activity_form
    row = form.figures_model.add_row("Scholingscheques")
    form.figures_model.setData(form.figures_model.index(row, 4), "337")
    form.new_remark.setText("Graag cijfers toevoegen")
    qtbot.mouseClick(form.add_remark_button, Qt.MouseButton.LeftButton)
    window.save_now()
    activity = workspace.activity(form.activity_id)
    assert [(k.label, str(k.realised)) for k in activity.kengetallen] == [("Scholingscheques", "337")]
    assert [r.text for r in activity.opmerkingen] == ["Graag cijfers toevoegen"]
    form.remarks.item(0).setCheckState(Qt.CheckState.Checked)
    assert workspace.activity(form.activity_id).opmerkingen[0].resolved


def test_status_combo_is_saved_and_coloured(qtbot, window, workspace) -> None:
    form = window.activity_form
    index = form.status.findData("vertraagd")
    form.status.setCurrentIndex(index)
    form.status.activated.emit(index)
    assert workspace.activity(form.activity_id).status == "vertraagd"
    assert window.current_node().status == "vertraagd"
