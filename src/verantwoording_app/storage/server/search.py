"""Search on the team server: PostgreSQL full-text search with the Dutch configuration.

``layer`` keeps a tsvector of title, plan and realisation per activity (``search_nl``, a generated column
with a GIN index), so a search reads no text it does not show. Words match by stem and prefix
(``ondernemer`` finds ``ondernemers``), as FTS5's prefix search does on SQLite; the snippet, with the match
in [brackets] as on SQLite, is cut here from the best-ranked rows only.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

CONTEXT = 60
"""Characters of context on each side of the match in a snippet."""


def search(session: Session, terms: list[str], limit: int) -> list[tuple[str, str]]:
    """(activity id, snippet with the match in [brackets]) for activities holding every term, best first."""
    query = " & ".join(term.replace("'", "").replace("\\", "") + ":*" for term in terms)
    rows = session.execute(text(
        "SELECT id, title, realisation, plan FROM activities, to_tsquery('dutch', :query) AS q "
        "WHERE search_nl @@ q ORDER BY ts_rank(search_nl, q) DESC, position LIMIT :limit"),
        {"query": query, "limit": limit}).all()
    pattern = re.compile("|".join(rf"\b{re.escape(term)}\w*" for term in terms), re.IGNORECASE)
    return [(str(r[0]), snippet(pattern, (r[1] or "", r[2] or "", r[3] or ""))) for r in rows]


def snippet(pattern: re.Pattern[str], texts: tuple[str, ...]) -> str:
    for body in texts:
        found = pattern.search(body)
        if found is not None:
            start, end = max(0, found.start() - CONTEXT), min(len(body), found.end() + CONTEXT)
            before = ("…" if start else "") + body[start:found.start()]
            after = body[found.end():end] + ("…" if end < len(body) else "")
            return " ".join(f"{before}[{found.group(0)}]{after}".split())
    return texts[0][:2 * CONTEXT]  # matched through a stem only: the title
