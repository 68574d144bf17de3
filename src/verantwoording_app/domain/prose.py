"""Sentences and words of Dutch prose, with their positions (for checks, spelling and readability).

Every scan here is linear in the length of the text: simple character classes, no
nested repetition, so a pasted 100,000-character paragraph stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .blocktext import CELL_SEPARATOR, BlockKind, BlockText


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


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation such as ``o.a.`` or ``bijv.``."""
    if text[dot] != ".":
        return False
    start = max(text.rfind(mark, 0, dot) for mark in _TOKEN_STARTS) + 1
    token = text[start:dot].lower()
    if token in ABBREVIATIONS:
        return True
    # a single capital with a dot (initials: "J. de Vries") never ends a sentence
    return len(token) == 1 and text[start].isupper()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of the sentences of one block's text (trimmed)."""
    return list(_split_sentences(text))


@lru_cache(maxsize=8192)
def _split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Remembered per paragraph: a recheck while typing splits only the paragraph that changed."""
    out: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _is_abbreviation(text, match.start()):
            continue
        after = match.end()
        rest = text[after:].lstrip()
        if rest and rest[0].islower():
            continue  # "ca. 40 huishoudens", "enz. en" — no new sentence
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
