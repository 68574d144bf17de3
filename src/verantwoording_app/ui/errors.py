"""Unexpected exceptions: flush pending edits, log, show a Dutch dialog, keep the window alive."""

from __future__ import annotations

import logging
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..domain.errors import UserError
from ..services.error_log import safe_traceback

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

log = logging.getLogger("verantwoording")


def _t(text: str) -> str:
    return QCoreApplication.translate("ErrorReporter", text)


class ErrorReporter(QObject):
    """Installed as ``sys.excepthook`` and ``threading.excepthook`` by the app."""

    _from_thread = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flush: Callable[[], object] | None = None
        self.parent_widget: Callable[[], QWidget | None] = lambda: None
        self.log_path = ""
        self._busy = False
        self._previous: tuple[object, object] | None = None
        self._from_thread.connect(self.handle, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if threading.current_thread() is threading.main_thread():
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)
        else:
            self._from_thread.emit(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(object, object, object)
    def handle(self, exc_type: type[BaseException], error: BaseException | None,
               tb: TracebackType | None) -> None:
        if exc_type is not None and issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        details = safe_traceback(error) if error is not None else exc_type.__name__  # no user texts
        if isinstance(error, UserError):
            log.warning("%s", error.message)
        else:
            log.error("Onverwachte fout:\n%s", details)
        if self._busy:
            return
        self._busy = True
        try:
            if self.flush is not None:
                try:
                    self.flush()
                except Exception:
                    log.exception("Opslaan na een fout is mislukt")
            self.show(error, details)
        finally:
            self._busy = False

    def show(self, error: BaseException | None, details: str) -> None:
        box = self.make_box(error, details)
        box.exec()

    def make_box(self, error: BaseException | None, details: str) -> QMessageBox:
        parent = self.parent_widget()
        box = QMessageBox(parent)
        if isinstance(error, UserError):
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QCoreApplication.translate("ErrorReporter", "Verantwoording"))
            box.setText(error.message)
            return box
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorReporter", "Er ging iets mis"))
        box.setText(QCoreApplication.translate("ErrorReporter", "Er is een onverwachte fout opgetreden. Uw tekst is opgeslagen en u kunt verder "
                       "werken."))
        info = QCoreApplication.translate("ErrorReporter", "De fout is vastgelegd in het logbestand:")
        box.setInformativeText(f"{info}\n{self.log_path}" if self.log_path else "")
        box.setDetailedText(details)
        return box


def invoke_later(receiver: QObject, slot: str) -> None:
    QMetaObject.invokeMethod(receiver, slot, Qt.ConnectionType.QueuedConnection)
