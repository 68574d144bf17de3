"""Rollover: next year's document from this year's, pure logic on the document tree.

begroting → jaarstukken (or tussenrapportage) carries the structure, owners,
portfolio holders and plan texts (frozen), and empties what is written during
the year. Towards a begroting every activity gets a choice: continue, finished
(left out, kept in the lineage), carried over ("doorgeschoven"), split or merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from .blocktext import EMPTY, BlockText
from .chapter_rollover import carried_parts, carry_chapter, emptied_parts
from .errors import UserError
from .lineage import document_entries
from .messages import Message
from .model import (
    KIND_NAMES,
    Activiteit,
    Document,
    DocumentKind,
    DocumentState,
    Hoofddoel,
    Kengetal,
    Outcome,
    Programma,
    ReviewState,
    new_id,
)

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date


class Choice(StrEnum):
    """What to do with an activity when a new begroting is made."""

    CONTINUE = "doorgaan"
    FINISHED = "afgerond"
    CARRIED_OVER = "doorgeschoven"
    SPLIT = "splitsen"
    MERGE = "samenvoegen"


CHOICE_LABELS = {
    Choice.CONTINUE: "doorgaan (plan herschrijven)",
    Choice.FINISHED: "afgerond (vervalt, blijft in de lijn)",
    Choice.CARRIED_OVER: "doorgeschoven (realisatie als context)",
    Choice.SPLIT: "splitsen in twee",
    Choice.MERGE: "samenvoegen met een andere activiteit",
}

_OUTCOMES = {
    Choice.CONTINUE: Outcome.CONTINUED,
    Choice.FINISHED: Outcome.FINISHED,
    Choice.CARRIED_OVER: Outcome.CARRIED_OVER,
    Choice.SPLIT: Outcome.SPLIT,
    Choice.MERGE: Outcome.MERGED,
}

MIN_YEAR, MAX_YEAR = 1900, 2200


@dataclass(frozen=True, slots=True)
class ActivityChoice:
    choice: Choice
    merge_into: str = ""
    """For MERGE: the lineage id of the (old) activity it is merged into."""


@dataclass(frozen=True, slots=True)
class RolloverOptions:
    kind: DocumentKind
    year: int
    deadline: date | None = None
    """The one deadline every activity of the new document gets (None: no deadline)."""
    default: Choice = Choice.CONTINUE
    choices: Mapping[str, ActivityChoice] = field(default_factory=dict)
    """Per lineage id of an old activity; only for a new begroting."""


@dataclass(frozen=True, slots=True)
class AskedActivity:
    """An activity whose fate the coordinator decides (towards a begroting)."""

    lineage: str
    code: str
    title: str
    choice: ActivityChoice


@dataclass(frozen=True, slots=True)
class RolloverPreview:
    source: str
    target: str
    carried: tuple[str, ...]
    emptied: tuple[str, ...]
    not_carried: tuple[str, ...]
    labels: tuple[tuple[str, str], ...]
    """(old, new) of every document label whose year changes."""
    asked: tuple[AskedActivity, ...]
    programmes: int
    goals: int
    activities: int
    """Activities in the new document."""
    counts: Mapping[Outcome, int]


@dataclass(frozen=True, slots=True)
class RolloverResult:
    document: Document
    preview: RolloverPreview


def asks_choices(kind: DocumentKind) -> bool:
    """A new begroting decides per activity; the other kinds take the budget as it was adopted."""
    return kind is DocumentKind.BEGROTING


def check_options(old: Document, options: RolloverOptions) -> None:
    if not MIN_YEAR <= options.year <= MAX_YEAR:
        raise UserError(Message.of("rollover.year_out_of_range", year=options.year, min_year=MIN_YEAR, max_year=MAX_YEAR))
    if old.year and options.year < old.year:
        raise UserError(
            Message.of("rollover.year_before_old", year=options.year, year2=old.year)
        )
    if options.kind is old.kind and options.year == old.year:
        raise UserError(
            Message.of("rollover.same_kind_and_year", kind_names=KIND_NAMES[old.kind].lower(), year=old.year)
        )
    if options.choices and not asks_choices(options.kind):
        raise UserError(
            Message.of("rollover.choices_only_for_budget", kind_names=KIND_NAMES[options.kind].lower())
        )
    known = {p.activity.lineage_id: p for p in old.iter_activities()}
    for lineage, choice in options.choices.items():
        if lineage not in known:
            raise UserError(Message.of("rollover.no_such_lineage", lineage=lineage))
        if choice.choice is Choice.MERGE:
            target = known.get(choice.merge_into)
            if target is None or choice.merge_into == lineage:
                raise UserError(
                    Message.of("rollover.merge_only_with_old", code=known[lineage].code)
                )
            if _choice(options, choice.merge_into).choice in (Choice.FINISHED, Choice.MERGE):
                raise UserError(
                    Message.of("rollover.merge_target_stops", code=known[lineage].code, code2=target.code)
                )


def roll_over(old: Document, options: RolloverOptions) -> RolloverResult:
    """The new document and a preview of what was carried, emptied and asked. ``old`` is not touched."""
    check_options(old, options)
    asking = asks_choices(options.kind)
    frozen = not asking
    outcomes: dict[str, Outcome] = {}
    asked: list[AskedActivity] = []
    merged_into: dict[str, list[Activiteit]] = {}
    for place in old.iter_activities():
        choice = _choice(options, place.activity.lineage_id) if asking else ActivityChoice(Choice.CONTINUE)
        outcomes[place.activity.lineage_id] = _OUTCOMES[choice.choice] if asking else Outcome.CARRIED
        if asking:
            asked.append(AskedActivity(place.activity.lineage_id, place.code, place.activity.title, choice))
        if choice.choice is Choice.MERGE:
            merged_into.setdefault(choice.merge_into, []).append(place.activity)

    programmes = []
    programme_ids: dict[str, str] = {}
    goal_ids: dict[str, str] = {}
    for programme in old.programmes:
        goals = []
        for goal in programme.goals:
            activities: list[Activiteit] = []
            for activity in goal.activities:
                choice = _choice(options, activity.lineage_id) if asking else ActivityChoice(Choice.CONTINUE)
                if choice.choice in (Choice.FINISHED, Choice.MERGE):
                    continue
                new = _carry_activity(activity, options.deadline, frozen)
                for other in merged_into.get(activity.lineage_id, ()):
                    new = replace(
                        new, plan=join_texts(new.plan, other.plan),
                        lineage_from=_unique((*new.lineage_from, other.lineage_id, *other.lineage_from)),
                    )
                activities.append(new)
                if choice.choice is Choice.SPLIT:
                    activities.append(replace(
                        _carry_activity(activity, options.deadline, frozen),
                        title=f"{activity.title} (deel 2)", lineage=new_id(), lineage_from=(activity.lineage_id,),
                    ))
            goals.append(Hoofddoel(
                title=goal.title, intro=goal.intro, activities=tuple(activities), lineage=goal.lineage_id,
                lineage_from=goal.lineage_from,
            ))
            goal_ids[goal.id] = goals[-1].id
        programmes.append(Programma(
            number=programme.number, name=programme.name, intro=programme.intro, goals=tuple(goals),
            lineage=programme.lineage_id, lineage_from=programme.lineage_from,
        ))
        programme_ids[programme.id] = programmes[-1].id

    labels = _relabel(old, options.year)
    document = Document(
        year=options.year, kind=options.kind, municipality=old.municipality,
        title_lines=tuple(_shift_year(line, old.year, options.year) for line in old.title_lines),
        section_number=old.section_number, section_title=_shift_year(old.section_title, old.year, options.year),
        realisation_label=_shift_year(old.realisation_label, old.year, options.year),
        goal_intro=_shift_year(old.goal_intro, old.year, options.year),
        status_scheme=old.status_scheme, review_labels=old.review_labels, state=DocumentState.CONCEPT,
        programmes=tuple(programmes),
        past=(*old.past, *document_entries(old, outcomes)),
        chapter=carry_chapter(old.chapter, programme_ids, goal_ids, year=options.year, deadline=options.deadline),
    )
    counts: dict[Outcome, int] = {}
    for outcome in outcomes.values():
        counts[outcome] = counts.get(outcome, 0) + 1
    preview = RolloverPreview(
        source=old.title, target=document.title,
        carried=_carried(old, options, frozen),
        emptied=_emptied(old, options),
        not_carried=("geschiedenis, conflicten en momentopnamen (die blijven in het oude bestand)",),
        labels=labels, asked=tuple(asked),
        programmes=len(programmes), goals=sum(len(p.goals) for p in programmes),
        activities=document.activity_count(), counts=counts,
    )
    return RolloverResult(document, preview)


# -- helpers ---------------------------------------------------------------------


def _choice(options: RolloverOptions, lineage: str) -> ActivityChoice:
    return options.choices.get(lineage) or ActivityChoice(options.default)


def _carry_activity(activity: Activiteit, deadline: date | None, frozen: bool) -> Activiteit:
    return Activiteit(
        title=activity.title, plan=activity.plan, realisation=EMPTY, status=None, owner=activity.owner,
        portfolio_holder=activity.portfolio_holder, deadline=deadline, review_state=ReviewState.CONCEPT,
        kengetallen=tuple(
            Kengetal(label=k.label, unit=k.unit, baseline=k.baseline, target=k.target, realised=None,
                     source=k.source)
            for k in activity.kengetallen
        ),
        lineage=activity.lineage_id, lineage_from=activity.lineage_from, plan_frozen=frozen,
    )


def join_texts(first: BlockText, second: BlockText) -> BlockText:
    """Two texts as one, the second after the first (a merge keeps every word)."""
    if second.is_empty:
        return first
    if first.is_empty:
        return second
    return BlockText.from_markdown(first.to_markdown() + "\n\n" + second.to_markdown())


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _shift_year(text: str, old: int, new: int) -> str:
    if not old or old == new:
        return text
    return re.sub(rf"(?<!\d){old}(?!\d)", str(new), text)


def _relabel(old: Document, year: int) -> tuple[tuple[str, str], ...]:
    labels = [*old.title_lines, old.section_title, old.realisation_label, old.goal_intro]
    changed = []
    for label in labels:
        new = _shift_year(label, old.year, year)
        if new != label:
            changed.append((label, new))
    heading_old = old.realisation_heading()
    heading_new = old.realisation_label.replace("{jaar}", str(year)) if "{jaar}" in old.realisation_label else ""
    if heading_new and heading_new != heading_old:
        changed.append((heading_old, heading_new))
    return tuple(changed)


def _carried(old: Document, options: RolloverOptions, frozen: bool) -> tuple[str, ...]:
    plans = ("plannen (bevroren: alleen-lezen tot de coördinator ze ontdooit)" if frozen
             else "plannen (als begin, om te herschrijven)")
    return (
        "programma's, hoofddoelen en activiteiten met hun lijn door de jaren",
        "titels, eigenaren en portefeuillehouders",
        plans,
        "kengetallen met hun nulwaarde en streefwaarde",
        "statusschema, reviewnamen en documentinstellingen",
        f"labels met het jaar ({old.year} → {options.year})",
        *carried_parts(old.chapter),
    )


def _emptied(old: Document, options: RolloverOptions) -> tuple[str, ...]:
    deadline = (f"deadlines (nieuw: {options.deadline:%d-%m-%Y} voor elke activiteit)" if options.deadline
                else "deadlines (geen nieuwe deadline opgegeven)")
    return (
        "realisaties (de oude blijven zichtbaar in de lijn van elke activiteit)",
        "statussen",
        "beoordelingen (terug naar concept)",
        deadline,
        "realisaties van kengetallen",
        "opmerkingen en interne notities",
        "niet-geplaatste tekst en voettekst",
        *emptied_parts(old.chapter),
    )
