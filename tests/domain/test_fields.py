"""The field registry: every activity field once, one text codec, labels in Dutch and English."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from verantwoording_app.domain import fields, policy
from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.limits import FIELD_NAMES
from verantwoording_app.domain.model import Activiteit, ReviewState
from verantwoording_app.domain.wording import FIELD_LABELS

VALUES: dict[str, list[object]] = {
    "title": ["Schuldhulp", ""],
    "plan": [BlockText.from_markdown("- **een**\n- twee"), BlockText.from_markdown("")],
    "realisation": [BlockText.from_markdown("## Kop\n\nTekst *schuin*.")],
    "status": ["gereed", None],
    "owner": ["Fatima", ""],
    "portfolio_holder": ["Wethouder"],
    "deadline": [date(2023, 3, 1), None],
    "review_state": [ReviewState.VASTGESTELD, ReviewState.CONCEPT],
    "internal_note": ["regel 1\nregel 2", ""],
    "plan_frozen": [True, False],
}


def test_every_field_is_an_attribute_of_an_activity() -> None:
    attributes = {f.name for f in dataclasses.fields(Activiteit)}
    assert set(fields.KEYS) <= attributes
    assert fields.KEYS == policy.ACTIVITY_FIELDS
    assert set(VALUES) == {f.key for f in fields.ACTIVITY_FIELDS if f.kind is not fields.Kind.FIGURES}


@pytest.mark.parametrize(("key", "value"), [(k, v) for k, values in VALUES.items() for v in values])
def test_the_one_codec_round_trips(key: str, value: object) -> None:
    text = fields.encode(key, value)
    assert text is None or isinstance(text, str)
    assert fields.decode(key, text) == value


def test_bad_texts_are_refused() -> None:
    with pytest.raises(ValueError, match="Invalid isoformat"):
        fields.decode("deadline", "31-02-2023")
    with pytest.raises(ValueError, match="goedgekeurd"):
        fields.decode("review_state", "goedgekeurd")
    with pytest.raises(ValueError, match="not a flag"):
        fields.decode("plan_frozen", "ja")
    with pytest.raises(TypeError):
        fields.encode("plan", "platte tekst")  # block text fields take BlockText


@pytest.mark.parametrize("item", fields.ACTIVITY_FIELDS, ids=lambda f: f.key)
def test_labels_and_names_in_both_languages(item: fields.Field) -> None:
    for message in (item.label, item.name):
        assert message.render("nl")
        assert message.render("en")
    assert fields.label(item.key, "en") == item.label.render("en")


def test_the_older_name_tables_come_from_the_registry() -> None:
    assert FIELD_NAMES["realisation"] == "realisatietekst"
    assert FIELD_LABELS["realisation"] == "realisatie"
    assert fields.label("realisation", "en") == "Realisation"
    assert fields.label("onbekend") == "onbekend"
    assert fields.EXCHANGED == ("title", "plan", "realisation", "status", "owner", "portfolio_holder", "deadline",
                                "review_state", "internal_note")


def test_typed_changes_check_every_value_against_the_registry() -> None:
    from verantwoording_app.domain.fields import ActivityChanges, FieldEdit

    changes = ActivityChanges({"status": "gereed", "title": "Nieuw", "deadline": date(2024, 3, 1),
                               "review_state": "akkoord"})
    assert list(changes) == ["title", "status", "deadline", "review_state"]  # registry order
    assert changes == {"title": "Nieuw", "status": "gereed", "deadline": date(2024, 3, 1), "review_state": "akkoord"}
    assert ActivityChanges.of(changes) is changes
    assert dict(changes.without("title", "deadline")) == {"status": "gereed", "review_state": "akkoord"}
    assert ActivityChanges([FieldEdit("review_state", ReviewState.VASTGESTELD)])["review_state"] is ReviewState.VASTGESTELD
    with pytest.raises(TypeError, match="plan"):
        ActivityChanges({"plan": "platte tekst"})  # block text, not a string
    with pytest.raises(TypeError, match="deadline"):
        FieldEdit("deadline", "01-03-2024")
    with pytest.raises(ValueError, match="unknown activity field"):
        ActivityChanges({"realisatie": BlockText.from_plain("x")})
    with pytest.raises(ValueError, match="goedgekeurd"):
        FieldEdit("review_state", "goedgekeurd")

