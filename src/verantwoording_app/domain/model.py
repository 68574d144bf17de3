"""The document tree: plain, immutable data shared by importers, exporters, storage and tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

from .blocktext import EMPTY, BlockText
from .chapter import EMPTY_CHAPTER, Chapter
from .status import DEFAULT_SCHEME, StatusScheme

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import date, datetime
    from decimal import Decimal


def new_id() -> str:
    """A stable, globally unique id for any node of the tree."""
    return uuid.uuid4().hex


class DocumentKind(StrEnum):
    BEGROTING = "begroting"
    JAARSTUKKEN = "jaarstukken"
    TUSSENRAPPORTAGE = "tussenrapportage"


class DocumentState(StrEnum):
    CONCEPT = "concept"
    VASTGESTELD = "vastgesteld"


class ReviewState(StrEnum):
    CONCEPT = "concept"
    TER_REVIEW = "ter_review"
    AKKOORD = "akkoord"
    VASTGESTELD = "vastgesteld"


REVIEW_LABELS: dict[ReviewState, str] = {
    ReviewState.CONCEPT: "Concept",
    ReviewState.TER_REVIEW: "Ter review",
    ReviewState.AKKOORD: "Akkoord",
    ReviewState.VASTGESTELD: "Vastgesteld",
}

DEFAULT_REVIEW_LABELS: tuple[str, str, str, str] = tuple(REVIEW_LABELS[s] for s in ReviewState)  # type: ignore[assignment]

DEFAULT_REALISATION_LABEL = "Uitvoering in {jaar}:"
DEFAULT_GOAL_INTRO = 'Voor hoofddoel {nummer} "{titel}" voeren we de volgende projecten en activiteiten uit:'


@dataclass(frozen=True, slots=True)
class Kengetal:
    """A key figure of an activity, e.g. 337 scholingscheques."""

    label: str
    unit: str = ""
    baseline: Decimal | None = None
    target: Decimal | None = None
    realised: Decimal | None = None
    source: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Opmerking:
    """A review remark on an activity."""

    author: str
    created_at: datetime
    text: str
    resolved: bool = False
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class Versie:
    """One recorded change of a text or field."""

    entity: str
    entity_id: str
    field: str
    old: str | None
    new: str | None
    author: str
    at: datetime


class LineageLevel(StrEnum):
    PROGRAMME = "programma"
    GOAL = "hoofddoel"
    ACTIVITY = "activiteit"


class Outcome(StrEnum):
    """What became of a node when its document was rolled over to the next."""

    CONTINUED = "doorgaan"
    FINISHED = "afgerond"
    CARRIED_OVER = "doorgeschoven"
    SPLIT = "gesplitst"
    MERGED = "samengevoegd"
    CARRIED = "overgenomen"
    """Taken over as it was (begroting → jaarstukken)."""


@dataclass(frozen=True, slots=True)
class LineageEntry:
    """One programme, goal or activity as it stood in an earlier document."""

    lineage: str
    level: LineageLevel
    kind: DocumentKind
    year: int
    code: str
    title: str
    plan: BlockText = EMPTY
    realisation: BlockText = EMPTY
    status: str = ""
    """The status as its label in that document's scheme."""
    owner: str = ""
    outcome: Outcome = Outcome.CARRIED
    programme: str = ""
    """Lineage id of the programme it stood under (goals, activities)."""
    goal: str = ""
    """Lineage id of the goal it stood under (activities)."""
    lineage_from: tuple[str, ...] = ()

    @property
    def document_title(self) -> str:
        return f"{KIND_NAMES[self.kind]} {self.year}"


KIND_NAMES = {
    DocumentKind.BEGROTING: "Begroting",
    DocumentKind.JAARSTUKKEN: "Jaarstukken",
    DocumentKind.TUSSENRAPPORTAGE: "Tussenrapportage",
}


@dataclass(frozen=True, slots=True)
class Activiteit:
    title: str
    plan: BlockText = EMPTY
    realisation: BlockText = EMPTY
    status: str | None = None
    owner: str = ""
    portfolio_holder: str = ""
    deadline: date | None = None
    review_state: ReviewState = ReviewState.CONCEPT
    internal_note: str = ""
    kengetallen: tuple[Kengetal, ...] = ()
    opmerkingen: tuple[Opmerking, ...] = ()
    id: str = field(default_factory=new_id)
    number: int = 0
    """Its number under the goal when it was cut out of a larger tree; 0: its position."""
    revision: int = 0
    updated_at: datetime | None = None
    updated_by: str = ""
    lineage: str = ""
    """Its line through documents and years; empty: the line starts here (its own id)."""
    lineage_from: tuple[str, ...] = ()
    """The lines it continues besides its own: split off from, or merged from."""
    plan_frozen: bool = False
    """The plan is the adopted budget's text: read-only until the coordinator unfreezes it."""

    @property
    def lineage_id(self) -> str:
        return self.lineage or self.id


