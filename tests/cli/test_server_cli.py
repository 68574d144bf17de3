"""``verantwoording server setup / add-user / users / upload`` against a real PostgreSQL."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import psycopg
import pytest

from tests.pgfixtures import _as_login
from verantwoording_app.cli import main

if TYPE_CHECKING:
    from pathlib import Path


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def local_document(tmp_path: Path) -> Path:
    path = tmp_path / "almelo.vwdb"
    assert run("demo", "--db", str(path))[0] == 0
    assert run("assign", "--owner", "Fatima", "--programme", "1", "--goal", "I", "--db", str(path))[0] == 0
    return path


def test_the_administrator_sets_up_adds_people_and_uploads(pg_url: str, local_document: Path) -> None:
    code, out, err = run("server", "setup", "--db", pg_url)
    assert (code, err) == (0, "")
    assert "ingericht: schema" in out
    assert "verantwoording_officer" in out
    assert run("server", "setup", "--db", pg_url)[0] == 0  # again: idempotent (after every update)
    code, out, _ = run("server", "upload", "--from", str(local_document), "--db", pg_url)
    assert code == 0
    assert "13 activiteiten" in out
    code, out, err = run("server", "add-user", "fatima", "--role", "officer", "--person", "Fatima", "--db", pg_url)
    assert code == 0, err
    assert run("server", "add-user", "chef", "--role", "coordinator", "--db", pg_url)[0] == 0
    code, out, _ = run("server", "users", "--db", pg_url)
    assert "fatima (Fatima)  officer" in out
    assert "chef  coordinator" in out
    # the officer works with the same commands, on the server, under her own login
    officer = _as_login(pg_url, "fatima")
    code, out, err = run("list", "--db", officer)
    assert code == 0, err
    assert "Fatima" in out
    code, out, err = run("people", "--db", officer)
    assert "Fatima  (medewerker)" in out
    assert "chef  (coördinator)" in out
    # a refused change through the command line: a Dutch message, exit 1
    code, _out, err = run("assign", "--owner", "Fatima", "--programme", "1", "--db", officer)
    assert code == 1
    assert err.startswith("fout: ")
    # uploading over an existing document needs --replace
    code, _out, err = run("server", "upload", "--from", str(local_document), "--db", pg_url)
    assert code == 1
    assert "--replace" in err
    assert run("server", "upload", "--from", str(local_document), "--db", pg_url, "--replace")[0] == 0


def test_an_officer_cannot_run_the_administrators_commands(pg_url: str, local_document: Path) -> None:
    assert run("server", "setup", "--db", pg_url)[0] == 0
    assert run("server", "add-user", "olaf", "--role", "officer", "--db", pg_url)[0] == 0
    officer = _as_login(pg_url, "olaf")
    for command in (("setup",), ("add-user", "olaf2", "--role", "coordinator"),
                    ("upload", "--from", str(local_document))):
        code, _out, err = run("server", *command, "--db", officer)
        assert code == 1, (command, err)
        assert err.startswith("fout: ")


def test_wrong_arguments_say_how(pg_url: str) -> None:
    assert run("server", "setup")[0] == 2  # no server address
    assert run("server", "add-user", "--role", "officer", "--db", pg_url)[0] == 2  # no login name
    assert run("server", "add-user", "x", "--role", "chef", "--db", pg_url)[0] == 2
    assert run("server", "upload", "--db", pg_url)[0] == 2
    code, _out, err = run("server", "add-user", "x y;drop", "--role", "officer", "--db", pg_url)
    assert code == 1
    assert "loginnaam" in err


def test_an_unreachable_server_is_a_clear_message() -> None:
    code, _out, err = run("list", "--db", "postgresql://anna:geheim@127.0.0.1:1/niets")
    assert code == 1
    assert "niet bereikbaar" in err
    assert "geheim" not in err


def test_an_existing_server_database_is_migrated_by_the_administrator_only(pg_url: str) -> None:
    """A server at an older schema: a client is told to ask the administrator and changes nothing;
    ``server setup`` migrates it, keeps the data and puts the security layer on."""
    from alembic import command
    from alembic.config import Config

    from verantwoording_app.domain.status import DEFAULT_SCHEME
    from verantwoording_app.storage import engine as engine_mod
    from verantwoording_app.storage.mapping import scheme_to_json

    engine = engine_mod.create_app_engine(engine_mod.database_url(pg_url))
    config = Config()
    config.set_main_option("script_location", str(engine_mod.MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        connection.exec_driver_sql("INSERT INTO verantwoording_meta(key, value) VALUES ('app', 'verantwoording')")
        connection.exec_driver_sql(
            "INSERT INTO documents VALUES ('d1', 'jaarstukken', 2024, 'Almelo', '[]', '1', 'Programma', "
            "'Realisatie', 'Doelen', %(scheme)s, 'concept', '', '', 1, now(), now(), '')",
            {"scheme": scheme_to_json(DEFAULT_SCHEME)})
        connection.exec_driver_sql("INSERT INTO programmes VALUES ('p1', 'd1', 0, '1', 'Economie', '', 'p1', '')")
        connection.exec_driver_sql("INSERT INTO goals VALUES ('g1', 'p1', 0, 'Werk', '', 'g1', '')")
        connection.exec_driver_sql(
            "INSERT INTO activities(id, goal_id, position, title, plan, realisation, owner, portfolio_holder, "
            "review_state, internal_note, plan_words, realisation_words, revision, updated_by, lineage, "
            "lineage_from, plan_frozen) VALUES ('a1', 'g1', 0, 'Banen', 'Plan', 'Gedaan', 'Olaf', '', 'concept', "
            "'', 1, 1, 1, '', 'a1', '', false)")
    engine.dispose()
    code, _out, err = run("list", "--db", pg_url)
    assert code == 1
    assert "server setup" in err
    assert "0005" in err
    with psycopg.connect(pg_url) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
    code, out, err = run("server", "setup", "--db", pg_url)
    assert code == 0, err
    assert "was: schema 0005" in out
    assert run("server", "add-user", "olaf", "--role", "officer", "--person", "Olaf", "--db", pg_url)[0] == 0
    code, out, err = run("list", "--db", _as_login(pg_url, "olaf"))
    assert code == 0, err
    assert "Banen" in out


def test_remove_user_takes_the_access_away_and_never_the_last_coordinator(team_server) -> None:
    admin_url = team_server.admin
    code, out, err = run("server", "remove-user", "anna", "--db", admin_url)
    assert code == 0, err
    assert out.startswith("Toegang ingetrokken: anna (Anna de Vries)")
    assert "--drop-login" in out  # the login itself stays: other databases on the cluster may use it
    assert "anna" not in run("server", "users", "--db", admin_url)[1]
    with team_server.connect("anna") as connection:  # what psql would show her now: nothing
        assert connection.execute("SELECT count(*) FROM activities").fetchone()[0] == 0
        assert connection.execute("UPDATE activities SET realisation = 'x', revision = revision + 1").rowcount == 0
    code, _out, err = run("server", "remove-user", "anna", "--db", admin_url)
    assert code == 1
    assert "staat niet in de lijst" in err
    assert "bram" in err
    code, _out, err = run("server", "remove-user", "carla", "--db", admin_url)
    assert code == 1
    assert "laatste coördinator" in err
    assert "niets gewijzigd" in err
    assert "carla" in run("server", "users", "--db", admin_url)[1]
    code, _out, err = run("server", "remove-user", "--db", admin_url)
    assert code == 2
    assert "Geef de loginnaam" in err


def test_remove_user_with_drop_login_removes_the_login_from_the_server(team_server) -> None:
    admin_url = team_server.admin
    assert run("server", "add-user", "dirk_weg", "--role", "coordinator", "--db", admin_url)[0] == 0
    code, out, err = run("server", "remove-user", "dirk_weg", "--drop-login", "--db", admin_url)
    assert code == 0, err
    assert "van de server verwijderd" in out
    with team_server.connect("carla") as connection:
        assert connection.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'dirk_weg'").fetchone()[0] == 0
    # an officer's own login cannot take anyone's access away
    code, _out, err = run("server", "remove-user", "bram", "--db", team_server.url("anna"))
    assert code == 1
    assert "geen beheerder" in err
