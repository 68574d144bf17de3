"""The chapter into next year's document (domain.rollover): what carries, what is emptied.

Next year's budget or accounts start from this one: the effect texts keep their plan (the
start of next year's), owner and goal, their realisation is emptied; the effect indicators keep
name, unit, source, baseline, target and the realisations of the years before (the new year's
column is empty, so the table's years move on by one), peildatum and explanation are emptied;
the beleidsindicatoren carry with their period until the next import; the settings (sign,
rounding, threshold) carry. The ledger lines and the variance explanations belong to the year
they explain: the new year imports its own figures.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .blocktext import EMPTY
from .chapter import Chapter, EffectText
from .model import new_id

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date


def carry_chapter(old: Chapter, programmes: Mapping[str, str], goals: Mapping[str, str], *,
                  year: int, deadline: date | None = None) -> Chapter:
    """The chapter of the new document: ``programmes``/``goals`` map old ids to new ones (what has no new
    programme is left out, a goal that is gone leaves its effect text with the programme); ``year`` is the
    new document's: realisations of that year or later are not history yet and are emptied too."""
    effects = tuple(
        EffectText(programmes[e.programme_id], goals.get(e.goal_id, "") if e.goal_id else "", plan=e.plan,
                   realisation=EMPTY, owner=e.owner, deadline=deadline)
        for e in old.effects if e.programme_id in programmes and not (e.plan.is_empty and e.realisation.is_empty)
    )
    indicators = tuple(
        replace(i, programme_id=programmes[i.programme_id],
                goal_id=goals.get(i.goal_id, "") if i.goal_id else "",
                values=tuple(v for v in i.values if v.year < year), peildatum=None, explanation="",
                id=new_id())
        for i in old.indicators if i.programme_id in programmes
    )
    policy = tuple(replace(p, programme_id=programmes[p.programme_id], id=new_id())
                   for p in old.policy_indicators if p.programme_id in programmes)
    return Chapter(settings=old.settings, effects=effects, indicators=indicators, policy_indicators=policy)


def carried_parts(old: Chapter) -> tuple[str, ...]:
    """What the rollover preview lists as carried of the chapter (nothing for a document without one)."""
    parts = []
    if old.effects:
        parts.append("effectteksten (het plan als begin, met eigenaar)")
    if old.indicators:
        parts.append("effectindicatoren met nulmeting, streefwaarde en de realisaties van eerdere jaren")
    if old.policy_indicators:
        parts.append("beleidsindicatoren met hun periode (vernieuw ze met een import)")
    if not old.is_empty():
        parts.append("drempel, tekenconventie en afronding van de financiën")
    return tuple(parts)


def emptied_parts(old: Chapter) -> tuple[str, ...]:
    parts = []
    if old.effects:
        parts.append("realisaties van effectteksten")
    if old.indicators:
        parts.append("peildatum en toelichting van effectindicatoren")
    if old.lines:
        parts.append("financiële regels (importeer de cijfers van het nieuwe jaar)")
    if old.explanations:
        parts.append("toelichtingen op afwijkingen")
    return tuple(parts)

