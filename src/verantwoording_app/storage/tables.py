"""SQLAlchemy table models. Texts are stored as block-text Markdown."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .times import AppDateTime

APP_ID = "verantwoording"


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    """Marks the file as ours: ``app = verantwoording``."""

    __tablename__ = "verantwoording_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class DocumentRow(Base):
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    year: Mapped[int] = mapped_column(Integer)
    municipality: Mapped[str] = mapped_column(String(200), default="")
    title_lines: Mapped[str] = mapped_column(Text, default="[]")
    section_number: Mapped[str] = mapped_column(String(50), default="")
    section_title: Mapped[str] = mapped_column(Text, default="")
    realisation_label: Mapped[str] = mapped_column(Text)
    goal_intro: Mapped[str] = mapped_column(Text)
    status_scheme: Mapped[str] = mapped_column(Text)
    review_labels: Mapped[str] = mapped_column(Text, default="")
    """JSON list of four labels; empty: the defaults."""
    state: Mapped[str] = mapped_column(String(32))
    footer: Mapped[str] = mapped_column(Text, default="")
    unplaced: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(AppDateTime)
    updated_at: Mapped[datetime] = mapped_column(AppDateTime)

    __mapper_args__ = {"version_id_col": revision}  # noqa: RUF012


class ProgrammeRow(Base):
    __tablename__ = "programmes"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text, default="")
    intro: Mapped[str] = mapped_column(Text, default="")
    lineage: Mapped[str] = mapped_column(String(32), default="")
    lineage_from: Mapped[str] = mapped_column(Text, default="")
    """Space-separated lineage ids it was split off from or merged from."""


class GoalRow(Base):
    __tablename__ = "goals"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    intro: Mapped[str] = mapped_column(Text, default="")
    lineage: Mapped[str] = mapped_column(String(32), default="")
    lineage_from: Mapped[str] = mapped_column(Text, default="")


class ActivityRow(Base):
    __tablename__ = "activities"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    plan: Mapped[str] = mapped_column(Text, default="")
    realisation: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str | None] = mapped_column(String(64), nullable=True)
    owner: Mapped[str] = mapped_column(String(200), default="")
    portfolio_holder: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_state: Mapped[str] = mapped_column(String(32))
    internal_note: Mapped[str] = mapped_column(Text, default="")
    plan_words: Mapped[int] = mapped_column(Integer, default=0)
    realisation_words: Mapped[int] = mapped_column(Integer, default=0)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime | None] = mapped_column(AppDateTime, nullable=True)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    lineage: Mapped[str] = mapped_column(String(32), default="", index=True)
    lineage_from: Mapped[str] = mapped_column(Text, default="")
    plan_frozen: Mapped[bool] = mapped_column(Boolean, default=False)

    __mapper_args__ = {"version_id_col": revision}  # noqa: RUF012


class LineageEntryRow(Base):
    """What a programme, goal or activity was in an earlier document (carried by a rollover)."""

    __tablename__ = "lineage_entries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    lineage: Mapped[str] = mapped_column(String(32), index=True)
    level: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    year: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    realisation: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(200), default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(String(32), default="")
    programme: Mapped[str] = mapped_column(String(32), default="")
    goal: Mapped[str] = mapped_column(String(32), default="")
    lineage_from: Mapped[str] = mapped_column(Text, default="")


class KeyFigureRow(Base):
    __tablename__ = "key_figures"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(100), default="")
    baseline: Mapped[str | None] = mapped_column(String(64), nullable=True)
    target: Mapped[str | None] = mapped_column(String(64), nullable=True)
    realised: Mapped[str | None] = mapped_column(String(64), nullable=True)
    source: Mapped[str] = mapped_column(Text, default="")


class RemarkRow(Base):
    __tablename__ = "remarks"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(AppDateTime)
    text: Mapped[str] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class VersionRow(Base):
    """History: every change of a text or field (never deleted with its entity)."""

    __tablename__ = "versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(64))
    old: Mapped[str | None] = mapped_column(Text, nullable=True)
    new: Mapped[str | None] = mapped_column(Text, nullable=True)
    author: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(AppDateTime)

    __table_args__ = (Index("ix_versions_entity", "entity_id", "field"),)


class PersonRow(Base):
    """Someone who works on the document: officer, coordinator or reader."""

    __tablename__ = "people"
    __table_args__ = (Index("ux_people_document_name", "document_id", text("lower(name)"), unique=True),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    email: Mapped[str] = mapped_column(String(200), default="")


class SnapshotRow(Base):
    """The whole document frozen at a milestone ("aan college", "aan raad")."""

    __tablename__ = "snapshots"
    __table_args__ = (Index("ux_snapshots_document_name", "document_id", text("lower(name)"), unique=True),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(AppDateTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    data: Mapped[str] = mapped_column(Text)


class ConflictRow(Base):
    """A field both the coordinator and an officer changed; waits for a decision."""

    __tablename__ = "conflicts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(64))
    base: Mapped[str | None] = mapped_column(Text, nullable=True)
    ours: Mapped[str | None] = mapped_column(Text, nullable=True)
    theirs: Mapped[str | None] = mapped_column(Text, nullable=True)
    source: Mapped[str] = mapped_column(String(200))
    """Who sent the other value (an officer's name) and from which package."""
    package_id: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[datetime] = mapped_column(AppDateTime)
    resolution: Mapped[str] = mapped_column(String(32), default="")
    """'' open; 'pakket', 'database' or 'bewerkt' once decided."""
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(AppDateTime, nullable=True)


class HandoutRow(Base):
    """A work package handed out: the authority a hand-in is checked against (never the package)."""

    __tablename__ = "handouts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    """The package id of the hand-out; a hand-in names it as ``based_on``."""
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    person: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(AppDateTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    fields: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of the fields the person may change."""
    bases: Mapped[str] = mapped_column(Text, default="{}")
    """JSON: activity id → field → value as handed out (advanced by what was merged)."""
class CheckIgnoreRow(Base):
    """A P&C finding set aside ("negeren, met reden"), keyed by rule and sentence fingerprint."""

    __tablename__ = "check_ignores"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    rule_id: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    sentence: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(AppDateTime)


class DocumentWordRow(Base):
    """A word the spell check accepts for the whole document (names such as Almeloërs, RMT, Heracles)."""

    __tablename__ = "document_words"
    __table_args__ = (Index("ux_document_words_word", "document_id", "word", unique=True),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    word: Mapped[str] = mapped_column(String(100))
    added_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(AppDateTime)


class WordTargetRow(Base):
    """Target length of realisations: the document's setting (no activity) or one activity's own."""

    __tablename__ = "word_targets"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), nullable=True)
    words: Mapped[int] = mapped_column(Integer)


