"""The panel "Niet geplaatste tekst": what an import could not place, visible and editable.

It opens by itself whenever the document holds unplaced text. The text can be
edited here, or selected and dragged into an activity's plan or realisation;
changes are saved after a short pause, like every other text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from ..domain.blocktext import BlockText
from ..domain.errors import UserError
from .blocktext_editor import BlockTextEdit

if TYPE_CHECKING:
    from .main_window import MainWindow

SAVE_DELAY_MS = 1500


class UnplacedPanel(QWidget):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.editor = BlockTextEdit()
        self.editor.setAccessibleName(self.tr("Niet geplaatste tekst"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        self.editor.changed_by_user.connect(self.timer.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.editor, 1)
        self._shown = BlockText()

    def load(self, text: BlockText) -> None:
        if self.timer.isActive():
            self.save()
        self._shown = text
        self.editor.set_blocktext(text)
        self._update_info(text)
        workspace = self.window_.workspace
        self.editor.setReadOnly(workspace is None or workspace.read_only)

    def _update_info(self, text: BlockText) -> None:
        words = text.word_count()
        self.info.setText(
            self.tr("%1 woorden die het importeren geen plek kon geven. Zet ze in een activiteit (selecteren en "
                    "slepen, of knippen en plakken); 'verantwoording check' telt ze tot ze weg zijn.")
            .replace("%1", str(words)) if words else self.tr("Er is geen niet geplaatste tekst.")
        )

    def save(self) -> None:
        self.timer.stop()
        workspace = self.window_.workspace
        if workspace is None or workspace.read_only:
            return
        text = self.editor.blocktext()
        if text == self._shown:
            return
        try:
            workspace.update_document({"unplaced": text})
        except UserError as error:
            self.info.setText(error.message)
            return
        self._shown = text
        self._update_info(text)


def make_unplaced_dock(window: MainWindow) -> QDockWidget:
    dock = QDockWidget(QCoreApplication.translate("MainWindow", "Niet geplaatste tekst"), window)
    dock.setObjectName("unplacedDock")
    dock.setWidget(UnplacedPanel(window, dock))
    dock.setMinimumWidth(300)
    return dock
