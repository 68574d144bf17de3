"""The history dialog lists versions per field, compares two, and restores one as a new version."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.model import ReviewState
from verantwoording_app.ui.diff_view import field_label
from verantwoording_app.ui.history_dialog import ENTRY_ROLE, HistoryDialog, domain_value

from .collab_helpers import THEIRS_EDIT, activity_ids, make_conflicts

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QTreeWidgetItem

    from verantwoording_app.services.workspace import Workspace


@pytest.fixture
def activity_id(workspace: Workspace) -> str:
    first = activity_ids(workspace)[0]
    workspace.save_activity(first, {"realisation": BlockText.from_plain("Eerste versie van de realisatie.")})
    workspace.author = "Jan"
    workspace.save_activity(first, {"realisation": BlockText.from_plain("Tweede versie van de realisatie."),
                                    "deadline": date(2023, 3, 1), "review_state": ReviewState.TER_REVIEW,
                                    "status": "vertraagd"})
    return first


def open_dialog(qtbot, workspace: Workspace, activity_id: str) -> HistoryDialog:
    dialog = HistoryDialog(workspace, activity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def field_item(dialog: HistoryDialog, field: str) -> QTreeWidgetItem:
    for index in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(index)
        if item is not None and item.text(0).startswith(field_label(field) + " ("):
            return item
    raise AssertionError(field)


def select(dialog: HistoryDialog, *items: QTreeWidgetItem | None) -> None:
    dialog.tree.clearSelection()
    for item in items:
        item.setSelected(True)


def test_versions_per_field_with_author_and_dutch_time(qtbot, workspace, activity_id) -> None:
    dialog = open_dialog(qtbot, workspace, activity_id)
    realisation = field_item(dialog, "realisation")
    assert realisation.childCount() == 3  # two changes and the original text
    newest = realisation.child(0)
    assert newest.text(1) == "Jan"
    assert newest.text(2) == "wijziging (huidige versie)"
    assert len(newest.text(0)) == 16
    assert newest.text(0)[2] == "-"
    assert newest.text(0)[5] == "-"
    assert realisation.child(1).text(1) == "test"
    assert realisation.child(2).text(2) == "oorspronkelijke tekst"
    assert {"Deadline", "Reviewstatus", "Status"} <= {
        dialog.tree.topLevelItem(i).text(0).split(" (")[0] for i in range(dialog.tree.topLevelItemCount())}


def test_one_version_shows_what_it_changed(qtbot, workspace, activity_id) -> None:
    dialog = open_dialog(qtbot, workspace, activity_id)
    select(dialog, field_item(dialog, "realisation").child(0))
    assert "Eerste" in dialog.diff.left.toPlainText()
    assert "Tweede" in dialog.diff.right.toPlainText()
    assert "line-through" in dialog.diff.left.toHtml()


def test_two_versions_side_by_side(qtbot, workspace, activity_id) -> None:
    dialog = open_dialog(qtbot, workspace, activity_id)
    realisation = field_item(dialog, "realisation")
    select(dialog, realisation.child(0), realisation.child(2))  # newest vs the original
    assert dialog.diff.left_caption.text() == "Oorspronkelijke tekst"
    assert "Almelo" in dialog.diff.left.toPlainText()
    assert dialog.diff.right.toPlainText() == "Tweede versie van de realisatie."
    assert not dialog.restore_button.isEnabled()


def test_versions_of_different_fields_are_not_compared(qtbot, workspace, activity_id) -> None:
    dialog = open_dialog(qtbot, workspace, activity_id)
    select(dialog, field_item(dialog, "realisation").child(0), field_item(dialog, "status").child(0))
    assert "hetzelfde veld" in dialog.diff.left.toPlainText()


def test_dates_and_review_states_shown_in_dutch(qtbot, workspace, activity_id) -> None:
    dialog = open_dialog(qtbot, workspace, activity_id)
    select(dialog, field_item(dialog, "deadline").child(0))
    assert dialog.diff.right.toPlainText() == "01-03-2023"
    select(dialog, field_item(dialog, "review_state").child(0))
    assert dialog.diff.right.toPlainText() == "Ter review"
    select(dialog, field_item(dialog, "status").child(0))
    assert dialog.diff.right.toPlainText() == "Vertraagd"


def test_restore_saves_a_new_version(qtbot, workspace, activity_id) -> None:
    dialog = open_dialog(qtbot, workspace, activity_id)
    versions_before = len(workspace.history(activity_id, "realisation"))
    select(dialog, field_item(dialog, "realisation").child(1))
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["realisation"]
    assert workspace.activity(activity_id).realisation.plain_text() == "Eerste versie van de realisatie."
    history = workspace.history(activity_id, "realisation")
    assert len(history) == versions_before + 1
    assert history[-1].old is not None
    assert "Tweede" in history[-1].old
    assert field_item(dialog, "realisation").child(0).text(2) == "wijziging (huidige versie)"


@pytest.mark.parametrize(("field", "expected"), [
    ("deadline", None), ("review_state", ReviewState.CONCEPT), ("status", None)])
def test_restore_the_original_value_of_a_field(qtbot, workspace, activity_id, field, expected) -> None:
    dialog = open_dialog(qtbot, workspace, activity_id)
    original = field_item(dialog, field)
    select(dialog, original.child(original.childCount() - 1))
    assert dialog.restore_selected()
    assert getattr(workspace.activity(activity_id), field) == expected


def test_restore_of_a_locked_activity_warns_and_changes_nothing(qtbot, workspace, activity_id, modal) -> None:
    workspace.save_activity(activity_id, {"review_state": ReviewState.VASTGESTELD})
    dialog = open_dialog(qtbot, workspace, activity_id)
    select(dialog, field_item(dialog, "realisation").child(1))
    assert not dialog.restore_selected()
    assert "vastgesteld" in modal.shown[0]
    assert workspace.activity(activity_id).realisation.plain_text() == "Tweede versie van de realisatie."


def test_proposal_from_a_package_is_marked_and_restorable(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    first, _second = make_conflicts(workspace, tmp_path)
    dialog = open_dialog(qtbot, workspace, first)
    realisation = field_item(dialog, "realisation")
    proposals = [realisation.child(i) for i in range(realisation.childCount())
                 if realisation.child(i).text(2) == "niet toegepast voorstel"]
    assert len(proposals) == 1
    assert proposals[0].text(1).startswith("Fatima")
    select(dialog, proposals[0])
    assert dialog.diff.right_caption.text().startswith("Niet toegepast voorstel")
    assert dialog.restore_selected()
    assert THEIRS_EDIT[1] in workspace.activity(first).realisation.plain_text()


def test_activity_without_history(qtbot, workspace) -> None:
    dialog = open_dialog(qtbot, workspace, activity_ids(workspace)[4])
    assert dialog.tree.topLevelItemCount() == 0
    assert "geen geschiedenis" in dialog.diff.left.toPlainText()
    assert not dialog.restore_button.isEnabled()


def test_entries_carry_their_values(qtbot, workspace, activity_id) -> None:
    dialog = open_dialog(qtbot, workspace, activity_id)
    entry = field_item(dialog, "deadline").child(0).data(0, ENTRY_ROLE)
    assert domain_value(entry.field, entry.value) == date(2023, 3, 1)
    assert domain_value("plan", None) == BlockText()


def test_escape_closes(qtbot, workspace, activity_id) -> None:
    dialog = open_dialog(qtbot, workspace, activity_id)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
