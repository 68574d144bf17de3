"""When an activity is late: one rule for the overview, the counts per owner and anything else that asks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import ReviewState

if TYPE_CHECKING:
    from datetime import date

    from .status import StatusScheme


def is_late(scheme: StatusScheme, status: str | None, review_state: str, deadline: date | None,
            today: date) -> bool:
    """The deadline has passed (it is not today any more) and the activity is neither done
    (its status counts as done in the document's scheme) nor vastgesteld."""
    if deadline is None or deadline >= today:
        return False
    return not scheme.is_done(status) and review_state != ReviewState.VASTGESTELD
