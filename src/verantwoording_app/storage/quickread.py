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
from pathlib import Path

from ..domain.status import StatusOption, StatusScheme
from .rows import TreeProgramme
from .treeread import ACTIVITIES_SQL, GOALS_SQL, PROGRAMMES_SQL, build_tree


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
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
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
        parameters = {"document": doc_id}
        programmes = connection.execute(PROGRAMMES_SQL, parameters).fetchall()
        goals = connection.execute(GOALS_SQL, parameters).fetchall()
        activities = connection.execute(ACTIVITIES_SQL, parameters).fetchall()
        data = json.loads(scheme_json)
        scheme = StatusScheme(
            data["name"],
            tuple(StatusOption(o["key"], o["label"], o["colour"], bool(o.get("done", False))) for o in data["options"]),
        )
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None
    finally:
        connection.close()
    tree = build_tree(programmes, goals, activities)
    place = f" {municipality}" if municipality else ""
    title = f"{_KINDS.get(kind, kind.capitalize())}{place} {year}"
    return QuickView(title, str(label).replace("{jaar}", str(year)), scheme, tree)
