"""The chapter as one sequence of headings and texts: what every text exporter walks and renders.

P&C text, Markdown, Word, the clipboard/preview HTML and the website's overview all walk
``chapter_outline``: per programme its heading, its introduction, *Wat wilden we bereiken?* (when the
programme has chapter data and the part is wanted), *Wat hebben we daarvoor gedaan?* over the goals and
their activities (each with its plan, the realisation under the document's realisation label and its key
figures), then *Wat heeft het gekost?*; after the programmes the text the import could not place. Which
items appear and in which order is decided here once; how each looks is the exporter's business.

Two ways to walk it. The formats that are read back (P&C text, Markdown) keep every programme and goal,
also an empty one, and the unplaced text, so that a round trip loses nothing. A document for readers
(``for_reader``: Word, HTML, the website) leaves out goals without activities (after a selection), the
programmes left with nothing to show, and the unplaced text, which is not part of the chapter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .chapter_text import (
    ALL_PARTS,
    QUESTION_ACTIVITIES,
    QUESTION_COSTS,
    QUESTION_EFFECTS,
    ChapterParts,
    chapter_questions,
)
from .model import Activiteit, ActivityPlace, Document, DocumentKind, Hoofddoel, Programma, roman

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .blocktext import BlockText


@dataclass(frozen=True, slots=True)
class ProgrammeHeading:
    programme: Programma


@dataclass(frozen=True, slots=True)
class Intro:
    """The programme's introduction (never empty)."""

    programme: Programma
    text: BlockText


@dataclass(frozen=True, slots=True)
class Question:
    """One of the chapter's three questions: effects and costs with their text, the activities question as a
    heading over the goals (``text`` None)."""

    programme: Programma
    heading: str
    text: BlockText | None


@dataclass(frozen=True, slots=True)
class GoalHeading:
    programme: Programma
    index: int
    goal: Hoofddoel
    heading: str
    """The document's goal intro for this goal (``Voor hoofddoel I "…" voeren we … uit:``)."""

    @property
    def numeral(self) -> str:
        return roman(self.goal.number or self.index + 1)


@dataclass(frozen=True, slots=True)
class ActivityHeading:
    """``N. Titel``: ``place.number`` and the activity's title."""

    place: ActivityPlace

    @property
    def activity(self) -> Activiteit:
        return self.place.activity


@dataclass(frozen=True, slots=True)
class Plan:
    """The activity's plan (never empty; left out when the export leaves plans out)."""

    place: ActivityPlace
    text: BlockText


@dataclass(frozen=True, slots=True)
class Realisation:
    """The realisation under its label; in a budget (begroting) only where there is one."""

    place: ActivityPlace
    label: str
    text: BlockText


@dataclass(frozen=True, slots=True)
class KeyFigures:
    """The activity's key figures (there are some); an exporter shows them when asked to."""

    place: ActivityPlace


@dataclass(frozen=True, slots=True)
class Unplaced:
    """Text the import could not place (never empty; not in a document for readers)."""

    text: BlockText


OutlineItem = ProgrammeHeading | Intro | Question | GoalHeading | ActivityHeading | Plan | Realisation | KeyFigures | Unplaced


def programme_headings(document: Document) -> bool:
    """Whether programmes get a heading of their own: more than one, or a named one. A single unnamed
    programme is headed by the section (``2.1.2.2 Wat hebben we gedaan?``), as the published chapter is."""
    return len(document.programmes) > 1 or any(p.name for p in document.programmes)


def section_heading(document: Document) -> str:
    """``2.1.2.2 Wat hebben we gedaan?``: the section number and title, or ""."""
    return f"{document.section_number} {document.section_title}".strip()


def chapter_outline(document: Document, parts: ChapterParts = ALL_PARTS, *, include_plan: bool = True,
                    for_reader: bool = False) -> Iterator[OutlineItem]:
    """The chapter's items in order (see the module's description)."""
    label = document.realisation_heading()
    with_realisation = document.kind is not DocumentKind.BEGROTING
    for programme in document.programmes:
        goals = [(index, goal) for index, goal in enumerate(programme.goals) if goal.activities or not for_reader]
        questions = chapter_questions(document, programme, parts)
        if for_reader and not goals and not questions:
            continue
        yield ProgrammeHeading(programme)
        if not programme.intro.is_empty:
            yield Intro(programme, programme.intro)
        for heading, text in questions:
            if heading == QUESTION_EFFECTS:
                yield Question(programme, heading, text)
        if questions and parts.activities and goals:
            yield Question(programme, QUESTION_ACTIVITIES, None)
        for goal_index, goal in goals if parts.activities else ():
            yield GoalHeading(programme, goal_index, goal, document.goal_heading(goal_index, goal))
            for activity_index, activity in enumerate(goal.activities):
                place = ActivityPlace(programme, goal, goal_index, activity_index, activity)
                yield ActivityHeading(place)
                if include_plan and not activity.plan.is_empty:
                    yield Plan(place, activity.plan)
                if with_realisation or not activity.realisation.is_empty:
                    yield Realisation(place, label, activity.realisation)
                if activity.kengetallen:
                    yield KeyFigures(place)
        for heading, text in questions:
            if heading == QUESTION_COSTS:
                yield Question(programme, heading, text)
    if not for_reader and not document.unplaced.is_empty:
        yield Unplaced(document.unplaced)
