"""The tree of the quick read at start-up stays when the full open finds the same (issue 20: 10,000 rows
are not built and expanded twice), and is replaced when the database changed in between."""

from __future__ import annotations

from pathlib import Path

from verantwoording_app.services.quickopen import quick_view
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.ui.main_window import MainWindow
from verantwoording_app.ui.settings import Settings


def _window(qtbot, settings: Settings) -> MainWindow:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import open_fresh

    window = MainWindow(settings, opener=open_fresh, user_name="test")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_quick_tree_stays_and_the_form_is_filled(qtbot, settings: Settings, db_path: Path, modal) -> None:  # type: ignore[no-untyped-def]
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


def test_a_changed_database_replaces_the_quick_tree(qtbot, settings: Settings, db_path: Path, modal) -> None:  # type: ignore[no-untyped-def]
    workspace = Workspace.open_default(db_path, author="test")
    view = quick_view(db_path)
    assert view is not None
    first_id = view.tree[0].goals[0].activities[0].id
    workspace.store.update_activity(first_id, {"title": "Intussen hernoemd"}, "test")
    workspace.close()
    window = _window(qtbot, settings)
    window.show_quick_tree(view)
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    assert window.open_database(db_path)
    assert resets == [1]
    assert window.model.node(first_id).title == "Intussen hernoemd"
    assert window.activity_form.title.text() == "Intussen hernoemd"
