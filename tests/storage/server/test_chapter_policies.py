"""The programme chapter (effect texts, variance explanations, indicators) on the server, as domain.policy says:
an officer changes the texts of their own explanations and effect texts, the coordinator the rest, and nothing
of it changes in a vastgesteld document — also with raw SQL from the officer's own login."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from psycopg import errors

from verantwoording_app.domain.blocktext import parse_markdown
from verantwoording_app.domain.chapter import LineKind
from verantwoording_app.domain.errors import UserError
from verantwoording_app.services import chapter as service
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.storage.chapter_store import ChapterStore
from verantwoording_app.storage.server.refusals import ServerRefused
from verantwoording_app.storage.store import ConflictError

if TYPE_CHECKING:
    from tests.pgfixtures import TeamServer


@pytest.fixture
def people(team_server: TeamServer):
    opened = {login: Workspace.open(team_server.url(login), author=login) for login in ("anna", "bram", "carla")}
    programme = opened["carla"].tree()[0].id
    service.save_explanation(opened["carla"], programme, LineKind.LASTEN, {"owner": "Anna de Vries"})
    service.save_effect(opened["carla"], programme, "", {"owner": "Anna de Vries"})
    yield opened, programme
    for workspace in opened.values():
        workspace.close()


def test_an_officer_writes_the_texts_of_her_own_explanation_and_the_server_records_who(people) -> None:
    opened, programme = people
    saved = service.save_explanation(opened["anna"], programme, LineKind.LASTEN,
                                     {"cause": parse_markdown("Hogere energieprijzen.")})
    assert saved.updated_by == "anna"
    effect = service.save_effect(opened["anna"], programme, "", {"realisation": parse_markdown("Bereikt.")})
    assert effect.updated_by == "anna"


def test_the_server_refuses_a_colleagues_officer_with_the_policys_message(people) -> None:
    opened, programme = people
    store = ChapterStore(opened["bram"]._store)  # past the client's own policy check: the server decides
    with pytest.raises(ServerRefused) as refused:
        store.save_explanation(programme, LineKind.LASTEN, {"cause": parse_markdown("Van Bram.")}, author="bram")
    assert not isinstance(refused.value, ConflictError)
    assert "hoort niet bij uw werk" in str(refused.value)
    with pytest.raises(ServerRefused):  # the owner is the coordinator's, even for the owner herself
        ChapterStore(opened["anna"]._store).save_effect(programme, "", {"owner": "Anna"}, author="anna")


def test_raw_sql_from_an_officers_login_holds_to_the_chapter_rules(team_server: TeamServer, people) -> None:
    _opened, programme = people
    with team_server.connect("anna") as connection:
        refused = [
            "UPDATE variance_explanations SET owner = 'Bram Jansen'",
            "UPDATE effect_texts SET deadline = '2030-01-01'",
            "INSERT INTO effect_indicators(id, programme_id, position, name, unit, source, year_values, explanation) "
            f"VALUES ('i1', '{programme}', 0, 'x', '', '', '[]', '')",
            "UPDATE chapter_settings SET rounding = 2",
            "DELETE FROM variance_explanations",
            "UPDATE variance_explanations SET cause = 'oud', revision = revision",  # not raising the row version
        ]
        for statement in refused:
            with pytest.raises((errors.InsufficientPrivilege, errors.SerializationFailure)):
                connection.execute(statement)
            connection.rollback()
        connection.execute("UPDATE variance_explanations SET cause = 'eigen', revision = revision + 1")
        connection.commit()
    with team_server.connect("bram") as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("UPDATE variance_explanations SET cause = 'van bram', revision = revision + 1")


def test_nothing_of_the_chapter_changes_in_a_vastgesteld_document_not_even_by_the_coordinator(
        team_server: TeamServer, people) -> None:
    opened, programme = people
    opened["carla"].update_document({"state": "vastgesteld"})
    store = ChapterStore(opened["carla"]._store)
    with pytest.raises(ServerRefused) as refused:
        store.save_explanation(programme, LineKind.LASTEN, {"cause": parse_markdown("Te laat.")}, author="carla")
    assert "vastgesteld" in str(refused.value)
    with pytest.raises(UserError):
        store.save_effect(programme, "", {"plan": parse_markdown("Te laat.")}, author="carla")


def test_a_chapter_save_on_an_older_version_is_a_conflict(people) -> None:
    opened, programme = people
    first = service.save_explanation(opened["anna"], programme, LineKind.LASTEN, {"cause": parse_markdown("Eén.")})
    service.save_explanation(opened["carla"], programme, LineKind.LASTEN, {"cause": parse_markdown("Twee.")})
    with pytest.raises(ConflictError):
        service.save_explanation(opened["anna"], programme, LineKind.LASTEN, {"cause": parse_markdown("Drie.")},
                                 expected_revision=first.revision)
