"""*Wat heeft het gekost*: the financial table of a programme and the variances that need explaining.

Lines are stored in the canonical sign (voordeel positief: baten positive, lasten
negative), so the saldo is a sum and every difference is ``realisatie − begroting na
wijziging``: positive is a voordeel. A document under ``voordeel_negatief`` sees every
amount multiplied by −1 (:func:`shown`). A difference needs an explanation when it is at
or above the threshold (``>=``: exactly € 25.000 at a threshold of € 25.000 counts).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .chapter import (
    Chapter,
    ChapterSettings,
    FinanceLine,
    LineKind,
    Threshold,
    VarianceExplanation,
    variance_key,
)
from .money import SignConvention, format_amount

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the table: three amounts and the difference, canonical sign."""

    label: str
    primitief: Decimal
    gewijzigd: Decimal
    realisatie: Decimal
    kind: LineKind | None = None
    """The ledger line it totals; None for saldo and resultaat."""
    total: bool = False

    @property
    def verschil(self) -> Decimal:
        return self.realisatie - self.gewijzigd


@dataclass(frozen=True, slots=True)
class FinanceTable:
    programme_id: str
    rows: tuple[Row, ...]

    def row(self, kind: LineKind) -> Row | None:
        return next((r for r in self.rows if r.kind is kind), None)


def _sum(lines: Iterable[FinanceLine], kind: LineKind) -> tuple[Decimal, Decimal, Decimal, bool]:
    p = g = r = ZERO
    seen = False
    for line in lines:
        if line.kind is kind:
            p, g, r, seen = p + line.primitief, g + line.gewijzigd, r + line.realisatie, True
    return p, g, r, seen


def table_for(programme_id: str, lines: Iterable[FinanceLine]) -> FinanceTable:
    """Lasten, baten, saldo; reserve mutations and the result only when the ledger has them."""
    own = [line for line in lines if line.programme_id == programme_id]
    rows: list[Row] = []
    totals = [ZERO, ZERO, ZERO]
    for kind in (LineKind.LASTEN, LineKind.BATEN):
        p, g, r, _ = _sum(own, kind)
        rows.append(Row(kind.label, p, g, r, kind))
        totals = [totals[0] + p, totals[1] + g, totals[2] + r]
    rows.append(Row("Saldo van baten en lasten", totals[0], totals[1], totals[2], total=True))
    reserves = [(kind, *_sum(own, kind)) for kind in (LineKind.TOEVOEGING, LineKind.ONTTREKKING)]
    if any(seen for *_, seen in reserves):
        for kind, p, g, r, _seen in reserves:
            rows.append(Row(kind.label, p, g, r, kind))
            totals = [totals[0] + p, totals[1] + g, totals[2] + r]
        rows.append(Row("Resultaat", totals[0], totals[1], totals[2], total=True))
    return FinanceTable(programme_id, tuple(rows))


def tables(chapter: Chapter, programme_ids: Iterable[str]) -> dict[str, FinanceTable]:
    by_programme: dict[str, list[FinanceLine]] = {}
    for line in chapter.lines:
        by_programme.setdefault(line.programme_id, []).append(line)
    return {pid: table_for(pid, by_programme.get(pid, ())) for pid in programme_ids if pid in by_programme}


def passes(difference: Decimal, budget: Decimal, threshold: Threshold) -> bool:
    """Whether a difference needs an explanation: at or above the amount and/or the percentage."""
    size = abs(difference)
    if size == ZERO:
        return False
    checks: list[bool] = []
    if threshold.amount is not None:
        checks.append(size >= threshold.amount)
    if threshold.percentage is not None:
        checks.append(budget == ZERO or size * 100 >= abs(budget) * threshold.percentage)
    if not checks:
        return False
    return all(checks) if threshold.both else any(checks)


@dataclass(frozen=True, slots=True)
class Variance:
    """A line whose difference passes the threshold: it needs an explanation."""

    programme_id: str
    kind: LineKind
    budget: Decimal
    realised: Decimal

    @property
    def amount(self) -> Decimal:
        return self.realised - self.budget

    @property
    def key(self) -> str:
        return variance_key(self.programme_id, self.kind)

    @property
    def voordeel(self) -> bool:
        return self.amount > 0

    @property
    def overspend(self) -> bool:
        """A lastenoverschrijding: more lasten than budgeted (the rechtmatigheid question)."""
        return self.kind is LineKind.LASTEN and self.amount < 0


def variances(chapter: Chapter, programme_ids: Iterable[str] | None = None) -> list[Variance]:
    """Every line of every programme whose difference passes the document's threshold, in order."""
    totals: dict[tuple[str, LineKind], list[Decimal]] = {}
    order: list[str] = []
    for line in chapter.lines:
        key = (line.programme_id, line.kind)
        slot = totals.get(key)
        if slot is None:
            slot = totals[key] = [ZERO, ZERO]
            if line.programme_id not in order:
                order.append(line.programme_id)
        slot[0] += line.gewijzigd
        slot[1] += line.realisatie
    wanted = list(programme_ids) if programme_ids is not None else order
    threshold = chapter.settings.threshold
    found = []
    for pid in wanted:
        for kind in LineKind:
            slot = totals.get((pid, kind))
            if slot is not None and passes(slot[1] - slot[0], slot[0], threshold):
                found.append(Variance(pid, kind, slot[0], slot[1]))
    return found


def shown(value: Decimal, settings: ChapterSettings) -> Decimal:
    """A canonical amount as the document shows it (its sign convention)."""
    return value * settings.sign.factor


def show(value: Decimal, settings: ChapterSettings, *, minus: str = "-") -> str:
    """Shown and formatted: ``-1.235`` for -1.234.567 at ``x € 1.000`` under voordeel positief."""
    return format_amount(shown(value, settings), settings.rounding, minus=minus)


def voordeel_word(variance_amount: Decimal) -> str:
    return "voordeel" if variance_amount > 0 else "nadeel"


def to_canonical(value: Decimal, sign: SignConvention) -> Decimal:
    """A ledger amount in the document's convention → canonical (the same factor both ways)."""
    return value * sign.factor


@dataclass(frozen=True, slots=True)
class VarianceState:
    """A variance with what is known about its explanation, for the overview, the form and ``check``."""

    variance: Variance
    explanation: VarianceExplanation | None

    @property
    def problems(self) -> tuple[str, ...]:
        return explanation_problems(self.variance, self.explanation)


def explanation_problems(variance: Variance, explanation: VarianceExplanation | None) -> tuple[str, ...]:
    """What is missing or wrong in a variance's explanation (Dutch, short)."""
    if explanation is None or not explanation.explained:
        return ("toelichting ontbreekt",)
    problems = []
    if explanation.nature is None:
        problems.append("incidenteel of structureel ontbreekt")
    if variance.overspend and not explanation.rechtmatigheid:
        problems.append("rechtmatigheidscategorie ontbreekt")
    if explanation.amount is not None and explanation.amount != variance.amount:
        problems.append("bedrag in de toelichting wijkt af van de tabel")
    return tuple(problems)


def variance_states(chapter: Chapter, programme_ids: Iterable[str] | None = None) -> list[VarianceState]:
    by_key: Mapping[str, VarianceExplanation] = {e.key: e for e in chapter.explanations}
    return [VarianceState(v, by_key.get(v.key)) for v in variances(chapter, programme_ids)]
