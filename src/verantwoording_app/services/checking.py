"""The writing checks over a whole document or one activity: P&C findings (with what was
ignored, and why), spelling, readability, target lengths. Shared by the CLI and the window."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..domain.checks import CheckContext, Finding, Ignore, check_activity, split_ignored
from ..domain.model import Activiteit, ActivityPlace, Document
from ..domain.readability import Readability, readability
from ..domain.spelling import SpellChecker
from ..storage.writing_aids import WritingAidsStore
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
    return WritingAidsStore(workspace.store)


MAX_PACKAGE_WORDS = 20_000


def package_words(value: object, source: str) -> list[str]:
    """The document word list carried in a work package, checked (a list of short words)."""
    from ..domain.errors import ImportRefused
    from ..domain.spelling import normalise_word

    if value is None:
        return []
    if not isinstance(value, list) or len(value) > MAX_PACKAGE_WORDS or not all(isinstance(w, str) for w in value):
        raise ImportRefused(f"'{source}' bevat geen geldige woordenlijst.")
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
            from dataclasses import replace

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
