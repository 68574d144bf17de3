"""Selections of a document: one programme, goal or activity, some statuses or owners."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .errors import UserError
from .messages import Message
from .model import Document, from_roman

if TYPE_CHECKING:
    from collections.abc import Collection


@dataclass(frozen=True, slots=True)
class Selection:
    """Which part of a document an export covers. Empty fields mean 'all'."""

    programme: str | None = None
    """Programme number as written, e.g. ``"1"``."""
    goal: str | None = None
    """Goal numeral (``"II"``) or number (``"2"``)."""
    activity: int | None = None
    statuses: Collection[str] = ()
    owners: Collection[str] = ()

    @property
    def is_everything(self) -> bool:
        return (
            self.programme is None
            and self.goal is None
            and self.activity is None
            and not self.statuses
            and not self.owners
        )


def goal_index(goal: str) -> int:
    """Zero-based index of a goal given as ``II`` or ``2``."""
    text = goal.strip()
    try:
        number = int(text) if text.isdigit() else from_roman(text)
    except ValueError:
        raise UserError(Message.of("selection.goal_unknown_roman", goal=goal)) from None
    if number < 1:
        raise UserError(Message.of("selection.goal_unknown", goal=goal))
    return number - 1


def select(document: Document, selection: Selection) -> Document:
    """The document pruned to the selection; what remains keeps its original numbers.

    Raises UserError when a named programme, goal or activity does not exist.
    """
    if selection.is_everything:
        return document
    programmes = document.programmes
    if selection.programme is not None:
        programmes = tuple(p for p in programmes if p.number == selection.programme.strip())
        if not programmes:
            raise UserError(Message.of("selection.programme_missing", programme=selection.programme))
    wanted_goal = goal_index(selection.goal) if selection.goal is not None else None
    owners = {o.strip().casefold() for o in selection.owners}
    statuses = status_keys(document, selection.statuses)
    pruned = []
    for programme in programmes:
        goals = []
        for index, goal in enumerate(programme.goals):
            if wanted_goal is not None and index != wanted_goal:
                continue
            activities = tuple(
                replace(a, number=a.number or n) for n, a in enumerate(goal.activities, 1)
            )
            goal = replace(goal, number=goal.number or index + 1)
            if selection.activity is not None:
                if not 1 <= selection.activity <= len(activities):
                    raise UserError(
                        Message.of("selection.activity_missing", activity=selection.activity, value=index + 1)
                    )
                activities = (activities[selection.activity - 1],)
            if statuses:
                activities = tuple(a for a in activities if (a.status or "") in statuses)
            if owners:
                activities = tuple(a for a in activities if a.owner.strip().casefold() in owners)
            goals.append(replace(goal, activities=activities))
        if wanted_goal is not None and not goals and selection.programme is not None:
            raise UserError(Message.of("selection.goal_missing_in_programme", goal=selection.goal, number=programme.number))
        pruned.append(replace(programme, goals=tuple(goals)))
    if wanted_goal is not None and not any(p.goals for p in pruned):
        raise UserError(Message.of("selection.goal_missing", goal=selection.goal))
    return replace(document, programmes=tuple(pruned))


def status_keys(document: Document, statuses: Collection[str]) -> set[str]:
    """The scheme's keys for statuses given as key or label, in any case (``Gereed``, ``gereed``, ``op_schema``).

    Raises UserError naming the document's statuses when one is unknown.
    """
    keys = set()
    scheme = document.status_scheme
    for status in statuses:
        key = scheme.key_for_label(status)
        if key is None:
            known = ", ".join(option.label for option in scheme.options)
            raise UserError(Message.of("selection.status_unknown", status=status, known=known))
        keys.add(key)
    return keys


def unmatched_filters(document: Document, selection: Selection) -> list[str]:
    """A warning for every status or owner of the selection that no activity in its part of the document has."""
    scope = select(document, replace(selection, statuses=(), owners=()))
    activities = [place.activity for place in scope.iter_activities()]
    warnings = []
    for status in selection.statuses:
        key = document.status_scheme.key_for_label(status)
        if not any(a.status == key for a in activities):
            label = document.status_scheme.label(key) or status
            warnings.append(f"geen enkele activiteit heeft de status '{label}'")
    owners = sorted({a.owner.strip() for a in activities if a.owner.strip()}, key=str.casefold)
    for owner in selection.owners:
        if not any(a.owner.strip().casefold() == owner.strip().casefold() for a in activities):
            known = ", ".join(owners) if owners else "geen"
            warnings.append(f"geen enkele activiteit heeft eigenaar '{owner}' (eigenaren: {known})")
    return warnings
