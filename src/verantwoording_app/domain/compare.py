"""What changed between two documents of the same line (last year's and this year's), by lineage."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .lineage import lines_of
from .model import ActivityPlace, Document, LineageLevel, Outcome
from .textdiff import Op, word_diff


class ChangeKind(StrEnum):
    NEW = "nieuw"
    STOPPED = "gestopt"
    MOVED = "verplaatst"
    RENAMED = "hernoemd"
    PLAN = "plan gewijzigd"
    SPLIT = "gesplitst"
    MERGED = "samengevoegd"


KIND_ORDER = tuple(ChangeKind)


@dataclass(frozen=True, slots=True)
class Change:
    kind: ChangeKind
    lineage: str
    old_code: str
    new_code: str
    title: str
    detail: str = ""

    def describe(self) -> str:
        codes = self.new_code or self.old_code
        if self.old_code and self.new_code and self.old_code != self.new_code:
            codes = f"{self.old_code} → {self.new_code}"
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.kind.value}: {codes} {self.title}{detail}"


@dataclass(frozen=True, slots=True)
class Comparison:
    old_title: str
    new_title: str
    changes: tuple[Change, ...]
    same: int
    """Activities present in both with the same place, title and plan."""

    def of_kind(self, kind: ChangeKind) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.kind is kind)


def compare_documents(old: Document, new: Document) -> Comparison:
    """New, stopped, moved, renamed activities and changed plans; matched by lineage, not by number."""
    old_places = {p.activity.lineage_id: p for p in old.iter_activities()}
    new_places = {p.activity.lineage_id: p for p in new.iter_activities()}
    continued_by: dict[str, ActivityPlace] = {}
    for place in new.iter_activities():
        for line in lines_of(place.activity)[1:]:
            continued_by.setdefault(line, place)
    outcomes = {e.lineage: e.outcome for e in new.past if e.level is LineageLevel.ACTIVITY}
    goal_names = {g.lineage_id: g.title for p in (*old.programmes, *new.programmes) for g in p.goals}
    changes: list[Change] = []
    same = 0
    for lineage, place in new_places.items():
        activity = place.activity
        before = old_places.get(lineage)
        if before is None:
            origins = [old_places[line] for line in lines_of(activity)[1:] if line in old_places]
            if origins:
                kind = ChangeKind.MERGED if len(origins) > 1 else ChangeKind.SPLIT
                detail = ("uit " if kind is ChangeKind.SPLIT else "van ") + ", ".join(o.code for o in origins)
                changes.append(Change(kind, lineage, "", place.code, activity.title, detail))
            else:
                changes.append(Change(ChangeKind.NEW, lineage, "", place.code, activity.title))
            continue
        changed = False
        if before.goal.lineage_id != place.goal.lineage_id or before.programme.lineage_id != place.programme.lineage_id:
            changes.append(Change(
                ChangeKind.MOVED, lineage, before.code, place.code, activity.title,
                f"van '{goal_names.get(before.goal.lineage_id, '')}' naar '{place.goal.title}'",
            ))
            changed = True
        if before.activity.title != activity.title:
            changes.append(Change(ChangeKind.RENAMED, lineage, before.code, place.code, activity.title,
                                  f"was '{before.activity.title}'"))
            changed = True
        if before.activity.plan.to_markdown() != activity.plan.to_markdown():
            changes.append(Change(ChangeKind.PLAN, lineage, before.code, place.code, activity.title,
                                  _diff_summary(before.activity.plan.plain_text(), activity.plan.plain_text())))
            changed = True
        merged_in = [old_places[line] for line in lines_of(activity)[1:]
                     if line in old_places and line not in new_places and line not in before.activity.lineage_from]
        if merged_in:
            changes.append(Change(ChangeKind.MERGED, lineage, before.code, place.code, activity.title,
                                  "met " + ", ".join(o.code for o in merged_in)))
            changed = True
        same += not changed
    for lineage, place in old_places.items():
        if lineage in new_places:
            continue
        successor = continued_by.get(lineage)
        if successor is not None and successor.activity.lineage_id in old_places:
            continue  # merged into an activity that goes on: listed with that one
        if successor is not None:
            continue  # split or merged into a new activity: listed there
        outcome = outcomes.get(lineage)
        detail = "afgerond" if outcome is Outcome.FINISHED else ""
        changes.append(Change(ChangeKind.STOPPED, lineage, place.code, "", place.activity.title, detail))
    changes.sort(key=lambda c: (KIND_ORDER.index(c.kind), c.new_code or c.old_code))
    return Comparison(old.title, new.title, tuple(changes), same)


def _diff_summary(old: str, new: str) -> str:
    added = removed = 0
    for piece in word_diff(old, new):
        count = len(piece.text.split())
        if piece.op is Op.ADDED:
            added += count
        elif piece.op is Op.REMOVED:
            removed += count
    return f"+{added} / -{removed} woorden"
