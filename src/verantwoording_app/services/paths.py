"""Where the user's data lives: database, backups, logs."""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_SUFFIX = ".vwdb"
DEFAULT_DATABASE_NAME = "verantwoording" + DATABASE_SUFFIX


def data_dir() -> Path:
    """The user's data folder (``VERANTWOORDING_DATA_DIR`` overrides, for tests and portable use)."""
    override = os.environ.get("VERANTWOORDING_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Verantwoording", appauthor=False, roaming=False))


def default_database() -> Path:
    return data_dir() / DEFAULT_DATABASE_NAME


def log_dir() -> Path:
    return data_dir() / "logs"
