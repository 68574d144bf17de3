"""The server's announcements in the Qt event loop: a QSocketNotifier on the LISTEN connection.

No thread and no polling: when the connection's socket is readable, the announcements are read and
emitted as signals (coalesced: one refresh per activity per read). When the connection breaks,
``connection_lost`` is emitted and a timer tries again every few seconds; ``connection_back`` when it
is there again (the window then reads everything anew: it may have missed announcements).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from ..services.team import Listener, ListenerLost

RECONNECT_MS = 3000


class LiveUpdates(QObject):
    activity_changed = Signal(str, str)
    """activity id, the login that changed it"""
    structure_changed = Signal(str)
    conflicts_changed = Signal()
    presence_changed = Signal()
    connection_lost = Signal(str)
    connection_back = Signal()

    def __init__(self, listener: Listener, parent: Any = None) -> None:
        super().__init__(parent)
        self.listener = listener
        self._notifier: QSocketNotifier | None = None
        self._retry = QTimer(self)
        self._retry.setInterval(RECONNECT_MS)
        self._retry.timeout.connect(self._reconnect)
        self.lost = False

    def start(self) -> None:
        """Connect and listen; a server that cannot be reached now is retried (connection_lost first)."""
        try:
            self.listener.connect()
        except ListenerLost as error:
            self._lose(error.message)
            return
        self._watch()

    def stop(self) -> None:
        self._retry.stop()
        self._unwatch()
        self.listener.close()

    def _watch(self) -> None:
        self._unwatch()
        notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._read)
        self._notifier = notifier

    def _unwatch(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None

    def _read(self, *_args: Any) -> None:
        try:
            changes = self.listener.drain()
        except ListenerLost as error:
            self._lose(error.message)
            return
        activities: dict[str, str] = {}
        structure, conflicts, presence = "", False, False
        for change in changes:
            if change.kind == "activity" and change.id:
                activities[change.id] = change.by
            elif change.kind in ("structure", "people"):
                structure = change.by or structure or "?"
            elif change.kind == "conflicts":
                conflicts = True
            elif change.kind == "presence":
                presence = True
        if structure:
            self.structure_changed.emit(structure)
        for activity_id, by in activities.items():
            self.activity_changed.emit(activity_id, by)
        if conflicts:
            self.conflicts_changed.emit()
        if presence:
            self.presence_changed.emit()

    def _lose(self, message: str) -> None:
        self._unwatch()
        if not self.lost:
            self.lost = True
            self.connection_lost.emit(message)
        if not self._retry.isActive():
            self._retry.start()

    def _reconnect(self) -> None:
        try:
            self.listener.connect()
        except ListenerLost:
            return  # still away: the timer tries again
        self._retry.stop()
        self._watch()
        self.lost = False
        self.connection_back.emit()
