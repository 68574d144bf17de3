"""Times: local wall-clock time in a file, UTC on the team server, local again when read.

The app works with naive local times (``mapping.now``: what an officer sees in "Opgeslagen om 14:32").
On PostgreSQL the server's triggers stamp UTC, and colleagues in other time zones (or on a server with
another clock setting) must agree, so there the column holds UTC: this type converts a naive local time to
UTC when it is written and back to local time when it is read. A file keeps what it always had.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator

if TYPE_CHECKING:
    from sqlalchemy.engine import Dialect


def local_to_utc(value: datetime) -> datetime:
    """A naive local time as a naive UTC time."""
    return value.astimezone(UTC).replace(tzinfo=None)


def utc_to_local(value: datetime) -> datetime:
    """A naive UTC time as a naive local time."""
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


class AppDateTime(TypeDecorator[datetime]):
    """``DateTime`` without a time zone; UTC in the column on PostgreSQL, local time in the app."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, datetime) and dialect.name == "postgresql":
            return local_to_utc(value) if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, datetime) and dialect.name == "postgresql":
            return utc_to_local(value)
        return value
