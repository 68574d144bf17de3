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
from datetime import date, datetime
from pathlib import Path

from ..domain.status import StatusOption, StatusScheme
from .rows import TreeActivity, TreeGoal, TreeProgramme


@dataclass(frozen=True, slots=True)
class QuickView:
    title: str
    realisation_heading: str
    scheme: StatusScheme
    tree: tuple[TreeProgramme, ...]


_KINDS = {"begroting": "Begroting", "jaarstukken": "Jaarstukken", "tussenrapportage": "Tussenrapportage"}


def _datetime(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


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
        programmes = connection.execute(
            "SELECT id, position, number, name FROM programmes WHERE document_id = ? ORDER BY position", (doc_id,)
        ).fetchall()
        goals = connection.execute(
            "SELECT g.id, g.programme_id, g.position, g.title FROM goals g JOIN programmes p ON g.programme_id = p.id "
            "WHERE p.document_id = ? ORDER BY g.position", (doc_id,)
        ).fetchall()
        activities = connection.execute(
            "SELECT a.id, a.goal_id, a.position, a.title, a.status, a.owner, a.review_state, a.realisation_words, "
            "a.plan_words, a.updated_at, a.updated_by, a.deadline FROM activities a "
            "JOIN goals g ON a.goal_id = g.id JOIN programmes p ON g.programme_id = p.id "
            "WHERE p.document_id = ? ORDER BY a.position", (doc_id,)
        ).fetchall()
        data = json.loads(scheme_json)
        scheme = StatusScheme(
            data["name"],
            tuple(StatusOption(o["key"], o["label"], o["colour"], bool(o.get("done", False))) for o in data["options"]),
        )
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None
    finally:
        connection.close()
    by_goal: dict[str, list[TreeActivity]] = {}
    for row in activities:
        by_goal.setdefault(row[1], []).append(TreeActivity(
            id=row[0], goal_id=row[1], position=row[2], title=row[3], status=row[4], owner=row[5],
            review_state=row[6], has_realisation=row[7] > 0, plan_words=row[8], realisation_words=row[7],
            updated_at=_datetime(row[9]), updated_by=row[10], deadline=_date(row[11]),
        ))
    by_programme: dict[str, list[TreeGoal]] = {}
    for row in goals:
        by_programme.setdefault(row[1], []).append(TreeGoal(row[0], row[1], row[2], row[3], tuple(by_goal.get(row[0], []))))
    tree = tuple(TreeProgramme(p[0], p[1], p[2], p[3], tuple(by_programme.get(p[0], []))) for p in programmes)
    place = f" {municipality}" if municipality else ""
    title = f"{_KINDS.get(kind, kind.capitalize())}{place} {year}"
    return QuickView(title, str(label).replace("{jaar}", str(year)), scheme, tree)
