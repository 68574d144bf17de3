"""Structure edits with undo/redo, keyboard moves and drag and drop."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from verantwoording_app.services.editor import GOAL


def titles(workspace, goal_index: int = 0) -> list[str]:
    return [a.title for a in workspace.tree()[0].goals[goal_index].activities]


def test_add_activity_undo_redo(qtbot, window, workspace) -> None:
    before = titles(workspace)
    window.select(window.model.activities()[1].id)
    window.add_activity("Nieuwe test")
    assert titles(workspace) == [*before[:2], "Nieuwe test", *before[2:]]
    assert window.current_node().title == "Nieuwe test"
    assert window.current_node().label_number() == "3."
    window.undo_stack.undo()
    assert titles(workspace) == before
    window.undo_stack.redo()
    assert titles(workspace)[2] == "Nieuwe test"
    assert window.model.activities()[2].title == "Nieuwe test"


def test_delete_activity_undo_keeps_texts(qtbot, window, workspace, modal) -> None:
    node = window.model.activities()[0]
    realisation = workspace.activity(node.id).realisation
    window.select(node.id)
    window.delete_selected()
    assert modal.shown
    assert "verwijderen" in modal.shown[-1]
    assert node.id not in [a.id for a in workspace.tree()[0].goals[0].activities]
    window.undo_stack.undo()
    assert workspace.activity(node.id).realisation == realisation
    assert titles(workspace)[0] == node.title
    window.undo_stack.redo()
    assert len(titles(workspace)) == 7


def test_delete_refused_when_not_confirmed(qtbot, window, workspace, modal) -> None:
    from PySide6.QtWidgets import QMessageBox

    modal.answer = QMessageBox.StandardButton.No
    window.select(window.model.activities()[0].id)
    window.delete_selected()
    assert len(titles(workspace)) == 8


def test_delete_goal_undo_restores_activities(qtbot, window, workspace) -> None:
    goal = window.model.programmes()[0].children[1]
    count = len(goal.children)
    window.select(goal.id)
    window.delete_selected(confirmed=True)
    assert len(workspace.tree()[0].goals) == 1
    window.undo_stack.undo()
    assert len(workspace.tree()[0].goals) == 2
    assert len(titles(workspace, 1)) == count
    window.undo_stack.redo()
    window.undo_stack.undo()
    assert len(titles(workspace, 1)) == count
    assert window.model.programmes()[0].children[1].kind == GOAL


def test_add_goal_then_activity_survives_undo_redo(qtbot, window, workspace) -> None:
    window.select(window.model.programmes()[0].children[1].id)
    window.add_goal("Derde doel")
    window.add_activity("Onder het derde doel")
    assert titles(workspace, 2) == ["Onder het derde doel"]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert len(workspace.tree()[0].goals) == 2
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert titles(workspace, 2) == ["Onder het derde doel"]


def test_field_undo(qtbot, window, workspace) -> None:
    form = window.activity_form
    index = form.status.findData("gereed")
    form.status.setCurrentIndex(index)
    form.status.activated.emit(index)
    assert workspace.activity(form.activity_id).status == "gereed"
    window.undo_stack.undo()
    assert workspace.activity(form.activity_id).status is None
    assert form.status.currentData() is None
    window.undo_stack.redo()
    assert form.status.currentData() == "gereed"


def test_keyboard_move(qtbot, window, workspace) -> None:
    before = titles(workspace)
    window.select(window.model.activities()[0].id)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(workspace) == [before[1], before[0], *before[2:]]
    assert window.current_node().title == before[0]
    window.undo_stack.undo()
    assert titles(workspace) == before


def test_move_over_goal_edge(qtbot, window, workspace) -> None:
    last = window.model.activities()[7]
    window.select(last.id)
    window.move_selected(1)
    assert titles(workspace, 1)[0] == last.title
    assert len(titles(workspace)) == 7


def test_drag_and_drop_reorder(qtbot, window, workspace) -> None:
    model = window.model
    before = titles(workspace)
    goal = model.index(0, 0, model.index(0, 0))
    dragged = model.index(0, 0, goal)
    data = model.mimeData([dragged])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, goal)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, goal)
    qtbot.waitUntil(lambda: titles(workspace) != before, timeout=2000)
    assert titles(workspace) == [before[1], before[2], before[0], *before[3:]]
    assert model.index(2, 0, goal).data() == before[0]


def test_drop_onto_other_goal_and_refusals(qtbot, window, workspace) -> None:
    model = window.model
    programme = model.index(0, 0)
    goal_one, goal_two = model.index(0, 0, programme), model.index(1, 0, programme)
    data = model.mimeData([model.index(0, 0, goal_one)])
    # an activity cannot become a programme's child
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, programme)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    moved = titles(workspace)[0]
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, goal_two)
    qtbot.waitUntil(lambda: titles(workspace, 1)[-1] == moved, timeout=2000)
    goal_data = model.mimeData([goal_two])
    assert model.dropMimeData(goal_data, Qt.DropAction.MoveAction, 0, 0, programme)
    qtbot.waitUntil(lambda: workspace.tree()[0].goals[0].title == window.model.programmes()[0].children[0].title
                    and window.model.programmes()[0].children[0].children[-1].title == moved, timeout=2000)


def test_add_programme_from_the_menu_with_undo(qtbot, window, workspace) -> None:
    """Bewerken › Programma toevoegen: a new programme at the end; undo removes it, redo keeps its name."""
    assert window.action("add_programme").isEnabled()
    window.action("add_programme").trigger()
    programmes = workspace.tree()
    assert [p.number for p in programmes] == ["1", "2"]
    assert programmes[1].name == "Nieuw programma"
    assert window.current_node().id == programmes[1].id
    assert window.stack.currentWidget() is window.programme_form
    qtbot.keyClicks(window.programme_form.name, "Wonen")
    window.flush_pending()
    assert workspace.tree()[1].name == "Wonen"
    window.undo_stack.undo()
    assert [p.number for p in workspace.tree()] == ["1"]
    assert len(window.model.programmes()) == 1
    window.undo_stack.redo()
    assert [(p.number, p.name) for p in workspace.tree()] == [("1", programmes[0].name), ("2", "Wonen")]
    window.select(window.model.programmes()[1].id)
    window.add_goal("Betaalbaar wonen")
    assert [g.title for g in workspace.tree()[1].goals] == ["Betaalbaar wonen"]
