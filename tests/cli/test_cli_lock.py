"""The command line respects the lock of a running window: it refuses naming who holds it, or --force."""

from __future__ import annotations

import io
import json
import os
import socket
from datetime import datetime
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.cli import main
from verantwoording_app.services.locking import lock_path
from verantwoording_app.services.workspace import Workspace

if TYPE_CHECKING:
    from pathlib import Path


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


def _command_lock(database: Path) -> None:
    """Another command-line process (our parent: certainly alive) is writing."""
    now = datetime.now().replace(microsecond=0).isoformat()
    lock_path(database).write_text(json.dumps({"user": "Piet", "host": socket.gethostname(), "pid": os.getppid(),
                                               "since": now, "heartbeat": now, "kind": "opdrachtregel"}),
                                   encoding="utf-8")


def test_a_writing_command_holds_the_lock_while_it_runs(database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from verantwoording_app import cli

    lock_path(database).unlink()
    seen: list[dict[str, object]] = []
    original = cli.HANDLERS["assign"]

    def spying(args, out):
        seen.append(json.loads(lock_path(database).read_text(encoding="utf-8")))
        return original(args, out)

    monkeypatch.setitem(cli.HANDLERS, "assign", spying)
    assert _run("assign", "--owner", "Piet", "--goal", "I", "--db", str(database))[0] == 0
    assert seen
    assert seen[0]["kind"] == "opdrachtregel"
    assert seen[0]["pid"] == os.getpid()
    assert not lock_path(database).exists()  # given back afterwards
    assert _run("list", "--db", str(database))[0] == 0
    assert not lock_path(database).exists()  # reading takes no lock


def test_a_second_command_waits_for_the_first(database: Path) -> None:
    import threading
    import time

    _command_lock(database)
    threading.Timer(0.6, lock_path(database).unlink).start()  # the other command finishes
    started = time.monotonic()
    code, _out, err = _run("assign", "--owner", "Piet", "--goal", "I", "--db", str(database))
    assert code == 0, err
    assert time.monotonic() - started >= 0.5


def test_a_command_that_stays_busy_is_named(database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from verantwoording_app.services import locking

    monkeypatch.setattr(locking, "COMMAND_WAIT", 0.2)
    _command_lock(database)
    before = database.read_bytes()
    code, _out, err = _run("people", "add", "Jan", "--db", str(database))
    assert code == 1
    assert "wordt al gewijzigd door de opdrachtregel van Piet" in err
    assert database.read_bytes() == before


def test_a_command_in_the_windows_own_process_leaves_the_windows_lock(database: Path) -> None:
    from verantwoording_app.services.locking import DatabaseLock, read_lock

    lock_path(database).unlink()
    window = DatabaseLock(database, "Fatima")
    window.acquire()
    try:
        assert _run("assign", "--owner", "Piet", "--goal", "I", "--db", str(database))[0] == 0
        info = read_lock(database)
        assert info is not None
        assert (info.user, info.kind) == ("Fatima", "venster")
    finally:
        window.release()
    assert not lock_path(database).exists()


def test_importing_a_text_respects_the_window_too(database: Path, tmp_path: Path) -> None:
    source = tmp_path / "tekst.txt"
    source.write_text("Hoofddoel 1: Veilig\n\n1. Eerste\nPlan.\nRealisatie:\nGedaan.\n", encoding="utf-8")
    before = database.read_bytes()
    code, _out, err = _run("import", str(source), "--add", "--db", str(database))
    assert code == 1
    assert "geopend in het venster van Fatima" in err
    assert database.read_bytes() == before
