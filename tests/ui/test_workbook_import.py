"""Importeren › Excel-werkmap from the window: preview, apply, and the backup before it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl

from verantwoording_app.services import backups
from verantwoording_app.services.exporting import export_document
from verantwoording_app.ui.xlsx_preview_dialog import XlsxPreviewDialog

if TYPE_CHECKING:
    import pytest


def test_edited_workbook_comes_back_through_the_preview(window, workspace, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "overzicht.xlsx"
    export_document(workspace, "xlsx", target)
    book = openpyxl.load_workbook(target)
    sheet = book["Activiteiten"]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=header.index("Eigenaar") + 1).value = "Fatima"
    book.save(target)
    shown: list[int] = []

    def accept(dialog: XlsxPreviewDialog) -> int:
        shown.append(len(dialog.preview.entries) if hasattr(dialog, "preview") else 1)
        return 1

    monkeypatch.setattr(XlsxPreviewDialog, "exec", accept)
    window.import_workbook(target)
    assert shown
    first = workspace.tree()[0].goals[0].activities[0].id
    assert workspace.activity(first).owner == "Fatima"
    assert [b.reason for b in backups.list_backups(Path(workspace.location))] == ["voor-import"]


def test_periodic_backup_only_after_edits(window, workspace) -> None:
    session = window.session
    session.database = Path(workspace.location)
    session.periodic_backup()
    assert backups.list_backups(Path(workspace.location)) == []
    session.note_saved()
    session.periodic_backup()
    assert [b.reason for b in backups.list_backups(Path(workspace.location))] == ["periodiek"]
    assert not session.edited_since_backup
