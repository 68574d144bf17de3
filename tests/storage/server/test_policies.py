"""The server enforces who may change what, even against raw SQL from an officer's own login."""

from __future__ import annotations

from typing import TYPE_CHECKING

import psycopg
import pytest
from psycopg import errors

from verantwoording_app.storage.server.refusals import ServerRefused
from verantwoording_app.storage.store import ConflictError, Store

if TYPE_CHECKING:
    from tests.pgfixtures import TeamServer


def _activities(store: Store) -> dict[str, list]:  # type: ignore[type-arg]
    by_owner: dict[str, list] = {}  # type: ignore[type-arg]
    for programme in store.tree():
        for goal in programme.goals:
            for activity in goal.activities:
                by_owner.setdefault(activity.owner, []).append(activity)
    return by_owner


@pytest.fixture
def anna(team_server: TeamServer):
    store = Store.open(team_server.url("anna"))
    yield store
    store.close()


def test_an_officer_changes_the_texts_of_their_own_activity_and_the_server_records_who(anna: Store) -> None:
    mine = _activities(anna)["Anna de Vries"][0]
    saved = anna.update_activity(mine.id, {"internal_note": "bijgewerkt"}, author="iemand anders",
                                 expected_revision=anna.load_activity(mine.id).revision)
    assert saved.internal_note == "bijgewerkt"
    history = anna.history(mine.id, "internal_note")
    assert history[-1].author == "anna"  # the server's session_user, not what the client sent
    assert anna.load_activity(mine.id).updated_by == "anna"


def test_an_officer_cannot_change_a_colleagues_activity_and_it_is_a_refusal_not_a_conflict(anna: Store) -> None:
    theirs = _activities(anna)["Bram Jansen"][0]
    revision = anna.load_activity(theirs.id).revision
    with pytest.raises(ServerRefused) as refused:
        anna.update_activity(theirs.id, {"internal_note": "van Anna"}, author="anna", expected_revision=revision)
    assert not isinstance(refused.value, ConflictError)
    assert str(refused.value).startswith("U mag alleen uw eigen activiteiten wijzigen")
    assert "Anna de Vries" in str(refused.value)
    assert anna.load_activity(theirs.id).internal_note != "van Anna"


def test_an_officer_cannot_change_owner_title_or_set_vastgesteld(anna: Store) -> None:
    mine = _activities(anna)["Anna de Vries"][0]
    for changes in ({"owner": "Bram Jansen"}, {"title": "Nieuwe titel"}, {"review_state": "vastgesteld"},
                    {"review_state": "akkoord"}):
        with pytest.raises(ServerRefused):
            anna.update_activity(mine.id, changes, author="anna")
    after = anna.load_activity(mine.id)
    assert (after.owner, after.review_state.value) == ("Anna de Vries", "concept")
    anna.update_activity(mine.id, {"review_state": "ter_review"}, author="anna")  # hers to set


def test_raw_sql_from_an_officers_login_is_held_to_the_same_rules(team_server: TeamServer) -> None:
    with team_server.connect("anna") as connection:
        mine = connection.execute("SELECT id FROM activities WHERE owner = 'Anna de Vries' LIMIT 1").fetchone()[0]
        theirs = connection.execute("SELECT id FROM activities WHERE owner = 'Bram Jansen' LIMIT 1").fetchone()[0]
        connection.commit()
        refused = [
            ("UPDATE activities SET realisation = 'x' WHERE id = %s", (theirs,)),
            ("UPDATE activities SET owner = 'Anna de Vries' WHERE id = %s", (theirs,)),
            ("UPDATE activities SET owner = 'Bram Jansen' WHERE id = %s", (mine,)),
            ("UPDATE activities SET title = 't' WHERE id = %s", (mine,)),
            ("UPDATE activities SET review_state = 'vastgesteld' WHERE id = %s", (mine,)),
            ("DELETE FROM activities WHERE id = %s", (mine,)),
            ("UPDATE programmes SET name = 'x'", None),
            ("INSERT INTO people(id, document_id, name, role, email) SELECT 'p1', id, 'x', 'coördinator', '' "
             "FROM documents", None),
            ("DELETE FROM versions", None),
            ("UPDATE versions SET author = 'carla'", None),
            ("INSERT INTO key_figures(id, activity_id, position, label, unit, source) "
             "VALUES ('k1', %s, 0, 'l', '', '')", (theirs,)),
            ("UPDATE server_users SET role = 'coordinator' WHERE login = 'anna'", None),
            ("ALTER TABLE activities DISABLE TRIGGER verantwoording_guard", None),
        ]
        for statement, parameters in refused:
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(statement, parameters)
            connection.rollback()
        # allowed: her own realisation; the history row she writes gets her login whatever she claims
        connection.execute("UPDATE activities SET realisation = 'eigen tekst', revision = revision + 1 "
                           "WHERE id = %s", (mine,))
        connection.execute("INSERT INTO versions(entity, entity_id, field, old, new, author, at) "
                           "VALUES ('activity', %s, 'realisation', '', 'eigen tekst', 'carla', now())", (mine,))
        connection.commit()
        author, by = connection.execute(
            "SELECT v.author, a.updated_by FROM versions v JOIN activities a ON a.id = v.entity_id "
            "WHERE v.entity_id = %s ORDER BY v.id DESC LIMIT 1", (mine,)).fetchone()
        assert (author, by) == ("anna", "anna")
        deleted = connection.execute("DELETE FROM key_figures WHERE activity_id = %s", (theirs,))
        assert deleted.rowcount == 0  # invisible to her for writing: nothing removed


