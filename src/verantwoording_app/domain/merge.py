"""A generic three-way merge per field: base (what was handed out), ours (the database
now), theirs (what came back: an edited workbook, an offline return package).

Pure and format-independent. Values are compared with ``==`` unless an ``equal``
function is given; a field missing from ``theirs`` means "no opinion" and keeps ours.
The outcome is deterministic: fields appear in the order of ``theirs``, then any
field only ``base`` or ``ours`` knows.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

V = TypeVar("V")
K = TypeVar("K", bound=Hashable)


class _Absent:
    """Marks a field one side does not have (not the same as an empty value)."""

    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT = _Absent()


class Side(StrEnum):
    """Which side wins a conflict."""

    THEIRS = "theirs"
    OURS = "ours"


class KeptReason(StrEnum):
    UNCHANGED = "unchanged"
    """Neither side changed the field."""
    OURS_CHANGED = "ours_changed"
    """Only ours changed it since the base: ours stays."""
    SAME_CHANGE = "same_change"
    """Both sides made the same change."""
    NO_OPINION = "no_opinion"
    """Theirs does not carry the field."""


@dataclass(frozen=True, slots=True)
class FieldChange(Generic[V]):
    """Ours must become ``new``; ``old`` is ours now (for display and a stale check)."""

    field: str
    old: V | _Absent
    new: V


@dataclass(frozen=True, slots=True)
class KeptValue(Generic[V]):
    field: str
    value: V | _Absent
    reason: KeptReason


@dataclass(frozen=True, slots=True)
class Conflict(Generic[V]):
    """Both sides changed the field, differently."""

    field: str
    base: V | _Absent
    ours: V | _Absent
    theirs: V

    def resolve(self, side: Side) -> FieldChange[V] | None:
        """The change that taking ``side`` means; None when ours simply stays."""
        if side is Side.THEIRS:
            return FieldChange(self.field, self.ours, self.theirs)
        return None


@dataclass(frozen=True, slots=True)
class MergeResult(Generic[V]):
    changes: tuple[FieldChange[V], ...]
    kept: tuple[KeptValue[V], ...]
    conflicts: tuple[Conflict[V], ...]

    @property
    def is_clean(self) -> bool:
        return not self.conflicts

    @property
    def has_changes(self) -> bool:
        return bool(self.changes)

    def resolved(self, take: Side | None) -> tuple[FieldChange[V], ...]:
        """All changes, plus the conflicts resolved to ``take`` (None leaves them out)."""
        extra: list[FieldChange[V]] = []
        if take is not None:
            for conflict in self.conflicts:
                change = conflict.resolve(take)
                if change is not None:
                    extra.append(change)
        return self.changes + tuple(extra)


def _field_order(*sources: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for source in sources:
        for name in source:
            seen.setdefault(name, None)
    return list(seen)


def merge_fields(
    base: Mapping[str, V],
    ours: Mapping[str, V],
    theirs: Mapping[str, V],
    *,
    equal: Callable[[V | _Absent, V | _Absent], bool] | None = None,
) -> MergeResult[V]:
    """Merge one record field by field.

    - theirs equals base: ours stays (whatever ours did);
    - theirs differs, ours equals base: a change to theirs;
    - both differ from base, equal to each other: nothing to do;
    - both differ from base and from each other: a conflict.
    """
    same: Callable[[V | _Absent, V | _Absent], bool] = equal or (lambda a, b: a == b)
    changes: list[FieldChange[V]] = []
    kept: list[KeptValue[V]] = []
    conflicts: list[Conflict[V]] = []
    for name in _field_order(theirs, base, ours):
        mine: V | _Absent = ours.get(name, ABSENT)
        if name not in theirs:
            kept.append(KeptValue(name, mine, KeptReason.NO_OPINION))
            continue
        new = theirs[name]
        old: V | _Absent = base.get(name, ABSENT)
        if same(new, old):
            reason = KeptReason.UNCHANGED if same(mine, old) else KeptReason.OURS_CHANGED
            kept.append(KeptValue(name, mine, reason))
        elif same(mine, old):
            changes.append(FieldChange(name, mine, new))
        elif same(mine, new):
            kept.append(KeptValue(name, mine, KeptReason.SAME_CHANGE))
        else:
            conflicts.append(Conflict(name, old, mine, new))
    return MergeResult(tuple(changes), tuple(kept), tuple(conflicts))


@dataclass(frozen=True, slots=True)
class RecordMerge(Generic[K, V]):
    """The merge of one record (an activity) identified by ``key``."""

    key: K
    result: MergeResult[V]


def merge_records(
    base: Mapping[K, Mapping[str, V]],
    ours: Mapping[K, Mapping[str, V]],
    theirs: Mapping[K, Mapping[str, V]],
    *,
    equal: Callable[[V | _Absent, V | _Absent], bool] | None = None,
) -> tuple[tuple[RecordMerge[K, V], ...], tuple[K, ...], tuple[K, ...]]:
    """Merge every record theirs and base share with ours.

    Returns the merges (in the order of ``theirs``), the keys theirs carries that base
    or ours does not know, and the keys of base that theirs no longer carries.
    """
    merges: list[RecordMerge[K, V]] = []
    unknown: list[K] = []
    for key, fields in theirs.items():
        if key not in base or key not in ours:
            unknown.append(key)
            continue
        merges.append(RecordMerge(key, merge_fields(base[key], ours[key], fields, equal=equal)))
    missing: Sequence[K] = [key for key in base if key not in theirs]
    return tuple(merges), tuple(unknown), tuple(missing)
