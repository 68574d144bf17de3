from __future__ import annotations

from typing import TYPE_CHECKING

import openpyxl
import pytest

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.errors import UserError
from verantwoording_app.services import snapshots
from verantwoording_app.services.exporting import ExportOptions, export_document
from verantwoording_app.services.workspace import Workspace

if TYPE_CHECKING:
    from pathlib import Path


def test_changes_since_a_snapshot(workspace: Workspace) -> None:
    snapshot = snapshots.create_snapshot(workspace, "aan college")
    first, second = (a.id for a in workspace.tree()[0].goals[0].activities[:2])
    workspace.save_activity(first, {"realisation": BlockText.from_plain("Nieuw."), "status": "gereed"})
    workspace.delete_activity(second)
    new = workspace.add_activity(workspace.tree()[0].goals[1].id, "Extra activiteit")
    changes = {c.activity_id: c for c in snapshots.changes_since(workspace, snapshot)}
    assert changes[first].fields == ("realisation", "status")
    assert changes[first].describe().endswith("realisatie, status")
    assert changes[second].kind == "verwijderd"
    assert changes[new].kind == "nieuw"
    assert len(changes) == 3


def test_snapshot_needs_a_name_and_must_exist(workspace: Workspace) -> None:
    with pytest.raises(UserError, match="naam"):
        snapshots.create_snapshot(workspace, "  ")
    with pytest.raises(UserError, match="geen momentopname 'aan raad'"):
        snapshots.find_snapshot(workspace, "aan raad")


def test_excel_column_with_changes_since_a_snapshot(workspace: Workspace, tmp_path: Path) -> None:
    snapshots.create_snapshot(workspace, "aan raad")
    first = workspace.tree()[0].goals[0].activities[0].id
    workspace.save_activity(first, {"owner": "Fatima"})
    target = tmp_path / "overzicht.xlsx"
    export_document(workspace, "xlsx", target, options=ExportOptions(changed_since="aan raad"))
    sheet = openpyxl.load_workbook(target)["Activiteiten"]
    header = [cell.value for cell in sheet[1]]
    assert header[-2:] == ["Gewijzigd sinds aan raad", "Controle"]  # then the P&C-check count (issue 16)
    changed = header.index("Gewijzigd sinds aan raad")
    column = [row[changed].value for row in sheet.iter_rows(min_row=2)]
    assert column[0] == "eigenaar"
    assert column[1:] == [None] * 12
    assert sheet.auto_filter.ref == "A1:U14"


def test_the_chapter_travels_in_a_snapshot_and_its_changes_are_listed(tmp_path: Path) -> None:
    from tests.formats.ledger_files import full_chapter_document
    from verantwoording_app.domain.chapter import LineKind
    from verantwoording_app.services import chapter as chapter_service
    from verantwoording_app.storage.store import Store

    store = Store.open(tmp_path / "h.vwdb")
    store.create_document(full_chapter_document(), author="coördinator")
    store.close()
    ws = Workspace.open(tmp_path / "h.vwdb", author="coördinator", create=False)
    try:
        snapshot = snapshots.create_snapshot(ws, "aan college")
        assert snapshots.chapter_changes_since(ws, snapshot) == ()
        chapter_service.save_effect(ws, "p2", "", {"realisation": BlockText.from_plain("Korter gewacht.")})
        chapter_service.save_explanation(ws, "p2", LineKind.LASTEN, {"rechtmatigheid": "4"})
        chapter_service.save_effect(ws, "p1", "", {"plan": BlockText.from_plain("Werk voor iedereen.")})
        described = [c.describe() for c in snapshots.chapter_changes_since(ws, snapshot)]
        assert described == ["effecttekst Programma 1 Werk en inkomen: nieuw",
                             "effecttekst Programma 2 Zorg: realisatie",
                             "toelichting Programma 2 Zorg, lasten: rechtmatigheid"]
    finally:
        ws.close()


def _rewrite_snapshot(workspace: Workspace, change) -> None:
    import json
    import sqlite3

    with sqlite3.connect(workspace.location) as connection:
        (data,) = connection.execute("SELECT data FROM snapshots").fetchone()
        connection.execute("UPDATE snapshots SET data = ?", (json.dumps(change(json.loads(data))),))


def test_a_snapshot_from_before_format_numbers_still_compares(workspace: Workspace) -> None:
    snapshot = snapshots.create_snapshot(workspace, "aan college")
    _rewrite_snapshot(workspace, lambda data: {k: v for k, v in data.items() if k not in ("format", "past")})
    first = workspace.tree()[0].goals[0].activities[0].id
    workspace.save_activity(first, {"owner": "Fatima"})
    assert [c.activity_id for c in snapshots.changes_since(workspace, snapshot)] == [first]


def test_a_snapshot_of_a_newer_format_is_refused_clearly(workspace: Workspace) -> None:
    snapshot = snapshots.create_snapshot(workspace, "aan raad")
    _rewrite_snapshot(workspace, lambda data: {**data, "format": 7})
    with pytest.raises(UserError, match="De momentopname 'aan raad' is gemaakt met een nieuwere versie"):
        snapshots.changes_since(workspace, snapshot)
