"""The writing checks over a whole document or one activity: P&C findings (with what was
ignored, and why), spelling, readability, target lengths. Shared by the CLI and the window."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..domain.checks import CheckContext, Finding, Ignore, check_activity, rules_key, split_ignored
from ..domain.errors import UserError
from ..domain.messages import Message
from ..domain.model import Activiteit, ActivityPlace, Document, Hoofddoel, Programma, roman
from ..domain.readability import Readability, readability
from ..domain.spelling import SPELLING_REVISION, SpellChecker, word_lists
from ..storage.writing_aids import WritingAidsStore

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from ..storage.rows import TreeProgramme
    from .workspace import Workspace

SPELL_FIELDS = ("title", "plan", "realisation")


@dataclass(frozen=True, slots=True)
class LintReport:
    open: tuple[Finding, ...]
    ignored: tuple[Finding, ...]
    ignores: tuple[Ignore, ...]

    def reason_for(self, finding: Finding) -> str:
        for ignore in self.ignores:
            if (ignore.activity_id, ignore.rule_id, ignore.fingerprint) == (
                    finding.activity_id, finding.rule_id, finding.fingerprint):
                return ignore.reason
        return ""

    def count_by_activity(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.open:
            counts[finding.activity_id] = counts.get(finding.activity_id, 0) + 1
        return counts


@dataclass(frozen=True, slots=True)
class SpellingHit:
    code: str
    activity_id: str
    field: str
    word: str
    suggestions: tuple[str, ...] = ()


def aids(workspace: Workspace) -> WritingAidsStore:
    return WritingAidsStore(workspace._store)


MAX_PACKAGE_WORDS = 20_000


def package_words(value: object, source: str) -> list[str]:
    """The document word list carried in a work package, checked (a list of short words)."""
    from ..domain.errors import ImportRefused
    from ..domain.spelling import normalise_word

    if value is None:
        return []
    if not isinstance(value, list) or len(value) > MAX_PACKAGE_WORDS or not all(isinstance(w, str) for w in value):
        raise ImportRefused(Message.of("checks.invalid_word_list", source=source))
    return [clean for clean in (normalise_word(w) for w in value) if clean]


def take_words(workspace: Workspace, words: Iterable[str], author: str) -> int:
    """Add words to the document's list; the number that was new."""
    store = aids(workspace)
    return sum(store.add_word(word, author) for word in words)


def lint_document(document: Document, ignores: Iterable[Ignore] = (), default_target: int = 0,
                  targets: dict[str, int] | None = None) -> LintReport:
    context = CheckContext.from_document(document, default_target)
    own = targets or {}
    findings: list[Finding] = []
    for place in document.iter_activities():
        local = context
        target = own.get(place.activity.id)
        if target:
            local = replace(context, target_words=target)
        findings.extend(check_activity(place.activity, local, place))
    ignore_list = tuple(ignores)
    open_, ignored = split_ignored(findings, ignore_list)
    return LintReport(tuple(open_), tuple(ignored), ignore_list)


def lint(workspace: Workspace, document: Document | None = None) -> LintReport:
    """Every P&C finding of the current document, split into open and ignored."""
    document = document or workspace.document()
    store = aids(workspace)
    default, targets = store.targets()
    return lint_document(document, store.ignores(), default, targets)


def check_one(activity: Activiteit, context: CheckContext, place: ActivityPlace | None,
              ignores: Iterable[Ignore]) -> tuple[list[Finding], list[Finding]]:
    """(open, ignored) findings of one activity while it is being edited."""
    return split_ignored(check_activity(activity, context, place), ignores)


def field_text(activity: Activiteit, field: str) -> list[str]:
    if field == "title":
        return [activity.title]
    return [block.text for block in getattr(activity, field).blocks]


def spelling(document: Document, checker: SpellChecker, *, suggest: bool = False,
             progress: Callable[[int], None] | None = None) -> list[SpellingHit]:
    """Every wrong word of the document, activity by activity (with up to three suggestions)."""
    hits: list[SpellingHit] = []
    suggestions: dict[str, tuple[str, ...]] = {}
    for number, place in enumerate(document.iter_activities()):
        for field in SPELL_FIELDS:
            for text in field_text(place.activity, field):
                for word in checker.misspelt_words(text):
                    found: tuple[str, ...] = ()
                    if suggest:
                        if word not in suggestions:
                            suggestions[word] = tuple(checker.suggestions(word))
                        found = suggestions[word]
                    hits.append(SpellingHit(place.code, place.activity.id, field, word, found))
        if progress is not None:
            progress(number)
    return hits


