"""The conflicts dialog decides real merge conflicts through the packages service."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from verantwoording_app.ui.conflicts_dialog import ConflictsDialog, MergeEditor

from .collab_helpers import OURS_EDIT, THEIRS_EDIT, make_conflicts

if TYPE_CHECKING:
    from pathlib import Path

    from verantwoording_app.services.workspace import Workspace


@pytest.fixture
def conflicted(workspace: Workspace, tmp_path: Path) -> tuple[Workspace, list[str]]:
    return workspace, make_conflicts(workspace, tmp_path)


@pytest.fixture
def dialog(qtbot, conflicted) -> ConflictsDialog:
    dlg = ConflictsDialog(conflicted[0])
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_lists_open_conflicts_with_dutch_field_and_source(dialog: ConflictsDialog) -> None:
    assert dialog.windowTitle() == "Conflicten"
    assert dialog.table.rowCount() == 2
    fields = {dialog.table.item(row, 1).text() for row in range(2)}
    assert fields == {"Realisatie", "Portefeuillehouder"}
    assert "Fatima" in dialog.table.item(0, 2).text()
    assert dialog.table.item(0, 0).text().startswith("1.I.")


def test_word_diff_marks_removed_left_and_added_right(dialog: ConflictsDialog) -> None:
    dialog.table.selectRow(0)
    left, right = dialog.diff.left.toHtml(), dialog.diff.right.toHtml()
    assert "line-through" in left
    assert OURS_EDIT[1].split()[0] in left
    assert "line-through" not in right
    assert "#d9f2dc" in right
    assert "Wierden" in right
    assert "Wierden" not in dialog.diff.left.toPlainText()


def test_keep_database_keeps_our_text_and_closes_the_conflict(qtbot, dialog, conflicted) -> None:
    workspace, (first, _second) = conflicted
    before = workspace.activity(first).realisation
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert workspace.activity(first).realisation == before
    (remaining,) = workspace.conflicts()
    assert remaining.field == "portfolio_holder"
    decided = [c for c in workspace.conflicts(open_only=False) if c.field == "realisation"]
    assert decided[0].resolution == "database"
    assert dialog.table.rowCount() == 1


def test_take_package_applies_their_text(qtbot, dialog, conflicted) -> None:
    workspace, (first, _second) = conflicted
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    text = workspace.activity(first).realisation.plain_text()
    assert THEIRS_EDIT[1] in text
    assert OURS_EDIT[1] not in text
    assert [c.field for c in workspace.conflicts()] == ["portfolio_holder"]


def test_merge_applies_the_edited_text(qtbot, dialog, conflicted, monkeypatch) -> None:
    workspace, (first, _second) = conflicted

    def fake_exec(editor: MergeEditor) -> int:
        assert OURS_EDIT[1] in editor.text_editor.blocktext().plain_text()  # prefilled with the database
        editor.set_merged_text("Samengevoegd: 341 cheques en 43 inwoners.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeEditor, "exec", fake_exec)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert workspace.activity(first).realisation.plain_text() == "Samengevoegd: 341 cheques en 43 inwoners."
    decided = [c for c in workspace.conflicts(open_only=False) if c.field == "realisation"]
    assert decided[0].resolution == "bewerkt"


def test_merge_cancelled_changes_nothing(qtbot, dialog, conflicted, monkeypatch) -> None:
    workspace, (first, _second) = conflicted
    before = workspace.activity(first).realisation
    monkeypatch.setattr(MergeEditor, "exec", lambda _self: QDialog.DialogCode.Rejected)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert workspace.activity(first).realisation == before
    assert len(workspace.conflicts()) == 2


def test_merge_editor_for_a_title_returns_plain_text(qtbot) -> None:
    editor = MergeEditor("title", "Oude titel", "Nieuwe titel", "Fatima (f.vwpakket)")
    qtbot.addWidget(editor)
    assert editor.merged_value() == "Oude titel"
    editor.set_merged_text("  Samen  ")
    assert editor.merged_value() == "Samen"


def test_last_decision_empties_the_list(qtbot, dialog, conflicted) -> None:
    workspace, _ids = conflicted
    dialog.resolve("database")
    dialog.resolve("pakket")
    assert workspace.conflicts() == ()
    assert dialog.table.rowCount() == 0
    assert not dialog.keep_button.isEnabled()
    assert not dialog.merge_button.isEnabled()
    assert dialog.summary.text() == "Er zijn geen open conflicten."


def test_portfolio_holder_conflict_taken_from_package(dialog, conflicted) -> None:
    workspace, (_first, second) = conflicted
    dialog.table.selectRow(1)
    assert dialog.current_conflict().field == "portfolio_holder"
    assert dialog.resolve("pakket")
    assert workspace.activity(second).portfolio_holder == "Wethouder (versie Fatima)"


def test_escape_closes(qtbot, dialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
