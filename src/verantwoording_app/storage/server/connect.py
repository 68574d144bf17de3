"""Opening the team server: its schema revision, who we are on it, and clear Dutch connection errors."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from ...domain.errors import StorageError
from ...domain.messages import Message
from ...domain.policy import Person, Role
from ...domain.privacy import mask_url
from .. import engine as engine_mod


@dataclass(frozen=True, slots=True)
class Identity:
    """Who the server says we are: ``login`` is ``session_user``; ``person`` the name in the owner column."""

    login: str
    person: str
    role: str
    """'coordinator', 'officer', or 'beheerder' (the administrator: not a team member, owns the tables)."""

    @property
    def is_coordinator(self) -> bool:
        return self.role in ("coordinator", "beheerder")


def person_of(engine: Engine) -> Person:
    """The policy's person for this login: an officer owns the activities with their name as owner (the
    rule the server applies); the administrator, not a team member, edits as a coordinator."""
    me = identity(engine)
    if me.is_coordinator:
        return Person.coordinator(me.person)
    return Person(me.person, Role.OFFICER if me.role == "officer" else Role.READER)


def server_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        exists = connection.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()
        if not exists:
            return None
        row = connection.execute(text("SELECT version_num FROM alembic_version")).fetchone()
    return str(row[0]) if row else None


def check_ready(engine: Engine, current: str | None, url: str) -> None:
    """A server database is migrated by the administrator only (``server setup``), never by a client."""
    where = mask_url(url).replace("postgresql+psycopg://", "postgresql://", 1)
    if current is None:
        raise StorageError(Message.of("server.no_database_yet", where=where))
    if current != engine_mod.HEAD_REVISION:
        known = {p.stem.split("_")[0] for p in (engine_mod.MIGRATIONS_DIR / "versions").glob("[0-9]*.py")}
        if current not in known:
            raise StorageError(Message.of("server.newer_schema", where=where, current=current))
        raise StorageError(Message.of("server.needs_upgrade", where=where, current=current, head_revision=engine_mod.HEAD_REVISION))


def identity(engine: Engine) -> Identity:
    try:
        return _identity(engine)
    except SQLAlchemyError as error:
        raise explain_connection_error(error, engine.url.render_as_string()) from error


def _identity(engine: Engine) -> Identity:
    with engine.connect() as connection:
        login = str(connection.execute(text("SELECT session_user")).scalar())
        has_table = connection.execute(text("SELECT to_regclass('server_users') IS NOT NULL")).scalar()
        row = connection.execute(text("SELECT person, role FROM server_users WHERE login = session_user")).first() \
            if has_table else None
        if row is not None:
            member = connection.execute(text("SELECT verantwoording_is_member()")).scalar()
            if member:
                return Identity(login, str(row[0]), str(row[1]))
        owner = connection.execute(text(
            "SELECT pg_has_role(session_user, (SELECT tableowner FROM pg_tables WHERE tablename = 'activities' "
            "AND schemaname = current_schema()), 'MEMBER')")).scalar()
    if owner:
        return Identity(login, login, "beheerder")
    return Identity(login, login, "")


class ServerUnreachable(StorageError):
    """The team server cannot be reached now (network, restart): nothing was refused, the change can be sent
    again when it is back (the window keeps it and says so without a dialog)."""


def explain_connection_error(error: SQLAlchemyError, url: str) -> StorageError:
    """The server could not be reached or refused the login: say so in Dutch, with the masked address."""
    where = mask_url(url).replace("postgresql+psycopg://", "postgresql://", 1)
    original = getattr(error, "orig", None)
    detail = str(original or error).strip().splitlines()[0][:300] if str(original or error).strip() else ""
    sqlstate = getattr(original, "sqlstate", None)
    if sqlstate == "28P01" or "password authentication failed" in detail:
        return StorageError(Message.of("server.wrong_password", where=where))
    if sqlstate == "28000" or "no pg_hba.conf entry" in detail or ("role" in detail and "does not exist" in detail):
        return StorageError(Message.of("server.user_not_allowed", where=where, detail=detail))
    if sqlstate == "3D000":
        return StorageError(Message.of("server.database_missing", where=where))
    if isinstance(error, OperationalError) and (sqlstate is None or str(sqlstate).startswith("08")):
        return ServerUnreachable(Message.of("server.unreachable", where=where, detail=detail))
    return StorageError(Message.of("server.error", where=where, detail=detail))
