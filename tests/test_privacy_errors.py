"""Unexpected errors never carry the user's texts or a server password into a message or a log."""

from __future__ import annotations

import io
import sqlite3
import stat
from typing import TYPE_CHECKING

import pytest
from sqlalchemy.exc import IntegrityError

from verantwoording_app import cli
from verantwoording_app.domain.privacy import mask_url
from verantwoording_app.services import paths
from verantwoording_app.services.error_log import PrivateFileHandler, safe_message, safe_traceback

if TYPE_CHECKING:
    from pathlib import Path

BSN = "123456782"
TEXT = f"Mevrouw met burgerservicenummer {BSN} kreeg schuldhulp."


def _database_error() -> IntegrityError:
    try:
        try:
            raise sqlite3.IntegrityError("UNIQUE constraint failed: activities.id")
        except sqlite3.IntegrityError as original:
            raise IntegrityError("UPDATE activities SET realisation=? WHERE id=?", (TEXT, "a1"), original) from original
    except IntegrityError as error:
        return error


def test_a_database_error_is_told_without_its_parameters() -> None:
    error = _database_error()
    assert BSN in str(error)  # what SQLAlchemy itself would print
    assert BSN not in safe_message(error)
    assert "UNIQUE constraint failed" in safe_message(error)
    assert BSN not in safe_traceback(error)


def test_the_command_line_logs_no_text_and_keeps_the_log_private(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")

    def broken(_args: object, _out: object) -> int:
        raise _database_error()

    monkeypatch.setitem(cli.HANDLERS, "list", broken)
    err = io.StringIO()
    assert cli.main(["list", "--db", str(tmp_path / "x.vwdb")], out=io.StringIO(), err=err) == 3
    log = tmp_path / "logs" / "verantwoording-cli.log"
    assert BSN not in err.getvalue()
    assert BSN not in log.read_text(encoding="utf-8")
    assert "IntegrityError" in log.read_text(encoding="utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_the_window_log_is_created_private(tmp_path: Path) -> None:
    import logging

    handler = PrivateFileHandler(tmp_path / "logs" / "verantwoording.log", encoding="utf-8", delay=True)
    logger = logging.getLogger("test.privacy")
    logger.addHandler(handler)
    try:
        logger.error("iets")
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert stat.S_IMODE((tmp_path / "logs" / "verantwoording.log").stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("postgresql://anna:geheim@server/db", "postgresql://anna:***@server/db"),
        ("fout bij postgresql+psycopg://u:p%40ss@h:5432/d: weg", "fout bij postgresql+psycopg://u:***@h:5432/d: weg"),
        ("postgresql://anna@server/db", "postgresql://anna@server/db"),
        ("C:/pad/bestand.vwdb", "C:/pad/bestand.vwdb"),
    ],
)
def test_passwords_in_urls_are_masked(text: str, masked: str) -> None:
    assert mask_url(text) == masked


def test_a_server_url_never_shows_its_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    err = io.StringIO()
    code = cli.main(["list", "--db", "postgresql://anna:geheim@127.0.0.1:1/db"], out=io.StringIO(), err=err)
    assert code in (1, 3)
    assert "geheim" not in err.getvalue()
    log = tmp_path / "logs" / "verantwoording-cli.log"
    assert not log.exists() or "geheim" not in log.read_text(encoding="utf-8")
