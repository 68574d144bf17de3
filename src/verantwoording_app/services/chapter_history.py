"""The history of a chapter item (an effect text or a variance explanation): who changed which field when,
proposals from work packages that were not applied, and restoring a version as a new change.

Every change of these fields is a Versie (storage.chapter_store) with entity ``effect`` or ``variance``;
a package's value that lost a conflict is one with entity ``voorstel``. Restoring goes through
services.chapter.save_effect / save_explanation, so the policy decides and the restore is itself a version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Final

from ..domain.blocktext import parse_markdown
from ..domain.chapter import (
    EffectIndicator,
    EffectText,
    LineKind,
    Nature,
    VarianceExplanation,
)
from ..domain.errors import UserError
from ..domain.finance_labels import category_label
from ..domain.messages import Message
from ..domain.money import format_exact
from ..storage.chapter_store import EFFECT_FIELDS, EXPLANATION_FIELDS
from . import chapter as chapter_service
from .history import HistoryEntry, entries_from_versions

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .workspace import Workspace

__all__ = ["ChapterItem", "HistoryEntry", "current", "current_values", "display", "history", "restore"]

TEXT_FIELDS: Final = ("plan", "realisation", "cause")
FIELD_LABELS: Final = {"plan": "beoogd effect", "realisation": "bereikt effect", "cause": "oorzaak",
                       "nature": "incidenteel/structureel", "rechtmatigheid": "rechtmatigheid",
                       "amount": "bedrag", "owner": "eigenaar", "deadline": "deadline",
                       "effectindicatoren": "effectindicatoren"}


@dataclass(frozen=True, slots=True)
class ChapterItem:
    """What a history is asked for: the effect text of a programme or goal, or the explanation of a variance."""

    programme_id: str
    goal_id: str = ""
    kind: LineKind | None = None
    """Set: the explanation of this line's variance; None: the effect text."""

    @property
    def entity(self) -> str:
        return "effect" if self.kind is None else "variance"

    @property
    def fields(self) -> tuple[str, ...]:
        return EFFECT_FIELDS if self.kind is None else EXPLANATION_FIELDS


def current(workspace: Workspace, item: ChapterItem) -> EffectText | VarianceExplanation | None:
    chapter = chapter_service.chapter(workspace)
    if item.kind is not None:
        return chapter.explanation_for(item.programme_id, item.kind)
    return next((e for e in chapter.effects_of(item.programme_id) if e.goal_id == item.goal_id), None)


def history(workspace: Workspace, item: ChapterItem) -> dict[str, list[HistoryEntry]]:
    """The item's entries per field, in the order of its fields; empty when it was never saved. The programme's
    effect text comes with the programme's effect indicators (field ``effectindicatoren``)."""
    found = current(workspace, item)
    entries = entries_from_versions(workspace.history(found.id), item.entity) if found is not None else {}
    if item.kind is None and not item.goal_id:
        versions = [v for v in workspace.history(item.programme_id) if v.field == INDICATORS]
        entries.update(entries_from_versions(versions, "programme"))
    order = {name: index for index, name in enumerate((*item.fields, INDICATORS))}
    return {name: entries[name] for name in sorted(entries, key=lambda n: (order.get(n, len(order)), n))}


INDICATORS: Final = "effectindicatoren"
"""The history field of a programme's effect indicators (the whole table as JSON, storage.chapter_store)."""


def current_values(workspace: Workspace, item: ChapterItem) -> dict[str, str | None]:
    """Every field's current value in the form the history keeps it (to mark the current version)."""
    found = current(workspace, item)
    values = {name: stored_text(item, found, name) for name in item.fields}
    if item.kind is None and not item.goal_id:
        from ..storage.chapter_store import indicators_text

        values[INDICATORS] = indicators_text(chapter_service.chapter(workspace).indicators_of(item.programme_id))
    return values


