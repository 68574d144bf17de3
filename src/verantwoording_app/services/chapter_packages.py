"""Variance explanations in work packages, beside the activities (services.packages).

Hand-out: the whole chapter travels along (the officer sees the financial table and the
effects), and the variances whose explanation the officer owns are editable; the record of
the hand-out keeps, per variance (key ``variance:<programme>:<kind>``), the explanation fields
as handed out. Hand-in: the fields the officer changed, with their base. Merge: per field
against the record's base; a one-sided change is taken over (with the difference it was written
for), a two-sided one keeps the database's value and the package's value is kept in history as a
proposal (``voorstel``), and reported.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

from ..domain.blocktext import parse_markdown, render_markdown
from ..domain.chapter import Chapter, LineKind, Nature, VarianceExplanation
from ..domain.errors import ImportRefused
from ..domain.finance import variance_states
from ..domain.handout import HandoutRecord
from ..domain.limits import clean_text, too_long
from ..domain.merge import merge_fields
from ..domain.messages import Message
from ..domain.model import Document
from ..domain.policy import EXPLANATION_OFFICER_FIELDS, Person, Role, can_explain
from ..formats.chapter_json import chapter_from_json, chapter_to_json
from ..storage.mapping import now
from ..storage.tables import VersionRow
from . import chapter as chapter_service
from .workspace import Workspace

PREFIX: Final = "variance:"
OFFICER_FIELDS: Final = EXPLANATION_OFFICER_FIELDS
"""What an officer may change in an explanation they own (domain.policy); owner and deadline are the coordinator's."""
META_KEY: Final = "werkpakket_hoofdstuk"


def _fields(explanation: VarianceExplanation | None) -> dict[str, str]:
    if explanation is None:
        return dict.fromkeys(OFFICER_FIELDS, "")
    return {"cause": render_markdown(explanation.cause), "nature": explanation.nature.value if explanation.nature
            else "", "rechtmatigheid": explanation.rechtmatigheid}


def owned_variances(document: Document, owner: str) -> list[str]:
    """Keys of the variances (above the threshold) whose explanation this person owns."""
    wanted = owner.strip().casefold()
    return [state.variance.key for state in variance_states(document.chapter, [p.id for p in document.programmes])
            if state.explanation is not None and state.explanation.owner.strip().casefold() == wanted]


def handout_part(document: Document, owner: str) -> tuple[dict[str, Any], dict[str, dict[str, str]]]:
    """(payload part, record bases) for the hand-out to ``owner``."""
    keys = owned_variances(document, owner)
    chapter = document.chapter
    bases = {}
    for key in keys:
        programme_id, _sep, kind = key.partition(":")
        bases[PREFIX + key] = _fields(chapter.explanation_for(programme_id, LineKind(kind)))
    return {"chapter": chapter_to_json(chapter), "variances": keys}, bases


def open_part(workspace: Workspace, payload: Mapping[str, Any], where: str) -> None:
    """Put the chapter of a hand-out into the officer's working database, with the bases of what they own."""
    data = payload.get("hoofdstuk")
    if data is None:
        return
    if not isinstance(data, dict):
        raise ImportRefused(Message.of("chapter.invalid_chapter", where=where))
    chapter = chapter_from_json(data.get("chapter"), where)
    keys = data.get("variances") or []
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise ImportRefused(Message.of("chapter.invalid_variances", where=where))
    chapter_service.chapter_store(workspace).replace_chapter(chapter, author=workspace.author)
    bases = {}
    for key in keys:
        programme_id, _sep, kind = key.partition(":")
        try:
            bases[key] = _fields(chapter.explanation_for(programme_id, LineKind(kind)))
        except ValueError:
            raise ImportRefused(Message.of("chapter.invalid_variance", where=where)) from None
    workspace._store.set_meta(META_KEY, json.dumps({"variances": keys, "base": bases}, ensure_ascii=False))


def editable_variances(workspace: Workspace) -> frozenset[str] | None:
    """In an officer's working database, the variance keys they may explain; None: not a working database."""
    raw = workspace._store.get_meta(META_KEY)
    if raw is None:
        return None
    return frozenset(json.loads(raw).get("variances", []))


