"""Conversions between table rows and the immutable document tree."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from ..domain import fields
from ..domain.blocktext import BlockText, parse_markdown, render_markdown
from ..domain.model import (
    Activiteit,
    Kengetal,
    Opmerking,
    ReviewState,
)
from ..domain.status import StatusOption, StatusScheme

if TYPE_CHECKING:  # no SQLAlchemy at run time: the start-up quick read builds activities with this too
    from .tables import ActivityRow, KeyFigureRow, RemarkRow

ACTIVITY_FIELDS = tuple(f.key for f in fields.ACTIVITY_FIELDS if f.kind is not fields.Kind.FIGURES)
"""The editable fields of an activity that are columns of its row (the field registry; key figures have
their own table)."""

TEXT_FIELDS = fields.TEXT_KEYS


def scheme_to_json(scheme: StatusScheme) -> str:
    return json.dumps(
        {
            "name": scheme.name,
            "options": [
                {"key": o.key, "label": o.label, "colour": o.colour, "done": o.done} for o in scheme.options
            ],
        },
        ensure_ascii=False,
    )


def scheme_from_json(text: str) -> StatusScheme:
    data = json.loads(text)
    return StatusScheme(
        data["name"],
        tuple(StatusOption(o["key"], o["label"], o["colour"], bool(o.get("done", False))) for o in data["options"]),
    )


def decimal_to_text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def decimal_from_text(text: str | None) -> Decimal | None:
    if text is None or text == "":
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def field_to_storage(field: str, value: object) -> object:
    """A domain value as stored in its column."""
    if field in TEXT_FIELDS:
        assert isinstance(value, BlockText)
        return render_markdown(value)
    if field == "review_state":
        return ReviewState(str(value)).value
    if field == "status":
        return value or None
    if field == "deadline":
        assert value is None or isinstance(value, date)
        return value
    if field == "plan_frozen":
        return bool(value)
    return "" if value is None else str(value)


def field_to_history(field: str, value: object) -> str | None:
    """A value as text for the history table: the field registry's codec."""
    return fields.encode(field, value)


def activity_from_row(
    row: ActivityRow,
    key_figures: list[KeyFigureRow] | tuple[()] = (),
    remarks: list[RemarkRow] | tuple[()] = (),
) -> Activiteit:
    return Activiteit(
        id=row.id,
        title=row.title,
        plan=parse_markdown(row.plan),
        realisation=parse_markdown(row.realisation),
        status=row.status,
        owner=row.owner,
        portfolio_holder=row.portfolio_holder,
        deadline=row.deadline,
        review_state=ReviewState(row.review_state),
        internal_note=row.internal_note,
        kengetallen=tuple(
            Kengetal(
                id=k.id,
                label=k.label,
                unit=k.unit,
                baseline=decimal_from_text(k.baseline),
                target=decimal_from_text(k.target),
                realised=decimal_from_text(k.realised),
                source=k.source,
            )
            for k in sorted(key_figures, key=lambda k: k.position)
        ),
        opmerkingen=tuple(
            Opmerking(id=r.id, author=r.author, created_at=r.created_at, text=r.text, resolved=r.resolved)
            for r in sorted(remarks, key=lambda r: r.created_at)
        ),
        revision=row.revision,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        lineage=row.lineage or row.id,
        lineage_from=lineage_from_text(row.lineage_from),
        plan_frozen=bool(row.plan_frozen),
    )


def lineage_from_text(text: str | None) -> tuple[str, ...]:
    return tuple(text.split()) if text else ()


def lineage_from_to_text(lineages: tuple[str, ...]) -> str:
    return " ".join(lineages)


def now() -> datetime:
    """Local wall-clock time, to the second (what officers see in 'Opgeslagen om 14:32')."""
    return datetime.now().replace(microsecond=0)
