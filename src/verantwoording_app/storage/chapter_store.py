"""Storage of the programme chapter beyond the activities: settings, ledger lines, variance
explanations, effect texts and indicators. Every change of a text or field is a Versie."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from sqlalchemy import Table, delete, func, insert, select

from ..domain.blocktext import BlockText, render_markdown
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
    VarianceExplanation,
)
from ..domain.errors import StorageError, UserError
from ..domain.limits import MAX_NAME_CHARS
from ..domain.messages import Message
from ..domain.model import new_id
from . import chapter_rows as rows_mod
from .mapping import now
from .store import ConflictError, Store, guarded_field
from .tables import (
    ChapterSettingsRow,
    EffectIndicatorRow,
    EffectTextRow,
    FinanceLineRow,
    PolicyIndicatorRow,
    ProgrammeRow,
    VarianceExplanationRow,
    VersionRow,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from sqlalchemy.orm import Session

MAX_DESCRIPTION = rows_mod.MAX_DESCRIPTION
EXPLANATION_FIELDS = ("cause", "nature", "rechtmatigheid", "amount", "owner", "deadline")
EFFECT_FIELDS = ("plan", "realisation", "owner", "deadline")


class ChapterStore:
    """The chapter tables of one Store (its current document)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def load(self, *, lines: bool = True) -> Chapter:
        """The chapter; ``lines=False`` leaves the ledger lines out (thousands of rows the caller has)."""
        doc_id = self.store.document_id()
        with self.store.transaction() as session:
            return rows_mod.load_chapter(session, doc_id, lines=lines)

    # -- settings -------------------------------------------------------------------------

    def settings(self) -> tuple[ChapterSettings, FinanceSource]:
        doc_id = self.store.document_id()
        with self.store.transaction() as session:
            return rows_mod.settings_from_row(session.get(ChapterSettingsRow, doc_id))

    def _settings_row(self, session: Session, doc_id: str) -> ChapterSettingsRow:
        row = session.get(ChapterSettingsRow, doc_id)
        if row is None:
            defaults = ChapterSettings()
            row = ChapterSettingsRow(
                document_id=doc_id, sign=defaults.sign.value, rounding=defaults.rounding,
                threshold_amount=rows_mod.amount_text(defaults.threshold.amount),
                threshold_percentage=rows_mod.amount_text(defaults.threshold.percentage),
                threshold_both=defaults.threshold.both, finance_file="", finance_imported_by="", finance_rows=0,
            )
            session.add(row)
            session.flush()
        return row

    def set_settings(self, settings: ChapterSettings, *, author: str) -> None:
        if settings.rounding not in (1, 1000):
            raise UserError(Message.of("chapter.rounding"))
        threshold = settings.threshold
        for limit in (threshold.amount, threshold.percentage):
            if limit is not None and limit < 0:
                raise UserError(Message.of("chapter.threshold_negative"))
        doc_id = self.store.document_id()
        with self.store.transaction() as session:
            row = self._settings_row(session, doc_id)
            values: dict[str, object] = {
                "sign": settings.sign.value, "rounding": settings.rounding,
                "threshold_amount": rows_mod.amount_text(threshold.amount),
                "threshold_percentage": rows_mod.amount_text(threshold.percentage),
                "threshold_both": threshold.both,
            }
            for name, value in values.items():
                old = getattr(row, name)
                if old == value:
                    continue
                session.add(VersionRow(entity="document", entity_id=doc_id, field=f"financien.{name}",
                                       old=None if old is None else str(old),
                                       new=None if value is None else str(value), author=author, at=now()))
                setattr(row, name, value)

    # -- ledger lines ------------------------------------------------------------------------

    def replace_lines(self, lines: Iterable[FinanceLine], source: FinanceSource, *, author: str) -> int:
        """All ledger lines replaced in one transaction (a new import); the totals before and after in history."""
        new = list(lines)
        doc_id = self.store.document_id()
        with self.store.transaction() as session:
            programme_ids = set(session.scalars(select(ProgrammeRow.id).where(ProgrammeRow.document_id == doc_id)))
            stray = {line.programme_id for line in new} - programme_ids
            if stray:
                raise StorageError(Message.of("chapter.ledger_programme_gone"))
            before = self._totals_text(session, programme_ids)
            for chunk in _chunks(sorted(programme_ids)):
                session.execute(delete(FinanceLineRow).where(FinanceLineRow.programme_id.in_(chunk)))
            if new:
                rows_mod.insert_lines(session, new)
            row = self._settings_row(session, doc_id)
            row.finance_file = source.file[:500]
            row.finance_imported_at = source.imported_at or now()
            row.finance_imported_by = (source.imported_by or author)[:MAX_NAME_CHARS]
            row.finance_rows = source.rows or len(new)
            after = _summary(new)
            session.add(VersionRow(entity="document", entity_id=doc_id, field="financien", old=before, new=after,
                                   author=author, at=now()))
        return len(new)

    def add_lines(self, lines: Iterable[FinanceLine], *, author: str, source: str) -> set[str]:
        """Ledger lines added for programmes that have none yet (a published chapter added to the document);
        the programmes that already had lines keep theirs. Returns the programmes whose lines were left out."""
        new = list(lines)
        doc_id = self.store.document_id()
        with self.store.transaction() as session:
            programme_ids = set(session.scalars(select(ProgrammeRow.id).where(ProgrammeRow.document_id == doc_id)))
            wanted = {line.programme_id for line in new} & programme_ids
            having = set(session.scalars(select(FinanceLineRow.programme_id).distinct()
                                         .where(FinanceLineRow.programme_id.in_(sorted(wanted))))) if wanted else set()
            taken = [line for line in new if line.programme_id in wanted - having]
            if taken:
                before = self._totals_text(session, programme_ids)
                start = session.scalar(select(func.count()).select_from(FinanceLineRow)
                                       .where(FinanceLineRow.programme_id.in_(sorted(programme_ids)))) or 0
                rows_mod.insert_lines(session, taken, start=start)
                row = self._settings_row(session, doc_id)
                if not row.finance_file:
                    row.finance_file, row.finance_imported_at = source[:500], now()
                    row.finance_imported_by, row.finance_rows = author[:MAX_NAME_CHARS], len(taken)
                session.add(VersionRow(entity="document", entity_id=doc_id, field="financien", old=before,
                                       new=self._totals_text(session, programme_ids), author=author, at=now()))
        return {line.programme_id for line in new} & having

    def _totals_text(self, session: Session, programme_ids: set[str]) -> str:
        """A short summary for history: rows and the sum of each column."""
        if not programme_ids:
            return ""
        t = cast("Table", FinanceLineRow.__table__).c
        rows: list[tuple[str, str, str]] = []
        for chunk in _chunks(sorted(programme_ids)):
            rows.extend(session.execute(select(t.primitief, t.gewijzigd, t.realisatie)  # Core: plain tuples
                                        .where(t.programme_id.in_(chunk))).all())
        count = len(rows)
        if not count:
            return ""
        sums = [sum(map(Decimal, column), Decimal(0)) for column in zip(*rows, strict=True)]
        return f"{count} regels; primitief {sums[0]}, na wijziging {sums[1]}, realisatie {sums[2]}"

    # -- variance explanations ---------------------------------------------------------------

    def save_explanation(self, programme_id: str, kind: LineKind, changes: Mapping[str, object], *, author: str,
                         expected_revision: int | None = None) -> VarianceExplanation:
        """Change fields of a variance explanation (created on first save); each change a Versie."""
        stamp = now()
        with self.store.transaction() as session:
            if session.get(ProgrammeRow, programme_id) is None:
                raise StorageError(Message.of("chapter.programme_gone"))
            row = session.scalar(select(VarianceExplanationRow).where(
                VarianceExplanationRow.programme_id == programme_id, VarianceExplanationRow.kind == kind.value))
            if row is None:
                row = VarianceExplanationRow(id=new_id(), programme_id=programme_id, kind=kind.value, cause="",
                                             nature="", rechtmatigheid="", owner="", revision=1, updated_by="")
                session.add(row)
                session.flush()
            elif expected_revision is not None and row.revision != expected_revision:
                raise ConflictError(Message.of("chapter.explanation_conflict"))
            if _apply(session, row, "variance", EXPLANATION_FIELDS, changes, author, stamp):
                row.revision += 1
            session.flush()
            return rows_mod.explanation_from_row(row)

    def explanation(self, programme_id: str, kind: LineKind) -> VarianceExplanation | None:
        with self.store.transaction() as session:
            row = session.scalar(select(VarianceExplanationRow).where(
                VarianceExplanationRow.programme_id == programme_id, VarianceExplanationRow.kind == kind.value))
            return None if row is None else rows_mod.explanation_from_row(row)

    # -- effect texts --------------------------------------------------------------------------

    def save_effect(self, programme_id: str, goal_id: str, changes: Mapping[str, object], *, author: str,
                    expected_revision: int | None = None) -> EffectText:
        stamp = now()
        with self.store.transaction() as session:
            if session.get(ProgrammeRow, programme_id) is None:
                raise StorageError(Message.of("chapter.programme_gone"))
            query = select(EffectTextRow).where(EffectTextRow.programme_id == programme_id)
            query = query.where(EffectTextRow.goal_id.is_(None) if not goal_id else EffectTextRow.goal_id == goal_id)
            row = session.scalar(query)
            if row is None:
                row = EffectTextRow(id=new_id(), programme_id=programme_id, goal_id=goal_id or None, plan="",
                                    realisation="", owner="", revision=1, updated_by="")
                session.add(row)
                session.flush()
            elif expected_revision is not None and row.revision != expected_revision:
                raise ConflictError(Message.of("chapter.effect_conflict"))
            if _apply(session, row, "effect", EFFECT_FIELDS, changes, author, stamp):
                row.revision += 1
            session.flush()
            return rows_mod.effect_from_row(row)

    def effect(self, effect_id: str) -> EffectText | None:
        with self.store.transaction() as session:
            row = session.get(EffectTextRow, effect_id)
            return None if row is None else rows_mod.effect_from_row(row)

    # -- indicators ------------------------------------------------------------------------------

    def replace_indicators(self, programme_id: str, indicators: Iterable[EffectIndicator], *, author: str) -> None:
        items = [replace(i, programme_id=programme_id) for i in indicators]
        with self.store.transaction() as session:
            old = [rows_mod.indicator_from_row(r) for r in session.scalars(
                select(EffectIndicatorRow).where(EffectIndicatorRow.programme_id == programme_id)
                .order_by(EffectIndicatorRow.position))]
            session.execute(delete(EffectIndicatorRow).where(EffectIndicatorRow.programme_id == programme_id))
            if items:
                session.execute(insert(EffectIndicatorRow),
                                [rows_mod.indicator_values(i, n) for n, i in enumerate(items)])
            before, after = indicators_text(old), indicators_text(items)
            if before != after:
                session.add(VersionRow(entity="programme", entity_id=programme_id, field="effectindicatoren",
                                       old=before, new=after, author=author, at=now()))

    def replace_policy_indicators(self, items: Iterable[PolicyIndicator], *, author: str,
                                  programme_ids: Iterable[str] | None = None) -> int:
        """The beleidsindicatoren of these programmes (default: all) replaced by ``items``."""
        new = list(items)
        doc_id = self.store.document_id()
        with self.store.transaction() as session:
            ids = set(programme_ids) if programme_ids is not None else set(session.scalars(
                select(ProgrammeRow.id).where(ProgrammeRow.document_id == doc_id)))
            ids |= {i.programme_id for i in new}
            before = session.scalar(select(func.count()).select_from(PolicyIndicatorRow)
                                    .where(PolicyIndicatorRow.programme_id.in_(ids))) if ids else 0
            for chunk in _chunks(sorted(ids)):
                session.execute(delete(PolicyIndicatorRow).where(PolicyIndicatorRow.programme_id.in_(chunk)))
            if new:
                session.execute(insert(PolicyIndicatorRow), [rows_mod.policy_values(i, n) for n, i in enumerate(new)])
            session.add(VersionRow(entity="document", entity_id=doc_id, field="beleidsindicatoren",
                                   old=f"{before} indicatoren", new=f"{len(new)} indicatoren", author=author,
                                   at=now()))
        return len(new)


    def replace_chapter(self, chapter: Chapter, *, author: str) -> None:
        """Everything of the chapter at once (a working database from a work package): settings, lines,
        explanations, effect texts, indicators; rows of programmes this document does not have are left out."""
        doc_id = self.store.document_id()
        with self.store.transaction() as session:
            known = sorted(session.scalars(select(ProgrammeRow.id).where(ProgrammeRow.document_id == doc_id)))
            for table in (FinanceLineRow, VarianceExplanationRow, EffectTextRow, EffectIndicatorRow,
                          PolicyIndicatorRow):
                for chunk in _chunks(known):
                    session.execute(delete(table).where(table.programme_id.in_(chunk)))
            session.flush()
            rows_mod.insert_chapter(session, doc_id, chapter, author, now())
            session.add(VersionRow(entity="document", entity_id=doc_id, field="hoofdstuk", old=None,
                                   new=_summary(list(chapter.lines)), author=author, at=now()))


