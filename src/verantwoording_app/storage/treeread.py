"""The one reader of the tree rows: its queries and how their rows become the tree.

Shared by the store (through SQLAlchemy, any database) and the quick read at
start-up (the standard library's sqlite3, before SQLAlchemy is imported), so
both show the same tree. The queries use ``:document`` parameters, which
sqlite3 and SQLAlchemy's ``text()`` both accept. No text bodies are read: the
word counts stored beside each text say what the tree and the completeness
checks need. No SQLAlchemy here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from .rows import TreeActivity, TreeGoal, TreeProgramme

PROGRAMMES_SQL = (
    "SELECT id, position, number, name FROM programmes WHERE document_id = :document ORDER BY position"
)
GOALS_SQL = (
    "SELECT g.id, g.programme_id, g.position, g.title FROM goals g JOIN programmes p ON g.programme_id = p.id "
    "WHERE p.document_id = :document ORDER BY g.position"
)
ACTIVITIES_SQL = (
    "SELECT a.id, a.goal_id, a.position, a.title, a.status, a.owner, a.review_state, a.plan_words, "
    "a.realisation_words, a.updated_at, a.updated_by, a.deadline FROM activities a "
    "JOIN goals g ON a.goal_id = g.id JOIN programmes p ON g.programme_id = p.id "
    "WHERE p.document_id = :document ORDER BY a.position"
)

Row = Sequence[Any]


def _datetime(value: object) -> datetime | None:
    """A timestamp as a driver gives it: SQLite's ISO text (local time), or a datetime, which only the team
    server's driver gives (UTC there: shown in local time, as ``times.AppDateTime`` does for the ORM)."""
    if isinstance(value, datetime):
        from .times import utc_to_local

        return utc_to_local(value)
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def build_tree(programmes: Sequence[Row], goals: Sequence[Row], activities: Sequence[Row]) -> tuple[TreeProgramme, ...]:
    """The tree from the rows of the three queries above, each in its query's order."""
    by_goal: dict[str, list[TreeActivity]] = {}
    for a in activities:
        by_goal.setdefault(a[1], []).append(TreeActivity(
            id=a[0], goal_id=a[1], position=a[2], title=a[3], status=a[4], owner=a[5], review_state=a[6],
            has_realisation=a[8] > 0, plan_words=a[7], realisation_words=a[8], updated_at=_datetime(a[9]),
            updated_by=a[10], deadline=_date(a[11]),
        ))
    by_programme: dict[str, list[TreeGoal]] = {}
    for g in goals:
        by_programme.setdefault(g[1], []).append(TreeGoal(g[0], g[1], g[2], g[3], tuple(by_goal.get(g[0], []))))
    return tuple(TreeProgramme(p[0], p[1], p[2], p[3], tuple(by_programme.get(p[0], []))) for p in programmes)
