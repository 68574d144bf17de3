"""A workbook is read with bounded memory and time, and every cell obeys the field rules."""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

import openpyxl
import pytest

from tests.formats.corpus_xlsx import EXPORTED_AT, rewrite_part, small_document
from tests.formats.test_safezip import lie_about_size
from verantwoording_app.domain.errors import ImportRefused
from verantwoording_app.formats import xlsx_import
from verantwoording_app.formats.safezip import SafeZipFile
from verantwoording_app.formats.xlsx_export import export_xlsx
from verantwoording_app.formats.xlsx_import import read_workbook

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    target = tmp_path / "overzicht.xlsx"
    export_xlsx(small_document(), target, exported_at=EXPORTED_AT)
    return target


@pytest.fixture
def never_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if openpyxl is ever asked to read: the refusal must come from the early checks."""

    def refuse(_path: Path) -> None:
        raise AssertionError("openpyxl was reached")

    monkeypatch.setattr(xlsx_import, "_load", refuse)


def _column(path: Path, header: str) -> str:
    sheet = openpyxl.load_workbook(path)["Activiteiten"]
    for cell in sheet[1]:
        if cell.value == header:
            return str(cell.column_letter)
    raise AssertionError(header)


def _edit(exported: Path, target: Path, cell: str, value: str) -> None:
    workbook = openpyxl.load_workbook(exported)
    workbook["Activiteiten"][cell] = value
    workbook.save(target)


def _sheet_part(path: Path) -> tuple[str, str]:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                data = archive.read(name).decode()
                if "Activiteiten" in data or "<dimension" in data:
                    return name, data
    raise AssertionError("no sheet")


@pytest.mark.usefixtures("never_parsed")
def test_a_cell_at_xfd1048576_is_refused_before_parsing(exported: Path, tmp_path: Path) -> None:
    target = tmp_path / "ver.xlsx"
    _edit(exported, target, "XFD1048576", "x")
    with pytest.raises(ImportRefused, match="XFD1048576"):
        read_workbook(target)


@pytest.mark.usefixtures("never_parsed")
def test_a_far_cell_without_a_dimension_is_refused(exported: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    import re

    sheet = re.sub(r"<dimension [^>]*/>", "", sheet)
    sheet = sheet.replace("</sheetData>", '<row r="9"><c r="XFD9" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
    target = tmp_path / "ver.xlsx"
    rewrite_part(exported, target, "xl/worksheets/sheet1.xml", sheet)
    with pytest.raises(ImportRefused, match="loopt tot cel XFD9"):
        read_workbook(target)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_dtd_in_utf16_is_refused(exported: Path, tmp_path: Path, encoding: str) -> None:
    payload = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
               '<!ENTITY lol2 "&lol;&lol;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
               'main">&lol2;</sst>')
    target = tmp_path / "x.xlsx"
    rewrite_part(exported, target, "xl/sharedStrings.xml", payload.encode(encoding))
    with pytest.raises(ImportRefused, match="DTD/ENTITY"):
        read_workbook(target)


def test_a_dtd_in_a_part_not_named_xml_is_refused(exported: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.xlsx"
    rewrite_part(exported, target, "customXml/item1.dat", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>')
    with pytest.raises(ImportRefused, match="DTD/ENTITY"):
        read_workbook(target)


def test_openpyxl_reads_through_bounded_streams(exported: Path) -> None:
    workbook = xlsx_import._load(exported)
    try:
        assert isinstance(workbook._archive, SafeZipFile)
    finally:
        workbook.close()


def test_openpyxl_parses_with_defusedxml() -> None:
    import openpyxl as library

    assert library.DEFUSEDXML is True


def test_a_lying_sheet_header_is_refused(exported: Path, tmp_path: Path) -> None:
    """A sheet that inflates far beyond what its header claims: refused as damaged, not read."""
    with zipfile.ZipFile(exported) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data if name != "xl/worksheets/sheet3.xml" else data + b" " * (40 << 20))
    target = tmp_path / "x.xlsx"
    target.write_bytes(lie_about_size(bomb.getvalue(), 5000))
    with pytest.raises(ImportRefused, match="beschadigd"):
        read_workbook(target)


def test_lone_surrogate_escape_is_refused_per_cell(exported: Path, tmp_path: Path) -> None:
    column = _column(exported, "Realisatietekst")
    target = tmp_path / "x.xlsx"
    _edit(exported, target, f"{column}2", "Gedaan _xD800_ en meer")
    row = read_workbook(target).rows["a1"]
    assert "realisation" not in row.values
    assert f"cel {column}2" in row.invalid["realisation"]


def test_control_characters_are_stripped_and_reported(exported: Path, tmp_path: Path) -> None:
    column = _column(exported, "Titel")
    target = tmp_path / "x.xlsx"
    _edit(exported, target, f"{column}2", "Titel_x0000_ met _x001B_[31mkleur")
    contents = read_workbook(target)
    assert contents.rows["a1"].values["title"] == "Titel met [31mkleur"
    assert any(f"Cel {column}2" in warning and "2 stuurteken" in warning for warning in contents.warnings)


def test_a_40000_character_cell_is_refused_naming_the_cell(exported: Path, tmp_path: Path) -> None:
    column = _column(exported, "Realisatietekst")
    marked = tmp_path / "marked.xlsx"
    _edit(exported, marked, f"{column}3", "MARKER")  # openpyxl cuts at 32,767: put the long text in by hand
    with zipfile.ZipFile(marked) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    name = next(n for n, data in parts.items() if b"MARKER" in data)
    target = tmp_path / "x.xlsx"
    rewrite_part(marked, target, name, parts[name].replace(b"MARKER", b"x" * 40_000))
    row = read_workbook(target).rows["a2"]
    assert "realisation" not in row.values
    assert f"cel {column}3" in row.invalid["realisation"]
    assert "40.000" in row.invalid["realisation"]
    assert "32.767" in row.invalid["realisation"]
