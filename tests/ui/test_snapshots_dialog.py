"""The snapshots dialog records milestones and reports what changed since one."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.services.snapshots import create_snapshot
from verantwoording_app.ui.snapshots_dialog import SnapshotsDialog

from .collab_helpers import activity_ids

if TYPE_CHECKING:
    from verantwoording_app.services.workspace import Workspace


@pytest.fixture
def dialog(qtbot, workspace: Workspace) -> SnapshotsDialog:
    dlg = SnapshotsDialog(workspace)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_create_by_typing_a_name(qtbot, dialog: SnapshotsDialog, workspace: Workspace) -> None:
    qtbot.keyClicks(dialog.name_edit, "aan college")
    with qtbot.waitSignal(dialog.created):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    (snapshot,) = workspace.snapshots()
    assert (snapshot.name, snapshot.created_by) == ("aan college", "test")
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "aan college"
    assert dialog.table.item(0, 1).text() == snapshot.created_at.strftime("%d-%m-%Y %H:%M")
    assert dialog.name_edit.text() == ""


def test_empty_name_creates_nothing(dialog, workspace) -> None:
    dialog.name_edit.setText("   ")
    assert not dialog.create_snapshot()
    assert workspace.snapshots() == ()


def test_same_name_asks_first(dialog, workspace, monkeypatch) -> None:
    create_snapshot(workspace, "aan raad")
    dialog.reload()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No)
    dialog.name_edit.setText("Aan raad")
    assert not dialog.create_snapshot()
    assert "al een momentopname" in asked[0]
    assert len(workspace.snapshots()) == 1


def test_report_lists_changes_since_the_snapshot(qtbot, dialog, workspace) -> None:
    dialog.name_edit.setText("aan college")
    dialog.create_snapshot()
    first, second = activity_ids(workspace)[:2]
    workspace.save_activity(first, {"realisation": BlockText.from_plain("Nieuw."), "status": "gereed"})
    workspace.save_activity(second, {"owner": "Piet"})
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    assert dialog.changes.rowCount() == 2
    rows = {dialog.changes.item(r, 0).text(): [dialog.changes.item(r, c).text() for c in range(1, 4)]
            for r in range(2)}
    assert rows["1.I.1"][1:] == ["gewijzigd", "realisatie, status"]
    assert rows["1.I.2"][1:] == ["gewijzigd", "eigenaar"]
    assert dialog.summary.text().startswith("Sinds ‘aan college’")
    assert dialog.summary.text().endswith("2 activiteiten veranderd.")


def test_new_and_deleted_activities(dialog, workspace) -> None:
    dialog.name_edit.setText("aan raad")
    dialog.create_snapshot()
    goal = workspace.tree()[0].goals[0]
    workspace.delete_activity(goal.activities[-1].id)
    workspace.add_activity(goal.id, "Nieuwe activiteit")
    assert dialog.show_changes() == 2
    kinds = sorted(dialog.changes.item(r, 2).text() for r in range(2))
    assert kinds == ["nieuw", "verwijderd"]


def test_nothing_changed(dialog, workspace) -> None:
    create_snapshot(workspace, "aan college")
    dialog.reload()
    assert dialog.report_button.isEnabled()
    assert dialog.show_changes() == 0
    assert dialog.summary.text().endswith("niets veranderd.")


def test_report_disabled_without_snapshots(dialog) -> None:
    assert not dialog.report_button.isEnabled()
    assert dialog.show_changes() == 0
