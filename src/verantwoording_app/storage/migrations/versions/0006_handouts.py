"""The coordinator's record of every hand-out: for whom, which activities and fields, the bases.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handouts",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("person", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("fields", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("bases", sa.Text(), nullable=False, server_default="{}"),
    )
    op.create_index("ix_handouts_document_id", "handouts", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_handouts_document_id", "handouts")
    op.drop_table("handouts")
