"""What is still missing from an activity: the coordinator's chase list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .model import Activiteit, Document
    from .status import StatusScheme


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
    return completeness_of(
        has_realisation=not activity.realisation.is_empty, status=activity.status, owner=activity.owner,
        scheme=None if document is None else document.status_scheme,
    )


def completeness_of(
    *, has_realisation: bool, status: str | None, owner: str, scheme: StatusScheme | None
) -> Completeness:
    """The rule itself, on the facts it needs: also for tree rows, whose texts are not read."""
    missing = []
    if not has_realisation:
        missing.append("realisatie")
    if not status or (scheme is not None and scheme.option(status) is None):
        missing.append("status")
    if not owner.strip():
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
    return summarise_results(completeness(place.activity, document) for place in document.iter_activities())


def summarise_results(results: Iterable[Completeness]) -> CompletenessSummary:
    counts = {"realisatie": 0, "status": 0, "eigenaar": 0}
    total = complete = 0
    for result in results:
        total += 1
        complete += result.complete
        for item in result.missing:
            counts[item] += 1
    return CompletenessSummary(total, complete, counts["realisatie"], counts["status"], counts["eigenaar"])
