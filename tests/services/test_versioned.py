"""Changes based on an older version of an activity become conflicts, never overwrites: two clients on a real
team server (search-and-replace and undo go through save_based_on; the policy's refusals stay refusals)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.blocktext import parse_markdown
from verantwoording_app.domain.errors import UserError
from verantwoording_app.services.versioned import BasedChange, save_based_on, save_one_based_on
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.storage.server.refusals import ServerRefused
from verantwoording_app.storage.store import ConflictError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.pgfixtures import TeamServer


@pytest.fixture
def clients(team_server: TeamServer) -> Iterator[tuple[Workspace, Workspace]]:
    anna = Workspace.open(team_server.url("anna"), author="anna", create=False)
    carla = Workspace.open(team_server.url("carla"), author="carla", create=False)
    yield anna, carla
    anna.close()
    carla.close()


def _owned(workspace: Workspace, owner: str) -> list[str]:
    return [a.id for p in workspace.tree() for g in p.goals for a in g.activities if a.owner == owner]


def test_a_replace_based_on_an_older_version_queues_that_activity_and_saves_the_others(clients) -> None:
    anna, carla = clients
    first, second = _owned(anna, "Anna de Vries")[:2]
    seen = {i: anna.activity(i) for i in (first, second)}  # what the search showed her
    carla.save_activity(first, {"internal_note": "door Carla, na de zoekopdracht"})
    outcome = save_based_on(anna, [
        BasedChange(i, seen[i].revision, {"internal_note": "vervangen"}, {"internal_note": seen[i].internal_note})
        for i in (first, second)], source="vervangen")
    assert outcome.conflicted == (first,)
    assert [a.id for a in outcome.saved] == [second]
    assert anna.activity(first).internal_note == "door Carla, na de zoekopdracht"  # not overwritten
    assert anna.activity(second).internal_note == "vervangen"
    [conflict] = carla.conflicts()
    assert (conflict.activity_id, conflict.field) == (first, "internal_note")
    assert (conflict.base, conflict.ours, conflict.theirs) == (seen[first].internal_note,
                                                               "door Carla, na de zoekopdracht", "vervangen")
    assert conflict.source == "anna (vervangen)"


def test_undo_after_a_colleagues_save_is_a_conflict_and_redo_with_the_new_version_is_not(clients) -> None:
    anna, carla = clients
    target = _owned(anna, "Anna de Vries")[0]
    before = anna.activity(target)
    done = anna.save_activity(target, {"realisation": parse_markdown("Nieuwe tekst.")},
                              expected_revision=before.revision)
    undo = BasedChange(target, done.revision, {"realisation": before.realisation}, {"realisation": done.realisation})
    carla.save_activity(target, {"realisation": parse_markdown("Carla's aanvulling.")})
    current, conflicted = save_one_based_on(anna, undo, source="ongedaan maken")
    assert conflicted
    assert current.realisation.plain_text().strip() == "Carla's aanvulling."
    assert [c.field for c in anna.conflicts()] == ["realisation"]
    redo = BasedChange(target, current.revision, {"internal_note": "daarna"})
    saved, conflicted = save_one_based_on(anna, redo, source="opnieuw")
    assert not conflicted
    assert saved.internal_note == "daarna"


def test_a_refusal_stays_a_refusal_and_queues_nothing(clients, monkeypatch: pytest.MonkeyPatch) -> None:
    anna, carla = clients
    theirs = _owned(anna, "Bram Jansen")[0]
    revision = anna.activity(theirs).revision
    with pytest.raises(UserError) as refused:  # the policy asked by the window; the server says the same
        save_based_on(anna, [BasedChange(theirs, revision, {"internal_note": "van Anna"})], source="vervangen")
    assert not isinstance(refused.value, ConflictError)
    monkeypatch.setattr(Workspace, "_require_change", lambda *_args: None)  # past the client: the server decides
    with pytest.raises(ServerRefused):
        save_based_on(anna, [BasedChange(theirs, revision, {"internal_note": "van Anna"})], source="vervangen")
    assert carla.conflicts() == ()


def test_replace_in_texts_carries_the_version_it_read(clients, monkeypatch: pytest.MonkeyPatch) -> None:
    anna, carla = clients
    target = _owned(anna, "Anna de Vries")[0]
    carla.save_activity(target, {"internal_note": "een oud woord"})
    read = anna.activity

    def read_then_colleague_saves(activity_id: str):
        found = read(activity_id)
        carla.save_activity(activity_id, {"internal_note": "een oud woord en Carla's zin"})
        return found

    monkeypatch.setattr(anna, "activity", read_then_colleague_saves)
    with pytest.raises(ConflictError):
        anna.replace_in_texts(target, "internal_note", "oud", "nieuw")
    assert read(target).internal_note == "een oud woord en Carla's zin"


def test_on_a_file_the_same_rule_holds(tmp_path: Path) -> None:
    workspace = Workspace.open_default(tmp_path / "a.vwdb", author="coördinator")
    try:
        target = next(a.id for p in workspace.tree() for g in p.goals for a in g.activities)
        seen = workspace.activity(target)
        workspace.save_activity(target, {"internal_note": "tussendoor"})
        outcome = save_based_on(workspace, [BasedChange(target, seen.revision, {"internal_note": "later"})],
                                source="vervangen")
        assert outcome.conflicted == (target,)
        assert workspace.activity(target).internal_note == "tussendoor"
    finally:
        workspace.close()
