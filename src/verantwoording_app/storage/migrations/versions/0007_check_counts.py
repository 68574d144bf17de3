"""Stored results of the writing checks per activity (P&C findings, flagged words), keyed by their inputs.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "check_counts",
        sa.Column("activity_id", sa.String(32), sa.ForeignKey("activities.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("lint_key", sa.String(64), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("spelling_key", sa.String(64), nullable=False),
        sa.Column("misspelt", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("check_counts")
