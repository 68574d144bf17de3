"""The generic three-way field merge."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verantwoording_app.domain.merge import (
    ABSENT,
    KeptReason,
    Side,
    merge_fields,
    merge_records,
)


@pytest.mark.parametrize(
    ("base", "ours", "theirs", "expected"),
    [
        ("a", "a", "a", "kept:unchanged"),
        ("a", "a", "b", "change"),
        ("a", "b", "a", "kept:ours_changed"),
        ("a", "b", "b", "kept:same_change"),
        ("a", "b", "c", "conflict"),
    ],
)
def test_field_cases(base: str, ours: str, theirs: str, expected: str) -> None:
    result = merge_fields({"f": base}, {"f": ours}, {"f": theirs})
    if expected == "change":
        assert [(c.field, c.old, c.new) for c in result.changes] == [("f", ours, theirs)]
        assert not result.conflicts
    elif expected == "conflict":
        assert [(c.base, c.ours, c.theirs) for c in result.conflicts] == [(base, ours, theirs)]
        assert not result.changes
    else:
        assert not result.changes
        assert not result.conflicts
        assert result.kept[0].reason == KeptReason(expected.split(":")[1])


def test_missing_in_theirs_means_no_opinion() -> None:
    result = merge_fields({"f": "a"}, {"f": "b"}, {})
    assert result.kept[0].reason is KeptReason.NO_OPINION
    assert not result.changes


def test_field_new_in_theirs_against_absent_base() -> None:
    result = merge_fields({}, {}, {"f": "x"})
    assert result.changes[0].old is ABSENT
    assert result.changes[0].new == "x"


def test_resolved_takes_theirs_only_when_asked() -> None:
    result = merge_fields({"f": "a", "g": "1"}, {"f": "b", "g": "1"}, {"f": "c", "g": "2"})
    assert [c.field for c in result.resolved(None)] == ["g"]
    assert [c.field for c in result.resolved(Side.OURS)] == ["g"]
    assert [(c.field, c.new) for c in result.resolved(Side.THEIRS)] == [("g", "2"), ("f", "c")]


def test_custom_equality() -> None:
    result = merge_fields({"f": "A"}, {"f": "a"}, {"f": "a"}, equal=lambda x, y: str(x).lower() == str(y).lower())
    assert not result.changes
    assert not result.conflicts


def test_order_is_deterministic() -> None:
    theirs = {"z": "1", "a": "1", "m": "1"}
    result = merge_fields({}, {}, theirs)
    assert [c.field for c in result.changes] == ["z", "a", "m"]


def test_records_report_unknown_and_missing() -> None:
    merges, unknown, missing = merge_records(
        {"r1": {"f": "a"}, "r2": {"f": "a"}},
        {"r1": {"f": "a"}, "r2": {"f": "a"}},
        {"r1": {"f": "b"}, "r9": {"f": "x"}},
    )
    assert [m.key for m in merges] == ["r1"]
    assert unknown == ("r9",)
    assert missing == ("r2",)


values = st.sampled_from(["", "a", "b", "c"])


@given(base=values, ours=values, theirs=values)
def test_merge_properties(base: str, ours: str, theirs: str) -> None:
    result = merge_fields({"f": base}, {"f": ours}, {"f": theirs})
    # exactly one outcome per field
    assert len(result.changes) + len(result.kept) + len(result.conflicts) == 1
    # unedited theirs never changes anything
    if theirs == base:
        assert not result.changes
        assert not result.conflicts
    # after applying the changes, ours equals theirs whenever there is no conflict
    if not result.conflicts:
        final = result.changes[0].new if result.changes else ours
        assert final == (ours if theirs == base else theirs)
