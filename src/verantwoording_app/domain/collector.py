"""The cyclic garbage collector paused around bulk work that builds a large tree of objects without cycles.

Loading a 10,000-activity document makes a few million small objects (blocks, runs, tuples) that live as
long as the document; every 700 allocations the collector looks at the young ones, and each full pass walks
all of them again. None of them form a cycle, so the passes find nothing and cost about a fifth of a load and
an export. Reference counting still frees everything as usual while the collector rests; it is switched back
on afterwards (only if it was on: nested and concurrent pauses leave it as the outermost found it).
"""

from __future__ import annotations

import contextlib
import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
