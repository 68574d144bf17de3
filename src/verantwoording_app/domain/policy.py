"""Who may change what: the one policy every door calls.

Every way a change comes in asks this module, and gets the same answer for the
same input: the window (form, overview, undo, restore), the command line, the
Excel re-import, the package merge, and the team server (whose row-level
security and column grants are generated from the declarations below).

The rules:

- A **coordinator** may change every field of every activity and the structure
  (programmes, goals, activities, the document), and may set every review state.
- An **officer** (*medewerker*) may change only their *own* activities, and in
  them only :data:`OFFICER_FIELDS` (texts, status, key figures, portfolio
  holder, internal note, review state) and add remarks. Never the title, the
  owner, the deadline, the frozen-plan flag, the structure, or another
  officer's activity. An activity is their own when it was handed out to them
  (a work package lists the ids), otherwise when its owner is their name
  (trimmed, case-insensitive; this is the rule the team server applies to
  ``session_user``).
- An officer may set the review states :data:`OFFICER_REVIEW_STATES` (concept,
  ter review). *Akkoord* and *vastgesteld* approve work, and nobody approves
  their own: from an officer that change is a **proposal**
  (:attr:`Verdict.PROPOSAL`). A door that can carry a proposal to the
  coordinator (the package merge) lists it as a conflict for the coordinator
  to decide; a door that cannot (the officer's own window, workbook, command
  line) refuses it when it is made, with the message.
- A **reader** (*lezer*) changes nothing.
- **The vastgesteld lock**: a vastgesteld activity changes in nothing but its
  review state, and only a coordinator may change that (reopen it). Changing
  the review state away from vastgesteld together with other fields in one go
  is a reopening and is allowed.

Every refusal carries a :class:`~.messages.Message` (id and arguments, Dutch
and English) so each door can say why in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Final, Protocol

from . import fields
from .errors import UserError
from .messages import Message, define
from .model import ReviewState

if TYPE_CHECKING:
    from collections.abc import Iterable


class Role(StrEnum):
    """A person's role; the values are the keys stored with the document's people."""

    COORDINATOR = "coördinator"
    OFFICER = "medewerker"
    READER = "lezer"


# -- the declarations (the team server generates its grants from these) -------------------------

ACTIVITY_FIELDS: Final = fields.KEYS
"""Every field of an activity a person can change (``kengetallen``: the key figures as a whole), from the
field registry (``domain/fields.py``)."""
COORDINATOR_FIELDS: Final = ACTIVITY_FIELDS
"""A coordinator changes every field."""
OFFICER_FIELDS: Final = (
    "plan", "realisation", "status", "review_state", "portfolio_holder", "internal_note", "kengetallen",
)
"""What an officer may change in their own activities. Title, owner, deadline and the frozen plan are the
coordinator's."""
OFFICER_REVIEW_STATES: Final = frozenset({ReviewState.CONCEPT, ReviewState.TER_REVIEW})
"""The review states an officer may set on their own work; akkoord and vastgesteld are proposals."""
LOCKED_STATE: Final = ReviewState.VASTGESTELD
"""The review state that locks an activity."""


def editable_fields(role: Role) -> tuple[str, ...]:
    """The fields a person in this role may change in an activity they may edit (the server's column grants)."""
    if role is Role.COORDINATOR:
        return COORDINATOR_FIELDS
    if role is Role.OFFICER:
        return OFFICER_FIELDS
    return ()


# -- messages --------------------------------------------------------------------------------------

READER = define("policy.reader", "U kunt in dit document alleen lezen.", "You can only read this document.")
NOT_OWN = define(
    "policy.not_own",
    "'{title}' hoort niet bij uw activiteiten ({person}); alleen de eigenaar of de coördinator kan haar wijzigen.",
    "'{title}' is not one of your activities ({person}); only its owner or the coordinator can change it.",
)
FIELD_NOT_ALLOWED = define(
    "policy.field_not_allowed",
    "De {field} van '{title}' wijzigt alleen de coördinator.",
    "Only the coordinator changes the {field} of '{title}'.",
)
STRUCTURE = define(
    "policy.structure",
    "De indeling van het document (programma's, hoofddoelen, activiteiten) wijzigt alleen de coördinator.",
    "Only the coordinator changes the structure of the document (programmes, goals, activities).",
)
LOCKED = define(
    "policy.locked",
    "Activiteit '{title}' is vastgesteld en kan niet meer worden gewijzigd. Heropen haar eerst "
    "(reviewstatus terugzetten).",
    "Activity '{title}' is vastgesteld (adopted) and can no longer be changed. Reopen it first "
    "(set the review state back).",
)
REOPEN = define(
    "policy.reopen",
    "Activiteit '{title}' is vastgesteld; alleen de coördinator kan haar heropenen.",
    "Activity '{title}' is vastgesteld (adopted); only the coordinator can reopen it.",
)
PROPOSAL = define(
    "policy.proposal",
    "'{state}' zet de coördinator: niemand keurt zijn eigen werk goed. Zet '{title}' op 'Ter review'; "
    "bij het inleveren ziet de coördinator uw werk.",
    "'{state}' is set by the coordinator: nobody approves their own work. Set '{title}' to 'Ter review' "
    "(for review); the coordinator sees your work when you hand it in.",
)
define("review.concept", "Concept", "Concept")
define("review.ter_review", "Ter review", "For review")
define("review.akkoord", "Akkoord", "Approved")
define("review.vastgesteld", "Vastgesteld", "Adopted")


