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
    """Pieces that rebuild ``old`` (SAME + REMOVED) and ``new`` (SAME + ADDED), word by word."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    pieces: list[Piece] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(Piece(Op.SAME, "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece(Op.REMOVED, "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece(Op.ADDED, "".join(b[j1:j2])))
    return tuple(pieces)


def old_side(pieces: tuple[Piece, ...]) -> str:
    return "".join(p.text for p in pieces if p.op is not Op.ADDED)


def new_side(pieces: tuple[Piece, ...]) -> str:
    return "".join(p.text for p in pieces if p.op is not Op.REMOVED)
