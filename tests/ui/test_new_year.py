"""The window after a rollover: frozen plans, the unfreeze button, the new-year dialog, the lineage view."""

from __future__ import annotations

from pathlib import Path

import pytest

from verantwoording_app.services import rollover
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.ui.main_window import MainWindow


@pytest.fixture
def rolled(tmp_path: Path, workspace: Workspace) -> Path:
    """The sample rolled to jaarstukken 2023 (plans frozen)."""
    assert workspace.store.path is not None
    out = tmp_path / "jaarstukken-2023.vwdb"
    source = rollover.read_source(workspace.store.path)
    rollover.write_new_year(source, rollover.plan(source, rollover.options_for("jaarstukken", 2023)), out,
                            author="test")
    return out


@pytest.fixture
def rolled_window(qtbot, settings, rolled: Path, modal) -> MainWindow:  # type: ignore[no-untyped-def]
    from .conftest import open_fresh

    win = MainWindow(settings, opener=open_fresh, user_name="test")
    qtbot.addWidget(win)
    win.set_workspace(Workspace.open(rolled, author="test", create=False))
    win.show()
    qtbot.waitExposed(win)
    return win


def test_frozen_plan_is_read_only_until_the_coordinator_unfreezes_it(qtbot, rolled_window: MainWindow) -> None:
    window = rolled_window
    node = window.model.activities()[0]
    window.select(node.id)
    form = window.activity_form
    assert form.plan.isReadOnly()
    assert not form.realisation.isReadOnly()
    assert form.unfreeze_button.isVisible()
    assert form.unfreeze_button.isEnabled()
    assert "bevroren" in form.plan_label.text()
    form.unfreeze_button.click()
    assert not form.plan.isReadOnly()
    assert not form.unfreeze_button.isVisible()
    assert window.workspace is not None
    assert not window.workspace.activity(node.id).plan_frozen
    window.undo_stack.undo()
    assert form.plan.isReadOnly()
    assert window.workspace.activity(node.id).plan_frozen


def test_an_officer_cannot_unfreeze(qtbot, rolled_window: MainWindow) -> None:
    window = rolled_window
    node = window.model.activities()[0]
    window.editable_ids = frozenset({node.id})  # an officer's work package
    window.select(window.model.activities()[1].id)
    window.select(node.id)
    assert window.activity_form.plan.isReadOnly()
    assert not window.activity_form.unfreeze_button.isEnabled()


def test_undo_of_a_deleted_goal_keeps_the_lines(qtbot, window, workspace) -> None:  # type: ignore[no-untyped-def]
    before = workspace.document().programmes[0].goals[1]
    window.select(before.id)
    window.delete_selected(confirmed=True)
    window.undo_stack.undo()
    after = workspace.document().programmes[0].goals[1]
    assert after.lineage_id == before.lineage_id
    assert [a.lineage_id for a in after.activities] == [a.lineage_id for a in before.activities]