def field_name(field: str) -> Message:
    """The translatable name of a field, for messages: an activity's from the field registry, another part's
    (a variance explanation's) from its own ``field.<name>`` message."""
    found = fields.BY_KEY.get(field)
    return found.name if found is not None else Message.of(f"field.{field}")


# -- the answers -----------------------------------------------------------------------------------


class Verdict(StrEnum):
    ALLOWED = "allowed"
    PROPOSAL = "proposal"
    """Allowed only as a proposal for the coordinator (an officer approving work)."""
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class Decision:
    """The policy's answer: a verdict and, unless allowed, the reason as a message."""

    verdict: Verdict
    reason: Message | None = None

    @property
    def allowed(self) -> bool:
        return self.verdict is Verdict.ALLOWED

    def __bool__(self) -> bool:
        raise TypeError("ask decision.allowed (or decision.verdict): a proposal is neither yes nor no")


ALLOWED: Final = Decision(Verdict.ALLOWED)


class ActivityFacts(Protocol):
    """What the policy needs to know of an activity (``Activiteit`` and the tree's rows have it)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def owner(self) -> str: ...
    @property
    def review_state(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Person:
    """Who is making a change: name, role, and for an officer with a work package the ids handed out.

    ``activities`` None: their own activities are those with their name as owner.
    ``fields`` narrows what they may change (a hand-out lists its fields); None: the role's fields.
    """

    name: str
    role: Role
    activities: frozenset[str] | None = None
    fields: frozenset[str] | None = None

    @classmethod
    def coordinator(cls, name: str = "") -> Person:
        return cls(name, Role.COORDINATOR)

    @property
    def is_coordinator(self) -> bool:
        return self.role is Role.COORDINATOR

    def allowed_fields(self) -> frozenset[str]:
        fields = frozenset(editable_fields(self.role))
        return fields if self.fields is None else fields & self.fields

    def owns(self, activity: ActivityFacts) -> bool:
        """Whether the activity is this person's own (handed out to them, or their name as owner)."""
        if self.activities is not None:
            return activity.id in self.activities
        return same_name(activity.owner, self.name)


def same_name(a: str, b: str) -> bool:
    """Names compare trimmed and case-insensitive ("Fatima " is "fatima")."""
    return bool(a.strip()) and a.strip().casefold() == b.strip().casefold()


def can_edit(person: Person, activity: ActivityFacts) -> Decision:
    """Whether ``person`` may change anything in ``activity`` at all (fields, key figures, remarks).

    The lock is not part of this answer (a coordinator may edit a vastgesteld activity's review
    state); see :func:`is_locked` and :func:`check_change`.
    """
    if person.role is Role.READER:
        return Decision(Verdict.REFUSED, Message.of(READER))
    if person.role is Role.OFFICER and not person.owns(activity):
        return Decision(Verdict.REFUSED, Message.of(NOT_OWN, title=_short(activity.title), person=person.name))
    return ALLOWED


def can_edit_field(person: Person, activity: ActivityFacts, field: str) -> Decision:
    """Whether ``person`` may change this one field of ``activity`` (lock included)."""
    decision = can_edit(person, activity)
    if not decision.allowed:
        return decision
    if field not in person.allowed_fields():
        return Decision(Verdict.REFUSED,
                        Message.of(FIELD_NOT_ALLOWED, field=field_name(field), title=_short(activity.title)))
    if is_locked(activity) and field != "review_state":
        return Decision(Verdict.REFUSED, Message.of(LOCKED, title=_short(activity.title)))
    return ALLOWED