def stored_text(item: ChapterItem, value: EffectText | VarianceExplanation | None, field: str) -> str | None:
    """A field's current value in the form the history keeps it (as storage.chapter_store writes it)."""
    from ..domain.blocktext import BlockText, render_markdown
    from ..storage.chapter_rows import amount_text

    if value is None:
        return None
    raw = getattr(value, field)
    if isinstance(raw, BlockText):
        return render_markdown(raw)
    if isinstance(raw, Nature):
        return raw.value
    if isinstance(raw, Decimal):
        return amount_text(raw)
    if isinstance(raw, date):
        return raw.isoformat()
    return "" if raw is None else str(raw)


def display(field: str, text: str | None) -> str:
    """A stored value as a reader expects it (plain text, dd-mm-jjjj, the category's name, Dutch amounts)."""
    if text is None or text == "":
        return ""
    if field in TEXT_FIELDS:
        return parse_markdown(text).plain_text()
    if field == "deadline":
        try:
            return date.fromisoformat(text).strftime("%d-%m-%Y")
        except ValueError:
            return text
    if field == "rechtmatigheid":
        label = category_label(text)
        return f"{text}. {label}" if label else text
    if field == "amount":
        try:
            return format_exact(Decimal(text))
        except InvalidOperation:
            return text
    if field == INDICATORS:
        try:
            return "\n".join(_indicator_line(indicator) for indicator in indicators_of(text, ""))
        except ValueError:
            return text
    return text


def _indicator_line(indicator: EffectIndicator) -> str:
    def number(value: Decimal | None) -> str:
        return "" if value is None else format(value, "f").replace(".", ",")

    values = ", ".join(f"{v.year}: {number(v.value)}" for v in indicator.values)
    unit = f" ({indicator.unit})" if indicator.unit else ""
    return (f"{indicator.name}{unit}: nulmeting {number(indicator.baseline)}, streefwaarde {number(indicator.target)}"
            + (f", realisatie {values}" if values else "")
            + (f", peildatum {indicator.peildatum:%d-%m-%Y}" if indicator.peildatum else "")
            + (f"; {indicator.explanation}" if indicator.explanation else ""))


def indicators_of(text: str | None, programme_id: str) -> list[EffectIndicator]:
    """The effect indicators a history text describes (storage.chapter_store.indicators_text); ValueError."""
    import json

    from ..storage.chapter_rows import amount_of, year_values_of

    try:
        rows = json.loads(text or "[]")
        return [EffectIndicator(programme_id, str(name), unit=str(unit), source=str(source),
                                baseline=amount_of(baseline), target=amount_of(target),
                                values=year_values_of(values), peildatum=date.fromisoformat(peil) if peil else None,
                                explanation=str(explanation))
                for name, unit, source, baseline, target, values, peil, explanation in rows]
    except (TypeError, InvalidOperation) as error:
        raise ValueError(str(error)) from error


def value_of(field: str, text: str | None) -> object:
    """A stored history text as the value save_effect / save_explanation take; ValueError when it cannot be."""
    if field in TEXT_FIELDS:
        return parse_markdown(text or "")
    if field == "deadline":
        return date.fromisoformat(text) if text else None
    if field == "nature":
        return Nature(text) if text else None
    if field == "amount":
        try:
            return Decimal(text) if text else None
        except InvalidOperation:
            raise ValueError(text) from None
    return text or ""


def restore(workspace: Workspace, item: ChapterItem, field: str, text: str | None) -> None:
    """Put an earlier value back, as a new version (UserError when the policy refuses it)."""
    if field == INDICATORS and item.kind is None and not item.goal_id:
        chapter_service.save_indicators(workspace, item.programme_id, indicators_of(text, item.programme_id))
        return
    if field not in item.fields:
        raise UserError(Message.of("chapter.field_not_restorable", field=field))
    changes: Mapping[str, object] = {field: value_of(field, text)}
    if item.kind is None:
        chapter_service.save_effect(workspace, item.programme_id, item.goal_id, changes)
    else:
        chapter_service.save_explanation(workspace, item.programme_id, item.kind, changes)
