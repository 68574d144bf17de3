"""Spell checking without a dictionary engine of its own: which words to check, word lists, a cache.

The engine (Hunspell with the OpenTaal list, see ``services/spelling.py``) is handed in as
one function, ``spell(word) -> bool``, so this module stays pure Python and is tested with a
fake. Suggestions are the engine-approved words one edit away (two letters swapped, a
letter missing, one too many, one wrong), swaps first: Hunspell's own suggest takes up to
3 s per Dutch word and holds Python's GIL all that time, which would freeze the window.

Choices, as in Word's defaults: words in CAPITALS (RMT, SROI), words with digits (A35,
3-HAVO), single letters, web and e-mail addresses are not checked. A hyphenated word is
right when the whole is, or when each of its parts is.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .prose import WORD_PATTERN as _WORD_RE
from .prose import word_spans

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

MAX_WORD_LENGTH = 100
CACHE_LIMIT = 200_000
SPELLING_REVISION = 1
"""Raise by one when which words are checked changes: stored counts of flagged words are keyed on it."""

_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|eu|be|de|info|nu)\b",
                      re.IGNORECASE)
_ADDRESS_HINT = re.compile(r"@|://|www\.|\w\.(?:nl|com|org|net|eu|be|de|info|nu)\b", re.IGNORECASE)


def _may_hold_address(text: str) -> bool:
    """Whether the address pattern may match, with plain substring tests first (most texts hold none)."""
    if "@" not in text and "://" not in text:
        lower = text.lower()
        if "www." not in lower and ".nl" not in lower and ".com" not in lower and ".org" not in lower \
                and ".net" not in lower and ".eu" not in lower and ".be" not in lower and ".de" not in lower \
                and ".info" not in lower and ".nu" not in lower:
            return False
    return _ADDRESS_HINT.search(text) is not None
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


@dataclass(frozen=True, slots=True)
class Misspelling:
    start: int
    end: int
    word: str


def normalise_word(word: str) -> str:
    """A word as kept in a word list: trimmed, straight apostrophes; '' when it is no word."""
    clean = word.strip().translate(_APOSTROPHES)
    if not clean or len(clean) > MAX_WORD_LENGTH or any(ch.isspace() for ch in clean):
        return ""
    if not any(ch.isalpha() for ch in clean):
        return ""
    return clean


_DIGIT = re.compile(r"\d")


def should_check(word: str) -> bool:
    if len(word) < 2 or len(word) > MAX_WORD_LENGTH:
        return False
    if _DIGIT.search(word):
        return False
    return not word.isupper()  # RMT, SROI, LLO (and RMT's, which isupper() also calls capitals)


def candidate_words(text: str) -> Iterator[tuple[int, int, str]]:
    """The words of a text that the spell check looks at, with their positions."""
    skip = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)] if _may_hold_address(text) else []
    for start, end in word_spans(text):
        if skip and any(a <= start < b for a, b in skip):
            continue
        word = text[start:end]
        if should_check(word):
            yield start, end, word


PIECE_CACHE_LIMIT = 50_000
_LONG_PIECE = 600


def chunks(text: str) -> list[tuple[int, str]]:
    """A paragraph cut at ". " (a long piece also at ", "): (offset, piece) pairs.

    A word or an address never holds a space, so the words found in the pieces are the words of the text;
    ``str.split`` keeps the cutting itself well under a millisecond for a paragraph of thousands of words."""
    if len(text) < 200:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    offset = 0
    for piece in text.split(". "):
        if len(piece) > _LONG_PIECE:
            inner = offset
            for part in piece.split(", "):
                out.append((inner, part))
                inner += len(part) + 2
        else:
            out.append((offset, piece))
        offset += len(piece) + 2
    return out


def word_lists(texts: Iterable[str]) -> list[list[str]]:
    """Per text, the words the spell check looks at, in order, found once (a fast scan where a text holds no
    address); capitals and words with digits are still in them, ``should_check`` leaves them out."""
    out: list[list[str]] = []
    for text in texts:
        if _may_hold_address(text):
            out.append([w for _s, _e, w in candidate_words(text)])
        else:
            out.append(_WORD_RE.findall(text))
    return out


class WordList:
    """Accepted words (document or personal list): a lower-case entry accepts any case,
    a capitalised one (a name) itself, its capitals and its genitive-free form."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self._exact: set[str] = set()
        self._any_case: set[str] = set()
        self.update(words)

    def update(self, words: Iterable[str]) -> None:
        for word in words:
            clean = normalise_word(word)
            if not clean:
                continue
            if clean == clean.lower():
                self._any_case.add(clean)
            else:
                self._exact.add(clean)
                self._exact.add(clean.upper())

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        word = word.translate(_APOSTROPHES)
        return word in self._exact or word.lower() in self._any_case

    def __len__(self) -> int:
        return len(self._any_case) + len(self._exact) // 2