def readability_of(activity: Activiteit) -> Readability:
    return readability(activity.realisation)


# -- counts for a whole document, from stored results where the texts did not change -----------------


@dataclass(frozen=True, slots=True)
class WritingCounts:
    """The writing checks of a whole document in numbers (what plain ``check`` and the workbook show)."""

    open_findings: dict[str, int]
    """Activity id → open P&C findings (only activities with at least one)."""
    ignored: int
    misspelt: int
    """Flagged words, every occurrence; -1 when the spell check was not asked for."""
    analysed: int
    """Activities whose texts were analysed again (the others came from stored results)."""


def tree_codes(tree: Sequence[TreeProgramme]) -> dict[str, str]:
    """Activity id → its code (``1.II.3``), from the tree alone (as ActivityPlace numbers them)."""
    return {activity.id: f"{programme.number}.{roman(goal_index + 1)}.{index}"
            for programme in tree for goal_index, goal in enumerate(programme.goals)
            for index, activity in enumerate(goal.activities, start=1)}


FEW_STALE = 50
"""Up to this many changed activities are loaded one by one; more, and the whole document is loaded."""


def _places(workspace: Workspace, tree: Sequence[TreeProgramme], ids: set[str]) -> list[ActivityPlace]:
    """The activities ``ids`` with their place, loaded one by one (in document order)."""
    places: list[ActivityPlace] = []
    for programme in tree:
        owner = Programma(programme.number, programme.name, id=programme.id)
        for goal_index, goal in enumerate(programme.goals):
            parent = Hoofddoel(goal.title, id=goal.id)
            places.extend(ActivityPlace(owner, parent, goal_index, index, workspace.activity(activity.id))
                          for index, activity in enumerate(goal.activities) if activity.id in ids)
    return places


class _SpellingElsewhere:
    """The spell check of many texts with the engine in a child process: started at once, so the dictionary
    loads while this process does other work; ``start`` hands it the words, ``checker`` waits for the
    verdicts. Where no process can be started (or it fails), the dictionary is loaded here instead."""

    def __init__(self, document_words: Sequence[str], personal_words: Sequence[str]) -> None:
        from .spell_process import SpellProcess

        self._words, self._personal = list(document_words), list(personal_words)
        self._local = SpellChecker(lambda _word: True, self._words, self._personal)
        """Only for the word lists until the verdicts are in."""
        self._process: SpellProcess | None = None
        self._thread: threading.Thread | None = None
        self._wrong: set[str] | None = None
        self._asked: set[str] = set()
        try:
            self._process = SpellProcess()
        except OSError:
            self._process = None

    def start(self, lists: list[list[str]]) -> None:
        """Have these words judged (on a thread that waits on the pipe: the GIL stays free)."""
        process = self._process
        if process is None:
            return
        self._asked = self._local.unjudged(lists)
        asked = sorted(self._asked)

        def ask() -> None:
            try:
                process.wait_ready()
                self._wrong = process.judge(asked, self._words, self._personal)
            except UserError:
                self._wrong = None

        self._thread = threading.Thread(target=ask, name="spelling-judge", daemon=True)
        self._thread.start()

    def checker(self) -> SpellChecker:
        """A checker that knows every verdict of the words handed to ``start``."""
        from . import spelling as spelling_service

        if self._thread is not None:
            self._thread.join()
        if self._process is None or self._wrong is None:  # no child: the dictionary in this process
            return spelling_service.load_checker(self._words, self._personal)
        wrong = self._wrong
        process = self._process
        checker = SpellChecker(process.spell, self._words, self._personal)
        checker.remember({word: word not in wrong for word in self._asked})
        return checker

    def close(self) -> None:
        if self._process is not None:
            self._process.close()


