"""Autosave keeps its promises under pressure: continuous typing, and a disk that fails and comes back."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from verantwoording_app.domain.errors import StorageError
from verantwoording_app.ui.autosave import Autosave


def test_continuous_typing_is_still_saved(qtbot) -> None:
    commits: list[int] = []
    autosave = Autosave(lambda: commits.append(1) is None, delay_ms=100)
    typing = QTimer()
    typing.timeout.connect(autosave.schedule)  # an edit every 20 ms, never a pause
    typing.start(20)
    qtbot.waitUntil(lambda: len(commits) >= 2, timeout=2000)
    typing.stop()


def test_failing_disk_is_reported_once_retried_and_recovers(qtbot) -> None:
    disk = {"ok": False, "writes": 0}

    def commit() -> bool:
        disk["writes"] += 1
        if not disk["ok"]:
            raise StorageError("Opslaan is mislukt: de schijf is vol.")
        return True

    autosave = Autosave(commit, delay_ms=10)
    autosave.RETRY_MS = 50
    failures: list[str] = []
    autosave.failed.connect(failures.append)
    autosave.schedule()
    qtbot.waitUntil(lambda: disk["writes"] >= 3, timeout=2000)  # retried by itself
    for _ in range(20):
        autosave.schedule()  # typing on while the disk is full
    assert failures == ["Opslaan is mislukt: de schijf is vol."]
    assert autosave.pending
    disk["ok"] = True
    with qtbot.waitSignal(autosave.recovered, timeout=2000):
        pass
    assert not autosave.pending
    assert not autosave.failing
