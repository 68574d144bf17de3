"""Snapshots of the whole document at milestones, and what changed since one."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.chapter_compare import ChapterChange, chapter_changes
from ..domain.messages import Message
from ..domain.wording import FIELD_LABELS as _FIELD_LABELS
from ..formats.chapter_json import chapter_from_json, chapter_to_json
from ..formats.treejson import activity_fields, document_from_json, document_to_json

if TYPE_CHECKING:
    from ..storage.store import Snapshot
    from .workspace import Workspace

FIELD_LABELS = _FIELD_LABELS


@dataclass(frozen=True, slots=True)
class ActivityChange:
    activity_id: str
    code: str
    title: str
    kind: str
    """'nieuw', 'verwijderd' or 'gewijzigd'."""
    fields: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.kind != "gewijzigd":
            return f"{self.code} {self.title}: {self.kind}"
        return f"{self.code} {self.title}: " + ", ".join(FIELD_LABELS.get(f, f) for f in self.fields)


def create_snapshot(workspace: Workspace, name: str) -> Snapshot:
    name = name.strip()
    if not name:
        from ..domain.errors import UserError

        raise UserError(Message.of("snapshot.name_missing"))
    document = workspace.document()
    data = document_to_json(document)
    data[CHAPTER_KEY] = chapter_to_json(document.chapter)  # the rest of the chapter beside the activities
    return workspace._store.add_snapshot(name, json.dumps(data, ensure_ascii=False), workspace.author)


CHAPTER_KEY = "hoofdstuk"


def find_snapshot(workspace: Workspace, name: str) -> Snapshot:
    from ..domain.errors import UserError

    matches = [s for s in workspace._store.snapshots() if s.name.casefold() == name.strip().casefold() or s.id == name]
    if not matches:
        raise UserError(Message.of("snapshot.missing_named", name=name))
    return matches[-1]


def changes_since(workspace: Workspace, snapshot: Snapshot) -> tuple[ActivityChange, ...]:
    before = document_from_json(json.loads(workspace._store.snapshot_data(snapshot.id)),
                                Message.of("snapshot.named", name=snapshot.name))
    after = workspace.document()
    old = {p.activity.id: p for p in before.iter_activities()}
    result = []
    seen = set()
    for place in after.iter_activities():
        seen.add(place.activity.id)
        previous = old.get(place.activity.id)
        if previous is None:
            result.append(ActivityChange(place.activity.id, place.code, place.activity.title, "nieuw"))
            continue
        a, b = activity_fields(previous.activity), activity_fields(place.activity)
        fields = tuple(name for name in b if a.get(name) != b[name])
        if fields:
            result.append(ActivityChange(place.activity.id, place.code, place.activity.title, "gewijzigd", fields))
    for activity_id, place in old.items():
        if activity_id not in seen:
            result.append(ActivityChange(activity_id, place.code, place.activity.title, "verwijderd"))
    return tuple(result)


def chapter_changes_since(workspace: Workspace, snapshot: Snapshot) -> tuple[ChapterChange, ...]:
    """What changed in the chapter (effect texts, indicators, ledger, explanations) since the snapshot; a
    snapshot made before the chapter travelled in snapshots counts as one without chapter data."""
    data = json.loads(workspace._store.snapshot_data(snapshot.id))
    old = document_from_json(data, Message.of("snapshot.named", name=snapshot.name))  # a newer format: refused
    before = chapter_from_json(data.get(CHAPTER_KEY), f"momentopname '{snapshot.name}'")
    after = workspace.document()
    programmes = {p.id: p.display_name for p in after.programmes}
    goals = {g.id: g.title for p in after.programmes for g in p.goals}
    for programme in old.programmes:
        programmes.setdefault(programme.id, programme.display_name)
        goals.update({g.id: g.title for g in programme.goals if g.id not in goals})
    return chapter_changes(before, after.chapter, programmes, goals)
