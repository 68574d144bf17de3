"""The tree of the quick read at start-up stays when the full open finds the same (issue 20: 10,000 rows
are not built and expanded twice), and is replaced when the database changed in between."""

from __future__ import annotations

from typing import TYPE_CHECKING

from verantwoording_app.services.quickopen import quick_view
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path

    from verantwoording_app.ui.settings import Settings


def _window(qtbot, settings: Settings) -> MainWindow:
    from tests.ui.conftest import open_fresh

    window = MainWindow(settings, opener=open_fresh, user_name="test")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_quick_tree_stays_and_the_form_is_filled(qtbot, settings: Settings, db_path: Path, modal) -> None:
    Workspace.open_default(db_path, author="test").close()
    window = _window(qtbot, settings)
    view = quick_view(db_path)
    assert view is not None
    window.show_quick_tree(view)
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    assert window.open_database(db_path)
    assert resets == []
    first = window.model.activities()[0]
    assert window.current_node() is first
    assert window.activity_form.activity_id == first.id
    assert window.activity_form.title.text() == first.title
    assert window.tree.isExpanded(window.model.index_of(first.parent.id))


def test_a_changed_database_replaces_the_quick_tree(qtbot, settings: Settings, db_path: Path, modal) -> None:
    workspace = Workspace.open_default(db_path, author="test")
    view = quick_view(db_path)
    assert view is not None
    first_id = view.tree[0].goals[0].activities[0].id
    workspace._store.update_activity(first_id, {"title": "Intussen hernoemd"}, "test")
    workspace.close()
    window = _window(qtbot, settings)
    window.show_quick_tree(view)
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    assert window.open_database(db_path)
    assert resets == [1]
    assert window.model.node(first_id).title == "Intussen hernoemd"
    assert window.activity_form.title.text() == "Intussen hernoemd"


def _show_quick_tree(window: MainWindow, db_path: Path) -> None:
    view = quick_view(db_path)
    assert view is not None
    window.show_quick_tree(view)


def _stored_realisation(db_path: Path, activity_id: str) -> str:
    import sqlite3

    with sqlite3.connect(db_path) as connection:
        return str(connection.execute("SELECT realisation FROM activities WHERE id = ?", (activity_id,)).fetchone()[0])


def test_typing_before_the_store_opens_is_kept_and_saved_once_it_is(
        qtbot, settings: Settings, db_path: Path, modal) -> None:
    """Issue 20: the window is ready to type before SQLAlchemy has loaded; nothing typed then is lost, and the
    form keeps its text and cursor when the store opens."""
    from PySide6.QtGui import QTextCursor

    Workspace.open_default(db_path, author="test").close()
    window = _window(qtbot, settings)
    assert window.show_early_form(db_path)  # as the app does it: the form first, then the tree
    form = window.activity_form
    assert form.heading.text() == "Programma 1 › Hoofddoel I: Almelo, hier wordt gewerkt"
    _show_quick_tree(window, db_path)
    first = window.model.activities()[0]
    assert (form.activity_id, window.stack.currentWidget()) == (first.id, form)
    assert form.number.text() == first.label_number()
    assert not form.realisation.isReadOnly()
    assert not form.review.isEnabled()
    before = _stored_realisation(db_path, first.id)
    form.realisation.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(form.realisation, " Vroeg getypt.")
    assert not window.flush_pending()  # held: the store is not open yet
    assert _stored_realisation(db_path, first.id) == before
    position = form.realisation.textCursor().position()
    assert window.open_database(db_path)
    assert _stored_realisation(db_path, first.id).rstrip().endswith("Vroeg getypt.")
    assert form.realisation.toPlainText().rstrip().endswith("Vroeg getypt.")
    assert form.realisation.textCursor().position() == position  # not reloaded under the officer's hands
    assert form.review.isEnabled()  # what only the store knows is applied now
    qtbot.keyClicks(form.realisation, " En daarna.")
    assert window.flush_pending()
    assert _stored_realisation(db_path, first.id).rstrip().endswith("Vroeg getypt. En daarna.")


def test_no_early_form_while_another_instance_holds_the_lock(
        qtbot, settings: Settings, db_path: Path, modal) -> None:
    import json
    import os
    import socket
    from datetime import datetime

    from verantwoording_app.services.locking import lock_path

    Workspace.open_default(db_path, author="test").close()
    now = datetime.now().isoformat()
    lock_path(db_path).write_text(json.dumps({"user": "anna", "host": socket.gethostname(), "pid": os.getpid(),
                                              "since": now, "heartbeat": now}), encoding="utf-8")
    window = _window(qtbot, settings)
    assert not window.show_early_form(db_path)
    assert window.stack.currentWidget() is not getattr(window, "activity_form", None)
