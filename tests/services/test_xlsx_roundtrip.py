"""Preview and apply of an edited workbook against a real store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import openpyxl
import pytest

from tests.formats.corpus_xlsx import EXPORTED_AT, small_document
from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.errors import ImportRefused
from verantwoording_app.domain.model import Document, ReviewState
from verantwoording_app.formats.xlsx_export import export_xlsx
from verantwoording_app.services.xlsx_roundtrip import (
    EntryKind,
    apply,
    format_preview,
    preview,
    text_from_cell,
)
from verantwoording_app.storage.store import Store

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "test.vwdb")
    opened.create_document(small_document(), author="coördinator")
    yield opened
    opened.close()


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> Path:
    target = tmp_path / "overzicht.xlsx"
    export_xlsx(store.load_document(), target, exported_at=EXPORTED_AT)
    return target


def _edit(source: Path, target: Path, cells: dict[str, object], sheet: str = "Activiteiten") -> Path:
    workbook = openpyxl.load_workbook(source)
    for ref, value in cells.items():
        workbook[sheet][ref] = value
    workbook.save(target)
    return target


def _activity(store: Store, activity_id: str):
    return store.load_activity(activity_id)


def test_unedited_workbook_changes_nothing(store: Store, exported: Path) -> None:
    result = preview(store, exported)
    assert result.is_empty
    assert not result.notices
    before = store.load_document()
    assert apply(store, result, take="workbook", allow_deletions=True, author="x").fields == 0
    assert store.load_document() == before
    assert "Geen wijzigingen" in format_preview(result)


def test_unedited_workbook_after_database_edits_changes_nothing(store: Store, exported: Path) -> None:
    store.update_activity("a1", {"owner": "Nieuwe eigenaar"}, "x")
    assert preview(store, exported).is_empty


def test_workbook_edits_are_applied(store: Store, exported: Path, tmp_path: Path) -> None:
    edited = _edit(exported, tmp_path / "e.xlsx", {
        "K2": "Vertraagd", "L2": "Ter review", "J2": "2024-01-15", "H3": "K. Bakker",
        "S4": "Nu wel gedaan.\n\n• punt één\n• punt twee",
    })
    result = preview(store, edited)
    assert {(e.activity_id, e.field, e.kind) for e in result.entries} == {
        ("a1", "status", EntryKind.CHANGE),
        ("a1", "review_state", EntryKind.CHANGE),
        ("a1", "deadline", EntryKind.CHANGE),
        ("a2", "owner", EntryKind.CHANGE),
        ("a3", "realisation", EntryKind.CHANGE),
    }
    entry = next(e for e in result.entries if e.field == "status")
    assert (entry.old, entry.new) == ("Gereed", "Vertraagd")
    outcome = apply(store, result, author="coördinator")
    assert outcome.fields == 5
    a1 = _activity(store, "a1")
    assert a1.status == "vertraagd"
    assert a1.review_state is ReviewState.TER_REVIEW
    assert a1.deadline == date(2024, 1, 15)
    assert _activity(store, "a2").owner == "K. Bakker"
    assert _activity(store, "a3").realisation.plain_text() == "Nu wel gedaan.\n\n  • punt één\n  • punt twee"
    assert store.history("a1", "status")[-1].author == "coördinator"
    assert preview(store, edited).is_empty  # importing twice changes nothing more


def test_database_change_is_kept(store: Store, exported: Path, tmp_path: Path) -> None:
    store.update_activity("a1", {"owner": "In de app gewijzigd"}, "x")
    edited = _edit(exported, tmp_path / "e.xlsx", {"K2": "Vertraagd"})
    result = preview(store, edited)
    assert [(e.field, e.kind) for e in result.entries] == [("status", EntryKind.CHANGE)]
    apply(store, result, author="x")
    assert _activity(store, "a1").owner == "In de app gewijzigd"


@pytest.mark.parametrize(("take", "expected"), [(None, "Database"), ("database", "Database"), ("workbook", "Werkmap")])
def test_conflict_left_alone_unless_a_side_is_taken(
    store: Store, exported: Path, tmp_path: Path, take: str | None, expected: str
) -> None:
    store.update_activity("a1", {"owner": "Database"}, "x")
    edited = _edit(exported, tmp_path / "e.xlsx", {"H2": "Werkmap"})
    result = preview(store, edited)
    [conflict] = result.conflicts
    assert (conflict.old, conflict.new, conflict.base) == ("Database", "Werkmap", "J. de Vries")
    apply(store, result, take=take, author="x")  # type: ignore[arg-type]
    assert _activity(store, "a1").owner == expected


def test_per_conflict_choices_override_take(store: Store, exported: Path, tmp_path: Path) -> None:
    store.update_activity("a1", {"owner": "Database"}, "x")
    store.update_activity("a4", {"owner": "Database"}, "x")
    edited = _edit(exported, tmp_path / "e.xlsx", {"H2": "Werkmap", "H5": "Werkmap"})
    result = preview(store, edited)
    apply(store, result, take="database", author="x", choices={("a4", "owner"): "workbook"})
    assert _activity(store, "a1").owner == "Database"
    assert _activity(store, "a4").owner == "Werkmap"


def test_empty_cell_deletes_only_when_allowed(store: Store, exported: Path, tmp_path: Path) -> None:
    edited = _edit(exported, tmp_path / "e.xlsx", {"S2": None, "H2": None})
    result = preview(store, edited)
    assert {(e.field, e.kind) for e in result.entries} == {
        ("realisation", EntryKind.DELETION), ("owner", EntryKind.DELETION),
    }
    outcome = apply(store, result, take="workbook", author="x")
    assert outcome.skipped_deletions == 2
    assert not _activity(store, "a1").realisation.is_empty
    apply(store, preview(store, edited), allow_deletions=True, author="x")
    assert _activity(store, "a1").realisation.is_empty
    assert _activity(store, "a1").owner == ""


def test_key_figures_edit_add_and_remove(store: Store, exported: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    sheet = workbook["Kengetallen"]
    sheet["H2"] = 340
    sheet.append(["a4", None, None, "Nieuwe leerlingen", "aantal", None, 50, 48, "DUO"])
    workbook.save(tmp_path / "e.xlsx")
    result = preview(store, tmp_path / "e.xlsx")
    kinds = {(e.activity_id, e.field): e.kind for e in result.entries}
    assert kinds == {("a1", "kengetallen"): EntryKind.CHANGE, ("a4", "kengetallen"): EntryKind.CHANGE}
    apply(store, result, author="x")
    a1 = _activity(store, "a1")
    assert [(k.id, k.realised) for k in a1.kengetallen] == [("k1", Decimal(340)), ("k2", Decimal("0.1"))]
    [added] = _activity(store, "a4").kengetallen
    assert (added.label, added.target, added.realised, added.source) == ("Nieuwe leerlingen", 50, 48, "DUO")

    export_xlsx(store.load_document(), tmp_path / "again.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "again.xlsx")
    workbook["Kengetallen"].delete_rows(3)  # remove k2
    workbook.save(tmp_path / "f.xlsx")
    [entry] = preview(store, tmp_path / "f.xlsx").entries
    assert (entry.activity_id, entry.kind) == ("a1", EntryKind.DELETION)


def test_unknown_ids_and_deleted_rows_are_listed(store: Store, exported: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    sheet = workbook["Activiteiten"]
    sheet["A3"] = "onbekend-id"
    sheet.delete_rows(6)
    workbook.save(tmp_path / "e.xlsx")
    result = preview(store, tmp_path / "e.xlsx")
    assert result.is_empty
    text = "\n".join(result.notices)
    assert "onbekend ID 'onbekend-id'" in text
    assert "1.I.2" in text
    assert "2.I.2 Vijfde: de rij is uit de werkmap verwijderd" in text


def test_workbook_of_another_document_is_refused(store: Store, tmp_path: Path) -> None:
    other = Document(year=2022, municipality="Hengelo", id="other")
    export_xlsx(other, tmp_path / "other.xlsx")
    with pytest.raises(ImportRefused, match="ander document"):
        preview(store, tmp_path / "other.xlsx")


def test_apply_refuses_when_database_changed_since_preview(store: Store, exported: Path, tmp_path: Path) -> None:
    edited = _edit(exported, tmp_path / "e.xlsx", {"H2": "Werkmap", "H3": "Ook"})
    result = preview(store, edited)
    store.update_activity("a1", {"owner": "Tussendoor"}, "x")
    with pytest.raises(ImportRefused, match="gewijzigd sinds het voorbeeld"):
        apply(store, result, author="x")
    assert _activity(store, "a2").owner == "\tTab Eigenaar"  # nothing written


def test_hostile_file_changes_nothing(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("ID;Status\n", encoding="utf-8")
    before = store.load_document()
    with pytest.raises(ImportRefused):
        preview(store, path)
    assert store.load_document() == before


def test_unchanged_lines_keep_their_formatting() -> None:
    current = BlockText.from_markdown("**Vet** begin.\n\n- *schuin* punt")
    rebuilt = text_from_cell("Vet begin.\n\n• schuin punt\n• nieuw punt", current)
    assert rebuilt.to_markdown() == "**Vet** begin.\n\n- *schuin* punt\n- nieuw punt\n"
