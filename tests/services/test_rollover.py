"""The rollover use case on real databases: the old file untouched, the new one whole, lineage kept."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.errors import UserError
from verantwoording_app.domain.lineage import activity_past
from verantwoording_app.domain.model import DocumentKind, Outcome
from verantwoording_app.domain.rollover import Choice
from verantwoording_app.domain.selection import Selection
from verantwoording_app.services import packages, rollover, snapshots
from verantwoording_app.services.workspace import Workspace

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt"


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    path = tmp_path / "jaarstukken-2022.vwdb"
    ws = Workspace.open_default(path, author="coördinator")
    ws.assign(Selection(goal="I"), owner="Fatima", deadline=date(2023, 1, 15))
    ws.assign(Selection(goal="II"), owner="Piet")
    ws._store.add_person("Fatima", "medewerker")
    ws._store.add_person("Piet", "medewerker", "piet@almelo.nl")
    first = ws.tree()[0].goals[0].activities[0].id
    ws.save_activity(first, {"status": "gereed", "internal_note": "intern"})
    snapshots.create_snapshot(ws, "aan college")
    ws.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _roll(source: Path | str, out: Path, kind: str, year: int, **kwargs: object) -> rollover.RolloverReport:
    src = rollover.read_source(source)
    result = rollover.plan(src, rollover.options_for(kind, year, **kwargs))  # type: ignore[arg-type]
    return rollover.write_new_year(src, result, out, author="coördinator")


def test_old_database_is_unchanged_byte_for_byte(old_db: Path, tmp_path: Path) -> None:
    before = _digest(old_db)
    siblings = sorted(p.name for p in old_db.parent.iterdir())
    _roll(old_db, tmp_path / "begroting-2023.vwdb", "begroting", 2023)
    assert _digest(old_db) == before
    assert sorted(p.name for p in old_db.parent.iterdir()) == sorted([*siblings, "begroting-2023.vwdb"])


def test_new_database_carries_people_and_settings_not_history(old_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "jaarstukken-2023.vwdb"
    report = _roll(old_db, out, "jaarstukken", 2023, deadline=date(2024, 2, 1))
    assert report.people == 2
    assert not list(tmp_path.glob("*.tmp"))
    assert not list(tmp_path.glob("*-wal"))
    ws = Workspace.open(out, create=False)
    try:
        document = ws.document()
        assert (document.kind, document.year, document.municipality) == (DocumentKind.JAARSTUKKEN, 2023, "Almelo")
        assert {(p.name, p.email) for p in ws.people()} == {("Fatima", ""), ("Piet", "piet@almelo.nl")}
        assert ws.snapshots() == ()
        assert ws.conflicts(open_only=False) == ()
        first = next(document.iter_activities()).activity
        assert ws.history(first.id, "status") == ()
        assert first.owner == "Fatima"
        assert first.deadline == date(2024, 2, 1)
        assert first.plan_frozen
        assert first.status is None
        assert first.internal_note == ""
        assert len(document.past) == 13 + 2 + 1
        assert ws._store.get_meta("werkpakket") is None
    finally:
        ws.close()


def test_a_frozen_plan_refuses_edits_until_unfrozen(old_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "jaarstukken-2023.vwdb"
    _roll(old_db, out, "jaarstukken", 2023)
    ws = Workspace.open(out, create=False)
    try:
        activity_id = ws.tree()[0].goals[0].activities[0].id
        with pytest.raises(UserError, match="bevroren"):
            ws.save_activity(activity_id, {"plan": BlockText.from_plain("Anders.")})
        ws.save_activity(activity_id, {"realisation": BlockText.from_plain("Gedaan.")})  # the rest stays open
        ws.save_activity(activity_id, {"plan_frozen": False})
        saved = ws.save_activity(activity_id, {"plan": BlockText.from_plain("Anders.")})
        assert saved.plan.plain_text() == "Anders."
        assert not saved.plan_frozen
    finally:
        ws.close()


def test_a_failed_write_leaves_no_file(old_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(rollover, "_fill", broken)
    out = tmp_path / "half.vwdb"
    with pytest.raises(OSError, match="No space"):
        _roll(old_db, out, "begroting", 2023)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".half", "half"))) == []


def test_an_existing_target_is_never_overwritten(old_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "bestaat.vwdb"
    out.write_bytes(b"iets anders")
    with pytest.raises(UserError, match="bestaat al"):
        _roll(old_db, out, "begroting", 2023)
    assert out.read_bytes() == b"iets anders"


def test_start_from_last_years_pc_text(tmp_path: Path) -> None:
    out = tmp_path / "begroting-2023.vwdb"
    report = _roll(SAMPLE, out, "begroting", 2023)
    assert report.preview.source == "Jaarstukken 2022"
    ws = Workspace.open(out, create=False)
    try:
        document = ws.document()
        assert document.activity_count() == 13
        activity = next(document.iter_activities()).activity
        (entry,) = activity_past(document.past, activity)
        assert entry.year == 2022
        assert entry.realisation.plain_text().startswith(
            next(rollover.read_source(SAMPLE).document.iter_activities()).activity.realisation.plain_text()[:30])
    finally:
        ws.close()


def test_start_from_last_years_word_report(tmp_path: Path) -> None:
    """Where a municipality has no database yet, last year's .docx is the start; the lineage starts there."""
    from verantwoording_app.formats.docx_export import export_docx

    report_docx = tmp_path / "jaarstukken-2022.docx"
    export_docx(rollover.read_source(SAMPLE).document, report_docx)
    out = tmp_path / "jaarstukken-2023.vwdb"
    assert rollover.read_source(report_docx).origin == "docx"
    _roll(report_docx, out, "jaarstukken", 2023)
    ws = Workspace.open(out, create=False)
    try:
        document = ws.document()
        assert (document.kind, document.year) == (DocumentKind.JAARSTUKKEN, 2023)
        assert document.activity_count() == 13
        first = next(document.iter_activities()).activity
        assert first.title == "Verbeteren van de match op de arbeidsmarkt"
        assert first.realisation.is_empty
        (entry,) = activity_past(document.past, first)
        assert entry.year == 2022
        assert entry.realisation.plain_text()
    finally:
        ws.close()


