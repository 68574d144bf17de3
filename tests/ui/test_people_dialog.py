"""The people dialog keeps the document's people and assigns owners and deadlines in bulk."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDate, Qt

from verantwoording_app.domain.model import ReviewState
from verantwoording_app.domain.selection import Selection
from verantwoording_app.ui.people_dialog import PeopleDialog

from .collab_helpers import activity_ids

if TYPE_CHECKING:
    from verantwoording_app.services.workspace import Workspace


@pytest.fixture
def dialog(qtbot, workspace: Workspace) -> PeopleDialog:
    dlg = PeopleDialog(workspace)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_add_people_with_roles(qtbot, dialog: PeopleDialog, workspace: Workspace) -> None:
    qtbot.keyClicks(dialog.name_edit, "Fatima Yilmaz")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    dialog.name_edit.setText("Piet")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("coördinator"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    people = {p.name: p.role for p in workspace.people()}
    assert people == {"Fatima Yilmaz": "medewerker", "Piet": "coördinator"}
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 1).text() == "Coördinator"
    assert dialog.name_edit.text() == ""
    assert [dialog.owner_combo.itemText(i) for i in range(dialog.owner_combo.count())] == ["Fatima Yilmaz", "Piet"]


def test_duplicate_person_is_refused_with_a_message(dialog, workspace, modal) -> None:
    workspace._store.add_person("Piet", "lezer")
    dialog.reload_people()
    dialog.name_edit.setText("piet")
    assert not dialog.add_person()
    assert "staat al" in modal.shown[0]
    assert len(workspace.people()) == 1


def test_remove_selected_person(qtbot, dialog, workspace) -> None:
    workspace._store.add_person("Anna", "lezer")
    workspace._store.add_person("Bert", "medewerker")
    dialog.reload_people()
    assert not dialog.remove_button.isEnabled()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in workspace.people()] == ["Bert"]


def test_assign_a_goal_with_deadline(qtbot, dialog, workspace) -> None:
    index = next(i for i in range(dialog.target_combo.count())
                 if dialog.target_combo.itemData(i) == Selection(programme="1", goal="II"))
    dialog.target_combo.setCurrentIndex(index)
    dialog.owner_combo.setCurrentText("Piet")
    dialog.deadline_check.setChecked(True)
    dialog.deadline_edit.setDate(QDate(2023, 2, 15))
    assert dialog.deadline_edit.text() == "15-02-2023"
    with qtbot.waitSignal(dialog.assigned) as signal:
        qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    assert signal.args == [5]
    goal_two = activity_ids(workspace, 1)
    for activity_id in goal_two:
        activity = workspace.activity(activity_id)
        assert (activity.owner, activity.deadline) == ("Piet", date(2023, 2, 15))
    assert all(workspace.activity(a).owner == "" for a in activity_ids(workspace, 0))
    assert dialog.result_label.text() == "5 activiteiten toegewezen aan Piet, deadline 15-02-2023."
    assert dialog.owner_combo.findText("Piet") >= 0  # existing owners are offered next time


def test_assign_a_programme_without_deadline(dialog, workspace) -> None:
    dialog.target_combo.setCurrentIndex(0)
    dialog.owner_combo.setCurrentText("  Fatima ")
    assert dialog.assign() == 13
    doc = workspace.document()
    assert {p.activity.owner for p in doc.iter_activities()} == {"Fatima"}
    assert {p.activity.deadline for p in doc.iter_activities()} == {None}


def test_assign_needs_an_owner(dialog, workspace) -> None:
    dialog.owner_combo.setCurrentText("")
    assert dialog.assign() == 0
    assert "eigenaar" in dialog.result_label.text()


def test_assign_refused_for_a_locked_activity(dialog, workspace, modal) -> None:
    workspace.save_activity(activity_ids(workspace)[0], {"review_state": ReviewState.VASTGESTELD})
    dialog.target_combo.setCurrentIndex(0)
    dialog.owner_combo.setCurrentText("Fatima")
    assert dialog.assign() == 0
    assert "vastgesteld" in modal.shown[0]
    assert all(workspace.activity(a).owner == "" for a in activity_ids(workspace, 1))  # one transaction


def test_preselected_goal(qtbot, workspace) -> None:
    dlg = PeopleDialog(workspace, Selection(programme="1", goal="II"))
    qtbot.addWidget(dlg)
    assert dlg.target_combo.currentData() == Selection(programme="1", goal="II")
    assert "Hoofddoel II" in dlg.target_combo.currentText()


def test_people_show_how_many_activities_they_own(dialog, workspace) -> None:
    workspace._store.add_person("Piet", "medewerker")
    workspace.assign(Selection(goal="II"), owner="piet")
    dialog.reload_people()
    assert dialog.table.item(0, 2).text() == "5"
