"""The coordinator's record of a hand-out, and what an officer may do with it.

A work package is checked against this record, never against what the package
claims: which person it was for, which activities and fields that person may
change, and the value of each field as it was handed out (the merge base).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .policy import OFFICER_FIELDS, OFFICER_REVIEW_STATES

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import datetime

__all__ = ["OFFICER_FIELDS", "OFFICER_REVIEW_STATES", "HandoutRecord", "may_set_review"]


@dataclass(frozen=True, slots=True)
class HandoutRecord:
    """One hand-out as the coordinator's database remembers it."""

    id: str
    document_id: str
    person: str
    created_at: datetime
    created_by: str
    fields: tuple[str, ...]
    bases: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Activity id → field → the value as handed out (advanced by what was merged from this person)."""

    def covers(self, activity_id: str) -> bool:
        return activity_id in self.bases

    def may_change(self, name: str) -> bool:
        return name in self.fields


def may_set_review(state: str) -> bool:
    """Whether an officer may set this review state on their own work without the coordinator."""
    return state in {s.value for s in OFFICER_REVIEW_STATES}
