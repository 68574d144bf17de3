"""The history of one activity, assembled per field for the window's "Geschiedenis" (and restored from).

Each field's entries newest first, with the value before the first recorded change last; a restore saves
the chosen value through ``Workspace.save_activity``, so it becomes a new version (nothing is
overwritten) and the policy is asked as for any other change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain import fields
from ..domain.errors import UserError
from ..domain.messages import Message, define

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

    from ..domain.model import Activiteit, Versie
    from .workspace import Workspace

RESTORABLE_FIELDS = fields.RESTORABLE
"""Fields whose stored text can be turned back into a value for Workspace.save_activity (the registry)."""
FIELD_ORDER = (*RESTORABLE_FIELDS, "kengetallen")


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One row of the history: a value a field had (or was proposed to have)."""

    field: str
    kind: str
    """'wijziging', 'voorstel' or 'begin' (the value before the first recorded change)."""
    value: str | None
    before: str | None
    author: str
    at: datetime | None
    order: int


def stored_text(activity: Activiteit, field: str) -> str | None:
    """The current value of a field in the form the history keeps it (the field registry's codec)."""
    return fields.encode(field, getattr(activity, field))


def domain_value(field: str, text: str | None) -> object:
    """A stored history text turned back into the value ``save_activity`` expects."""
    return fields.decode(field, text)


def history_entries(workspace: Workspace, activity_id: str) -> dict[str, list[HistoryEntry]]:
    """Per field, its entries newest first, the original value last; fields in the registry's order."""
    result = entries_from_versions(workspace.history(activity_id), "activity")
    return {name: result[name] for name in sorted(result, key=_field_rank)}


def entries_from_versions(versions: Iterable[Versie], entity: str) -> dict[str, list[HistoryEntry]]:
    """The versions of one thing (``entity``: 'activity', 'effect', 'variance', …) and the proposals about it
    per field, newest first, the value before the first recorded change last ('begin')."""
    result: dict[str, list[HistoryEntry]] = {}
    for order, version in enumerate(versions):
        if version.entity not in (entity, "voorstel"):
            continue
        entries = result.setdefault(version.field, [])
        if version.entity == entity and not any(e.kind == "wijziging" for e in entries):
            entries.append(HistoryEntry(version.field, "begin", version.old, None, "", None, -1))
        kind = "wijziging" if version.entity == entity else "voorstel"
        entries.append(HistoryEntry(version.field, kind, version.new, version.old, version.author, version.at, order))
    for entries in result.values():
        entries.sort(key=lambda e: e.order, reverse=True)
    return result


def _field_rank(name: str) -> tuple[int, str]:
    return (FIELD_ORDER.index(name) if name in FIELD_ORDER else len(FIELD_ORDER), name)


NOT_RESTORABLE = define(
    "history.not_restorable",
    "Deze versie van '{field}' heeft een waarde die niet meer kan worden teruggezet.",
    "This version of '{field}' has a value that can no longer be put back.",
)


class NotRestorable(UserError):
    """The entry's value can no longer be turned back into a value (the field's form changed)."""


RESTORE_CONFLICTED = define(
    "history.restore_conflicted",
    "'{title}' is gewijzigd sinds u de geschiedenis opende. Er is niets overschreven: de versie die u koos, "
    "staat bij Conflicten (Samenwerken › Conflicten) om uit te kiezen.",
    "'{title}' was changed since you opened the history. Nothing was overwritten: the version you chose is "
    "under Conflicts (Samenwerken › Conflicten) to choose from.",
)


class RestoreConflicted(UserError):
    """The activity was saved since the history was read: the restore is in the conflicts queue instead."""


def restore(workspace: Workspace, activity_id: str, entry: HistoryEntry, *,
            seen: Activiteit | None = None) -> Activiteit:
    """Put the entry's value back as a new version (the policy asked as for any change); UserError when
    refused, NotRestorable when the stored text cannot be read back. ``seen``: the activity as the history
    showed it; saved since (a colleague, another window) makes the restore a conflict (RestoreConflicted),
    never an overwrite."""
    from .versioned import BasedChange, save_one_based_on

    if entry.field not in RESTORABLE_FIELDS:
        raise NotRestorable(Message.of(NOT_RESTORABLE, field=entry.field))
    try:
        value = domain_value(entry.field, entry.value)
    except ValueError as error:
        raise NotRestorable(Message.of(NOT_RESTORABLE, field=entry.field)) from error
    if seen is None:
        return workspace.save_activity(activity_id, {entry.field: value})
    # based on the field as the history showed it (another field saved meanwhile is no reason to refuse)
    activity, conflicted = save_one_based_on(
        workspace, BasedChange(activity_id, None, {entry.field: value}, {entry.field: getattr(seen, entry.field)}),
        source="geschiedenis")
    if conflicted:
        raise RestoreConflicted(Message.of(RESTORE_CONFLICTED, title=activity.title[:80]))
    return activity
