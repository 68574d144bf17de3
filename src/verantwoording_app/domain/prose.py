"""Sentences and words of Dutch prose, with their positions (for checks, spelling and readability).

Every scan here is linear in the length of the text: simple character classes, no
nested repetition, so a pasted 100,000-character paragraph stays cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .blocktext import CELL_SEPARATOR, BlockKind, BlockText

if TYPE_CHECKING:
    from collections.abc import Iterator


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of one block's text: ``text == block_text[start:end]``."""

    block: int
    start: int
    end: int
    text: str


# Abbreviations that end in a full stop without ending the sentence (lower-cased, without the last dot).
ABBREVIATIONS = frozenset({
    "o.a", "bijv", "bv", "m.b.t", "t.a.v", "i.v.m", "z.s.m", "e.d", "d.w.z", "ca", "nr", "dhr", "mevr", "incl",
    "excl", "resp", "evt", "jl", "blz", "p", "art", "vs", "t.o.v", "m.u.v", "n.a.v", "a.s", "o.b.v", "mr", "dr",
    "ir", "ing", "drs", "prof", "e.a", "etc", "mln", "mld", "min", "max", "gem", "tel", "zgn", "m.i.v", "i.o.m",
})

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)]*(?=\s|$)")
_WORD = WORD_PATTERN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?", re.UNICODE)
"""A word: starts with a letter, may hold digits, hyphens and apostrophes inside, ends in a letter/digit."""


_TOKEN_STARTS = (" ", "\t", "\u00a0", "(", '"', "'", "‘", "“")
_TOKEN_LOOKBACK = 40
_NON_SPACE = re.compile(r"\S")
SPLIT_CACHE_TEXT_LIMIT = 4000
"""Longer paragraphs are split afresh each time (each keystroke in one would otherwise keep a copy)."""


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation such as ``o.a.`` or ``bijv.``."""
    if text[dot] != ".":
        return False
    # look back a bounded stretch: a token longer than that is no abbreviation anyway (and an unbounded
    # rfind for a mark that is absent scans the whole paragraph for every full stop: quadratic)
    floor = max(0, dot - _TOKEN_LOOKBACK)
    start = max(text.rfind(mark, floor, dot) for mark in _TOKEN_STARTS) + 1
    if start == 0 and floor:
        return False
    token = text[start:dot].lower()
    if token in ABBREVIATIONS:
        return True
    # a single capital with a dot (initials: "J. de Vries") never ends a sentence
    return len(token) == 1 and text[start].isupper()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of the sentences of one block's text (trimmed); linear in its length."""
    if len(text) > SPLIT_CACHE_TEXT_LIMIT:
        return list(_split_long(text))
    return list(_split_sentences(text))


@lru_cache(maxsize=8192)
def _split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Remembered per paragraph: a recheck while typing splits only the paragraph that changed."""
    ends, pending = _sentence_ends(text)
    if pending >= 0:
        ends += (pending,)  # nothing but spaces after it
    return _trimmed(text, ends)


def _sentence_ends(text: str) -> tuple[tuple[int, ...], int]:
    """Where the sentences of a text end, and the end of a last one that is followed by nothing but
    spaces (-1 if none): whether that one ends a sentence depends on what comes after the text."""
    ends: list[int] = []
    pending = -1
    for match in _SENTENCE_END.finditer(text):
        if _is_abbreviation(text, match.start()):
            continue
        after = match.end()
        rest = _NON_SPACE.search(text, after)
        if rest is None:
            pending = after
            break
        if text[rest.start()].islower():
            continue  # "ca. 40 huishoudens", "enz. en" — no new sentence
        ends.append(after)
    return tuple(ends), pending


_piece_sentence_ends = lru_cache(maxsize=8192)(_sentence_ends)


def _split_long(text: str) -> tuple[tuple[int, int], ...]:
    """The same split for a long paragraph, remembered per piece between ". " and the next: a keystroke in
    a paragraph of thousands of words scans only the piece it changed. A sentence end is found from its
    own stretch of text and the first letter after it, and no piece starts in the middle of a word, so the
    pieces' ends are the paragraph's."""
    ends: list[int] = []
    offset = 0
    parts = text.split(". ")
    last = len(parts) - 1
    for index, part in enumerate(parts):
        piece = part + ". " if index < last else part
        found, pending = _piece_sentence_ends(piece)
        ends.extend(offset + end for end in found)
        offset += len(piece)
        if pending >= 0:
            rest = _NON_SPACE.search(text, offset)
            if rest is None or not text[rest.start()].islower():
                ends.append(offset - len(piece) + pending)
    return _trimmed(text, tuple(ends))


def _trimmed(text: str, ends: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    """The sentences between the ends, without their surrounding spaces."""
    out: list[tuple[int, int]] = []
    start = 0
    for after in ends:
        out.append((start, after))
        start = after
    if text[start:].strip():
        out.append((start, len(text)))
    trimmed: list[tuple[int, int]] = []
    for begin, end in out:
        piece = text[begin:end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if end - trail > begin + lead:
            trimmed.append((begin + lead, end - trail))
    return tuple(trimmed)


def block_texts(text: BlockText) -> list[str]:
    return [block.text for block in text.blocks]


def sentences(text: BlockText, *, tables: bool = True) -> Iterator[Span]:
    """Every sentence of a block text, block by block (a block never shares a sentence);
    a table cell counts as a sentence of its own (``tables=False`` leaves tables out)."""
    for index, block in enumerate(text.blocks):
        block_text = block.text
        if block.kind is BlockKind.TABLE:
            if not tables:
                continue
            offset = 0
            for cell in block_text.split(CELL_SEPARATOR):
                if cell.strip():
                    lead = len(cell) - len(cell.lstrip())
                    yield Span(index, offset + lead, offset + len(cell.rstrip()), cell.strip())
                offset += len(cell) + len(CELL_SEPARATOR)
            continue
        for start, end in split_sentences(block_text):
            yield Span(index, start, end, block_text[start:end])


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of every word in a string."""
    for match in _WORD.finditer(text):
        yield match.start(), match.end()


def words_of(text: str) -> list[str]:
    return [text[start:end] for start, end in word_spans(text)]