class CheckCountRow(Base):
    """What the writing checks found in one activity, kept so that ``check`` and the workbook's Controle
    column do not analyse an unchanged text again. ``*_key`` is a hash of everything the result depends on
    (the texts, the document context, the rules or word lists); a row whose key no longer matches is stale."""

    __tablename__ = "check_counts"
    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    lint_key: Mapped[str] = mapped_column(String(64), default="")
    findings: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of [rule id, fingerprint] of every P&C finding (ignored ones included)."""
    spelling_key: Mapped[str] = mapped_column(String(64), default="")
    misspelt: Mapped[int] = mapped_column(Integer, default=0)
    """Flagged words (every occurrence) in title, plan and realisation."""


# -- the rest of the programme chapter (domain.chapter): what we wanted to achieve, what it cost --------


class ChapterSettingsRow(Base):
    """The document's financial settings and where its figures came from."""

    __tablename__ = "chapter_settings"
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    sign: Mapped[str] = mapped_column(String(32))
    rounding: Mapped[int] = mapped_column(Integer, default=1)
    threshold_amount: Mapped[str | None] = mapped_column(String(64), nullable=True)
    threshold_percentage: Mapped[str | None] = mapped_column(String(64), nullable=True)
    threshold_both: Mapped[bool] = mapped_column(Boolean, default=False)
    finance_file: Mapped[str] = mapped_column(Text, default="")
    finance_imported_at: Mapped[datetime | None] = mapped_column(AppDateTime, nullable=True)
    finance_imported_by: Mapped[str] = mapped_column(String(200), default="")
    finance_rows: Mapped[int] = mapped_column(Integer, default=0)


class FinanceLineRow(Base):
    """One ledger row (canonical sign: voordeel positief); read-only in the window."""

    __tablename__ = "finance_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    taakveld: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    primitief: Mapped[str] = mapped_column(String(64))
    gewijzigd: Mapped[str] = mapped_column(String(64))
    realisatie: Mapped[str] = mapped_column(String(64))


class VarianceExplanationRow(Base):
    __tablename__ = "variance_explanations"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    cause: Mapped[str] = mapped_column(Text, default="")
    nature: Mapped[str] = mapped_column(String(32), default="")
    rechtmatigheid: Mapped[str] = mapped_column(String(16), default="")
    amount: Mapped[str | None] = mapped_column(String(64), nullable=True)
    owner: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime | None] = mapped_column(AppDateTime, nullable=True)
    updated_by: Mapped[str] = mapped_column(String(200), default="")


class EffectTextRow(Base):
    __tablename__ = "effect_texts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[str | None] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), nullable=True)
    plan: Mapped[str] = mapped_column(Text, default="")
    realisation: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime | None] = mapped_column(AppDateTime, nullable=True)
    updated_by: Mapped[str] = mapped_column(String(200), default="")


class EffectIndicatorRow(Base):
    __tablename__ = "effect_indicators"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[str | None] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), nullable=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[str | None] = mapped_column(String(64), nullable=True)
    target: Mapped[str | None] = mapped_column(String(64), nullable=True)
    year_values: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of [year, value or null]."""
    peildatum: Mapped[date | None] = mapped_column(Date, nullable=True)
    explanation: Mapped[str] = mapped_column(Text, default="")


class PolicyIndicatorRow(Base):
    __tablename__ = "policy_indicators"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    programme_id: Mapped[str] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    indicator: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(100), default="")
    period: Mapped[str] = mapped_column(String(64), default="")
    municipality: Mapped[str] = mapped_column(String(200), default="")
    value: Mapped[str | None] = mapped_column(String(64), nullable=True)
    taakveld: Mapped[str] = mapped_column(String(200), default="")
    comparison: Mapped[str] = mapped_column(Text, default="")
    comparison_value: Mapped[str | None] = mapped_column(String(64), nullable=True)
    source: Mapped[str] = mapped_column(Text, default="")
