"""Unique indexes instead of check-then-insert: a person's name and a snapshot's name once per document
(case-insensitive), a word once in the document's word list.

Rows that already break the rule (two requests at once could make them) are kept apart first: a second
person or snapshot of the same name gets " (2)", " (3)", … after it; a second copy of a word is removed
(the list holds the word, not who added it twice).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _number_duplicates(table: str, order: str) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT id, document_id, name FROM {table} ORDER BY {order}")).all()
    taken: set[tuple[str, str]] = {(document, name.lower()) for _, document, name in rows}
    seen: set[tuple[str, str]] = set()
    for row_id, document, name in rows:
        key = (document, name.lower())
        if key not in seen:
            seen.add(key)
            continue
        number = 2
        while (document, f"{name} ({number})".lower()) in taken:
            number += 1
        new_name = f"{name} ({number})"
        taken.add((document, new_name.lower()))
        seen.add((document, new_name.lower()))
        bind.execute(sa.text(f"UPDATE {table} SET name = :name WHERE id = :id"), {"name": new_name, "id": row_id})


def upgrade() -> None:
    _number_duplicates("people", "name, id")
    _number_duplicates("snapshots", "created_at, id")
    op.execute(
        "DELETE FROM document_words WHERE id NOT IN "
        "(SELECT min(id) FROM document_words GROUP BY document_id, word)"
    )
    op.create_index("ux_people_document_name", "people", ["document_id", sa.text("lower(name)")], unique=True)
    op.create_index("ux_snapshots_document_name", "snapshots", ["document_id", sa.text("lower(name)")], unique=True)
    op.create_index("ux_document_words_word", "document_words", ["document_id", "word"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_document_words_word", "document_words")
    op.drop_index("ux_snapshots_document_name", "snapshots")
    op.drop_index("ux_people_document_name", "people")
