"""Plain rows for the tree and overview: what they show, without text bodies. No SQLAlchemy here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.model import programme_display_name

if TYPE_CHECKING:
    from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class TreeActivity:
    id: str
    goal_id: str
    position: int
    title: str
    status: str | None
    owner: str
    review_state: str
    has_realisation: bool
    plan_words: int
    realisation_words: int
    updated_at: datetime | None
    updated_by: str
    deadline: date | None


@dataclass(frozen=True, slots=True)
class TreeGoal:
    id: str
    programme_id: str
    position: int
    title: str
    activities: tuple[TreeActivity, ...]


@dataclass(frozen=True, slots=True)
class TreeProgramme:
    id: str
    position: int
    number: str
    name: str
    goals: tuple[TreeGoal, ...]

    @property
    def display_name(self) -> str:
        return programme_display_name(self.number, self.name)
