"""What the IT administrator runs on the team server: set-up (migrations and the security layer), users,
and moving a local document onto the server. Never run by an officer's or coordinator's login."""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, Integer, delete, func, insert, select, text, update
from sqlalchemy.exc import SQLAlchemyError

from ...domain.errors import StorageError, UserError
from ...domain.messages import Message
from ...domain.model import new_id
from ...domain.privacy import mask_url
from .. import engine as engine_mod
from ..tables import Base, DocumentRow, PersonRow, VersionRow
from . import COORDINATOR_GROUP, OFFICER_GROUP, is_server_url
from .connect import explain_connection_error, server_revision
from .layer import LAYER_VERSION, statements

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

ROLES = {"officer": OFFICER_GROUP, "coordinator": COORDINATOR_GROUP}
PERSON_ROLES = {"officer": "medewerker", "coordinator": "coördinator"}
"""The role of the person in the document's people list (domain.policy.Role values)."""
LOGIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


@dataclass(frozen=True, slots=True)
class SetupReport:
    location: str
    revision_before: str | None
    revision: str
    layer: str

    def summary(self) -> str:
        before = "nieuwe database" if self.revision_before is None else f"schema {self.revision_before}"
        moved = "" if self.revision_before == self.revision else f" (was: {before})"
        return (f"Teamserver {self.location} ingericht: schema {self.revision}{moved}, beveiliging versie "
                f"{self.layer}, groepen {OFFICER_GROUP} en {COORDINATOR_GROUP}.")


@dataclass(frozen=True, slots=True)
class ServerUser:
    login: str
    person: str
    role: str
    can_login: bool
    in_group: bool

    def describe(self) -> str:
        notes = []
        if not self.can_login:
            notes.append("kan niet inloggen: de login bestaat niet of heeft geen LOGIN")
        if not self.in_group:
            notes.append(f"geen lid van {ROLES[self.role]}")
        person = f" ({self.person})" if self.person != self.login else ""
        suffix = f"  — let op: {'; '.join(notes)}" if notes else ""
        return f"{self.login}{person}  {self.role}{suffix}"


def _require_url(location: str) -> str:
    if not is_server_url(location):
        raise UserError(Message.of("server.not_an_address", location=location))
    return engine_mod.database_url(location)


@contextmanager
def _admin_engine(location: str) -> Iterator[Engine]:
    url = _require_url(location)
    engine = engine_mod.create_app_engine(url)
    try:
        yield engine
    except SQLAlchemyError as error:
        raise explain_connection_error(error, url) from error
    finally:
        engine.dispose()


def _refuse_team_login(connection: Connection) -> None:
    """Set-up and users are the administrator's: a team member's login is refused (it could not anyway)."""
    member = connection.execute(text(
        "SELECT pg_has_role(session_user, :o, 'MEMBER') OR pg_has_role(session_user, :c, 'MEMBER') "
        "FROM pg_roles WHERE rolname = :o"), {"o": OFFICER_GROUP, "c": COORDINATOR_GROUP}).scalar()
    superuser = connection.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")).scalar()
    if member and not superuser:
        login = connection.execute(text("SELECT session_user")).scalar()
        raise UserError(Message.of("server.not_administrator", login=login))


def setup(location: str) -> SetupReport:
    """Run the migrations and (re)apply the security layer; idempotent, safe to run after every update."""
    with _admin_engine(location) as engine:
        with engine.connect() as connection:
            _refuse_team_login(connection)
        before = server_revision(engine)
        engine_mod.migrate(engine, current=before, path=None)
        with engine.begin() as connection:
            schema = str(connection.execute(text("SELECT current_schema()")).scalar() or "public")
            cursor = connection.connection.cursor()  # the driver's own: no parameters, '%' is plain text
            for statement in statements(schema):
                cursor.execute(statement)
        return SetupReport(mask_url(location), before, engine_mod.HEAD_REVISION,
                           LAYER_VERSION)


