"""Fixtures for the team-server tests: a real PostgreSQL, never a stand-in.

``pg_server`` is the superuser URL of a server: the one in VERANTWOORDING_TEST_PG_URL (.ci/run starts
one and sets it), otherwise a throwaway server started here for the session. In CI (CI=true) a server
that cannot be started FAILS the tests; on a developer's machine without PostgreSQL they skip and say why.
``team_server`` is a fresh database per test, set up with the security layer, the Almelo example on it and
three people: anna and bram (officers, each owning their own activities) and carla (coordinator).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests import pgserver

if TYPE_CHECKING:
    from collections.abc import Iterator

TEMPLATE = "vw_test_template"
PEOPLE = {"anna": ("officer", "Anna de Vries"), "bram": ("officer", "Bram Jansen"),
          "carla": ("coordinator", "Carla Smit")}


def _with_database(url: str, database: str) -> str:
    base = url.split("?", 1)[0].rsplit("/", 1)[0]
    return f"{base}/{database}"


def _as_login(url: str, login: str) -> str:
    scheme, rest = url.split("://", 1)
    host = rest.split("@", 1)[1] if "@" in rest else rest
    return f"{scheme}://{login}@{host}"


def _admin(url: str):
    import psycopg

    return psycopg.connect(_with_database(url, "postgres").replace("postgresql+psycopg://", "postgresql://"),
                           autocommit=True)


def unavailable(error: BaseException) -> None:
    """No server: in CI a failure (the team-server tests must run there), elsewhere a skip that says why."""
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL could not be started for the team-server tests: {error}")
    pytest.skip(f"no PostgreSQL here ({error}); set {pgserver.URL_ENV} or install postgresql-15")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    given = os.environ.get(pgserver.URL_ENV)
    if given:
        yield given
        return
    folder = Path(tempfile.mkdtemp(prefix="vw-pg-", dir="/tmp"))
    try:
        url = pgserver.start(folder)
    except (pgserver.ServerUnavailable, OSError) as error:
        shutil.rmtree(folder, ignore_errors=True)
        unavailable(error)
    try:
        yield url
    finally:
        pgserver.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A new, empty database on the server (its superuser URL); dropped afterwards."""
    name = f"vw_test_{uuid.uuid4().hex[:10]}"
    with _admin(pg_server) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _with_database(pg_server, name)
    finally:
        with _admin(pg_server) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass(frozen=True)
class TeamServer:
    admin: str
    """The superuser URL of this test's database."""

    def url(self, login: str) -> str:
        return _as_login(self.admin, login)

    def connect(self, login: str):
        """A raw psycopg connection as that login (what psql or Excel's ODBC would do)."""
        import psycopg

        return psycopg.connect(self.url(login).replace("postgresql+psycopg://", "postgresql://"))


def _build_template(server: str, folder: Path) -> None:
    from verantwoording_app.cli import main
    from verantwoording_app.storage.server import admin

    with _admin(server) as connection:
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (TEMPLATE,)).fetchone():
            connection.execute(f'DROP DATABASE "{TEMPLATE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{TEMPLATE}"')
    url = _with_database(server, TEMPLATE)
    local = folder / "almelo.vwdb"
    with open(os.devnull, "w") as sink:
        assert main(["demo", "--db", str(local)], out=sink) == 0
        assert main(["assign", "--owner", "Anna de Vries", "--programme", "1", "--goal", "I",
                     "--db", str(local)], out=sink) == 0
        assert main(["assign", "--owner", "Bram Jansen", "--programme", "1", "--goal", "II",
                     "--db", str(local)], out=sink) == 0
    admin.setup(url)
    admin.upload(local, url)
    for login, (role, person) in PEOPLE.items():
        admin.add_user(url, login, role, person)


@pytest.fixture(scope="session")
def _team_template(pg_server: str) -> str:
    folder = Path(tempfile.mkdtemp(prefix="vw-team-"))
    try:
        _build_template(pg_server, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return TEMPLATE


@pytest.fixture
def team_server(pg_server: str, _team_template: str) -> Iterator[TeamServer]:
    name = f"vw_team_{uuid.uuid4().hex[:10]}"
    with _admin(pg_server) as connection:
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{_team_template}"')
    try:
        yield TeamServer(_with_database(pg_server, name))
    finally:
        with contextlib.suppress(Exception), _admin(pg_server) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
