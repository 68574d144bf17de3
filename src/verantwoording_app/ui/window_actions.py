"""The main window's actions in one table: id, Dutch text (tr), shortcut, handler, when it is enabled;
and the menus, the toolbar and the tree's context menu, each a list of action ids.

The window builds its actions from :data:`ACTIONS` once (:func:`install`) and asks :func:`update` after
every change of selection, database or rights; what an action does is the window's (or its helpers'),
what it is called and when it may be used is written here, once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from ..services.editor import ACTIVITY, GOAL, PROGRAMME
from .noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .main_window import MainWindow

SK = QKeySequence.StandardKey
CONTEXT = "MainWindow"
"""The translation context of the texts (the window's own, as before the table)."""


@dataclass(frozen=True, slots=True)
class ActionState:
    """What decides whether an action can be used: computed once per update."""

    open: bool
    """A database is open."""
    kind: str | None
    """The kind of the node selected in the tree (None: none)."""
    coordinator: bool
    """A writable database of the coordinator's own (structure, replace and imports are offered)."""
    may_edit_node: bool
    """This person may edit the selected node (the policy's can_edit)."""


Condition = Callable[[ActionState], bool]


def always(_state: ActionState) -> bool:
    return True


def when_open(state: ActionState) -> bool:
    return state.open


def for_coordinator(state: ActionState) -> bool:
    return state.open and state.coordinator


def structure_on(*kinds: str) -> Condition:
    """The coordinator, with a node of one of these kinds selected (any node when none are given)."""

    def condition(state: ActionState) -> bool:
        return state.open and state.coordinator and state.kind is not None and (not kinds or state.kind in kinds)

    return condition


def on_editable_activity(state: ActionState) -> bool:
    return state.open and state.kind == ACTIVITY and state.may_edit_node


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: str
    text: str
    """The Dutch source text; translated in the context :data:`CONTEXT`."""
    handler: Callable[[MainWindow], object]
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    enabled: Condition = always
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", QT_TRANSLATE_NOOP("MainWindow", "&Nieuw…"), lambda w: w.new_database(), SK.New,
               QT_TRANSLATE_NOOP("MainWindow", "Een nieuwe, lege database maken")),
    ActionSpec("open", QT_TRANSLATE_NOOP("MainWindow", "&Openen…"), lambda w: w.choose_database(), SK.Open,
               QT_TRANSLATE_NOOP("MainWindow", "Een andere Verantwoording-database openen")),
    ActionSpec("save", QT_TRANSLATE_NOOP("MainWindow", "Op&slaan"), lambda w: w.save_now(), SK.Save,
               QT_TRANSLATE_NOOP("MainWindow", "Alle wijzigingen nu opslaan (dat gebeurt ook automatisch)"), when_open),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "A&fsluiten"), lambda w: w.close(), "Ctrl+Q"),
    ActionSpec("search", QT_TRANSLATE_NOOP("MainWindow", "&Zoeken en vervangen…"), lambda w: w.show_search(), SK.Find,
               QT_TRANSLATE_NOOP("MainWindow", "Zoeken in alle titels en teksten, en vervangen"), when_open),
    ActionSpec("replace", QT_TRANSLATE_NOOP("MainWindow", "V&ervangen…"), lambda w: w.show_search(replace=True), "Ctrl+H",
               enabled=for_coordinator),
    ActionSpec("add_activity", QT_TRANSLATE_NOOP("MainWindow", "&Activiteit toevoegen"), lambda w: w.add_activity(), "Ctrl+Shift+N",
               QT_TRANSLATE_NOOP("MainWindow", "Een activiteit toevoegen onder het gekozen hoofddoel"), structure_on(GOAL, ACTIVITY)),
    ActionSpec("add_goal", QT_TRANSLATE_NOOP("MainWindow", "Hoo&fddoel toevoegen"), lambda w: w.add_goal(), "Ctrl+Shift+G",
               enabled=structure_on(PROGRAMME, GOAL, ACTIVITY)),
    ActionSpec("add_programme", QT_TRANSLATE_NOOP("MainWindow", "P&rogramma toevoegen"), lambda w: w.add_programme(), "Ctrl+Shift+P",
               QT_TRANSLATE_NOOP("MainWindow", "Een nieuw programma achteraan het document toevoegen"), for_coordinator),
    ActionSpec("delete", QT_TRANSLATE_NOOP("MainWindow", "&Verwijderen…"), lambda w: w.delete_selected(), "Ctrl+Del",
               QT_TRANSLATE_NOOP("MainWindow", "De gekozen activiteit of het gekozen hoofddoel verwijderen"), structure_on(GOAL, ACTIVITY)),
    ActionSpec("rename", QT_TRANSLATE_NOOP("MainWindow", "&Naam wijzigen"), lambda w: w.rename_selected(), "F2",
               enabled=structure_on()),
    ActionSpec("up", QT_TRANSLATE_NOOP("MainWindow", "Om&hoog verplaatsen"), lambda w: w.move_selected(-1), "Alt+Up",
               enabled=structure_on(GOAL, ACTIVITY)),
    ActionSpec("down", QT_TRANSLATE_NOOP("MainWindow", "Om&laag verplaatsen"), lambda w: w.move_selected(1), "Alt+Down",
               enabled=structure_on(GOAL, ACTIVITY)),
    ActionSpec("document", QT_TRANSLATE_NOOP("MainWindow", "&Documentinstellingen"), lambda w: w.show_document_form(), "Ctrl+Shift+D",
               enabled=for_coordinator),
    ActionSpec("overview", QT_TRANSLATE_NOOP("MainWindow", "&Overzicht"), lambda w: w.toggle_dock("overview"), "Ctrl+Shift+O",
               QT_TRANSLATE_NOOP("MainWindow", "Tabel van alle activiteiten met filters")),
    ActionSpec("progress", QT_TRANSLATE_NOOP("MainWindow", "&Voortgang"), lambda w: w.toggle_dock("progress"), "Ctrl+Shift+R",
               QT_TRANSLATE_NOOP("MainWindow", "Voortgang per programma en hoofddoel")),
    ActionSpec("unplaced", QT_TRANSLATE_NOOP("MainWindow", "Niet &geplaatste tekst"), lambda w: w.toggle_dock("unplaced"), None,
               QT_TRANSLATE_NOOP("MainWindow", "Tekst die het importeren geen plek kon geven")),
    ActionSpec("paste_plain", QT_TRANSLATE_NOOP("MainWindow", "Plakken als platte &tekst"), lambda w: w.paste_plain(), "Ctrl+Shift+V",
               QT_TRANSLATE_NOOP("MainWindow", "Alleen de tekst van het klembord plakken, zonder opmaak")),
    ActionSpec("paste_activities", QT_TRANSLATE_NOOP("MainWindow", "Pla&kken als activiteiten…"), lambda w: w.paste_as_activities(),
               None, QT_TRANSLATE_NOOP("MainWindow", "Gekopieerde tekst (bijvoorbeeld van een webpagina) herkennen als hoofddoelen en "
                                "activiteiten"), for_coordinator),
    ActionSpec("focus_tree", QT_TRANSLATE_NOOP("MainWindow", "Naar de &boom"), lambda w: w.tree.setFocus(), "Ctrl+1"),
    ActionSpec("focus_form", QT_TRANSLATE_NOOP("MainWindow", "Naar het &formulier"), lambda w: w.focus_form(), "Ctrl+2"),
    ActionSpec("focus_realisation", QT_TRANSLATE_NOOP("MainWindow", "Naar de &realisatie"), lambda w: w.focus_realisation(), "Ctrl+3"),
    ActionSpec("preview", QT_TRANSLATE_NOOP("MainWindow", "Voor&beeld van het hoofdstuk…"), lambda w: w.show_preview(), "Ctrl+P",
               enabled=when_open),
    ActionSpec("copy_chapter", QT_TRANSLATE_NOOP("MainWindow", "Hoofdstuk &kopiëren voor Word"), lambda w: w.copy_chapter(),
               "Ctrl+Shift+C", enabled=when_open),
    ActionSpec("manual", QT_TRANSLATE_NOOP("MainWindow", "&Handleiding"), lambda w: w.show_manual(), SK.HelpContents),
    ActionSpec("about", QT_TRANSLATE_NOOP("MainWindow", "&Over Verantwoording"), lambda w: w.show_about()),
    ActionSpec("export_txt", QT_TRANSLATE_NOOP("MainWindow", "P&&C-&tekst (.txt)…"), lambda w: w.export("txt"), enabled=when_open),
    ActionSpec("export_md", QT_TRANSLATE_NOOP("MainWindow", "&Markdown (.md)…"), lambda w: w.export("md"), enabled=when_open),
    ActionSpec("export_docx", QT_TRANSLATE_NOOP("MainWindow", "&Word (.docx)…"), lambda w: w.export("docx"), "Ctrl+E",
               enabled=when_open),
    ActionSpec("export_xlsx", QT_TRANSLATE_NOOP("MainWindow", "&Excel-overzicht (.xlsx)…"), lambda w: w.export("xlsx"), "Ctrl+Shift+E",
               enabled=when_open),
    ActionSpec("export_html", QT_TRANSLATE_NOOP("MainWindow", "We&bsite (map met HTML)…"), lambda w: w.export("html"),
               enabled=when_open),
    ActionSpec("import_text", QT_TRANSLATE_NOOP("MainWindow", "&Tekst of Word-document…"), lambda w: w.import_text(),
               enabled=for_coordinator),
    ActionSpec("import_activity", QT_TRANSLATE_NOOP("MainWindow", "Tekst in deze &activiteit…"), lambda w: w.import_into_activity(),
               None, QT_TRANSLATE_NOOP("MainWindow", "Een (Word-)bestand wordt de realisatie of het plan van de gekozen activiteit"),
               on_editable_activity),
    ActionSpec("import_xlsx", QT_TRANSLATE_NOOP("MainWindow", "&Excel-werkmap (terugleveren)…"), lambda w: w.import_workbook(),
               enabled=for_coordinator),
    ActionSpec("language_nl", QT_TRANSLATE_NOOP("MainWindow", "&Nederlands"), lambda w: w.set_language("nl"), checkable=True),
    ActionSpec("language_en", QT_TRANSLATE_NOOP("MainWindow", "&English"), lambda w: w.set_language("en"), checkable=True),
    ActionSpec("user", QT_TRANSLATE_NOOP("MainWindow", "&Uw naam…"), lambda w: w.ask_user_name()),
    ActionSpec("copy_selection", QT_TRANSLATE_NOOP("MainWindow", "&Selectie kopiëren voor Word"), lambda w: w.copy_selection(),
               "Ctrl+Alt+C", enabled=when_open),
)
"""Every action of the window itself (undo/redo come from the UndoRouter, the chapter's, the collaboration's
and the year's actions from their helpers; they are registered under their ids too)."""

