"""Start-up helpers: the tree before SQLAlchemy, and SQLAlchemy loaded beside the event loop."""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..storage.quickread import QuickView, read_quick

HEAD_REVISION_MODULE = "verantwoording_app.storage.engine"
HEAVY_MODULES = ("sqlalchemy.orm", "verantwoording_app.services.workspace")


def quick_view(database: Path) -> QuickView | None:
    """The document's tree straight from the file; None when it needs the full open first."""
    head = _head_revision()
    return read_quick(database, head) if head else None


def _head_revision() -> str:
    # the migrations folder's newest revision, read without importing the engine (SQLAlchemy)
    from importlib.util import find_spec

    spec = find_spec(HEAD_REVISION_MODULE)
    if spec is None or spec.origin is None:
        return ""
    folder = Path(spec.origin).with_name("migrations") / "versions"
    revisions = sorted(p.stem.split("_")[0] for p in folder.glob("[0-9]*.py"))
    return revisions[-1] if revisions else ""


class StorageLoader(QObject):
    """Imports the storage layer in a thread; ``loaded`` arrives in the GUI thread when it is done."""

    loaded = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._thread = threading.Thread(target=self._run, name="storage-loader", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            for name in HEAVY_MODULES:
                importlib.import_module(name)
        finally:
            self.loaded.emit()  # queued to the GUI thread; an import error surfaces when opening
