"""Word diff: rebuilds both sides exactly, also with a shared beginning and end split off first."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verantwoording_app.domain.textdiff import Op, new_side, old_side, word_diff

WORDS = st.lists(st.sampled_from(["de", "het", "plan", "2022", "2023", " ", "\n", "werk", "."]), max_size=40)


@given(WORDS, WORDS, WORDS, WORDS)
def test_both_sides_are_rebuilt(prefix: list[str], left: list[str], right: list[str], suffix: list[str]) -> None:
    old, new = "".join(prefix + left + suffix), "".join(prefix + right + suffix)
    pieces = word_diff(old, new)
    assert old_side(pieces) == old
    assert new_side(pieces) == new
    assert all(a.op is not b.op for a, b in itertools.pairwise(pieces))


@pytest.mark.parametrize(
    ("old", "new", "changed"),
    [
        ("Wij doen dit in 2022 met werkgevers.", "Wij doen dit in 2023 met werkgevers.", [("2022", "2023")]),
        ("Een plan.", "Een plan. Met een pilot.", [("", " Met een pilot.")]),
        ("gelijk", "gelijk", []),
    ],
)
def test_only_the_changed_words_are_marked(old: str, new: str, changed: list[tuple[str, str]]) -> None:
    pieces = word_diff(old, new)
    removed = "".join(p.text for p in pieces if p.op is Op.REMOVED)
    added = "".join(p.text for p in pieces if p.op is Op.ADDED)
    assert (removed, added) == (changed[0] if changed else ("", ""))
