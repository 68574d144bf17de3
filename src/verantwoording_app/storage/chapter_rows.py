"""Rows ↔ the chapter data (domain.chapter), within a session; used by the store and ChapterStore."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.blocktext import parse_markdown
from ..domain.chapter import (
    Chapter,
    ChapterSettings,
    EffectIndicator,
    EffectText,
    FinanceLine,
    FinanceSource,
    LineKind,
    Nature,
    PolicyIndicator,
    Threshold,
    VarianceExplanation,
    YearValue,
)
from ..domain.money import SignConvention
from .tables import (
    ChapterSettingsRow,
    EffectIndicatorRow,
    EffectTextRow,
    FinanceLineRow,
    PolicyIndicatorRow,
    ProgrammeRow,
    VarianceExplanationRow,
)


def amount_text(value: Decimal | None) -> str | None:
    """Exact, never an exponent (``-1234.50``)."""
    return None if value is None else format(value, "f")


def amount_of(text: str | None) -> Decimal | None:
    if text is None or text == "":
        return None
    return Decimal(text)


def settings_from_row(row: ChapterSettingsRow | None) -> tuple[ChapterSettings, FinanceSource]:
    if row is None:
        return ChapterSettings(), FinanceSource()
    try:
        sign = SignConvention(row.sign)
    except ValueError:
        sign = SignConvention.VOORDEEL_POSITIEF
    settings = ChapterSettings(
        sign=sign, rounding=row.rounding if row.rounding in (1, 1000) else 1,
        threshold=Threshold(amount_of(row.threshold_amount), amount_of(row.threshold_percentage),
                            bool(row.threshold_both)),
    )
    return settings, FinanceSource(row.finance_file, row.finance_imported_at, row.finance_imported_by,
                                   row.finance_rows)


def line_from_row(row: FinanceLineRow) -> FinanceLine:
    return FinanceLine(row.programme_id, LineKind(row.kind), Decimal(row.primitief), Decimal(row.gewijzigd),
                       Decimal(row.realisatie), row.taakveld, row.description)


def explanation_from_row(row: VarianceExplanationRow) -> VarianceExplanation:
    return VarianceExplanation(
        programme_id=row.programme_id, kind=LineKind(row.kind), cause=parse_markdown(row.cause),
        nature=Nature(row.nature) if row.nature in tuple(Nature) else None, rechtmatigheid=row.rechtmatigheid,
        amount=amount_of(row.amount), owner=row.owner, deadline=row.deadline, id=row.id, revision=row.revision,
        updated_at=row.updated_at, updated_by=row.updated_by,
    )


def effect_from_row(row: EffectTextRow) -> EffectText:
    return EffectText(
        programme_id=row.programme_id, goal_id=row.goal_id or "", plan=parse_markdown(row.plan),
        realisation=parse_markdown(row.realisation), owner=row.owner, deadline=row.deadline, id=row.id,
        revision=row.revision, updated_at=row.updated_at, updated_by=row.updated_by,
    )


def year_values_text(values: tuple[YearValue, ...]) -> str:
    return json.dumps([[v.year, amount_text(v.value)] for v in values])


def year_values_of(text: str) -> tuple[YearValue, ...]:
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(YearValue(int(year), amount_of(value)) for year, value in data)


def indicator_from_row(row: EffectIndicatorRow) -> EffectIndicator:
    return EffectIndicator(
        programme_id=row.programme_id, name=row.name, goal_id=row.goal_id or "", unit=row.unit, source=row.source,
        baseline=amount_of(row.baseline), target=amount_of(row.target), values=year_values_of(row.year_values),
        peildatum=row.peildatum, explanation=row.explanation, id=row.id,
    )


def indicator_values(indicator: EffectIndicator, position: int) -> dict[str, Any]:
    return dict(
        id=indicator.id, programme_id=indicator.programme_id, goal_id=indicator.goal_id or None, position=position,
        name=indicator.name, unit=indicator.unit, source=indicator.source, baseline=amount_text(indicator.baseline),
        target=amount_text(indicator.target), year_values=year_values_text(indicator.values),
        peildatum=indicator.peildatum, explanation=indicator.explanation,
    )


def policy_from_row(row: PolicyIndicatorRow) -> PolicyIndicator:
    return PolicyIndicator(
        programme_id=row.programme_id, indicator=row.indicator, unit=row.unit, period=row.period,
        municipality=row.municipality, value=amount_of(row.value), taakveld=row.taakveld,
        comparison=row.comparison, comparison_value=amount_of(row.comparison_value), source=row.source, id=row.id,
    )


def policy_values(item: PolicyIndicator, position: int) -> dict[str, Any]:
    return dict(
        id=item.id, programme_id=item.programme_id, position=position, indicator=item.indicator, unit=item.unit,
        period=item.period, municipality=item.municipality, value=amount_text(item.value), taakveld=item.taakveld,
        comparison=item.comparison, comparison_value=amount_text(item.comparison_value), source=item.source,
    )


def load_chapter(session: Session, document_id: str) -> Chapter:
    """The chapter of a document in a few queries (ordered as the programmes are)."""
    settings, source = settings_from_row(session.get(ChapterSettingsRow, document_id))
    order = {pid: index for index, pid in enumerate(session.scalars(
        select(ProgrammeRow.id).where(ProgrammeRow.document_id == document_id).order_by(ProgrammeRow.position)))}
    ids = list(order)
    if not ids:
        return Chapter(settings=settings, source=source)

    def of(table: Any, *extra: Any) -> list[Any]:
        rows: list[Any] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows.extend(session.scalars(select(table).where(table.programme_id.in_(chunk)).order_by(*extra)))
        rows.sort(key=lambda r: order.get(r.programme_id, 0))
        return rows

    lines = _lines(session, ids, order)
    explanations = tuple(explanation_from_row(r) for r in of(VarianceExplanationRow, VarianceExplanationRow.kind))
    effects = tuple(effect_from_row(r) for r in of(EffectTextRow, EffectTextRow.id))
    indicators = tuple(indicator_from_row(r) for r in of(EffectIndicatorRow, EffectIndicatorRow.position))
    policy = tuple(policy_from_row(r) for r in of(PolicyIndicatorRow, PolicyIndicatorRow.position))
    return Chapter(settings=settings, lines=lines, source=source, explanations=explanations, effects=effects,
                   indicators=indicators, policy_indicators=policy)


def _lines(session: Session, ids: list[str], order: dict[str, int]) -> tuple[FinanceLine, ...]:
    """The ledger lines as plain tuples (no ORM objects: a ledger has thousands of rows)."""
    t = FinanceLineRow.__table__.c
    rows: list[Any] = []
    for start in range(0, len(ids), 500):
        rows.extend(session.execute(
            select(t.programme_id, t.kind, t.primitief, t.gewijzigd, t.realisatie, t.taakveld, t.description,
                   t.position).where(t.programme_id.in_(ids[start:start + 500]))).all())
    rows.sort(key=lambda r: (order.get(r[0], 0), r[7]))
    kinds = {kind.value: kind for kind in LineKind}
    return tuple(FinanceLine(r[0], kinds[r[1]], Decimal(r[2]), Decimal(r[3]), Decimal(r[4]), r[5], r[6])
                 for r in rows)


def date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()
