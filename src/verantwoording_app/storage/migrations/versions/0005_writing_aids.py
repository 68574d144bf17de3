"""Writing aids: ignored P&C findings, the document word list, target lengths.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "check_ignores",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("activity_id", sa.String(32), sa.ForeignKey("activities.id", ondelete="CASCADE"), nullable=False),
        sa.Column("rule_id", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_check_ignores_activity_id", "check_ignores", ["activity_id"])
    op.create_table(
        "document_words",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("word", sa.String(100), nullable=False),
        sa.Column("added_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_document_words_document_id", "document_words", ["document_id"])
    op.create_table(
        "word_targets",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("activity_id", sa.String(32), sa.ForeignKey("activities.id", ondelete="CASCADE"), nullable=True),
        sa.Column("words", sa.Integer(), nullable=False),
    )
    op.create_index("ix_word_targets_document_id", "word_targets", ["document_id"])


def downgrade() -> None:
    op.drop_table("word_targets")
    op.drop_table("document_words")
    op.drop_table("check_ignores")
