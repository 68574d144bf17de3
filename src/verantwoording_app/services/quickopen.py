"""The tree of a database read with the standard library, for the window's first seconds, and the first
activity to type in before the full store has opened."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.model import Activiteit, ReviewState
from ..storage.quickread import FirstActivity, QuickView, read_activity, read_first, read_quick
from ..storage.revision import HEAD_REVISION

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["EarlyStart", "QuickView", "early_activity", "early_start", "quick_view"]


@dataclass(frozen=True, slots=True)
class EarlyStart:
    """The first activity, ready to be typed in before the store has opened, and where it stands."""

    activity: Activiteit
    place: FirstActivity


def early_start(database: Path) -> EarlyStart | None:
    """The document's first activity for the form before the tree and the store are read (see
    :func:`early_activity` for when that is allowed); None otherwise."""
    place = read_first(database, HEAD_REVISION)
    if place is None:
        return None
    activity = early_activity(database, place.activity_id)
    return None if activity is None else EarlyStart(activity, place)


def quick_view(database: Path) -> QuickView | None:
    """The document's tree straight from the file; None when it needs the full open first."""
    return read_quick(database, HEAD_REVISION)


def early_activity(database: Path, activity_id: str) -> Activiteit | None:
    """The activity to fill the form with before the store has opened, when whatever is typed into it now is
    certain to be writable once it has: our own database on a local disk, writable, no other instance holding
    its lock, not an officer's work package (whose limits only the full open knows), the activity not
    vastgesteld. None otherwise: the form then waits for the full open, as before."""
    from .locking import cannot_write, is_stale, read_lock, unsafe_location

    if unsafe_location(database) or cannot_write(database):
        return None
    try:
        lock = read_lock(database)
    except (OSError, ValueError):
        return None
    if lock is not None and not is_stale(lock):
        return None
    found = read_activity(database, HEAD_REVISION, activity_id)
    if found is None:
        return None
    activity, package = found
    if package or activity.review_state is ReviewState.VASTGESTELD:
        return None
    return activity
