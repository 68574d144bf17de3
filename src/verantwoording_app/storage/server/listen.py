"""Receiving the server's announcements (LISTEN/NOTIFY) without blocking, on a connection of its own.

The caller watches :meth:`Listener.fileno` (the window with a QSocketNotifier, a benchmark with
``select``) and calls :meth:`Listener.drain` when it is readable. A lost connection raises
:class:`ListenerLost` from ``drain``; :meth:`Listener.connect` again when the server is back.
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass
from typing import Any

from ...domain.errors import StorageError
from ...domain.messages import Message
from . import CHANNEL


class ListenerLost(StorageError):
    """The connection to the server is gone (network, restart); changes are not arriving."""


@dataclass(frozen=True, slots=True)
class Change:
    """One announcement: ``kind`` is 'activity', 'structure', 'conflicts', 'people' or 'presence'."""

    kind: str
    id: str = ""
    by: str = ""
    received: float = 0.0
    """time.monotonic() when it was read (for the benchmark's visible-in-other-client latency)."""


def _plain_url(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


class Listener:
    """A psycopg connection in autocommit that LISTENs on the ``verantwoording`` channel."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._connection: Any = None
        self._queued: list[Any] = []

    def connect(self) -> None:
        import psycopg

        self.close()
        try:
            connection = psycopg.connect(_plain_url(self.url), autocommit=True, connect_timeout=5,
                                         application_name="verantwoording-live")
        except psycopg.Error as error:
            raise ListenerLost(Message.of("server.unreachable_detail", splitlines=str(error).strip().splitlines()[0])) from None
        connection.add_notify_handler(self._queued.append)
        connection.execute(f"LISTEN {CHANNEL}")
        self._connection = connection

    @property
    def connected(self) -> bool:
        return self._connection is not None and not self._connection.closed

    def fileno(self) -> int:
        if self._connection is None:
            raise ListenerLost(Message.of("server.not_connected"))
        return int(self._connection.pgconn.socket)

    def drain(self) -> list[Change]:
        """Every announcement that has arrived (never blocks); ListenerLost when the connection broke."""
        import psycopg

        if self._connection is None:
            raise ListenerLost(Message.of("server.not_connected"))
        pgconn = self._connection.pgconn
        try:
            pgconn.consume_input()
            while (notify := pgconn.notifies()) is not None:
                self._queued.append(notify)
        except psycopg.Error as error:
            self.close()
            raise ListenerLost(Message.of("server.connection_lost_detail", error=error)) from None
        if pgconn.status != 0:  # CONNECTION_BAD
            self.close()
            raise ListenerLost(Message.of("server.connection_lost"))
        now = time.monotonic()
        changes = [_change(item, now) for item in self._queued]
        self._queued.clear()
        return [change for change in changes if change is not None]

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):
                self._connection.close()
            self._connection = None


def _change(item: Any, received: float) -> Change | None:
    payload = getattr(item, "payload", None)
    if payload is None:  # a raw PGnotify from libpq
        payload = bytes(getattr(item, "extra", b"")).decode("utf-8", "replace")
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("kind"), str):
        return None
    return Change(str(data["kind"]), str(data.get("id") or ""), str(data.get("by") or ""), received)
