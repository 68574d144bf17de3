"""The window's actions for the line through the years: new year, compare, an activity's lineage, and
splitting and merging activities. Kept apart from main_window so that module stays readable."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from ..domain.errors import UserError
from .noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("YearActions", text)


class YearActions(QObject):
    """Creates the actions; every slot works on the window's current workspace."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_year = self._action(_t(QT_TRANSLATE_NOOP("YearActions", "Nieuw &jaar…")), self.show_new_year,
                                     tip=_t(QT_TRANSLATE_NOOP("YearActions", "Het document van het volgende jaar "
                                                              "maken, in een nieuwe database")))
        self.compare = self._action(_t(QT_TRANSLATE_NOOP("YearActions", "&Vergelijken met…")), self.show_compare,
                                    tip=_t(QT_TRANSLATE_NOOP("YearActions", "Wat is nieuw, gestopt, verplaatst en "
                                                             "welke plannen zijn gewijzigd")))
        self.lineage = self._action(_t(QT_TRANSLATE_NOOP("YearActions", "&Lijn door de jaren…")), self.show_lineage,
                                    "Ctrl+Shift+L")
        self.split = self._action(_t(QT_TRANSLATE_NOOP("YearActions", "Activiteit s&plitsen")), self.split_selected)
        self.merge = self._action(_t(QT_TRANSLATE_NOOP("YearActions", "Samenvoegen &met…")), self.merge_selected)

    def _action(self, text: str, slot: Any, shortcut: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def add_to_menus(self, file_menu: QMenu, edit_menu: QMenu, view_menu: QMenu, after_new: QAction) -> None:
        actions = file_menu.actions()
        position = actions.index(after_new) + 1 if after_new in actions else 0
        before = actions[position] if position < len(actions) else None
        file_menu.insertAction(before, self.new_year)  # type: ignore[arg-type]
        file_menu.insertAction(before, self.compare)  # type: ignore[arg-type]
        edit_menu.addSeparator()
        edit_menu.addAction(self.split)
        edit_menu.addAction(self.merge)
        view_menu.addAction(self.lineage)
        self.window.tree.addAction(self.split)
        self.window.tree.addAction(self.merge)

    def update(self) -> None:
        window = self.window
        has = window.workspace is not None
        node = window.current_node()
        on_activity = has and node is not None and node.kind == "activity"
        coordinator = has and window.may_edit() and getattr(window, "editable_ids", None) is None
        self.new_year.setEnabled(has)
        self.compare.setEnabled(has)
        self.lineage.setEnabled(on_activity)
        self.split.setEnabled(on_activity and coordinator)
        self.merge.setEnabled(on_activity and coordinator)

    # -- slots -------------------------------------------------------------------------

    def _ready(self) -> bool:
        return self.window.workspace is not None and self.window.flush_pending()

    def _folder(self) -> Path:
        workspace = self.window.workspace
        if workspace is not None and workspace.database_path is not None:
            return workspace.database_path.parent
        return Path.home()

    def show_new_year(self) -> Path | None:
        if not self._ready():
            return None
        from ..services.rollover import workspace_source
        from . import dialogs
        from .new_year_dialog import NewYearDialog

        workspace = self.window.workspace
        assert workspace is not None
        dialog = NewYearDialog(workspace_source(workspace), self._folder(), self.window,
                               author=self.window.user_name or workspace.author)
        if not dialog.exec() or dialog.created is None:
            return None
        created = dialog.created
        question = _t(QT_TRANSLATE_NOOP("YearActions", "%1 is gemaakt in %2.\n\nNu openen?"))
        title = dialog.result_.document.title if dialog.result_ else created.name
        if dialogs.confirm(self.window, _t(QT_TRANSLATE_NOOP("YearActions", "Nieuw jaar")),
                           question.replace("%1", title).replace("%2", str(created))):
            self.window.open_database(created)
        return created

    def show_compare(self, path: Path | None = None) -> Any:
        if not self._ready():
            return None
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self.window, _t(QT_TRANSLATE_NOOP("YearActions", "Vergelijken met (het oudere document)")),
                str(self._folder()),
                _t(QT_TRANSLATE_NOOP("YearActions", "Verantwoording, P&C-tekst of Word-verslag (*.vwdb *.txt *.docx);;Alle bestanden (*)")))
            if not name:
                return None
            path = Path(name)
        from ..domain.compare import compare_documents
        from ..services.rollover import read_source
        from . import dialogs
        from .compare_dialog import CompareDialog

        workspace = self.window.workspace
        assert workspace is not None
        try:
            old = read_source(path).document
        except UserError as error:
            dialogs.warn(self.window, error.message)
            return None
        dialog = CompareDialog(compare_documents(old, workspace.document()), self.window, folder=self._folder())
        dialog.open()
        return dialog

    def show_lineage(self) -> Any:
        window = self.window
        node = window.current_node()
        if window.workspace is None or node is None or node.kind != "activity":
            return None
        window.flush_pending()
        from ..domain.lineage import ordered
        from .lineage_dialog import LineageDialog

        workspace = window.workspace
        activity = workspace.activity(node.id)
        entries = ordered(workspace.past_entries(activity))
        can_take = window.may_edit(node.id) and not activity.plan_frozen and activity.review_state.value != "vastgesteld"
        header = window.document_header or workspace.document_header()
        dialog = LineageDialog(activity, entries, header.title, window, can_take=can_take)
        dialog.take_text.connect(lambda text, a=activity: window.take_plan(a.id, text))
        dialog.open()
        return dialog

    def split_selected(self) -> None:
        node = self.window.current_node()
        if node is None or node.kind != "activity" or not self._ready():
            return
        from .lineage_commands import SplitActivityCommand

        self._push(SplitActivityCommand(self.window.structure, node.id, node.title))

    def merge_selected(self, target_id: str | None = None) -> None:
        window = self.window
        node = window.current_node()
        if node is None or node.kind != "activity" or not self._ready():
            return
        if target_id is None:
            others = [a for a in window.model.activities() if a.id != node.id]
            labels = [f"{a.parent.label_number() if a.parent else ''} {a.label_number()} {a.title}".strip()
                      for a in others]
            label, ok = QInputDialog.getItem(
                window, _t(QT_TRANSLATE_NOOP("YearActions", "Samenvoegen")),
                _t(QT_TRANSLATE_NOOP("YearActions", "'%1' samenvoegen met (deze blijft, met beide teksten):"))
                .replace("%1", node.title), labels, 0, False)
            if not ok or label not in labels:
                return
            target_id = others[labels.index(label)].id
        from .lineage_commands import MergeActivitiesCommand

        self._push(MergeActivitiesCommand(window.structure, node.id, target_id, node.title))

    def _push(self, command: Any) -> None:
        from . import dialogs

        self.window.undo_stack.push(command)  # a refused edit makes itself obsolete: it leaves the stack
        if command.error:
            dialogs.warn(self.window, command.error)
        self.window.structure_changed.emit()
