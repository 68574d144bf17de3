"""Runs the real app (``app.main``) as a user would for one session, then quits through Bestand › Afsluiten.

Started in a subprocess by test_exit.py: type in a realisation, copy the chapter for Word
(Python-made data on the clipboard), open the overview and the progress panel, save, quit.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from verantwoording_app import app
from verantwoording_app.ui import main_window


def _session(window: main_window.MainWindow) -> None:
    editor = window.activity_form.realisation
    editor.setFocus()
    QTest.keyClicks(editor, "Nog een zin. ")
    window.copy_chapter()
    window.toggle_dock("overview")
    window.toggle_dock("progress")
    window.action("save").trigger()
    QTimer.singleShot(10, window.action("quit").trigger)


def _install() -> None:
    original = main_window.MainWindow.__init__

    def init(self: main_window.MainWindow, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        self.workspace_opened.connect(lambda: QTimer.singleShot(0, lambda: _session(self)))

    main_window.MainWindow.__init__ = init  # type: ignore[method-assign]


if __name__ == "__main__":
    _install()
    sys.exit(app.main(sys.argv[1:]))
