"""Every door asks the one policy: the same change gets the same answer in the window's services,
the workbook re-import, the package merge and the command line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.errors import UserError
from verantwoording_app.domain.model import Kengetal
from verantwoording_app.domain.policy import PolicyRefused, Role
from verantwoording_app.domain.selection import Selection
from verantwoording_app.services import packages
from verantwoording_app.services.workspace import Workspace

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open_default(tmp_path / "coordinator.vwdb", author="coördinator")
    ws.assign(Selection(goal="I"), owner="Fatima")
    ws.assign(Selection(goal="II"), owner="Piet")
    yield ws
    ws.close()


@pytest.fixture
def fatima(coordinator: Workspace, tmp_path: Path) -> Iterator[Workspace]:
    handout = tmp_path / "fatima-uitgifte.vwpakket"
    packages.create_handout(coordinator, "Fatima", handout)
    ws = packages.open_handout(handout, database=tmp_path / "fatima.vwdb", author="Fatima")
    yield ws
    ws.close()


def _ids(ws: Workspace, goal: int) -> list[str]:
    return [a.id for a in ws.tree()[0].goals[goal].activities]


def test_the_person_of_a_database(coordinator: Workspace, fatima: Workspace) -> None:
    assert coordinator.person.role is Role.COORDINATOR
    assert fatima.person.role is Role.OFFICER
    assert fatima.person.name == "Fatima"
    assert fatima.person.activities == frozenset(_ids(fatima, 0))


def test_officer_cannot_approve_own_work_in_the_working_database(fatima: Workspace) -> None:
    """(b) setting vastgesteld on one's own activity is refused when made, with the reason."""
    own = _ids(fatima, 0)[0]
    for state in ("vastgesteld", "akkoord"):
        with pytest.raises(PolicyRefused, match="zet de coördinator: niemand keurt zijn eigen werk goed"):
            fatima.save_activity(own, {"review_state": state})
    assert fatima.activity(own).review_state.value == "concept"
    fatima.save_activity(own, {"review_state": "ter_review"})
    assert fatima.activity(own).review_state.value == "ter_review"


def test_officer_cannot_edit_another_officers_activity(fatima: Workspace) -> None:
    """(c) an edit outside the package is refused when made, never dropped later at hand-in."""
    other = _ids(fatima, 1)[0]
    with pytest.raises(PolicyRefused, match="hoort niet bij uw activiteiten"):
        fatima.save_activity(other, {"realisation": BlockText.from_markdown("Stiekem")})
    with pytest.raises(PolicyRefused):
        fatima.save_kengetallen(other, (Kengetal("Stiekem"),))
    with pytest.raises(PolicyRefused):
        fatima.add_remark(other, "Stiekem")
    with pytest.raises(PolicyRefused):
        fatima.save_activities({other: {"status": "gereed"}})
    assert fatima.activity(other).realisation.to_markdown() != "Stiekem"


def test_officer_cannot_change_the_structure(fatima: Workspace) -> None:
    goal = fatima.tree()[0].goals[0].id
    with pytest.raises(PolicyRefused, match="indeling van het document"):
        fatima.add_activity(goal, "Nieuw")
    with pytest.raises(PolicyRefused):
        fatima.delete_activity(_ids(fatima, 0)[0])
    with pytest.raises(PolicyRefused):
        fatima.assign(Selection(goal="I"), owner="Fatima")


def test_the_lock_holds_for_the_coordinator_too_key_figures_included(coordinator: Workspace) -> None:
    own = _ids(coordinator, 0)[0]
    coordinator.save_activity(own, {"review_state": "vastgesteld"})
    with pytest.raises(UserError, match="is vastgesteld"):
        coordinator.save_activity(own, {"internal_note": "later"})
    with pytest.raises(UserError, match="is vastgesteld"):
        coordinator.save_kengetallen(own, (Kengetal("Nieuw kengetal"),))
    assert coordinator.activity(own).kengetallen == ()
    coordinator.save_activity(own, {"review_state": "concept", "internal_note": "heropend"})
    assert coordinator.activity(own).internal_note == "heropend"


# -- the workbook door --------------------------------------------------------------------------


def _export(ws: Workspace, target: Path) -> Path:
    from verantwoording_app.formats.xlsx_export import export_xlsx

    export_xlsx(ws.document(), target)
    return target


def _edit_workbook(source: Path, target: Path, edits: dict[tuple[str, str], str]) -> Path:
    """Change cells by (activity id, column header), as a coordinator does in Excel."""
    import openpyxl

    workbook = openpyxl.load_workbook(source)
    sheet = workbook["Activiteiten"]
    headers = {cell.value: cell.column for cell in sheet[1]}
    rows = {sheet.cell(row, 1).value: row for row in range(2, sheet.max_row + 1)}
    for (activity_id, header), value in edits.items():
        sheet.cell(rows[activity_id], headers[header]).value = value
    workbook.save(target)
    return target


