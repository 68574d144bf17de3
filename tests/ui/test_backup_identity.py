"""The window's side of backups per database: another document's backup asks for its name; deleting a goal
with several activities backs up first (issue 14 items 1 and 3)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QInputDialog

from verantwoording_app.formats.pctext import read_pc_text
from verantwoording_app.resources import sample_path
from verantwoording_app.services import backups
from verantwoording_app.services.editor import GOAL
from verantwoording_app.ui.backup_dialog import COL_REASON, BackupDialog

if TYPE_CHECKING:
    from pathlib import Path

    from verantwoording_app.services.workspace import Workspace


@pytest.fixture
def foreign_backup(workspace: Workspace, db_path: Path) -> Path:
    """A backup of the example, after which the file holds another document (an import with replace)."""
    made = backups.make_backup(db_path, "voor-import")
    workspace._store.replace_document(read_pc_text(sample_path().read_bytes()).document)
    return made


def _answer(monkeypatch: pytest.MonkeyPatch, text: str | None) -> list[str]:
    asked: list[str] = []

    def fake(_parent: object, _title: str, label: str, *_args: object, **_kwargs: object) -> tuple[str, bool]:
        asked.append(label)
        return (text or "", text is not None)

    monkeypatch.setattr(QInputDialog, "getText", fake)
    return asked


def test_another_documents_backup_is_marked(qtbot, foreign_backup: Path, db_path: Path) -> None:
    dialog = BackupDialog(db_path, lambda _path, _confirmed: None)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, COL_REASON).text() == "Voor import — ander document: Jaarstukken Almelo 2022"


@pytest.mark.parametrize(("typed", "restored"), [("jaarstukken almelo 2022", True), ("iets anders", False),
                                                  (None, False)])
def test_restoring_it_needs_the_documents_name(qtbot, foreign_backup: Path, db_path: Path, modal,
                                                monkeypatch: pytest.MonkeyPatch, typed: str | None,
                                                restored: bool) -> None:
    asked = _answer(monkeypatch, typed)
    calls: list[tuple[Path, str | None]] = []
    dialog = BackupDialog(db_path, lambda path, confirmed: calls.append((path, confirmed)))
    qtbot.addWidget(dialog)
    assert dialog.restore_selected() is restored
    assert "‘Jaarstukken Almelo 2022’" in asked[0]
    assert calls == ([(foreign_backup, typed)] if restored else [])
    if typed == "iets anders":
        assert modal.shown[-1] == "De naam klopt niet; er is niets teruggezet."


def test_the_window_restores_it_with_the_name(qtbot, window, foreign_backup: Path, db_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(backups.ForeignBackup):
        window.collaboration._restore(foreign_backup)
    window.collaboration._restore(foreign_backup, "Jaarstukken Almelo 2022")
    assert window.workspace.document().municipality == "Almelo"


def test_same_document_needs_no_name(qtbot, workspace: Workspace, db_path: Path, modal,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, None)
    backups.make_backup(db_path, "handmatig")
    calls: list[str | None] = []
    dialog = BackupDialog(db_path, lambda _path, confirmed: calls.append(confirmed))
    qtbot.addWidget(dialog)
    assert dialog.restore_selected()
    assert (asked, calls) == ([], [None])


def test_deleting_a_goal_with_several_activities_backs_up_first(qtbot, window, db_path: Path) -> None:
    goal = window.model.node(window.workspace.tree()[0].goals[1].id)
    assert goal is not None
    assert goal.kind == GOAL
    window.select(goal.id)
    window.delete_selected(confirmed=True)
    (made,) = backups.list_backups(db_path)
    assert made.reason == "voor-bulkwijziging"
    assert made.activities == 13
    assert window.workspace.document().activity_count() == 8
