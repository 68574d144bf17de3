"""A clean exit: everything Qt made for Python is gone before the interpreter ends.

Objects created from Python (a QMimeData on the clipboard, the main window and its
children) run Python code in their destructors. When Qt destroys them only after
Python has shut down — the clipboard keeps its data until the platform plugin is
unloaded, long after ``main`` returned — the process dies at exit (a segfault, or
"Fatal Python error … refcount error in a C extension") after all work was saved.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QThreadPool

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger("verantwoording")

EXPORT_WAIT_MS = 30_000
"""How long quitting waits for an export that is still being written."""


def hand_over_clipboard(app: QApplication) -> bool:
    """Replace clipboard data made by Python with the same formats in data Qt made itself.

    What was copied stays on the clipboard after the program ends (Windows flushes it,
    X11 hands it to the clipboard manager); only its owner changes. True when swapped.
    """
    clipboard = app.clipboard()
    data = clipboard.mimeData()
    if data is None or not shiboken6.isValid(data) or not shiboken6.createdByPython(data):
        return False
    formats = {name: QByteArray(data.data(name)) for name in data.formats()}
    clipboard.setText(data.text())  # Qt creates this QMimeData in C++; ours is deleted now, safely
    replacement = clipboard.mimeData()
    for name, value in formats.items():
        replacement.setData(name, value)
    return True


def shut_down(app: QApplication, window: Any, connections: list[tuple[Any, Any]]) -> None:
    """After the event loop: finish exports, cut the app's signals, delete the window, hand over the clipboard."""
    if not QThreadPool.globalInstance().waitForDone(EXPORT_WAIT_MS):
        log.warning("an export was still running at exit")
    for signal, slot in connections:
        with contextlib.suppress(RuntimeError, TypeError):
            signal.disconnect(slot)
    if window is not None and shiboken6.isValid(window):
        window.hide()
        shiboken6.delete(window)  # with all its children, while Python can still run their destructors
    QCoreApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))
    hand_over_clipboard(app)
