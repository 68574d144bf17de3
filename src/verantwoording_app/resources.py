"""Find bundled resources (sample, icons, translations, templates) from source or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the frozen executable, or at the top of the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource missing: {path}")
    return path


SAMPLE = ("examples", "almelo-2022-programmaverantwoording.txt")


def sample_path() -> Path:
    """The Almelo 2022 chapter that ships as the example document."""
    return resource_path(*SAMPLE)
