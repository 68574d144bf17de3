"""The main window: tree on the left, the form of the selected item on the right.

It is shown and painted before the database layer is even imported; the app
then hands it a Workspace through :meth:`MainWindow.set_workspace`.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.lineage import lines_of
from . import settings as S
from .autosave import Autosave
from .format_actions import FormatActions
from .tree_model import (
    ACTIVITY,
    GOAL,
    PROGRAMME,
    DocumentTreeModel,
    Node,
    NumberDelegate,
    activity_node,
)

if TYPE_CHECKING:
    from types import ModuleType

    from ..domain.model import Activiteit, Document
    from ..services.workspace import Workspace
    from .activity_form import ActivityForm
    from .document_form import DocumentForm
    from .errors import ErrorReporter
    from .goal_form import GoalForm
    from .programme_form import ProgrammeForm


def _dialogs() -> ModuleType:
    from . import dialogs

    return dialogs


def _undo() -> ModuleType:
    from . import undo

    return undo


log = logging.getLogger("verantwoording")

STYLE = """
QLabel#formHeading { font-size: 13pt; font-weight: 600; color: #1f3864; padding: 2px 0 6px 0; }
QLabel#textLabel { font-weight: 600; color: #1f3864; }
QLabel#hint { color: #555; }
QLabel#placeholder { color: #666; font-size: 11pt; }
QTreeView { show-decoration-selected: 1; }
"""


class MainWindow(QMainWindow):
    """Wires tree, forms, autosave, undo, menus. Receives its Workspace from the app."""

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
        self.workspace: Workspace | None = None
        self.document_header: Document | None = None
        self.user_name = user_name or settings.get(S.USER_NAME)
        self._painted = False
        self._aliases: dict[str, str] = {}
        self._quick_tree: tuple[Any, Any] | None = None
        self._early_id: str | None = None
        self._kept_early: str | None = None
        """The activity in the form before the store opened (typed into already, perhaps; see show_early_form)."""
        """The tree and scheme of the quick read at start-up, until the full open has compared its own."""
        self._intros: dict[str, Any] | None = None
        self._docks: dict[str, Any] = {}
        self._search_dialog: Any = None
        self._exports: set[Any] = set()
        self.setWindowTitle(self.tr("Verantwoording"))
        self.setStyleSheet(STYLE)
        self.resize(1280, 820)

        self.undo_stack = QUndoStack(self)
        self.model = DocumentTreeModel(self)
        self.model.move_requested.connect(self._move_requested)

        self.tree = QTreeView(self)
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
        self._forms_built = False

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
        self.autosave = Autosave(self._commit, settings.get(S.AUTOSAVE_DELAY), self)
        self.autosave.saved.connect(self._show_saved)
        self.autosave.saved.connect(lambda _when: self.session.note_saved())
        self.autosave.recovered.connect(
            lambda: self.statusBar().showMessage(self.tr("Opslaan lukt weer; alles is bewaard."), 8000))
        self.autosave.failed.connect(self._save_failed)
        self.autosave.pending_changed.connect(self._pending_changed)

        self.saved_label = QLabel(self)
        self.saved_label.setMinimumWidth(170)
        self.location_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.location_label)
        self.statusBar().addPermanentWidget(self.saved_label)

        self.format_actions = FormatActions(self)
        self._create_actions()
        from .chapter_actions import ChapterActions

        self.chapter_actions = ChapterActions(self)
        self._create_menus()
        self._create_toolbar()
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
        self._update_actions()

    # -- construction ------------------------------------------------------------

    def ensure_forms(self) -> None:
        """Build the forms; done after the first paint, so the window appears before they load."""
        if self._forms_built:
            return
        from .activity_form import ActivityForm
        from .document_form import DocumentForm
        from .goal_form import GoalForm
        from .programme_form import ProgrammeForm

        self.activity_form: ActivityForm = ActivityForm(self)
        self.goal_form: GoalForm = GoalForm(self)
        self.programme_form: ProgrammeForm = ProgrammeForm(self)
        self.document_form: DocumentForm = DocumentForm(self)
        for page in (self.activity_form, self.goal_form, self.programme_form, self.document_form):
            self.stack.addWidget(page)
            page.edited.connect(self.autosave.schedule)
        self.activity_form.field_command.connect(self._field_command)
        self.activity_form.remark_added.connect(self._add_remark)
        self.activity_form.remark_resolved.connect(self._resolve_remark)
        self.activity_form.lineage_requested.connect(lambda: self.year_actions.show_lineage())
        self.chapter_actions.bind_forms()
        self.activity_form.figures_model.invalid_number.connect(
            lambda text: self.statusBar().showMessage(self.tr("'%1' is geen getal.").replace("%1", text), 5000)
        )
        from .writing_aids import WritingAids

        self.writing_aids = WritingAids(self)
        self.writing_aids.bind_window(self)
        self._forms_built = True

    def _action(self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&Nieuw…"), self.new_database, SK.New,
                                       self.tr("Een nieuwe, lege database maken"))
        self.open_action = self._action(self.tr("&Openen…"), self.choose_database, SK.Open,
                                        self.tr("Een andere Verantwoording-database openen"))
        self.save_action = self._action(self.tr("Op&slaan"), self.save_now, SK.Save,
                                        self.tr("Alle wijzigingen nu opslaan (dat gebeurt ook automatisch)"))
        self.quit_action = self._action(self.tr("A&fsluiten"), self.close, "Ctrl+Q")
        from .undo_router import UndoRouter

        self.undo_router = UndoRouter(self, self.undo_stack, self.flush_pending)
        self.undo_action, self.redo_action = self.undo_router.undo_action, self.undo_router.redo_action
        self.search_action = self._action(self.tr("&Zoeken en vervangen…"), self.show_search, SK.Find,
                                          self.tr("Zoeken in alle titels en teksten, en vervangen"))
        self.replace_action = self._action(self.tr("V&ervangen…"), lambda: self.show_search(replace=True), "Ctrl+H")
        self.add_activity_action = self._action(self.tr("&Activiteit toevoegen"), self.add_activity, "Ctrl+Shift+N",
                                                self.tr("Een activiteit toevoegen onder het gekozen hoofddoel"))
        self.add_goal_action = self._action(self.tr("Hoo&fddoel toevoegen"), self.add_goal, "Ctrl+Shift+G")
        self.add_programme_action = self._action(self.tr("P&rogramma toevoegen"), self.add_programme, "Ctrl+Shift+P",
                                                 self.tr("Een nieuw programma achteraan het document toevoegen"))
        self.delete_action = self._action(self.tr("&Verwijderen…"), self.delete_selected, "Ctrl+Del",
                                          self.tr("De gekozen activiteit of het gekozen hoofddoel verwijderen"))
        self.rename_action = self._action(self.tr("&Naam wijzigen"), self.rename_selected, "F2")
        self.up_action = self._action(self.tr("Om&hoog verplaatsen"), lambda: self.move_selected(-1), "Alt+Up")
        self.down_action = self._action(self.tr("Om&laag verplaatsen"), lambda: self.move_selected(1), "Alt+Down")
        self.document_action = self._action(self.tr("&Documentinstellingen"), self.show_document_form, "Ctrl+Shift+D")
        self.overview_action = self._action(self.tr("&Overzicht"), lambda: self.toggle_dock("overview"), "Ctrl+Shift+O",
                                            self.tr("Tabel van alle activiteiten met filters"))
        self.progress_action = self._action(self.tr("&Voortgang"), lambda: self.toggle_dock("progress"), "Ctrl+Shift+R",
                                            self.tr("Voortgang per programma en hoofddoel"))
        self.unplaced_action = self._action(self.tr("Niet &geplaatste tekst"), lambda: self.toggle_dock("unplaced"),
                                            None, self.tr("Tekst die het importeren geen plek kon geven"))
        self.paste_plain_action = self._action(self.tr("Plakken als platte &tekst"), self.paste_plain, "Ctrl+Shift+V",
                                               self.tr("Alleen de tekst van het klembord plakken, zonder opmaak"))
        self.undo_router.route_keys(self.paste_plain_action)
        self.paste_activities_action = self._action(
            self.tr("Pla&kken als activiteiten…"), self.paste_as_activities, None,
            self.tr("Gekopieerde tekst (bijvoorbeeld van een webpagina) herkennen als hoofddoelen en activiteiten"))
        self.focus_tree_action = self._action(self.tr("Naar de &boom"), self.tree.setFocus, "Ctrl+1")
        self.focus_form_action = self._action(self.tr("Naar het &formulier"), self._focus_form, "Ctrl+2")
        self.focus_realisation_action = self._action(
            self.tr("Naar de &realisatie"), lambda: self._forms_built and self.activity_form.realisation.setFocus(),
            "Ctrl+3")
        self.preview_action = self._action(self.tr("Voor&beeld van het hoofdstuk…"), self.show_preview, "Ctrl+P")
        self.copy_chapter_action = self._action(self.tr("Hoofdstuk &kopiëren voor Word"), self.copy_chapter,
                                                "Ctrl+Shift+C")
        self.manual_action = self._action(self.tr("&Handleiding"), self.show_manual, SK.HelpContents)
        self.about_action = self._action(self.tr("&Over Verantwoording"), self.show_about)
        self.export_actions = {
            "txt": self._action(self.tr("P&&C-&tekst (.txt)…"), lambda: self.export("txt")),
            "md": self._action(self.tr("&Markdown (.md)…"), lambda: self.export("md")),
            "docx": self._action(self.tr("&Word (.docx)…"), lambda: self.export("docx"), "Ctrl+E"),
            "xlsx": self._action(self.tr("&Excel-overzicht (.xlsx)…"), lambda: self.export("xlsx"), "Ctrl+Shift+E"),
            "html": self._action(self.tr("We&bsite (map met HTML)…"), lambda: self.export("html")),
        }
        self.import_text_action = self._action(self.tr("&Tekst of Word-document…"), self.import_text)
        self.import_activity_action = self._action(self.tr("Tekst in deze &activiteit…"), self.import_into_activity,
                                                   None, self.tr("Een (Word-)bestand wordt de realisatie of het "
                                                                 "plan van de gekozen activiteit"))
        self.import_xlsx_action = self._action(self.tr("&Excel-werkmap (terugleveren)…"), self.import_workbook)
        self.language_actions = {
            "nl": self._action(self.tr("&Nederlands"), lambda: self.set_language("nl")),
            "en": self._action(self.tr("&English"), lambda: self.set_language("en")),
        }
        current = self.settings.language()
        for key, action in self.language_actions.items():
            action.setCheckable(True)
            action.setChecked(key == current)
        self.user_action = self._action(self.tr("&Uw naam…"), self.ask_user_name)
        self.tree_delete = QAction(self)
        self.tree_delete.setShortcut(QKeySequence(SK.Delete))
        self.tree_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree_delete.triggered.connect(self.delete_selected)
        self.tree.addAction(self.tree_delete)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._selection_scoped = False
        self.copy_selection_action = self._action(self.tr("&Selectie kopiëren voor Word"), self.copy_selection,
                                                  "Ctrl+Alt+C")
        separator = QAction(self)
        separator.setSeparator(True)
        for action in (self.add_activity_action, self.add_goal_action, self.add_programme_action, self.rename_action,
                       self.up_action, self.down_action, self.delete_action, separator, self.copy_selection_action):
            self.tree.addAction(action)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent geopend"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        import_menu = file_menu.addMenu(self.tr("&Importeren"))
        import_menu.addAction(self.import_text_action)
        import_menu.addAction(self.import_activity_action)
        import_menu.addAction(self.import_xlsx_action)
        import_menu.addSeparator()
        import_menu.addAction(self.chapter_actions.import_finance_action)
        import_menu.addAction(self.chapter_actions.import_policy_action)
        export_menu = file_menu.addMenu(self.tr("&Exporteren"))
        for action in self.export_actions.values():
            export_menu.addAction(action)
        export_menu.addSeparator()
        export_menu.addAction(self.copy_chapter_action)
        export_menu.addAction(self.copy_selection_action)
        file_menu.addAction(self.preview_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("Be&werken"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addAction(self.paste_plain_action)
        edit_menu.addAction(self.paste_activities_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_action)
        edit_menu.addAction(self.replace_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_activity_action)
        edit_menu.addAction(self.add_goal_action)
        edit_menu.addAction(self.add_programme_action)
        edit_menu.addAction(self.rename_action)
        edit_menu.addAction(self.up_action)
        edit_menu.addAction(self.down_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.document_action)

        format_menu = bar.addMenu(self.tr("&Opmaak"))
        for action in self.format_actions.actions():
            format_menu.addAction(action)

        view_menu = bar.addMenu(self.tr("Beel&d"))
        view_menu.addAction(self.overview_action)
        view_menu.addAction(self.progress_action)
        view_menu.addAction(self.unplaced_action)
        view_menu.addSeparator()
        view_menu.addAction(self.focus_tree_action)
        view_menu.addAction(self.focus_form_action)
        view_menu.addAction(self.focus_realisation_action)
        view_menu.addSeparator()
        language_menu: QMenu = view_menu.addMenu(self.tr("&Taal"))
        for action in self.language_actions.values():
            language_menu.addAction(action)
        view_menu.addAction(self.user_action)

        from .collaboration import CollaborationActions

        self.collaboration = CollaborationActions(self)
        from .team_mode import TeamMode

        self.team = TeamMode(self)  # on a team server: live changes, presence, the server's identity
        bar.insertMenu(view_menu.menuAction(),
                       self.collaboration.add_to_menus(file_menu, import_menu, edit_menu, self.quit_action))
        from .year_actions import YearActions

        self.year_actions = YearActions(self)
        self.year_actions.add_to_menus(file_menu, edit_menu, view_menu, self.open_action)
        file_menu.insertSeparator(self.quit_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.manual_action)
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Werkbalk"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.save_action)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        self.format_actions.fill_toolbar(toolbar)
        toolbar.addSeparator()
        toolbar.addAction(self.add_activity_action)
        toolbar.addAction(self.search_action)
        toolbar.addAction(self.overview_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

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
            _dialogs().warn(self, error.message, self.tr("Database openen"))
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

    def set_editing_allowed(self) -> None:
        """Read-only databases, and in an officer's work package the others' activities, cannot be edited."""
        workspace = self.workspace
        read_only = workspace is None or workspace.read_only
        self.editable_ids: frozenset[str] | None = None
        fixed: frozenset[str] = frozenset()
        if workspace is not None and not read_only:
            person = workspace.person  # the policy's person: coordinator, or the officer of a work package
            self.editable_ids = person.activities
            if getattr(self, "team", None) is not None and self.team.active:
                self.editable_ids = self.team.editable_ids()  # the server's identity (it enforces the rule)
            if not person.is_coordinator:
                fixed = frozenset({"title", "owner", "portfolio_holder", "deadline", "status"}
                                  - person.allowed_fields())
        if getattr(self, "activity_form", None) is not None:
            self.activity_form.set_fixed_fields(fixed)
        self.model.set_editable(self.editable_ids)
        reason = workspace.store.read_only_reason if workspace is not None else None
        if reason:  # opened read-only because writing is impossible: say why
            self.statusBar().showMessage(self.tr("Alleen lezen: %1.").replace("%1", reason))
        title = self.windowTitle().removesuffix(self.tr(" (alleen lezen)"))
        self.setWindowTitle(title + (self.tr(" (alleen lezen)") if read_only and workspace is not None else ""))
        self._update_actions()
        node, kept, self._kept_early = self.current_node(), self._kept_early, None
        if node is not None and node.id == kept and self.activity_form.activity_id == kept:
            # the form typed into before the store opened: new editing rights without reloading its text
            self._apply_editing(kept, str(self.activity_form.review.currentData()))
            self.activity_form.set_plan_frozen(self.activity_form.plan_frozen, self._is_coordinator())
            return
        self._show_node(node)

    def _apply_editing(self, activity_id: str, review_state: str) -> None:
        """Lock the form as the policy says (domain/policy.py): read-only, not one's own, the vastgesteld lock;
        review states the person may not set are disabled in the list, with the reason."""
        from ..domain import policy
        from ..domain.model import ReviewState

        form = self.activity_form
        person = self.workspace.person if self.workspace is not None else None
        if self.workspace is not None and self.workspace.read_only:
            form.set_read_only(True, self.tr("alleen lezen"))
        elif not self.may_edit(activity_id):
            form.set_read_only(True, self.tr("niet in uw werkpakket"))
        elif review_state == policy.LOCKED_STATE.value:
            coordinator = person is not None and person.is_coordinator
            form.set_read_only(True, self.tr("vastgesteld; heropen via Beoordeling") if coordinator
                               else self.tr("vastgesteld; alleen de coördinator kan heropenen"))
            form.review.setEnabled(coordinator)
        else:
            form.set_read_only(False)
        if person is not None:
            refused = {state.value: decision.reason.render() for state in ReviewState
                       if (decision := policy.can_set_review(person, review_state, state, form.title.text()))
                       .reason is not None}
            form.set_review_refused(refused)

    def _is_coordinator(self) -> bool:
        """A writable database of the coordinator's own (not an officer's work package)."""
        return self.may_edit() and self.workspace is not None and self.workspace.person.is_coordinator

    def may_edit(self, node_id: str | None = None) -> bool:
        """Whether this person may change the node (the policy's can_edit for an activity; structure otherwise)."""
        if self.workspace is None or self.workspace.read_only:
            return False
        person = self.workspace.person
        if node_id is None or person.is_coordinator:
            return True
        node = self.model.node(node_id)
        if node is None or node.kind != ACTIVITY:
            return False
        from ..domain import policy

        return policy.can_edit(person, node).allowed

    def may_edit_field(self, activity_id: str, field: str) -> bool:
        """Whether this person may change one field of an activity now (lock included)."""
        node = self.model.node(activity_id)
        if node is None or self.workspace is None or not self.may_edit(activity_id):
            return False
        from ..domain import policy

        return policy.can_edit_field(self.workspace.person, node, field).allowed

    def set_workspace(self, workspace: Workspace) -> None:
        self.ensure_forms()
        old = self.workspace
        early = self._early_id if old is None else None
        if early is None:
            self.autosave.discard()
        self.autosave.release()
        self.undo_stack.clear()
        self._aliases.clear()
        self._intros = None
        self.workspace = workspace
        if old is not None and old is not workspace:
            old.close()
        self.writing_aids.set_workspace(workspace, self.user_name)
        self.team.attach(workspace)
        if early is not None and not self.flush_pending():  # what was typed before the store opened
            self.write_emergency_copy(self.tr("opslaan mislukte direct na het openen"))
        self.reload()
        self.location_label.setText(workspace.location)
        self.location_label.setToolTip(workspace.location)
        self.workspace_opened.emit()

    def show_quick_tree(self, view: Any) -> None:
        """The tree read straight from the file, shown while the database finishes opening."""
        self.model.load(view.tree, view.scheme)
        self._quick_tree = (view.tree, view.scheme)
        self.setWindowTitle(self.tr("%1 — Verantwoording").replace("%1", view.title))
        self.tree.expandAll()
        first = self.model.activities()
        if first:
            index = self.model.index_of(first[0].id)
            self.tree.setCurrentIndex(index)

    def show_early_form(self, database: Path) -> bool:
        """Before the store has opened (SQLAlchemy still loading): the current activity in the form, read
        straight from the file, ready to type in. What is typed waits in the form (autosave holds it) and is
        saved the moment the store is open. Only where that save is certain to be possible (see
        ``quickopen.early_activity``); the review state, key figures and remarks wait for the store."""
        if self.workspace is not None:
            return False
        from ..domain.model import roman
        from ..services.quickopen import early_start

        early = early_start(database)
        if early is None:
            return False
        activity, place = early.activity, early.place
        self.ensure_forms()
        form = self.activity_form
        form.set_scheme(place.scheme)
        form.set_realisation_label(place.realisation_heading)
        self.setWindowTitle(self.tr("%1 — Verantwoording").replace("%1", place.title))
        context = self._context_line(f"Programma {place.programme_number} {place.programme_name}".strip(),
                                     roman(place.goal_number), place.goal_title)
        form.load(activity, "1.", context)
        form.set_read_only(False)
        form.set_plan_frozen(activity.plan_frozen, False)
        for widget in (form.review, form.add_figure, form.remove_figure, form.add_remark_button):
            widget.setEnabled(False)
        form.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stack.setCurrentWidget(form)
        self.autosave.hold()
        self._early_id = activity.id
        return True

    def reload(self) -> None:
        """Read header and tree again (after an import), keeping nothing stale."""
        assert self.workspace is not None
        current = self.current_node()
        keep = current.id if current is not None else None
        self.document_header = self.workspace.document_header()
        header = self.document_header
        self.activity_form.set_scheme(header.status_scheme)
        self.activity_form.set_realisation_label(header.realisation_heading())
        self.activity_form.set_review_labels(header.review_labels)
        self.model.review_labels = header.review_labels
        tree = self.workspace.tree()
        quick, self._quick_tree = self._quick_tree, None
        unchanged = quick == (tree, header.status_scheme)  # the full open found what the quick read showed
        if not unchanged:
            self.model.load(tree, header.status_scheme)
        self._sync_unplaced(header)
        self.setWindowTitle(self.tr("%1 — Verantwoording").replace("%1", header.title))
        if not unchanged:
            self.tree.expandAll()
        first = self.model.activities()
        if unchanged and current is not None:
            self._show_node(current)  # same row, so no current-changed signal fills the form
        elif keep is not None and self.model.node(keep) is not None:
            self.select(keep)
        elif first:
            self.select(first[0].id)
        else:
            self.show_document_form()
        self._update_actions()
        self.structure_changed.emit()

    # -- selection and forms ---------------------------------------------------------

    def current_node(self) -> Node | None:
        return self.model.node_at(self.tree.currentIndex())

    def select(self, node_id: str) -> None:
        index = self.model.index_of(self.resolve(node_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(index)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.flush_pending()
        node = self.model.node_at(current)
        self._show_node(node)
        self._update_actions()

    def _show_node(self, node: Node | None) -> None:
        if self._early_id is not None:
            if self.workspace is None:
                return  # the early form stays (with what was typed) until the store is open
            early, self._early_id = self._early_id, None
            if node is not None and node.id == early and self._finish_early_form(node):
                return
        if node is None or self.workspace is None:
            self.stack.setCurrentWidget(self.placeholder)
            return
        if node.kind == ACTIVITY:
            try:
                activity = self.workspace.activity(node.id)
            except UserError as error:
                self.statusBar().showMessage(error.message, 8000)
                return
            goal = node.parent
            programme = goal.parent if goal else None
            context = self._context_text(programme, goal)
            self.activity_form.load(activity, node.label_number(), context)
            self.team.viewing(activity)
            self._apply_editing(node.id, activity.review_state.value)
            self.activity_form.set_plan_frozen(activity.plan_frozen, self._is_coordinator())
            self.activity_form.set_past(self.workspace.store.past_entries(lines_of(activity)))
            self.stack.setCurrentWidget(self.activity_form)
        elif node.kind == GOAL:
            intros = self._load_intros()
            default = self.document_header.goal_intro if self.document_header else ""
            self.goal_form.load(node.id, node.label_number(), node.title, intros.get(node.id, ""), default)
            self.stack.setCurrentWidget(self.goal_form)
        elif node.kind == PROGRAMME:
            from ..domain.blocktext import EMPTY

            intros = self._load_intros()
            self.programme_form.load(node.id, node.number, node.title, intros.get(node.id, EMPTY))
            goals = [(goal.id, f"{goal.label_number()} {goal.title}") for goal in node.children]
            year = self.document_header.year if self.document_header else 0
            try:
                self.programme_form.chapter.load(self.workspace, node.id, goals, year, self.may_edit(node.id))
            except UserError as error:
                self.statusBar().showMessage(error.message, 8000)
            self.stack.setCurrentWidget(self.programme_form)

    def _finish_early_form(self, node: Node) -> bool:
        """The store is open: the form filled before it keeps its text and cursor and gets what only the store
        knows (may this user edit it, frozen plan, earlier years, the checks). False: load it as usual."""
        assert self.workspace is not None
        form = self.activity_form
        if form.activity_id != node.id:
            return False
        try:
            activity = self.workspace.activity(node.id)
        except UserError:
            return False
        if not form.has_pending() and activity.revision != form.revision:
            return False  # changed on disk between the quick read and the open: show what is stored now
        self._apply_editing(node.id, activity.review_state.value)
        form.set_plan_frozen(activity.plan_frozen, self._is_coordinator())
        form.set_past(self.workspace.store.past_entries(lines_of(activity)))
        form.set_remarks(activity.opmerkingen)
        self.stack.setCurrentWidget(form)
        self.writing_aids.check_current()
        self._kept_early = node.id
        return True

    def _context_text(self, programme: Node | None, goal: Node | None) -> str:
        return self._context_line(programme.display() if programme is not None else None,
                                  goal.label_number() if goal is not None else None, goal.title if goal else "")

    def _context_line(self, programme: str | None, goal_number: str | None, goal_title: str) -> str:
        parts = []
        if programme is not None:
            parts.append(programme)
        if goal_number is not None:
            parts.append(self.tr("Hoofddoel %1: %2").replace("%1", goal_number).replace("%2", goal_title))
        return " › ".join(parts)

    def _load_intros(self) -> dict[str, Any]:
        """Goal and programme intros: not in the tree rows, read once from the document."""
        if self._intros is None:
            assert self.workspace is not None
            document = self.workspace.document()
            intros: dict[str, Any] = {}
            for programme in document.programmes:
                intros[programme.id] = programme.intro
                for goal in programme.goals:
                    intros[goal.id] = goal.intro
            self._intros = intros
        return self._intros

    def goal_intro(self, goal_id: str) -> str:
        return str(self._load_intros().get(goal_id, ""))

    def show_document_form(self) -> None:
        if self.workspace is None:
            return
        self.flush_pending()
        self.document_form.load(self.workspace.document_header())
        self.tree.selectionModel().clearCurrentIndex()
        self.tree.clearSelection()
        self.stack.setCurrentWidget(self.document_form)
        self.document_form.year.setFocus()

    def _focus_form(self) -> None:
        page = self.stack.currentWidget()
        if not self._forms_built:
            return
        if page is self.activity_form:
            self.activity_form.title.setFocus()
        elif page is self.goal_form:
            self.goal_form.title.setFocus()
        elif page is self.programme_form:
            self.programme_form.name.setFocus()
        elif page is self.document_form:
            self.document_form.year.setFocus()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if hasattr(new, "toggle_bullets"):  # a block text editor
            self.format_actions.set_editor(new)
        elif new is not None and not isinstance(new, QToolBar) and new.window() is self:
            self.format_actions.set_editor(None)

    def _update_actions(self) -> None:
        node = self.current_node()
        has = self.workspace is not None
        kind = node.kind if node else None
        self.add_activity_action.setEnabled(has and kind in (GOAL, ACTIVITY))
        self.add_goal_action.setEnabled(has and kind in (PROGRAMME, GOAL, ACTIVITY))
        self.add_programme_action.setEnabled(has)
        self.delete_action.setEnabled(has and kind in (GOAL, ACTIVITY))
        self.tree_delete.setEnabled(has and kind in (GOAL, ACTIVITY))
        self.rename_action.setEnabled(has and node is not None)
        self.up_action.setEnabled(has and kind in (GOAL, ACTIVITY))
        self.down_action.setEnabled(has and kind in (GOAL, ACTIVITY))
        for action in (self.search_action, self.save_action, self.preview_action, self.copy_chapter_action,
                       self.copy_selection_action,
                       *self.export_actions.values()):
            action.setEnabled(has)
        # structure, replace and imports change the document: only a coordinator with a writable database
        coordinator = self._is_coordinator()
        for action in (self.replace_action, self.document_action, self.import_text_action, self.import_xlsx_action,
                       self.paste_activities_action):
            action.setEnabled(has and coordinator)
        self.chapter_actions.update_actions()
        if not coordinator:
            for action in (self.add_activity_action, self.add_goal_action, self.add_programme_action,
                           self.delete_action, self.tree_delete,
                           self.rename_action, self.up_action, self.down_action):
                action.setEnabled(False)
        self.tree.setDragEnabled(has and coordinator)
        self.import_activity_action.setEnabled(has and kind == ACTIVITY and self.may_edit(node.id if node else None))
        if hasattr(self, "collaboration"):
            self.collaboration.update()
        if hasattr(self, "year_actions"):
            self.year_actions.update()

    # -- autosave ------------------------------------------------------------------

    def flush_pending(self) -> bool:
        """Write every pending edit now; False when that failed (the text stays on screen)."""
        return self.autosave.flush()

    def save_now(self) -> None:
        if self.autosave.flush() and self.autosave.last_saved is None:
            self._show_saved(datetime.now())

    def _commit(self) -> bool:
        if self.workspace is None or not self._forms_built:
            return False
        wrote = False
        form = self.activity_form
        if form.has_pending() and form.activity_id is not None:
            changes, figures = form.take_pending()
            try:
                activity = None
                if changes:
                    activity = (self.team.save_activity(form, changes) if self.team.active else
                                self.workspace.save_activity(form.activity_id, changes,
                                                             expected_revision=form.revision))
                    form.revision = activity.revision
                if figures is not None:
                    self.workspace.save_kengetallen(form.activity_id, figures)
                    activity = self.workspace.activity(form.activity_id)
                    form.revision = activity.revision
            except UserError:
                form.restore_pending(changes, figures)
                raise
            if activity is not None:
                self._activity_saved(activity)
                wrote = True
        if self.goal_form.has_pending() and self.goal_form.goal_id:
            changes = self.goal_form.take_pending()
            if changes:
                self.workspace.update_goal(self.goal_form.goal_id, changes)
                if "title" in changes:
                    self.model.rename(self.goal_form.goal_id, changes["title"])
                if "intro" in changes and self._intros is not None:
                    self._intros[self.goal_form.goal_id] = changes["intro"]
                wrote = True
        if self.programme_form.has_pending() and self.programme_form.programme_id:
            pid = self.programme_form.programme_id
            changes = self.programme_form.take_pending()
            if changes:
                self.workspace.update_programme(pid, changes)
                node = self.model.node(pid)
                if node is not None:
                    self.model.rename(pid, changes.get("name", node.title), changes.get("number", node.number))
                if "intro" in changes and self._intros is not None:
                    self._intros[pid] = changes["intro"]
                wrote = True
        if self.programme_form.chapter.has_pending() and self.programme_form.chapter.flush():
            wrote = True
            self.chapter_changed.emit()
        if self.document_form.has_pending():
            changes = self.document_form.take_pending()
            if changes:
                header = self.workspace.update_document(changes)
                self.document_header = header
                self.document_form.heading.setText(header.title)
                self.setWindowTitle(self.tr("%1 — Verantwoording").replace("%1", header.title))
                if "status_scheme" in changes:
                    self.model.set_scheme(header.status_scheme)
                    self.activity_form.set_scheme(header.status_scheme)
                self.activity_form.set_realisation_label(header.realisation_heading())
                self.activity_form.set_review_labels(header.review_labels)
                self.model.review_labels = header.review_labels
                self.structure_changed.emit()
                wrote = True
        return wrote

    def _activity_saved(self, activity: Activiteit) -> None:
        self.model.update_activity(
            activity.id, title=activity.title, status=activity.status, owner=activity.owner,
            review_state=activity.review_state.value, has_realisation=not activity.realisation.is_empty,
            plan_words=activity.plan.word_count(), realisation_words=activity.realisation.word_count(),
            updated_at=activity.updated_at, updated_by=activity.updated_by, deadline=activity.deadline,
        )
        self.activity_form.apply_saved(activity)
        if activity.id == self.activity_form.activity_id:
            self._apply_editing(activity.id, activity.review_state.value)  # vastgesteld locks the form at once
            self.activity_form.set_plan_frozen(activity.plan_frozen, self._is_coordinator())
        self.activity_saved.emit(activity)

    def _show_saved(self, when: datetime) -> None:
        time = QLocale().toString(when.time(), "HH:mm")
        self.saved_label.setText(self.tr("Opgeslagen om %1").replace("%1", time))

    def _pending_changed(self, pending: bool) -> None:
        if pending:
            self.saved_label.setText(self.tr("Wijzigingen worden opgeslagen…"))

    def _save_failed(self, message: str) -> None:
        self.saved_label.setText(self.tr("Niet opgeslagen!"))
        copy = self.write_emergency_copy(message)
        where = (self.tr("\n\nEen noodkopie van uw tekst staat in %1.").replace("%1", str(copy)) if copy else "")
        _dialogs().warn(self, self.tr("Opslaan is mislukt: %1\n\nUw tekst staat nog op het scherm. Het programma "
                                      "probeert het elke paar seconden opnieuw; u kunt gewoon doorwerken.")
                        .replace("%1", message) + where)

    def write_emergency_copy(self, reason: str) -> Path | None:
        """Unsaved edits of the open activity to a file elsewhere; the path, or None when there are none."""
        form = self.activity_form if self._forms_built else None
        if form is None or not form.has_pending() or form.activity_id is None:
            return None
        changes, figures = form.take_pending()
        form.restore_pending(changes, figures)
        from ..services.emergency import write_emergency_copy

        edits = dict(changes)
        if figures is not None:
            edits["kengetallen"] = "; ".join(f"{k.label}: {k.realised}" for k in figures)
        node = self.model.node(form.activity_id)
        try:
            return write_emergency_copy({form.activity_id: edits},
                                        titles={form.activity_id: node.title if node else form.activity_id},
                                        reason=reason)
        except UserError:
            return None

    # -- editor context for undo commands ----------------------------------------------

    def resolve(self, node_id: str) -> str:
        seen = set()
        while node_id in self._aliases and node_id not in seen:
            seen.add(node_id)
            node_id = self._aliases[node_id]
        return node_id

    def alias(self, old_id: str, new_id: str) -> None:
        current = self.resolve(old_id)
        if current != new_id:
            self._aliases[current] = new_id

    def save_many(self, changes: dict[str, dict[str, Any]]) -> list[Activiteit]:
        """Save changes to many activities in one transaction (replace all), then update tree and form."""
        assert self.workspace is not None
        self.flush_pending()
        saved = self.workspace.save_activities(changes)
        for activity in saved:
            self._activity_saved(activity)
        return saved

    def refresh_activity(self, activity: Activiteit) -> None:
        """Another part of the program changed this activity (a merge): show it in tree and form."""
        self._activity_saved(activity)

    def take_plan(self, activity_id: str, plan: Any) -> None:
        """Take a text from the activity's lineage as its plan, as one undoable step."""
        self.flush_pending()
        if self.workspace is None:
            return
        old = self.workspace.activity(activity_id).plan
        if old != plan:
            self.undo_stack.push(_undo().SetFieldCommand(self, activity_id, "plan", old, plan))

    def save_fields(self, activity_id: str, changes: dict[str, Any]) -> Activiteit:
        assert self.workspace is not None
        self.flush_pending()
        activity = self.workspace.save_activity(activity_id, changes)
        self._activity_saved(activity)
        return activity

    def activity_inserted(self, goal_id: str, position: int, activity: Activiteit) -> None:
        node = activity_node(_tree_row(activity))
        self.model.insert_node(goal_id, position, node)
        self.structure_changed.emit()

    def node_removed(self, node_id: str) -> None:
        current = self.current_node()
        ancestors = set()
        while current is not None:
            ancestors.add(current.id)
            current = current.parent
        if node_id in ancestors:
            self.autosave.discard()
            self.activity_form.clear()
            self.stack.setCurrentWidget(self.placeholder)
        self.model.remove_node(node_id)
        self.structure_changed.emit()

    def programme_inserted(self, position: int, programme_id: str, number: str, name: str) -> None:
        self._intros = None
        self.model.insert_node("", position, Node(PROGRAMME, programme_id, name, number=number))
        self.structure_changed.emit()

    def goal_inserted(self, programme_id: str, position: int, goal_id: str, title: str,
                      activities: Sequence[Activiteit]) -> None:
        node = Node(GOAL, goal_id, title)
        for activity in activities:
            child = activity_node(_tree_row(activity))
            child.parent = node
            node.children.append(child)
        self.model.insert_node(programme_id, position, node)
        self.tree.expand(self.model.index_of(goal_id))
        self.structure_changed.emit()

    # -- structure editing ---------------------------------------------------------------

    def _field_command(self, field: str, old: Any, new: Any) -> None:
        if self.activity_form.activity_id:
            self.undo_stack.push(_undo().SetFieldCommand(self, self.activity_form.activity_id, field, old, new))

    def add_activity(self, title: str | None = None) -> None:
        node = self.current_node()
        if node is None or node.kind not in (GOAL, ACTIVITY):
            return
        self.flush_pending()
        goal = node if node.kind == GOAL else node.parent
        assert goal is not None
        position = len(goal.children) if node.kind == GOAL else node.row() + 1
        title = title or self.tr("Nieuwe activiteit")
        self.undo_stack.push(_undo().AddActivityCommand(self, goal.id, title, position))
        self.activity_form.title.setFocus()
        self.activity_form.title.selectAll()

    def add_goal(self, title: str | None = None) -> None:
        node = self.current_node()
        if node is None:
            return
        self.flush_pending()
        programme = node
        while programme.kind != PROGRAMME and programme.parent is not None:
            programme = programme.parent
        position = len(programme.children)
        if node.kind == GOAL:
            position = node.row() + 1
        elif node.kind == ACTIVITY and node.parent is not None:
            position = node.parent.row() + 1
        self.undo_stack.push(_undo().AddGoalCommand(self, programme.id, title or self.tr("Nieuw hoofddoel"), position))
        self.goal_form.title.setFocus()
        self.goal_form.title.selectAll()

    def add_programme(self, name: str | None = None) -> None:
        """A new, empty programme at the end, numbered after the highest programme number."""
        if self.workspace is None:
            return
        self.flush_pending()
        programmes = self.model.programmes()
        numbers = [int(p.number) for p in programmes if p.number.strip().isdigit()]
        number = str(max(numbers, default=0) + 1)
        self.undo_stack.push(_undo().AddProgrammeCommand(self, number, name or self.tr("Nieuw programma"),
                                                         len(programmes)))
        self.programme_form.name.setFocus()
        self.programme_form.name.selectAll()

    def delete_selected(self, confirmed: bool = False) -> None:
        node = self.current_node()
        if node is None or node.kind not in (GOAL, ACTIVITY):
            return
        if node.kind == ACTIVITY:
            question = self.tr("Activiteit %1 '%2' verwijderen?\n\nU kunt dit ongedaan maken met Ctrl+Z.")
        else:
            question = self.tr("Hoofddoel %1 '%2' met al zijn activiteiten verwijderen?\n\nU kunt dit ongedaan "
                               "maken met Ctrl+Z.")
        question = question.replace("%1", node.label_number()).replace("%2", node.title)
        if not confirmed and not _dialogs().confirm(self, self.tr("Verwijderen"), question):
            return
        self.flush_pending()
        if node.kind == ACTIVITY:
            self.undo_stack.push(_undo().DeleteActivityCommand(self, node.id, node.title))
        else:
            if not self.backup_before_bulk_change(len(node.children)):
                return
            self.undo_stack.push(_undo().DeleteGoalCommand(self, node.id))

    def backup_before_bulk_change(self, activities: int) -> bool:
        """A change to more than one activity makes a backup first; False (and a message) when it failed."""
        if self.workspace is None:
            return False
        try:
            self.workspace.backup_before_bulk_change(activities)
        except UserError as error:
            _dialogs().warn(self, self.tr("Er is niets gewijzigd: %1").replace("%1", error.message),
                            self.tr("Reservekopie"))
            return False
        return True

    def rename_selected(self) -> None:
        node = self.current_node()
        if node is None:
            return
        self._focus_form()
        editor = self.stack.currentWidget()
        field = getattr(editor, "title", None) or getattr(editor, "name", None)
        if field is not None:
            field.selectAll()

    def move_selected(self, step: int) -> None:
        node = self.current_node()
        if node is None or node.parent is None or node.kind not in (GOAL, ACTIVITY):
            return
        row = node.row()
        parent = node.parent
        target_parent, position = parent, row + step
        if node.kind == ACTIVITY and not 0 <= position < len(parent.children):
            # over the edge of the goal: into the neighbouring goal
            programme = parent.parent
            assert programme is not None
            goal_row = parent.row() + step
            if not 0 <= goal_row < len(programme.children):
                return
            target_parent = programme.children[goal_row]
            position = len(target_parent.children) if step < 0 else 0
        elif not 0 <= position < len(parent.children):
            return
        self._move(node, target_parent.id, position)

    def _move_requested(self, kind: str, node_id: str, parent_id: str, position: int) -> None:
        node = self.model.node(node_id)
        if node is not None:
            # after the drop has finished: the view must not see the model change under it
            QTimer.singleShot(0, lambda: self._move(node, parent_id, position))

    def _move(self, node: Node, parent_id: str, position: int) -> None:
        assert node.parent is not None
        self.flush_pending()
        self.undo_stack.push(_undo().MoveCommand(self, node.kind, node.id, node.parent.id, node.row(), parent_id, position))
        self.structure_changed.emit()

    # -- remarks ---------------------------------------------------------------------------

    def _add_remark(self, text: str) -> None:
        if self.workspace is None or self.activity_form.activity_id is None:
            return
        remark = self.workspace.add_remark(self.activity_form.activity_id, text)
        self.activity_form.add_remark_item(remark)

    def _resolve_remark(self, remark_id: str, resolved: bool) -> None:
        if self.workspace is not None:
            self.workspace.set_remark_resolved(remark_id, resolved)

    # -- other windows --------------------------------------------------------------------

    def show_search(self, replace: bool = False) -> None:
        if self.workspace is None:
            return
        self.flush_pending()
        if self._search_dialog is None:
            from .search_dialog import SearchDialog

            self._search_dialog = SearchDialog(self)
        self._search_dialog.show_for(replace=replace)

    def _sync_unplaced(self, header: Document) -> None:
        """Unplaced text is never invisible: its panel opens whenever the document has some."""
        dock = self._docks.get("unplaced")
        if dock is None and header.unplaced.is_empty:
            return
        if dock is None:
            self.toggle_dock("unplaced")
            return
        dock.widget().load(header.unplaced)
        if not header.unplaced.is_empty:
            dock.show()

    def paste_plain(self) -> None:
        """Plakken als platte tekst in the text field that has focus (a block text editor drops all formatting)."""
        widget = QApplication.focusWidget()
        if widget is None or widget.window() is not self:
            return
        if hasattr(widget, "paste_plain"):
            widget.paste_plain()
        elif hasattr(widget, "paste") and hasattr(widget, "isReadOnly") and not widget.isReadOnly():
            widget.paste()  # line edits and the internal note hold plain text anyway

    def toggle_dock(self, name: str) -> None:
        dock = self._docks.get(name)
        if dock is None:
            from .overview import make_overview_dock, make_progress_dock
            from .unplaced_panel import make_unplaced_dock

            maker = {"overview": make_overview_dock, "unplaced": make_unplaced_dock}.get(name, make_progress_dock)
            dock = maker(self)
            if name == "unplaced" and self.document_header is not None:
                dock.widget().load(self.document_header.unplaced)
            self._docks[name] = dock
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea if name == "overview"
                               else Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.show()
            dock.widget().setFocus()
            return
        dock.setVisible(not dock.isVisible())
        if dock.isVisible():
            dock.widget().setFocus()

    def show_about(self) -> None:
        from .about_dialog import AboutDialog

        AboutDialog(self).exec()

    def show_manual(self) -> None:
        _dialogs().ManualDialog(self).exec()

    def show_preview(self) -> None:
        if self.workspace is None:
            return
        self.flush_pending()
        from ..formats.html_export import chapter_html
        from .preview_dialog import PreviewDialog

        document = self.workspace.document()
        PreviewDialog(chapter_html(document, preview=True), self, suggested_name=f"{document.title}.pdf").exec()

    def copy_chapter(self) -> None:
        if self.workspace is None:
            return
        self.flush_pending()
        from PySide6.QtCore import QMimeData

        from ..domain.selection import select
        from ..formats.html_export import clipboard_content
        from .export_dialog import selection_for

        selection, label = selection_for(self.current_node() if self._selection_scoped else None)
        content = clipboard_content(select(self.workspace.document(), selection))
        data = QMimeData()
        data.setHtml(content.html)
        data.setText(content.text)
        QApplication.clipboard().setMimeData(data)
        what = label or self.tr("Het hoofdstuk")
        self.statusBar().showMessage(self.tr("%1 staat op het klembord; plak het in Word.").replace("%1", what), 6000)

    def copy_selection(self) -> None:
        """Copy only the programme, goal or activity selected in the tree (context menu)."""
        self._selection_scoped = True
        try:
            self.copy_chapter()
        finally:
            self._selection_scoped = False

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

    # -- files ----------------------------------------------------------------------------

    def choose_database(self) -> None:
        folder = str(Path(self.workspace.location).parent) if self.workspace else ""
        path = _dialogs().ask_open_database(self, folder)
        if path is not None:
            self.open_database(path)

    def new_database(self) -> None:
        path = _dialogs().ask_new_database(self)
        if path is None:
            return
        if path.exists():
            _dialogs().warn(self, self.tr("Het bestand '%1' bestaat al. Kies een nieuwe naam.").replace("%1", path.name))
            return
        year = datetime.now().year - 1  # jaarstukken are written over the past year; the document form changes it
        if self.open_database(path, create=lambda workspace: workspace.create_empty_document(year)):
            self.show_document_form()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.get(S.RECENT)
        if not recent:
            action = self.recent_menu.addAction(self.tr("(nog geen)"))
            action.setEnabled(False)
            return
        for number, path in enumerate(recent, start=1):
            label = f"&{number} {Path(path).name}" if number < 10 else Path(path).name
            action = self.recent_menu.addAction(label)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_database(Path(p)))

    def set_language(self, language: str) -> None:
        self.settings.set(S.LANGUAGE, language)
        self.settings.sync()
        for key, action in self.language_actions.items():
            action.setChecked(key == language)
        _dialogs().inform(self, self.tr("De nieuwe taal geldt na het opnieuw starten van Verantwoording."))

    def ask_user_name(self) -> None:
        name = _dialogs().ask_text(self, self.tr("Uw naam"), self.tr("Uw naam zoals die bij 'Eigenaar' staat:"),
                                self.user_name)
        name = (name or "").strip()
        if name:
            self.user_name = name
            self.settings.set(S.USER_NAME, name)
            self.settings.sync()
            if self.workspace is not None:
                self.workspace.author = name  # from now on changes are stamped with this name

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush_pending():
            copy = self.write_emergency_copy(self.tr("afsluiten terwijl opslaan mislukte"))
            question = self.tr("Niet alle wijzigingen konden worden opgeslagen. Toch afsluiten?")
            if copy is not None:
                question += self.tr("\n\nEen noodkopie staat in %1.").replace("%1", str(copy))
            if not _dialogs().confirm(self, self.tr("Afsluiten"), question):
                event.ignore()
                return
        self.save_state()
        self.team.detach()
        if self._forms_built:  # closed before the forms were built (during start-up): no writing aids yet
            self.writing_aids.shutdown()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        if self._session is not None:
            self._session.close()
        event.accept()


def _tree_row(activity: Activiteit) -> SimpleNamespace:
    """The fields of a tree row, from a full activity (after an insert or restore)."""
    return SimpleNamespace(
        id=activity.id, title=activity.title, status=activity.status, owner=activity.owner,
        review_state=activity.review_state.value, has_realisation=not activity.realisation.is_empty,
        plan_words=activity.plan.word_count(), realisation_words=activity.realisation.word_count(),
        updated_at=activity.updated_at, updated_by=activity.updated_by, deadline=activity.deadline,
    )
