"""The main window: tree on the left, the form of the selected item on the right.

It is shown and painted before the database layer is even imported; the app then hands it a Workspace
through :meth:`MainWindow.set_workspace`. What the window decides is the editor's
(``services/editor.py``); the window wires widgets and actions to it. Its parts: the action table and the
menus (``window_actions.py``), the forms shown for a node (``form_pages.py``), autosave's commit
(``form_saving.py``), the structure edits and the undo commands' context (``structure_edits.py``), and
the commands that open something (``window_commands.py``).
"""

from __future__ import annotations

import getpass
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..services.editor import Editor
from . import settings as S
from .autosave import Autosave
from .form_pages import FormPages
from .form_saving import FormSaving
from .format_actions import FormatActions
from .structure_edits import StructureEdits
from .tree_model import DocumentTreeModel, Node, NumberDelegate
from .window_actions import EXPORTS, WindowActions, for_coordinator, state_of
from .window_commands import WindowCommands

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from ..domain.model import Activiteit, Document
    from ..services.workspace import Workspace
    from .activity_form import ActivityForm
    from .document_form import DocumentForm
    from .errors import ErrorReporter
    from .goal_form import GoalForm
    from .programme_form import ProgrammeForm
    from .writing_aids import WritingAids


log = logging.getLogger("verantwoording")

STYLE = """
QLabel#formHeading { font-size: 13pt; font-weight: 600; color: #1f3864; padding: 2px 0 6px 0; }
QLabel#textLabel { font-weight: 600; color: #1f3864; }
QLabel#hint { color: #555; }
QLabel#placeholder { color: #666; font-size: 11pt; }
QTreeView { show-decoration-selected: 1; }
"""


