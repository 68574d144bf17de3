"""Bestand › Vergelijken met…: what is new, stopped, moved and which plans changed, with saving the list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..services import comparing

if TYPE_CHECKING:
    from ..domain.compare import Comparison


class CompareDialog(QDialog):
    def __init__(self, result: Comparison, parent: QWidget | None = None, *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.comparison = result
        self.folder = folder or Path.home()
        self.setWindowTitle(self.tr("Vergelijking: %1 → %2").replace("%1", result.old_title)
                            .replace("%2", result.new_title))
        self.resize(860, 600)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(comparing.format_comparison(result))
        self.text.setAccessibleName(self.tr("Vergelijking"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Opslaan…"), self)
        self.save_button.setToolTip(self.tr("Als tekst, Markdown of CSV voor Excel"))
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Vergelijking opslaan"), str(self.folder / "vergelijking.csv"),
                self.tr("CSV voor Excel (*.csv);;Tekst (*.txt);;Markdown (*.md)"))
            if not name:
                return None
            path = Path(name)
        try:
            written = comparing.write_comparison(self.comparison, path)
        except UserError as error:
            self.message.setText(error.message)
            return None
        self.message.setText(self.tr("Opgeslagen in %1").replace("%1", str(written)))
        return written
