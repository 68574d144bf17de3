"""Every write path of the window carries the version it was based on, against a real team server with a
colleague saving in between: search-and-replace and its undo, an undoable field change, restoring from the
history. What came too late is in the conflicts queue; the colleague's text is never overwritten."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from verantwoording_app.app import open_workspace
from verantwoording_app.domain.blocktext import parse_markdown
from verantwoording_app.storage.store import Store
from verantwoording_app.ui.history_dialog import ENTRY_ROLE, HistoryDialog
from verantwoording_app.ui.main_window import MainWindow
from verantwoording_app.ui.search_dialog import SearchDialog
from verantwoording_app.ui.undo import SetFieldCommand

if TYPE_CHECKING:
    from tests.pgfixtures import TeamServer


@pytest.fixture
def carla_window(qtbot, settings, modal, team_server: TeamServer):
    win = MainWindow(settings, opener=lambda path, **options: open_workspace(path, "carla", **options),
                     user_name="carla")
    qtbot.addWidget(win)
    win.show()
    assert win.open_database(team_server.url("carla"))  # type: ignore[arg-type]  # a server URL
    yield win
    win.team.detach()


@pytest.fixture
def anna(team_server: TeamServer):
    store = Store.open(team_server.url("anna"))
    yield store
    store.close()


def _annas(store: Store) -> list[str]:
    return [a.id for p in store.tree() for g in p.goals for a in g.activities if a.owner == "Anna de Vries"]


def test_undoing_a_replace_leaves_a_colleagues_later_text_and_queues_it(qtbot, carla_window, anna, modal) -> None:
    win = carla_window
    modal.answer = QMessageBox.StandardButton.Yes
    first, second = _annas(anna)[:2]
    for activity_id in (first, second):
        anna.update_activity(activity_id, {"realisation": parse_markdown("Het woord zwaluw.")}, author="anna")
    win.reload()
    dialog = SearchDialog(win)
    qtbot.addWidget(dialog)
    dialog.find_edit.setText("zwaluw")
    dialog.run_search()
    dialog.model.set_all(False)
    for row, hit in enumerate(dialog.model.hits):
        if hit.occurrence.activity_id in (first, second):
            dialog.model.setData(dialog.model.index(row, 0), Qt.CheckState.Checked.value,
                                 Qt.ItemDataRole.CheckStateRole)
    dialog.replacement.setText("merel")
    assert dialog.replace_chosen()  # two activities: asked first (answered yes)

    def text(activity_id: str) -> str:
        return str(anna.load_activity(activity_id).realisation.plain_text().strip())

    assert {text(i) for i in (first, second)} == {"Het woord merel."}
    # Anna writes on in the first one; Carla then undoes her replace
    anna.update_activity(first, {"realisation": parse_markdown("Het woord merel. En Anna's nieuwe zin.")},
                         author="anna", expected_revision=anna.load_activity(first).revision)
    win.undo_stack.undo()
    assert text(first) == "Het woord merel. En Anna's nieuwe zin."  # not overwritten
    assert text(second) == "Het woord zwaluw."  # undone where nobody wrote since
    [conflict] = [c for c in win.workspace.conflicts() if c.activity_id == first]
    assert conflict.field == "realisation"
    assert "Anna's nieuwe zin" in (conflict.ours or "")
    assert "zwaluw" in (conflict.theirs or "")
    assert "Conflicten" in win.statusBar().currentMessage()
    win.undo_stack.redo()  # the queued one is left alone; the other is replaced again
    assert text(first) == "Het woord merel. En Anna's nieuwe zin."
    assert text(second) == "Het woord merel."


def test_undoing_a_field_change_a_colleague_changed_since_is_a_conflict(qtbot, carla_window, anna) -> None:
    win = carla_window
    target = _annas(anna)[0]
    old = anna.load_activity(target).internal_note
    win.undo_stack.push(SetFieldCommand(win.structure, target, "internal_note", old, "van Carla"))
    assert anna.load_activity(target).internal_note == "van Carla"
    anna.update_activity(target, {"internal_note": "Anna's antwoord"}, author="anna")
    win.undo_stack.undo()
    assert anna.load_activity(target).internal_note == "Anna's antwoord"
    assert [c.field for c in win.workspace.conflicts() if c.activity_id == target] == ["internal_note"]
    win.undo_stack.redo()  # inert now: its change is in the queue
    assert anna.load_activity(target).internal_note == "Anna's antwoord"


def test_restoring_from_the_history_after_a_colleagues_save_is_a_conflict(qtbot, carla_window, anna, modal) -> None:
    win = carla_window
    target = _annas(anna)[0]
    anna.update_activity(target, {"realisation": parse_markdown("Eerste versie.")}, author="anna")
    anna.update_activity(target, {"realisation": parse_markdown("Tweede versie.")}, author="anna")
    dialog = HistoryDialog(win.workspace, target)
    qtbot.addWidget(dialog)
    items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    realisation = next(i for i in items if i.childCount() >= 2 and "ealisatie" in i.text(0))
    older = next(realisation.child(n) for n in range(realisation.childCount())
                 if "Eerste versie." in (realisation.child(n).data(0, ENTRY_ROLE).value or ""))
    assert older is not None
    dialog.tree.setCurrentItem(older)
    anna.update_activity(target, {"realisation": parse_markdown("Derde versie, van Anna.")}, author="anna")
    assert not dialog.restore_selected()
    assert anna.load_activity(target).realisation.plain_text().strip() == "Derde versie, van Anna."
    assert any("Conflicten" in text for text in modal.shown)
    [conflict] = [c for c in win.workspace.conflicts() if c.activity_id == target]
    assert conflict.theirs is not None
    assert "Eerste versie." in conflict.theirs
