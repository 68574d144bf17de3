"""Reading back an exported workbook; broken and hostile files are refused."""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.formats.corpus_xlsx import (
    EXPORTED_AT,
    OLE_HEADER,
    rewrite_part,
    small_document,
    with_activity,
    zip_bytes,
)
from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.errors import ImportRefused
from verantwoording_app.domain.model import Activiteit, Document, Hoofddoel, Programma
from verantwoording_app.formats.xlsx_export import (
    CELL_LIMIT,
    export_xlsx,
    field_values,
    render_text,
    sanitise,
)
from verantwoording_app.formats.xlsx_import import read_workbook

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    target = tmp_path / "overzicht.xlsx"
    export_xlsx(small_document(), target, exported_at=EXPORTED_AT)
    return target


def test_unedited_workbook_reads_back_the_base(exported: Path) -> None:
    contents = read_workbook(exported)
    assert contents.document_id == "doc1"
    assert contents.exported_at == "2023-03-14T09:30:00"
    assert not contents.warnings
    for place in small_document().iter_activities():
        expected = field_values(place.activity)
        assert contents.base[place.activity.id] == expected
        assert contents.rows[place.activity.id].values == expected


def test_user_edits_come_back_canonical(exported: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    sheet = workbook["Activiteiten"]
    sheet["K2"] = "vertraagd"  # label typed in lower case
    sheet["L2"] = "Ter review"
    sheet["J2"] = "31-12-2023"  # a date typed as text
    sheet["H2"] = "=1+1"
    figures = workbook["Kengetallen"]
    figures["H2"] = "1.234,5"  # Dutch number typed as text
    workbook.save(tmp_path / "edited.xlsx")
    row = read_workbook(tmp_path / "edited.xlsx").rows["a1"]
    assert row.values["status"] == "vertraagd"
    assert row.values["review_state"] == "ter_review"
    assert row.values["deadline"] == "2023-12-31"
    assert row.invalid["owner"].startswith("een formule zonder berekende waarde")
    assert '"1234.5"' in row.values["kengetallen"]


def test_invalid_values_are_reported_not_applied(exported: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    sheet = workbook["Activiteiten"]
    sheet["K2"] = "Klaar"
    sheet["J2"] = "volgende week"
    workbook["Kengetallen"]["F2"] = "veel"
    workbook.save(tmp_path / "edited.xlsx")
    row = read_workbook(tmp_path / "edited.xlsx").rows["a1"]
    assert "status" not in row.values
    assert "deadline" not in row.values
    assert "kengetallen" not in row.values
    assert row.invalid["status"] == "onbekende status 'Klaar'"
    assert "geen datum" in row.invalid["deadline"]
    assert "geen getal" in row.invalid["kengetallen"]


def test_reordered_and_extra_columns(exported: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    sheet = workbook["Activiteiten"]
    sheet.move_range("A1:S6", cols=2)  # ID now in column C
    sheet["A1"] = "Opmerking coördinator"
    sheet["A2"] = "bellen"
    sheet["B1"] = "Eigen kolom"
    workbook.save(tmp_path / "edited.xlsx")
    contents = read_workbook(tmp_path / "edited.xlsx")
    assert contents.rows["a1"].values == field_values(small_document().programmes[0].goals[0].activities[0])


def test_a_workbook_from_before_the_programme_number_column_reads_the_same(exported: Path, tmp_path: Path) -> None:
    """Until 0.2.0 the Programma column held "1 Werk en inkomen" as text and there was no Programmanaam."""
    workbook = openpyxl.load_workbook(exported)
    sheet = workbook["Activiteiten"]
    assert [sheet["C1"].value, sheet["D1"].value, sheet["C2"].value] == ["Programma", "Programmanaam", 1]
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, 3).value = f"{sheet.cell(row, 3).value} {sheet.cell(row, 4).value}"
    sheet.delete_cols(4)
    workbook.save(tmp_path / "oud.xlsx")
    new, old = read_workbook(exported), read_workbook(tmp_path / "oud.xlsx")
    assert {key: row.values for key, row in old.rows.items()} == {key: row.values for key, row in new.rows.items()}
    assert old.base == new.base
    assert not old.warnings


def test_missing_editable_column_means_not_given(exported: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    workbook["Activiteiten"].delete_cols(19)  # Realisatietekst
    workbook.save(tmp_path / "edited.xlsx")
    assert "realisation" not in read_workbook(tmp_path / "edited.xlsx").rows["a1"].values


def test_merged_cells_are_not_given_and_reported(exported: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    workbook["Activiteiten"].merge_cells("H2:H3")
    workbook.save(tmp_path / "edited.xlsx")
    contents = read_workbook(tmp_path / "edited.xlsx")
    assert contents.rows["a1"].values["owner"] == "J. de Vries"
    assert "owner" not in contents.rows["a2"].values
    assert any("H2:H3" in w for w in contents.warnings)


def test_duplicate_header_refused(exported: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    workbook["Activiteiten"]["T1"] = "status"
    workbook.save(tmp_path / "edited.xlsx")
    with pytest.raises(ImportRefused, match="twee keer"):
        read_workbook(tmp_path / "edited.xlsx")


def test_rows_without_id_and_duplicates(exported: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    sheet = workbook["Activiteiten"]
    sheet["A7"] = "a1"
    sheet["G8"] = "Nieuwe activiteit"
    workbook.save(tmp_path / "edited.xlsx")
    contents = read_workbook(tmp_path / "edited.xlsx")
    assert contents.duplicate_ids == {"a1": (2, 7)}
    assert "a1" not in contents.rows
    assert contents.rows_without_id == (8,)


# ---------------------------------------------------------------------------
# the corpus of broken and hostile files


def _refused(path: Path, match: str) -> None:
    with pytest.raises(ImportRefused, match=match):
        read_workbook(path)


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    _refused(path, "geen Excel-werkmap")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"")
    _refused(path, "leeg")


def test_missing_file(tmp_path: Path) -> None:
    _refused(tmp_path / "weg.xlsx", "bestaat niet")


def test_truncated_zip(exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    data = exported.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _refused(path, "beschadigd of onvolledig")


def test_corrupted_part(exported: Path, tmp_path: Path) -> None:
    data = bytearray(exported.read_bytes())
    position = data.index(b"PK\x03\x04", 100) - 200  # inside the first sheet's compressed data
    data[position : position + 50] = b"\x00" * 50
    path = tmp_path / "x.xlsx"
    path.write_bytes(bytes(data))
    _refused(path, "beschadigd")


def test_renamed_xls(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(OLE_HEADER + "Workbook".encode("utf-16-le") + b"\x00" * 1024)
    _refused(path, r"oud Excel-bestand \(\.xls\)")


def test_encrypted_workbook(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(OLE_HEADER + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64
                     + "EncryptedPackage".encode("utf-16-le"))
    _refused(path, "wachtwoord")


def test_renamed_csv(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("ID;Titel;Status\na1;Iets;Gereed\n", encoding="utf-8")
    _refused(path, "CSV")


def test_zip_without_workbook_parts(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(zip_bytes({"word/document.xml": "<w/>", "[Content_Types].xml": "<Types/>"}))
    _refused(path, "onderdelen van een werkmap ontbreken")


def test_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    bomb = b"<row/>" * (50 * 1024 * 1024 // 6)
    path.write_bytes(zip_bytes({
        "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": bomb,
    }))
    assert path.stat().st_size < 1024 * 1024
    _refused(path, "zip-bom")


@pytest.mark.parametrize(
    "payload",
    [
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><sst>&lol2;</sst>',
        '<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><sst/>',
        '<?xml version="1.0"?><!doctype x><sst/>',
    ],
    ids=["billion-laughs", "external-entity", "lowercase-doctype"],
)
def test_xml_entity_tricks(exported: Path, tmp_path: Path, payload: str) -> None:
    path = tmp_path / "x.xlsx"
    rewrite_part(exported, path, "xl/sharedStrings.xml", payload)
    _refused(path, "DTD/ENTITY")


def test_a_million_rows(exported: Path, tmp_path: Path) -> None:
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>1</v></c></row>' for n in range(2, 1_000_002))
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>'
    )
    path = tmp_path / "x.xlsx"
    rewrite_part(exported, path, "xl/worksheets/sheet2.xml", sheet)
    _refused(path, "meer dan 100.000 rijen")


def test_foreign_workbook_without_base(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "ID"
    workbook.save(tmp_path / "x.xlsx")
    _refused(tmp_path / "x.xlsx", "niet met Verantwoording gemaakt")


def test_other_format_version(exported: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    workbook["_basis"]["B1"] = "verantwoording-xlsx/99"
    workbook.save(tmp_path / "x.xlsx")
    _refused(tmp_path / "x.xlsx", "andere versie")


def test_missing_id_column(exported: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    workbook["Activiteiten"]["A1"] = "Nummer"
    workbook.save(tmp_path / "x.xlsx")
    _refused(tmp_path / "x.xlsx", "kolom 'ID' ontbreekt")


# ---------------------------------------------------------------------------
# round-trip properties


def _document(title: str, owner: str, text: str) -> Document:
    activity = Activiteit(title=title, owner=owner, realisation=BlockText.from_plain(text), plan=BlockText.from_plain(text), id="x1")
    return Document(year=2022, id="d", programmes=(Programma("1", "P", (Hoofddoel("G", (activity,)),)),))


any_text = st.text(alphabet=st.characters(codec=None), max_size=200)
formula_like = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "_x0041_", "_x005F_"]).flatmap(
    lambda lead: st.text(max_size=30).map(lambda rest: lead + rest)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.one_of(any_text, formula_like), owner=st.one_of(any_text, formula_like), text=any_text)
def test_round_trip_over_all_of_unicode(tmp_path: Path, title: str, owner: str, text: str) -> None:
    document = _document(title, owner, text)
    target = tmp_path / "rt.xlsx"
    export_xlsx(document, target)
    contents = read_workbook(target)
    activity = document.programmes[0].goals[0].activities[0]
    expected = field_values(activity)
    assert contents.base["x1"] == expected
    assert contents.rows["x1"].values == expected
    assert expected["title"] == sanitise(title)[0]
    assert expected["realisation"] == sanitise(render_text(activity.realisation))[0]


def test_round_trip_at_the_cell_limit(tmp_path: Path) -> None:
    text = ("Een lange tekst met ë en • " * 2000)[: CELL_LIMIT]
    document = _document("t", "o", "")
    document = with_activity(document, "x1", title=text)
    export_xlsx(document, tmp_path / "rt.xlsx")
    assert read_workbook(tmp_path / "rt.xlsx").rows["x1"].values["title"] == text


def test_read_from_bytes_copy_is_identical(exported: Path) -> None:
    # the reader must not depend on our exact zip layout: re-zip with the stdlib
    with zipfile.ZipFile(exported) as archive:
        parts: dict[str, bytes | str] = {i.filename: archive.read(i) for i in archive.infolist()}
    buffer = io.BytesIO(zip_bytes(parts))
    copy = exported.with_name("copy.xlsx")
    copy.write_bytes(buffer.getvalue())
    assert read_workbook(copy).rows == read_workbook(exported).rows


def test_document_review_labels_travel_through_the_workbook(tmp_path: Path) -> None:
    from dataclasses import replace

    import openpyxl

    from tests.formats.corpus_xlsx import small_document
    from verantwoording_app.formats.xlsx_export import export_xlsx
    from verantwoording_app.formats.xlsx_import import read_workbook

    document = replace(small_document(), review_labels=("Concept", "Bij controller", "Goedgekeurd", "Definitief"))
    target = tmp_path / "labels.xlsx"
    export_xlsx(document, target)
    book = openpyxl.load_workbook(target)
    sheet = book["Activiteiten"]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=header.index("Reviewstatus") + 1).value = "Goedgekeurd"
    book.save(target)
    contents = read_workbook(target)
    first = next(iter(contents.rows.values())) if isinstance(contents.rows, dict) else contents.rows[0]
    assert first.values["review_state"] == "akkoord"
