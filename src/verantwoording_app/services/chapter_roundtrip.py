"""Variance explanations back from an edited coordinator workbook: a three-way merge per field.

The workbook's hidden ``_basis_afwijkingen`` holds each explanation as exported. A field the
workbook changed and the database did not is taken over; one both changed differently is a
conflict, resolved by ``take`` (``workbook`` or ``database``) or left as it is and reported. A
changed cause or nature records the difference it was written for, as the form does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..domain.blocktext import EMPTY
from ..domain.chapter import Chapter, LineKind, Nature
from ..domain.errors import ImportRefused
from ..domain.finance import variance_states
from ..domain.messages import Message
from ..formats.chapter_xlsx import EXPLANATION_FIELDS, explanation_values, read_explanations
from . import chapter as chapter_service

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from .workspace import Workspace

FIELD_NAMES = {"owner": "eigenaar", "deadline": "deadline", "nature": "incidenteel/structureel",
               "rechtmatigheid": "rechtmatigheid", "cause": "toelichting"}


@dataclass(frozen=True, slots=True)
class ExplanationChange:
    programme_id: str
    kind: LineKind
    field: str
    base: str
    ours: str
    theirs: str
    label: str

    @property
    def conflict(self) -> bool:
        return self.ours != self.base

    @property
    def key(self) -> tuple[str, str, str]:
        """(programme, line kind, field): how a decision about this change is named."""
        return (self.programme_id, self.kind.value, self.field)


@dataclass(frozen=True, slots=True)
class ExplanationPreview:
    changes: tuple[ExplanationChange, ...]
    invalid: tuple[str, ...]
    unknown: tuple[str, ...]

    @property
    def conflicts(self) -> tuple[ExplanationChange, ...]:
        return tuple(c for c in self.changes if c.conflict)

    def lines(self) -> list[str]:
        if not (self.changes or self.invalid or self.unknown):
            return []
        out = [f"Toelichtingen op afwijkingen: {len(self.changes) - len(self.conflicts)} wijziging(en), "
               f"{len(self.conflicts)} conflict(en)"]
        for change in self.changes:
            mark = "conflict" if change.conflict else "wijziging"
            out.append(f"  {mark}: {change.label}, {FIELD_NAMES[change.field]}: '{_short(change.theirs)}'"
                       + (f" (database: '{_short(change.ours)}')" if change.conflict else ""))
        out.extend(f"  niet gelezen: {message}" for message in self.invalid)
        out.extend(f"  overgeslagen: {key} is geen afwijking (meer) van dit document" for key in self.unknown)
        return out


def _short(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def preview_explanations(workspace: Workspace, path: Path) -> ExplanationPreview:
    rows = read_explanations(path)
    if not rows:
        return ExplanationPreview((), (), ())
    document = workspace.document()
    chapter = document.chapter
    names = {p.id: p.display_name for p in document.programmes}
    states = {state.variance.key: state for state in variance_states(chapter, list(names))}
    changes: list[ExplanationChange] = []
    invalid: list[str] = []
    unknown: list[str] = []
    for row in rows:
        invalid.extend(row.invalid.values())
        if row.key not in states and chapter.explanation_for(row.programme_id, row.kind) is None:
            if any(row.values.get(name) for name in EXPLANATION_FIELDS):
                unknown.append(row.key)
            continue
        ours = explanation_values(chapter.explanation_for(row.programme_id, row.kind))
        base = row.base or dict.fromkeys(EXPLANATION_FIELDS, "")
        label = f"{names.get(row.programme_id, row.programme_id)} · {row.kind.label}"
        for name in EXPLANATION_FIELDS:
            if name not in row.values:
                continue
            theirs = row.values[name]
            if theirs == base.get(name, "") or theirs == ours[name]:
                continue
            changes.append(ExplanationChange(row.programme_id, row.kind, name, base.get(name, ""), ours[name],
                                             theirs, label))
    return ExplanationPreview(tuple(changes), tuple(invalid), tuple(unknown))


def apply_explanations(workspace: Workspace, preview: ExplanationPreview, take: str | None = None,
                       choices: Mapping[tuple[str, str, str], str] | None = None) -> tuple[int, int]:
    """Write the changes (a conflict as its choice in ``choices`` says, else as ``take``: 'workbook' takes the
    workbook's value); (fields written, conflicts skipped)."""
    chapter = chapter_service.chapter(workspace)
    amounts = {state.variance.key: state.variance.amount for state in variance_states(chapter)}
    per_line: dict[tuple[str, LineKind], dict[str, object]] = {}
    skipped = 0
    for change in preview.changes:
        if change.conflict and (choices or {}).get(change.key, take) != "workbook":
            skipped += 1
            continue
        current = explanation_values(chapter.explanation_for(change.programme_id, change.kind))
        if current[change.field] != change.ours:
            raise ImportRefused(Message.of("preview.database_changed"))
        per_line.setdefault((change.programme_id, change.kind), {})[change.field] = _typed(change, chapter)
    written = 0
    with workspace._store.transaction():
        for (programme_id, kind), changes in per_line.items():
            if "cause" in changes or "nature" in changes:
                amount = amounts.get(f"{programme_id}:{kind.value}")
                if amount is not None:
                    changes["amount"] = amount
            chapter_service.save_explanation(workspace, programme_id, kind, changes)
            written += len([name for name in changes if name != "amount"])
    return written, skipped


def _typed(change: ExplanationChange, chapter: Chapter) -> object:
    from .xlsx_roundtrip import text_from_cell

    value = change.theirs
    if change.field == "deadline":
        return date.fromisoformat(value) if value else None
    if change.field == "nature":
        return Nature(value) if value else None
    if change.field == "cause":
        current = chapter.explanation_for(change.programme_id, change.kind)
        return text_from_cell(value, current.cause if current is not None else EMPTY)
    return value