EXPORTS = ("txt", "md", "docx", "xlsx", "html")

SEPARATOR = "-"
Item = Union[str, "Menu"]


@dataclass(frozen=True, slots=True)
class Menu:
    id: str
    text: str
    items: Sequence[Item]


RECENT = "@recent"
"""Bestand › Recent geopend (filled when it opens)."""
FORMAT = "@format"
"""The text editor's format actions (bold, italic, lists, heading)."""

MENUS: tuple[Menu, ...] = (
    Menu("file", QT_TRANSLATE_NOOP("MainWindow", "&Bestand"), (
        "new", "open", RECENT, "save", SEPARATOR,
        Menu("import", QT_TRANSLATE_NOOP("MainWindow", "&Importeren"), (
            "import_text", "import_activity", "import_xlsx", SEPARATOR, "import_finance", "import_policy")),
        Menu("export", QT_TRANSLATE_NOOP("MainWindow", "&Exporteren"), (
            *(f"export_{fmt}" for fmt in EXPORTS), SEPARATOR, "copy_chapter", "copy_selection")),
        "preview", SEPARATOR, "quit")),
    Menu("edit", QT_TRANSLATE_NOOP("MainWindow", "Be&werken"), (
        "undo", "redo", "paste_plain", "paste_activities", SEPARATOR, "search", "replace", SEPARATOR,
        "add_activity", "add_goal", "add_programme", "rename", "up", "down", "delete", SEPARATOR, "document")),
    Menu("format", QT_TRANSLATE_NOOP("MainWindow", "&Opmaak"), (FORMAT,)),
    Menu("view", QT_TRANSLATE_NOOP("MainWindow", "Beel&d"), (
        "overview", "progress", "unplaced", SEPARATOR, "focus_tree", "focus_form", "focus_realisation", SEPARATOR,
        Menu("language", QT_TRANSLATE_NOOP("MainWindow", "&Taal"), ("language_nl", "language_en")), "user")),
    Menu("help", QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("manual", "about")),
)
TOOLBAR: tuple[str, ...] = ("save", "undo", "redo", SEPARATOR, FORMAT, SEPARATOR, "add_activity", "search", "overview")
TREE_MENU: tuple[str, ...] = ("add_activity", "add_goal", "add_programme", "rename", "up", "down", "delete",
                              SEPARATOR, "copy_selection")
