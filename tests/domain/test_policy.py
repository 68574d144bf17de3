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
    assert policy.can_edit(FATIMA, _activity(" fatima ")).allowed
    refused = policy.can_edit(FATIMA, _activity("Piet"))
    assert refused.verdict is Verdict.REFUSED
    assert refused.reason is not None
    assert "Schuldhulp" in str(refused.reason)
    assert "not one of your activities" in refused.reason.render("en")


def test_a_work_package_decides_by_the_ids_handed_out_not_the_owner_field() -> None:
    activity = _activity("Piet")
    packaged = Person("Fatima", Role.OFFICER, activities=frozenset({activity.id}))
    assert policy.can_edit(packaged, activity).allowed
    assert not policy.can_edit(packaged, _activity("Fatima")).allowed


def test_empty_owner_is_nobody_s_own() -> None:
    assert not policy.can_edit(Person("", Role.OFFICER), _activity("")).allowed


@pytest.mark.parametrize("field", policy.OFFICER_FIELDS)
def test_officer_fields_allowed(field: str) -> None:
    assert policy.can_edit_field(FATIMA, _activity(), field).allowed


@pytest.mark.parametrize("field", sorted(set(policy.ACTIVITY_FIELDS) - set(policy.OFFICER_FIELDS)))
def test_coordinator_only_fields(field: str) -> None:
    decision = policy.can_edit_field(FATIMA, _activity(), field)
    assert decision.verdict is Verdict.REFUSED
    assert policy.can_edit_field(COORDINATOR, _activity(), field).allowed


def test_officer_fields_never_include_owner_title_deadline() -> None:
    assert {"owner", "title", "deadline", "plan_frozen"}.isdisjoint(policy.OFFICER_FIELDS)
    assert set(policy.OFFICER_FIELDS) < set(policy.COORDINATOR_FIELDS) == set(policy.ACTIVITY_FIELDS)
    assert policy.editable_fields(Role.READER) == ()


def test_a_hand_out_narrows_the_fields() -> None:
    narrow = Person("Fatima", Role.OFFICER, fields=frozenset({"realisation"}))
    assert policy.can_edit_field(narrow, _activity(), "realisation").allowed
    assert not policy.can_edit_field(narrow, _activity(), "plan").allowed


def test_reader_changes_nothing() -> None:
    assert not policy.can_edit(READER, _activity("Lezer")).allowed
    assert not policy.can_set_review(READER, "concept", "ter_review").allowed
    assert not policy.can_change_structure(READER).allowed


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
    assert policy.can_set_review(COORDINATOR, source, target).allowed


def test_proposal_message_in_both_languages() -> None:
    decision = policy.can_set_review(FATIMA, "concept", "vastgesteld", "Schuldhulp")
    assert decision.reason is not None
    assert decision.reason.render("nl").startswith("'Vastgesteld' zet de coördinator")
    assert decision.reason.render("en").startswith("'Adopted' is set by the coordinator")


def test_the_lock_allows_only_reopening() -> None:
    locked = _activity(state=ReviewState.VASTGESTELD)
    assert not policy.locked_change(locked, ["realisation"]).allowed
    assert not policy.locked_change(locked, ["kengetallen"]).allowed
    assert policy.locked_change(locked, ["review_state", "realisation"], "concept").allowed  # reopen and edit
    assert not policy.locked_change(locked, ["review_state", "realisation"], "vastgesteld").allowed
    assert policy.locked_change(locked, []).allowed
    assert policy.locked_change(_activity(), ["realisation"]).allowed


def test_check_change_combines_the_rules() -> None:
    locked = _activity(state=ReviewState.VASTGESTELD)
    assert not policy.check_change(COORDINATOR, locked, ["realisation"]).allowed
    assert policy.check_change(COORDINATOR, locked, ["review_state"], "akkoord").allowed
    assert not policy.check_change(FATIMA, locked, ["review_state"], "concept").allowed  # only the coordinator reopens
    assert policy.check_change(FATIMA, _activity(), ["realisation", "status"]).allowed
    assert policy.check_change(FATIMA, _activity(), ["review_state"], "vastgesteld").verdict is Verdict.PROPOSAL
    assert policy.check_change(FATIMA, _activity(), ["title"]).verdict is Verdict.REFUSED
    assert policy.check_change(FATIMA, _activity("Piet"), ["realisation"]).verdict is Verdict.REFUSED


def test_structure_is_the_coordinator_s() -> None:
    assert policy.can_change_structure(COORDINATOR).allowed
    assert not policy.can_change_structure(FATIMA).allowed


def test_require_raises_a_user_error_with_the_message() -> None:
    with pytest.raises(policy.PolicyRefused) as raised:
        policy.require(policy.can_edit(FATIMA, _activity("Piet")))
    assert "Schuldhulp" in raised.value.message
    policy.require(policy.can_edit(FATIMA, _activity()))


def test_a_decision_is_not_a_boolean() -> None:
    """``if decision:`` would treat a proposal as yes or no; the policy makes that a loud mistake."""
    with pytest.raises(TypeError, match="allowed"):
        bool(policy.can_edit(FATIMA, _activity()))


def test_check_fields_answers_per_field() -> None:
    answers = policy.check_fields(FATIMA, _activity(), ["realisation", "title", "review_state"], "vastgesteld")
    assert answers["realisation"].allowed
    assert answers["title"].verdict is Verdict.REFUSED
    assert answers["review_state"].verdict is Verdict.PROPOSAL
    locked = _activity(state=ReviewState.VASTGESTELD)
    assert {name: a.allowed for name, a in policy.check_fields(COORDINATOR, locked, ["plan", "status"]).items()} \
        == {"plan": False, "status": False}
    reopened = policy.check_fields(COORDINATOR, locked, ["plan", "review_state"], "akkoord")
    assert all(a.allowed for a in reopened.values())
    officer_reopen = policy.check_fields(FATIMA, locked, ["plan", "review_state"], "concept")
    assert not any(a.allowed for a in officer_reopen.values())


def test_a_chapter_part_s_field_is_named_by_its_own_message() -> None:
    decision = policy.can_explain(FATIMA, "de afwijking op programma 1", "Fatima", ["deadline"])
    assert decision.verdict is Verdict.REFUSED
    assert decision.reason is not None
    assert "deadline" in decision.reason.render("nl")
    assert policy.field_name("cause").render("en") == "explanation"
