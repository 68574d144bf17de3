"""The window's actions for working together and for safety: packages, conflicts, people,
snapshots, history, backups. Kept apart from main_window so that module stays readable."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from ..domain.errors import UserError
from .noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ..services.workspace import Workspace
    from .main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("Collaboration", text)


PACKAGE_SUFFIX = ".vwpakket"


class CollaborationActions(QObject):
    """Creates the actions and menus; every slot works on the window's current workspace."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.people = self._action(_t(QT_TRANSLATE_NOOP("Collaboration", "&Mensen en toewijzing…")), self.show_people)
        self.handout = self._action(_t(QT_TRANSLATE_NOOP("Collaboration", "&Werkpakket maken…")), self.make_handout)
        self.handin = self._action(_t(QT_TRANSLATE_NOOP("Collaboration", "&Inleveren…")), self.hand_in)
        self.import_packages = self._action(_t(QT_TRANSLATE_NOOP("Collaboration", "Ingeleverd werk &samenvoegen…")), self.merge_packages)
        self.conflicts = self._action(_t(QT_TRANSLATE_NOOP("Collaboration", "&Conflicten…")), self.show_conflicts, "Ctrl+Shift+K")
        self.snapshots = self._action(_t(QT_TRANSLATE_NOOP("Collaboration", "Moment&opnamen…")), self.show_snapshots)
        self.history = self._action(_t(QT_TRANSLATE_NOOP("Collaboration", "&Geschiedenis van deze activiteit…")), self.show_history, "Ctrl+Shift+H")
        self.restore = self._action(_t(QT_TRANSLATE_NOOP("Collaboration", "&Herstellen uit reservekopie…")), self.show_backups)
        self.open_package = self._action(_t(QT_TRANSLATE_NOOP("Collaboration", "&Werkpakket openen…")), self.open_handout)
        self.all = (self.people, self.handout, self.handin, self.import_packages, self.conflicts, self.snapshots,
                    self.history, self.restore)

    def _action(self, text: str, slot: Any, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def add_to_menus(self, file_menu: QMenu, import_menu: QMenu, edit_menu: QMenu, before: QAction) -> QMenu:
        file_menu.insertAction(before, self.open_package)
        file_menu.insertAction(before, self.restore)
        edit_menu.addSeparator()
        edit_menu.addAction(self.history)
        menu = QMenu(_t(QT_TRANSLATE_NOOP("Collaboration", "&Samenwerken")), self.window)
        # the coordinator's round: assign, hand out, merge what comes back, decide conflicts
        for action in (self.people, self.handout, self.import_packages, self.conflicts, self.snapshots):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.handin)  # the officer's side
        return menu

    def update(self) -> None:
        window = self.window
        has = window.workspace is not None
        writable = has and not window.workspace.read_only  # type: ignore[union-attr]
        coordinator = writable and getattr(window, "editable_ids", None) is None
        node = window.current_node()
        for action in (self.people, self.handout, self.import_packages, self.snapshots, self.conflicts):
            action.setEnabled(coordinator)
        self.handin.setEnabled(writable and not coordinator)
        self.history.setEnabled(has and node is not None and node.kind == "activity")
        self.restore.setEnabled(has and window.workspace.database_path is not None)  # type: ignore[union-attr]

    # -- slots -------------------------------------------------------------------------

    def _workspace(self) -> Workspace:
        """The open workspace (the actions are enabled only with one)."""
        workspace = self.window.workspace
        assert workspace is not None
        return workspace

    def _ready(self) -> bool:
        return self.window.workspace is not None and self.window.flush_pending()

    def _folder(self) -> str:
        workspace = self.window.workspace
        return str(Path(workspace.location).parent) if workspace is not None else ""

    def _refresh(self) -> None:
        window = self.window
        if window.workspace is not None:
            current = window.current_node()
            window.set_workspace(window.workspace)
            window.set_editing_allowed()
            if current is not None:
                window.select(current.id)

    def show_people(self) -> None:
        if not self._ready():
            return
        from ..domain.selection import Selection
        from .people_dialog import PeopleDialog

        selection = None
        node = self.window.current_node()
        if node is not None and node.kind in ("programme", "goal"):
            programme = node if node.kind == "programme" else node.parent
            goal = node.label_number() if node.kind == "goal" else None
            selection = Selection(programme=programme.number if programme else None,
                                  goal=goal.rstrip(".") if goal else None)
        dialog = PeopleDialog(self._workspace(), selection, self.window)
        dialog.assigned.connect(lambda _count: self._refresh())
        dialog.exec()

    def make_handout(self) -> None:
        if not self._ready():
            return
        from .packages_dialogs import HandoutDialog

        HandoutDialog(self._workspace(), self.window, folder=self._folder()).exec()

    def hand_in(self) -> None:
        if not self._ready():
            return
        from .packages_dialogs import documents_folder, hand_in

        hand_in(self.window, self._workspace(), folder=documents_folder())

    def merge_packages(self) -> None:
        if not self._ready():
            return
        from .packages_dialogs import import_packages

        if import_packages(self.window, self._workspace(), folder=self._folder()) is not None:
            self._refresh()

    def show_conflicts(self) -> None:
        if not self._ready():
            return
        from .conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self._workspace(), self.window)
        dialog.changed.connect(self._refresh)
        dialog.exec()

    def show_snapshots(self) -> None:
        if not self._ready():
            return
        from .snapshots_dialog import SnapshotsDialog

        SnapshotsDialog(self._workspace(), self.window).exec()

    def show_history(self) -> None:
        node = self.window.current_node()
        if node is None or node.kind != "activity" or not self._ready():
            return
        from .history_dialog import HistoryDialog

        dialog = HistoryDialog(self._workspace(), node.id, self.window)
        dialog.restored.connect(lambda _field: self._refresh())
        dialog.exec()

    def show_backups(self) -> None:
        workspace = self.window.workspace
        if workspace is None or workspace.database_path is None or not self.window.flush_pending():
            return
        from .backup_dialog import BackupDialog

        BackupDialog(workspace.database_path, self._restore, self.window).exec()

    def _restore(self, backup: Path, confirm_document: str | None = None) -> None:
        """Close the workspace, put the backup back (after a safety copy), open again."""
        from ..services import backups

        window = self.window
        workspace = window.workspace
        database = backups.restorable_database(workspace)
        assert workspace is not None
        window.flush_pending()
        workspace.close()
        try:
            backups.restore(database, backup, confirm_document=confirm_document)
        finally:
            reopened = window.opener(database, read_only=False, example=False) if window.opener else None
            if reopened is not None:
                window.set_workspace(reopened)
                window.set_editing_allowed()

    def open_handout(self, path: Path | None = None) -> bool:
        """An officer opens a hand-out: it becomes their own working database, opened in the window."""
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self.window, _t(QT_TRANSLATE_NOOP("Collaboration", "Werkpakket openen")), self._folder(),
                _t(QT_TRANSLATE_NOOP("Collaboration", "Werkpakket (*%1)")).replace("%1", PACKAGE_SUFFIX) + ";;"
                + _t(QT_TRANSLATE_NOOP("Collaboration", "Alle bestanden (*)")))  # recognised by content
            if not name:
                return False
            path = Path(name)
        from ..services import packages
        from . import dialogs

        try:
            opened = packages.open_package(path, self.window.workspace, author=self.window.user_name or None)
        except UserError as error:
            dialogs.warn(self.window, error.message, _t(QT_TRANSLATE_NOOP("Collaboration", "Werkpakket openen")))
            return False
        if opened.merged is not None:
            dialogs.inform(self.window, opened.merged.summary(), _t(QT_TRANSLATE_NOOP("Collaboration", "Werkpakket")))
            self._refresh()
            return True
        assert opened.database is not None
        return self.window.open_database(opened.database)
