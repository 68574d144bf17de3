"""A B1 indication of a Dutch text: sentence length, long words, passive voice, Flesch-Douma.

Our own formula, documented so a reader can check it:

- syllables are counted as groups of vowels (a, e, i, o, u, y and their accented forms);
  ``ij`` counts as a vowel, and a diaeresis (ë, ï, ö, ü) starts a new syllable
  (Almeloërs: Al-me-lo-ërs). Close enough for a reading-ease score; no hyphenation
  dictionary needed.
- Flesch-Douma (1960): ``206,84 − 0,77 × lettergrepen per 100 woorden − 0,93 × woorden per zin``.
- a long word has four or more syllables; a sentence is passive when a form of *worden*
  (or *is/zijn … geworden*) is followed by a past participle.
- B1 when Flesch-Douma ≥ 60, sentences average at most 15 words, at most 12 % long words
  and at most 25 % passive sentences; B2 when Flesch-Douma ≥ 45 and sentences average at
  most 20 words; else C1 ("moeilijk").
- a sentence pulls the text down when it has more than 20 words, at least 3 long words
  and more than a fifth of its words long, or is passive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .prose import Span, sentences, split_sentences, words_of

if TYPE_CHECKING:
    from .blocktext import BlockText

VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûüý")
DIAERESIS = set("ëïöüä")
LONG_WORD_SYLLABLES = 4
HARD_SENTENCE_WORDS = 20
_WORDEN = re.compile(r"\b(?:wordt|worden|werd|werden|geworden)\b", re.IGNORECASE)
_PARTICIPLE = re.compile(
    r"\b(?:ge\w{2,}(?:d|t|en)|(?:be|ver|ont|her|er)\w{2,}(?:d|t)|\w+(?:ge|be|ver)\w{2,}(?:d|t))\b",
    re.IGNORECASE,
)


def syllables(word: str) -> int:
    count = 0
    previous_vowel = False
    lower = word.lower().replace("ij", "y")
    for char in lower:
        vowel = char in VOWELS
        if vowel and (not previous_vowel or char in DIAERESIS):
            count += 1
        previous_vowel = vowel
    return max(1, count) if any(c.isalpha() for c in word) else 0


def is_passive(sentence: str) -> bool:
    match = _WORDEN.search(sentence)
    return bool(match and _PARTICIPLE.search(sentence, match.end()))


@dataclass(frozen=True, slots=True)
class SentenceScore:
    words: int
    long_words: int
    syllables: int
    passive: bool

    @property
    def hard(self) -> bool:
        return (self.words > HARD_SENTENCE_WORDS or self.passive
                or (self.long_words >= 3 and self.long_words * 5 > self.words))

    def reasons(self) -> list[str]:
        out = []
        if self.words > HARD_SENTENCE_WORDS:
            out.append(f"lange zin ({self.words} woorden)")
        if self.long_words >= 3 and self.long_words * 5 > self.words:
            out.append(f"{self.long_words} lange woorden")
        if self.passive:
            out.append("lijdende vorm")
        return out


def score_sentence(sentence: str) -> SentenceScore:
    found = words_of(sentence)
    counts = [syllables(w) for w in found]
    return SentenceScore(len(found), sum(1 for c in counts if c >= LONG_WORD_SYLLABLES), sum(counts),
                         is_passive(sentence))


def hard_sentences_in(text: str, cache: dict[str, bool] | None = None) -> list[tuple[int, int]]:
    """Offsets of the sentences of one paragraph that pull the reading level down.

    ``cache`` (sentence → hard) makes a keystroke re-score only the sentence it changed."""
    out = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        hard = cache.get(sentence) if cache is not None else None
        if hard is None:
            hard = score_sentence(sentence).hard
            if cache is not None:
                if len(cache) > 20_000:
                    cache.clear()
                cache[sentence] = hard
        if hard:
            out.append((start, end))
    return out


@dataclass(frozen=True, slots=True)
class Readability:
    words: int
    sentences: int
    syllables: int
    long_words: int
    passive_sentences: int
    hard: tuple[Span, ...]

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def long_word_share(self) -> float:
        return self.long_words / self.words if self.words else 0.0

    @property
    def passive_share(self) -> float:
        return self.passive_sentences / self.sentences if self.sentences else 0.0

    @property
    def flesch_douma(self) -> float:
        if not self.words:
            return 0.0
        return 206.84 - 0.77 * (100 * self.syllables / self.words) - 0.93 * self.words_per_sentence

    @property
    def level(self) -> str:
        """``B1``, ``B2`` or ``C1``; ``""`` for an empty text."""
        if not self.words:
            return ""
        if (self.flesch_douma >= 60 and self.words_per_sentence <= 15 and self.long_word_share <= 0.12
                and self.passive_share <= 0.25):
            return "B1"
        if self.flesch_douma >= 45 and self.words_per_sentence <= 20:
            return "B2"
        return "C1"

    def summary(self) -> str:
        """One Dutch line: level, score and the three measures."""
        if not self.words:
            return "geen tekst"
        return (f"{self.level} · Flesch-Douma {self.flesch_douma:.0f} · {self.words_per_sentence:.1f} woorden per zin"
                f" · {self.long_word_share:.0%} lange woorden · {self.passive_share:.0%} lijdende vorm"
                ).replace(".", ",")


SCORE_CACHE_LIMIT = 20_000


def readability(text: BlockText, cache: dict[str, SentenceScore] | None = None) -> Readability:
    """The indication of a whole text. ``cache`` (sentence → score), kept by the caller between calls, makes
    a recheck while typing score only the sentences that changed."""
    words = sentence_count = total_syllables = long_words = passive = 0
    hard: list[Span] = []
    for span in sentences(text, tables=False):
        score = cache.get(span.text) if cache is not None else None
        if score is None:
            score = score_sentence(span.text)
            if cache is not None:
                if len(cache) >= SCORE_CACHE_LIMIT:
                    cache.clear()
                cache[span.text] = score
        if not score.words:
            continue
        sentence_count += 1
        words += score.words
        total_syllables += score.syllables
        long_words += score.long_words
        passive += score.passive
        if score.hard:
            hard.append(span)
    return Readability(words, sentence_count, total_syllables, long_words, passive, tuple(hard))
