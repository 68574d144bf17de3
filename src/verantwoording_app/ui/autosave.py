"""Autosave: commit pending edits about a second after the user pauses typing."""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.errors import UserError

if TYPE_CHECKING:
    from collections.abc import Callable


class Autosave(QObject):
    """Debounces edits and calls ``commit`` when the user pauses, on Ctrl+S and before closing.

    ``commit`` writes whatever is pending and returns True when something was written.
    A user who never pauses is still saved: no edit waits longer than ``delay_ms``
    after the first unsaved one (so a crash loses at most that much). A failed
    save is retried every few seconds, so saving resumes by itself when the disk
    is back.
    """

    RETRY_MS = 5000

    saved = Signal(datetime)
    failed = Signal(str)
    pending_changed = Signal(bool)
    recovered = Signal()

    def __init__(self, commit: Callable[[], bool], delay_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._pending = False
        self._pending_since = 0.0
        self._delay_ms = delay_ms
        self._flushing = False
        self._held = False
        self.failing = False
        self._told = False
        self.last_saved: datetime | None = None
        self.quiet: Callable[[UserError], bool] | None = None
        """Asked about every failed save: True when it took care of it without ``failed`` (the team server
        away: said in the window, kept locally, retried; never a dialog)."""

    @property
    def pending(self) -> bool:
        return self._pending

    def schedule(self) -> None:
        """An edit happened: (re)start the pause timer."""
        now = time.monotonic()
        if not self._pending:
            self._pending = True
            self._pending_since = now
            self.pending_changed.emit(True)
        if self.failing:
            return  # the retry timer is running; do not hammer a failing disk on every keystroke
        waited_ms = (now - self._pending_since) * 1000
        self._timer.start(int(max(0, min(self._delay_ms, self._delay_ms - waited_ms))))

    def flush(self) -> bool:
        """Write pending edits now; True when all is saved afterwards."""
        self._timer.stop()
        if not self._pending or self._flushing or self._held:
            return not self._pending
        self._flushing = True
        try:
            wrote = self._commit()
        except UserError as error:  # the user must see why a save failed; the text stays pending
            self.failing = True
            self._timer.start(self.RETRY_MS)
            if self.quiet is not None and self.quiet(error):
                return False
            if not self._told:  # once per failing spell (an offline spell does not count)
                self._told = True
                self.failed.emit(error.message)
            return False
        finally:
            self._flushing = False
        self._pending = False
        if self.failing:
            self.failing = False
            self._told = False
            self.recovered.emit()
        self.pending_changed.emit(False)
        if wrote:
            self.last_saved = datetime.now()
            self.saved.emit(self.last_saved)
        return True

    def hold(self) -> None:
        """Keep edits pending without writing them (the store is still opening) until ``release``."""
        self._held = True

    def release(self) -> None:
        self._held = False

    def discard(self) -> None:
        """Forget pending edits (after their target was replaced)."""
        self._timer.stop()
        if self._pending:
            self._pending = False
            self.pending_changed.emit(False)
