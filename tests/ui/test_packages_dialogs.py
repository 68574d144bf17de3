"""Hand-out, hand-in and import of packages from the menus, with the file dialogs patched."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.selection import Selection
from verantwoording_app.services import packages
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.ui import packages_dialogs
from verantwoording_app.ui.conflicts_dialog import ConflictsDialog
from verantwoording_app.ui.packages_dialogs import (
    HandoutDialog,
    MergeResultDialog,
    hand_in,
    import_packages,
)

from .collab_helpers import activity_ids

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[str]:
    suggested: list[str] = []

    def fake(_parent, _title, name, _filter, *_args):
        suggested.append(name)
        return (str(target) if target else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return suggested


@pytest.fixture
def assigned(workspace: Workspace) -> Workspace:
    workspace.assign(Selection(goal="I"), owner="Fatima")
    workspace.assign(Selection(goal="II"), owner="Piet")
    return workspace


def test_handout_lists_owners_and_writes_a_package(qtbot, assigned, tmp_path, modal, monkeypatch) -> None:
    dialog = HandoutDialog(assigned, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    items = [dialog.owner_combo.itemText(i) for i in range(dialog.owner_combo.count())]
    assert items == ["Fatima (8 activiteiten)", "Piet (5 activiteiten)"]
    dialog.owner_combo.setCurrentIndex(1)
    suggested = save_as(monkeypatch, tmp_path / "voor-piet")
    dialog.save_button.click()
    assert suggested == [str(tmp_path / "werkpakket-piet.vwpakket")]
    assert dialog.result() == QDialog.DialogCode.Accepted
    target = tmp_path / "voor-piet.vwpakket"
    assert target.is_file()
    assert "5 van de 13" in modal.shown[0]
    officer = packages.open_handout(target, database=tmp_path / "piet.vwdb", author="Piet")
    assert packages.editable_activities(officer) == frozenset(activity_ids(assigned, 1))
    officer.close()


def test_handout_cancelled_writes_nothing(qtbot, assigned, tmp_path, monkeypatch) -> None:
    dialog = HandoutDialog(assigned, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    save_as(monkeypatch, None)
    dialog.save()
    assert dialog.report is None
    assert list(tmp_path.glob("*.vwpakket")) == []


def test_handout_without_owners_explains(qtbot, workspace) -> None:
    dialog = HandoutDialog(workspace)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert "Mensen en toewijzing" in dialog.notice.text()


@pytest.fixture
def officer(assigned: Workspace, tmp_path: Path) -> Iterator[Workspace]:
    handout = tmp_path / "fatima.vwpakket"
    packages.create_handout(assigned, "Fatima", handout)
    ws = packages.open_handout(handout, database=tmp_path / "fatima.vwdb", author="Fatima")
    yield ws
    ws.close()


def test_hand_in_writes_the_changes(officer, assigned, tmp_path, modal, monkeypatch) -> None:
    first = activity_ids(assigned)[0]
    officer.save_activity(first, {"realisation": BlockText.from_plain("Gedaan door Fatima.")})
    suggested = save_as(monkeypatch, tmp_path / "terug.vwpakket")
    report = hand_in(None, officer, str(tmp_path))
    assert suggested == [str(tmp_path / "fatima-ingeleverd.vwpakket")]
    assert report is not None
    assert (report.activities, report.fields) == (1, 1)
    assert "1 activiteit met wijzigingen ingeleverd (1 veld)" in modal.shown[0]
    merged = packages.merge_handins(assigned, [tmp_path / "terug.vwpakket"])
    assert merged.applied == 1
    assert assigned.activity(first).realisation.plain_text() == "Gedaan door Fatima."


def test_hand_in_from_the_coordinators_database_is_refused(workspace, tmp_path, modal, monkeypatch) -> None:
    save_as(monkeypatch, tmp_path / "x.vwpakket")
    assert hand_in(None, workspace) is None
    assert "geen werkpakket" in modal.shown[0]
    assert not (tmp_path / "x.vwpakket").exists()


def _return_package(officer: Workspace, assigned: Workspace, tmp_path: Path, conflict: bool) -> Path:
    first, second = activity_ids(assigned)[:2]
    officer.save_activity(first, {"realisation": BlockText.from_plain("Versie Fatima.")})
    officer.save_activity(second, {"status": "gereed"})
    if conflict:
        assigned.save_activity(first, {"realisation": BlockText.from_plain("Versie coördinator.")})
    target = tmp_path / "terug.vwpakket"
    packages.create_handin(officer, target)
    return target


def open_files(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *_args, **_kwargs: ([str(p) for p in paths], ""))


def test_import_reports_and_opens_the_conflicts(officer, assigned, tmp_path, monkeypatch) -> None:
    package = _return_package(officer, assigned, tmp_path, conflict=True)
    open_files(monkeypatch, [package])
    shown: list[str] = []

    def accept_result(dialog: MergeResultDialog) -> int:
        shown.append(dialog.summary.text())
        assert dialog.conflicts_button is not None
        return QDialog.DialogCode.Accepted

    opened: list[int] = []
    monkeypatch.setattr(MergeResultDialog, "exec", accept_result)
    monkeypatch.setattr(ConflictsDialog, "exec", lambda dialog: opened.append(dialog.table.rowCount()) or 0)
    report = import_packages(None, assigned)
    assert report is not None
    assert (report.applied, report.conflicts) == (1, 1)
    assert shown[0].startswith("1 pakket verwerkt: 1 wijziging overgenomen, 1 conflict te beslissen")
    assert opened == [1]
    assert assigned.activity(activity_ids(assigned)[1]).status == "gereed"


def test_import_without_conflicts_does_not_offer_them(officer, assigned, tmp_path, monkeypatch) -> None:
    package = _return_package(officer, assigned, tmp_path, conflict=False)
    open_files(monkeypatch, [package, package])  # twice in one go: the second changes nothing
    results: list[MergeResultDialog] = []
    monkeypatch.setattr(MergeResultDialog, "exec", lambda d: results.append(d) or QDialog.DialogCode.Rejected)
    report = import_packages(None, assigned)
    assert report is not None
    assert (report.packages, report.applied, report.conflicts) == (2, 2, 0)
    assert results[0].conflicts_button is None
    assert "Al gelijk: 2 velden." in results[0].summary.text()


def test_import_of_a_foreign_package_changes_nothing(tmp_path, workspace, modal, monkeypatch) -> None:
    other = Workspace.open_default(tmp_path / "ander.vwdb", author="x")
    other.assign(Selection(goal="I"), owner="Fatima")
    packages.create_handout(other, "Fatima", tmp_path / "h.vwpakket")
    officer = packages.open_handout(tmp_path / "h.vwpakket", database=tmp_path / "f.vwdb", author="Fatima")
    officer.save_activity(activity_ids(other)[0], {"owner": "Fatima", "status": "gereed"})
    packages.create_handin(officer, tmp_path / "vreemd.vwpakket")
    officer.close()
    other.close()
    before = workspace.document()
    open_files(monkeypatch, [tmp_path / "vreemd.vwpakket"])
    assert import_packages(None, workspace) is None
    assert "ander document" in modal.shown[0]
    assert workspace.document() == before


def test_import_cancelled(workspace, monkeypatch) -> None:
    open_files(monkeypatch, [])
    assert import_packages(None, workspace) is None


def test_filter_is_dutch() -> None:
    assert packages_dialogs.package_filter().startswith("Werkpakket (*.vwpakket)")


def test_hand_in_suggests_the_documents_folder_and_the_officers_name(assigned, tmp_path, modal, monkeypatch) -> None:
    """Not the hidden folder of the working database, and not the login name ("root-ingeleverd")."""
    from PySide6.QtCore import QStandardPaths

    from verantwoording_app.ui import packages_dialogs

    handout = tmp_path / "fatima.vwpakket"
    packages.create_handout(assigned, "Fatima", handout)
    officer = packages.open_handout(handout, database=tmp_path / ".verborgen" / "fatima.vwdb", author="root")
    documents = tmp_path / "Documenten"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(documents))
    suggested = save_as(monkeypatch, None)
    try:
        assert hand_in(None, officer, packages_dialogs.documents_folder()) is None  # cancelled: nothing written
    finally:
        officer.close()
    assert suggested == [str(documents / "fatima-ingeleverd.vwpakket")]