def test_spoofing_the_identity_changes_nothing(team_server: TeamServer) -> None:
    with team_server.connect("anna") as connection:
        theirs = connection.execute("SELECT id FROM activities WHERE owner = 'Bram Jansen' LIMIT 1").fetchone()[0]
        connection.commit()
        for spoof in ("SET ROLE verantwoording_coordinator", "SET ROLE carla", "SET SESSION AUTHORIZATION carla"):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(spoof)
            connection.rollback()
        # a session setting, and a temporary table that shadows the list of users: no effect
        connection.execute("SELECT set_config('verantwoording.user', 'carla', false)")
        connection.execute("SET application_name = 'carla'")
        connection.execute("CREATE TEMP TABLE server_users (login text, person text, role text)")
        connection.execute("INSERT INTO server_users VALUES ('anna', 'Bram Jansen', 'coordinator')")
        connection.execute("SET search_path = pg_temp, public")
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("UPDATE public.activities SET realisation = 'gespoofd' WHERE id = %s", (theirs,))
        connection.rollback()
    with team_server.connect("carla") as coordinator:
        text = coordinator.execute("SELECT realisation FROM activities WHERE id = %s", (theirs,)).fetchone()[0]
    assert text != "gespoofd"


def test_a_coordinator_changes_everything_but_the_lock_holds_for_her_too(team_server: TeamServer) -> None:
    store = Store.open(team_server.url("carla"))
    try:
        bram = _activities(store)["Bram Jansen"][0]
        store.update_activity(bram.id, {"owner": "Anna de Vries", "title": "Nieuw"}, author="carla")
        store.update_activity(bram.id, {"review_state": "vastgesteld"}, author="carla")
        with psycopg.connect(team_server.url("carla")) as raw:
            with pytest.raises(errors.InsufficientPrivilege):
                raw.execute("UPDATE activities SET realisation = 'na vaststelling' WHERE id = %s", (bram.id,))
            raw.rollback()
            with pytest.raises(errors.SerializationFailure):  # a change must raise the row version
                raw.execute("UPDATE activities SET review_state = 'akkoord' WHERE id = %s", (bram.id,))
            raw.rollback()
            raw.execute("UPDATE activities SET review_state = 'akkoord', realisation = 'heropend', "
                        "revision = revision + 1 WHERE id = %s", (bram.id,))  # reopening with a change in one go
            raw.commit()
        assert store.load_activity(bram.id).realisation.plain_text().strip() == "heropend"
        store.add_programme("9", "Nieuw programma")
    finally:
        store.close()


def test_a_person_not_listed_on_this_server_reads_nothing(team_server: TeamServer, pg_server: str) -> None:
    with psycopg.connect(pg_server.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as su:
        su.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'buiten') THEN "
                   "CREATE ROLE buiten LOGIN IN ROLE verantwoording_officer; END IF; END $$")
    with team_server.connect("buiten") as connection:
        assert connection.execute("SELECT count(*) FROM activities").fetchone()[0] == 0


def test_two_clients_saving_the_same_activity_never_overwrite_silently(team_server: TeamServer) -> None:
    first, second = Store.open(team_server.url("anna")), Store.open(team_server.url("anna"))
    try:
        mine = _activities(first)["Anna de Vries"][0]
        revision = first.load_activity(mine.id).revision
        first.update_activity(mine.id, {"internal_note": "eerste"}, author="anna", expected_revision=revision)
        with pytest.raises(ConflictError):
            second.update_activity(mine.id, {"internal_note": "tweede"}, author="anna", expected_revision=revision)
        assert second.load_activity(mine.id).internal_note == "eerste"
    finally:
        first.close()
        second.close()
