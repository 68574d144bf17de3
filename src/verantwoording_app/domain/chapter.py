"""The rest of a programme chapter besides the activities (BBV art. 8): what we wanted to achieve,
and what it cost.

*Wat wilden we bereiken*: an effect text per programme or goal (plan and realisation, block
text like an activity's) with effect indicators, and the mandatory beleidsindicatoren
(waarstaatjegemeente.nl) attached to a programme. *Wat heeft het gekost*: ledger lines per
programme (and taakveld) and, for each variance above the document's threshold, an
explanation with an owner and a deadline. Plain immutable data; amounts are Decimal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from .blocktext import EMPTY, BlockText
from .money import SignConvention

if TYPE_CHECKING:
    from datetime import date, datetime


def _new_id() -> str:
    import uuid

    return uuid.uuid4().hex


class LineKind(StrEnum):
    """A line of the financial table; ledger rows are one of these."""

    LASTEN = "lasten"
    BATEN = "baten"
    TOEVOEGING = "toevoeging_reserves"
    ONTTREKKING = "onttrekking_reserves"

    @property
    def label(self) -> str:
        return LINE_LABELS[self]

    @property
    def is_cost(self) -> bool:
        """Lasten and additions to reserves weigh on the result (negative under voordeel positief)."""
        return self in (LineKind.LASTEN, LineKind.TOEVOEGING)


LINE_LABELS: Final = {
    LineKind.LASTEN: "Lasten",
    LineKind.BATEN: "Baten",
    LineKind.TOEVOEGING: "Toevoegingen aan reserves",
    LineKind.ONTTREKKING: "Onttrekkingen aan reserves",
}


class Nature(StrEnum):
    INCIDENTEEL = "incidenteel"
    STRUCTUREEL = "structureel"


RECHTMATIGHEID_CATEGORIES: Final = (
    ("1", "Kostenoverschrijding bij activiteiten die niet passen binnen het bestaande beleid, zonder voorstel tot "
          "begrotingswijziging"),
    ("2", "Kostenoverschrijding binnen het bestaande beleid die ten onrechte niet tijdig is gesignaleerd"),
    ("3", "Kostenoverschrijding die (grotendeels) wordt gecompenseerd door direct gerelateerde opbrengsten"),
    ("4", "Kostenoverschrijding bij een open-einderegeling"),
    ("5", "Kostenoverschrijding die wordt gecompenseerd door extra inkomsten die niet direct gerelateerd zijn"),
    ("6", "Kostenoverschrijding die achteraf onrechtmatig blijkt (bijvoorbeeld na onderzoek van de "
          "subsidieverstrekker, de belastingdienst of een toezichthouder)"),
    ("7", "Kostenoverschrijding op een investering (krediet): zichtbaar in hogere afschrijvings- en "
          "financieringslasten, in het jaar van investeren of in latere jaren"),
)
"""The Commissie BBV's kinds of begrotingsafwijking (Kadernota Rechtmatigheid, table "soorten
begrotingsafwijkingen"), numbered as the Kadernota numbers them.