class SpellChecker:
    """Spell checking with a per-word cache over an engine's ``spell`` and ``suggest``.

    Thread-safe: the UI thread reads the cache while a worker fills it; the engine is only
    ever called by one thread at a time.
    """

    def __init__(self, spell: Callable[[str], bool],
                 document_words: Iterable[str] = (), personal_words: Iterable[str] = (),
                 suggest: Callable[[str], list[str]] | None = None) -> None:
        self._spell = spell
        self._suggest = suggest
        """Where the engine runs elsewhere (another process), the suggestions are asked there."""
        self._lock = threading.Lock()
        self._spell_lock = threading.Lock()
        self._cache: dict[str, bool] = {}
        self._pieces: dict[str, list[Any]] = {}
        """Piece of a paragraph → its marks (see ``misspellings_cached``)."""
        self._revision = 0
        """Raised when a word list changes: remembered marks of pieces are then judged again."""
        self.document_words = WordList(document_words)
        self.personal_words = WordList(personal_words)

    @property
    def engine_spell(self) -> Callable[[str], bool]:
        """The engine's own check (no word lists, no cache): for a checker with other word lists."""
        return self._spell

    # -- word lists --------------------------------------------------------------

    def accept(self, words: Iterable[str], *, personal: bool = False) -> None:
        (self.personal_words if personal else self.document_words).update(words)
        self._revision += 1

    def set_document_words(self, words: Iterable[str]) -> None:
        self.document_words = WordList(words)
        self._revision += 1

    def listed(self, word: str) -> bool:
        return word in self.document_words or word in self.personal_words

    # -- checking ----------------------------------------------------------------

    def cached(self, word: str) -> bool | None:
        """True/False when known (list or cache), None when the engine has not seen it yet."""
        if self.listed(word):
            return True
        return self._cache.get(word)

    def is_correct(self, word: str) -> bool:
        known = self._cache.get(word)
        if known is True:
            return True
        if self.listed(word):
            return True
        if known is not None:
            return known
        with self._spell_lock:
            result = self._engine_correct(word)
        with self._lock:
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = result
        return result

    def _engine_correct(self, word: str) -> bool:
        plain = word.translate(_APOSTROPHES)
        if self._spell(plain):
            return True
        if "-" in plain:
            parts = [p for p in plain.split("-") if p]
            return bool(parts) and all(not should_check(p) or self.listed(p) or self._spell(p) for p in parts)
        return False

    def misspellings(self, text: str) -> list[Misspelling]:
        """Every wrong word of a text (fills the cache; may take a while on a cold cache)."""
        return [Misspelling(s, e, w) for s, e, w in candidate_words(text) if not self.is_correct(w)]

    def misspelt_words(self, text: str) -> list[str]:
        """The wrong words of a text in order, without positions (fast: for whole documents)."""
        if _may_hold_address(text):
            return [w for _s, _e, w in candidate_words(text) if not self.is_correct(w)]
        found = _WORD_RE.findall(text)
        bad = {w for w in set(found) if should_check(w) and not self.is_correct(w)}
        return [w for w in found if w in bad] if bad else []

    def misspelt_counts(self, texts: Iterable[str]) -> list[int]:
        """Per text, how many of its words are wrong (as ``len(misspelt_words(text))``), each distinct word
        judged once over all the texts: for counting whole documents."""
        return self.wrong_counts(word_lists(texts))

    def wrong_counts(self, lists: Sequence[list[str]]) -> list[int]:
        """Per list of ``word_lists``, how many of its words are wrong: each distinct word judged once, the
        occurrences counted in C (``map`` over a set's ``__contains__``)."""
        distinct: set[str] = set()
        for words in lists:
            distinct.update(words)
        wrong = {w for w in distinct if should_check(w) and not self.is_correct(w)}
        if not wrong:
            return [0] * len(lists)
        contains = wrong.__contains__
        return [sum(map(contains, words)) for words in lists]

    def unjudged(self, lists: Iterable[list[str]]) -> set[str]:
        """The distinct words of ``word_lists`` that are checked, on no word list and not judged yet: what to
        have the engine judge in one go (elsewhere, see ``remember``)."""
        distinct: set[str] = set()
        for words in lists:
            distinct.update(words)
        cache = self._cache
        return {w for w in distinct if w not in cache and should_check(w) and not self.listed(w)}

    def remember(self, verdicts: Mapping[str, bool]) -> None:
        """Verdicts the engine gave elsewhere (word → right), as if this checker had asked them itself."""
        with self._lock:
            if len(self._cache) + len(verdicts) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache.update(verdicts)

    def misspellings_cached(self, text: str) -> tuple[list[Misspelling], set[str]]:
        """Wrong words the cache knows, and the words it does not know yet (to check elsewhere).

        For the highlighter, on every keystroke: the text is cut into pieces at ". " (``chunks``), and each piece's verdicts are remembered by its text, so a keystroke in a paragraph of
        thousands of words looks at the words of the one piece it changed. UI thread only."""
        wrong: list[Misspelling] = []
        unknown: set[str] = set()
        pieces = self._pieces
        revision = self._revision
        for offset, piece in chunks(text):
            marks = pieces.get(piece)
            if marks is None or marks[0] != revision:
                marks = self._piece_marks(piece)
                if len(pieces) >= PIECE_CACHE_LIMIT:
                    pieces.clear()
                pieces[piece] = marks
            elif marks[2]:
                self._resolve(marks)
            for start, end, word in marks[1]:
                wrong.append(Misspelling(offset + start, offset + end, word))
            for _start, _end, word in marks[2]:
                unknown.add(word)
        return wrong, unknown

    def _piece_marks(self, piece: str) -> list[Any]:
        """[revision, wrong (start, end, word)s, unknown ones] of one piece of a paragraph."""
        wrong: list[tuple[int, int, str]] = []
        unknown: list[tuple[int, int, str]] = []
        cache = self._cache
        for start, end, word in candidate_words(piece):
            known = cache.get(word)
            if known is not True:
                known = True if self.listed(word) else known
            if known is None:
                unknown.append((start, end, word))
            elif not known:
                wrong.append((start, end, word))
        return [self._revision, wrong, unknown]

    def _resolve(self, marks: list[Any]) -> None:
        """Look again at the words of a piece that were not known yet (the worker may have judged them)."""
        still: list[tuple[int, int, str]] = []
        wrong: list[tuple[int, int, str]] = marks[1]
        for item in marks[2]:
            known = self.cached(item[2])
            if known is None:
                still.append(item)
            elif not known:
                wrong.append(item)
        if len(still) != len(marks[2]):
            wrong.sort()
            marks[2] = still

    def suggestions(self, word: str, limit: int = 3) -> list[str]:
        """Up to ``limit`` corrections, most likely first (~0.1–0.5 s: call it off the UI thread)."""
        if self._suggest is not None:
            with self._spell_lock:
                found = self._suggest(word)
            return [w for w in found if not self.listed(w) or w != word][:limit]
        out: list[str] = []
        for candidate in edit_candidates(word.translate(_APOSTROPHES)):
            if candidate in out:
                continue
            if self.listed(candidate) or self._engine_says(candidate):
                out.append(candidate)
                if len(out) >= limit:
                    break
        return out

    def _engine_says(self, word: str) -> bool:
        known = self._cache.get(word)
        if known is not None:
            return known
        with self._spell_lock:
            return bool(self._spell(word))


ALPHABET = "eantirodslgkvmhubpwjczfyxqéëïöüè"
"""Letters tried for a missing or wrong letter, the most frequent in Dutch first."""


def edit_candidates(word: str) -> Iterator[str]:
    """Words one edit away, the likely typing errors first: swapped letters, a letter too
    many, a missing letter, a wrong letter."""
    if not word or len(word) > MAX_WORD_LENGTH:
        return
    lower_first = word[0].islower()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if len(right) > 1 and right[0] != right[1]:
            yield left + right[1] + right[0] + right[2:]
    for left, right in splits:
        if right:
            yield left + right[1:]
    for left, right in splits:
        for letter in ALPHABET:
            if left or lower_first:
                yield left + letter + right
    for left, right in splits:
        if right:
            for letter in ALPHABET:
                if letter != right[0].lower() and (left or lower_first):
                    yield left + letter + right[1:]
