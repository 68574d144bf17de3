"""The chapter's one walk: which headings and texts appear, in which order, for readers and for a round trip."""

from __future__ import annotations

from dataclasses import replace

from tests.formats.ledger_files import full_chapter_document
from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.chapter_text import (
    QUESTION_ACTIVITIES,
    QUESTION_COSTS,
    QUESTION_EFFECTS,
    ChapterParts,
)
from verantwoording_app.domain.model import Activiteit, Document, Hoofddoel, Kengetal, Programma
from verantwoording_app.domain.outline import (
    ActivityHeading,
    GoalHeading,
    KeyFigures,
    OutlineItem,
    Plan,
    ProgrammeHeading,
    Question,
    Realisation,
    Unplaced,
    chapter_outline,
)


def _kinds(items: list[OutlineItem]) -> list[str]:
    out = []
    for item in items:
        match item:
            case ProgrammeHeading(programme=programme):
                out.append(f"P{programme.number}")
            case Question(heading=heading):
                out.append({QUESTION_EFFECTS: "effects", QUESTION_ACTIVITIES: "activities", QUESTION_COSTS: "costs"}
                           [heading])
            case GoalHeading(numeral=numeral):
                out.append(f"G{numeral}")
            case ActivityHeading(place=place):
                out.append(f"A{place.number}")
            case _:
                out.append(type(item).__name__)
    return out


def test_the_three_questions_per_programme_in_order() -> None:
    items = list(chapter_outline(full_chapter_document()))
    assert _kinds(items) == [
        "P1", "activities", "GI", "A1", "Realisation", "costs",
        "P2", "effects", "activities", "GI", "A1", "Realisation", "costs",
        "P3", "GI", "A1", "Realisation",  # no chapter data: no question headings
    ]
    effects = next(i for i in items if isinstance(i, Question) and i.heading == QUESTION_EFFECTS)
    assert isinstance(effects.text, BlockText)
    assert not effects.text.is_empty


def test_parts_leave_questions_out() -> None:
    document = full_chapter_document()
    assert "effects" not in _kinds(list(chapter_outline(document, ChapterParts(False, True, True))))
    without_activities = _kinds(list(chapter_outline(document, ChapterParts(True, False, True))))
    assert "activities" not in without_activities
    assert not any(kind.startswith(("G", "A")) for kind in without_activities)
    assert without_activities == ["P1", "costs", "P2", "effects", "costs", "P3"]  # P3 kept in a round trip


def _small() -> Document:
    first = Activiteit(title="Eerste", plan=BlockText.from_plain("plan"),
                       kengetallen=(Kengetal(label="Aantal"),))
    return Document(
        year=2025,
        programmes=(
            Programma(number="1", name="Werk", goals=(Hoofddoel(title="Met", activities=(first,)),
                                                     Hoofddoel(title="Leeg"))),
            Programma(number="2", name="Leeg", goals=(Hoofddoel(title="Ook leeg"),)),
        ),
        unplaced=BlockText.from_plain("los"),
    )


def test_a_round_trip_keeps_everything_a_reader_gets_what_there_is() -> None:
    document = _small()
    assert _kinds(list(chapter_outline(document))) == [
        "P1", "GI", "A1", "Plan", "Realisation", "KeyFigures", "GII", "P2", "GI", "Unplaced"]
    assert _kinds(list(chapter_outline(document, for_reader=True))) == [
        "P1", "GI", "A1", "Plan", "Realisation", "KeyFigures"]
    assert "Plan" not in _kinds(list(chapter_outline(document, include_plan=False)))


def test_a_budget_shows_a_realisation_only_where_there_is_one() -> None:
    from verantwoording_app.domain.model import DocumentKind

    budget = replace(_small(), kind=DocumentKind.BEGROTING)
    assert not any(isinstance(item, Realisation) for item in chapter_outline(budget))
    assert any(isinstance(item, KeyFigures | Plan | Unplaced) for item in chapter_outline(budget))
