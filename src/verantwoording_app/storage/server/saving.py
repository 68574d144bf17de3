"""The common save on the team server in one round trip: a form's autosave of an activity's fields, with the
row version it was based on; and reading one activity in one round trip.

``Store.update_activity`` with an expected revision asks this first. One statement, in autocommit, does what
the ORM path does in seven round trips (BEGIN, read, UPDATE, history, key figures, remarks, COMMIT): it locks
the row at the version the change was based on, writes the fields, raises the version, adds a history row per
field that really changes (old value from the locked row, so no one else's save can slip in between) and
returns the saved row with its key figures and remarks. The server's triggers still run (the policy's guard,
the author and time, NOTIFY).

Anything but the common case answers None and the caller's full path decides, with its own messages: the row is
gone, the version differs (a conflict), the activity is vastgesteld or its plan frozen, nothing really changes,
a text is too long, or a field this path does not write (review state, deadline, frozen plan).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, bindparam, text
from sqlalchemy.exc import DBAPIError

from ...domain.blocktext import BlockText
from ...domain.messages import Message
from ...domain.model import Activiteit, ReviewState
from ..mapping import activity_from_row, field_to_history, field_to_storage
from ..tables import ActivityRow, KeyFigureRow, RemarkRow
from ..times import AppDateTime, utc_to_local

if TYPE_CHECKING:
    from collections.abc import Mapping

FIELDS = ("title", "plan", "realisation", "status", "owner", "portfolio_holder", "internal_note")
"""The activity fields this path writes: text columns whose stored value is their history text."""
WORDS = {"plan": "plan_words", "realisation": "realisation_words"}
_ROW_COLUMNS = tuple(column.name for column in ActivityRow.__table__.columns)


def save_with_revision(engine: Engine, activity_id: str, changes: Mapping[str, object], author: str,
                       expected_revision: int, stamp: datetime) -> Activiteit | None:
    """The saved activity, or None when this is not the common case (see the module)."""
    from ..store import (  # the store's own last gate (domain.limits), not a copy
        FieldTooLong,
        guarded_field,
    )

    if not changes or any(name not in FIELDS for name in changes):
        return None
    names = list(changes)
    parameters: dict[str, object] = {"id": activity_id, "expected": expected_revision, "author": author,
                                     "stamp": stamp}
    sets, differs, history = [], [], []
    try:
        for number, name in enumerate(names):
            value = changes[name]
            parameters[f"v{number}"] = guarded_field(name, field_to_storage(name, value), "")
            parameters[f"h{number}"] = field_to_history(name, value)
            sets.append(f"{name} = :v{number}")
            if name in WORDS:
                parameters[f"w{number}"] = value.word_count() if isinstance(value, BlockText) else 0
                sets.append(f"{WORDS[name]} = :w{number}")
            differs.append(f"old.old_{name} IS DISTINCT FROM CAST(:v{number} AS text)")
            history.append(f"('{name}', u.old_{name}, CAST(:h{number} AS text), CAST(:v{number} AS text))")
    except FieldTooLong:
        return None  # the full path refuses it, naming the activity
    unlocked = f"a.review_state <> '{ReviewState.VASTGESTELD.value}'"
    if "plan" in changes:
        unlocked += " AND NOT a.plan_frozen"
    statement = f"""
        WITH old AS (
            SELECT id, {', '.join(f'{name} AS old_{name}' for name in names)} FROM activities
            WHERE id = :id AND revision = :expected FOR UPDATE
        ), upd AS (
            UPDATE activities a SET {', '.join(sets)}, revision = a.revision + 1, updated_at = :stamp,
                updated_by = :author
            FROM old WHERE a.id = old.id AND a.revision = :expected AND {unlocked} AND ({' OR '.join(differs)})
            RETURNING {', '.join(f'a.{column}' for column in _ROW_COLUMNS)},
                {', '.join(f'old.old_{name}' for name in names)}
        ), history AS (
            INSERT INTO versions (entity, entity_id, field, old, new, author, at)
            SELECT 'activity', u.id, h.field, h.old, h.new, :author, :stamp
            FROM upd u CROSS JOIN LATERAL (VALUES {', '.join(history)}) AS h(field, old, new, stored)
            WHERE h.old IS DISTINCT FROM h.stored
        )
        SELECT {', '.join(f'u.{column}' for column in _ROW_COLUMNS)},
            (SELECT coalesce(json_agg(k), '[]') FROM key_figures k WHERE k.activity_id = u.id) AS figures,
            (SELECT coalesce(json_agg(r), '[]') FROM remarks r WHERE r.activity_id = u.id) AS remarks
        FROM upd u"""
    query = text(statement).bindparams(bindparam("stamp", type_=AppDateTime())).columns(
        *(getattr(ActivityRow.__table__.c, column) for column in _ROW_COLUMNS))
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            found = connection.execute(query, parameters).mappings().first()
    except DBAPIError as error:
        raise _explained(error, engine) from error
    return None if found is None else _activity(found)


def load(engine: Engine, activity_id: str) -> Activiteit | None:
    """One activity with its key figures and remarks in one round trip (None: it does not exist)."""
    query = text(f"""
        SELECT {', '.join(f'a.{column}' for column in _ROW_COLUMNS)},
            (SELECT coalesce(json_agg(k), '[]') FROM key_figures k WHERE k.activity_id = a.id) AS figures,
            (SELECT coalesce(json_agg(r), '[]') FROM remarks r WHERE r.activity_id = a.id) AS remarks
        FROM activities a WHERE a.id = :id""").columns(
        *(getattr(ActivityRow.__table__.c, column) for column in _ROW_COLUMNS))
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            found = connection.execute(query, {"id": activity_id}).mappings().first()
    except DBAPIError as error:
        raise _explained(error, engine) from error
    return None if found is None else _activity(found)


def _activity(found: Any) -> Activiteit:
    row = ActivityRow(**{column: found[column] for column in _ROW_COLUMNS})
    return activity_from_row(row, _figures(found["figures"]), _remarks(found["remarks"]))


def _decoded(value: Any) -> list[dict[str, Any]]:
    return list(json.loads(value) if isinstance(value, str) else value or [])


def _figures(value: Any) -> list[KeyFigureRow]:
    columns = {column.name for column in KeyFigureRow.__table__.columns}
    return [KeyFigureRow(**{k: v for k, v in item.items() if k in columns}) for item in _decoded(value)]


def _remarks(value: Any) -> list[RemarkRow]:
    columns = {column.name for column in RemarkRow.__table__.columns}
    rows = []
    for item in _decoded(value):
        values = {k: v for k, v in item.items() if k in columns}
        values["created_at"] = utc_to_local(datetime.fromisoformat(str(values["created_at"])))
        rows.append(RemarkRow(**values))
    return rows


def _explained(error: DBAPIError, engine: Engine) -> Exception:
    """The same answers as the store's transactions: a conflict, the policy's refusal, or the connection."""
    from ..store import ConflictError
    from .connect import explain_connection_error
    from .refusals import is_stale, refusal

    if is_stale(error):
        return ConflictError(Message.of("server.stale"))
    refused = refusal(error)
    if refused is not None:
        return refused
    return explain_connection_error(error, engine.url.render_as_string())
