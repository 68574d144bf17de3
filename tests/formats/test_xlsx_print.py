"""The workbook as an Excel expert builds it: printing, protection, dates, conditional formats, charts."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import datetime
from typing import TYPE_CHECKING
from xml.etree import ElementTree

import openpyxl
import pytest

from tests.formats.corpus_xlsx import EXPORTED_AT, small_document, with_activity
from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.formats.xlsx_export import export_xlsx

if TYPE_CHECKING:
    from pathlib import Path

PRINTED = ("Activiteiten", "Kengetallen", "Voortgang", "Toelichting")


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    target = tmp_path / "overzicht.xlsx"
    export_xlsx(small_document(), target, exported_at=EXPORTED_AT)
    return target


def part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


@pytest.mark.parametrize("sheet", PRINTED)
def test_every_printed_sheet_is_landscape_a4_one_page_wide(exported: Path, sheet: str) -> None:
    ws = openpyxl.load_workbook(exported)[sheet]
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9  # A4
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.oddFooter.left.text == "&A"
    assert ws.oddFooter.right.text == "Pagina &P van &N"
    assert "Jaarstukken Almelo 2022" in ws.oddHeader.left.text
    if sheet != "Toelichting":
        assert ws.print_title_rows == "$1:$1"


def test_id_hidden_with_the_code_beside_it(exported: Path) -> None:
    ws = openpyxl.load_workbook(exported)["Activiteiten"]
    assert ws.column_dimensions["A"].hidden
    assert [ws["A1"].value, ws["B1"].value] == ["ID", "Code"]
    assert [c.value for c in ws["B"]][1:] == ["1.I.1", "1.I.2", "1.II.1", "2.I.1", "2.I.2"]
    assert not ws.column_dimensions["B"].hidden


def test_numbers_and_dates_are_real(exported: Path) -> None:
    ws = openpyxl.load_workbook(exported)["Activiteiten"]
    header = [c.value for c in ws[1]]
    row = [c for c in ws[2]]
    updated = row[header.index("Laatst gewijzigd")]
    assert updated.value == datetime(2023, 2, 1, 12, 0)
    assert updated.number_format == "dd\\-mm\\-yyyy\\ hh:mm"
    assert row[header.index("Gewijzigd door")].value == "P. Jansen"
    assert row[header.index("Deadline")].number_format == "dd\\-mm\\-yyyy"
    assert isinstance(row[header.index("Nr")].value, int)
    figures = openpyxl.load_workbook(exported)["Kengetallen"]
    assert [c.value for c in figures[2]][5:8] == [100, 300, 337]


def test_overdue_deadlines_marked_relative_to_today(exported: Path) -> None:
    ws = openpyxl.load_workbook(exported)["Activiteiten"]
    rules = {str(rng.sqref): [r for r in rng.rules] for rng in ws.conditional_formatting}
    (late,) = rules["J2:J6"]
    assert late.type == "expression"
    assert late.formula == ['AND(ISNUMBER(J2),J2<TODAY(),K2<>"Gereed",K2<>"Ingetrokken",L2<>"Vastgesteld")']
    assert late.dxf.fill.fgColor.rgb == "FFFFC7CE"
    complete = rules["Q2:Q6"]
    assert [(r.type, r.text) for r in complete] == [("beginsWith", "ja"), ("beginsWith", "nee")]
    progress = openpyxl.load_workbook(exported)["Voortgang"]
    bars = [r for rng in progress.conditional_formatting for r in rng.rules if r.type == "dataBar"]
    assert len(bars) == 3  # per goal, per programme, per owner


def test_validation_wherever_a_value_is_typed(exported: Path) -> None:
    ws = openpyxl.load_workbook(exported)["Activiteiten"]
    kinds = {str(v.sqref): (v.type, v.formula1) for v in ws.data_validations.dataValidation}
    assert kinds == {
        "K2:K6": ("list", "'_lijsten'!$A$1:$A$6"),
        "L2:L6": ("list", "'_lijsten'!$C$1:$C$4"),
        "J2:J6": ("date", "1"),
    }
    figures = openpyxl.load_workbook(exported)["Kengetallen"]
    assert sorted((str(v.sqref), v.type) for v in figures.data_validations.dataValidation) == [
        ("G2:G203", "decimal"), ("H2:H203", "decimal")]


def test_protection_locks_ids_and_baselines_and_leaves_texts_open(exported: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    ws = workbook["Activiteiten"]
    assert ws.protection.sheet
    assert not ws.protection.autoFilter
    assert not ws.protection.sort
    header = [c.value for c in ws[1]]
    locked = {h for h, cell in zip(header, ws[2], strict=True) if cell.protection.locked}
    assert locked == {"ID", "Code", "Programma", "Programmanaam", "Hoofddoel", "Nr", "Woorden plan", "Woorden realisatie",
                      "Laatst gewijzigd", "Gewijzigd door", "Compleet"}
    # a realisation not written yet (empty cell) is open through its column's style
    assert ws["S3"].value is None
    column_style = re.search(r'<col min="19" max="19" [^>]*style="(\d+)"', part(exported, "xl/worksheets/sheet1.xml"))
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    xfs = ElementTree.fromstring(part(exported, "xl/styles.xml")).find(f"{main}cellXfs")
    assert column_style is not None
    assert xfs is not None
    protection = xfs[int(column_style.group(1))].find(f"{main}protection")
    assert protection is not None
    assert protection.get("locked") == "0"
    figures = workbook["Kengetallen"]
    assert figures.protection.sheet
    header = [c.value for c in figures[1]]
    row = dict(zip(header, figures[2], strict=True))
    assert row["Activiteit-ID"].protection.locked
    assert row["Nulmeting"].protection.locked
    assert not row["Streefwaarde"].protection.locked
    assert not row["Omschrijving"].protection.locked


def test_rows_are_high_enough_for_their_wrapped_text(tmp_path: Path) -> None:
    long = "Een lange zin over de arbeidsmarkt in Almelo en omgeving. " * 40
    document = with_activity(small_document(), "a1", realisation=BlockText.from_plain(long))
    export_xlsx(document, tmp_path / "x.xlsx", exported_at=EXPORTED_AT)
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx")["Activiteiten"]
    width = ws.column_dimensions["R"].width
    needed = len(long.strip()) / (width * 1.15)
    assert ws.row_dimensions[2].height >= 15 * needed
    assert ws.row_dimensions[2].height <= 409
    assert ws.row_dimensions[4].height is None  # one short line: Excel's own height


def test_progress_charts_per_goal_programme_and_owner(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        charts = sorted(n for n in archive.namelist() if n.startswith("xl/charts/"))
        titles = [_first(r"<a:t>([^<]+)</a:t>", archive.read(n).decode()) for n in charts]
        types = archive.read("[Content_Types].xml").decode()
    assert titles == ["Activiteiten per hoofddoel en status", "Activiteiten per programma en status",
                      "Activiteiten per eigenaar en status"]
    assert all(f"/{name}" in types for name in charts)
    ws = openpyxl.load_workbook(exported)["Voortgang"]
    column_a = [c.value for c in ws["A"] if c.value]
    assert column_a[column_a.index("Eigenaar") + 1:] == ["J. de Vries", "K. Bakker", "Tab Eigenaar",
                                                          "(geen eigenaar)"]
    assert column_a[column_a.index("Programma", 1) + 1:column_a.index("Eigenaar")] == [
        "1 Werk en inkomen", "2 Onderwijs"]


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice and poppler-utils (scripts/bootstrap.sh installs them as root)")
def test_libreoffice_prints_each_sheet_landscape_with_footer(tmp_path: Path, exported: Path) -> None:
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(exported)],
        capture_output=True, text=True, timeout=100, check=False,
    )
    pdf = tmp_path / "overzicht.pdf"
    assert pdf.exists()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)", info), info
    pages = int(_first(r"Pages:\s+(\d+)", info))
    printed = (*PRINTED, "Niet geplaatst")  # the unplaced-text sheet prints too, even when it says "geen"
    assert pages == len(printed)  # one page per printed sheet for five activities
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    footers = re.findall(r"^(\S+(?: \S+)*)\s+Pagina (\d) van (\d)$", text, re.MULTILINE)
    assert footers == [(name, str(i), str(len(printed))) for i, name in enumerate(printed, 1)]
    assert "1.I.1" in text
    assert "01-03-2023" in text


def _first(pattern: str, text: str) -> str:
    """The first group of the first match; a missing match fails the test with the pattern."""
    found = re.search(pattern, text)
    assert found is not None, pattern
    return found.group(1)
