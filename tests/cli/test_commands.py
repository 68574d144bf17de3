"""Each collaboration and maintenance command on its own: handout, handin, conflicts, snapshot, people,
assign, backup, search, and importing packages and workbooks (issue 14 items 2, 3, 7, 17, 20)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.services import backups
from verantwoording_app.services.workspace import Workspace

from .conftest import cli


def _ids(db: str, goal: int) -> list[str]:
    workspace = Workspace.open(db, create=False)
    try:
        return [a.id for a in workspace.tree()[0].goals[goal].activities]
    finally:
        workspace.close()


def _activities(db: str) -> list[tuple[str, date | None]]:
    workspace = Workspace.open(db, create=False)
    try:
        return [(p.activity.owner, p.activity.deadline) for p in workspace.document().iter_activities()]
    finally:
        workspace.close()


def _edit(db: str, activity_id: str, changes: dict[str, object], author: str) -> None:
    workspace = Workspace.open(db, create=False, author=author)
    try:
        workspace.save_activity(activity_id, changes)
    finally:
        workspace.close()


# -- assign -----------------------------------------------------------------------------------------


def test_assign_sets_owner_and_deadline_of_a_goal(demo_db: str) -> None:
    code, out, _ = cli("assign", "--db", demo_db, "--owner", "Piet", "--goal", "II", "--deadline", "15-02-2023")
    assert code == 0
    assert out.strip() == "5 activiteiten toegewezen aan Piet, deadline 15-02-2023"
    rows = _activities(demo_db)
    assert rows[8:] == [("Piet", date(2023, 2, 15))] * 5
    assert rows[:8] == [("", None)] * 8


def test_assign_one_activity_says_singular_and_makes_no_backup(demo_db: str) -> None:
    code, out, _ = cli("assign", "--db", demo_db, "--owner", "Anna", "--goal", "I", "--activity", "2")
    assert (code, out.strip()) == (0, "1 activiteit toegewezen aan Anna")
    assert backups.list_backups(Path(demo_db)) == []


def test_assign_in_bulk_makes_a_backup_first(demo_db: str) -> None:
    assert cli("assign", "--db", demo_db, "--owner", "Piet")[0] == 0
    (made,) = backups.list_backups(Path(demo_db))
    assert made.reason == "voor-bulkwijziging"
    with sqlite3.connect(f"file:{made.path}?mode=ro", uri=True) as connection:  # the state before
        owners = {row[0] for row in connection.execute("SELECT owner FROM activities")}
    assert owners == {""}


@pytest.mark.parametrize("owner", ["", "   "])
def test_assign_refuses_an_empty_owner(demo_db: str, owner: str) -> None:
    cli("assign", "--db", demo_db, "--owner", "Piet")
    before = Path(demo_db).read_bytes()
    code, _, err = cli("assign", "--db", demo_db, "--owner", owner)
    assert code == 1
    assert "lege eigenaar" in err
    assert {o for o, _ in _activities(demo_db)} == {"Piet"}
    assert Path(demo_db).read_bytes() == before


def test_assign_refuses_a_bad_deadline(demo_db: str) -> None:
    code, _, err = cli("assign", "--db", demo_db, "--owner", "Piet", "--deadline", "2023-02-15")
    assert code == 1
    assert "dd-mm-jjjj" in err


# -- people and snapshots ------------------------------------------------------------------------------


def test_people_add_list_remove(demo_db: str) -> None:
    code, out, _ = cli("people", "add", "Fatima", "--role", "coördinator", "--db", demo_db)
    assert (code, out.strip()) == (0, "Fatima  (coördinator)")
    cli("people", "add", "Piet", "--db", demo_db)
    assert cli("people", "--db", demo_db)[1].splitlines() == ["Fatima  (coördinator)", "Piet  (medewerker)"]
    assert cli("people", "remove", "fatima", "--db", demo_db)[1].splitlines() == ["Piet  (medewerker)"]
    code, _, err = cli("people", "remove", "Niemand", "--db", demo_db)
    assert (code, err.strip()) == (1, "fout: 'Niemand' staat niet in de lijst van mensen.")


def test_people_remove_without_a_name_is_a_usage_error(demo_db: str) -> None:
    code, _, err = cli("people", "remove", "--db", demo_db)
    assert code == 2
    assert "None" not in err
    assert err.splitlines()[1].startswith("gebruik: verantwoording people")


def test_snapshots_create_list_diff_and_refuse_a_duplicate_name(demo_db: str) -> None:
    assert cli("snapshot", "create", "aan college", "--db", demo_db)[0] == 0
    code, _, err = cli("snapshot", "create", "Aan College", "--db", demo_db)
    assert code == 1
    assert "bestaat al" in err
    assert cli("snapshot", "list", "--db", demo_db)[1].count("aan college") == 1
    first = _ids(demo_db, 0)[0]
    _edit(demo_db, first, {"status": "gereed"}, "test")
    code, out, _ = cli("snapshot", "diff", "aan college", "--db", demo_db)
    assert code == 0
    assert out.splitlines()[0] == "Sinds 'aan college': 1 activiteit gewijzigd"
    assert "1.I.1" in out
    assert "status" in out


# -- packages: handout, import (by content), handin, conflicts ---------------------------------------------


def test_handout_handin_merge_and_conflicts(demo_db: str, tmp_path: Path) -> None:
    cli("assign", "--db", demo_db, "--owner", "Fatima", "--goal", "I")
    handout = tmp_path / "anna.pkg"  # not our suffix: recognised by its manifest
    code, out, _ = cli("handout", "--db", demo_db, "--owner", "fatima", "--out", str(handout))
    assert code == 0
    assert "Werkpakket voor fatima: 8 van 13 activiteiten bewerkbaar" in out
    officer = str(tmp_path / "fatima.vwdb")
    code, out, err = cli("import", str(handout), "--db", officer)
    assert code == 0, err
    assert "8 activiteiten om te bewerken" in out

    first = _ids(demo_db, 0)[0]
    _edit(officer, first, {"realisation": BlockText.from_plain("Versie van Fatima.")}, "Fatima")
    _edit(demo_db, first, {"realisation": BlockText.from_plain("Versie van de coördinator.")}, "coördinator")
    handin = tmp_path / "terug.zip"
    code, out, _ = cli("handin", "--db", officer, "--out", str(handin))
    assert code == 0
    assert "Inleverpakket gemaakt: 1 activiteit, 1 gewijzigd veld" in out

    code, out, err = cli("import", str(handin), "--db", demo_db)
    assert code == 0, err
    assert out.startswith("1 pakket: 0 wijzigingen verwerkt, 1 conflict te beslissen, 0 opmerkingen")
    code, out, _ = cli("conflicts", "--db", demo_db)
    assert code == 0
    assert "— realisatie (van" in out
    assert "realisation" not in out
    assert "+ Fatima" in out
    conflict_id = out.split()[0]
    code, out, _ = cli("conflicts", "resolve", conflict_id, "--take", "pakket", "--db", demo_db)
    assert code == 0
    workspace = Workspace.open(demo_db, create=False)
    try:
        assert workspace.activity(first).realisation.plain_text() == "Versie van Fatima."
    finally:
        workspace.close()
    assert cli("conflicts", "--db", demo_db)[1].strip() == "Geen open conflicten."


def test_handout_for_nobody_is_refused(demo_db: str, tmp_path: Path) -> None:
    code, _, err = cli("handout", "--db", demo_db, "--owner", "Niemand", "--out", str(tmp_path / "x.vwpakket"))
    assert code == 1
    assert "geen activiteiten met eigenaar 'Niemand'" in err
    assert not (tmp_path / "x.vwpakket").exists()


# -- workbooks ----------------------------------------------------------------------------------------


def test_workbook_round_trip_through_the_command_line(demo_db: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    workbook = tmp_path / "overzicht.xlsx"
    assert cli("export", "--db", demo_db, "--out", str(workbook))[0] == 0
    book = load_workbook(workbook)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    column = header.index("Eigenaar") + 1
    sheet.cell(row=2, column=column, value="Wendy")
    renamed = tmp_path / "overzicht-bewerkt.dat"  # any name: recognised by content
    book.save(renamed)

    code, out, err = cli("import", str(renamed), "--db", demo_db)
    assert code == 0, err
    assert "1 wijziging" in out
    assert "Er is nog niets gewijzigd; voeg --apply toe" in out
    assert {o for o, _ in _activities(demo_db)} == {""}
    code, out, err = cli("import", str(renamed), "--db", demo_db, "--apply")
    assert code == 0, err
    assert out.strip().splitlines()[-1] == "1 veld in 1 activiteit bijgewerkt; 0 conflicten en 0 verwijderingen niet toegepast"
    assert _activities(demo_db)[0][0] == "Wendy"


# -- backups ------------------------------------------------------------------------------------------


def test_backup_create_list_restore(demo_db: str) -> None:
    code, out, _ = cli("backup", "create", "--db", demo_db)
    assert code == 0
    assert out.startswith("Reservekopie gemaakt: ")
    first = _ids(demo_db, 0)[0]
    _edit(demo_db, first, {"title": "Gewijzigd"}, "test")
    code, out, _ = cli("backup", "list", "--db", demo_db)
    assert "  1. " in out
    assert "13 activiteiten  handmatig" in out
    code, out, _ = cli("backup", "restore", "1", "--db", demo_db)
    assert code == 0
    assert "Hersteld uit" in out
    workspace = Workspace.open(demo_db, create=False)
    try:
        assert workspace.activity(first).title != "Gewijzigd"
    finally:
        workspace.close()


def test_backup_restore_needs_a_number(demo_db: str) -> None:
    code, _, err = cli("backup", "restore", "--db", demo_db)
    assert code == 2
    assert "Geef het nummer van de reservekopie" in err


def test_backups_of_two_databases_with_the_same_name_do_not_mix(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = str(tmp_path / "a" / "doc.vwdb"), str(tmp_path / "b" / "doc.vwdb")
    cli("demo", "--db", first)
    cli("demo", "--db", second)
    cli("backup", "create", "--db", first)
    assert cli("backup", "list", "--db", second)[1].strip() == "Er zijn nog geen reservekopieën."
    code, _, _err = cli("backup", "restore", "1", "--db", second)
    assert code == 1


def test_a_backup_of_another_document_needs_its_name(demo_db: str, tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parents[2] / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt"
    cli("backup", "create", "--db", demo_db)
    assert cli("import", str(sample), "--db", demo_db, "--replace")[0] == 0  # a new document in the file
    code, out, _ = cli("backup", "list", "--db", demo_db)
    assert "(ander document: Jaarstukken Almelo 2022)" in out
    number = next(line.split(".")[0].strip() for line in out.splitlines() if "handmatig" in line)
    before = Path(demo_db).read_bytes()
    code, _, err = cli("backup", "restore", number, "--db", demo_db)
    assert code == 1
    assert "is van een ander document" in err
    assert "--confirm-document 'Jaarstukken Almelo 2022'" in err
    assert Path(demo_db).read_bytes() == before
    assert cli("backup", "restore", number, "--db", demo_db, "--confirm-document", "verkeerd")[0] == 1
    code, _, err = cli("backup", "restore", number, "--db", demo_db, "--confirm-document", "jaarstukken almelo 2022")
    assert code == 0, err


def test_command_line_backups_are_thinned(demo_db: str) -> None:
    folder = backups.backup_folder(Path(demo_db))
    made = backups.make_backup(Path(demo_db), "handmatig")
    for day in range(1, 29):  # one a day in February 2020: long past the daily and weekly windows
        (folder / f"demo-202002{day:02d}-120000-periodiek.vwdb").write_bytes(made.read_bytes())
    assert len(backups.list_backups(Path(demo_db))) == 29
    code, out, _ = cli("backup", "create", "--db", demo_db)
    assert code == 0
    assert "20 oudere reservekopieën opgeruimd" in out
    assert len(backups.list_backups(Path(demo_db))) == backups.KEEP_RECENT


# -- search and status filters ------------------------------------------------------------------------------


def test_search_lists_every_hit_with_code_and_context(demo_db: str) -> None:
    code, out, _ = cli("search", "Almelo", "--db", demo_db)
    assert code == 0
    lines = out.splitlines()
    assert lines[-1].endswith("activiteiten")
    assert "vindplaatsen in" in lines[-1]
    assert all(line.split()[0].count(".") == 2 for line in lines[:-1])
    assert "[Almelo]" in lines[0]


def test_search_whole_word_and_case(demo_db: str) -> None:
    first = _ids(demo_db, 0)[0]
    _edit(demo_db, first, {"title": "Almeloërs en almelo"}, "test")
    loose = cli("search", "almelo", "--db", demo_db)[1]
    whole = cli("search", "almelo", "--whole-word", "--db", demo_db)[1]
    exact = cli("search", "almelo", "--whole-word", "--case", "--db", demo_db)[1]
    assert "1.I.1 titel: [Almelo]ërs en almelo" in loose
    assert "[Almelo]ërs" not in whole
    assert "1.I.1 titel: Almeloërs en [almelo]" in whole
    assert [line for line in exact.splitlines() if "titel" in line] == ["1.I.1 titel: Almeloërs en [almelo]"]
    assert cli("search", "Xyzzy", "--db", demo_db)[1].strip() == "Niets gevonden voor 'Xyzzy'."


@pytest.mark.parametrize("status", ["Gereed", "gereed", "GEREED"])
def test_status_filter_accepts_labels_and_keys(demo_db: str, tmp_path: Path, status: str) -> None:
    first = _ids(demo_db, 0)[0]
    _edit(demo_db, first, {"status": "gereed"}, "test")
    code, out, _ = cli("export", "--db", demo_db, "--out", str(tmp_path / "x.md"), "--status", status)
    assert code == 0
    assert out.startswith("1 activiteit geëxporteerd")
    assert "waarschuwing" not in out


def test_filters_that_match_nothing_warn(demo_db: str, tmp_path: Path) -> None:
    code, out, _ = cli("export", "--db", demo_db, "--out", str(tmp_path / "x.md"), "--status", "Vertraagd",
                       "--owner", "Niemand")
    assert code == 0
    assert "waarschuwing: geen enkele activiteit heeft de status 'Vertraagd'" in out
    assert "waarschuwing: geen enkele activiteit heeft eigenaar 'Niemand'" in out
    code, _, err = cli("export", "--db", demo_db, "--out", str(tmp_path / "x.md"), "--status", "Klaar")
    assert code == 1
    assert "Onbekende status 'Klaar'. Dit document kent: Op schema, Gereed" in err
