"""Word-level differences between two texts, for side-by-side conflict and history views."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

_TOKENS = re.compile(r"\s+|[^\s]+")


class Op(StrEnum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class Piece:
    op: Op
    text: str


def word_diff(old: str, new: str) -> tuple[Piece, ...]:
    """Pieces that rebuild ``old`` (SAME + REMOVED) and ``new`` (SAME + ADDED), word by word.

    The common beginning and end are split off first (in linear time), so the
    matcher only sees the part that changed: this year's plan beside last
    year's is mostly the same text.
    """
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    start = 0
    limit = min(len(a), len(b))
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0
    while end < limit - start and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1
    pieces: list[Piece] = []
    if start:
        pieces.append(Piece(Op.SAME, "".join(a[:start])))
    middle_a, middle_b = a[start:len(a) - end], b[start:len(b) - end]
    matcher = difflib.SequenceMatcher(a=middle_a, b=middle_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(pieces, Op.SAME, "".join(middle_a[i1:i2]))
            continue
        if i2 > i1:
            _append(pieces, Op.REMOVED, "".join(middle_a[i1:i2]))
        if j2 > j1:
            _append(pieces, Op.ADDED, "".join(middle_b[j1:j2]))
    if end:
        _append(pieces, Op.SAME, "".join(a[len(a) - end:]))
    return tuple(pieces)


def _append(pieces: list[Piece], op: Op, text: str) -> None:
    if pieces and pieces[-1].op is op:
        pieces[-1] = Piece(op, pieces[-1].text + text)
    else:
        pieces.append(Piece(op, text))


def old_side(pieces: tuple[Piece, ...]) -> str:
    return "".join(p.text for p in pieces if p.op is not Op.ADDED)


def new_side(pieces: tuple[Piece, ...]) -> str:
    return "".join(p.text for p in pieces if p.op is not Op.REMOVED)
