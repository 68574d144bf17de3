"""The tree of a database read with the standard library, for the window's first seconds."""

from __future__ import annotations

from pathlib import Path

from ..storage.quickread import QuickView, read_quick
from ..storage.revision import HEAD_REVISION

__all__ = ["QuickView", "quick_view"]


def quick_view(database: Path) -> QuickView | None:
    """The document's tree straight from the file; None when it needs the full open first."""
    return read_quick(database, HEAD_REVISION)
