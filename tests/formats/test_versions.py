"""Format numbers on the JSON the program keeps: older data is upgraded step by step, newer data refused."""

from __future__ import annotations

from typing import Any

import pytest

from verantwoording_app.domain import messages
from verantwoording_app.domain.errors import ImportRefused
from verantwoording_app.domain.model import DEFAULT_REVIEW_LABELS
from verantwoording_app.formats import treejson
from verantwoording_app.formats.versions import stamped, upgraded


def _step_0(data: dict[str, Any]) -> dict[str, Any]:
    name = data.pop("naam")
    return {**data, "name": name}


def _step_1(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "tags": []}


STEPS = {0: _step_0, 1: _step_1}


def test_data_without_a_number_is_format_0_and_goes_through_every_step() -> None:
    old = {"naam": "x"}
    assert upgraded(old, current=2, steps=STEPS, where="t") == {"format": 2, "name": "x", "tags": []}
    assert old == {"naam": "x"}  # the caller's data is never changed


def test_data_of_the_current_format_is_taken_as_it_is() -> None:
    assert upgraded({"format": 2, "name": "y"}, current=2, steps=STEPS, where="t") == {"format": 2, "name": "y"}
    assert upgraded({"format": 1, "name": "y"}, current=2, steps=STEPS, where="t")["tags"] == []


@pytest.mark.parametrize("number", [3, 99])
def test_a_newer_format_is_refused_in_both_languages(number: int) -> None:
    with pytest.raises(ImportRefused, match=f"nieuwere versie van Verantwoording \\(formaat {number}") as refused:
        upgraded({"format": number}, current=2, steps=STEPS, where="Het pakket 'p'")
    assert refused.value.text is not None
    assert refused.value.text.render("en").startswith("Het pakket 'p' was made with a newer version")


@pytest.mark.parametrize("data", [{"format": "1"}, {"format": -1}, {"format": True}, {"format": 1.5}, [1], "x"])
def test_a_broken_number_or_no_object_is_refused(data: object) -> None:
    with pytest.raises(ImportRefused):
        upgraded(data, current=2, steps=STEPS, where="t")


def test_stamped_puts_the_number_first() -> None:
    assert list(stamped({"a": 1, "format": 0}, 3)) == ["format", "a"]


def test_the_document_json_carries_its_format(sample_document) -> None:
    data = treejson.document_to_json(sample_document)
    assert data["format"] == treejson.DOCUMENT_FORMAT == 1
    assert treejson.document_to_json(treejson.document_from_json(data)) == data


def test_a_document_from_before_format_numbers_is_upgraded(sample_document) -> None:
    data = treejson.document_to_json(sample_document)
    for key in ("format", "review_labels", "past"):
        data.pop(key)
    document = treejson.document_from_json(data)
    assert document.review_labels == DEFAULT_REVIEW_LABELS
    assert treejson.document_to_json(document)["programmes"] == data["programmes"]


def test_a_newer_document_is_refused_naming_where(sample_document) -> None:
    data = {**treejson.document_to_json(sample_document), "format": 2}
    where = messages.Message.of("snapshot.named", name="aan raad")
    with pytest.raises(ImportRefused, match="De momentopname 'aan raad' is gemaakt met een nieuwere versie"):
        treejson.document_from_json(data, where)
