"""The whole programme chapter: financial settings and lines, variance explanations, effect texts,
effect indicators and beleidsindicatoren.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None



def _programme() -> sa.Column[str]:
    return sa.Column("programme_id", sa.String(32), sa.ForeignKey("programmes.id", ondelete="CASCADE"),
                     nullable=False)


def _goal() -> sa.Column[str]:
    return sa.Column("goal_id", sa.String(32), sa.ForeignKey("goals.id", ondelete="CASCADE"), nullable=True)


def upgrade() -> None:
    op.create_table(
        "chapter_settings",
        sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("sign", sa.String(32), nullable=False),
        sa.Column("rounding", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("threshold_amount", sa.String(64), nullable=True),
        sa.Column("threshold_percentage", sa.String(64), nullable=True),
        sa.Column("threshold_both", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("finance_file", sa.Text(), nullable=False, server_default=""),
        sa.Column("finance_imported_at", sa.DateTime(), nullable=True),
        sa.Column("finance_imported_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("finance_rows", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "finance_lines",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _programme(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("taakveld", sa.String(200), nullable=False, server_default=""),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("primitief", sa.String(64), nullable=False),
        sa.Column("gewijzigd", sa.String(64), nullable=False),
        sa.Column("realisatie", sa.String(64), nullable=False),
    )
    op.create_index("ix_finance_lines_programme_id", "finance_lines", ["programme_id"])
    op.create_table(
        "variance_explanations",
        sa.Column("id", sa.String(32), primary_key=True),
        _programme(),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("cause", sa.Text(), nullable=False, server_default=""),
        sa.Column("nature", sa.String(32), nullable=False, server_default=""),
        sa.Column("rechtmatigheid", sa.String(16), nullable=False, server_default=""),
        sa.Column("amount", sa.String(64), nullable=True),
        sa.Column("owner", sa.String(200), nullable=False, server_default=""),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(200), nullable=False, server_default=""),
    )
    op.create_index("ix_variance_explanations_programme_id", "variance_explanations", ["programme_id"])
    op.create_table(
        "effect_texts",
        sa.Column("id", sa.String(32), primary_key=True),
        _programme(),
        _goal(),
        sa.Column("plan", sa.Text(), nullable=False, server_default=""),
        sa.Column("realisation", sa.Text(), nullable=False, server_default=""),
        sa.Column("owner", sa.String(200), nullable=False, server_default=""),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(200), nullable=False, server_default=""),
    )
    op.create_index("ix_effect_texts_programme_id", "effect_texts", ["programme_id"])
    op.create_table(
        "effect_indicators",
        sa.Column("id", sa.String(32), primary_key=True),
        _programme(),
        _goal(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(100), nullable=False, server_default=""),
        sa.Column("source", sa.Text(), nullable=False, server_default=""),
        sa.Column("baseline", sa.String(64), nullable=True),
        sa.Column("target", sa.String(64), nullable=True),
        sa.Column("year_values", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("peildatum", sa.Date(), nullable=True),
        sa.Column("explanation", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_effect_indicators_programme_id", "effect_indicators", ["programme_id"])
    op.create_table(
        "policy_indicators",
        sa.Column("id", sa.String(32), primary_key=True),
        _programme(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(100), nullable=False, server_default=""),
        sa.Column("period", sa.String(64), nullable=False, server_default=""),
        sa.Column("municipality", sa.String(200), nullable=False, server_default=""),
        sa.Column("value", sa.String(64), nullable=True),
        sa.Column("taakveld", sa.String(200), nullable=False, server_default=""),
        sa.Column("comparison", sa.Text(), nullable=False, server_default=""),
        sa.Column("comparison_value", sa.String(64), nullable=True),
        sa.Column("source", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_policy_indicators_programme_id", "policy_indicators", ["programme_id"])


def downgrade() -> None:
    for table in ("policy_indicators", "effect_indicators", "effect_texts", "variance_explanations",
                  "finance_lines", "chapter_settings"):
        op.drop_table(table)
