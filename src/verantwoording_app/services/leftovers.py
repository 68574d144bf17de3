"""At start: remove what interrupted writes left behind (hidden partial exports, backup temporaries)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..formats.atomic import use_journal
from . import paths
from .backups import clean_partial_backups

if TYPE_CHECKING:
    from pathlib import Path

JOURNAL_FOLDER = "onvoltooid"
"""Inside the data folder: one note per export being written, removed when it is done."""


def clean_at_start() -> list[Path]:
    """Start noting unfinished writes and remove the leftovers of earlier ones; never fails."""
    removed: list[Path] = []
    try:
        removed += use_journal(paths.data_dir() / JOURNAL_FOLDER)
        removed += clean_partial_backups()
    except OSError:
        pass
    return removed
