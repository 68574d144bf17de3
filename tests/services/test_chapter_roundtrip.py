"""Variance explanations through the Excel round trip: changed in the workbook, merged per field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import openpyxl
import pytest

from verantwoording_app.domain.blocktext import parse_markdown
from verantwoording_app.domain.chapter import LineKind, Nature, VarianceExplanation
from verantwoording_app.services import chapter as service
from verantwoording_app.services.chapter_roundtrip import apply_explanations, preview_explanations
from verantwoording_app.services.exporting import export_document
from verantwoording_app.services.workspace import Workspace

from ..formats.ledger_files import chapter_document, per_programme_xlsx

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "r.vwdb", author="coordinator")
    ws._store.create_document(chapter_document(), author="x")
    service.import_ledger(ws, per_programme_xlsx(tmp_path / "g.xlsx"))
    service.save_explanation(ws, "p2", LineKind.LASTEN, {"owner": "Bert", "cause": parse_markdown("Oud.")})
    yield ws
    ws.close()


def edit(path: Path, key: str, **cells: str) -> None:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Afwijkingen"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == key:
            for title, value in cells.items():
                row[header.index(title)].value = value
    workbook.save(path)


def test_explanations_come_back_from_excel(workspace: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "overzicht.xlsx"
    export_document(workspace, "xlsx", target)
    edit(target, "p2:baten", **{"Eigenaar": "Carla", "Toelichting": "Minder eigen bijdragen.\n• door de wet",
                                "Incidenteel/structureel": "Structureel", "Deadline (dd-mm-jjjj)": "15-03-2026"})
    edit(target, "p2:lasten", **{"Rechtmatigheid (categorie 1-7)": "9"})
    preview = preview_explanations(workspace, target)
    assert [(c.kind, c.field) for c in preview.changes] == [(LineKind.BATEN, f) for f in
                                                            ("owner", "deadline", "nature", "cause")]
    assert preview.invalid == ("rij 4, rechtmatigheid (categorie 1-7): '9' is geen rechtmatigheidscategorie (1-7)",)
    written, skipped = apply_explanations(workspace, preview)
    assert (written, skipped) == (4, 0)
    explanation = service.chapter(workspace).explanation_for("p2", LineKind.BATEN)
    assert explanation is not None
    assert (explanation.owner, explanation.deadline, explanation.nature) == ("Carla", date(2026, 3, 15),
                                                                            Nature.STRUCTUREEL)
    assert [b.kind.value for b in explanation.cause.blocks] == ["paragraph", "bullet"]
    assert explanation.amount == Decimal(-25_000)  # the difference it was written for
    assert _p2_lasten(workspace).rechtmatigheid == ""  # bad value


def test_a_conflict_is_left_unless_the_workbook_is_taken(workspace: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "overzicht.xlsx"
    export_document(workspace, "xlsx", target)
    edit(target, "p2:lasten", **{"Eigenaar": "Dirk"})
    service.save_explanation(workspace, "p2", LineKind.LASTEN, {"owner": "Erik"})  # changed in the database too
    preview = preview_explanations(workspace, target)
    assert [(c.field, c.ours, c.theirs, c.conflict) for c in preview.changes] == [("owner", "Erik", "Dirk", True)]
    assert apply_explanations(workspace, preview) == (0, 1)
    assert _p2_lasten(workspace).owner == "Erik"
    assert apply_explanations(workspace, preview, take="workbook") == (1, 0)
    assert _p2_lasten(workspace).owner == "Dirk"


def test_cli_import_applies_explanations(workspace: Workspace, tmp_path: Path) -> None:
    from ..cli.conftest import cli

    target = tmp_path / "overzicht.xlsx"
    export_document(workspace, "xlsx", target)
    edit(target, "p1:lasten", **{"Toelichting": "Minder uitkeringen.", "Incidenteel/structureel": "incidenteel"})
    location = str(workspace.database_path)
    workspace.close()
    code, out, err = cli("import", str(target), "--db", location)
    assert code == 0, err
    assert "Toelichtingen op afwijkingen: 2 wijziging(en), 0 conflict(en)" in out
    assert "Er is nog niets gewijzigd" in out
    code, out, err = cli("import", str(target), "--db", location, "--apply")
    assert code == 0, err
    assert "Toelichtingen op afwijkingen: 2 velden bijgewerkt" in out
    code, out, _ = cli("check", "--db", location)
    assert "zonder toelichting:  2" in out  # 4 variances, 2 explained now


def _p2_lasten(workspace: Workspace) -> VarianceExplanation:
    explanation = service.chapter(workspace).explanation_for("p2", LineKind.LASTEN)
    assert explanation is not None
    return explanation
