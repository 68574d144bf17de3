"""Opening a locked database or one in an unsafe place: the user's choices, made by keyboard or mouse."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from verantwoording_app.services.locking import DatabaseLock, DatabaseLocked, lock_path
from verantwoording_app.ui.lock_dialog import (
    LocationChoice,
    LockChoice,
    LockDialog,
    UnsafeLocationDialog,
    ask_lock_choice,
)


def locked_by_other(tmp_path: Path, *, minutes_ago: int) -> DatabaseLocked:
    database = tmp_path / "jaarstukken.vwdb"
    database.write_bytes(b"")
    since = datetime(2023, 3, 14, 9, 30)
    heartbeat = datetime.now() - timedelta(minutes=minutes_ago)
    lock_path(database).write_text(json.dumps({
        "user": "fatima", "host": "GEM-PC-042", "pid": 4242,
        "since": since.isoformat(), "heartbeat": heartbeat.isoformat(),
    }), encoding="utf-8")
    with pytest.raises(DatabaseLocked) as caught:
        DatabaseLock(database, "piet").acquire()
    return caught.value


@pytest.fixture
def fresh_lock(tmp_path: Path) -> DatabaseLocked:
    return locked_by_other(tmp_path, minutes_ago=0)


@pytest.fixture
def stale_lock(tmp_path: Path) -> DatabaseLocked:
    return locked_by_other(tmp_path, minutes_ago=60)


def test_names_user_machine_and_time(qtbot, fresh_lock) -> None:
    dialog = LockDialog(fresh_lock, Path("jaarstukken.vwdb"))
    qtbot.addWidget(dialog)
    text = dialog.message.text()
    assert "fatima" in text
    assert "GEM-PC-042" in text
    assert "14-03-2023 09:30" in text
    assert dialog.windowTitle() == "Database is in gebruik"


def test_fresh_lock_offers_read_only_but_no_take_over(qtbot, fresh_lock) -> None:
    assert not fresh_lock.stale
    dialog = LockDialog(fresh_lock)
    qtbot.addWidget(dialog)
    assert dialog.take_over_button is None
    assert dialog.read_only_button.isDefault()
    dialog.show()
    qtbot.mouseClick(dialog.read_only_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == LockChoice.READ_ONLY
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_stale_lock_can_be_taken_over(qtbot, stale_lock, tmp_path) -> None:
    assert stale_lock.stale
    dialog = LockDialog(stale_lock)
    qtbot.addWidget(dialog)
    assert dialog.take_over_button is not None
    assert "verlopen" in dialog.message.text()
    dialog.show()
    qtbot.mouseClick(dialog.take_over_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == LockChoice.TAKE_OVER
    lock = DatabaseLock(tmp_path / "jaarstukken.vwdb", "piet")  # what the caller then does
    lock.acquire(take_over=True)
    assert lock.held
    lock.release()


def test_escape_cancels(qtbot, stale_lock) -> None:
    dialog = LockDialog(stale_lock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice == LockChoice.CANCEL


def test_enter_chooses_read_only(qtbot, stale_lock) -> None:
    dialog = LockDialog(stale_lock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.choice == LockChoice.READ_ONLY


def test_ask_returns_the_choice(fresh_lock, monkeypatch) -> None:
    def click_cancel(dialog: LockDialog) -> int:
        dialog.cancel_button.click()
        return 0

    monkeypatch.setattr(LockDialog, "exec", click_cancel)
    assert ask_lock_choice(None, fresh_lock) == LockChoice.CANCEL


@pytest.mark.parametrize(("reason", "words"), [
    ("netwerkpad", "netwerkpad"), ("gesynchroniseerde map", "OneDrive"), ("netwerkschijf", "netwerkschijf")])
def test_unsafe_location_explains_the_place(qtbot, reason, words) -> None:
    dialog = UnsafeLocationDialog(Path("/mnt/OneDrive/jaarstukken.vwdb"), reason)
    qtbot.addWidget(dialog)
    assert words in dialog.message.text()
    assert dialog.local_copy_button.isDefault()


@pytest.mark.parametrize(("button", "choice"), [
    ("local_copy_button", LocationChoice.LOCAL_COPY), ("open_anyway_button", LocationChoice.OPEN_ANYWAY),
    ("cancel_button", LocationChoice.CANCEL)])
def test_unsafe_location_choices(qtbot, button, choice) -> None:
    dialog = UnsafeLocationDialog(Path("//server/share/x.vwdb"), "netwerkpad")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.choice == choice
