"""Unplaced text is never invisible: the workbook has a sheet for it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import openpyxl

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.formats.xlsx_export import SHEET_UNPLACED, export_xlsx

if TYPE_CHECKING:
    from pathlib import Path

    from verantwoording_app.domain.model import Document


def test_unplaced_text_has_its_own_sheet(sample_document: Document, tmp_path: Path) -> None:
    document = replace(sample_document, unplaced=BlockText.from_markdown("Een losse alinea.\n\n- een los punt\n"))
    target = tmp_path / "overzicht.xlsx"
    export_xlsx(document, target)
    sheet = openpyxl.load_workbook(target)[SHEET_UNPLACED]
    values = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert values[0] == "Niet geplaatste tekst: 6 woorden"
    assert "Een losse alinea." in values
    assert "• een los punt" in values


def test_without_unplaced_text_the_sheet_says_so(sample_document: Document, tmp_path: Path) -> None:
    target = tmp_path / "overzicht.xlsx"
    export_xlsx(sample_document, target)
    sheet = openpyxl.load_workbook(target)[SHEET_UNPLACED]
    assert sheet["A1"].value == "Er is geen niet geplaatste tekst."
