"""Find bundled resources (sample, icons, translations, dictionaries, the manual) wherever the app runs.

Three places, in this order: a frozen build (PyInstaller's folder), an installed package
(``importlib.resources``: a wheel carries ``resources/`` as the package data folder
``verantwoording_app/bundled/``, copied there by ``setup.py`` at build time), and the source tree
(``resources/`` at the top of the checkout, for development and editable installs).
"""

from __future__ import annotations

import sys
from importlib import resources as importlib_resources
from pathlib import Path

BUNDLED = "bundled"
"""The package data folder a built wheel carries ``resources/`` (and the manual) in."""


def _installed() -> Path | None:
    try:
        folder = importlib_resources.files("verantwoording_app") / BUNDLED
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - the package itself is always importable
        return None
    return folder if isinstance(folder, Path) and folder.is_dir() else None


def resources_dir() -> Path:
    """The resources folder: beside the frozen executable, inside the installed package, or in the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    installed = _installed()
    if installed is not None:
        return installed
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


def manual_path() -> Path:
    """The user guide (docs/HANDLEIDING.md): carried in the package data, or in the source tree."""
    carried = resources_dir() / "docs" / "HANDLEIDING.md"
    return carried if carried.exists() else resources_dir().parent / "docs" / "HANDLEIDING.md"
