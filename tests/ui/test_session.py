"""Opening databases safely from the window: locks, unsafe places, read-only, backups, officer packages."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.ui.conftest import open_fresh
from verantwoording_app.domain.errors import StorageError
from verantwoording_app.domain.selection import Selection
from verantwoording_app.services import backups, packages
from verantwoording_app.services.locking import lock_path, read_lock
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.ui.lock_dialog import LocationChoice, LockChoice
from verantwoording_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture
def bare(qtbot, settings, modal) -> Iterator[MainWindow]:
    window = MainWindow(settings, opener=open_fresh, user_name="Fatima")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def _foreign_lock(database: Path, *, stale: bool) -> None:
    pid = 2**22 + 4321 if stale else os.getppid()
    lock_path(database).write_text(json.dumps({
        "user": "Piet", "host": socket.gethostname(), "pid": pid,
        "since": "2026-11-26T09:00:00", "heartbeat": "2026-11-26T09:00:00" if stale else "2099-01-01T00:00:00",
    }))


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "gedeeld.vwdb"
    Workspace.open_default(path, author="x").close()
    return path


def test_locked_database_opens_read_only(bare: MainWindow, tmp_path: Path) -> None:
    database = _database(tmp_path)
    _foreign_lock(database, stale=False)
    asked: list[str] = []
    bare.session._ask_lock = lambda _parent, error, _db: asked.append(error.info.user) or LockChoice.READ_ONLY
    assert bare.open_database(database)
    assert asked == ["Piet"]
    assert bare.workspace is not None
    assert bare.workspace.read_only
    assert bare.windowTitle().endswith("(alleen lezen)")
    assert bare.activity_form.title.isReadOnly()
    assert not bare.action("add_activity").isEnabled()
    assert read_lock(database).user == "Piet"
    with pytest.raises(StorageError, match="alleen-lezen"):
        bare.workspace.save_activity(bare.workspace.tree()[0].goals[0].activities[0].id, {"owner": "X"})


def test_cancel_leaves_everything_as_it_was(bare: MainWindow, tmp_path: Path) -> None:
    database = _database(tmp_path)
    _foreign_lock(database, stale=False)
    bare.session._ask_lock = lambda *_args: LockChoice.CANCEL
    assert not bare.open_database(database)
    assert bare.workspace is None


def test_stale_lock_taken_over_makes_a_backup_first(bare: MainWindow, tmp_path: Path) -> None:
    database = _database(tmp_path)
    _foreign_lock(database, stale=True)
    bare.session._ask_lock = lambda *_args: LockChoice.TAKE_OVER
    assert bare.open_database(database)
    assert not bare.workspace.read_only
    assert [b.reason for b in backups.list_backups(database)] == ["onveilig-afgesloten"]
    assert read_lock(database).user == "Fatima"


def test_closing_backs_up_edits_and_releases_the_lock(bare: MainWindow, tmp_path: Path, qtbot) -> None:
    database = _database(tmp_path)
    assert bare.open_database(database)
    assert lock_path(database).exists()
    bare.activity_form.owner.setFocus()
    qtbot.keyClicks(bare.activity_form.owner, "Fatima")
    bare.save_now()
    assert bare.session.edited_since_backup
    bare.close()
    assert not lock_path(database).exists()
    assert [b.reason for b in backups.list_backups(database)] == ["afsluiten"]


def test_synced_folder_offers_a_local_copy(bare: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = _database(tmp_path)
    monkeypatch.setattr("verantwoording_app.ui.session.unsafe_location", lambda _path: "gesynchroniseerde map")
    bare.session._ask_location = lambda *_args: LocationChoice.LOCAL_COPY
    assert bare.open_database(database)
    opened = Path(bare.workspace.location)
    assert opened != database
    assert opened.parent.name == "werkkopieen"


def test_officer_opens_a_work_package(bare: MainWindow, tmp_path: Path) -> None:
    coordinator = Workspace.open_default(tmp_path / "coordinator.vwdb", author="coördinator")
    coordinator.assign(Selection(goal="II"), owner="Fatima")
    handout = tmp_path / "fatima.vwpakket"
    packages.create_handout(coordinator, "Fatima", handout)
    coordinator.close()
    assert bare.collaboration.open_handout(handout)
    assert bare.editable_ids is not None
    assert len(bare.editable_ids) == 5
    assert bare.collaboration.handin.isEnabled()
    assert not bare.collaboration.handout.isEnabled()
    first_goal_activity = bare.workspace.tree()[0].goals[0].activities[0].id
    bare.select(first_goal_activity)
    assert bare.activity_form.realisation.isReadOnly()
    own = bare.workspace.tree()[0].goals[1].activities[0].id
    bare.select(own)
    assert not bare.activity_form.realisation.isReadOnly()
    # title, owner and deadline are the coordinator's: locked in a work package (a hand-in could not carry them)
    assert bare.activity_form.title.isReadOnly()
    assert bare.activity_form.owner.isReadOnly()
    assert not bare.activity_form.deadline.isEnabled()
    assert not bare.activity_form.portfolio_holder.isReadOnly()
    assert bare.activity_form.status.isEnabled()


def test_failing_save_writes_an_emergency_copy(window: MainWindow, modal, qtbot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*_args, **_kwargs):
        raise StorageError("Opslaan is mislukt: de schijf is vol.")

    monkeypatch.setattr(window.workspace, "save_activity", full_disk)
    window.activity_form.owner.setFocus()
    window.activity_form.owner.selectAll()
    qtbot.keyClicks(window.activity_form.owner, "Nieuwe eigenaar")
    assert not window.flush_pending()
    copies = list((Path(os.environ["VERANTWOORDING_DATA_DIR"]) / "noodkopieen").glob("noodkopie-*.txt"))
    assert len(copies) == 1
    assert "Nieuwe eigenaar" in copies[0].read_text(encoding="utf-8")
    assert any("noodkopie" in text for text in modal.shown)


def test_own_crashed_session_is_taken_over_without_asking(bare: MainWindow, tmp_path: Path) -> None:
    database = _database(tmp_path)
    lock_path(database).write_text(json.dumps({
        "user": "Fatima", "host": socket.gethostname(), "pid": 2**22 + 999,
        "since": "2026-11-26T09:00:00", "heartbeat": "2026-11-26T09:00:00",
    }))
    bare.session._ask_lock = lambda *_args: pytest.fail("should not ask")
    assert bare.open_database(database)
    assert [b.reason for b in backups.list_backups(database)] == ["onveilig-afgesloten"]


def test_a_write_protected_database_opens_read_only_and_says_why(bare: MainWindow, tmp_path: Path) -> None:
    database = _database(tmp_path)
    os.chmod(database, 0o444)
    assert bare.open_database(database)
    assert bare.workspace is not None
    assert bare.workspace.read_only
    assert bare.windowTitle().endswith(" (alleen lezen)")
    assert "schrijfbeveiligd" in bare.statusBar().currentMessage()
    assert not lock_path(database).exists()  # nothing to protect: no lock
    assert oct(database.stat().st_mode & 0o777) == oct(0o444)