def _layer_ready(connection: Connection) -> None:
    present = connection.execute(text(
        "SELECT value FROM verantwoording_meta WHERE key = 'server_layer'")).scalar() if connection.execute(
        text("SELECT to_regclass('verantwoording_meta') IS NOT NULL")).scalar() else None
    if present is None:
        raise UserError(Message.of("server.not_set_up"))


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def add_user(location: str, login: str, role: str, person: str = "") -> ServerUser:
    """Give a person access: a login role (created when missing, without a password: authentication is the
    server's configuration), member of exactly one group, listed in server_users and in the people."""
    if role not in ROLES:
        raise UserError(Message.of("server.choose_role"))
    if not LOGIN.match(login):
        raise UserError(Message.of("server.invalid_login", login=login))
    person = (person or login).strip()
    with _admin_engine(location) as engine, engine.begin() as connection:
        _refuse_team_login(connection)
        _layer_ready(connection)
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).scalar()
        if not exists:
            connection.exec_driver_sql(f"CREATE ROLE {_ident(login)} LOGIN")
        other = ROLES["coordinator" if role == "officer" else "officer"]
        connection.exec_driver_sql(f"REVOKE {other} FROM {_ident(login)}")
        connection.exec_driver_sql(f"GRANT {ROLES[role]} TO {_ident(login)}")
        database = connection.execute(text("SELECT current_database()")).scalar()
        connection.exec_driver_sql(f"GRANT CONNECT ON DATABASE {_ident(str(database))} TO {_ident(login)}")
        connection.execute(text(
            "INSERT INTO server_users(login, person, role) VALUES (:l, :p, :r) "
            "ON CONFLICT (login) DO UPDATE SET person = EXCLUDED.person, role = EXCLUDED.role"),
            {"l": login, "p": person, "r": role})
        document = connection.execute(
            select(DocumentRow.id).order_by(DocumentRow.created_at.desc()).limit(1)).scalar()
        if document is not None:
            _add_person(connection, document, person, PERSON_ROLES[role])
    return next(u for u in users(location) if u.login == login)


@dataclass(frozen=True, slots=True)
class RemovalReport:
    login: str
    person: str
    role: str
    dropped: bool

    def summary(self) -> str:
        person = f" ({self.person})" if self.person != self.login else ""
        text = (f"Toegang ingetrokken: {self.login}{person} ziet en wijzigt niets meer in deze database. "
                f"Bij de activiteiten blijft '{self.person}' als eigenaar staan; de geschiedenis blijft bewaard.")
        if self.dropped:
            return text + f" De login {self.login} is van de server verwijderd."
        return (text + f" De login {self.login} zelf bestaat nog (ook andere databases op deze server kunnen hem "
                "gebruiken); verwijder hem met --drop-login.")


def remove_user(location: str, login: str, *, drop_login: bool = False) -> RemovalReport:
    """Take a person's access away: out of server_users (from then on the server shows them nothing here, also
    in a session that is still open), no CONNECT on this database; with ``drop_login`` also out of the groups
    and the login role dropped. The last coordinator is never removed."""
    with _admin_engine(location) as engine, engine.begin() as connection:
        _refuse_team_login(connection)
        _layer_ready(connection)
        connection.execute(text("LOCK TABLE server_users IN SHARE ROW EXCLUSIVE MODE"))
        row = connection.execute(text("SELECT person, role FROM server_users WHERE login = :l"), {"l": login}).first()
        if row is None:
            known = ", ".join(str(r[0]) for r in connection.execute(text(
                "SELECT login FROM server_users ORDER BY login")).all()) or "geen"
            raise UserError(Message.of("server.user_unknown", login=login, known=known))
        person, role = str(row[0]), str(row[1])
        if role == "coordinator":
            others = connection.execute(text(
                "SELECT count(*) FROM server_users WHERE role = 'coordinator' AND login <> :l"), {"l": login}).scalar()
            if not others:
                raise UserError(Message.of("server.last_coordinator", login=login))
        connection.execute(text("DELETE FROM presence WHERE login = :l"), {"l": login})
        connection.execute(text("DELETE FROM server_users WHERE login = :l"), {"l": login})
        database = connection.execute(text("SELECT current_database()")).scalar()
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).scalar()
        if exists:
            connection.exec_driver_sql(f"REVOKE CONNECT ON DATABASE {_ident(str(database))} FROM {_ident(login)}")
        if drop_login and exists:
            _drop_login(connection, login)
    return RemovalReport(login, person, role, drop_login and bool(exists))


