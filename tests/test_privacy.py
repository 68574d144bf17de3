"""No network connection during normal work; the database and backups are the user's only."""

from __future__ import annotations

import socket
import stat
from pathlib import Path

import pytest

from verantwoording_app.cli import main
from verantwoording_app.services import backups

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def test_import_export_check_make_no_network_connection(tmp_path: Path, no_network: list[object]) -> None:
    db = str(tmp_path / "p.vwdb")
    assert main(["import", str(SAMPLE), "--db", db]) == 0
    for suffix in ("txt", "md", "docx", "xlsx"):
        assert main(["export", "--db", db, "--out", str(tmp_path / f"uit.{suffix}")]) == 0
    assert main(["check", "--db", db]) == 0
    assert no_network == []


def test_database_and_backups_are_private(tmp_path: Path) -> None:
    db = tmp_path / "p.vwdb"
    assert main(["demo", "--db", str(db)]) == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    copy = backups.make_backup(db)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
