"""The first schema: documents, programmes, goals, activities, key figures, remarks, history.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "verantwoording_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("municipality", sa.String(200), nullable=False),
        sa.Column("title_lines", sa.Text(), nullable=False),
        sa.Column("section_number", sa.String(50), nullable=False),
        sa.Column("section_title", sa.Text(), nullable=False),
        sa.Column("realisation_label", sa.Text(), nullable=False),
        sa.Column("goal_intro", sa.Text(), nullable=False),
        sa.Column("status_scheme", sa.Text(), nullable=False),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("footer", sa.Text(), nullable=False),
        sa.Column("unplaced", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "programmes",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(20), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("intro", sa.Text(), nullable=False),
    )
    op.create_index("ix_programmes_document_id", "programmes", ["document_id"])
    op.create_table(
        "goals",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("programme_id", sa.String(32), sa.ForeignKey("programmes.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("intro", sa.Text(), nullable=False),
    )
    op.create_index("ix_goals_programme_id", "goals", ["programme_id"])
    op.create_table(
        "activities",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("goal_id", sa.String(32), sa.ForeignKey("goals.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("realisation", sa.Text(), nullable=False),
        sa.Column("status", sa.String(64), nullable=True),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("portfolio_holder", sa.String(200), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("review_state", sa.String(32), nullable=False),
        sa.Column("internal_note", sa.Text(), nullable=False),
        sa.Column("plan_words", sa.Integer(), nullable=False),
        sa.Column("realisation_words", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(200), nullable=False),
    )
    op.create_index("ix_activities_goal_id", "activities", ["goal_id"])
    op.create_table(
        "key_figures",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("activity_id", sa.String(32), sa.ForeignKey("activities.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(100), nullable=False),
        sa.Column("baseline", sa.String(64), nullable=True),
        sa.Column("target", sa.String(64), nullable=True),
        sa.Column("realised", sa.String(64), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
    )
    op.create_index("ix_key_figures_activity_id", "key_figures", ["activity_id"])
    op.create_table(
        "remarks",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("activity_id", sa.String(32), sa.ForeignKey("activities.id", ondelete="CASCADE"), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_remarks_activity_id", "remarks", ["activity_id"])
    op.create_table(
        "versions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(32), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_versions_entity", "versions", ["entity_id", "field"])
    if op.get_bind().dialect.name == "sqlite":
        _create_sqlite_search()


def _create_sqlite_search() -> None:
    """FTS5 index over activity titles and texts, kept current by triggers."""
    op.execute(
        "CREATE VIRTUAL TABLE activities_fts USING fts5("
        "title, plan, realisation, content='activities', content_rowid='rowid', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER activities_fts_ai AFTER INSERT ON activities BEGIN "
        "INSERT INTO activities_fts(rowid, title, plan, realisation) "
        "VALUES (new.rowid, new.title, new.plan, new.realisation); END"
    )
    op.execute(
        "CREATE TRIGGER activities_fts_ad AFTER DELETE ON activities BEGIN "
        "INSERT INTO activities_fts(activities_fts, rowid, title, plan, realisation) "
        "VALUES ('delete', old.rowid, old.title, old.plan, old.realisation); END"
    )
    op.execute(
        "CREATE TRIGGER activities_fts_au AFTER UPDATE OF title, plan, realisation ON activities BEGIN "
        "INSERT INTO activities_fts(activities_fts, rowid, title, plan, realisation) "
        "VALUES ('delete', old.rowid, old.title, old.plan, old.realisation); "
        "INSERT INTO activities_fts(rowid, title, plan, realisation) "
        "VALUES (new.rowid, new.title, new.plan, new.realisation); END"
    )


def downgrade() -> None:
    for table in ("activities_fts",):
        op.execute(f"DROP TABLE IF EXISTS {table}")
    for table in ("versions", "remarks", "key_figures", "activities", "goals", "programmes", "documents",
                  "verantwoording_meta"):
        op.drop_table(table)
