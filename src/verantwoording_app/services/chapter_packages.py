"""Variance explanations and effect texts in work packages, beside the activities (services.packages).

Hand-out: the whole chapter travels along (the officer sees the financial table and the
effects); the variances whose explanation the officer owns and the effect texts they own are
editable. The record of the hand-out keeps, per variance (key ``variance:<programme>:<kind>``)
the explanation fields and per effect text (key ``effect:<programme>:<goal>``) its plan and
realisation as handed out. Hand-in: the fields the officer changed, with their base (effect
texts under ``effect:<programme>:<goal>``, explanations under ``<programme>:<kind>``). Merge:
per field against the record's base, never against what the package claims; a one-sided change
is taken over (an explanation with the difference it was written for), a two-sided one keeps the
database's value, the package's value is kept in history as a proposal (``voorstel``), and reported.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from ..domain.blocktext import parse_markdown, render_markdown
from ..domain.chapter import Chapter, EffectText, LineKind, Nature, VarianceExplanation
from ..domain.errors import ImportRefused
from ..domain.finance import variance_states
from ..domain.limits import clean_text, too_long
from ..domain.merge import merge_fields
from ..domain.messages import Message
from ..domain.policy import (
    EFFECT_OFFICER_FIELDS,
    EXPLANATION_OFFICER_FIELDS,
    Person,
    Role,
    can_edit_effect,
    can_explain,
)
from ..formats.chapter_json import chapter_from_json, chapter_to_json
from ..storage.mapping import now
from ..storage.tables import VersionRow
from . import chapter as chapter_service

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..domain.handout import HandoutRecord
    from ..domain.model import Document
    from .workspace import Workspace

PREFIX: Final = "variance:"
EFFECT_PREFIX: Final = "effect:"
OFFICER_FIELDS: Final = EXPLANATION_OFFICER_FIELDS
"""What an officer may change in an explanation they own (domain.policy); owner and deadline are the coordinator's."""
META_KEY: Final = "werkpakket_hoofdstuk"


def _fields(explanation: VarianceExplanation | None) -> dict[str, str]:
    if explanation is None:
        return dict.fromkeys(OFFICER_FIELDS, "")
    return {"cause": render_markdown(explanation.cause), "nature": explanation.nature.value if explanation.nature
            else "", "rechtmatigheid": explanation.rechtmatigheid}


def _effect_fields(effect: EffectText | None) -> dict[str, str]:
    if effect is None:
        return dict.fromkeys(EFFECT_OFFICER_FIELDS, "")
    return {"plan": render_markdown(effect.plan), "realisation": render_markdown(effect.realisation)}


def effect_key(programme_id: str, goal_id: str) -> str:
    return f"{programme_id}:{goal_id}"


def _effect_of(chapter: Chapter, key: str) -> EffectText | None:
    programme_id, _sep, goal_id = key.partition(":")
    return next((e for e in chapter.effects_of(programme_id) if e.goal_id == goal_id), None)


def owned_effects(document: Document, owner: str) -> list[str]:
    """Keys (programme:goal) of the effect texts this person owns."""
    wanted = owner.strip().casefold()
    return [effect_key(e.programme_id, e.goal_id) for e in document.chapter.effects
            if e.owner.strip() and e.owner.strip().casefold() == wanted]


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
    effects = owned_effects(document, owner)
    for key in effects:
        bases[EFFECT_PREFIX + key] = _effect_fields(_effect_of(chapter, key))
    return {"chapter": chapter_to_json(chapter), "variances": keys, "effects": effects}, bases


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
    effects = data.get("effects") or []
    if not isinstance(effects, list) or not all(isinstance(k, str) and k.count(":") == 1 for k in effects):
        raise ImportRefused(Message.of("chapter.invalid_effects", where=where))
    effect_bases = {key: _effect_fields(_effect_of(chapter, key)) for key in effects}
    workspace._store.set_meta(META_KEY, json.dumps({"variances": keys, "base": bases, "effects": effects,
                                                   "effect_base": effect_bases}, ensure_ascii=False))


