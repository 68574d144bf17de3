"""Start-up helpers: the tree before SQLAlchemy, and SQLAlchemy loaded beside the event loop."""

from __future__ import annotations

import importlib
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..services.quickopen import quick_view

__all__ = ["StorageLoader", "quick_view"]

HEAVY_MODULES = ("sqlalchemy.orm", "verantwoording_app.services.workspace")


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
