"""The one policy: who may change which activity, which field, which review state; the vastgesteld lock."""

from __future__ import annotations

import pytest

from verantwoording_app.domain import policy
from verantwoording_app.domain.model import Activiteit, ReviewState
from verantwoording_app.domain.policy import Person, Role, Verdict

FATIMA = Person("Fatima", Role.OFFICER)
COORDINATOR = Person.coordinator("Coördinator")
READER = Person("Lezer", Role.READER)


def _activity(owner: str = "Fatima", state: ReviewState = ReviewState.CONCEPT) -> Activiteit:
    return Activiteit(title="Schuldhulp", owner=owner, review_state=state)


def test_officer_edits_own_activity_by_owner_name_trimmed_and_case_insensitive() -> None:
    assert policy.can_edit(FATIMA, _activity(" fatima "))
    refused = policy.can_edit(FATIMA, _activity("Piet"))
    assert refused.verdict is Verdict.REFUSED
    assert refused.reason is not None
    assert "Schuldhulp" in str(refused.reason)
    assert "not one of your activities" in refused.reason.render("en")


def test_a_work_package_decides_by_the_ids_handed_out_not_the_owner_field() -> None:
    activity = _activity("Piet")
    packaged = Person("Fatima", Role.OFFICER, activities=frozenset({activity.id}))
    assert policy.can_edit(packaged, activity)
    assert not policy.can_edit(packaged, _activity("Fatima"))


def test_empty_owner_is_nobody_s_own() -> None:
    assert not policy.can_edit(Person("", Role.OFFICER), _activity(""))


@pytest.mark.parametrize("field", policy.OFFICER_FIELDS)
def test_officer_fields_allowed(field: str) -> None:
    assert policy.can_edit_field(FATIMA, _activity(), field)


@pytest.mark.parametrize("field", sorted(set(policy.ACTIVITY_FIELDS) - set(policy.OFFICER_FIELDS)))
def test_coordinator_only_fields(field: str) -> None:
    decision = policy.can_edit_field(FATIMA, _activity(), field)
    assert decision.verdict is Verdict.REFUSED
    assert policy.can_edit_field(COORDINATOR, _activity(), field)


def test_officer_fields_never_include_owner_title_deadline() -> None:
    assert {"owner", "title", "deadline", "plan_frozen"}.isdisjoint(policy.OFFICER_FIELDS)
    assert set(policy.OFFICER_FIELDS) < set(policy.COORDINATOR_FIELDS) == set(policy.ACTIVITY_FIELDS)
    assert policy.editable_fields(Role.READER) == ()


def test_a_hand_out_narrows_the_fields() -> None:
    narrow = Person("Fatima", Role.OFFICER, fields=frozenset({"realisation"}))
    assert policy.can_edit_field(narrow, _activity(), "realisation")
    assert not policy.can_edit_field(narrow, _activity(), "plan")


def test_reader_changes_nothing() -> None:
    assert not policy.can_edit(READER, _activity("Lezer"))
    assert not policy.can_set_review(READER, "concept", "ter_review")
    assert not policy.can_change_structure(READER)


@pytest.mark.parametrize(("source", "target", "verdict"), [
    ("concept", "ter_review", Verdict.ALLOWED),
    ("ter_review", "concept", Verdict.ALLOWED),
    ("akkoord", "concept", Verdict.ALLOWED),
    ("concept", "akkoord", Verdict.PROPOSAL),
    ("ter_review", "vastgesteld", Verdict.PROPOSAL),
    ("vastgesteld", "concept", Verdict.REFUSED),
    ("vastgesteld", "vastgesteld", Verdict.ALLOWED),
])
def test_officer_review_states(source: str, target: str, verdict: Verdict) -> None:
    assert policy.can_set_review(FATIMA, source, target, "Schuldhulp").verdict is verdict


@pytest.mark.parametrize("source", [s.value for s in ReviewState])
@pytest.mark.parametrize("target", [s.value for s in ReviewState])
def test_coordinator_sets_every_review_state(source: str, target: str) -> None:
    assert policy.can_set_review(COORDINATOR, source, target)


def test_proposal_message_in_both_languages() -> None:
    decision = policy.can_set_review(FATIMA, "concept", "vastgesteld", "Schuldhulp")
    assert decision.reason is not None
    assert decision.reason.render("nl").startswith("'Vastgesteld' zet de coördinator")
    assert decision.reason.render("en").startswith("'Adopted' is set by the coordinator")


def test_the_lock_allows_only_reopening() -> None:
    locked = _activity(state=ReviewState.VASTGESTELD)
    assert not policy.locked_change(locked, ["realisation"])
    assert not policy.locked_change(locked, ["kengetallen"])
    assert policy.locked_change(locked, ["review_state", "realisation"], "concept")  # reopen and edit
    assert not policy.locked_change(locked, ["review_state", "realisation"], "vastgesteld")
    assert policy.locked_change(locked, [])
    assert policy.locked_change(_activity(), ["realisation"])


def test_check_change_combines_the_rules() -> None:
    locked = _activity(state=ReviewState.VASTGESTELD)
    assert not policy.check_change(COORDINATOR, locked, ["realisation"])
    assert policy.check_change(COORDINATOR, locked, ["review_state"], "akkoord")
    assert not policy.check_change(FATIMA, locked, ["review_state"], "concept")  # only the coordinator reopens
    assert policy.check_change(FATIMA, _activity(), ["realisation", "status"])
    assert policy.check_change(FATIMA, _activity(), ["review_state"], "vastgesteld").verdict is Verdict.PROPOSAL
    assert policy.check_change(FATIMA, _activity(), ["title"]).verdict is Verdict.REFUSED
    assert policy.check_change(FATIMA, _activity("Piet"), ["realisation"]).verdict is Verdict.REFUSED


def test_structure_is_the_coordinator_s() -> None:
    assert policy.can_change_structure(COORDINATOR)
    assert not policy.can_change_structure(FATIMA)


def test_require_raises_a_user_error_with_the_message() -> None:
    with pytest.raises(policy.PolicyRefused) as raised:
        policy.require(policy.can_edit(FATIMA, _activity("Piet")))
    assert "Schuldhulp" in raised.value.message
    policy.require(policy.can_edit(FATIMA, _activity()))
