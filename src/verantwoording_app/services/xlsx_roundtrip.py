"""Use case: bring an edited coordinator workbook back into the database.

``preview`` reads the workbook (refusing broken or foreign files), merges every
editable field three ways — base: the value at export time (hidden sheet), ours:
the database now, theirs: the workbook — and lists changes, conflicts and
would-be deletions. Nothing is written. ``apply`` writes the chosen entries in one
transaction, after checking that the database did not change since the preview.

Rules: every entry is asked of the policy (``domain/policy.py``) for the person importing: a change the
policy refuses (a vastgesteld activity, another officer's activity, a coordinator's field in an officer's
working database, an officer approving their own work) is left out and reported per activity, and the
rest applies. A field changed only in the workbook is applied; changed only in the
database, kept; changed on both sides differently, a conflict left alone unless
the caller takes a side. An emptied cell where the database has a value is a
deletion, applied only with ``allow_deletions``. An unedited workbook changes
nothing. Text cells are plain text: a changed text is rebuilt from its lines,
and lines that did not change keep their bold/italic from the database.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from ..domain import policy
from ..domain.blocktext import Block, BlockText
from ..domain.errors import ImportRefused
from ..domain.fields import ActivityChanges, FieldEdit
from ..domain.merge import ABSENT, Conflict, FieldChange, merge_fields
from ..domain.messages import Message, define
from ..domain.model import Activiteit, ActivityPlace, Document, Kengetal, ReviewState
from ..domain.policy import Person
from ..domain.wording import count
from ..formats.xlsx_export import FIELD_LABELS, KEY_FIGURES_FIELD, field_values
from ..formats.xlsx_import import WorkbookContents, key_figures_from_value, read_workbook

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from contextlib import AbstractContextManager

REFUSED = define(
    "workbook.refused",
    "{activity}: {reason} Deze wijziging uit de werkmap is niet toegepast.",
    "{activity}: {reason} This change from the workbook was not applied.",
)

Take = Literal["workbook", "database"]
EntryKey = tuple[str, str]
"""(activity id, field)."""


class RoundTripStore(Protocol):
    """What the round trip needs of the store (storage.store.Store has it)."""

    def load_document(self) -> Document: ...

    def update_activity(
        self, activity_id: str, changes: Mapping[str, object], author: str, *, expected_revision: int | None = None
    ) -> Activiteit: ...

    def replace_kengetallen(
        self, activity_id: str, figures: tuple[Kengetal, ...], author: str
    ) -> None: ...

    def transaction(self) -> AbstractContextManager[Any]: ...


class EntryKind(StrEnum):
    CHANGE = "wijziging"
    CONFLICT = "conflict"
    DELETION = "verwijdering"


@dataclass(frozen=True, slots=True)
class PreviewEntry:
    activity_id: str
    activity: str
    """Code and title, e.g. ``1.II.3 Verbeteren van …``."""
    field: str
    field_label: str
    kind: EntryKind
    old: str
    """The database now, for display."""
    new: str
    """The workbook, for display."""
    base: str
    ours_value: str
    theirs_value: str
    deletes: bool = False
    """Taking the workbook value removes content (needs ``allow_deletions``)."""

    @property
    def key(self) -> EntryKey:
        return (self.activity_id, self.field)


@dataclass(frozen=True, slots=True)
class Preview:
    path: Path
    document_id: str
    document_title: str
    exported_at: str
    entries: tuple[PreviewEntry, ...]
    notices: tuple[str, ...]
    """Unknown ids, rows missing from the workbook, unreadable values, merged cells."""

    @property
    def changes(self) -> tuple[PreviewEntry, ...]:
        return tuple(e for e in self.entries if e.kind is EntryKind.CHANGE)

    @property
    def conflicts(self) -> tuple[PreviewEntry, ...]:
        return tuple(e for e in self.entries if e.kind is EntryKind.CONFLICT)

    @property
    def deletions(self) -> tuple[PreviewEntry, ...]:
        return tuple(e for e in self.entries if e.kind is EntryKind.DELETION)

    @property
    def is_empty(self) -> bool:
        return not self.entries


@dataclass(frozen=True, slots=True)
class ApplyResult:
    fields: int
    activities: int
    skipped_conflicts: int
    skipped_deletions: int
    refused: tuple[Message, ...] = ()
    """Changes the policy refused at the moment of applying (per activity, with the reason)."""


# ---------------------------------------------------------------------------
# display


def _display(field: str, value: str, document: Document) -> str:
    if not value:
        return "(leeg)" if field != KEY_FIGURES_FIELD else "(geen)"
    if field == "status":
        return document.status_scheme.label(value) or value
    if field == "review_state":
        try:
            return document.review_label(ReviewState(value))
        except ValueError:
            return value
    if field == "deadline":
        try:
            return date.fromisoformat(value).strftime("%d-%m-%Y")
        except ValueError:
            return value
    if field == KEY_FIGURES_FIELD:
        rows = key_figures_from_value(value)
        if not rows:
            return "(geen)"
        parts = []
        for _id, label, unit, baseline, target, realised, _source in rows:
            numbers = " / ".join(x or "–" for x in (baseline, target, realised))
            parts.append(f"{label or '(zonder omschrijving)'}: {numbers} {unit}".rstrip())
        return "; ".join(parts)
    return value


def _deletes(field: str, ours: str, theirs: str) -> bool:
    if field == KEY_FIGURES_FIELD:
        kept = {row[0] for row in key_figures_from_value(theirs)}
        return any(row[0] not in kept for row in key_figures_from_value(ours))
    return bool(ours) and not theirs


def _label(place: ActivityPlace) -> str:
    title = place.activity.title
    return f"{place.code} {title[:70]}{'…' if len(title) > 70 else ''}"


# ---------------------------------------------------------------------------
# preview


def preview(store: RoundTripStore, path: Path | str, person: Person | None = None) -> Preview:
    """Read the workbook at ``path`` and list what importing it would do for ``person`` (default: the
    coordinator). Writes nothing.

    Raises ImportRefused for a broken, hostile or foreign workbook.
    """
    path = Path(path)
    contents = read_workbook(path)
    document = store.load_document()
    return build_preview(document, contents, path, person)


def build_preview(document: Document, contents: WorkbookContents, path: Path,
                  person: Person | None = None) -> Preview:
    """The preview of ``contents`` against ``document`` (pure; for tests and reuse)."""
    person = person or Person.coordinator()
    if contents.document_id != document.id:
        their_title = contents.document_title or "onbekend"
        our_title = document.title
        if their_title == our_title:  # same title (e.g. a copy of the database): name the ids
            their_title += f", kenmerk {contents.document_id[:8]}"
            our_title += f", kenmerk {document.id[:8]}"
        raise ImportRefused(
            Message.of("xlsx.other_document", their_title=their_title, our_title=our_title)
        )
    places = {place.activity.id: place for place in document.iter_activities()}
    notices: list[str] = list(contents.warnings)
    entries: list[PreviewEntry] = []

    for line in contents.rows_without_id:
        notices.append(
            f"Rij {line} heeft geen ID en wordt overgeslagen (nieuwe activiteiten kunnen niet via Excel)."
        )
    for activity_id, lines in sorted(contents.duplicate_ids.items(), key=lambda item: item[1]):
        label = _label(places[activity_id]) if activity_id in places else activity_id
        notices.append(
            f"{label}: het ID staat in meerdere rijen ({', '.join(map(str, lines))}); deze activiteit wordt "
            "overgeslagen."
        )

    for activity_id, row in contents.rows.items():
        if activity_id not in contents.base:
            notices.append(
                f"Rij {row.row}: onbekend ID '{activity_id}' (niet in deze export); overgeslagen."
            )
            continue
        place = places.get(activity_id)
        if place is None:
            notices.append(
                f"Rij {row.row}: de activiteit met ID '{activity_id}' bestaat niet meer in de database; overgeslagen."
            )
            continue
        label = _label(place)
        for field, message in row.invalid.items():
            notices.append(f"{label}: {FIELD_LABELS.get(field, field)}: {message}; niet gewijzigd.")
        theirs = dict(row.values)
        if theirs.get("review_state") == "":
            del theirs["review_state"]
            notices.append(f"{label}: lege reviewstatus wordt genegeerd.")
        if theirs.get("title") == "" and contents.base[activity_id].get("title"):
            del theirs["title"]
            notices.append(
                f"{label}: een activiteit moet een titel hebben; de lege titel wordt genegeerd."
            )
        base = contents.base[activity_id]
        ours = field_values(place.activity)
        result = merge_fields(base, ours, theirs)
        found = [_entry(document, label, activity_id, change, base) for change in result.changes]
        found += [_conflict_entry(document, label, activity_id, conflict) for conflict in result.conflicts]
        allowed, refused = allowed_entries(person, place.activity, found)
        entries += allowed
        notices += [Message.of(REFUSED, activity=label, reason=reason).render() for reason in refused]

    missing = [
        activity_id
        for activity_id in contents.base
        if activity_id not in contents.rows and activity_id not in contents.duplicate_ids
    ]
    for activity_id in missing:
        label = _label(places[activity_id]) if activity_id in places else activity_id
        notices.append(
            f"{label}: de rij is uit de werkmap verwijderd; de activiteit blijft ongewijzigd."
        )
    return Preview(
        path=path,
        document_id=contents.document_id,
        document_title=contents.document_title,
        exported_at=contents.exported_at,
        entries=tuple(entries),
        notices=tuple(notices),
    )


def allowed_entries(person: Person, activity: Activiteit,
                    entries: list[PreviewEntry]) -> tuple[list[PreviewEntry], list[Message]]:
    """The entries of one activity the policy allows for ``person``, and the reasons for the others."""
    if not entries:
        return entries, []
    new_review = next((e.theirs_value for e in entries if e.field == "review_state"), None)
    answers = policy.check_fields(person, activity, [e.field for e in entries], new_review or None)
    reasons: list[Message] = []
    for entry in entries:
        reason = answers[entry.field].reason
        if not answers[entry.field].allowed and reason is not None and reason not in reasons:
            reasons.append(reason)
    return [e for e in entries if answers[e.field].allowed], reasons


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _entry(
    document: Document,
    label: str,
    activity_id: str,
    change: FieldChange[str],
    base: Mapping[str, str],
) -> PreviewEntry:
    ours = _text(change.old)
    deletes = _deletes(change.field, ours, change.new)
    return PreviewEntry(
        activity_id=activity_id,
        activity=label,
        field=change.field,
        field_label=FIELD_LABELS.get(change.field, change.field),
        kind=EntryKind.DELETION if deletes else EntryKind.CHANGE,
        old=_display(change.field, ours, document),
        new=_display(change.field, change.new, document),
        base=_display(change.field, base.get(change.field, ""), document),
        ours_value=ours,
        theirs_value=change.new,
        deletes=deletes,
    )


def _conflict_entry(
    document: Document, label: str, activity_id: str, conflict: Conflict[str]
) -> PreviewEntry:
    ours = _text(conflict.ours)
    base = _text(conflict.base) if conflict.base is not ABSENT else ""
    return PreviewEntry(
        activity_id=activity_id,
        activity=label,
        field=conflict.field,
        field_label=FIELD_LABELS.get(conflict.field, conflict.field),
        kind=EntryKind.CONFLICT,
        old=_display(conflict.field, ours, document),
        new=_display(conflict.field, conflict.theirs, document),
        base=_display(conflict.field, base, document),
        ours_value=ours,
        theirs_value=conflict.theirs,
        deletes=_deletes(conflict.field, ours, conflict.theirs),
    )


def format_preview(result: Preview) -> str:
    """The preview as text for the terminal."""
    lines = [
        f"Voorbeeld van '{result.path.name}' (export van {result.exported_at or 'onbekend'}):",
        f"  {count(len(result.changes), 'wijziging')}, {count(len(result.conflicts), 'conflict')}, "
        f"{count(len(result.deletions), 'verwijdering')}",
    ]
    current = None
    for entry in result.entries:
        if entry.activity != current:
            current = entry.activity
            lines.append("")
            lines.append(current)
        lines.append(f"  [{entry.kind.value}] {entry.field_label}")
        lines.append(f"      database: {_short(entry.old)}")
        lines.append(f"      werkmap:  {_short(entry.new)}")
    if result.notices:
        lines.append("")
        lines.append("Meldingen:")
        lines.extend(f"  - {notice}" for notice in result.notices)
    if result.is_empty:
        lines.append("")
        lines.append("Geen wijzigingen: de werkmap komt overeen met de database.")
    return "\n".join(lines)


def _short(text: str, limit: int = 200) -> str:
    flat = text.replace("\n", " ⏎ ")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# ---------------------------------------------------------------------------
# apply


def selected_entries(
    result: Preview,
    *,
    take: Take | None = None,
    allow_deletions: bool = False,
    choices: Mapping[EntryKey, Take] | None = None,
) -> tuple[list[PreviewEntry], int, int]:
    """The entries to write, and how many conflicts and deletions stay unapplied."""
    chosen: list[PreviewEntry] = []
    skipped_conflicts = skipped_deletions = 0
    for entry in result.entries:
        if entry.kind is EntryKind.CONFLICT:
            side = (choices or {}).get(entry.key, take)
            if side != "workbook":
                skipped_conflicts += side is None
                continue
        if entry.deletes and not allow_deletions:
            skipped_deletions += 1
            continue
        chosen.append(entry)
    return chosen, skipped_conflicts, skipped_deletions


def apply(
    store: RoundTripStore,
    result: Preview,
    take: Take | None = None,
    allow_deletions: bool = False,
    author: str = "",
    *,
    choices: Mapping[EntryKey, Take] | None = None,
    person: Person | None = None,
) -> ApplyResult:
    """Write the preview's changes (and conflicts resolved to the workbook) in one transaction.

    ``take`` resolves every conflict; ``choices`` per entry overrides it. Refuses
    (ImportRefused, nothing written) when the database changed since the preview.
    The policy is asked again for ``person`` (default: the coordinator): what it refuses now
    is left out and reported in ``refused``, the rest applies.
    """
    person = person or Person.coordinator(author)
    chosen, skipped_conflicts, skipped_deletions = selected_entries(
        result, take=take, allow_deletions=allow_deletions, choices=choices
    )
    per_activity: dict[str, list[PreviewEntry]] = {}
    for entry in chosen:
        per_activity.setdefault(entry.activity_id, []).append(entry)
    if not per_activity:
        return ApplyResult(0, 0, skipped_conflicts, skipped_deletions)
    with store.transaction():
        document = store.load_document()
        if document.id != result.document_id:
            raise ImportRefused(
                Message.of("xlsx.preview_other_document")
            )
        activities = {place.activity.id: place.activity for place in document.iter_activities()}
        for activity_id, entries in per_activity.items():
            activity = activities.get(activity_id)
            now = field_values(activity) if activity is not None else {}
            if activity is None or any(now.get(e.field) != e.ours_value for e in entries):
                raise ImportRefused(
                    Message.of("preview.database_changed")
                )
        refused: list[Message] = []
        left_out: set[EntryKey] = set()
        for activity_id, entries in list(per_activity.items()):
            allowed, reasons = allowed_entries(person, activities[activity_id], entries)
            refused += [Message.of(REFUSED, activity=entries[0].activity, reason=reason) for reason in reasons]
            left_out.update(e.key for e in entries if e not in allowed)
            if allowed:
                per_activity[activity_id] = allowed
            else:
                del per_activity[activity_id]
        chosen = [e for e in chosen if e.key not in left_out]
        for activity_id, entries in per_activity.items():
            activity = activities[activity_id]
            changes: list[FieldEdit] = []
            for entry in entries:
                if entry.field == KEY_FIGURES_FIELD:
                    store.replace_kengetallen(
                        activity_id, _key_figures(entry.theirs_value, activity), author
                    )
                else:
                    changes.append(FieldEdit(entry.field, typed_value(entry.field, entry.theirs_value, activity)))
            if changes:  # with the row version compared above: a save slipping in between is a conflict
                store.update_activity(activity_id, ActivityChanges(changes), author, expected_revision=activity.revision)
    return ApplyResult(len(chosen), len(per_activity), skipped_conflicts, skipped_deletions, tuple(refused))


def typed_value(field: str, value: str, current: Activiteit) -> object:
    """The domain value of a canonical workbook string for ``store.update_activity``."""
    if field == "deadline":
        return date.fromisoformat(value) if value else None
    if field == "status":
        return value or None
    if field == "review_state":
        return ReviewState(value)
    if field in ("plan", "realisation"):
        old: BlockText = getattr(current, field)
        return text_from_cell(value, old)
    return value


def text_from_cell(text: str, current: BlockText) -> BlockText:
    """Block text from a plain cell; a line equal to a block of ``current`` keeps that
    block's kind and bold/italic."""
    parsed = BlockText.from_plain(text)
    pool: dict[str, list[Block]] = {}
    for block in current.blocks:
        pool.setdefault(block.text.strip(), []).append(block)
    blocks: list[Block] = []
    for block in parsed.blocks:
        candidates = pool.get(block.text.strip())
        if candidates:
            blocks.append(replace(candidates.pop(0), gap_before=block.gap_before))
        else:
            blocks.append(block)
    return BlockText(tuple(blocks))


def _decimal(text: str) -> Decimal | None:
    return Decimal(text) if text else None


def _key_figures(value: str, activity: Activiteit) -> tuple[Kengetal, ...]:
    existing = {figure.id for figure in activity.kengetallen}
    figures = []
    used: set[str] = set()
    for figure_id, label, unit, baseline, target, realised, source in key_figures_from_value(value):
        values: dict[str, Any] = {
            "label": label,
            "unit": unit,
            "baseline": _decimal(baseline),
            "target": _decimal(target),
            "realised": _decimal(realised),
            "source": source,
        }
        if figure_id in existing and figure_id not in used:
            used.add(figure_id)
            figures.append(Kengetal(id=figure_id, **values))
        else:
            figures.append(Kengetal(**values))
    return tuple(figures)


def iter_keys(result: Preview) -> Iterator[EntryKey]:
    """The keys of the conflicts (for a UI that asks per conflict)."""
    return (entry.key for entry in result.conflicts)
