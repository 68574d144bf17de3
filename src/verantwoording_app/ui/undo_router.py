"""One undo for the whole window: the text field's own undo while it has focus, the document's stack otherwise.

* In a text field with focus that has typing to undo, Ongedaan maken undoes that typing
  (the editor's own history, as in Word).
* Everywhere else — and in a text field with nothing (left) to undo — it undoes the last
  document edit on the QUndoStack (status, structure, replace, …).
* The menu item and the toolbar button always say which of the two they will undo, and are
  enabled exactly when there is something; Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z reach this one
  decision on every platform, also inside a text field (which would otherwise keep the keys
  to itself and do nothing when its own history is empty).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

TextField = QTextEdit | QPlainTextEdit | QLineEdit


def redo_shortcuts() -> list[QKeySequence]:
    """Ctrl+Y and Ctrl+Shift+Z everywhere, plus whatever the platform calls redo, each once."""
    sequences = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"),
                 *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    unique: list[QKeySequence] = []
    for sequence in sequences:
        if sequence not in unique:
            unique.append(sequence)
    return unique


def undo_shortcuts() -> list[QKeySequence]:
    sequences = [QKeySequence("Ctrl+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)]
    unique: list[QKeySequence] = []
    for sequence in sequences:
        if sequence not in unique:
            unique.append(sequence)
    return unique


def _text_available(field: TextField, redo: bool) -> bool:
    if field.isReadOnly():
        return False
    if isinstance(field, QLineEdit):
        return field.isRedoAvailable() if redo else field.isUndoAvailable()
    document = field.document()
    return document.isRedoAvailable() if redo else document.isUndoAvailable()


class UndoRouter(QObject):
    """Owns the window's Ongedaan maken / Opnieuw actions and decides, per press, what they do."""

    def __init__(self, window: QWidget, stack: QUndoStack, flush: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.stack = stack
        self.flush = flush
        self._field: TextField | None = None
        self._routed: list[QAction] = []
        """Other window actions whose keys a text field must not keep to itself (Plakken als platte tekst)."""
        self._undone: list[str] = []
        """The targets of the undos done through here, oldest first (for the order of redo)."""
        self.undo_action = QAction(self.tr("&Ongedaan maken"), window)
        self.undo_action.setShortcuts(undo_shortcuts())
        self.redo_action = QAction(self.tr("Opn&ieuw"), window)
        self.redo_action.setShortcuts(redo_shortcuts())
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        self.undo_action.triggered.connect(lambda _checked=False: self.undo())
        self.redo_action.triggered.connect(lambda _checked=False: self.redo())
        # queued: a command whose redo() raises (disk full) must reach the caller of push(), and a Python
        # slot run synchronously inside push() would take the pending exception over
        for signal in (stack.indexChanged, stack.cleanChanged):
            signal.connect(self.update, Qt.ConnectionType.QueuedConnection)
        app = cast("QApplication | None", QApplication.instance())  # the stub says QCoreApplication
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
        self.update()

    # -- which target -----------------------------------------------------------------

    def field(self) -> TextField | None:
        """The text field of this window that has focus, if any."""
        widget = QApplication.focusWidget()
        if isinstance(widget, TextField) and shiboken6.isValid(widget) and widget.window() is self.window:
            return widget
        return None

    def target(self, redo: bool = False) -> str:
        """'text' (the field's own history), 'document' (the stack) or '' (nothing to do).

        Undo takes the text first; redo takes back the most recent undo first, so that
        undo, undo, redo, redo walks the same steps back and forth.
        """
        field = self.field()
        text = field is not None and _text_available(field, redo)
        document = self.stack.canRedo() if redo else self.stack.canUndo()
        if redo and self._undone:
            last = self._undone[-1]
            if last == "document" and document:
                return "document"
            if last == "text" and text:
                return "text"
        if text:
            return "text"
        return "document" if document else ""

    # -- doing ---------------------------------------------------------------------------

    def undo(self) -> None:
        if not self._alive():
            return
        target = self.target()
        field = self.field()
        if target == "text" and field is not None:
            field.undo()
        elif target == "document":
            self.flush()
            self.stack.undo()
        if target:
            self._undone.append(target)
            del self._undone[:-100]
        self.update()

    def redo(self) -> None:
        if not self._alive():
            return
        target = self.target(redo=True)
        field = self.field()
        if target == "text" and field is not None:
            field.redo()
        elif target == "document":
            self.flush()
            self.stack.redo()
        if target and target in self._undone:
            index = len(self._undone) - 1 - self._undone[::-1].index(target)
            del self._undone[index]
        self.update()

    # -- naming --------------------------------------------------------------------------

    def _typing(self) -> str:
        field = self.field()
        name = field.accessibleName() if field is not None else ""
        return self.tr("typen in %1").replace("%1", name.lower()) if name else self.tr("typen")

    def _alive(self) -> bool:
        """False while the window is being torn down (its stack may already be gone)."""
        return shiboken6.isValid(self.stack) and shiboken6.isValid(self.window) and shiboken6.isValid(self)

    def update(self, *_args: Any) -> None:
        if not self._alive():
            return
        for action, redo, base in ((self.undo_action, False, self.tr("&Ongedaan maken")),
                                   (self.redo_action, True, self.tr("Opn&ieuw"))):
            target = self.target(redo)
            if target == "text":
                what = self._typing()
            elif target == "document":
                what = self.stack.redoText() if redo else self.stack.undoText()
            else:
                what = ""
            text = f"{base}: {what}" if what else base
            action.setText(text)
            action.setToolTip(text.replace("&", ""))
            action.setEnabled(bool(target))

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if not self._alive():
            return
        field = self.field()
        if field is self._field:
            self.update()
            return
        if self._field is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._field_signal(self._field).disconnect(self.update)
                self._field.removeEventFilter(self)
        self._field = field
        if field is not None:
            self._field_signal(field).connect(self.update)
            field.installEventFilter(self)  # only the focused field's keys are looked at
        self.update()

    @staticmethod
    def _field_signal(field: TextField) -> Any:
        return field.textChanged if isinstance(field, QLineEdit) else field.document().contentsChanged

    # -- keys ----------------------------------------------------------------------------

    def route_keys(self, action: QAction) -> None:
        """Let ``action``'s shortcut work from inside a text field of the window too."""
        self._routed.append(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let Ctrl+Z/Ctrl+Y reach the actions from inside a text field of this window."""
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, TextField):
            return False
        if watched.window() is not self.window or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in (self.undo_action, self.redo_action, *self._routed):
            if any(pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch for s in action.shortcuts()):
                return True  # not accepted: the window's shortcut (this router) handles the key
        return False