def test_the_document_word_list_carries_over(old_db: Path, tmp_path: Path) -> None:
    from verantwoording_app.services import checking

    ws = Workspace.open(old_db, create=False)
    try:
        checking.take_words(ws, ["Almeloërs", "Heracles"], "coördinator")
    finally:
        ws.close()
    out = tmp_path / "begroting-2023.vwdb"
    _roll(old_db, out, "begroting", 2023)
    ws = Workspace.open(out, create=False)
    try:
        assert set(checking.aids(ws).words()) == {"Almeloërs", "Heracles"}
    finally:
        ws.close()


def test_choices_file_with_codes_and_errors(old_db: Path, tmp_path: Path) -> None:
    document = rollover.read_source(old_db).document
    lines = ["# keuzes", "1.I.1 afgerond", "1.II.2  doorgeschoven  # nog bezig", "1.II.3 samenvoegen 1.II.4", ""]
    choices = rollover.parse_choices(document, lines)
    by_code = {p.code: p.activity.lineage_id for p in document.iter_activities()}
    assert choices[by_code["1.I.1"]].choice is Choice.FINISHED
    assert choices[by_code["1.II.3"]].merge_into == by_code["1.II.4"]
    for bad, message in (("9.IX.9 afgerond", "geen activiteit"), ("1.I.1 weg", "onbekende keuze"),
                         ("1.I.1 samenvoegen", "waarmee"), ("1.I.1", "CODE KEUZE")):
        with pytest.raises(UserError, match=message):
            rollover.parse_choices(document, [bad])
    template = rollover.choices_template(document)
    assert len(rollover.parse_choices(document, template.splitlines())) == 13


def test_renamed_and_moved_activities_keep_their_lineage(old_db: Path, tmp_path: Path) -> None:
    from verantwoording_app.services.comparing import compare_files, format_comparison

    budget = tmp_path / "begroting-2023.vwdb"
    _roll(old_db, budget, "begroting", 2023)
    ws = Workspace.open(budget, create=False)
    try:
        tree = ws.tree()[0]
        renamed, moved = tree.goals[0].activities[1].id, tree.goals[0].activities[2].id
        lines = {p.activity.id: p.activity.lineage_id for p in ws.document().iter_activities()}
        ws.save_activity(renamed, {"title": "Een nieuwe naam"})
        ws.move_activity(moved, tree.goals[1].id, 0)
        ws.delete_activity(tree.goals[0].activities[3].id)
        after = {p.activity.id: p for p in ws.document().iter_activities()}
        assert after[renamed].activity.lineage_id == lines[renamed]
        assert after[moved].activity.lineage_id == lines[moved]
        assert after[moved].code == "1.II.1"
    finally:
        ws.close()
    text = format_comparison(compare_files(old_db, budget))
    assert "Verplaatst (1)" in text
    assert "1.I.3 → 1.II.1" in text
    assert "Hernoemd (1)" in text
    assert "was 'Ondersteunen van Almeloërs" in text
    assert "Gestopt (1)" in text
    assert "Nieuw" not in text
    accounts = tmp_path / "jaarstukken-2023.vwdb"
    _roll(budget, accounts, "jaarstukken", 2023)
    new = rollover.read_source(accounts).document
    by_line = {p.activity.lineage_id: p for p in new.iter_activities()}
    assert by_line[lines[renamed]].activity.title == "Een nieuwe naam"
    assert by_line[lines[moved]].goal.lineage_id == rollover.read_source(old_db).document.programmes[0].goals[
        1].lineage_id
    assert len(activity_past(new.past, by_line[lines[moved]].activity)) == 2


