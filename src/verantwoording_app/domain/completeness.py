"""What is still missing from an activity: the coordinator's chase list."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Activiteit, Document


@dataclass(frozen=True, slots=True)
class Completeness:
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing

    def describe(self) -> str:
        """``ja`` or ``nee: realisatie, status``."""
        return "ja" if self.complete else "nee: " + ", ".join(self.missing)


def completeness(activity: Activiteit, document: Document | None = None) -> Completeness:
    missing = []
    if activity.realisation.is_empty:
        missing.append("realisatie")
    if not activity.status or (document is not None and document.status_scheme.option(activity.status) is None):
        missing.append("status")
    if not activity.owner.strip():
        missing.append("eigenaar")
    return Completeness(tuple(missing))


@dataclass(frozen=True, slots=True)
class CompletenessSummary:
    activities: int
    complete: int
    without_realisation: int
    without_status: int
    without_owner: int

    @property
    def share_complete(self) -> float:
        return self.complete / self.activities if self.activities else 1.0


def summarise(document: Document) -> CompletenessSummary:
    counts = {"realisatie": 0, "status": 0, "eigenaar": 0}
    total = complete = 0
    for place in document.iter_activities():
        total += 1
        result = completeness(place.activity, document)
        complete += result.complete
        for item in result.missing:
            counts[item] += 1
    return CompletenessSummary(total, complete, counts["realisatie"], counts["status"], counts["eigenaar"])
