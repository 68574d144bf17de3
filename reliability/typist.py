"""The child process of the crash harness: the real main window, typing into a realisation.

Run by ``reliability.crash``; not for people. Opens the database in the real
MainWindow (offscreen), selects the first activity and types `` w0 w1 w2 …``
at the end of its realisation, one word every ``--every`` ms, through real key
events, so the real form, editor and autosave path do the saving. After each
word is on screen it appends ``<n> <unix time>`` to the journal.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--settings", type=Path, required=True)
    parser.add_argument("--every", type=int, default=40)
    parser.add_argument("--delay", type=int, default=1000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from verantwoording_app.services.workspace import Workspace
    from verantwoording_app.ui import settings as S
    from verantwoording_app.ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    settings = S.Settings.at(args.settings)
    settings.set(S.AUTOSAVE_DELAY, args.delay)
    window = MainWindow(settings, opener=lambda path, **options: Workspace.open(
        path, author="typist", read_only=options.get("read_only", False)))
    window.show()
    if not window.open_database(args.db):
        return 2
    workspace = window.workspace
    assert workspace is not None
    first = workspace.tree()[0].goals[0].activities[0].id
    window.select(first)
    editor = window.activity_form.editor_for("realisation")
    assert editor is not None
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)

    journal = args.journal.open("a", encoding="utf-8", buffering=1)
    journal.write(f"ready {time.time():.6f}\n")
    counter = 0

    def type_word() -> None:
        nonlocal counter
        QTest.keyClicks(editor, f" w{counter}")
        journal.write(f"{counter} {time.time():.6f}\n")
        counter += 1

    timer = QTimer()
    timer.timeout.connect(type_word)
    timer.start(args.every)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
