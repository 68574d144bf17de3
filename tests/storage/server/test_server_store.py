"""Search, history, snapshots, people and times on the team server work as on a file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.pgfixtures import TeamServer
from verantwoording_app.storage.store import Store


@pytest.fixture
def carla(team_server: TeamServer):  # type: ignore[no-untyped-def]
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


def test_times_are_utc_and_history_snapshots_people_work(carla: Store) -> None:
    activity = carla.tree()[0].goals[0].activities[0]
    carla.update_activity(activity.id, {"internal_note": "tijd"}, author="carla")
    stamp = carla.history(activity.id, "internal_note")[-1].at
    utc_now = datetime.now(UTC).replace(tzinfo=None)
    assert abs(stamp - utc_now) < timedelta(minutes=2)
    assert carla.load_activity(activity.id).updated_by == "carla"
    carla.add_snapshot("aan college", "{}", "carla")
    assert [s.name for s in carla.snapshots()] == ["aan college"]
    assert {"Anna de Vries", "Bram Jansen", "Carla Smit"} <= {p.name for p in carla.people()}
