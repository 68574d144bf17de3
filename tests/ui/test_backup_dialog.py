"""The backup dialog lists backups in Dutch, makes one on request, and restores after confirmation."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from verantwoording_app.domain.errors import StorageError
from verantwoording_app.services import backups
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.ui.backup_dialog import (
    COL_ACTIVITIES,
    COL_DATE,
    COL_REASON,
    COL_SIZE,
    BackupDialog,
    format_size,
)

from .collab_helpers import activity_ids

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(("size", "expected"), [
    (512, "0,5 kB"), (150 * 1024, "150,0 kB"), (int(2.25 * 1024 * 1024), "2,3 MB")])
def test_sizes_with_a_dutch_decimal_comma(size: int, expected: str) -> None:
    assert format_size(size, QLocale("nl_NL")) == expected


def test_lists_backups_newest_first(qtbot, workspace: Workspace, db_path: Path) -> None:
    first = backups.make_backup(db_path, "openen")
    second = backups.make_backup(db_path, "periodiek")
    dialog = BackupDialog(db_path, lambda _path, _confirmed: None)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.selected_backup() == second
    assert dialog.table.item(0, COL_REASON).text() == "Tijdens bewerken"
    assert dialog.table.item(1, COL_REASON).text() == "Bij openen"
    assert dialog.table.item(0, COL_ACTIVITIES).text() == "13"
    assert "," in dialog.table.item(0, COL_SIZE).text()
    date_text = dialog.table.item(1, COL_DATE).text()
    assert date_text == backups.list_backups(db_path)[-1].created.strftime("%d-%m-%Y")
    assert first.name in dialog.table.item(1, COL_DATE).toolTip()


def test_make_a_backup_now(qtbot, workspace, db_path) -> None:
    dialog = BackupDialog(db_path, lambda _path, _confirmed: None)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    (made,) = backups.list_backups(db_path)
    assert made.reason == "handmatig"
    assert dialog.table.rowCount() == 1
    assert dialog.restore_button.isEnabled()


def test_restore_after_confirmation_through_the_callback(qtbot, workspace, db_path, modal) -> None:
    backups.make_backup(db_path, "handmatig")
    for activity_id in activity_ids(workspace, 1):
        workspace.delete_activity(activity_id)
    assert workspace.document().activity_count() == 8
    reopened: list[Workspace] = []

    def restore(path: Path, confirmed: str | None) -> None:  # what the main window does around the restore
        workspace.close()
        backups.restore(db_path, path, confirm_document=confirmed)
        reopened.append(Workspace.open(db_path, author="test"))

    dialog = BackupDialog(db_path, restore)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "terugzetten" in modal.shown[0].lower()
    assert dialog.restored is not None
    assert reopened[0].document().activity_count() == 13
    reasons = [b.reason for b in backups.list_backups(db_path)]
    assert "voor-herstel" in reasons  # the state before the restore was kept
    reopened[0].close()


def test_restore_cancelled_calls_nothing(qtbot, workspace, db_path, modal) -> None:
    backups.make_backup(db_path, "handmatig")
    modal.answer = QMessageBox.StandardButton.No
    called: list[Path] = []
    dialog = BackupDialog(db_path, lambda path, _confirmed: called.append(path))
    qtbot.addWidget(dialog)
    assert not dialog.restore_selected()
    assert called == []
    assert dialog.restored is None


def test_restore_failure_is_shown_and_keeps_the_dialog(qtbot, workspace, db_path, modal) -> None:
    backups.make_backup(db_path, "handmatig")

    def failing(_path: Path, _confirmed: str | None) -> None:
        raise StorageError("Herstellen is mislukt: schijf vol. De database is ongewijzigd.")

    dialog = BackupDialog(db_path, failing)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_selected()
    assert modal.shown[-1].startswith("Herstellen is mislukt")
    assert dialog.isVisible()


def test_escape_closes(qtbot, workspace, db_path) -> None:
    dialog = BackupDialog(db_path, lambda _path, _confirmed: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
