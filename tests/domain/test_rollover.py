"""Rollover on the document tree: what is carried, emptied and asked; each choice; lineage kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.compare import ChangeKind, compare_documents
from verantwoording_app.domain.errors import UserError
from verantwoording_app.domain.lineage import activity_past, previous_year
from verantwoording_app.domain.model import (
    Document,
    DocumentKind,
    Kengetal,
    LineageLevel,
    Opmerking,
    Outcome,
    ReviewState,
)
from verantwoording_app.domain.rollover import ActivityChoice, Choice, RolloverOptions, roll_over


def _filled(document: Document) -> Document:
    """The sample with everything a year of work adds: statuses, owners, deadlines, figures, remarks."""
    programmes = []
    for programme in document.programmes:
        goals = []
        for goal in programme.goals:
            goals.append(replace(goal, activities=tuple(
                replace(a, status="gereed", owner=f"eigenaar {i}", portfolio_holder="wethouder Jansen",
                        deadline=date(2023, 1, 15), review_state=ReviewState.AKKOORD, internal_note="let op",
                        kengetallen=(Kengetal("scholingscheques", "stuks", Decimal(100), Decimal(300), Decimal(337)),),
                        opmerkingen=(Opmerking("coördinator", datetime(2023, 2, 1), "mooi"),))
                for i, a in enumerate(goal.activities)
            )))
        programmes.append(replace(programme, goals=tuple(goals)))
    return replace(document, programmes=tuple(programmes), municipality="Almelo",
                   title_lines=("Jaarstukken 2022",))


@pytest.fixture
def jaarstukken_2022(sample_document: Document) -> Document:
    return _filled(sample_document)


def test_to_jaarstukken_2023_carries_plans_frozen_and_empties_the_year(jaarstukken_2022: Document) -> None:
    result = roll_over(jaarstukken_2022, RolloverOptions(DocumentKind.JAARSTUKKEN, 2023, deadline=date(2024, 3, 1)))
    new = result.document
    assert new.kind is DocumentKind.JAARSTUKKEN
    assert new.year == 2023
    assert new.id != jaarstukken_2022.id
    assert new.activity_count() == jaarstukken_2022.activity_count() == 13
    assert new.realisation_heading() == "Uitvoering in 2023:"
    assert new.title_lines == ("Jaarstukken 2023",)
    assert new.status_scheme == jaarstukken_2022.status_scheme
    for old_place, place in zip(jaarstukken_2022.iter_activities(), new.iter_activities(), strict=True):
        old, activity = old_place.activity, place.activity
        assert activity.id != old.id
        assert activity.lineage_id == old.lineage_id
        assert (activity.title, activity.owner, activity.portfolio_holder) == (old.title, old.owner, "wethouder Jansen")
        assert activity.plan == old.plan
        assert activity.plan_frozen
        assert activity.realisation.is_empty
        assert activity.status is None
        assert activity.review_state is ReviewState.CONCEPT
        assert activity.deadline == date(2024, 3, 1)
        assert activity.internal_note == ""
        assert activity.opmerkingen == ()
        (figure,) = activity.kengetallen
        assert (figure.baseline, figure.target, figure.realised) == (Decimal(100), Decimal(300), None)
        assert figure.id != old.kengetallen[0].id
        assert place.goal.lineage_id == old_place.goal.lineage_id
        assert place.programme.lineage_id == old_place.programme.lineage_id
    assert ("Uitvoering in 2022:", "Uitvoering in 2023:") in result.preview.labels
    assert result.preview.asked == ()


def test_the_old_tree_is_not_touched(jaarstukken_2022: Document) -> None:
    before = repr(jaarstukken_2022)
    roll_over(jaarstukken_2022, RolloverOptions(DocumentKind.BEGROTING, 2024,
                                                default=Choice.FINISHED))
    assert repr(jaarstukken_2022) == before


@pytest.mark.parametrize("choice", [Choice.CONTINUE, Choice.FINISHED, Choice.CARRIED_OVER])
def test_to_begroting_2024_with_each_choice(jaarstukken_2022: Document, choice: Choice) -> None:
    first = next(jaarstukken_2022.iter_activities())
    options = RolloverOptions(DocumentKind.BEGROTING, 2024,
                              choices={first.activity.lineage_id: ActivityChoice(choice)})
    result = roll_over(jaarstukken_2022, options)
    new = result.document
    lines = {p.activity.lineage_id: p.activity for p in new.iter_activities()}
    (asked,) = [a for a in result.preview.asked if a.lineage == first.activity.lineage_id]
    assert asked.choice.choice is choice
    assert asked.code == "1.I.1"
    assert len(result.preview.asked) == 13
    past = {e.lineage: e for e in new.past if e.level is LineageLevel.ACTIVITY}
    entry = past[first.activity.lineage_id]
    assert entry.realisation == first.activity.realisation
    assert entry.year == 2022
    assert entry.status == "Gereed"
    if choice is Choice.FINISHED:
        assert first.activity.lineage_id not in lines
        assert new.activity_count() == 12
        assert entry.outcome is Outcome.FINISHED
        assert len(new.programmes[0].goals) == 2  # the structure stays
    else:
        carried = lines[first.activity.lineage_id]
        assert carried.plan == first.activity.plan
        assert not carried.plan_frozen
        assert carried.realisation.is_empty
        assert carried.status is None
        assert entry.outcome is (Outcome.CARRIED_OVER if choice is Choice.CARRIED_OVER else Outcome.CONTINUED)
        (line,) = activity_past(new.past, carried)
        assert line.realisation == first.activity.realisation  # last year's realisation as context
    others = [e for e in past.values() if e.lineage != first.activity.lineage_id]
    assert {e.outcome for e in others} == {Outcome.CONTINUED}


def test_split_and_merge_are_kept_in_the_lineage(jaarstukken_2022: Document) -> None:
    places = list(jaarstukken_2022.iter_activities())
    split, keep, gone = places[0].activity, places[1].activity, places[2].activity
    options = RolloverOptions(DocumentKind.BEGROTING, 2023, choices={
        split.lineage_id: ActivityChoice(Choice.SPLIT),
        gone.lineage_id: ActivityChoice(Choice.MERGE, merge_into=keep.lineage_id),
    })
    new = roll_over(jaarstukken_2022, options).document
    activities = [p.activity for p in new.iter_activities()]
    assert len(activities) == 13
    assert activities[0].lineage_id == split.lineage_id
    assert activities[1].title.endswith("(deel 2)")
    assert activities[1].lineage_from == (split.lineage_id,)
    merged = activities[2]
    assert merged.lineage_id == keep.lineage_id
    assert gone.lineage_id in merged.lineage_from
    assert gone.plan.plain_text()[:40] in merged.plan.plain_text()
    kinds = {c.kind for c in compare_documents(jaarstukken_2022, new).changes}
    assert {ChangeKind.SPLIT, ChangeKind.MERGED} <= kinds
    assert ChangeKind.STOPPED not in kinds


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (RolloverOptions(DocumentKind.JAARSTUKKEN, 2022), "al jaarstukken 2022"),
        (RolloverOptions(DocumentKind.BEGROTING, 2021), "niet vóór"),
        (RolloverOptions(DocumentKind.BEGROTING, 99999), "Ongeldig jaar"),
    ],
)
def test_impossible_rollovers_are_refused(jaarstukken_2022: Document, options: RolloverOptions, message: str) -> None:
    with pytest.raises(UserError, match=message):
        roll_over(jaarstukken_2022, options)


def test_choices_only_towards_a_begroting_and_merge_needs_a_living_target(jaarstukken_2022: Document) -> None:
    a, b = [p.activity.lineage_id for p in jaarstukken_2022.iter_activities()][:2]
    with pytest.raises(UserError, match="horen bij een nieuwe begroting"):
        roll_over(jaarstukken_2022, RolloverOptions(DocumentKind.JAARSTUKKEN, 2023,
                                                    choices={a: ActivityChoice(Choice.FINISHED)}))
    with pytest.raises(UserError, match="gaat zelf niet door"):
        roll_over(jaarstukken_2022, RolloverOptions(DocumentKind.BEGROTING, 2023, choices={
            a: ActivityChoice(Choice.MERGE, b), b: ActivityChoice(Choice.FINISHED)}))
    with pytest.raises(UserError, match="andere activiteit"):
        roll_over(jaarstukken_2022, RolloverOptions(DocumentKind.BEGROTING, 2023, choices={
            a: ActivityChoice(Choice.MERGE, a)}))


def test_begroting_then_jaarstukken_then_begroting_keeps_every_line(jaarstukken_2022: Document) -> None:
    begroting = roll_over(jaarstukken_2022, RolloverOptions(DocumentKind.BEGROTING, 2023)).document
    first = next(begroting.iter_activities()).activity
    begroting = replace(begroting, programmes=(replace(begroting.programmes[0], goals=(
        replace(begroting.programmes[0].goals[0], activities=(
            replace(first, title="Nieuwe titel", plan=BlockText.from_plain("We gaan het anders doen.")),
            *begroting.programmes[0].goals[0].activities[1:])),
        *begroting.programmes[0].goals[1:])),))
    jaarstukken = roll_over(begroting, RolloverOptions(DocumentKind.JAARSTUKKEN, 2023)).document
    next_budget = roll_over(jaarstukken, RolloverOptions(DocumentKind.BEGROTING, 2024)).document
    activity = next(next_budget.iter_activities()).activity
    assert activity.lineage_id == first.lineage_id
    assert activity.title == "Nieuwe titel"
    line = activity_past(next_budget.past, activity)
    assert [(e.kind, e.year) for e in line] == [
        (DocumentKind.JAARSTUKKEN, 2022), (DocumentKind.BEGROTING, 2023), (DocumentKind.JAARSTUKKEN, 2023)]
    assert previous_year(jaarstukken)[next(jaarstukken.iter_activities()).activity.id].document_title == (
        "Jaarstukken 2022")


def test_the_chapter_carries_into_next_year() -> None:
    from tests.formats.ledger_files import full_chapter_document

    old = full_chapter_document()
    result = roll_over(old, RolloverOptions(DocumentKind.BEGROTING, 2026, deadline=date(2026, 6, 1)))
    new, chapter = result.document, result.document.chapter
    programmes = {p.number: p for p in new.programmes}
    zorg = programmes["2"]
    assert chapter.lines == ()
    assert chapter.explanations == ()
    assert chapter.settings == old.chapter.settings
    effect, goal_effect = chapter.effects
    assert effect.programme_id == zorg.id
    assert effect.goal_id == ""
    assert effect.plan == old.chapter.effects[0].plan
    assert effect.realisation.is_empty
    assert effect.deadline == date(2026, 6, 1)
    assert goal_effect.goal_id == zorg.goals[0].id
    (indicator,) = chapter.indicators
    assert indicator.programme_id == zorg.id
    assert (indicator.baseline, indicator.target) == (Decimal(8), Decimal(6))
    assert [v.year for v in indicator.values] == [2024, 2025]
    assert indicator.peildatum is None
    assert indicator.explanation == ""
    assert indicator.id != old.chapter.indicators[0].id
    (policy,) = chapter.policy_indicators
    assert (policy.programme_id, policy.period, policy.value) == (zorg.id, "2024", Decimal(98))
    assert any("effectteksten" in item for item in result.preview.carried)
    assert any("toelichtingen op afwijkingen" in item for item in result.preview.emptied)


def test_realisations_of_the_new_year_itself_are_not_history() -> None:
    from tests.formats.ledger_files import full_chapter_document

    old_year = full_chapter_document()
    assert old_year.year == 2025
    result = roll_over(replace(old_year, year=2024), RolloverOptions(DocumentKind.JAARSTUKKEN, 2025))
    (indicator,) = result.document.chapter.indicators
    assert [v.year for v in indicator.values] == [2024]


def test_a_document_without_chapter_rolls_over_without_one(jaarstukken_2022: Document) -> None:
    result = roll_over(jaarstukken_2022, RolloverOptions(DocumentKind.JAARSTUKKEN, 2023))
    assert result.document.chapter.is_empty()
    assert not any("effect" in item for item in result.preview.carried)
