"""Stored results of the writing checks per activity, and the digests of the stored texts they are keyed on.

``check`` and the workbook's Controle column read these instead of analysing every text again:
the services compute a key from what a result depends on (the digest of the activity's texts
as stored here, plus the document context or the word lists) and re-analyse only the
activities whose stored key differs. Nothing here parses a text.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, text

from ..domain.errors import StorageError
from .tables import CheckCountRow

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from .store import Store

log = logging.getLogger(__name__)

TEXTS_SQL = (
    "SELECT a.id, a.title, a.plan, a.realisation FROM activities a "
    "JOIN goals g ON a.goal_id = g.id JOIN programmes p ON g.programme_id = p.id WHERE p.document_id = :document"
)
FIGURES_SQL = (
    "SELECT k.activity_id, k.label, k.target, k.realised FROM key_figures k JOIN activities a ON k.activity_id = a.id "
    "JOIN goals g ON a.goal_id = g.id JOIN programmes p ON g.programme_id = p.id WHERE p.document_id = :document "
    "ORDER BY k.activity_id, k.position"
)


@dataclass(frozen=True, slots=True)
class StoredCheck:
    """One activity's stored results: P&C findings as (rule id, fingerprint), and the number of flagged words."""

    lint_key: str
    findings: tuple[tuple[str, str], ...]
    spelling_key: str
    misspelt: int


def _digest(*parts: object) -> str:
    hasher = hashlib.sha1(usedforsecurity=False)
    for part in parts:
        hasher.update(str(part).encode("utf-8", "surrogatepass"))
        hasher.update(b"\x1f")
    return hasher.hexdigest()


class CheckCountsStore:
    """The ``check_counts`` table of one Store (its current document)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def text_digests(self) -> dict[str, str]:
        """Activity id → a digest of its title, plan, realisation and key figures exactly as stored."""
        parameters = {"document": self.store.document_id()}
        with self.store.transaction() as session:
            rows = session.execute(text(TEXTS_SQL), parameters).all()
            figures = session.execute(text(FIGURES_SQL), parameters).all()
        by_activity: dict[str, list[str]] = {}
        for activity_id, label, target, realised in figures:
            by_activity.setdefault(activity_id, []).append(f"{label}\x1e{target}\x1e{realised}")
        return {row[0]: _digest(row[1], row[2], row[3], *by_activity.get(row[0], ())) for row in rows}

    def stored(self) -> dict[str, StoredCheck]:
        with self.store.transaction() as session:
            rows = session.execute(select(CheckCountRow.activity_id, CheckCountRow.lint_key, CheckCountRow.findings,
                                          CheckCountRow.spelling_key, CheckCountRow.misspelt)).all()
        out: dict[str, StoredCheck] = {}
        for activity_id, lint_key, findings, spelling_key, misspelt in rows:
            try:
                pairs = tuple((str(rule), str(mark)) for rule, mark in json.loads(findings))
            except (ValueError, TypeError):
                continue  # unreadable: treated as missing, computed again
            out[activity_id] = StoredCheck(lint_key, pairs, spelling_key, int(misspelt))
        return out

    def keep(self, entries: Mapping[str, StoredCheck]) -> bool:
        """Store (replace) these results; False when the database cannot be written now (read-only, locked by
        someone else): they are only a shortcut, so the caller goes on without them."""
        if not entries or self.store.read_only:
            return False
        ids = list(entries)
        try:
            with self.store.transaction() as session:
                for chunk in _chunks(ids):
                    session.execute(delete(CheckCountRow).where(CheckCountRow.activity_id.in_(chunk)))
                session.execute(insert(CheckCountRow), [
                    {"activity_id": key, "lint_key": entry.lint_key,
                     "findings": json.dumps([list(pair) for pair in entry.findings]),
                     "spelling_key": entry.spelling_key, "misspelt": entry.misspelt}
                    for key, entry in entries.items()
                ])
        except StorageError as error:
            log.info("check results not stored: %s", error.message)
            return False
        return True


def _chunks(ids: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def key_of(*parts: object) -> str:
    """The key of a result from what it depends on (strings, numbers, digests)."""
    return _digest(*parts)
