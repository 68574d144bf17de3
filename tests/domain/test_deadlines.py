"""Late means: deadline passed, and neither done in the document's scheme nor vastgesteld."""

from __future__ import annotations

from datetime import date

import pytest

from verantwoording_app.domain.deadlines import is_late
from verantwoording_app.domain.status import SIX_STATUS, TRAFFIC_LIGHT, TWO_STATUS

TODAY = date(2023, 3, 15)


@pytest.mark.parametrize(("scheme", "status", "review", "deadline", "late"), [
    (SIX_STATUS, "op_schema", "concept", date(2023, 3, 14), True),
    (SIX_STATUS, None, "ter_review", date(2023, 1, 1), True),
    (SIX_STATUS, "op_schema", "concept", TODAY, False),  # due today is not late yet
    (SIX_STATUS, "op_schema", "concept", None, False),
    (SIX_STATUS, "gereed", "concept", date(2023, 3, 1), False),
    (SIX_STATUS, "ingetrokken", "concept", date(2023, 3, 1), False),
    (SIX_STATUS, "vertraagd", "vastgesteld", date(2023, 3, 1), False),
    (TWO_STATUS, "uitgevoerd", "concept", date(2023, 3, 1), False),
    (TWO_STATUS, "niet_uitgevoerd", "akkoord", date(2023, 3, 1), True),
    (TRAFFIC_LIGHT, "groen", "concept", date(2023, 3, 1), False),
    (TRAFFIC_LIGHT, "rood", "concept", date(2023, 3, 1), True),
])
def test_is_late(scheme, status, review, deadline, late) -> None:
    assert is_late(scheme, status, review, deadline, TODAY) is late
