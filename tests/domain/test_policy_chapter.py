"""The policy for the chapter's own items: variance explanations, effect texts, the chapter's data."""

from __future__ import annotations

from verantwoording_app.domain.policy import (
    Person,
    Role,
    can_edit_chapter,
    can_edit_effect,
    can_explain,
)

BERT = Person("Bert", Role.OFFICER)
COORDINATOR = Person.coordinator("Carla")
READER = Person("Lies", Role.READER)


def test_coordinator_changes_every_explanation_field_unless_the_document_is_adopted() -> None:
    assert can_explain(COORDINATOR, "x", "Bert", ["owner", "deadline", "cause"]).allowed
    refused = can_explain(COORDINATOR, "de toelichting", "Bert", ["cause"], document_locked=True)
    assert not refused.allowed
    assert "vastgesteld" in str(refused.reason)


def test_officer_explains_their_own_variance_but_not_its_owner_or_deadline() -> None:
    assert can_explain(BERT, "x", " bert ", ["cause", "nature", "rechtmatigheid", "amount"]).allowed
    field = can_explain(BERT, "de toelichting op Zorg", "Bert", ["deadline"])
    assert not field.allowed
    assert "alleen de coördinator" in str(field.reason)
    other = can_explain(BERT, "de toelichting op Zorg", "Anna", ["cause"])
    assert not other.allowed
    assert "hoort niet bij uw werk (Bert)" in str(other.reason)
    assert can_explain(BERT, "x", "Anna", ["cause"], own=True).allowed  # handed out to him in a work package
    assert not can_explain(BERT, "x", "Bert", ["cause"], own=False).allowed


def test_effects_and_chapter_data() -> None:
    assert can_edit_effect(BERT, "x", "Bert", ["plan", "realisation"]).allowed
    assert not can_edit_effect(BERT, "x", "Bert", ["owner"]).allowed
    assert not can_edit_chapter(BERT, "de financiële gegevens").allowed
    assert can_edit_chapter(COORDINATOR, "de financiële gegevens").allowed
    assert not can_explain(READER, "x", "Lies", ["cause"]).allowed
    assert not can_edit_chapter(READER, "x").allowed
