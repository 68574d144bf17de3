"""Self-written pages in the layouts municipalities publish, each with its expected tree.

``NN-name.txt`` (or ``.md``) is the page; ``NN-name.expected`` lists ``G <goal title>`` and
``A <activity title> | <first words of the realisation>`` lines in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from verantwoording_app.domain.model import Document

CORPUS = Path(__file__).parent


@dataclass(frozen=True)
class Expected:
    goals: tuple[str, ...]
    activities: tuple[tuple[str, str], ...]
    """(title, first words of the realisation)."""


def pages() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md", ".html", ".docx"))


def expected(page: Path) -> Expected:
    goals: list[str] = []
    activities: list[tuple[str, str]] = []
    for line in page.with_suffix(".expected").read_text(encoding="utf-8").splitlines():
        if line.startswith("G "):
            goals.append(line[2:].strip())
        elif line.startswith("A "):
            title, _, realisation = line[2:].partition("|")
            activities.append((title.strip(), realisation.strip()))
    return Expected(tuple(goals), tuple(activities))


def key(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold()).strip(" .:")


@dataclass
class Score:
    expected_activities: int = 0
    found_activities: int = 0
    matched_activities: int = 0
    expected_splits: int = 0
    found_splits: int = 0
    correct_splits: int = 0
    expected_goals: int = 0
    matched_goals: int = 0

    def add(self, document: Document, wanted: Expected) -> list[str]:
        """Count one page; returns what went wrong on it."""
        problems: list[str] = []
        found = [(a.title, " ".join(b.text for b in a.realisation.blocks)) for p in document.programmes for g in p.goals
                 for a in g.activities]
        goals = [g.title for p in document.programmes for g in p.goals]
        self.expected_activities += len(wanted.activities)
        self.found_activities += len(found)
        self.expected_goals += len(wanted.goals)
        found_goals = {key(g) for g in goals}
        for goal in wanted.goals:
            if key(goal) in found_goals:
                self.matched_goals += 1
            else:
                problems.append(f"goal missing: {goal!r} (found {goals})")
        by_title = {key(title): realisation for title, realisation in found}
        self.found_splits += sum(1 for _, realisation in found if realisation.strip())
        for title, start in wanted.activities:
            if start:
                self.expected_splits += 1
            if key(title) not in by_title:
                problems.append(f"activity missing: {title!r}")
                continue
            self.matched_activities += 1
            realisation = " ".join(by_title[key(title)].split())
            if start and realisation.startswith(start):
                self.correct_splits += 1
            elif start or realisation:
                problems.append(f"realisation of {title!r} starts {realisation[:40]!r}, wanted {start!r}")
        for title, _ in found:
            if key(title) not in {key(t) for t, _ in wanted.activities}:
                problems.append(f"extra activity: {title!r}")
        return problems

    @property
    def activity_recall(self) -> float:
        return self.matched_activities / max(1, self.expected_activities)

    @property
    def activity_precision(self) -> float:
        return self.matched_activities / max(1, self.found_activities)

    @property
    def split_recall(self) -> float:
        return self.correct_splits / max(1, self.expected_splits)

    @property
    def split_precision(self) -> float:
        return self.correct_splits / max(1, self.found_splits)

    @property
    def goal_recall(self) -> float:
        return self.matched_goals / max(1, self.expected_goals)