class MainWindow(QMainWindow):
    """Wires tree, forms, autosave, undo, menus to the editor. Receives its Workspace from the app."""

    first_painted = Signal()
    workspace_opened = Signal()
    activity_saved = Signal(object)
    structure_changed = Signal()
    chapter_changed = Signal()
    """Financial lines, settings or explanations changed (the variances in the overview follow)."""

    def __init__(
        self,
        settings: S.Settings,
        *,
        opener: Callable[..., Workspace] | None = None,
        reporter: ErrorReporter | None = None,
        user_name: str = "",
    ) -> None:
        super().__init__()
        self.settings = settings
        self.opener = opener
        self.reporter = reporter
        self.user_name = user_name or settings.get(S.USER_NAME)
        self._painted = False
        self._quick_tree: tuple[Any, Any] | None = None
        """The tree and scheme of the quick read at start-up, until the full open has compared its own."""
        self.running_exports: set[Any] = set()
        """Exports running in the background (export_runner keeps them alive here)."""
        self.editable_ids: frozenset[str] | None = None
        self.setWindowTitle(self.tr("Verantwoording"))
        self.setStyleSheet(STYLE)
        self.resize(1280, 820)

        self.undo_stack = QUndoStack(self)
        self.model = DocumentTreeModel(self)
        self.editor = Editor(self.model)
        """The editor's use cases (services/editor.py): permissions, saving, structure, ids, intros."""
        self.pages = FormPages(self)
        self.saving = FormSaving(self)
        self.structure = StructureEdits(self)
        """The structure commands; the context of every undo command."""
        self.commands = WindowCommands(self)
        self.model.move_requested.connect(self.structure.move_requested)

        self.tree: QTreeView = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(NumberDelegate(self.tree))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAnimated(False)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Programma's, hoofddoelen en activiteiten"))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setIndentation(16)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.placeholder = QLabel(self.tr("Het document wordt geopend…"), self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.forms_built = False

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.setSpacing(4)
        self.tree_label = QLabel(self.tr("&Inhoud"), self)
        self.tree_label.setBuddy(self.tree)
        self.tree_label.setObjectName("textLabel")
        left_layout.addWidget(self.tree_label)
        left_layout.addWidget(self.tree)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 880])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._session: Any = None
        self.autosave = Autosave(self.saving.commit, settings.get(S.AUTOSAVE_DELAY), self)
        self.autosave.saved.connect(self.saving.show_saved)
        self.autosave.saved.connect(lambda _when: self.session.note_saved())
        self.autosave.recovered.connect(
            lambda: self.statusBar().showMessage(self.tr("Opslaan lukt weer; alles is bewaard."), 8000))
        self.autosave.failed.connect(self.saving.save_failed)
        self.autosave.pending_changed.connect(self.saving.pending_changed)

        self.saved_label = QLabel(self)
        self.saved_label.setMinimumWidth(170)
        self.location_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.location_label)
        self.statusBar().addPermanentWidget(self.saved_label)

        self.format_actions = FormatActions(self)
        self._create_actions()
        self._create_menus()
        app = cast("QApplication | None", QApplication.instance())  # the stub says QCoreApplication
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
        self._update_actions()

    # -- construction ------------------------------------------------------------

    def _create_actions(self) -> None:
        from .chapter_actions import ChapterActions
        from .undo_router import UndoRouter

        self.actions_table = WindowActions(self)
        self.undo_router = UndoRouter(self, self.undo_stack, self.flush_pending)
        self.undo_action, self.redo_action = self.undo_router.undo_action, self.undo_router.redo_action
        self.actions_table.add("undo", self.undo_action)
        self.actions_table.add("redo", self.redo_action)
        self.undo_router.route_keys(self.action("paste_plain"))
        self.chapter_actions = ChapterActions(self)
        self.actions_table.add("import_finance", self.chapter_actions.import_finance_action)
        self.actions_table.add("import_policy", self.chapter_actions.import_policy_action)
        self.actions_table.build_tree_menu(self.tree)

    def _create_menus(self) -> None:
        table = self.actions_table
        table.build_menus(self.format_actions.actions())
        menus = table.menus
        from .collaboration import CollaborationActions
        from .team_mode import TeamMode
        from .year_actions import YearActions

        self.collaboration = CollaborationActions(self)
        self.team = TeamMode(self)  # on a team server: live changes, presence, the server's identity
        quit_action = self.action("quit")
        self.menuBar().insertMenu(menus["view"].menuAction(), self.collaboration.add_to_menus(
            menus["file"], menus["import"], menus["edit"], quit_action))
        self.year_actions = YearActions(self)
        self.year_actions.add_to_menus(menus["file"], menus["edit"], menus["view"], self.action("open"))
        menus["file"].insertSeparator(quit_action)
        self.toolbar = table.build_toolbar(self.format_actions.actions())
        self.recent_menu = menus["recent"]

    def action(self, action_id: str) -> QAction:
        """The window's action with this id (window_actions.ACTIONS; "undo", "redo", "tree_delete")."""
        return self.actions_table[action_id]

    @property
    def export_actions(self) -> dict[str, QAction]:
        return {fmt: self.action(f"export_{fmt}") for fmt in EXPORTS}

    def ensure_forms(self) -> None:
        """Build the forms; done after the first paint, so the window appears before they load."""
        if self.forms_built:
            return
        from .activity_form import ActivityForm
        from .document_form import DocumentForm
        from .goal_form import GoalForm
        from .programme_form import ProgrammeForm
        from .writing_aids import WritingAids

        self.activity_form: ActivityForm = ActivityForm(self)
        self.goal_form: GoalForm = GoalForm(self)
        self.programme_form: ProgrammeForm = ProgrammeForm(self)
        self.document_form: DocumentForm = DocumentForm(self)
        for page in (self.activity_form, self.goal_form, self.programme_form, self.document_form):
            self.stack.addWidget(page)
            page.edited.connect(self.autosave.schedule)
        self.activity_form.field_command.connect(self.structure.field_command)
        self.activity_form.remark_added.connect(self.structure.add_remark)
        self.activity_form.remark_resolved.connect(self.structure.resolve_remark)
        self.activity_form.lineage_requested.connect(lambda: self.year_actions.show_lineage())
        self.chapter_actions.bind_forms()
        self.activity_form.figures_model.invalid_number.connect(
            lambda text: self.statusBar().showMessage(self.tr("'%1' is geen getal.").replace("%1", text), 5000)
        )
        self.writing_aids: WritingAids = WritingAids(self)
        self.writing_aids.bind_window(self)
        self.forms_built = True

    # -- window state ------------------------------------------------------------

    def restore_state(self) -> None:
        geometry = self.settings.get(S.GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = self.settings.get(S.SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.settings.set(S.GEOMETRY, self.saveGeometry())
        self.settings.set(S.SPLITTER, self.splitter.saveState())
        self.settings.sync()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    # -- opening -----------------------------------------------------------------

    @property
    def workspace(self) -> Workspace | None:
        """The open database (the editor's)."""
        return self.editor.workspace

    @property
    def document_header(self) -> Document | None:
        return self.editor.header

    def open_database(self, path: Path, *, create: Callable[[Workspace], None] | None = None) -> bool:
        """Open (or on first start create) a database; a file that is not ours is refused.

        The session checks the location and the lock first; ``create`` fills a new
        database (Bestand › Nieuw) before it is shown.
        """
        if self.opener is None:
            return False
        if self.workspace is not None and not self.flush_pending():
            return False
        prepared = self.session.prepare(path)
        if prepared is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = self.opener(prepared.path, read_only=prepared.read_only, example=create is None)
            if create is not None:
                create(workspace)
        except UserError as error:
            QApplication.restoreOverrideCursor()
            self.session.abandon(prepared)
            from .dialogs import warn

            warn(self, error.message, self.tr("Database openen"))
            return False
        QApplication.restoreOverrideCursor()
        self.set_workspace(workspace)
        self.session.start(prepared, workspace)
        self.set_editing_allowed()
        if not isinstance(prepared.path, str):  # a server URL may hold a password: not in the recent list
            self.settings.add_recent(str(prepared.path))
        return True

    @property
    def session(self) -> Any:
        """The DatabaseSession (lock, backups); built on first use, after the first paint."""
        if self._session is None:
            from .session import DatabaseSession

            self._session = DatabaseSession(self, lambda: self.user_name or getpass.getuser())
        return self._session

    def release_session(self) -> None:
        """Last backup and the lock released (also when the app quits without closing the window)."""
        if self._session is not None:
            self._session.close()

    def set_workspace(self, workspace: Workspace) -> None:
        self.ensure_forms()
        early = self.pages.early_id if self.workspace is None else None
        if early is None:
            self.autosave.discard()
        self.autosave.release()
        self.undo_stack.clear()
        self.editor.open(workspace)
        self.writing_aids.set_workspace(workspace, self.user_name)
        self.team.attach(workspace)
        if early is not None and not self.flush_pending():  # what was typed before the store opened
            self.write_emergency_copy(self.tr("opslaan mislukte direct na het openen"))
        self.reload()
        self.location_label.setText(workspace.location)
        self.location_label.setToolTip(workspace.location)
        self.workspace_opened.emit()

    def set_editing_allowed(self) -> None:
        """Read-only databases, and in an officer's work package the others' activities, cannot be edited."""
        workspace = self.workspace
        read_only = workspace is None or workspace.read_only
        self.editable_ids = self.editor.editable_ids()
        if self.editor.writable and self.team.active:
            self.editable_ids = self.team.editable_ids()  # the server's identity (it enforces the rule)
        if self.forms_built:
            self.activity_form.set_fixed_fields(self.editor.fixed_fields())
        self.model.set_editable(self.editable_ids)
        reason = workspace.read_only_reason if workspace is not None else None
        if reason:  # opened read-only because writing is impossible: say why
            self.statusBar().showMessage(self.tr("Alleen lezen: %1.").replace("%1", reason))
        title = self.windowTitle().removesuffix(self.tr(" (alleen lezen)"))
        self.setWindowTitle(title + (self.tr(" (alleen lezen)") if read_only and workspace is not None else ""))
        self._update_actions()
        self.pages.rights_changed(self.current_node())

    def show_quick_tree(self, view: Any) -> None:
        """The tree read straight from the file, shown while the database finishes opening."""
        self.model.load(view.tree, view.scheme)
        self._quick_tree = (view.tree, view.scheme)
        self.setWindowTitle(self.tr("%1 — Verantwoording").replace("%1", view.title))
        self.tree.expandAll()
        first = self.model.activities()
        if first:
            self.tree.setCurrentIndex(self.model.index_of(first[0].id))

    def show_early_form(self, database: Path) -> bool:
        """The current activity typed into before the store has opened (see FormPages.show_early)."""
        return self.pages.show_early(database)

    def reload(self) -> None:
        """Read header and tree again (after an import), keeping nothing stale."""
        assert self.workspace is not None
        current = self.current_node()
        keep = current.id if current is not None else None
        header = self.editor.reload()
        self.activity_form.set_scheme(header.status_scheme)
        self.activity_form.set_realisation_label(header.realisation_heading())
        self.activity_form.set_review_labels(header.review_labels)
        self.model.review_labels = header.review_labels
        tree = self.workspace.tree()
        quick, self._quick_tree = self._quick_tree, None
        unchanged = quick == (tree, header.status_scheme)  # the full open found what the quick read showed
        if not unchanged:
            self.model.load(tree, header.status_scheme)
        self.commands.sync_unplaced(header)
        self.setWindowTitle(self.tr("%1 — Verantwoording").replace("%1", header.title))
        if not unchanged:
            self.tree.expandAll()
        first = self.model.activities()
        if unchanged and current is not None:
            self.pages.show(current)  # same row, so no current-changed signal fills the form
        elif keep is not None and self.model.node(keep) is not None:
            self.select(keep)
        elif first:
            self.select(first[0].id)
        else:
            self.show_document_form()
        self._update_actions()
        self.structure_changed.emit()

    # -- selection -------------------------------------------------------------------

    def current_node(self) -> Node | None:
        return self.model.node_at(self.tree.currentIndex())

    def select(self, node_id: str) -> None:
        index = self.model.index_of(self.editor.resolve(node_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(index)

    def show_node(self, node: Node | None) -> None:
        """Show the node in its form again (after something changed it from outside the form)."""
        self.pages.show(node)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.flush_pending()
        self.pages.show(self.model.node_at(current))
        self._update_actions()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if hasattr(new, "toggle_bullets"):  # a block text editor
            self.format_actions.set_editor(new)
        elif new is not None and not isinstance(new, QToolBar) and new.window() is self:
            self.format_actions.set_editor(None)

    def _update_actions(self) -> None:
        state = state_of(self)
        self.actions_table.update(state)
        self.chapter_actions.update_actions()
        self.tree.setDragEnabled(for_coordinator(state))
        if hasattr(self, "collaboration"):
            self.collaboration.update()
        if hasattr(self, "year_actions"):
            self.year_actions.update()

    # -- what the policy allows (the editor's) ------------------------------------------

    def is_coordinator(self) -> bool:
        """A writable database of the coordinator's own (not an officer's work package)."""
        return self.editor.is_coordinator()

    def may_edit(self, node_id: str | None = None) -> bool:
        """Whether this person may change the node (the policy's can_edit for an activity; structure otherwise)."""
        return self.editor.may_edit(node_id)

    def may_edit_field(self, activity_id: str, field: str) -> bool:
        """Whether this person may change one field of an activity now (lock included)."""
        return self.editor.may_edit_field(activity_id, field)

    # -- autosave ------------------------------------------------------------------

    def flush_pending(self) -> bool:
        """Write every pending edit now; False when that failed (the text stays on screen)."""
        return self.autosave.flush()

    def save_now(self) -> None:
        if self.autosave.flush() and self.autosave.last_saved is None:
            self.saving.show_saved(datetime.now())

    def write_emergency_copy(self, reason: str) -> Path | None:
        return self.saving.write_emergency_copy(reason)

    def refresh_activity(self, activity: Activiteit) -> None:
        """Another part of the program changed this activity (a merge, the team server): tree and form."""
        self.saving.activity_saved(activity)

    # -- the structure commands (StructureEdits, also the undo commands' context) ---------------

    def take_plan(self, activity_id: str, plan: Any) -> None:
        self.structure.take_plan(activity_id, plan)

    def add_activity(self, title: str | None = None) -> None:
        self.structure.add_activity(title)

    def add_goal(self, title: str | None = None) -> None:
        self.structure.add_goal(title)

    def add_programme(self, name: str | None = None) -> None:
        self.structure.add_programme(name)

    def delete_selected(self, confirmed: bool = False) -> None:
        self.structure.delete_selected(confirmed)

    def backup_before_bulk_change(self, activities: int) -> bool:
        return self.structure.backup_before_bulk_change(activities)

    def rename_selected(self) -> None:
        self.structure.rename_selected()

    def move_selected(self, step: int) -> None:
        self.structure.move_selected(step)

    # -- commands (window_commands.py, export_runner.py) ------------------------------------

    def show_document_form(self) -> None:
        self.pages.show_document_form()

    def focus_form(self) -> None:
        self.pages.focus_form()

    def focus_realisation(self) -> None:
        self.pages.focus_realisation()

    def choose_database(self) -> None:
        self.commands.choose_database()

    def new_database(self) -> None:
        self.commands.new_database()

    def fill_recent(self) -> None:
        self.commands.fill_recent()

    def toggle_dock(self, name: str) -> None:
        self.commands.toggle_dock(name)

    def dock(self, name: str) -> Any:
        """The panel with this name ("overview", "progress", "unplaced"), or None before it was opened."""
        return self.commands.docks.get(name)

    def show_search(self, replace: bool = False) -> None:
        self.commands.show_search(replace)

    def show_preview(self) -> None:
        self.commands.show_preview()

    def copy_chapter(self) -> None:
        self.commands.copy_chapter()

    def copy_selection(self) -> None:
        """Copy only the programme, goal or activity selected in the tree (context menu)."""
        self.commands.copy_chapter(selected_only=True)

    def paste_plain(self) -> None:
        self.commands.paste_plain()

    def set_language(self, language: str) -> None:
        self.commands.set_language(language)

    def ask_user_name(self) -> None:
        self.commands.ask_user_name()

    def show_about(self) -> None:
        self.commands.show_about()

    def show_manual(self) -> None:
        self.commands.show_manual()

    def export(self, fmt: str, path: Path | None = None) -> Any:
        from .export_runner import start_export

        return start_export(self, fmt, path)

    def import_text(self, path: Path | None = None) -> None:
        from .export_runner import import_text

        import_text(self, path)

    def paste_as_activities(self) -> None:
        from .export_runner import paste_as_activities

        paste_as_activities(self)

    def import_into_activity(self, path: Path | None = None) -> None:
        from .export_runner import import_into_activity

        import_into_activity(self, path)

    def import_workbook(self, path: Path | None = None) -> None:
        from .export_runner import import_workbook

        import_workbook(self, path)

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush_pending():
            copy = self.write_emergency_copy(self.tr("afsluiten terwijl opslaan mislukte"))
            question = self.tr("Niet alle wijzigingen konden worden opgeslagen. Toch afsluiten?")
            if copy is not None:
                question += self.tr("\n\nEen noodkopie staat in %1.").replace("%1", str(copy))
            from .dialogs import confirm

            if not confirm(self, self.tr("Afsluiten"), question):
                event.ignore()
                return
        self.save_state()
        self.team.detach()
        if self.forms_built:  # closed before the forms were built (during start-up): no writing aids yet
            self.writing_aids.shutdown()
        self.editor.close()
        if self._session is not None:
            self._session.close()
        event.accept()