def can_set_review(person: Person, from_state: str, to_state: str, title: str = "") -> Decision:
    """Whether ``person`` may change an activity's review state from ``from_state`` to ``to_state``.

    Coordinator: always. Officer: concept and ter review freely; akkoord and vastgesteld are a
    proposal; a vastgesteld activity stays so (only the coordinator reopens). Reader: never.
    """
    source, target = ReviewState(from_state), ReviewState(to_state)
    if source is target or person.role is Role.COORDINATOR:
        return ALLOWED
    if person.role is Role.READER:
        return Decision(Verdict.REFUSED, Message.of(READER))
    if source is LOCKED_STATE:
        return Decision(Verdict.REFUSED, Message.of(REOPEN, title=_short(title)))
    if target not in OFFICER_REVIEW_STATES:
        return Decision(Verdict.PROPOSAL,
                        Message.of(PROPOSAL, state=review_name(target), title=_short(title)))
    return ALLOWED


def can_change_structure(person: Person) -> Decision:
    """Adding, deleting, moving programmes, goals and activities; the document's own fields."""
    if person.role is Role.COORDINATOR:
        return ALLOWED
    return Decision(Verdict.REFUSED, Message.of(READER if person.role is Role.READER else STRUCTURE))


def is_locked(activity: ActivityFacts) -> bool:
    """The vastgesteld lock: only the review state may change (by the coordinator)."""
    return str(activity.review_state) == LOCKED_STATE.value


def locked_change(activity: ActivityFacts, fields: Iterable[str], new_review_state: str | None = None) -> Decision:
    """The lock alone: refused when ``activity`` is vastgesteld, ``fields`` (really changing) name more than
    the review state, and the change does not reopen it (``new_review_state`` other than vastgesteld)."""
    if not is_locked(activity):
        return ALLOWED
    if new_review_state is not None and ReviewState(new_review_state) is not LOCKED_STATE:
        return ALLOWED
    if any(name != "review_state" for name in fields):
        return Decision(Verdict.REFUSED, Message.of(LOCKED, title=_short(activity.title)))
    return ALLOWED


def check_fields(person: Person, activity: ActivityFacts, fields: Iterable[str],
                 new_review_state: str | None = None) -> dict[str, Decision]:
    """The policy's answer per field for one change of ``activity``: ``fields`` are the names really
    changing (``kengetallen`` for key figures), ``new_review_state`` the review state it sets, if any.

    A door that can apply part of a change (a workbook row, a hand-in) applies the allowed fields and
    reports the others; reopening a vastgesteld activity (a coordinator setting another review state)
    unlocks the other fields of the same change.
    """
    names = tuple(fields)
    whole = can_edit(person, activity)
    if not whole.allowed:
        return {name: whole for name in names}
    review: Decision | None = None
    if "review_state" in names and new_review_state is not None:
        review = can_set_review(person, str(activity.review_state), new_review_state, activity.title)
    reopening = review is not None and review.allowed and ReviewState(str(new_review_state)) is not LOCKED_STATE
    allowed = person.allowed_fields()
    answers: dict[str, Decision] = {}
    for name in names:
        if name not in allowed:
            answers[name] = Decision(Verdict.REFUSED, Message.of(FIELD_NOT_ALLOWED, field=field_name(name),
                                                                  title=_short(activity.title)))
        elif name == "review_state":
            answers[name] = review if review is not None else ALLOWED
        elif is_locked(activity) and not reopening:
            answers[name] = Decision(Verdict.REFUSED, Message.of(LOCKED, title=_short(activity.title)))
        else:
            answers[name] = ALLOWED
    return answers


def check_change(person: Person, activity: ActivityFacts, fields: Iterable[str],
                 new_review_state: str | None = None) -> Decision:
    """The whole policy for one change of ``activity`` that must apply as a whole (a save in the form).

    The first refusal wins; a review change that is only a proposal answers PROPOSAL when
    everything else is allowed.
    """
    names = tuple(fields)
    decision = can_edit(person, activity)
    if not decision.allowed:
        return decision
    answers = check_fields(person, activity, names, new_review_state).values()
    for verdict in (Verdict.REFUSED, Verdict.PROPOSAL):
        for answer in answers:
            if answer.verdict is verdict:
                return answer
    return ALLOWED


def review_name(state: ReviewState | str) -> Message:
    """The translatable default name of a review state."""
    return Message.of(f"review.{ReviewState(state).value}")


