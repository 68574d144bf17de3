"""Storage of the writing aids: ignored findings, the document word list, target lengths."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from ..domain.checks import Ignore
from ..domain.errors import UserError
from ..domain.messages import Message
from ..domain.model import new_id
from ..domain.spelling import MAX_WORD_LENGTH, normalise_word
from .mapping import now
from .tables import CheckIgnoreRow, DocumentWordRow, WordTargetRow

if TYPE_CHECKING:
    from .store import Store

MAX_REASON_LENGTH = 2000
MAX_TARGET_WORDS = 100_000


class WritingAidsStore:
    """The writing-aid tables of one Store (one current document)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- ignored findings ------------------------------------------------------------

    def ignores(self, activity_id: str | None = None) -> tuple[Ignore, ...]:
        with self.store.transaction() as session:
            query = select(CheckIgnoreRow).order_by(CheckIgnoreRow.created_at, CheckIgnoreRow.id)
            if activity_id is not None:
                query = query.where(CheckIgnoreRow.activity_id == activity_id)
            return tuple(Ignore(r.activity_id, r.rule_id, r.fingerprint, r.reason, r.author)
                         for r in session.scalars(query))

    def ignore(self, activity_id: str, rule_id: str, fingerprint: str, reason: str, author: str,
               sentence: str = "") -> Ignore:
        """Set a finding aside with a reason (required); ignoring it again replaces the reason."""
        reason = " ".join(reason.split())
        if not reason:
            raise UserError(Message.of("aids.reason_missing"))
        if len(reason) > MAX_REASON_LENGTH:
            raise UserError(Message.of("aids.reason_too_long", max_reason_length=MAX_REASON_LENGTH))
        with self.store.transaction() as session:
            session.execute(delete(CheckIgnoreRow).where(
                CheckIgnoreRow.activity_id == activity_id, CheckIgnoreRow.rule_id == rule_id,
                CheckIgnoreRow.fingerprint == fingerprint))
            session.add(CheckIgnoreRow(id=new_id(), activity_id=activity_id, rule_id=rule_id,
                                       fingerprint=fingerprint, sentence=sentence[:MAX_REASON_LENGTH],
                                       reason=reason, author=author, created_at=now()))
        return Ignore(activity_id, rule_id, fingerprint, reason, author)

    def unignore(self, activity_id: str, rule_id: str, fingerprint: str) -> None:
        with self.store.transaction() as session:
            session.execute(delete(CheckIgnoreRow).where(
                CheckIgnoreRow.activity_id == activity_id, CheckIgnoreRow.rule_id == rule_id,
                CheckIgnoreRow.fingerprint == fingerprint))

    # -- the document word list ----------------------------------------------------------

    def words(self) -> tuple[str, ...]:
        doc_id = self.store.document_id()
        with self.store.transaction() as session:
            return tuple(session.scalars(
                select(DocumentWordRow.word).where(DocumentWordRow.document_id == doc_id)
                .order_by(DocumentWordRow.word)))

    def add_word(self, word: str, author: str) -> bool:
        """Add a word to the document's list; False when it was already there."""
        clean = normalise_word(word)
        if not clean:
            raise UserError(Message.of("spelling.not_a_word", word=word[:MAX_WORD_LENGTH]))
        doc_id = self.store.document_id()
        try:  # the unique index (document, word) decides
            with self.store.savepoint() as session:
                session.add(DocumentWordRow(id=new_id(), document_id=doc_id, word=clean, added_by=author,
                                            created_at=now()))
                session.flush()
        except IntegrityError:
            return False
        return True

    def remove_word(self, word: str) -> None:
        doc_id = self.store.document_id()
        with self.store.transaction() as session:
            session.execute(delete(DocumentWordRow).where(
                DocumentWordRow.document_id == doc_id, DocumentWordRow.word == word))

    # -- target lengths ------------------------------------------------------------------

    def targets(self) -> tuple[int, dict[str, int]]:
        """(the document's target, {activity id: its own target}); 0 means none."""
        doc_id = self.store.document_id()
        with self.store.transaction() as session:
            rows = session.execute(select(WordTargetRow.activity_id, WordTargetRow.words)
                                   .where(WordTargetRow.document_id == doc_id)).all()
        default = next((words for activity, words in rows if activity is None), 0)
        return default, {activity: words for activity, words in rows if activity is not None}

    def set_target(self, words: int, activity_id: str | None = None) -> None:
        """Set the document's target (``activity_id`` None) or an activity's own; 0 removes it."""
        if not 0 <= words <= MAX_TARGET_WORDS:
            raise UserError(Message.of("aids.target_out_of_range", maximum=f"{MAX_TARGET_WORDS:,}".replace(",", ".")))
        doc_id = self.store.document_id()
        with self.store.transaction() as session:
            condition = (WordTargetRow.activity_id.is_(None) if activity_id is None
                         else WordTargetRow.activity_id == activity_id)
            session.execute(delete(WordTargetRow).where(WordTargetRow.document_id == doc_id, condition))
            if words:
                session.add(WordTargetRow(id=new_id(), document_id=doc_id, activity_id=activity_id, words=words))

    def target_for(self, activity_id: str) -> int:
        default, own = self.targets()
        return own.get(activity_id, default)