def document_counts(workspace: Workspace, *, with_spelling: bool = True, header: Document | None = None,
                    tree: Sequence[TreeProgramme] | None = None, document: Document | None = None,
                    keep: bool = True) -> WritingCounts:
    """Open P&C findings and flagged words of the whole document. Results are kept per activity (storage
    ``check_counts``) under a key of everything they depend on, so only changed texts are analysed again;
    the rest needs no text parsed. ``document`` (when the caller has it loaded) saves loading it.
    ``keep`` False: use what is stored, but store nothing (an export from the command line leaves the
    database as it was)."""
    from ..storage.check_counts import CheckCountsStore, StoredCheck, key_of
    from . import spelling as spelling_service

    header = header or document or workspace.document_header()
    if tree is None and document is not None:  # the codes from the loaded document (the same as the tree's)
        codes = {place.activity.id: place.code for place in document.iter_activities()}
    else:
        tree = tree if tree is not None else workspace.tree()
        codes = tree_codes(tree)
    counts_store = CheckCountsStore(workspace._store)
    store = aids(workspace)
    default, targets = store.targets()
    context_key = key_of(rules_key(), header.year, header.kind.value, header.realisation_label,
                         header.section_number, *sorted(codes.values()))
    digests = counts_store.text_digests()
    lint_keys = {aid: key_of(context_key, code, targets.get(aid, default), digests.get(aid, ""))
                 for aid, code in codes.items()}
    spelling_keys: dict[str, str] = {}
    document_words = store.words()
    personal: list[str] = []
    if with_spelling:
        personal = spelling_service.read_personal_words()
        words_key = key_of(SPELLING_REVISION, spelling_service.dictionary_key(), len(document_words),
                           *document_words, "\x1d", *sorted(personal))
        spelling_keys = {aid: key_of(words_key, digests.get(aid, "")) for aid in codes}
    stored = counts_store.stored()
    stale = {aid for aid in codes
             if (entry := stored.get(aid)) is None or entry.lint_key != lint_keys[aid]
             or (with_spelling and entry.spelling_key != spelling_keys[aid])}
    results = {aid: stored[aid] for aid in codes if aid not in stale}
    if stale:
        # the dictionary loads in a process of its own (about a second) while the texts load and the P&C
        # checks run here; it then judges every distinct word of the changed texts in one request
        judge = _SpellingElsewhere(document_words, personal) if with_spelling else None
        try:
            if document is None and len(stale) <= FEW_STALE:  # an edit or two since the last check: load those
                context = CheckContext.for_header(header, codes.values(), default)
                places = _places(workspace, tree if tree is not None else workspace.tree(), stale)
            else:
                document = document or workspace.document()
                context = CheckContext.from_document(document, default)
                places = [place for place in document.iter_activities() if place.activity.id in stale]
            groups = [[text for field in SPELL_FIELDS for text in field_text(place.activity, field)]
                      for place in places]
            lists = word_lists(text for group in groups for text in group) if judge is not None else []
            if judge is not None:
                judge.start(lists)
            fresh: dict[str, StoredCheck] = {}
            for place in places:
                aid = place.activity.id
                own = targets.get(aid)
                local = replace(context, target_words=own) if own else context
                found = tuple((f.rule_id, f.fingerprint) for f in check_activity(place.activity, local, place))
                before = stored.get(aid)
                spelling_key, wrong = ((before.spelling_key, before.misspelt) if before is not None and not with_spelling
                                       else ("", 0))
                fresh[aid] = StoredCheck(lint_keys.get(aid, ""), found, spelling_key, wrong)
            if judge is not None:
                flat = judge.checker().wrong_counts(lists)
                at = 0
                for place, group in zip(places, groups, strict=True):
                    aid = place.activity.id
                    fresh[aid] = replace(fresh[aid], spelling_key=spelling_keys[aid],
                                         misspelt=sum(flat[at : at + len(group)]))
                    at += len(group)
        finally:
            if judge is not None:
                judge.close()
        if keep:
            counts_store.keep(fresh)
        results.update(fresh)
    ignored_keys = {(i.activity_id, i.rule_id, i.fingerprint) for i in store.ignores()}
    open_findings: dict[str, int] = {}
    ignored = 0
    for aid, entry in results.items():
        hidden = sum((aid, rule, mark) in ignored_keys for rule, mark in entry.findings)
        ignored += hidden
        if len(entry.findings) > hidden:
            open_findings[aid] = len(entry.findings) - hidden
    total_misspelt = sum(entry.misspelt for entry in results.values()) if with_spelling else -1
    return WritingCounts(open_findings, ignored, total_misspelt, len(stale))
