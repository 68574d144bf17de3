"""Who works on which activity right now: one row per login, kept fresh by the window's heartbeat."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from .connect import explain_connection_error

if TYPE_CHECKING:
    from collections.abc import Iterator

FRESH_SECONDS = 90
"""A marker older than this is gone (a window that crashed or lost its connection)."""


@contextmanager
def _explained(engine: Engine) -> Iterator[None]:
    """A server that is away is a StorageError with a Dutch message, like every other door."""
    try:
        yield
    except SQLAlchemyError as error:
        raise explain_connection_error(error, engine.url.render_as_string()) from error


def announce(engine: Engine, activity_id: str | None) -> None:
    """This login works on ``activity_id`` now (None: on nothing in particular)."""
    with _explained(engine), engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO presence(login, activity_id, seen_at) "
            "VALUES (session_user, :a, now() AT TIME ZONE 'UTC') "
            "ON CONFLICT (login) DO UPDATE SET activity_id = EXCLUDED.activity_id, seen_at = EXCLUDED.seen_at"),
            {"a": activity_id})


def leave(engine: Engine) -> None:
    with _explained(engine), engine.begin() as connection:
        connection.execute(text("DELETE FROM presence WHERE login = session_user"))


def others(engine: Engine) -> dict[str, tuple[str, ...]]:
    """Activity id → the names of the colleagues working on it now (not this login)."""
    with _explained(engine), engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT p.activity_id, coalesce(u.person, p.login) FROM presence p "
            "LEFT JOIN server_users u ON u.login = p.login "
            "WHERE p.login <> session_user AND p.activity_id IS NOT NULL "
            "AND p.seen_at > (now() AT TIME ZONE 'UTC') - make_interval(secs => :fresh) "
            "ORDER BY 2"), {"fresh": FRESH_SECONDS}).all()
    found: dict[str, list[str]] = {}
    for activity_id, person in rows:
        found.setdefault(str(activity_id), []).append(str(person))
    return {key: tuple(names) for key, names in found.items()}