@dataclass(frozen=True, slots=True)
class Hoofddoel:
    title: str
    activities: tuple[Activiteit, ...] = ()
    intro: str = ""
    """The goal's own intro sentence where it differs from the document's template."""
    id: str = field(default_factory=new_id)
    number: int = 0
    """Its number in the programme when cut out of a larger tree; 0: its position."""
    lineage: str = ""
    lineage_from: tuple[str, ...] = ()

    @property
    def lineage_id(self) -> str:
        return self.lineage or self.id


@dataclass(frozen=True, slots=True)
class Programma:
    number: str
    name: str
    goals: tuple[Hoofddoel, ...] = ()
    intro: BlockText = EMPTY
    """Text between the section heading and the first goal."""
    id: str = field(default_factory=new_id)
    lineage: str = ""
    lineage_from: tuple[str, ...] = ()

    @property
    def lineage_id(self) -> str:
        return self.lineage or self.id

    @property
    def display_name(self) -> str:
        return programme_display_name(self.number, self.name)


def programme_display_name(number: str, name: str) -> str:
    """``Programma 1 Werk en inkomen``: how a programme is named in lists and headings."""
    return f"Programma {number} {name}".strip() if name else f"Programma {number}"


@dataclass(frozen=True, slots=True)
class Document:
    year: int
    kind: DocumentKind = DocumentKind.JAARSTUKKEN
    municipality: str = ""
    title_lines: tuple[str, ...] = ()
    section_number: str = ""
    section_title: str = ""
    realisation_label: str = DEFAULT_REALISATION_LABEL
    goal_intro: str = DEFAULT_GOAL_INTRO
    status_scheme: StatusScheme = DEFAULT_SCHEME
    review_labels: tuple[str, str, str, str] = DEFAULT_REVIEW_LABELS
    """The document's own names for concept, ter review, akkoord, vastgesteld."""
    state: DocumentState = DocumentState.CONCEPT
    footer: str = ""
    unplaced: BlockText = EMPTY
    """Text the importer could not place; shown in the editor, never lost."""
    programmes: tuple[Programma, ...] = ()
    id: str = field(default_factory=new_id)
    past: tuple[LineageEntry, ...] = ()
    """What the programmes, goals and activities were in earlier documents (rollover)."""
    chapter: Chapter = EMPTY_CHAPTER
    """Wat wilden we bereiken and wat heeft het gekost: effect texts, indicators, finances (domain.chapter)."""

    @property
    def title(self) -> str:
        kind = KIND_NAMES[self.kind]
        place = f" {self.municipality}" if self.municipality else ""
        return f"{kind}{place} {self.year}"

    def review_label(self, state: ReviewState | str) -> str:
        return self.review_labels[list(ReviewState).index(ReviewState(state))]

    def realisation_heading(self) -> str:
        return self.realisation_label.replace("{jaar}", str(self.year))

    def goal_heading(self, goal_index: int, goal: Hoofddoel) -> str:
        template = goal.intro or self.goal_intro
        numeral = roman(goal.number or goal_index + 1)
        return template.replace("{nummer}", numeral).replace("{titel}", goal.title)

    def iter_activities(self) -> Iterator[ActivityPlace]:
        for programme in self.programmes:
            for goal_index, goal in enumerate(programme.goals):
                for activity_index, activity in enumerate(goal.activities):
                    yield ActivityPlace(programme, goal, goal_index, activity_index, activity)

    def activity_count(self) -> int:
        return sum(len(goal.activities) for programme in self.programmes for goal in programme.goals)


@dataclass(frozen=True, slots=True)
class ActivityPlace:
    """An activity with where it stands: its programme, goal and numbering."""

    programme: Programma
    goal: Hoofddoel
    goal_index: int
    activity_index: int
    activity: Activiteit

    @property
    def numeral(self) -> str:
        return roman(self.goal.number or self.goal_index + 1)

    @property
    def number(self) -> int:
        return self.activity.number or self.activity_index + 1

    @property
    def code(self) -> str:
        """A short reference, e.g. ``1.II.3``."""
        return f"{self.programme.number}.{self.numeral}.{self.number}"


_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)


@lru_cache(maxsize=512)
def roman(number: int) -> str:
    """Roman numeral of a goal number (1 → I); asked for once per activity by exporters, so kept."""
    if number < 1:
        raise ValueError("roman numerals start at 1")
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def from_roman(text: str) -> int:
    """Integer value of a Roman numeral; ValueError when it is not one."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    text = text.strip().upper()
    if not text or any(ch not in values for ch in text):
        raise ValueError(f"geen Romeins cijfer: {text!r}")
    total = 0
    for index, ch in enumerate(text):
        value = values[ch]
        if index + 1 < len(text) and values[text[index + 1]] > value:
            total -= value
        else:
            total += value
    if roman(total) != text:
        raise ValueError(f"geen geldig Romeins cijfer: {text!r}")
    return total
