"""Split and merge activities in the structure editor, keeping every line and every word.

A split-off part starts a new line that continues the original (``lineage_from``);
a merge appends the merged activity's texts, key figures and remarks to the
one that stays and records its line there. Both can be undone exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..domain import policy
from ..domain.errors import UserError
from ..domain.lineage import lines_of
from ..domain.messages import Message
from ..domain.model import Activiteit, Opmerking, new_id
from ..domain.rollover import join_texts

if TYPE_CHECKING:
    from .workspace import Workspace


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """What a merge changed, so undo can put it back."""

    removed: Activiteit
    goal_id: str
    position: int
    target_before: Activiteit
    copied_remarks: tuple[str, ...]


def place_of(workspace: Workspace, activity_id: str) -> tuple[str, int]:
    """The goal an activity stands under and its position there."""
    for programme in workspace.tree():
        for goal in programme.goals:
            for position, activity in enumerate(goal.activities):
                if activity.id == activity_id:
                    return goal.id, position
    raise UserError(Message.of("activity.missing"))


def split_activity(workspace: Workspace, activity_id: str, title: str = "") -> Activiteit:
    """A second part right below the activity: same plan, owner and deadline; a new line from the old one."""
    policy.require(policy.can_change_structure(workspace.person))
    original = workspace.activity(activity_id)
    goal_id, position = place_of(workspace, activity_id)
    part = Activiteit(
        title=title or f"{original.title} (deel 2)", plan=original.plan, owner=original.owner,
        portfolio_holder=original.portfolio_holder, deadline=original.deadline,
        lineage=new_id(), lineage_from=(original.lineage_id,), plan_frozen=original.plan_frozen,
    )
    workspace._store.add_activity(goal_id, part, position + 1, author=workspace.author)
    return workspace.activity(part.id)


def merge_activities(workspace: Workspace, source_id: str, target_id: str) -> MergeRecord:
    """Merge ``source`` into ``target`` in one transaction; the source's line continues in the target."""
    if source_id == target_id:
        raise UserError(Message.of("activity.merge_with_itself"))
    policy.require(policy.can_change_structure(workspace.person))
    source, target = workspace.activity(source_id), workspace.activity(target_id)
    for activity in (source, target):
        policy.require(policy.locked_change(activity, ("plan", "realisation")))
    store = workspace._store
    with store.transaction():
        goal_id, position, removed = store.delete_activity(source_id, author=workspace.author)
        changes: dict[str, object] = {
            "plan": join_texts(target.plan, source.plan),
            "realisation": join_texts(target.realisation, source.realisation),
        }
        if target.plan_frozen and not source.plan.is_empty:
            changes["plan_frozen"] = False  # the merged plan is no longer the budget's text as adopted
        store.update_activity(target_id, changes, workspace.author)
        store.set_lineage_from(target_id, _unique((*target.lineage_from, *lines_of(source))),
                               author=workspace.author)
        if source.kengetallen:
            figures = (*target.kengetallen, *(replace(k, id=new_id()) for k in source.kengetallen))
            store.replace_kengetallen(target_id, figures, workspace.author)
        copied = []
        for remark in source.opmerkingen:
            copy = Opmerking(remark.author, remark.created_at, remark.text, remark.resolved)
            store.add_remark(target_id, copy.text, copy.author, remark=copy)
            copied.append(copy.id)
    return MergeRecord(removed, goal_id, position, target, tuple(copied))


def undo_merge(workspace: Workspace, record: MergeRecord) -> None:
    """Put both activities back exactly as they were before the merge."""
    policy.require(policy.can_change_structure(workspace.person))
    store = workspace._store
    before = record.target_before
    with store.transaction():
        store.remove_remarks(record.copied_remarks)
        store.update_activity(before.id, {"plan_frozen": before.plan_frozen, "plan": before.plan,
                                          "realisation": before.realisation}, workspace.author)
        store.set_lineage_from(before.id, before.lineage_from, author=workspace.author)
        store.replace_kengetallen(before.id, before.kengetallen, workspace.author)
        store.add_activity(record.goal_id, record.removed, record.position, author=workspace.author)


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