def handin_part(workspace: Workspace) -> dict[str, Any]:
    """The changed explanation fields of the variances the officer owns, each with its base."""
    raw = workspace._store.get_meta(META_KEY)
    if raw is None:
        return {}
    meta = json.loads(raw)
    chapter = chapter_service.chapter(workspace)
    changes: dict[str, Any] = {}
    for key in meta.get("variances", []):
        programme_id, _sep, kind = key.partition(":")
        now_fields = _fields(chapter.explanation_for(programme_id, LineKind(kind)))
        base = meta.get("base", {}).get(key, {})
        changed = {name: value for name, value in now_fields.items() if base.get(name, "") != value}
        if changed:
            changes[key] = {"base": {name: base.get(name, "") for name in changed}, "theirs": changed}
    return changes


def merge_part(workspace: Workspace, record: HandoutRecord, changes: Any,
               source: str) -> tuple[int, int, int, list[str]]:
    """Merge one hand-in's explanation changes; (applied, conflicts, refused, messages)."""
    if not changes:
        return 0, 0, 0, []
    if not isinstance(changes, dict):
        raise ImportRefused(Message.of("chapter.invalid_explanation_changes", source=source))
    chapter: Chapter = chapter_service.chapter(workspace)
    amounts = {state.variance.key: state.variance.amount for state in variance_states(chapter)}
    bases = {key: dict(value) for key, value in record.bases.items()}
    applied = conflicts = refused = 0
    messages: list[str] = []
    for key, entry in changes.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("theirs"), dict):
            raise ImportRefused(Message.of("chapter.invalid_explanation_change", source=source))
        if PREFIX + key not in bases:
            refused += len(entry["theirs"])
            messages.append(f"{source}: de afwijking {key} hoort niet bij de uitgifte; geweigerd")
            continue
        programme_id, _sep, kind_text = key.partition(":")
        kind = LineKind(kind_text)
        theirs: dict[str, Any] = {}
        officer = Person(record.person, Role.OFFICER)
        for name, value in entry["theirs"].items():
            decision = can_explain(officer, f"de toelichting op {key}", "", [name], own=True)
            problem = None if decision.allowed else str(decision.reason)
            problem = problem or _problem(name, value)
            if problem:
                refused += 1
                messages.append(f"{source}: {key}: {problem}; geweigerd")
                continue
            theirs[name] = clean_text(value)[0]
        base = {name: bases[PREFIX + key].get(name, "") for name in theirs}
        ours = {name: value for name, value in _fields(chapter.explanation_for(programme_id, kind)).items()
                if name in theirs}
        result = merge_fields(base, ours, theirs)
        updates: dict[str, object] = {}
        for change in result.changes:
            updates[change.field] = _typed(change.field, str(change.new))
            bases[PREFIX + key][change.field] = str(change.new)
        explanation = chapter.explanation_for(programme_id, kind)
        for conflict in result.conflicts:
            conflicts += 1
            with workspace._store.transaction() as session:
                session.add(VersionRow(entity="voorstel", entity_id=explanation.id if explanation else key,
                                       field=conflict.field, old=str(conflict.ours), new=str(conflict.theirs),
                                       author=source, at=now()))
            messages.append(f"{source}: {key}: {conflict.field} is in beide gewijzigd; de waarde van de database "
                            "is gehouden, die uit het pakket staat in de geschiedenis als voorstel")
        if updates:
            if ("cause" in updates or "nature" in updates) and key in amounts:
                updates["amount"] = amounts[key]
            chapter_service.chapter_store(workspace).save_explanation(programme_id, kind, updates,
                                                                        author=record.person)
            applied += len([n for n in updates if n != "amount"])
    if bases != record.bases:
        workspace._store.update_handout_bases(record.id, bases)
    return applied, conflicts, refused, messages


def _problem(name: str, value: Any) -> str | None:
    if not isinstance(value, str):
        return f"{name} heeft een ongeldige waarde"
    if name == "nature" and value not in ("", *tuple(Nature)):
        return f"'{value[:30]}' is niet incidenteel of structureel"
    if name == "rechtmatigheid" and value not in ("", "1", "2", "3", "4", "5", "6", "7"):
        return f"'{value[:30]}' is geen rechtmatigheidscategorie"
    reason = too_long("realisation", value)
    return reason


def _typed(name: str, value: str) -> object:
    if name == "cause":
        return parse_markdown(value)
    if name == "nature":
        return Nature(value) if value else None
    return value

