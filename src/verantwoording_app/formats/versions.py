"""Format numbers for the JSON the program keeps (snapshots, work packages) and the way up from older ones.

Everything written carries ``"format": N`` (the current number of its kind). Reading
looks at the number first: data without one is format 0 (written before formats were
numbered) and goes through each upgrade step in turn (0 → 1 → …) until it is current,
so the reader only knows the current shape; a number above the current one was written
by a newer version of the program and is refused with a clear message (nothing is
guessed, nothing is changed). An upgrade step takes the data of format ``n`` and
returns the data of format ``n + 1``; it never changes its argument.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..domain.errors import ImportRefused
from ..domain.messages import Message

Step = Callable[[dict[str, Any]], dict[str, Any]]

FORMAT_KEY = "format"


def stamped(data: dict[str, Any], current: int) -> dict[str, Any]:
    """``data`` with the format number first (what every writer stores)."""
    return {FORMAT_KEY: current, **{key: value for key, value in data.items() if key != FORMAT_KEY}}


def format_of(data: Mapping[str, Any], where: str | Message) -> int:
    """The format number of ``data``: 0 when it has none; refused when it is not a whole number ≥ 0."""
    number = data.get(FORMAT_KEY, 0)
    if isinstance(number, bool) or not isinstance(number, int) or number < 0:
        raise ImportRefused(Message.of("format.invalid", where=where, number=str(number)[:20]))
    return number


def upgraded(data: Any, *, current: int, steps: Mapping[int, Step], where: str | Message) -> dict[str, Any]:
    """``data`` brought up to format ``current`` through ``steps`` (one per older number).

    Refused (ImportRefused) when it is not a JSON object, when its number is not a
    format number, or when it is newer than ``current``.
    """
    if not isinstance(data, dict):
        raise ImportRefused(Message.of("format.not_an_object", where=where))
    number = format_of(data, where)
    if number > current:
        raise ImportRefused(Message.of("format.newer", where=where, number=number, current=current))
    while number < current:
        data = steps[number](dict(data))
        number += 1
    return stamped(data, current)
