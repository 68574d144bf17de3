from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from verantwoording_app.services.locking import (
    DatabaseLock,
    DatabaseLocked,
    lock_path,
    read_lock,
    unsafe_location,
)


def test_second_instance_is_told_who_holds_the_lock(tmp_path: Path) -> None:
    database = tmp_path / "d.vwdb"
    first = DatabaseLock(database, "fatima")
    first.acquire()
    # another process on this machine: fake by writing a lock of a live foreign pid (our parent)
    data = json.loads(lock_path(database).read_text())
    data["pid"] = os.getppid()
    lock_path(database).write_text(json.dumps(data))
    second = DatabaseLock(database, "piet")
    with pytest.raises(DatabaseLocked) as caught:
        second.acquire()
    assert caught.value.info.user == "fatima"
    assert caught.value.info.host == socket.gethostname()
    assert not caught.value.stale
    assert "fatima op" in caught.value.message
    assert "alleen-lezen" in caught.value.message


def test_stale_lock_can_be_taken_over(tmp_path: Path) -> None:
    database = tmp_path / "d.vwdb"
    lock_path(database).write_text(json.dumps({
        "user": "weg", "host": socket.gethostname(), "pid": 2**22 + 12345,
        "since": "2026-01-01T10:00:00", "heartbeat": "2026-01-01T10:00:00",
    }))
    lock = DatabaseLock(database, "nieuw")
    with pytest.raises(DatabaseLocked) as caught:
        lock.acquire()
    assert caught.value.stale
    lock.acquire(take_over=True)
    info = read_lock(database)
    assert info is not None
    assert (info.user, info.pid) == ("nieuw", os.getpid())
    lock.refresh()
    lock.release()
    assert not lock_path(database).exists()


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("//server/share/d.vwdb", "netwerkpad"),
        ("/home/x/OneDrive - Gemeente/d.vwdb", "gesynchroniseerde map"),
        ("/home/x/Dropbox/d.vwdb", "gesynchroniseerde map"),
        ("/tmp/d.vwdb", None),
    ],
)
def test_unsafe_locations(path: str, reason: str | None) -> None:
    assert unsafe_location(Path(path)) == reason


def test_a_window_waits_a_moment_for_a_command_that_writes(tmp_path: Path) -> None:
    import json
    import os
    import threading
    import time
    from datetime import datetime

    from verantwoording_app.services.locking import (
        DatabaseLock,
        DatabaseLocked,
        hold_for_command,
        lock_path,
    )

    database = tmp_path / "db.vwdb"
    database.write_bytes(b"")
    now = datetime.now().replace(microsecond=0).isoformat()
    lock_path(database).write_text(json.dumps({"user": "Piet", "host": socket.gethostname(), "pid": os.getppid(),
                                               "since": now, "heartbeat": now, "kind": "opdrachtregel"}))
    window = DatabaseLock(database, "Fatima")
    with pytest.raises(DatabaseLocked, match="de opdrachtregel van Piet"):
        window.acquire()
    threading.Timer(0.3, lock_path(database).unlink).start()
    window.acquire(wait_for_commands=5)
    assert window.held
    window.release()
    assert not lock_path(database).exists()
    # a command never waits for a window (of another process): refused at once
    lock_path(database).write_text(json.dumps({"user": "Fatima", "host": socket.gethostname(), "pid": os.getppid(),
                                               "since": now, "heartbeat": now}))
    started = time.monotonic()
    with pytest.raises(DatabaseLocked, match="geopend door Fatima"):
        hold_for_command(database, "Piet", wait=5)
    assert time.monotonic() - started < 1
