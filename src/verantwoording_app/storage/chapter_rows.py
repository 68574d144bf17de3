"""Rows ↔ the chapter data (domain.chapter), within a session; used by the store and ChapterStore."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, select

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

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from sqlalchemy.orm import Session

MAX_DESCRIPTION = 2_000
"""A ledger row's description (taakveld name); the reader already cuts cells at this length."""


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


def load_chapter(session: Session, document_id: str, *, lines: bool = True) -> Chapter:
    """The chapter of a document in a few queries (ordered as the programmes are); ``lines=False``: without
    the ledger lines (whoever asks has them already)."""
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

    ledger = _lines(session, ids, order) if lines else ()
    explanations = tuple(explanation_from_row(r) for r in of(VarianceExplanationRow, VarianceExplanationRow.kind))
    effect_rows = of(EffectTextRow, EffectTextRow.id)
    if any(r.goal_id for r in effect_rows):  # the programme's own text first, then its goals' in their order
        from .tables import GoalRow

        goal_ids = sorted({r.goal_id for r in effect_rows if r.goal_id})
        positions: dict[str, int] = {}
        for start in range(0, len(goal_ids), 500):
            positions.update(session.execute(select(GoalRow.id, GoalRow.position)
                                             .where(GoalRow.id.in_(goal_ids[start:start + 500]))).all())
        effect_rows.sort(key=lambda r: (order.get(r.programme_id, 0), positions.get(r.goal_id, -1) if r.goal_id
                                        else -1))
    effects = tuple(effect_from_row(r) for r in effect_rows)
    indicators = tuple(indicator_from_row(r) for r in of(EffectIndicatorRow, EffectIndicatorRow.position))
    policy = tuple(policy_from_row(r) for r in of(PolicyIndicatorRow, PolicyIndicatorRow.position))
    return Chapter(settings=settings, lines=ledger, source=source, explanations=explanations, effects=effects,
                   indicators=indicators, policy_indicators=policy)


def _lines(session: Session, ids: list[str], order: dict[str, int]) -> tuple[FinanceLine, ...]:
    """The ledger lines as plain tuples (no ORM objects: a ledger has thousands of rows)."""
    t = cast("Table", FinanceLineRow.__table__).c
    rows: list[Any] = []
    for start in range(0, len(ids), 500):
        rows.extend(session.execute(
            select(t.programme_id, t.kind, t.primitief, t.gewijzigd, t.realisatie, t.taakveld, t.description,
                   t.position).where(t.programme_id.in_(ids[start:start + 500]))).all())
    rows.sort(key=lambda r: (order.get(r[0], 0), r[7]))
    kinds = {kind.value: kind for kind in LineKind}
    return tuple(FinanceLine(r[0], kinds[r[1]], Decimal(r[2]), Decimal(r[3]), Decimal(r[4]), r[5], r[6])
                 for r in rows)


LINE_COLUMNS = ("programme_id", "position", "kind", "taakveld", "description", "primitief", "gewijzigd",
                "realisatie")


def insert_lines(session: Session, lines: Sequence[FinanceLine], *, start: int = 0) -> None:
    """Ledger lines inserted in one executemany of plain tuples (ten thousand rows: no per-row statement
    compilation, no ORM objects); texts cut to their column and cleaned, amounts exact."""
    from ..domain.limits import clean_text

    text = amount_text
    connection = session.connection()
    marks = ", ".join(["?" if connection.dialect.paramstyle == "qmark" else "%s"] * len(LINE_COLUMNS))
    statement = f"INSERT INTO finance_lines ({', '.join(LINE_COLUMNS)}) VALUES ({marks})"
    rows = [(line.programme_id, start + index, line.kind.value, clean_text(line.taakveld[:200])[0],
             clean_text(line.description[:MAX_DESCRIPTION])[0], text(line.primitief), text(line.gewijzigd),
             text(line.realisatie)) for index, line in enumerate(lines)]
    connection.exec_driver_sql(statement, rows)


def date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def insert_chapter(session: Session, document_id: str, chapter: Chapter, author: str, stamp: Any) -> None:
    """Write a whole chapter for a document whose programmes (and goals) are in this session; rows of
    programmes it does not have are left out. Nothing is deleted (a new document, or after a delete)."""
    from ..domain.blocktext import render_markdown
    from .tables import GoalRow

    if chapter.is_empty() and chapter.settings == ChapterSettings():
        return
    known = set(session.scalars(select(ProgrammeRow.id).where(ProgrammeRow.document_id == document_id)))
    goals = set(session.scalars(select(GoalRow.id).where(GoalRow.programme_id.in_(known)))) if known else set()
    s = chapter.settings
    row = session.get(ChapterSettingsRow, document_id)
    if row is None:
        row = ChapterSettingsRow(document_id=document_id)
        session.add(row)
    row.sign, row.rounding = s.sign.value, s.rounding
    row.threshold_amount, row.threshold_percentage = amount_text(s.threshold.amount), amount_text(s.threshold.percentage)
    row.threshold_both = s.threshold.both
    row.finance_file, row.finance_rows = chapter.source.file[:500], chapter.source.rows
    row.finance_imported_at, row.finance_imported_by = chapter.source.imported_at, chapter.source.imported_by[:200]
    lines = [line for line in chapter.lines if line.programme_id in known]
    if lines:
        insert_lines(session, lines)
    for e in chapter.explanations:
        if e.programme_id in known:
            session.add(VarianceExplanationRow(
                id=e.id, programme_id=e.programme_id, kind=e.kind.value, cause=render_markdown(e.cause),
                nature=e.nature.value if e.nature else "", rechtmatigheid=e.rechtmatigheid,
                amount=amount_text(e.amount), owner=e.owner, deadline=e.deadline, revision=1,
                updated_at=e.updated_at or stamp, updated_by=e.updated_by or author))
    for f in chapter.effects:
        if f.programme_id in known:
            session.add(EffectTextRow(
                id=f.id, programme_id=f.programme_id, goal_id=f.goal_id if f.goal_id in goals else None,
                plan=render_markdown(f.plan), realisation=render_markdown(f.realisation), owner=f.owner,
                deadline=f.deadline, revision=1, updated_at=f.updated_at or stamp, updated_by=f.updated_by or author))
    indicators = [i for i in chapter.indicators if i.programme_id in known]
    for n, i in enumerate(indicators):
        values = indicator_values(i, n)
        values["goal_id"] = i.goal_id if i.goal_id in goals else None
        session.add(EffectIndicatorRow(**values))
    for n, p in enumerate(p for p in chapter.policy_indicators if p.programme_id in known):
        session.add(PolicyIndicatorRow(**policy_values(p, n)))
    session.flush()