def _drop_login(connection: Connection, login: str) -> None:
    superuser = connection.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = :n"), {"n": login}).scalar()
    if superuser:
        raise UserError(Message.of("server.superuser_not_removed", login=login))
    for group in ROLES.values():
        connection.exec_driver_sql(f"REVOKE {group} FROM {_ident(login)}")
    try:
        with connection.begin_nested():
            connection.exec_driver_sql(f"DROP ROLE {_ident(login)}")
    except SQLAlchemyError as error:
        detail = str(getattr(error, "orig", error)).strip().splitlines()[0][:200]
        raise UserError(Message.of("server.login_not_dropped", login=login, detail=detail)) from None


def _add_person(connection: Connection, document: str, person: str, role: str) -> None:
    known = connection.execute(select(PersonRow.id).where(
        PersonRow.document_id == document, func.lower(PersonRow.name) == person.lower())).scalar()
    if known is None:
        connection.execute(insert(PersonRow).values(id=new_id(), document_id=document, name=person, role=role,
                                                    email=""))
    else:
        connection.execute(update(PersonRow).where(PersonRow.id == known).values(role=role))


def users(location: str) -> list[ServerUser]:
    with _admin_engine(location) as engine, engine.connect() as connection:
        _layer_ready(connection)
        rows = connection.execute(text(
            "SELECT u.login, u.person, u.role, coalesce(r.rolcanlogin, false), "
            "coalesce(pg_has_role(r.oid, CASE u.role WHEN 'coordinator' THEN :c ELSE :o END, 'MEMBER'), false) "
            "FROM server_users u LEFT JOIN pg_roles r ON r.rolname = u.login ORDER BY u.role DESC, u.login"),
            {"o": OFFICER_GROUP, "c": COORDINATOR_GROUP}).all()
    return [ServerUser(str(r[0]), str(r[1]), str(r[2]), bool(r[3]), bool(r[4])) for r in rows]


@dataclass(frozen=True, slots=True)
class UploadReport:
    location: str
    rows: dict[str, int]

    def summary(self) -> str:
        activities = self.rows.get("activities", 0)
        history = self.rows.get("versions", 0)
        return (f"Document naar de teamserver {self.location} gebracht: {activities} activiteiten, "
                f"{history} geschiedenisregels.")


def upload(local: Path, location: str, *, replace: bool = False) -> UploadReport:
    """Copy every table of a local database onto the server in one transaction (history and all)."""
    from ..store import Store

    if is_server_url(str(local)) or not local.exists():
        raise UserError(Message.of("server.local_missing", local=local))
    source = Store.open(local, create=False)
    try:
        if not source.has_document():
            raise UserError(Message.of("server.nothing_to_upload", name=local.name))
        with _admin_engine(location) as engine:
            if server_revision(engine) != engine_mod.HEAD_REVISION:
                raise UserError(Message.of("server.schema_mismatch"))
            counts: dict[str, int] = {}
            with source.engine.connect() as reader, engine.begin() as writer:
                _layer_ready(writer)
                if writer.execute(select(func.count()).select_from(DocumentRow)).scalar() and not replace:
                    raise UserError(Message.of("server.document_exists"))
                for table in reversed(Base.metadata.sorted_tables):
                    if table.name not in ("verantwoording_meta", VersionRow.__tablename__):
                        writer.execute(delete(table))
                for table in Base.metadata.sorted_tables:
                    if table.name == "verantwoording_meta":
                        continue
                    generated = [c.name for c in table.primary_key.columns
                                 if isinstance(c.type, Integer) and c.autoincrement in (True, "auto")]
                    order = list(table.primary_key.columns)
                    rows = [{k: v for k, v in row.items() if k not in generated}
                            for row in reader.execute(select(table).order_by(*order)).mappings()]
                    for start in range(0, len(rows), 1000):
                        writer.execute(insert(table), rows[start:start + 1000])
                    counts[table.name] = len(rows)
    except SQLAlchemyError as error:
        raise StorageError(Message.of("server.upload_failed", name=error.__class__.__name__)) from error
    finally:
        source.close()
    return UploadReport(mask_url(location), counts)
