"""The window's commands that open something: databases (new, open, recent), the panels (overview,
progress, unplaced text), search, the preview and the clipboard copy, paste as plain text, the language,
the user's name, the manual and About."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from . import settings as S

if TYPE_CHECKING:
    from ..domain.model import Document
    from .main_window import MainWindow


def _dialogs() -> Any:
    from . import dialogs

    return dialogs


class WindowCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.docks: dict[str, QDockWidget] = {}
        self._search_dialog: Any = None

    # -- databases ------------------------------------------------------------------------------

    def choose_database(self) -> None:
        window = self.window
        folder = str(Path(window.workspace.location).parent) if window.workspace else ""
        path = _dialogs().ask_open_database(window, folder)
        if path is not None:
            window.open_database(path)

    def new_database(self) -> None:
        window = self.window
        path = _dialogs().ask_new_database(window)
        if path is None:
            return
        if path.exists():
            _dialogs().warn(window, self.tr("Het bestand '%1' bestaat al. Kies een nieuwe naam.").replace("%1", path.name))
            return
        year = datetime.now().year - 1  # jaarstukken are written over the past year; the document form changes it
        if window.open_database(path, create=lambda workspace: workspace.create_empty_document(year)):
            window.show_document_form()

    def fill_recent(self) -> None:
        window = self.window
        menu = window.actions_table.menus["recent"]
        menu.clear()
        recent = window.settings.get(S.RECENT)
        if not recent:
            action = menu.addAction(self.tr("(nog geen)"))
            action.setEnabled(False)
            return
        for number, path in enumerate(recent, start=1):
            label = f"&{number} {Path(path).name}" if number < 10 else Path(path).name
            action = menu.addAction(label)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: window.open_database(Path(p)))

    # -- panels ---------------------------------------------------------------------------------

    def toggle_dock(self, name: str) -> None:
        window = self.window
        dock = self.docks.get(name)
        if dock is None:
            from .overview import make_overview_dock, make_progress_dock
            from .unplaced_panel import make_unplaced_dock

            maker = {"overview": make_overview_dock, "unplaced": make_unplaced_dock}.get(name, make_progress_dock)
            dock = maker(window)
            if name == "unplaced" and window.document_header is not None:
                dock.widget().load(window.document_header.unplaced)  # type: ignore[attr-defined]
            self.docks[name] = dock
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea if name == "overview"
                                 else Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.show()
            dock.widget().setFocus()
            return
        dock.setVisible(not dock.isVisible())
        if dock.isVisible():
            dock.widget().setFocus()

    def sync_unplaced(self, header: Document) -> None:
        """Unplaced text is never invisible: its panel opens whenever the document has some."""
        dock = self.docks.get("unplaced")
        if dock is None and header.unplaced.is_empty:
            return
        if dock is None:
            self.toggle_dock("unplaced")
            return
        dock.widget().load(header.unplaced)  # type: ignore[attr-defined]
        if not header.unplaced.is_empty:
            dock.show()

    def show_search(self, replace: bool = False) -> None:
        window = self.window
        if window.workspace is None:
            return
        window.flush_pending()
        if self._search_dialog is None:
            from .search_dialog import SearchDialog

            self._search_dialog = SearchDialog(window)
        self._search_dialog.show_for(replace=replace)

    # -- the chapter as a whole ---------------------------------------------------------------

    def show_preview(self) -> None:
        window = self.window
        if window.workspace is None:
            return
        window.flush_pending()
        from .preview_dialog import PreviewDialog

        html, name = window.editor.preview()
        PreviewDialog(html, window, suggested_name=name).exec()

    def copy_chapter(self, selected_only: bool = False) -> None:
        """The chapter (or only what is selected in the tree) on the clipboard, as HTML and text for Word."""
        window = self.window
        if window.workspace is None:
            return
        window.flush_pending()
        from .export_dialog import selection_for

        selection, label = selection_for(window.current_node() if selected_only else None)
        content = window.editor.clipboard(selection)
        data = QMimeData()
        data.setHtml(content.html)
        data.setText(content.text)
        QApplication.clipboard().setMimeData(data)
        what = label or self.tr("Het hoofdstuk")
        window.statusBar().showMessage(self.tr("%1 staat op het klembord; plak het in Word.").replace("%1", what), 6000)

    def paste_plain(self) -> None:
        """Plakken als platte tekst in the text field that has focus (a block text editor drops all formatting)."""
        widget: Any = QApplication.focusWidget()
        if widget is None or widget.window() is not self.window:
            return
        if hasattr(widget, "paste_plain"):
            widget.paste_plain()
        elif hasattr(widget, "paste") and hasattr(widget, "isReadOnly") and not widget.isReadOnly():
            widget.paste()  # line edits and the internal note hold plain text anyway

    # -- settings and help ----------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        window = self.window
        window.settings.set(S.LANGUAGE, language)
        window.settings.sync()
        for key in ("nl", "en"):
            window.action(f"language_{key}").setChecked(key == language)
        _dialogs().inform(window, self.tr("De nieuwe taal geldt na het opnieuw starten van Verantwoording."))

    def ask_user_name(self) -> None:
        window = self.window
        name = _dialogs().ask_text(window, self.tr("Uw naam"), self.tr("Uw naam zoals die bij 'Eigenaar' staat:"),
                                   window.user_name)
        name = (name or "").strip()
        if name:
            window.user_name = name
            window.settings.set(S.USER_NAME, name)
            window.settings.sync()
            if window.workspace is not None:
                window.workspace.author = name  # from now on changes are stamped with this name

    def show_about(self) -> None:
        from .about_dialog import AboutDialog

        AboutDialog(self.window).exec()

    def show_manual(self) -> None:
        _dialogs().ManualDialog(self.window).exec()