def test_rollover_round_trip_through_a_work_package(old_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "jaarstukken-2023.vwdb"
    _roll(old_db, out, "jaarstukken", 2023)
    coordinator = Workspace.open(out, author="coördinator", create=False)
    try:
        handout = tmp_path / "fatima.vwpakket"
        packages.create_handout(coordinator, "Fatima", handout)
        officer = packages.open_handout(handout, database=tmp_path / "fatima.vwdb", author="Fatima")
        try:
            document = officer.document()
            first = next(document.iter_activities()).activity
            assert first.plan_frozen
            assert len(document.past) == 16
            assert activity_past(document.past, first)[0].year == 2022
            officer.save_activity(first.id, {"realisation": BlockText.from_plain("In 2023 gedaan.")})
            handin = tmp_path / "fatima-terug.vwpakket"
            packages.create_handin(officer, handin)
        finally:
            officer.close()
        report = packages.merge_handins(coordinator, [handin])
        assert report.applied == 1
        assert report.conflicts == 0
        merged = coordinator.activity(first.id)
        assert merged.realisation.plain_text() == "In 2023 gedaan."
        assert merged.lineage_id == first.lineage_id
    finally:
        coordinator.close()
    outcomes = {e.outcome for e in rollover.read_source(out).document.past}
    assert outcomes == {Outcome.CARRIED}


def test_workbook_with_a_previous_year_column(old_db: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from verantwoording_app.services import xlsx_roundtrip
    from verantwoording_app.services.exporting import ExportOptions, export_document

    out = tmp_path / "jaarstukken-2023.vwdb"
    _roll(old_db, out, "jaarstukken", 2023)
    ws = Workspace.open(out, create=False)
    try:
        plain, with_column = tmp_path / "zonder.xlsx", tmp_path / "met.xlsx"
        export_document(ws, "xlsx", plain)
        export_document(ws, "xlsx", with_column, options=ExportOptions(previous_year=True))
        sheet = load_workbook(plain, read_only=True)["Activiteiten"]
        assert "Vorig jaar" not in [c.value for c in next(sheet.iter_rows(max_row=1))]
        book = load_workbook(with_column, read_only=True)
        rows = list(book["Activiteiten"].iter_rows(max_row=3, values_only=True))
        column = rows[0].index("Vorig jaar")
        first = next(rollover.read_source(old_db).document.iter_activities()).activity
        assert rows[1][column].startswith("Jaarstukken 2022 [Gereed]: ")
        assert first.realisation.plain_text()[:40] in rows[1][column]
        assert xlsx_roundtrip.preview(ws._store, with_column).is_empty  # the extra column is read-only
    finally:
        ws.close()


def test_database_url_to_database_url(old_db: Path, tmp_path: Path) -> None:
    """Server to server: the same code path through database URLs (SQLite URLs stand in for PostgreSQL)."""
    target = tmp_path / "server-nieuw.vwdb"
    report = _roll(f"sqlite:///{old_db}", f"sqlite:///{target}", "begroting", 2023)  # type: ignore[arg-type]
    assert report.preview.activities == 13
    assert rollover.read_source(target).document.title == "Begroting Almelo 2023"
    with pytest.raises(UserError, match="bevat al een document"):
        _roll(f"sqlite:///{old_db}", f"sqlite:///{target}", "begroting", 2023)  # type: ignore[arg-type]
    assert rollover.read_source(target).document.activity_count() == 13


def test_leftover_of_a_killed_rollover_is_cleared_and_a_device_refused(old_db: Path, tmp_path: Path) -> None:
    import os

    out = tmp_path / "begroting-2023.vwdb"
    leftover = tmp_path / f".{out.name}.dead.tmp"
    leftover.write_bytes(b"half")
    os.utime(leftover, (1, 1))
    _roll(old_db, out, "begroting", 2023)
    assert out.exists()
    assert not leftover.exists()
    with pytest.raises(UserError, match="geen gewoon bestand"):
        _roll(old_db, Path("/dev/null"), "begroting", 2023)


def test_the_chapter_starts_next_years_database(tmp_path: Path) -> None:
    from tests.formats.ledger_files import full_chapter_document
    from verantwoording_app.storage.store import Store

    old = tmp_path / "jaarstukken-2025.vwdb"
    store = Store.open(old)
    store.create_document(full_chapter_document(), author="coördinator")
    store.close()
    _roll(old, tmp_path / "begroting-2026.vwdb", "begroting", 2026)
    ws = Workspace.open(tmp_path / "begroting-2026.vwdb", author="coördinator", create=False)
    try:
        chapter = ws.document().chapter
        zorg = next(p for p in ws.tree() if p.number == "2")
        assert [e.plan.to_markdown().strip() for e in chapter.effects] == ["Iedereen krijgt de zorg die nodig is.",
                                                                   "Jongeren groeien veilig op."]
        assert all(e.realisation.is_empty and e.programme_id == zorg.id for e in chapter.effects)
        assert chapter.effects[1].goal_id == zorg.goals[0].id
        assert [i.name for i in chapter.indicators] == ["Wachttijd jeugdzorg"]
        assert chapter.lines == ()
        assert chapter.explanations == ()
    finally:
        ws.close()
