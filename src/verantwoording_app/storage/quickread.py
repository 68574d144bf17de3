"""Read the tree straight from the SQLite file with the standard library, before SQLAlchemy loads.

The window shows the tree within a blink of the first paint this way; the full
store (SQLAlchemy, migrations) opens right after. Anything unusual (a file
that needs migrating, is not ours, or is locked) returns None, and the app
simply waits for the full open.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

from ..domain.status import StatusOption, StatusScheme
from .diagnose import needs_immutable
from .mapping import activity_from_row
from .treeread import ACTIVITIES_SQL, GOALS_SQL, PROGRAMMES_SQL, _date, _datetime, build_tree

if TYPE_CHECKING:
    from pathlib import Path

    from ..domain.model import Activiteit
    from .rows import TreeProgramme


@dataclass(frozen=True, slots=True)
class QuickView:
    title: str
    realisation_heading: str
    scheme: StatusScheme
    tree: tuple[TreeProgramme, ...]


_KINDS = {"begroting": "Begroting", "jaarstukken": "Jaarstukken", "tussenrapportage": "Tussenrapportage"}


def read_quick(path: Path, head_revision: str) -> QuickView | None:
    """The document's title, status scheme and tree, or None when a full open is needed first."""
    if not path.is_file():
        return None
    try:
        immutable = "&immutable=1" if needs_immutable(path) else ""  # a read-only medium: no -shm file
        connection = sqlite3.connect(f"file:{path}?mode=ro{immutable}", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        header = _header(connection, head_revision)
        if header is None:
            return None
        doc_id, title, heading, scheme = header
        parameters = {"document": doc_id}
        programmes = connection.execute(PROGRAMMES_SQL, parameters).fetchall()
        goals = connection.execute(GOALS_SQL, parameters).fetchall()
        activities = connection.execute(ACTIVITIES_SQL, parameters).fetchall()
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None
    finally:
        connection.close()
    return QuickView(title, heading, scheme, build_tree(programmes, goals, activities))


def _header(connection: sqlite3.Connection, head_revision: str) -> tuple[str, str, str, StatusScheme] | None:
    """(document id, window title, realisation heading, status scheme); None unless the schema is ours, now."""
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != head_revision:
        return None
    document = connection.execute(
        "SELECT id, kind, year, municipality, realisation_label, status_scheme FROM documents "
        "ORDER BY created_at DESC LIMIT 1"
    ).fetchone()
    if document is None:
        return None
    doc_id, kind, year, municipality, label, scheme_json = document
    data = json.loads(scheme_json)
    scheme = StatusScheme(
        data["name"],
        tuple(StatusOption(o["key"], o["label"], o["colour"], bool(o.get("done", False))) for o in data["options"]),
    )
    place = f" {municipality}" if municipality else ""
    title = f"{_KINDS.get(kind, kind.capitalize())}{place} {year}"
    return str(doc_id), title, str(label).replace("{jaar}", str(year)), scheme


@dataclass(frozen=True, slots=True)
class FirstActivity:
    """The first activity of the document (in tree order) and what the form shows around it."""

    activity_id: str
    title: str
    realisation_heading: str
    scheme: StatusScheme
    programme_number: str
    programme_name: str
    goal_number: int
    """The goal's place in its programme (1 for I), as the tree numbers it."""
    goal_title: str


_FIRST_SQL = (
    "SELECT a.id, p.number, p.name, g.title, g.programme_id, g.position FROM activities a "
    "JOIN goals g ON a.goal_id = g.id JOIN programmes p ON g.programme_id = p.id WHERE p.document_id = ? "
    "ORDER BY p.position, g.position, a.position LIMIT 1"
)


def read_first(path: Path, head_revision: str) -> FirstActivity | None:
    """The document's first activity and its surroundings, without reading the tree; None when unusual."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        header = _header(connection, head_revision)
        if header is None:
            return None
        doc_id, title, heading, scheme = header
        first = connection.execute(_FIRST_SQL, (doc_id,)).fetchone()
        if first is None:
            return None
        activity_id, number, name, goal_title, programme_id, position = first
        before = connection.execute("SELECT COUNT(*) FROM goals WHERE programme_id = ? AND position < ?",
                                    (programme_id, position)).fetchone()[0]
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None
    finally:
        connection.close()
    return FirstActivity(str(activity_id), title, heading, scheme, str(number), str(name), int(before) + 1,
                         str(goal_title))


_ACTIVITY_SQL = (
    "SELECT id, title, plan, realisation, status, owner, portfolio_holder, deadline, review_state, internal_note, "
    "revision, updated_at, updated_by, lineage, lineage_from, plan_frozen FROM activities WHERE id = ?"
)
_FIGURES_SQL = (
    "SELECT id, position, label, unit, baseline, target, realised, source FROM key_figures WHERE activity_id = ?"
)
_REMARKS_SQL = "SELECT id, author, created_at, text, resolved FROM remarks WHERE activity_id = ?"


def read_activity(path: Path, head_revision: str, activity_id: str) -> tuple[Activiteit, bool] | None:
    """One activity straight from the file, and whether the file is an officer's work package (whose
    limits only the full open knows); None when anything is unusual (the full open will tell)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    connection.row_factory = sqlite3.Row
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != head_revision:
            return None
        row = connection.execute(_ACTIVITY_SQL, (activity_id,)).fetchone()
        if row is None:
            return None
        figures = connection.execute(_FIGURES_SQL, (activity_id,)).fetchall()
        remarks = connection.execute(_REMARKS_SQL, (activity_id,)).fetchall()
        package = connection.execute("SELECT 1 FROM verantwoording_meta WHERE key = 'werkpakket'").fetchone()
        values = dict(row)
        values.update(deadline=_date(values["deadline"]), updated_at=_datetime(values["updated_at"]))
        activity = activity_from_row(
            cast("Any", SimpleNamespace(**values)),
            [cast("Any", SimpleNamespace(**dict(figure))) for figure in figures],
            [cast("Any", SimpleNamespace(**dict(remark, created_at=_datetime(remark["created_at"]))))
             for remark in remarks],
        )
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None
    finally:
        connection.close()
    return activity, package is not None
