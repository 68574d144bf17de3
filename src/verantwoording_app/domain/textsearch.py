"""Finding and replacing literal text in activities' titles and block texts: every hit, in document order.

Options: whole word (``Almelo`` does not match inside ``Almeloërs``) and case-sensitive. Matching runs on the
text a reader sees (block text without its Markdown markup), so a word half in bold is still found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .blocktext import Block, BlockText, Run, normalise, normalise_runs

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .model import Activiteit, ActivityPlace, Document

SEARCH_FIELDS = ("title", "plan", "realisation")
CONTEXT = 40


@dataclass(frozen=True, slots=True)
class Occurrence:
    activity_id: str
    field: str
    block: int
    """Index of the block in the normalised block text (0 for the title)."""
    start: int
    length: int
    before: str
    match: str
    after: str


@dataclass(frozen=True, slots=True)
class Hit:
    """One occurrence with where its activity stands (``code`` like ``1.II.3``)."""

    code: str
    title: str
    occurrence: Occurrence


def pattern(needle: str, *, case_sensitive: bool = False, whole_word: bool = False) -> re.Pattern[str]:
    """The literal ``needle`` as a pattern; whole word: no letter or digit right before or after it."""
    text = re.escape(needle)
    if whole_word:
        if needle[:1].isalnum() or needle[:1] == "_":
            text = r"(?<!\w)" + text
        if needle[-1:].isalnum() or needle[-1:] == "_":
            text += r"(?!\w)"
    return re.compile(text, 0 if case_sensitive else re.IGNORECASE)


def _texts(activity: Activiteit, field: str) -> list[str]:
    value = getattr(activity, field)
    return [value] if isinstance(value, str) else [b.text for b in normalise(value).blocks]


def find_occurrences(activity: Activiteit, needle: str, *, case_sensitive: bool = False,
                     whole_word: bool = False) -> list[Occurrence]:
    """Every occurrence of ``needle`` in the activity's title, plan and realisation, in reading order."""
    if not needle:
        return []
    compiled = pattern(needle, case_sensitive=case_sensitive, whole_word=whole_word)
    out: list[Occurrence] = []
    for field in SEARCH_FIELDS:
        for block_index, text in enumerate(_texts(activity, field)):
            for match in compiled.finditer(text):
                start, end = match.span()
                if start == end:
                    continue
                before = text[max(0, start - CONTEXT):start]
                after = text[end:end + CONTEXT]
                out.append(Occurrence(activity.id, field, block_index, start, end - start,
                                      ("…" if start > CONTEXT else "") + before, text[start:end],
                                      after + ("…" if end + CONTEXT < len(text) else "")))
    return out


def iter_hits(document: Document, needle: str, *, case_sensitive: bool = False,
              whole_word: bool = False) -> Iterator[Hit]:
    """Every hit in the document, in document order, without a cap (a generator: one activity at a time)."""
    place: ActivityPlace
    for place in document.iter_activities():
        for occurrence in find_occurrences(place.activity, needle, case_sensitive=case_sensitive,
                                           whole_word=whole_word):
            yield Hit(place.code, place.activity.title, occurrence)


def _replace_in_runs(runs: tuple[Run, ...], start: int, length: int, new: str) -> tuple[Run, ...]:
    out: list[Run] = []
    position = 0
    inserted = False
    for run in runs:
        run_start, run_end = position, position + len(run.text)
        position = run_end
        if run_end <= start or run_start >= start + length:
            if run_start >= start + length and not inserted:
                out.append(Run(new, run.bold, run.italic))
                inserted = True
            out.append(run)
            continue
        keep_before = run.text[:max(0, start - run_start)]
        keep_after = run.text[max(0, start + length - run_start):] if start + length < run_end else ""
        text = keep_before
        if not inserted:
            text += new
            inserted = True
        text += keep_after
        out.append(Run(text, run.bold, run.italic))
    if not inserted:
        style = runs[-1] if runs else Run("")
        out.append(Run(new, style.bold, style.italic))
    return normalise_runs(out)


def apply(activity: Activiteit, occurrences: list[Occurrence], new: str) -> dict[str, object]:
    """New field values with the chosen occurrences replaced; stale occurrences are skipped."""
    changes: dict[str, object] = {}
    for field in SEARCH_FIELDS:
        chosen = sorted((o for o in occurrences if o.field == field and o.activity_id == activity.id),
                        key=lambda o: (o.block, o.start), reverse=True)
        if not chosen:
            continue
        value = getattr(activity, field)
        if isinstance(value, str):
            text = value
            for o in chosen:
                if text[o.start:o.start + o.length] == o.match:
                    text = text[:o.start] + new + text[o.start + o.length:]
            if text != value:
                changes[field] = text
            continue
        blocks = list(normalise(value).blocks)
        for o in chosen:
            if o.block >= len(blocks):
                continue
            block = blocks[o.block]
            if block.text[o.start:o.start + o.length] != o.match:
                continue
            blocks[o.block] = replace(block, runs=_replace_in_runs(block.runs, o.start, o.length, new))
        result = normalise(BlockText(tuple(b for b in blocks if isinstance(b, Block))))
        if result != normalise(value):
            changes[field] = result
    return changes
