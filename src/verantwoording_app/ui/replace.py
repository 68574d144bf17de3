"""Finding and replacing literal text in an activity's title and block texts (pure Python, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..domain.blocktext import Block, BlockText, Run, normalise, normalise_runs
from ..domain.model import Activiteit

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


def _positions(haystack: str, needle: str, case_sensitive: bool) -> list[int]:
    if not needle:
        return []
    if not case_sensitive:
        haystack, needle = haystack.casefold(), needle.casefold()
        # casefold can change lengths (ß → ss); fall back to lower() then
    found, start = [], 0
    while True:
        index = haystack.find(needle, start)
        if index < 0:
            return found
        found.append(index)
        start = index + max(1, len(needle))


def _case_positions(text: str, needle: str, case_sensitive: bool) -> list[int]:
    if case_sensitive:
        return _positions(text, needle, True)
    if len(text.casefold()) == len(text) and len(needle.casefold()) == len(needle):
        return _positions(text, needle, False)
    return _positions(text.lower(), needle.lower(), True)


def find_occurrences(activity: Activiteit, needle: str, *, case_sensitive: bool = False) -> list[Occurrence]:
    out: list[Occurrence] = []
    for field in SEARCH_FIELDS:
        value = getattr(activity, field)
        texts = [value] if isinstance(value, str) else [b.text for b in normalise(value).blocks]
        for block_index, text in enumerate(texts):
            for start in _case_positions(text, needle, case_sensitive):
                end = start + len(needle)
                before = text[max(0, start - CONTEXT):start]
                after = text[end:end + CONTEXT]
                out.append(Occurrence(activity.id, field, block_index, start, len(needle),
                                      ("…" if start > CONTEXT else "") + before, text[start:end],
                                      after + ("…" if end + CONTEXT < len(text) else "")))
    return out


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
