"""Search, history, snapshots, people and times on the team server work as on a file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.storage.store import Store

if TYPE_CHECKING:
    from tests.pgfixtures import TeamServer


@pytest.fixture
def carla(team_server: TeamServer):
    store = Store.open(team_server.url("carla"))
    yield store
    store.close()


def test_search_uses_dutch_full_text_with_stems_and_prefixes(carla: Store) -> None:
    hits = carla.search("ondernemer")
    assert hits
    assert all("[" in hit.snippet for hit in hits)
    assert carla.search("ondernemers Almelo")  # every word, any form
    assert carla.search("xyzzy") == ()
    assert carla.search("'; DROP TABLE activities; --") == ()  # only words reach the query
    assert carla.tree()


def test_times_are_stored_in_utc_and_shown_in_local_time(carla: Store, team_server: TeamServer,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    import psycopg

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        activity = carla.tree()[0].goals[0].activities[0]
        carla.update_activity(activity.id, {"internal_note": "tijd"}, author="carla")
        shown = carla.history(activity.id, "internal_note")[-1].at
        with psycopg.connect(team_server.url("carla")) as raw:
            (stored,) = raw.execute("SELECT at FROM versions WHERE entity_id = %s ORDER BY id DESC LIMIT 1",
                                    (activity.id,)).fetchone() or (None,)
            (updated,) = raw.execute("SELECT updated_at FROM activities WHERE id = %s",
                                     (activity.id,)).fetchone() or (None,)
        utc_now = datetime.now(UTC).replace(tzinfo=None)
        assert abs(stored - utc_now) < timedelta(minutes=2)  # the server's clock, in UTC
        offset = datetime.now().astimezone().utcoffset()
        assert offset is not None
        assert offset != timedelta(0)
        assert abs(shown - (stored + offset)) < timedelta(seconds=1)  # local time in the app
        tree_row = next(a for p in carla.tree() for g in p.goals for a in g.activities if a.id == activity.id)
        assert tree_row.updated_at == updated + offset
        assert carla.load_activity(activity.id).updated_at == updated + offset
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_history_snapshots_and_people_work(carla: Store) -> None:
    activity = carla.tree()[0].goals[0].activities[0]
    carla.update_activity(activity.id, {"internal_note": "tijd"}, author="carla")
    assert carla.history(activity.id, "internal_note")[-1].author == "carla"
    assert carla.load_activity(activity.id).updated_by == "carla"
    carla.add_snapshot("aan college", "{}", "carla")
    assert [s.name for s in carla.snapshots()] == ["aan college"]
    assert {"Anna de Vries", "Bram Jansen", "Carla Smit"} <= {p.name for p in carla.people()}