Checked against annual reports that quote the Kadernota's table, 1 to 6 word for word:
Schagen, jaarverslag 2017 (https://schagen.jaarverslag-2017.nl/p875/begrotingsrechtmatigheid), Nieuwegein,
jaarverslag 2017 (http://nieuwegein.jaarverslag-2017.nl/p699/analyse-begrotingsrechtmatigheid) and Etten-Leur,
jaarrekening 2018 ("Begrotingsafwijkingen - BBV": "zeven verschillende begrotingsoverschrijdingen"), all in the
same order (some municipalities, e.g. Bloemendaal 2016, renumber them). Category 7, the overspend on an
investment (7a the year of investing, 7b the depreciation and financing charges of later years), as Tiel quotes
the Kadernota 2017 (https://tiel.jaarverslag-2017.nl/p10028/begrotingsrechtmatigheid), whose table also has
1 to 6 in this order. The labels are short paraphrases.
"""
RECHTMATIGHEID_LABELS: Final = dict(RECHTMATIGHEID_CATEGORIES)


@dataclass(frozen=True, slots=True)
class FinanceLine:
    """One ledger row as stored, in the canonical sign (voordeel positief: lasten negative)."""

    programme_id: str
    kind: LineKind
    primitief: Decimal = Decimal(0)
    gewijzigd: Decimal = Decimal(0)
    realisatie: Decimal = Decimal(0)
    taakveld: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class FinanceSource:
    """Where the figures came from: shown beside the read-only table."""

    file: str = ""
    imported_at: datetime | None = None
    imported_by: str = ""
    rows: int = 0


@dataclass(frozen=True, slots=True)
class Threshold:
    """When a difference needs an explanation: at or above ``amount`` and/or ``percentage`` of the budget."""

    amount: Decimal | None = Decimal(25_000)
    percentage: Decimal | None = None
    both: bool = False
    """With an amount and a percentage: True, both must be reached; False, either is enough."""

    def describe(self) -> str:
        from .money import format_amount

        parts = []
        if self.amount is not None:
            parts.append(f"€ {format_amount(self.amount)}")
        if self.percentage is not None:
            parts.append(f"{str(self.percentage).replace('.', ',')}% van de begroting na wijziging")
        if not parts:
            return "geen drempel"
        return (" en " if self.both else " of ").join(parts)


@dataclass(frozen=True, slots=True)
class ChapterSettings:
    sign: SignConvention = SignConvention.VOORDEEL_POSITIEF
    rounding: int = 1
    """1: whole euros; 1000: ``x € 1.000``."""
    threshold: Threshold = field(default_factory=Threshold)


@dataclass(frozen=True, slots=True)
class VarianceExplanation:
    """The analysis of one variance: programme and line, with an owner and a deadline like an activity."""

    programme_id: str
    kind: LineKind
    cause: BlockText = EMPTY
    nature: Nature | None = None
    rechtmatigheid: str = ""
    """A category number of RECHTMATIGHEID_CATEGORIES (lastenoverschrijdingen)."""
    amount: Decimal | None = None
    """The difference the explanation was written for; ``check`` compares it with the table."""
    owner: str = ""
    deadline: date | None = None
    id: str = field(default_factory=_new_id)
    revision: int = 0
    updated_at: datetime | None = None
    updated_by: str = ""

    @property
    def key(self) -> str:
        return variance_key(self.programme_id, self.kind)

    @property
    def explained(self) -> bool:
        return self.cause.word_count() > 0


def variance_key(programme_id: str, kind: LineKind) -> str:
    return f"{programme_id}:{kind.value}"


@dataclass(frozen=True, slots=True)
class EffectText:
    """*Wat wilden we bereiken* for a programme (goal_id empty) or one of its goals."""

    programme_id: str
    goal_id: str = ""
    plan: BlockText = EMPTY
    realisation: BlockText = EMPTY
    owner: str = ""
    deadline: date | None = None
    id: str = field(default_factory=_new_id)
    revision: int = 0
    updated_at: datetime | None = None
    updated_by: str = ""


@dataclass(frozen=True, slots=True)
class YearValue:
    year: int
    value: Decimal | None


@dataclass(frozen=True, slots=True)
class EffectIndicator:
    programme_id: str
    name: str
    goal_id: str = ""
    unit: str = ""
    source: str = ""
    baseline: Decimal | None = None
    target: Decimal | None = None
    values: tuple[YearValue, ...] = ()
    """Realisation per year, oldest first."""
    peildatum: date | None = None
    explanation: str = ""
    id: str = field(default_factory=_new_id)


@dataclass(frozen=True, slots=True)
class PolicyIndicator:
    """A beleidsindicator as waarstaatjegemeente.nl publishes it, attached to a programme."""

    programme_id: str
    indicator: str
    unit: str = ""
    period: str = ""
    municipality: str = ""
    value: Decimal | None = None
    taakveld: str = ""
    comparison: str = ""
    """The comparison group (``Gemeenten 50.000-100.000 inwoners``, ``Nederland``) when present."""
    comparison_value: Decimal | None = None
    source: str = "waarstaatjegemeente.nl"
    id: str = field(default_factory=_new_id)


@dataclass(frozen=True, slots=True)
class Chapter:
    """Everything of the chapter beyond the activities, for one document."""

    settings: ChapterSettings = field(default_factory=ChapterSettings)
    lines: tuple[FinanceLine, ...] = ()
    source: FinanceSource = field(default_factory=FinanceSource)
    explanations: tuple[VarianceExplanation, ...] = ()
    effects: tuple[EffectText, ...] = ()
    indicators: tuple[EffectIndicator, ...] = ()
    policy_indicators: tuple[PolicyIndicator, ...] = ()

    def is_empty(self) -> bool:
        return not (self.lines or self.explanations or self.effects or self.indicators or self.policy_indicators)

    def lines_of(self, programme_id: str) -> tuple[FinanceLine, ...]:
        return tuple(line for line in self.lines if line.programme_id == programme_id)

    def effects_of(self, programme_id: str) -> tuple[EffectText, ...]:
        return tuple(e for e in self.effects if e.programme_id == programme_id)

    def indicators_of(self, programme_id: str) -> tuple[EffectIndicator, ...]:
        return tuple(i for i in self.indicators if i.programme_id == programme_id)

    def policy_indicators_of(self, programme_id: str) -> tuple[PolicyIndicator, ...]:
        return tuple(i for i in self.policy_indicators if i.programme_id == programme_id)

    def explanation_for(self, programme_id: str, kind: LineKind) -> VarianceExplanation | None:
        key = variance_key(programme_id, kind)
        return next((e for e in self.explanations if e.key == key), None)


EMPTY_CHAPTER: Final = Chapter()
