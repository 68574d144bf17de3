"""The coordinator workbook: structure, safety, golden sheet XML, LibreOffice."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path
from xml.dom import minidom

import openpyxl
import pytest

from tests.formats.corpus_xlsx import EXPORTED_AT, small_document, with_activity
from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.errors import ExportFailed
from verantwoording_app.domain.selection import Selection
from verantwoording_app.formats.xlsx_export import (
    ACTIVITY_COLUMNS,
    CELL_LIMIT,
    KEY_FIGURE_COLUMNS,
    export_xlsx,
)

GOLDEN = Path(__file__).parent / "corpus_xlsx" / "golden"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    target = tmp_path / "overzicht.xlsx"
    export_xlsx(small_document(), target, exported_at=EXPORTED_AT)
    return target


def test_sheets_and_states(exported: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    assert [(ws.title, ws.sheet_state) for ws in workbook] == [
        ("Activiteiten", "visible"),
        ("Kengetallen", "visible"),
        ("Voortgang", "visible"),
        ("Toelichting", "visible"),
        ("_basis", "veryHidden"),
        ("_lijsten", "hidden"),
        ("Niet geplaatst", "visible"),
    ]


def test_activity_columns_and_values(exported: Path) -> None:
    sheet = openpyxl.load_workbook(exported)["Activiteiten"]
    header = [c.value for c in sheet[1]]
    assert header == [title for _, title, _ in ACTIVITY_COLUMNS]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:S6"
    row = {h: c.value for h, c in zip(header, sheet[2], strict=True)}
    assert row["ID"] == "a1"
    assert row["Programma"] == 1  # a number, as Excel sorts and filters it
    assert row["Programmanaam"] == "Werk en inkomen"
    assert row["Hoofddoel"] == "I Almelo, hier wordt gewerkt"
    assert row["Nr"] == 1
    assert row["Status"] == "Gereed"
    assert row["Reviewstatus"] == "Akkoord"
    assert row["Deadline"].date().isoformat() == "2023-03-01"
    assert sheet.cell(2, 10).number_format == "dd\\-mm\\-yyyy"
    assert row["Realisatietekst"] == "In 2022 heeft Almelo 337 scholingscheques toegekend.\n\n• werkfit trajecten\n• RMT"
    assert row["Compleet"] == "ja"
    assert row["Laatst gewijzigd"] == datetime(2023, 2, 1, 12, 0)
    assert row["Gewijzigd door"] == "P. Jansen"
    assert row["Code"] == "1.I.1"
    third = {h: c.value for h, c in zip(header, sheet[4], strict=True)}
    assert third["Compleet"] == "nee: status, eigenaar"
    assert third["Hoofddoel"] == "II Krachtige economie"


def test_status_drop_down_and_colours(exported: Path) -> None:
    sheet = openpyxl.load_workbook(exported)["Activiteiten"]
    validations = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert validations["K2:K6"] == "'_lijsten'!$A$1:$A$6"
    assert validations["L2:L6"] == "'_lijsten'!$C$1:$C$4"
    rules = [rule for cf in sheet.conditional_formatting for rule in cf.rules]
    assert [rule.formula for rule in rules][:2] == [['"Op schema"'], ['"Gereed"']]
    lists = openpyxl.load_workbook(exported)["_lijsten"]
    assert [lists.cell(i, 1).value for i in range(1, 7)] == [
        "Op schema", "Gereed", "Vertraagd", "Doorgeschoven", "Problemen", "Ingetrokken",
    ]


def test_key_figures_are_numbers(exported: Path) -> None:
    sheet = openpyxl.load_workbook(exported)["Kengetallen"]
    assert [c.value for c in sheet[1]] == [title for _, title, _ in KEY_FIGURE_COLUMNS]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert rows[0] == ["a1", "k1", "1.I.1", "Scholingscheques", "aantal", 100, 300, 337, "TFV"]
    assert rows[1][5:8] == [None, 12.5, 0.1]


def test_progress_counts_and_chart(exported: Path) -> None:
    sheet = openpyxl.load_workbook(exported)["Voortgang"]
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Programma", "Hoofddoel", "Activiteiten", "Op schema"]
    total = [c.value for c in sheet[5]]
    assert total[1] == "Totaal"
    assert total[2] == 5
    assert total[header.index("Zonder status")] == 1
    assert total[-1] == pytest.approx(1 / 5)
    with zipfile.ZipFile(exported) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
    assert "<c:barChart>" in chart
    assert 'val="stacked"' in chart


def test_notes_explain_editable_columns(exported: Path) -> None:
    sheet = openpyxl.load_workbook(exported)["Toelichting"]
    text = "\n".join(str(c.value) for c in sheet["A"] if c.value)
    assert "14-03-2023 09:30" in text
    assert "doc1" in text
    assert "Titel, Eigenaar, Portefeuillehouder, Deadline, Status, Reviewstatus, Plantekst, Realisatietekst" in text


def test_formula_like_texts_are_strings_and_no_formula_anywhere(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        for name in archive.namelist():
            data = archive.read(name).decode("utf-8")
            assert not re.search(r"<(\w+:)?f[\s>]", data), name
    sheet = openpyxl.load_workbook(exported)["Activiteiten"]
    assert sheet["G3"].value == '=HYPERLINK("http://evil")'
    assert sheet["G3"].data_type == "s"
    assert sheet["H3"].value == "\tTab Eigenaar"
    assert sheet["R3"].value.splitlines() == ["+31 20 123", "-min", "@mention"]


@pytest.mark.parametrize(("number", "value"), [("7", 7), ("12", 12), ("2a", "2a"), ("01", "01"), ("3.1", "3.1")])
def test_programme_number_is_a_number_when_it_is_a_whole_number(tmp_path: Path, number: str, value: object) -> None:
    from dataclasses import replace

    source = small_document()
    document = replace(source, programmes=(replace(source.programmes[0], number=number), *source.programmes[1:]))
    export_xlsx(document, tmp_path / "x.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx")["Activiteiten"]
    assert (sheet["C2"].value, sheet["D2"].value) == (value, "Werk en inkomen")
    assert sheet["C2"].data_type == ("n" if isinstance(value, int) else "s")


def test_illegal_characters_are_replaced_and_reported(tmp_path: Path) -> None:
    document = with_activity(small_document(), "a3", title="Bel\x07 \ufffe\ud800 ok", owner="a\x00b")
    result = export_xlsx(document, tmp_path / "x.xlsx", exported_at=EXPORTED_AT)
    assert any("stuurtekens" in w for w in result.warnings)
    assert any("3 teken" in w or "4 teken" in w for w in result.warnings)
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx")["Activiteiten"]
    assert sheet["G4"].value == "Bel\ufffd \ufffd\ufffd ok"
    assert sheet["H4"].value == "a\ufffdb"


def test_text_over_cell_limit_refuses_and_names_the_activity(tmp_path: Path) -> None:
    long_text = BlockText.from_plain("x" * (CELL_LIMIT + 1))
    document = with_activity(small_document(), "a4", realisation=long_text)
    target = tmp_path / "x.xlsx"
    target.write_bytes(b"previous export")
    with pytest.raises(ExportFailed, match=r"2\.I\.1 Vierde: realisatietekst \(32\.768 tekens\)"):
        export_xlsx(document, target)
    assert target.read_bytes() == b"previous export"


def test_text_at_cell_limit_is_kept_whole(tmp_path: Path) -> None:
    text = "é" * (CELL_LIMIT - 1) + "."
    document = with_activity(small_document(), "a4", realisation=BlockText.from_plain(text))
    export_xlsx(document, tmp_path / "x.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx", read_only=True)["Activiteiten"]
    values = next(sheet.iter_rows(min_row=5, max_row=5, values_only=True))
    assert values[18] == text


def test_astral_characters_count_double(tmp_path: Path) -> None:
    document = with_activity(small_document(), "a4", title="😀" * (CELL_LIMIT // 2 + 1))
    with pytest.raises(ExportFailed, match=r"32\.767"):
        export_xlsx(document, tmp_path / "x.xlsx")


def test_selection_filters_status_and_owner(tmp_path: Path) -> None:
    result = export_xlsx(
        small_document(), tmp_path / "x.xlsx", selection=Selection(owners=("j. de vries",), statuses=("gereed",))
    )
    assert result.activities == 1
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx")["Activiteiten"]
    assert [c.value for c in sheet["A"]] == ["ID", "a1"]
    notes = openpyxl.load_workbook(tmp_path / "x.xlsx")["Toelichting"]
    assert any("status gereed; eigenaar j. de vries" in str(c.value) for c in notes["A"])


def test_empty_document_still_opens(tmp_path: Path) -> None:
    from verantwoording_app.domain.model import Document

    export_xlsx(Document(year=2022), tmp_path / "x.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "x.xlsx")
    assert workbook["Activiteiten"].max_row == 1


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="permission bits do not stop root or Windows")
def test_permission_error_is_export_failed(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportFailed, match="geopend in Word of Excel"):
            export_xlsx(small_document(), folder / "x.xlsx")
    finally:
        folder.chmod(0o700)


def test_open_in_excel_gives_dutch_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("verantwoording_app.formats.atomic.os.replace", locked)
    target = tmp_path / "x.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(ExportFailed, match="in gebruik"):
        export_xlsx(small_document(), target)
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


# ---------------------------------------------------------------------------
# golden sheet XML


def _normalised_parts(path: Path) -> dict[str, str]:
    out = {}
    with zipfile.ZipFile(path) as archive:
        for name in sorted(archive.namelist()):
            if name.startswith(("xl/worksheets/sheet", "xl/styles", "xl/workbook.xml", "xl/charts/")):
                pretty = minidom.parseString(archive.read(name)).toprettyxml(indent=" ")
                out[name] = "\n".join(line for line in pretty.splitlines() if line.strip()) + "\n"
    return out


def test_golden_sheet_xml(exported: Path) -> None:
    parts = _normalised_parts(exported)
    if os.environ.get("UPDATE_GOLDEN"):
        for name, text in parts.items():
            (GOLDEN / name.replace("/", "__")).write_text(text, encoding="utf-8")
    for name, text in parts.items():
        golden = GOLDEN / name.replace("/", "__")
        assert golden.exists(), f"missing golden file {golden.name}: run with UPDATE_GOLDEN=1"
        assert text == golden.read_text(encoding="utf-8"), name


def test_export_is_reproducible(tmp_path: Path) -> None:
    export_xlsx(small_document(), tmp_path / "a.xlsx", exported_at=EXPORTED_AT)
    export_xlsx(small_document(), tmp_path / "b.xlsx", exported_at=EXPORTED_AT)
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()


# ---------------------------------------------------------------------------
# LibreOffice


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) is not installed")
def test_libreoffice_opens_and_renders(exported: Path, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(exported)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = tmp_path / "overzicht.pdf"
    assert pdf.exists()
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    assert list(tmp_path.glob("page*.png"))
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "=HYPERLINK" in text
        assert "Gereed" in text
        assert "Activiteiten per status" in text or "Vertraagd" in text
