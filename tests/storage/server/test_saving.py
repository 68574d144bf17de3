"""The team server's common save (storage/server/saving.py): one round trip, the same result, history and
answers as the full path."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import event

from verantwoording_app.domain.blocktext import parse_markdown, render_markdown
from verantwoording_app.domain.model import Kengetal
from verantwoording_app.storage.server.refusals import ServerRefused
from verantwoording_app.storage.store import ConflictError, FieldTooLong, LockedError, Store

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tests.pgfixtures import TeamServer


@pytest.fixture
def anna(team_server: TeamServer) -> Iterator[Store]:
    store = Store.open(team_server.url("anna"))
    yield store
    store.close()


def _own(store: Store, owner: str = "Anna de Vries") -> str:
    return next(a.id for p in store.tree() for g in p.goals for a in g.activities if a.owner == owner)


@contextmanager
def _statements(store: Store) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def test_a_save_with_the_row_version_is_one_statement_with_history_figures_and_remarks(anna: Store) -> None:
    activity_id = _own(anna)
    anna.replace_kengetallen(activity_id, (Kengetal(label="Bezoekers", unit="aantal"),), author="anna")
    anna.add_remark(activity_id, "Graag cijfers toevoegen.", author="anna")
    before = anna.load_activity(activity_id)
    with _statements(anna) as seen:
        saved = anna.update_activity(activity_id, {"realisation": parse_markdown("Nieuw **resultaat**."),
                                                   "internal_note": before.internal_note},
                                     author="iemand", expected_revision=before.revision)
    assert len(seen) == 1
    assert saved.revision == before.revision + 1
    assert saved.realisation.plain_text().strip() == "Nieuw resultaat."
    assert [k.label for k in saved.kengetallen] == ["Bezoekers"]
    assert [r.text for r in saved.opmerkingen] == ["Graag cijfers toevoegen."]
    assert saved.opmerkingen[0].created_at == anna.load_activity(activity_id).opmerkingen[0].created_at
    with _statements(anna) as seen:
        assert saved == anna.load_activity(activity_id)
    assert len(seen) == 1  # reading one activity: one round trip too
    history = anna.history(activity_id)
    assert [(v.field, v.author) for v in history[-1:]] == [("realisation", "anna")]  # the unchanged note: none
    assert history[-1].old == render_markdown(before.realisation)
    assert history[-1].new == "Nieuw **resultaat**.\n"


def test_an_older_version_a_lock_a_refusal_and_a_long_text_answer_as_on_the_full_path(
        anna: Store, team_server: TeamServer) -> None:
    activity_id = _own(anna)
    first = anna.load_activity(activity_id)
    anna.update_activity(activity_id, {"internal_note": "één"}, author="anna", expected_revision=first.revision)
    with pytest.raises(ConflictError):
        anna.update_activity(activity_id, {"internal_note": "twee"}, author="anna", expected_revision=first.revision)
    assert anna.load_activity(activity_id).internal_note == "één"
    theirs = anna.load_activity(_own(anna, "Bram Jansen"))
    with pytest.raises(ServerRefused):
        anna.update_activity(theirs.id, {"internal_note": "x"}, author="anna", expected_revision=theirs.revision)
    with pytest.raises(FieldTooLong, match="Activiteit '"):
        anna.update_activity(activity_id, {"internal_note": "x" * 2_000_000}, author="anna",
                             expected_revision=anna.load_activity(activity_id).revision)
    carla = Store.open(team_server.url("carla"))
    try:
        carla.update_activity(activity_id, {"review_state": "vastgesteld"}, author="carla")
        locked = carla.load_activity(activity_id)
        with pytest.raises(LockedError):
            carla.update_activity(activity_id, {"internal_note": "na"}, author="carla",
                                  expected_revision=locked.revision)
    finally:
        carla.close()
