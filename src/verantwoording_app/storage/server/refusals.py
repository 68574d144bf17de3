"""The server's refusals as the policy's messages, told apart from a conflict (someone saved first)."""

from __future__ import annotations

import json
from typing import Any

from ...domain.errors import UserError
from ...domain.messages import Message, define

INSUFFICIENT_PRIVILEGE = "42501"
SERIALIZATION_FAILURE = "40001"
"""The server's guard: a change that does not raise the row version (based on an older one); also PostgreSQL's
own serialization failures. Both mean: someone else saved first, a conflict and not a refusal."""

OWN_ONLY = define(
    "server.own_only",
    "U mag alleen uw eigen activiteiten wijzigen. {reason} Uw tekst is niet verloren: hij staat nog in het "
    "venster.",
    "You may only change your own activities. {reason} Your text is not lost: it is still in the window.",
)
NOT_ALLOWED = define(
    "server.not_allowed",
    "De server staat deze wijziging niet toe: als medewerker wijzigt u alleen de teksten, status, kengetallen "
    "en opmerkingen van uw eigen activiteiten. Uw tekst is niet verloren: hij staat nog in het venster.",
    "The server does not allow this change: as an officer you only change the texts, status, key figures and "
    "remarks of your own activities. Your text is not lost: it is still in the window.",
)
FROZEN = define(
    "server.frozen",
    "De plantekst van '{title}' is bevroren (de tekst uit de vastgestelde begroting). De coördinator kan haar "
    "ontdooien.",
    "The plan text of '{title}' is frozen (the text of the adopted budget). The coordinator can unfreeze it.",
)
NOT_A_MEMBER = define(
    "server.not_a_member",
    "U ({login}) staat niet in de lijst van gebruikers van deze teamserver. Vraag de beheerder: "
    "verantwoording server add-user {login} --role officer",
    "You ({login}) are not in the list of users of this team server. Ask the administrator: "
    "verantwoording server add-user {login} --role officer",
)


class ServerRefused(UserError):
    """The server refused a change by its policy (not a conflict: nobody else saved first)."""

    def __init__(self, message: Message | str, message_id: str = "") -> None:
        super().__init__(message)
        self.message_id = message_id


def is_stale(error: BaseException) -> bool:
    """Whether a database error means that someone else saved the row first (a conflict, not a refusal)."""
    original: Any = getattr(error, "orig", error)
    return getattr(original, "sqlstate", None) == SERIALIZATION_FAILURE


def refusal(error: BaseException) -> ServerRefused | None:
    """The refusal a database error stands for, or None when it is something else."""
    original: Any = getattr(error, "orig", error)
    if getattr(original, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    diagnostic = getattr(original, "diag", None)
    detail = getattr(diagnostic, "message_detail", None) or ""
    try:
        facts = json.loads(detail) if detail.startswith("{") else {}
    except ValueError:
        facts = {}
    message_id = str(facts.get("id", ""))
    title, person = str(facts.get("title", "")), str(facts.get("person", ""))
    if message_id == "policy.not_own":
        reason = Message.of(message_id, title=title, person=person)
        return ServerRefused(Message.of(OWN_ONLY, reason=reason), message_id)
    if message_id == FROZEN:
        return ServerRefused(Message.of(FROZEN, title=title), message_id)
    if message_id in ("policy.locked", "policy.reopen"):
        return ServerRefused(Message.of(message_id, title=title), message_id)
    if message_id == "policy.chapter_not_own":
        return ServerRefused(Message.of(message_id, what=title, person=person), message_id)
    if message_id == "policy.document_locked":
        return ServerRefused(Message.of(message_id, what=title), message_id)
    if message_id == "policy.proposal":
        from ...domain.policy import review_name

        state = str(facts.get("state", ""))
        named: Message | str = review_name(state) if state else state
        return ServerRefused(Message.of("policy.proposal", state=named, title=title), message_id)
    return ServerRefused(Message.of(NOT_ALLOWED), "server.not_allowed")
