"""Lineage: the line of every programme, goal and activity through documents and years.

A node's lineage id survives renaming, moving, rollover to the next document;
a split or a merge is recorded in ``lineage_from`` (the other lines a node
continues). ``Document.past`` holds what each line was in earlier documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import (
    Activiteit,
    Document,
    DocumentKind,
    LineageEntry,
    LineageLevel,
    Outcome,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from .blocktext import BlockText

_KIND_ORDER = {DocumentKind.BEGROTING: 0, DocumentKind.TUSSENRAPPORTAGE: 1, DocumentKind.JAARSTUKKEN: 2}
"""Within one year: the budget first, then the interim report, then the annual accounts."""


def document_entries(document: Document, outcomes: Mapping[str, Outcome] | None = None) -> tuple[LineageEntry, ...]:
    """What every programme, goal and activity of ``document`` is now, as past entries.

    ``outcomes`` maps an activity's lineage id to what became of it in the next document.
    """
    outcomes = outcomes or {}
    entries: list[LineageEntry] = []
    for programme in document.programmes:
        entries.append(LineageEntry(
            lineage=programme.lineage_id, level=LineageLevel.PROGRAMME, kind=document.kind, year=document.year,
            code=programme.number, title=programme.name, lineage_from=programme.lineage_from,
        ))
        for goal_index, goal in enumerate(programme.goals):
            entries.append(LineageEntry(
                lineage=goal.lineage_id, level=LineageLevel.GOAL, kind=document.kind, year=document.year,
                code=f"{programme.number}.{goal_index + 1}", title=goal.title, programme=programme.lineage_id,
                lineage_from=goal.lineage_from,
            ))
    for place in document.iter_activities():
        activity = place.activity
        entries.append(LineageEntry(
            lineage=activity.lineage_id, level=LineageLevel.ACTIVITY, kind=document.kind, year=document.year,
            code=place.code, title=activity.title, plan=activity.plan, realisation=activity.realisation,
            status=document.status_scheme.label(activity.status) if activity.status else "",
            owner=activity.owner, outcome=outcomes.get(activity.lineage_id, Outcome.CARRIED),
            programme=place.programme.lineage_id, goal=place.goal.lineage_id, lineage_from=activity.lineage_from,
        ))
    return tuple(entries)


def lines_of(activity: Activiteit) -> tuple[str, ...]:
    """The lineage ids an activity continues: its own first, then those it was split or merged from."""
    return (activity.lineage_id, *(line for line in activity.lineage_from if line != activity.lineage_id))


def ordered(entries: Iterable[LineageEntry]) -> tuple[LineageEntry, ...]:
    """Oldest document first."""
    return tuple(sorted(entries, key=lambda e: (e.year, _KIND_ORDER.get(e.kind, 9))))


def activity_past(past: Iterable[LineageEntry], activity: Activiteit) -> tuple[LineageEntry, ...]:
    """The earlier entries of an activity's lines, oldest first."""
    wanted = set(lines_of(activity))
    return ordered(e for e in past if e.level is LineageLevel.ACTIVITY and e.lineage in wanted)


def last_report(entries: Iterable[LineageEntry], before_year: int | None = None) -> LineageEntry | None:
    """The newest entry that says what was done (a realisation), else the newest at all.

    With ``before_year`` only entries of earlier years count ("vorig jaar").
    """
    candidates = ordered(e for e in entries if before_year is None or e.year < before_year)
    with_realisation = [e for e in candidates if not e.realisation.is_empty]
    if with_realisation:
        return with_realisation[-1]
    return candidates[-1] if candidates else None


@dataclass(frozen=True, slots=True)
class PreviousYear:
    """One activity's line last year, for the workbook's "Vorig jaar" column."""

    document_title: str
    status: str
    text: BlockText

    def describe(self) -> str:
        status = f" [{self.status}]" if self.status else ""
        return f"{self.document_title}{status}: {self.text.plain_text()}".strip()


def previous_year(document: Document) -> dict[str, PreviousYear]:
    """Per activity id: what its line said in an earlier year (realisation, or else plan)."""
    by_line: dict[str, list[LineageEntry]] = {}
    for entry in document.past:
        if entry.level is LineageLevel.ACTIVITY:
            by_line.setdefault(entry.lineage, []).append(entry)
    result: dict[str, PreviousYear] = {}
    for place in document.iter_activities():
        found = [e for line in lines_of(place.activity) for e in by_line.get(line, ())]
        last = last_report(found, before_year=document.year) or last_report(found)
        if last is None or (last.year == document.year and last.kind is document.kind):
            continue
        text = last.realisation if not last.realisation.is_empty else last.plan
        result[place.activity.id] = PreviousYear(last.document_title, last.status, text)
    return result
