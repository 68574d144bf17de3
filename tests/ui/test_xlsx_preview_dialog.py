"""The Excel import preview dialog: shows entries, collects decisions, no database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from verantwoording_app.services.xlsx_roundtrip import EntryKind, Preview, PreviewEntry
from verantwoording_app.ui.xlsx_preview_dialog import COL_CHOICE, COL_KIND, XlsxPreviewDialog


def _entry(activity_id: str, field: str, kind: EntryKind, *, deletes: bool = False) -> PreviewEntry:
    return PreviewEntry(
        activity_id=activity_id, activity=f"1.I.1 Activiteit {activity_id}", field=field, field_label=field,
        kind=kind, old="oud", new="" if deletes else "nieuw " * 100, base="basis", ours_value="oud",
        theirs_value="" if deletes else "nieuw", deletes=deletes,
    )


@pytest.fixture
def preview() -> Preview:
    return Preview(
        path=Path("overzicht.xlsx"), document_id="d", document_title="Jaarstukken 2022", exported_at="2023-03-14",
        entries=(
            _entry("a1", "status", EntryKind.CHANGE),
            _entry("a1", "owner", EntryKind.CONFLICT),
            _entry("a2", "realisation", EntryKind.DELETION, deletes=True),
        ),
        notices=("Rij 9 heeft geen ID en wordt overgeslagen.",),
    )


def test_shows_entries_and_collects_decisions(qtbot, preview: Preview) -> None:
    dialog = XlsxPreviewDialog(preview)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Excel importeren – voorbeeld"
    assert dialog.table.rowCount() == 3
    assert [dialog.table.item(r, COL_KIND).text() for r in range(3)] == ["wijziging", "conflict", "verwijdering"]
    assert dialog.table.item(0, 3).text().endswith("…")  # long text elided, full text in the tooltip
    assert dialog.table.item(0, 3).toolTip().startswith("nieuw nieuw")
    assert isinstance(dialog.table.cellWidget(1, COL_CHOICE), QComboBox)
    assert dialog.table.cellWidget(0, COL_CHOICE) is None
    assert dialog.notices.count() == 1
    assert dialog.decisions().choices == {("a1", "owner"): "database"}
    assert not dialog.decisions().allow_deletions

    dialog.set_choice(("a1", "owner"), "workbook")
    dialog.allow_deletions.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.apply_button.click()
    decisions = dialog.decisions()
    assert decisions.choices == {("a1", "owner"): "workbook"}
    assert decisions.allow_deletions


def test_cancel_rejects(qtbot, preview: Preview) -> None:
    dialog = XlsxPreviewDialog(preview)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rejected):
        dialog.cancel_button.click()


def test_empty_preview_cannot_apply(qtbot) -> None:
    empty = Preview(Path("x.xlsx"), "d", "", "", (), ())
    dialog = XlsxPreviewDialog(empty)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    assert not dialog.allow_deletions.isEnabled()


def test_explanation_changes_are_listed_with_their_own_choice(qtbot, tmp_path: Path) -> None:
    from verantwoording_app.domain.blocktext import parse_markdown
    from verantwoording_app.domain.chapter import LineKind
    from verantwoording_app.services import chapter as service
    from verantwoording_app.services.chapter_roundtrip import preview_explanations
    from verantwoording_app.services.exporting import export_document
    from verantwoording_app.services.importing import apply_workbook, preview_workbook
    from verantwoording_app.services.workspace import Workspace

    from ..formats.ledger_files import chapter_document, per_programme_xlsx
    from ..services.test_chapter_roundtrip import edit

    workspace = Workspace.open(tmp_path / "r.vwdb", author="coordinator")
    try:
        workspace._store.create_document(chapter_document(), author="x")
        service.import_ledger(workspace, per_programme_xlsx(tmp_path / "g.xlsx"))
        service.save_explanation(workspace, "p2", LineKind.LASTEN, {"cause": parse_markdown("Oud.")})
        target = tmp_path / "overzicht.xlsx"
        export_document(workspace, "xlsx", target)
        edit(target, "p2:lasten", Toelichting="Uit de werkmap.")
        edit(target, "p2:baten", Eigenaar="Carla")
        service.save_explanation(workspace, "p2", LineKind.LASTEN, {"cause": parse_markdown("Intussen gewijzigd.")})
        preview, explained = preview_workbook(workspace, target), preview_explanations(workspace, target)
        dialog = XlsxPreviewDialog(preview, explanations=explained)
        qtbot.addWidget(dialog)
        rows = {dialog.table.item(r, 1).text(): r for r in range(dialog.table.rowCount())}
        assert set(rows) == {"toelichting", "eigenaar"}
        cause_row = rows["toelichting"]
        assert dialog.table.item(cause_row, 0).text() == "Programma 2 Zorg · Lasten"
        assert dialog.table.item(cause_row, COL_KIND).text() == "conflict"
        assert isinstance(dialog.table.cellWidget(cause_row, COL_CHOICE), QComboBox)
        assert dialog.table.item(rows["eigenaar"], COL_KIND).text() == "wijziging"
        assert "Toelichtingen op afwijkingen: 1 wijziging, 1 conflict." in dialog.findChild(QLabel, "summary").text()
        assert dialog.apply_button.isEnabled()
        dialog.set_explanation_choice(("p2", "lasten", "cause"), "workbook")
        apply_workbook(workspace, preview, dialog.decisions(), explained=explained)
        chapter = service.chapter(workspace)
        assert chapter.explanation_for("p2", LineKind.LASTEN).cause.plain_text() == "Uit de werkmap."
        assert chapter.explanation_for("p2", LineKind.BATEN).owner == "Carla"
    finally:
        workspace.close()
