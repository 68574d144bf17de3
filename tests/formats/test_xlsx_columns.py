"""The row sheets' column tables drive the writer: letters, headers, widths, hidden columns and cells."""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING
from xml.dom import minidom

import pytest

from tests.formats.corpus_xlsx import EXPORTED_AT, small_document
from verantwoording_app.formats.xlsx_columns import (
    ACTIVITY_COLUMNS,
    ACTIVITY_SHEET,
    KEY_FIGURE_SHEET,
    Cell,
    Column,
    RowWriter,
    row_height,
)
from verantwoording_app.formats.xlsx_export import export_xlsx
from verantwoording_app.formats.xlsx_sheet import wrapped_lines

if TYPE_CHECKING:
    from pathlib import Path


def test_the_import_reads_the_same_declaration() -> None:
    assert tuple((c.key, c.header, c.editable) for c in ACTIVITY_SHEET) == ACTIVITY_COLUMNS
    assert len({c.key for c in ACTIVITY_SHEET}) == len(ACTIVITY_SHEET)
    assert len({c.header for c in KEY_FIGURE_SHEET}) == len(KEY_FIGURE_SHEET)


def _sheet(path: Path, name: str) -> minidom.Document:
    with zipfile.ZipFile(path) as archive:
        return minidom.parseString(archive.read(name))


def test_widths_headers_and_hidden_columns_follow_the_table(tmp_path: Path) -> None:
    target = tmp_path / "overzicht.xlsx"
    export_xlsx(small_document(), target, exported_at=EXPORTED_AT, findings={})
    sheet = _sheet(target, "xl/worksheets/sheet1.xml")
    cols = sheet.getElementsByTagName("col")
    assert len(cols) == len(ACTIVITY_SHEET) + 1  # the findings column of this export at the end
    for col, column in zip(cols, ACTIVITY_SHEET, strict=False):
        assert (col.getAttribute("hidden") == "1") == column.hidden
        if not column.fit:
            assert float(col.getAttribute("width")) == column.width
        else:
            assert float(col.getAttribute("width")) <= column.fit
    header = sheet.getElementsByTagName("row")[0]
    texts = [c.getElementsByTagName("t")[0].firstChild.data  # type: ignore[union-attr]  # a text node
             for c in header.getElementsByTagName("c")]
    assert texts == [*(c.header for c in ACTIVITY_SHEET), "Controle"]
    figures = _sheet(target, "xl/worksheets/sheet2.xml")
    assert [float(c.getAttribute("width")) for c in figures.getElementsByTagName("col")] == [
        c.width for c in KEY_FIGURE_SHEET]


def test_row_writer_writes_each_kind_of_cell() -> None:
    columns: list[Column[dict[str, str]]] = [
        Column("a", "A", False, 5, 2, Cell.TEXT, lambda r: r["a"]),
        Column("b", "B", False, 5, 3, Cell.LABEL, lambda r: r["b"], optional=True),
        Column("c", "C", True, 5, 4, Cell.NUMBER, lambda r: r["c"]),
        Column("d", "D", False, 5, 2, Cell.RAW, lambda r: r["d"]),
    ]
    writer = RowWriter(columns)
    assert writer.letter("c") == "C"
    row = writer.row(7, {"a": " x ", "b": "", "c": "12", "d": "><v>3</v>"}, height=30)
    assert row == (
        '<row r="7" ht="30" customHeight="1">'
        '<c r="A7" s="2" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c>'
        '<c r="C7" s="4"><v>12</v></c>'
        '<c r="D7" s="2"><v>3</v></c></row>'
    )  # the optional empty B is left out
    assert writer.row(8, {"a": "", "b": "k", "c": "1", "d": "><v>1</v>"}).startswith(
        '<row r="8"><c r="A8" s="2" t="inlineStr"><is><t xml:space="preserve"></t></is></c>'
        '<c r="B8" s="3" t="inlineStr"><is><t>k</t></is></c>')


@pytest.mark.parametrize("text", ["", "kort", "a" * 92, "a" * 93, "regel\n" * 40, "x" * 3000,
                                  "één\n\ntwee " * 200, ("woord " * 30 + "\n") * 20])
@pytest.mark.parametrize("width", [6.0, 30.0, 80.0])
def test_capped_line_count_gives_the_same_row_height(text: str, width: float) -> None:
    exact = wrapped_lines(text, width)
    capped = wrapped_lines(text, width, 28)
    assert capped == exact or capped == 28 <= exact  # counted in full, or stopped once it is that many
    assert row_height(capped) == row_height(exact)
