"""Every dialog opens in Dutch and in English; Qt's own buttons follow the language."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from verantwoording_app.services import backups
from verantwoording_app.services.locking import DatabaseLock, DatabaseLocked, lock_path
from verantwoording_app.ui import translations
from verantwoording_app.ui.about_dialog import AboutDialog
from verantwoording_app.ui.backup_dialog import BackupDialog
from verantwoording_app.ui.conflicts_dialog import ConflictsDialog
from verantwoording_app.ui.dialogs import ManualDialog
from verantwoording_app.ui.document_form import DocumentForm
from verantwoording_app.ui.errors import ErrorReporter
from verantwoording_app.ui.history_dialog import HistoryDialog
from verantwoording_app.ui.lock_dialog import LockDialog, UnsafeLocationDialog
from verantwoording_app.ui.main_window import MainWindow
from verantwoording_app.ui.overview import OverviewPanel, ProgressPanel
from verantwoording_app.ui.packages_dialogs import HandoutDialog
from verantwoording_app.ui.people_dialog import PeopleDialog
from verantwoording_app.ui.search_dialog import SearchDialog
from verantwoording_app.ui.snapshots_dialog import SnapshotsDialog

from .collab_helpers import make_conflicts

if TYPE_CHECKING:
    from verantwoording_app.services.workspace import Workspace

EXPECTED = {
    "nl": {"about": "Over Verantwoording", "search": "Zoeken en vervangen", "close": "Sluiten",
           "menu": "&Bestand", "manual": "Handleiding", "whole_word": "H&eel woord",
           "one_hit": "1 vindplaats in 1 activiteit", "hits": "3 vindplaatsen in 2 activiteiten",
           "overview": "Overzicht van alle activiteiten"},
    "en": {"about": "About Verantwoording", "search": "Find and replace", "close": "Close",
           "menu": "&File", "manual": "Manual", "whole_word": "Whole &word", "one_hit": "1 hit in 1 activity",
           "hits": "3 hits in 2 activities", "overview": "Overview of all activities"},
}

# Window titles of the collaboration and opening dialogs ("history" is followed by the activity's title).
TITLES = {
    "nl": {"conflicts": "Conflicten", "history": "Geschiedenis – ", "people": "Mensen en toewijzing",
           "handout": "Werkpakket maken", "snapshots": "Momentopnamen", "backup": "Herstellen",
           "lock": "Database is in gebruik", "unsafe": "Onveilige locatie"},
    "en": {"conflicts": "Conflicts", "history": "History – ", "people": "People and assignment",
           "handout": "Create work package", "snapshots": "Snapshots", "backup": "Restore",
           "lock": "Database in use", "unsafe": "Unsafe location"},
}

# One button of each dialog whose text is ours (not Qt's), to see that more than the title is translated.
BUTTONS = {
    "nl": {"people": "&Toevoegen", "handout": "&Opslaan als…", "snapshots": "&Vastleggen",
           "backup": "&Nu een reservekopie maken", "lock": "&Alleen lezen", "take_over": "&Overnemen",
           "unsafe": "&Lokale werkkopie maken", "cancel": "Annuleren"},
    "en": {"people": "&Add", "handout": "&Save as…", "snapshots": "&Record", "backup": "&Back up now",
           "lock": "&Read-only", "take_over": "&Take over", "unsafe": "&Make local working copy",
           "cancel": "Cancel"},
}


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    translations.compile_translations()
    installed = translations.install(qapp, request.param)
    yield request.param
    translations.uninstall(qapp, installed)
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("nl_NL"))


def close_button_text(dialog: QDialog) -> str:
    box = dialog.findChild(QDialogButtonBox)
    return box.buttons()[0].text().replace("&", "")


def stale_lock(tmp_path: Path) -> DatabaseLocked:
    """Someone else's lock that stopped beating an hour ago, so the dialog also offers to take it over."""
    database = tmp_path / "jaarstukken.vwdb"
    database.write_bytes(b"")
    lock_path(database).write_text(json.dumps({
        "user": "fatima", "host": "GEM-PC-042", "pid": 4242,
        "since": datetime(2023, 3, 14, 9, 30).isoformat(),
        "heartbeat": (datetime.now() - timedelta(minutes=60)).isoformat(),
    }), encoding="utf-8")
    with pytest.raises(DatabaseLocked) as caught:
        DatabaseLock(database, "piet").acquire()
    assert caught.value.stale
    return caught.value


