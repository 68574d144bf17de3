"""The command line respects the lock of a running window: it refuses naming who holds it, or --force."""

from __future__ import annotations

import io
import json
import os
import socket
from datetime import datetime
from pathlib import Path

import pytest

from verantwoording_app.cli import main
from verantwoording_app.services.locking import lock_path
from verantwoording_app.services.workspace import Workspace


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "db.vwdb"
    Workspace.open_default(path, author="tester").close()
    now = datetime.now().replace(microsecond=0).isoformat()
    # the window of another, living process on this machine (our parent: certainly alive)
    lock_path(path).write_text(json.dumps({"user": "Fatima", "host": socket.gethostname(), "pid": os.getppid(),
                                           "since": now, "heartbeat": now}), encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(args), out=out, err=err), out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "command",
    [
        ("assign", "--owner", "Piet", "--goal", "I"),
        ("demo", "--replace"),
        ("snapshot", "create", "aan college"),
        ("people", "add", "Piet"),
    ],
)
def test_writing_through_the_window_is_refused_naming_who(database: Path, command: tuple[str, ...]) -> None:
    before = database.read_bytes()
    code, _out, err = _run(*command, "--db", str(database))
    assert code == 1
    assert "geopend in het venster van Fatima" in err
    assert "--force" in err
    assert database.read_bytes() == before


def test_reading_is_fine_while_the_window_is_open(database: Path) -> None:
    assert _run("list", "--db", str(database))[0] == 0
    assert _run("check", "--db", str(database))[0] == 0
    assert _run("export", "--db", str(database), "--out", str(database.parent / "x.txt"))[0] == 0


def test_force_writes_anyway(database: Path) -> None:
    code, out, err = _run("assign", "--owner", "Piet", "--goal", "I", "--db", str(database), "--force")
    assert code == 0, err
    assert "Piet" in out


def test_a_stale_lock_does_not_stop_the_command_line(database: Path) -> None:
    data = json.loads(lock_path(database).read_text(encoding="utf-8"))
    data["pid"] = 2**22 + 12345  # no such process
    lock_path(database).write_text(json.dumps(data), encoding="utf-8")
    assert _run("assign", "--owner", "Piet", "--goal", "I", "--db", str(database))[0] == 0
