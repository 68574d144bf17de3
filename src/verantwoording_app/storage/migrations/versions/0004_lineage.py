"""Lineage: every programme, goal and activity keeps its line through the years; frozen plans; past entries.

Existing rows start their own line (lineage = their id).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TABLES = ("programmes", "goals", "activities")


def upgrade() -> None:
    # plain ADD COLUMN (no batch copy): the activities table keeps its rowids and search triggers
    for table in _TABLES:
        op.add_column(table, sa.Column("lineage", sa.String(32), nullable=False, server_default=""))
        op.add_column(table, sa.Column("lineage_from", sa.Text(), nullable=False, server_default=""))
        op.execute(f"UPDATE {table} SET lineage = id WHERE lineage = ''")
    op.add_column("activities", sa.Column("plan_frozen", sa.Boolean(), nullable=False,
                                          server_default=sa.false()))
    op.create_index("ix_activities_lineage", "activities", ["lineage"])
    op.create_table(
        "lineage_entries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("lineage", sa.String(32), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("realisation", sa.Text(), nullable=False),
        sa.Column("status", sa.String(200), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("programme", sa.String(32), nullable=False),
        sa.Column("goal", sa.String(32), nullable=False),
        sa.Column("lineage_from", sa.Text(), nullable=False),
    )
    op.create_index("ix_lineage_entries_document_id", "lineage_entries", ["document_id"])
    op.create_index("ix_lineage_entries_lineage", "lineage_entries", ["lineage"])


def downgrade() -> None:
    op.drop_table("lineage_entries")
    op.drop_index("ix_activities_lineage", "activities")
    with op.batch_alter_table("activities") as batch:
        batch.drop_column("plan_frozen")
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("lineage_from")
            batch.drop_column("lineage")