def _short(title: str) -> str:
    return title if len(title) <= 80 else title[:79] + "…"


class PolicyRefused(UserError):
    """Raised by a door that refuses a change the policy refused (or only allows as a proposal)."""

    def __init__(self, decision: Decision) -> None:
        assert decision.reason is not None
        super().__init__(decision.reason)
        self.decision = decision


def require(decision: Decision) -> None:
    """Raise :class:`PolicyRefused` unless the decision allows the change."""
    if not decision.allowed:
        raise PolicyRefused(decision)


# -- the rest of the programme chapter (domain.chapter) ----------------------------------------------

EXPLANATION_OFFICER_FIELDS: Final = ("cause", "nature", "rechtmatigheid")
"""What the owner of a variance explanation may change in it; owner, deadline (and the amount it was written
for, which follows the table) are the coordinator's."""
EFFECT_OFFICER_FIELDS: Final = ("plan", "realisation")
"""What the owner of an effect text may change in it."""
CHAPTER_NOT_OWN = define(
    "policy.chapter_not_own",
    "{what} hoort niet bij uw werk ({person}); alleen de eigenaar of de coördinator kan dit wijzigen.",
    "{what} is not part of your work ({person}); only its owner or the coordinator can change it.",
)
CHAPTER_FIELD = define(
    "policy.chapter_field",
    "De {field} van {what} wijzigt alleen de coördinator.",
    "Only the coordinator changes the {field} of {what}.",
)
CHAPTER_COORDINATOR = define(
    "policy.chapter_coordinator",
    "{what} wijzigt alleen de coördinator.",
    "Only the coordinator changes {what}.",
)
DOCUMENT_LOCKED = define(
    "policy.document_locked",
    "Het document is vastgesteld; {what} kan niet meer worden gewijzigd.",
    "The document is vastgesteld (adopted); {what} can no longer be changed.",
)
define("field.cause", "toelichting", "explanation")
define("field.nature", "aard (incidenteel of structureel)", "nature (incidental or structural)")
define("field.rechtmatigheid", "rechtmatigheidscategorie", "legitimacy category")
define("field.amount", "bedrag", "amount")


def can_explain(person: Person, what: str, owner: str, fields: Iterable[str], *, own: bool | None = None,
                document_locked: bool = False) -> Decision:
    """Whether ``person`` may change these fields of a variance explanation (``what`` names it).

    Coordinator: every field. Officer: only an explanation of their own (``own`` when a work package
    says so, else its owner is their name), and only :data:`EXPLANATION_OFFICER_FIELDS`. Reader: nothing.
    A vastgesteld document changes no more.
    """
    return _chapter_change(person, what, owner, fields, EXPLANATION_OFFICER_FIELDS, own, document_locked)


def can_edit_effect(person: Person, what: str, owner: str, fields: Iterable[str], *, own: bool | None = None,
                    document_locked: bool = False) -> Decision:
    """Whether ``person`` may change these fields of an effect text: the coordinator, or its owner its texts."""
    return _chapter_change(person, what, owner, fields, EFFECT_OFFICER_FIELDS, own, document_locked)


def can_edit_chapter(person: Person, what: str, *, document_locked: bool = False) -> Decision:
    """The chapter's own data (effect indicators, imported figures, settings): the coordinator only."""
    if person.role is Role.READER:
        return Decision(Verdict.REFUSED, Message.of(READER))
    if document_locked:
        return Decision(Verdict.REFUSED, Message.of(DOCUMENT_LOCKED, what=what))
    if person.role is not Role.COORDINATOR:
        return Decision(Verdict.REFUSED, Message.of(CHAPTER_COORDINATOR, what=what))
    return ALLOWED


def _chapter_change(person: Person, what: str, owner: str, fields: Iterable[str], officer_fields: tuple[str, ...],
                    own: bool | None, document_locked: bool) -> Decision:
    if person.role is Role.READER:
        return Decision(Verdict.REFUSED, Message.of(READER))
    if document_locked:
        return Decision(Verdict.REFUSED, Message.of(DOCUMENT_LOCKED, what=what))
    if person.role is Role.COORDINATOR:
        return ALLOWED
    mine = own if own is not None else same_name(owner, person.name)
    if not mine:
        return Decision(Verdict.REFUSED, Message.of(CHAPTER_NOT_OWN, what=what, person=person.name))
    for name in fields:
        if name not in officer_fields and name != "amount":
            return Decision(Verdict.REFUSED, Message.of(CHAPTER_FIELD, field=field_name(name), what=what))
    return ALLOWED
