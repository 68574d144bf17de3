"""Every door asks the one policy: the same change gets the same answer in the window's services,
the workbook re-import, the package merge and the command line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.errors import UserError
from verantwoording_app.domain.model import Kengetal
from verantwoording_app.domain.policy import PolicyRefused, Role
from verantwoording_app.domain.selection import Selection
from verantwoording_app.services import packages
from verantwoording_app.services.workspace import Workspace


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
        fatima.save_key_figures(other, (Kengetal("Stiekem"),))
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
        coordinator.save_key_figures(own, (Kengetal("Nieuw kengetal"),))
    assert coordinator.activity(own).kengetallen == ()
    coordinator.save_activity(own, {"review_state": "concept", "internal_note": "heropend"})
    assert coordinator.activity(own).internal_note == "heropend"
