"""What changed in the chapter between two moments (a snapshot and now): effect texts, indicators,
beleidsindicatoren, the ledger and the variance explanations, each named the way the form names it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from .blocktext import BlockText

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .chapter import Chapter, EffectIndicator

EFFECT_LABELS: Final = {"plan": "plan", "realisation": "realisatie", "owner": "eigenaar", "deadline": "deadline"}
EXPLANATION_LABELS: Final = {"cause": "oorzaak", "nature": "incidenteel/structureel",
                             "rechtmatigheid": "rechtmatigheid", "amount": "bedrag", "owner": "eigenaar",
                             "deadline": "deadline"}


@dataclass(frozen=True, slots=True)
class ChapterChange:
    """One part of the chapter that changed: ``what`` names it, ``kind`` is 'nieuw', 'verwijderd' or 'gewijzigd'."""

    what: str
    kind: str
    fields: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.kind != "gewijzigd" or not self.fields:
            return f"{self.what}: {self.kind}"
        return f"{self.what}: " + ", ".join(self.fields)


def _fields(old: object, new: object, labels: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(label for name, label in labels.items() if _value(getattr(old, name)) != _value(getattr(new, name)))


def _value(value: object) -> object:
    """Texts compared as their stored Markdown (a text read back from JSON is the same text)."""
    return value.to_markdown() if isinstance(value, BlockText) else value


def _indicator_key(indicator: EffectIndicator) -> tuple[object, ...]:
    return (indicator.name, indicator.unit, indicator.source, indicator.baseline, indicator.target, indicator.values,
            indicator.peildatum, indicator.explanation, indicator.goal_id)


def chapter_changes(before: Chapter, after: Chapter, programmes: Mapping[str, str],
                    goals: Mapping[str, str] | None = None) -> tuple[ChapterChange, ...]:
    """The differences, in the order of ``programmes`` (id → display name); ``goals`` (id → title) names
    the goal of a goal's effect text."""
    goals = goals or {}
    changes: list[ChapterChange] = []

    def name(programme_id: str) -> str:
        return programmes.get(programme_id, "een programma dat er niet meer is")

    old_effects = {(e.programme_id, e.goal_id): e for e in before.effects}
    new_effects = {(e.programme_id, e.goal_id): e for e in after.effects}
    for key in dict.fromkeys([*new_effects, *old_effects]):
        programme_id, goal_id = key
        what = f"effecttekst {name(programme_id)}" + (f", {goals.get(goal_id, 'doel')}" if goal_id else "")
        old, new = old_effects.get(key), new_effects.get(key)
        if old is None:
            changes.append(ChapterChange(what, "nieuw"))
        elif new is None:
            changes.append(ChapterChange(what, "verwijderd"))
        elif fields := _fields(old, new, EFFECT_LABELS):
            changes.append(ChapterChange(what, "gewijzigd", fields))
    for programme_id in dict.fromkeys([*programmes, *(i.programme_id for i in (*before.indicators,
                                                                                   *after.indicators))]):
        old_list = [_indicator_key(i) for i in before.indicators_of(programme_id)]
        new_list = [_indicator_key(i) for i in after.indicators_of(programme_id)]
        if old_list != new_list:
            changes.append(ChapterChange(f"effectindicatoren {name(programme_id)}", "gewijzigd",
                                         (f"{len(old_list)} → {len(new_list)} indicatoren",)))
    if _policy(before) != _policy(after):
        changes.append(ChapterChange("beleidsindicatoren", "gewijzigd",
                                     (f"{len(before.policy_indicators)} → {len(after.policy_indicators)} "
                                      "indicatoren",)))
    if before.lines != after.lines:
        changes.append(ChapterChange("financiële regels", "gewijzigd",
                                     (f"{len(before.lines)} → {len(after.lines)} regels",)))
    old_explained = {e.key: e for e in before.explanations}
    new_explained = {e.key: e for e in after.explanations}
    for variance_key in dict.fromkeys([*new_explained, *old_explained]):
        old_e, new_e = old_explained.get(variance_key), new_explained.get(variance_key)
        sample = new_e or old_e
        assert sample is not None
        what = f"toelichting {name(sample.programme_id)}, {sample.kind.label.lower()}"
        if old_e is None:
            changes.append(ChapterChange(what, "nieuw"))
        elif new_e is None:
            changes.append(ChapterChange(what, "verwijderd"))
        elif fields := _fields(old_e, new_e, EXPLANATION_LABELS):
            changes.append(ChapterChange(what, "gewijzigd", fields))
    if before.settings != after.settings:
        changes.append(ChapterChange("drempel en notatie van de financiën", "gewijzigd"))
    return tuple(changes)


def _policy(chapter: Chapter) -> list[tuple[object, ...]]:
    return [(p.programme_id, p.indicator, p.unit, p.period, p.value, p.comparison, p.comparison_value)
            for p in chapter.policy_indicators]