"""The tree's context menu (after the Delete key, which works in the tree only)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class WindowActions:
    """The window's actions by id, its menus by id, and when each action is enabled."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.by_id: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._conditions: dict[str, Condition] = {}
        for spec in ACTIONS:
            self.by_id[spec.id] = self._make(spec)
            self._conditions[spec.id] = spec.enabled
        current = window.settings.language()
        for language in ("nl", "en"):
            self.by_id[f"language_{language}"].setChecked(language == current)
        tree_delete = QAction(window)  # Delete in the tree only (in a text field it deletes text)
        tree_delete.setShortcut(QKeySequence(SK.Delete))
        tree_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        tree_delete.triggered.connect(lambda _checked=False: window.delete_selected())
        self.by_id["tree_delete"] = tree_delete
        self._conditions["tree_delete"] = structure_on(GOAL, ACTIVITY)

    def _make(self, spec: ActionSpec) -> QAction:
        window = self.window
        action = QAction(_tr(spec.text), window)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(_tr(spec.tip))
            action.setToolTip(_tr(spec.tip))
        action.setCheckable(spec.checkable)
        handler = spec.handler
        action.triggered.connect(lambda _checked=False: handler(window))
        window.addAction(action)
        return action

    def add(self, action_id: str, action: QAction, enabled: Condition | None = None) -> None:
        """An action made elsewhere (undo, a helper's) under an id the menus can name."""
        self.by_id[action_id] = action
        if enabled is not None:
            self._conditions[action_id] = enabled

    def __getitem__(self, action_id: str) -> QAction:
        return self.by_id[action_id]

    # -- menus, toolbar, context menu ---------------------------------------------------------

    def fill(self, target: QMenu | QToolBar, items: Sequence[Item], format_actions: Sequence[QAction]) -> None:
        for item in items:
            if isinstance(item, Menu):
                assert isinstance(target, QMenu)
                menu = target.addMenu(_tr(item.text))
                self.menus[item.id] = menu
                self.fill(menu, item.items, format_actions)
            elif item == SEPARATOR:
                target.addSeparator()
            elif item == FORMAT:
                for action in format_actions:
                    target.addAction(action)
            elif item == RECENT:
                assert isinstance(target, QMenu)
                recent = target.addMenu(_tr(QT_TRANSLATE_NOOP("MainWindow", "&Recent geopend")))
                recent.aboutToShow.connect(self.window.fill_recent)
                self.menus["recent"] = recent
            else:
                target.addAction(self.by_id[item])

    def build_menus(self, format_actions: Sequence[QAction]) -> None:
        bar = self.window.menuBar()
        for menu in MENUS:
            created = bar.addMenu(_tr(menu.text))
            self.menus[menu.id] = created
            self.fill(created, menu.items, format_actions)

    def build_toolbar(self, format_actions: Sequence[QAction]) -> QToolBar:
        window = self.window
        toolbar = QToolBar(_tr(QT_TRANSLATE_NOOP("MainWindow", "Werkbalk")), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.fill(toolbar, TOOLBAR, format_actions)
        window.addToolBar(toolbar)
        return toolbar

    def build_tree_menu(self, tree: QWidget) -> None:
        tree.addAction(self.by_id["tree_delete"])
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for item in TREE_MENU:
            if item == SEPARATOR:
                separator = QAction(self.window)
                separator.setSeparator(True)
                tree.addAction(separator)
            else:
                tree.addAction(self.by_id[item])

    # -- enabled --------------------------------------------------------------------------------

    def update(self, state: ActionState) -> None:
        for action_id, condition in self._conditions.items():
            self.by_id[action_id].setEnabled(condition(state))


def state_of(window: Any) -> ActionState:
    """What the actions depend on, read from the window and its editor."""
    node = window.current_node()
    return ActionState(
        open=window.workspace is not None,
        kind=node.kind if node is not None else None,
        coordinator=window.editor.is_coordinator(),
        may_edit_node=window.editor.may_edit(node.id if node is not None else None),
    )
