"""The schema revision this version of the app writes; no SQLAlchemy here (read before it loads)."""

from __future__ import annotations

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HEAD_REVISION = "0009"
"""The newest schema this version knows; kept equal to the newest migration (tested)."""