def test_workbook_with_a_locked_and_a_free_activity_applies_the_free_one(coordinator: Workspace,
                                                                         tmp_path: Path) -> None:
    """(a) the vastgesteld one is reported per activity, the rest applies (was: all refused)."""
    from verantwoording_app.services import importing

    locked, free = _ids(coordinator, 0)[:2]
    coordinator.save_activity(locked, {"review_state": "vastgesteld"})
    edited = _edit_workbook(_export(coordinator, tmp_path / "a.xlsx"), tmp_path / "b.xlsx", {
        (locked, "Realisatietekst"): "Gewijzigd na vaststelling.", (free, "Realisatietekst"): "Vrij gewijzigd."})
    preview = importing.preview_workbook(coordinator, edited)
    assert {e.activity_id for e in preview.entries} == {free}
    assert any("is vastgesteld" in notice and "niet toegepast" in notice for notice in preview.notices)
    result = importing.apply_workbook(coordinator, preview)
    assert coordinator.activity(free).realisation.plain_text() == "Vrij gewijzigd."
    assert coordinator.activity(locked).realisation.plain_text() != "Gewijzigd na vaststelling."
    assert result.fields == 1


def test_an_activity_locked_after_the_preview_is_reported_at_apply(coordinator: Workspace, tmp_path: Path) -> None:
    from verantwoording_app.services import importing

    late, free = _ids(coordinator, 0)[:2]
    edited = _edit_workbook(_export(coordinator, tmp_path / "a.xlsx"), tmp_path / "b.xlsx", {
        (late, "Realisatietekst"): "Te laat.", (free, "Realisatietekst"): "Op tijd."})
    preview = importing.preview_workbook(coordinator, edited)
    assert len(preview.entries) == 2
    coordinator.save_activity(late, {"review_state": "vastgesteld"})  # between preview and apply
    result = importing.apply_workbook(coordinator, preview)
    assert coordinator.activity(free).realisation.plain_text() == "Op tijd."
    assert coordinator.activity(late).realisation.plain_text() != "Te laat."
    assert len(result.refused) == 1
    assert "is vastgesteld" in result.refused[0].render()


def test_officer_workbook_outside_the_package_is_refused_when_imported(fatima: Workspace, tmp_path: Path) -> None:
    """(c) in the officer's working database the import refuses another officer's activity at once."""
    from verantwoording_app.services import importing

    own, other = _ids(fatima, 0)[0], _ids(fatima, 1)[0]
    edited = _edit_workbook(_export(fatima, tmp_path / "a.xlsx"), tmp_path / "b.xlsx", {
        (own, "Realisatietekst"): "Mijn werk.", (own, "Titel"): "Andere titel",
        (other, "Realisatietekst"): "Van Piet."})
    preview = importing.preview_workbook(fatima, edited)
    assert {(e.activity_id, e.field) for e in preview.entries} == {(own, "realisation")}
    assert any("hoort niet bij uw activiteiten" in notice for notice in preview.notices)
    assert any("titel" in notice and "alleen de coördinator" in notice for notice in preview.notices)
    importing.apply_workbook(fatima, preview)
    assert fatima.activity(own).realisation.plain_text() == "Mijn werk."
    assert fatima.activity(other).realisation.plain_text() != "Van Piet."


def test_cli_workbook_import_backs_up_first_and_speaks_english(fatima: Workspace, tmp_path: Path) -> None:
    """(e) the command line makes the backup the window makes; (f) the policy's message in English."""
    import io

    from verantwoording_app.cli import main
    from verantwoording_app.services.backups import list_backups

    own, other = _ids(fatima, 0)[0], _ids(fatima, 1)[0]
    edited = _edit_workbook(_export(fatima, tmp_path / "a.xlsx"), tmp_path / "b.xlsx", {
        (own, "Realisatietekst"): "Mijn werk.", (other, "Realisatietekst"): "Van Piet."})
    database = Path(fatima.database_path or "")
    fatima.close()
    before = len(list_backups(database))
    out, err = io.StringIO(), io.StringIO()
    code = main(["import", str(edited), "--db", str(database), "--apply", "--lang", "en"], out=out, err=err)
    assert code == 0, err.getvalue()
    assert len(list_backups(database)) == before + 1
    assert "is not one of your activities" in out.getvalue()
    reopened = Workspace.open(database, author="Fatima")
    try:
        assert reopened.activity(own).realisation.plain_text() == "Mijn werk."
    finally:
        reopened.close()


def test_cli_demo_replace_backs_up_first(coordinator: Workspace) -> None:
    import io

    from verantwoording_app.cli import main
    from verantwoording_app.services.backups import list_backups

    database = Path(coordinator.database_path or "")
    coordinator.close()
    before = len(list_backups(database))
    assert main(["demo", "--db", str(database), "--replace"], out=io.StringIO(), err=io.StringIO()) == 0
    assert len(list_backups(database)) == before + 1
