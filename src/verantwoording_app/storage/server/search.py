"""Search on the team server: PostgreSQL full-text search with the Dutch configuration.

``layer`` keeps a tsvector of title, plan and realisation per activity (``search_nl``, a generated column
with a GIN index), so a search reads no text it does not show. Words match by stem and prefix
(``ondernemer`` finds ``ondernemers``), as FTS5's prefix search does on SQLite; the snippet, with the match
in [brackets] as on SQLite, is cut here from the best-ranked rows only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CONTEXT = 60
"""Characters of context on each side of the match in a snippet."""


def search(session: Session, terms: list[str], limit: int) -> list[tuple[str, str]]:
    """(activity id, snippet with the match in [brackets]) for activities holding every term, best first."""
    query = " & ".join(term.replace("'", "").replace("\\", "") + ":*" for term in terms)
    rows = session.execute(text(
        # the query a constant (to_tsquery is immutable), so the planner sees how selective it is and uses the
        # GIN index where that pays
        "SELECT id, title, realisation, plan FROM activities WHERE search_nl @@ to_tsquery('dutch', :query) "
        "ORDER BY ts_rank(search_nl, to_tsquery('dutch', :query)) DESC, position LIMIT :limit"),
        {"query": query, "limit": limit}).all()
    pattern = re.compile("|".join(rf"\b{re.escape(term)}\w*" for term in terms), re.IGNORECASE)
    lowered = [term.lower() for term in terms]
    return [(str(r[0]), snippet(pattern, (r[1] or "", r[2] or "", r[3] or ""), lowered)) for r in rows]


def snippet(pattern: re.Pattern[str], texts: tuple[str, ...], terms: list[str] | None = None) -> str:
    """The context of the first word that starts with a term (``pattern``: ``\bterm\\w*``, any case), in the
    first text that has one; ``terms`` (lower case) lets a plain ``str.find`` look first (lower case, Capitalised,
    UPPER), which is many times faster than the regular expression over long texts; only when it finds none does
    the expression look (a word in odd mixed case before a plainly written one is passed over: both match)."""
    for body in texts:
        found = _first_word(body, terms) if terms else None
        span = found if found is not None else _by_pattern(pattern, body)
        if span is not None:
            first, last = span
            start, end = max(0, first - CONTEXT), min(len(body), last + CONTEXT)
            before = ("…" if start else "") + body[start:first]
            after = body[last:end] + ("…" if end < len(body) else "")
            return " ".join(f"{before}[{body[first:last]}]{after}".split())
    return texts[0][:2 * CONTEXT]  # matched through a stem only: the title


def _by_pattern(pattern: re.Pattern[str], body: str) -> tuple[int, int] | None:
    found = pattern.search(body)
    return None if found is None else (found.start(), found.end())


def _word_char(character: str) -> bool:
    return character.isalnum() or character == "_"


def _first_word(body: str, terms: list[str]) -> tuple[int, int] | None:
    """Where the first word starting with one of the terms is, as written in lower case, Capitalised or UPPER
    case (plain ``str.find``, no copy of the text); None when none is: the expression looks then (any case)."""
    best: tuple[int, int] | None = None
    for term in terms:
        for variant in {term, term.capitalize(), term.upper()}:
            at = body.find(variant)
            while at > 0 and _word_char(body[at - 1]):  # not at the start of a word: look further
                at = body.find(variant, at + 1)
            if at >= 0 and (best is None or at < best[0]):
                end = at + len(variant)
                while end < len(body) and _word_char(body[end]):
                    end += 1
                best = (at, end)
    return best
