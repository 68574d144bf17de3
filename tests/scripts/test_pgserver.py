"""The team-server tests run against a real PostgreSQL, and in CI they cannot be skipped."""

from __future__ import annotations

import glob
import shutil
from pathlib import Path

import pytest

from tests import pgfixtures, pgserver

ROOT = Path(__file__).resolve().parents[2]


def test_ci_starts_postgresql_before_the_tests_and_stops_it_after() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    start = script.index("tests.pgserver start")
    assert "trap stop_pg EXIT" in script
    assert "tests.pgserver stop" in script
    assert f"export {pgserver.URL_ENV}" in script
    assert start < script.index("make test")


def test_without_a_server_ci_fails_and_a_developer_is_told_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(glob, "glob", lambda _pattern: [])
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(pgserver.ServerUnavailable) as missing:
        pgserver.binaries()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        pgfixtures.unavailable(missing.value)
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="postgresql-15"):
        pgfixtures.unavailable(missing.value)


def test_the_test_server_is_real(pg_server: str) -> None:
    import psycopg

    with psycopg.connect(pg_server.replace("postgresql+psycopg://", "postgresql://")) as connection:
        row = connection.execute("SHOW server_version_num").fetchone()
    assert row is not None
    version = row[0]
    assert int(version) >= 130000
