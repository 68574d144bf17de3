"""Formatting actions (bold, italic, lists, sub-heading) that act on whichever block text editor has focus.

Kept apart from the editor so the main window can build its menus before the
editor classes are loaded.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QToolBar, QWidget


class FormatActions(QObject):
    """Bold, italic, bullets, numbered list and sub-heading actions for whichever editor has focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._editor: Any = None
        self.bold = self._action(self.tr("&Vet"), "Ctrl+B", self.tr("Vet (Ctrl+B)"), lambda e: e.toggle_bold())
        self.italic = self._action(self.tr("&Cursief"), "Ctrl+I", self.tr("Cursief (Ctrl+I)"), lambda e: e.toggle_italic())
        self.bullets = self._action(
            self.tr("&Opsommingstekens"), "Ctrl+Shift+8", self.tr("Opsomming (Ctrl+Shift+8)"),
            lambda e: e.toggle_bullets(),
        )
        self.numbered = self._action(
            self.tr("&Nummering"), "Ctrl+Shift+7", self.tr("Genummerde lijst (Ctrl+Shift+7)"),
            lambda e: e.toggle_numbered(),
        )
        self.heading = self._action(
            self.tr("&Tussenkop"), "Ctrl+Alt+4", self.tr("Tussenkop (Ctrl+Alt+4)"), lambda e: e.toggle_heading()
        )
        bold_font = QFont()
        bold_font.setBold(True)
        self.bold.setFont(bold_font)
        italic_font = QFont()
        italic_font.setItalic(True)
        self.italic.setFont(italic_font)
        self.bold.setIconText(self.tr("V", "toolbar: bold"))
        self.italic.setIconText(self.tr("C", "toolbar: italic"))
        self.bullets.setIconText("\u2022 " + self.tr("Lijst"))
        self.numbered.setIconText("1. " + self.tr("Lijst"))
        self.heading.setIconText(self.tr("Kop"))
        for action in (self.bold, self.italic):
            action.setCheckable(True)
        self.set_editor(None)

    def _action(self, text: str, shortcut: str, tip: str, handler: Callable[[Any], object]) -> QAction:
        action = QAction(text, self.parent())
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: self._run(handler))
        return action

    def _run(self, handler: Callable[[Any], object]) -> None:
        if self._editor is not None:
            handler(self._editor)
        self.show_state()

    def actions(self) -> list[QAction]:
        return [self.bold, self.italic, self.bullets, self.numbered, self.heading]

    def set_editor(self, editor: Any) -> None:
        if editor is self._editor:
            self.show_state()
            return
        if self._editor is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the old editor may be gone
                self._editor.currentCharFormatChanged.disconnect(self._format_changed)
        self._editor = editor
        if editor is not None:
            editor.currentCharFormatChanged.connect(self._format_changed)
        for action in self.actions():
            action.setEnabled(editor is not None and not editor.isReadOnly())
        self.show_state()

    def _format_changed(self, _fmt: Any = None) -> None:
        self.show_state()

    def show_state(self) -> None:
        """B and I checked when the text at the cursor (or typed next) is bold or italic."""
        editor = self._editor
        self.bold.setChecked(editor is not None and editor.is_bold())
        self.italic.setChecked(editor is not None and editor.is_italic())

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        for action in self.actions():
            toolbar.addAction(action)