def _summary(lines: list[FinanceLine]) -> str:
    if not lines:
        return ""
    sums = [sum((getattr(line, name) for line in lines), Decimal(0)) for name in ("primitief", "gewijzigd",
                                                                                   "realisatie")]
    return f"{len(lines)} regels; primitief {sums[0]}, na wijziging {sums[1]}, realisatie {sums[2]}"


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def indicators_text(items: Iterable[EffectIndicator]) -> str:
    """The effect indicators of a programme as its history keeps them (one JSON list per indicator)."""
    import json

    return json.dumps([[i.name, i.unit, i.source, rows_mod.amount_text(i.baseline), rows_mod.amount_text(i.target),
                        rows_mod.year_values_text(i.values), rows_mod.date_text(i.peildatum), i.explanation]
                       for i in items], ensure_ascii=False)


def _stored(name: str, value: object) -> object:
    """A field's value as its column holds it."""
    if isinstance(value, BlockText):
        return render_markdown(value)
    if name == "nature":
        return "" if value is None else Nature(str(getattr(value, "value", value))).value
    if name == "amount":
        return rows_mod.amount_text(value) if isinstance(value, Decimal) else (None if value in (None, "") else
                                                                              rows_mod.amount_text(Decimal(str(value))))
    if name == "deadline":
        if value is None or isinstance(value, date):
            return value
        raise ValueError("deadline must be a date")
    return "" if value is None else str(value)


def _apply(session: Session, row: VarianceExplanationRow | EffectTextRow, entity: str, allowed: tuple[str, ...],
           changes: Mapping[str, object], author: str, stamp: object) -> bool:
    changed = False
    for name, value in changes.items():
        if name not in allowed:
            raise ValueError(f"unknown {entity} field {name!r}")
        field = {"cause": "realisation"}.get(name, name)  # the limits of a text field
        stored = guarded_field(field if field in ("plan", "realisation", "owner") else "title",
                               _stored(name, value), "")
        old = getattr(row, name)
        if old == stored:
            continue
        session.add(VersionRow(entity=entity, entity_id=row.id, field=name,
                               old=None if old is None else (old.isoformat() if isinstance(old, date) else str(old)),
                               new=None if stored is None else (stored.isoformat() if isinstance(stored, date)
                                                                else str(stored)),
                               author=author, at=stamp))
        setattr(row, name, stored)
        changed = True
    if changed:
        row.updated_at = stamp  # type: ignore[assignment]
        row.updated_by = author
    return changed
