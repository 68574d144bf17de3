"""Messages with an id and arguments: every one in Dutch and English, with the same placeholders."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain import messages, policy  # noqa: F401  (policy declares its messages)
from verantwoording_app.domain.errors import UserError
from verantwoording_app.domain.messages import CATALOGUE, Message, placeholders

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture(autouse=True)
def _dutch_again() -> Iterator[None]:
    yield
    messages.use_language("nl")


@pytest.mark.parametrize("message_id", sorted(CATALOGUE))
def test_every_message_has_english_with_the_same_placeholders(message_id: str) -> None:
    dutch, english = CATALOGUE[message_id]
    assert dutch.strip()
    assert english.strip()
    assert placeholders(dutch) == placeholders(english)


def test_render_nested_message_in_the_same_language() -> None:
    message = Message.of("policy.field_not_allowed", field=Message.of("field.owner"), title="X")
    assert message.render("nl") == "De eigenaar van 'X' wijzigt alleen de coördinator."
    assert message.render("en") == "Only the coordinator changes the owner of 'X'."
    assert str(message) == message.render("nl")


def test_unknown_id_is_a_bug() -> None:
    with pytest.raises(KeyError):
        Message.of("no.such.message")


def test_a_user_error_renders_in_the_language_in_use() -> None:
    error = UserError(Message.of("policy.structure"))
    assert error.message.startswith("De indeling")
    messages.use_language("en")
    assert error.message.startswith("Only the coordinator")
    assert str(error).startswith("De indeling")  # the exception text (logs) stays the Dutch source
    assert UserError("platte tekst").message == "platte tekst"


def test_declaring_twice_with_other_text_is_refused() -> None:
    messages.define("test.same", "a", "b")
    messages.define("test.same", "a", "b")
    with pytest.raises(ValueError, match="twice"):
        messages.define("test.same", "a", "c")
    del CATALOGUE["test.same"]
