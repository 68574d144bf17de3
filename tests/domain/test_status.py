"""One status in another scheme: what an imported status means where it lands."""

from __future__ import annotations

import pytest

from verantwoording_app.domain.status import (
    SIX_STATUS,
    TRAFFIC_LIGHT,
    TWO_STATUS,
    StatusOption,
    StatusScheme,
    carry_over,
)


@pytest.mark.parametrize(
    ("key", "two", "traffic"),
    [("gereed", "uitgevoerd", "groen"), ("op_schema", None, "groen"), ("vertraagd", None, "oranje"),
     ("problemen", "niet_uitgevoerd", "rood"), ("doorgeschoven", "niet_uitgevoerd", "blauw"),
     ("ingetrokken", "niet_uitgevoerd", "blauw")],
)
def test_the_six_statuses_in_the_other_presets(key: str, two: str | None, traffic: str) -> None:
    assert carry_over(key, SIX_STATUS, SIX_STATUS) == key
    assert carry_over(key, SIX_STATUS, TWO_STATUS) == two
    assert carry_over(key, SIX_STATUS, TRAFFIC_LIGHT) == traffic


def test_a_scheme_of_its_own_is_matched_by_label() -> None:
    own = StatusScheme("eigen", (StatusOption("klaar", "Gereed", "#2e7d32", done=True),
                                 StatusOption("bezig", "Bezig", "#7cb342")))
    assert carry_over("gereed", SIX_STATUS, own) == "klaar"
    assert carry_over("vertraagd", SIX_STATUS, own) is None
    assert carry_over(None, SIX_STATUS, own) is None
    assert carry_over("onbekend", SIX_STATUS, own) is None