def editable_variances(workspace: Workspace) -> frozenset[str] | None:
    """In an officer's working database, the variance keys they may explain; None: not a working database."""
    raw = workspace._store.get_meta(META_KEY)
    if raw is None:
        return None
    return frozenset(json.loads(raw).get("variances", []))


def editable_effects(workspace: Workspace) -> frozenset[str] | None:
    """In an officer's working database, the effect texts (programme:goal) they may write; None elsewhere."""
    raw = workspace._store.get_meta(META_KEY)
    if raw is None:
        return None
    return frozenset(json.loads(raw).get("effects", []))


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
    for key in meta.get("effects", []):
        now_fields = _effect_fields(_effect_of(chapter, key))
        base = meta.get("effect_base", {}).get(key, {})
        changed = {name: value for name, value in now_fields.items() if base.get(name, "") != value}
        if changed:
            changes[EFFECT_PREFIX + key] = {"base": {name: base.get(name, "") for name in changed},
                                            "theirs": changed}
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
        if key.startswith(EFFECT_PREFIX):
            counts = _merge_effect(workspace, record, chapter, bases, key, entry["theirs"], source, messages)
            applied, conflicts, refused = applied + counts[0], conflicts + counts[1], refused + counts[2]
            continue
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


def _merge_effect(workspace: Workspace, record: HandoutRecord, chapter: Chapter, bases: dict[str, dict[str, Any]],
                  key: str, theirs_raw: dict[str, Any], source: str, messages: list[str]) -> tuple[int, int, int]:
    """One effect text of a hand-in, merged per field against the record's base; (applied, conflicts, refused)."""
    short = key[len(EFFECT_PREFIX):]
    programme_id, _sep, goal_id = short.partition(":")
    what = f"de effecttekst {short}"
    if key not in bases:
        messages.append(f"{source}: {what} hoort niet bij de uitgifte; geweigerd")
        return 0, 0, len(theirs_raw)
    refused = 0
    theirs: dict[str, str] = {}
    officer = Person(record.person, Role.OFFICER)
    for name, value in theirs_raw.items():
        decision = can_edit_effect(officer, what, "", [name], own=True)
        problem = None if decision.allowed else str(decision.reason)
        if problem is None and name not in EFFECT_OFFICER_FIELDS:
            problem = f"{name} is geen veld van een effecttekst"
        problem = problem or (f"{name} heeft een ongeldige waarde" if not isinstance(value, str)
                              else too_long(name, value))
        if problem:
            refused += 1
            messages.append(f"{source}: {what}: {problem}; geweigerd")
            continue
        theirs[name] = clean_text(value)[0]
    current = _effect_of(chapter, short)
    base = {name: bases[key].get(name, "") for name in theirs}
    ours = {name: value for name, value in _effect_fields(current).items() if name in theirs}
    result = merge_fields(base, ours, theirs)
    updates: dict[str, object] = {}
    for change in result.changes:
        updates[change.field] = parse_markdown(str(change.new))
        bases[key][change.field] = str(change.new)
    for conflict in result.conflicts:
        with workspace._store.transaction() as session:
            session.add(VersionRow(entity="voorstel", entity_id=current.id if current else short, field=conflict.field,
                                   old=str(conflict.ours), new=str(conflict.theirs), author=source, at=now()))
        messages.append(f"{source}: {what}: {conflict.field} is in beide gewijzigd; de waarde van de database is "
                        "gehouden, die uit het pakket staat in de geschiedenis als voorstel")
    if updates:
        chapter_service.chapter_store(workspace).save_effect(programme_id, goal_id, updates, author=record.person)
    return len(updates), len(result.conflicts), refused


def _problem(name: str, value: Any) -> str | None:
    if not isinstance(value, str):
        return f"{name} heeft een ongeldige waarde"
    if name == "nature" and value not in ("", *tuple(Nature)):
        return f"'{value[:30]}' is niet incidenteel of structureel"
    if name == "rechtmatigheid" and value not in ("", "1", "2", "3", "4", "5", "6", "7"):
        return f"'{value[:30]}' is geen rechtmatigheidscategorie"
    return too_long("realisation", value)


def _typed(name: str, value: str) -> object:
    if name == "cause":
        return parse_markdown(value)
    if name == "nature":
        return Nature(value) if value else None
    return value

