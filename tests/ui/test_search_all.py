"""Search and replace over a large document: no cap, a count of all hits, whole word and case, replace-all as
one confirmed undo step with a backup first (issue 14 item 2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QMessageBox

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.model import Activiteit, Document, Hoofddoel, Programma
from verantwoording_app.services import backups
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.ui.main_window import MainWindow
from verantwoording_app.ui.search_dialog import SearchDialog

from .conftest import open_fresh

if TYPE_CHECKING:
    from pathlib import Path

ACTIVITIES = 260


def _document() -> Document:
    goals = []
    for g in range(ACTIVITIES // 20):
        activities = tuple(
            Activiteit(title=f"Activiteit {g}.{a}", realisation=BlockText.from_markdown(
                f"De gemeente Almelo werkt samen met de **Almelo**ërs aan stap {a}.\n"))
            for a in range(20))
        goals.append(Hoofddoel(title=f"Doel {g}", activities=activities))
    return Document(year=2022, municipality="Almelo", programmes=(Programma(number="1", name="Alles",
                                                                            goals=tuple(goals)),))


@pytest.fixture
def big(qtbot, settings, tmp_path: Path, modal):
    path = tmp_path / "groot.vwdb"
    workspace = Workspace.open(path, author="test")
    workspace._store.create_document(_document(), author="test")
    window = MainWindow(settings, opener=open_fresh, user_name="test")
    qtbot.addWidget(window)
    window.set_workspace(workspace)
    dialog = SearchDialog(window)
    qtbot.addWidget(dialog)
    yield window, dialog, workspace, path, modal
    workspace.close()


def _realisations(workspace: Workspace) -> list[str]:
    return [p.activity.realisation.plain_text() for p in workspace.document().iter_activities()]


def test_every_hit_is_listed_and_counted_in_document_order(big) -> None:
    _window, dialog, _workspace, _path, _modal = big
    dialog.find_edit.setText("Almelo")
    dialog.run_search()
    assert len(dialog.model.hits) == 2 * ACTIVITIES  # more than the old cap of 200
    assert dialog.summary.text() == f"{2 * ACTIVITIES} vindplaatsen in {ACTIVITIES} activiteiten"
    codes = [hit.code for hit in dialog.model.hits[::2]]
    assert codes[:3] == ["1.I.1", "1.I.2", "1.I.3"]
    assert codes[-1] == "1.XIII.20"


def test_whole_word_does_not_match_inside_words(big) -> None:
    _window, dialog, _workspace, _path, _modal = big
    dialog.find_edit.setText("almelo")
    dialog.whole_word.setChecked(True)
    dialog.run_search()
    assert len(dialog.model.hits) == ACTIVITIES
    assert all(hit.occurrence.after.startswith(" werkt") for hit in dialog.model.hits)
    dialog.case.setChecked(True)  # toggling an option searches again
    assert dialog.model.hits == []
    assert dialog.summary.text() == "Niets gevonden."


def test_replace_all_is_one_confirmed_undo_step_with_a_backup(big) -> None:
    window, dialog, workspace, path, modal = big
    dialog.find_edit.setText("Almelo")
    dialog.whole_word.setChecked(True)
    dialog.run_search()
    dialog.replacement.setText("Stad X")
    depth = window.undo_stack.count()
    assert dialog.replace_all()
    assert modal.shown[-1] == f"{ACTIVITIES} vindplaatsen in {ACTIVITIES} activiteiten vervangen door ‘Stad X’?"
    assert window.undo_stack.count() == depth + 1
    texts = _realisations(workspace)
    assert all(text == f"De gemeente Stad X werkt samen met de Almeloërs aan stap {i % 20}." for i, text in
               enumerate(texts))
    (made,) = backups.list_backups(path)
    assert made.reason == "voor-bulkwijziging"
    window.undo_stack.undo()
    assert all(text.startswith("De gemeente Almelo werkt samen met de Almeloërs") for text in _realisations(workspace))


def test_replace_all_cancelled_changes_nothing(big) -> None:
    window, dialog, workspace, path, modal = big
    dialog.find_edit.setText("Almelo")
    dialog.run_search()
    modal.answer = QMessageBox.StandardButton.No
    depth = window.undo_stack.count()
    assert not dialog.replace_all()
    assert window.undo_stack.count() == depth
    assert all("Almelo" in text for text in _realisations(workspace))
    assert backups.list_backups(path) == []


def test_one_hit_in_one_activity_is_replaced_without_asking(big) -> None:
    _window, dialog, workspace, path, modal = big
    dialog.find_edit.setText("stap 7.")
    dialog.run_search()
    dialog.model.set_all(False)
    from PySide6.QtCore import Qt

    dialog.model.setData(dialog.model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.replacement.setText("stap zeven.")
    assert dialog.replace_chosen()
    assert modal.shown == []
    assert "stap zeven." in _realisations(workspace)[7]
    assert backups.list_backups(path) == []
    assert dialog.describe(1, 1) == "1 vindplaats in 1 activiteit"


def test_replace_all_is_all_or_nothing_in_the_database(big, monkeypatch) -> None:
    _window, dialog, workspace, _path, _modal = big
    from verantwoording_app.domain.errors import StorageError

    dialog.find_edit.setText("Almelo")
    dialog.whole_word.setChecked(True)
    dialog.run_search()
    dialog.replacement.setText("Stad X")
    calls = []
    store = workspace._store
    original = store._change_row

    def failing(*args: object) -> None:
        calls.append(args)
        if len(calls) == 5:
            raise StorageError("Opslaan is mislukt: de schijf is vol.")
        original(*args)

    monkeypatch.setattr(store, "_change_row", failing)
    with pytest.raises(StorageError):
        dialog.replace_all()
    assert all("Stad X" not in text for text in _realisations(workspace))
