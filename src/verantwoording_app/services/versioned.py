"""Changes based on a version of an activity: the row version they were read at goes along with them.

Search-and-replace, undo and redo, restoring from history and the form's autosave all change an activity as
the person saw it. When it was saved since (a colleague on the team server, the command line, another
window), the change is not written over that: every field that differs becomes an entry in the conflicts
queue (the base the change was made on, the value in the database now, the proposed value), and the rest
is saved. Nothing is overwritten silently and nothing is lost; a refusal by the policy or the server stays
a refusal (``UserError``), never a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..domain.model import Activiteit, new_id
from ..storage.mapping import field_to_history
from ..storage.store import ConflictError

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from .workspace import Workspace

ATTEMPTS = 5
"""How often a group of changes is tried again when saves of others keep slipping in between."""


@dataclass(frozen=True, slots=True)
class BasedChange:
    """A change of one activity and the row version (``revision``) it was based on."""

    activity_id: str
    revision: int | None
    """None: based on the values in ``base`` (the activity as it is now, when they are still its values)."""
    changes: Mapping[str, object]
    base: Mapping[str, object] = field(default_factory=dict)
    """The values the change was made on (the conflict's base), where known."""


@dataclass(frozen=True, slots=True)
class Outcome:
    saved: tuple[Activiteit, ...]
    """The activities saved, in the order of the changes."""
    conflicted: tuple[str, ...]
    """Activities saved since the change was based on them: their changes are in the conflicts queue."""

    def revisions(self) -> dict[str, int]:
        return {activity.id: activity.revision for activity in self.saved}


def save_based_on(workspace: Workspace, changes: Sequence[BasedChange], *, source: str) -> Outcome:
    """Save every change whose activity is still at its revision, in one transaction; the others become
    conflicts (``source`` says where they came from in the queue, e.g. 'vervangen')."""
    pending = {change.activity_id: change for change in changes}
    conflicted: list[str] = []
    for activity_id, change in list(pending.items()):
        if change.revision is None:  # based on values: are they still the activity's?
            current = workspace.activity(activity_id)
            if any(getattr(current, name) != value for name, value in change.base.items()):
                queue_conflicts(workspace, current, pending.pop(activity_id), source)
                conflicted.append(activity_id)
            else:
                pending[activity_id] = replace(change, revision=current.revision)
    for _attempt in range(ATTEMPTS):
        if not pending:
            break
        try:
            saved = workspace.save_activities({i: c.changes for i, c in pending.items()},
                                              expected_revisions={i: c.revision for i, c in pending.items()
                                                                  if c.revision is not None})
        except ConflictError as error:
            stale = error.activity_ids or tuple(  # saved by someone between the read and the write: which?
                i for i, c in pending.items() if workspace.activity(i).revision != c.revision)
            for activity_id in stale:
                queue_conflicts(workspace, workspace.activity(activity_id), pending.pop(activity_id), source)
                conflicted.append(activity_id)
            continue
        by_id = {activity.id: activity for activity in saved}
        return Outcome(tuple(by_id[c.activity_id] for c in changes if c.activity_id in by_id), tuple(conflicted))
    for activity_id, change in pending.items():  # still racing after every attempt: keep them as conflicts too
        queue_conflicts(workspace, workspace.activity(activity_id), change, source)
        conflicted.append(activity_id)
    return Outcome((), tuple(conflicted))


def save_one_based_on(workspace: Workspace, change: BasedChange, *, source: str) -> tuple[Activiteit, bool]:
    """One activity (the form's autosave): ``(the activity as saved or as it is now, conflicted)``."""
    if change.revision is None:
        outcome = save_based_on(workspace, [change], source=source)
        if outcome.saved:
            return outcome.saved[0], False
        return workspace.activity(change.activity_id), True
    try:
        return workspace.save_activity(change.activity_id, change.changes, expected_revision=change.revision), False
    except ConflictError:
        current = workspace.activity(change.activity_id)
        queue_conflicts(workspace, current, change, source)
        return current, True


def queue_conflicts(workspace: Workspace, current: Activiteit, change: BasedChange, source: str) -> int:
    """Every field of ``change`` that differs from ``current`` as a conflict: base, database, proposal."""
    queued = 0
    operation = f"{source}-{current.revision}-{new_id()[:8]}"
    for name, value in change.changes.items():
        theirs = field_to_history(name, getattr(current, name))
        ours = field_to_history(name, value)
        if theirs == ours:
            continue
        before = field_to_history(name, change.base[name]) if name in change.base else None
        # the queue's 'ours' is the database's value, 'theirs' the proposal: here the change that came too late
        queued += workspace._store.add_conflict(current.id, name, before, theirs, ours,
                                               f"{workspace.author} ({source})", operation)
    return queued