def test_dialogs_in_both_languages(qtbot, language, settings, workspace, modal, tmp_path) -> None:
    expected = EXPECTED[language]
    window = MainWindow(settings, user_name="test")
    qtbot.addWidget(window)
    window.set_workspace(workspace)
    assert window.menuBar().actions()[0].text() == expected["menu"]

    about = AboutDialog(window)
    qtbot.addWidget(about)
    assert about.windowTitle() == expected["about"]
    assert close_button_text(about) == expected["close"]
    about.show()
    qtbot.waitExposed(about)

    manual = ManualDialog(window, tmp_path / "ontbreekt.md")
    qtbot.addWidget(manual)
    assert manual.windowTitle() == expected["manual"]
    manual.show()

    search = SearchDialog(window)
    qtbot.addWidget(search)
    assert search.windowTitle() == expected["search"]
    search.show_for()
    assert search.isVisible()
    assert search.whole_word.text() == expected["whole_word"]
    assert search.describe(1, 1) == expected["one_hit"]
    assert search.describe(3, 2) == expected["hits"]

    overview, progress, document_form = OverviewPanel(window.model), ProgressPanel(window.model), DocumentForm()
    for widget in (overview, progress, document_form):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
    assert overview.table.accessibleName() == expected["overview"]
    assert overview.table.model().rowCount() == 13

    window.toggle_dock("overview")
    window.toggle_dock("progress")
    assert not window.dock("overview").isHidden()
    assert not window.dock("progress").isHidden()
    window.show_document_form()
    assert window.stack.currentWidget() is window.document_form
    error_box = ErrorReporter().make_box(RuntimeError("x"), "details")
    qtbot.addWidget(error_box)
    assert error_box.windowTitle() == ("Er ging iets mis" if language == "nl" else "Something went wrong")


def test_collaboration_dialogs_in_both_languages(qtbot, language, workspace: Workspace, db_path: Path,
                                                 tmp_path: Path) -> None:
    titles, buttons = TITLES[language], BUTTONS[language]
    conflict_ids = make_conflicts(workspace, tmp_path)  # also assigns goal I to Fatima, for the hand-out
    backups.make_backup(db_path, "handmatig", folder=tmp_path / "backups")
    dialogs: dict[str, Any] = {  # each its own dialog class
        "conflicts": ConflictsDialog(workspace),
        "history": HistoryDialog(workspace, conflict_ids[0]),
        "people": PeopleDialog(workspace),
        "handout": HandoutDialog(workspace, folder=str(tmp_path)),
        "snapshots": SnapshotsDialog(workspace),
        "backup": BackupDialog(db_path, lambda _path, _confirmed: None, folder=tmp_path / "backups"),
        "lock": LockDialog(stale_lock(tmp_path), Path("jaarstukken.vwdb")),
        "unsafe": UnsafeLocationDialog(Path("/mnt/OneDrive/jaarstukken.vwdb"), "gesynchroniseerde map"),
    }
    for key, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        if key == "history":
            assert dialog.windowTitle().startswith(titles[key])
        else:
            assert dialog.windowTitle() == titles[key]
        if language == "en":
            assert dialog.windowTitle() not in TITLES["nl"].values()
            assert not dialog.windowTitle().startswith(TITLES["nl"]["history"])
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.isVisible()

    assert dialogs["conflicts"].table.rowCount() == 2
    assert dialogs["backup"].table.rowCount() == 1
    assert dialogs["people"].add_button.text() == buttons["people"]
    assert dialogs["handout"].save_button.text() == buttons["handout"]
    assert dialogs["snapshots"].create_button.text() == buttons["snapshots"]
    assert dialogs["backup"].backup_button.text() == buttons["backup"]
    lock = dialogs["lock"]
    assert lock.read_only_button.text() == buttons["lock"]
    assert lock.take_over_button is not None
    assert lock.take_over_button.text() == buttons["take_over"]
    assert lock.cancel_button.text() == buttons["cancel"]
    assert "GEM-PC-042" in lock.message.text()
    unsafe = dialogs["unsafe"]
    assert unsafe.local_copy_button.text() == buttons["unsafe"]
    assert "OneDrive" in unsafe.message.text()
    assert "jaarstukken.vwdb" in unsafe.message.text()
    for dialog in dialogs.values():
        dialog.close()


def test_modal_dialogs_from_menu_open_and_close(qtbot, window) -> None:
    opened: list[str] = []

    def close_active() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            opened.append(dialog.windowTitle())
            dialog.reject()  # type: ignore[attr-defined]

    for action in (window.action("about"), window.action("manual")):
        QTimer.singleShot(50, close_active)
        action.trigger()
    assert opened == ["Over Verantwoording", "Handleiding"]
