"""Voorbeeld: the chapter as it will read, with printing and saving as PDF."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ExportFailed
from ..formats.atomic import atomic_write_bytes


class PreviewDialog(QDialog):
    """Shows chapter HTML read-only; prints it or saves it as PDF through Qt."""

    def __init__(self, html: str, parent: QWidget | None = None, *, suggested_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voorbeeld"))
        self.resize(820, 900)
        self._suggested_name = suggested_name or self.tr("hoofdstuk.pdf")

        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setReadOnly(True)
        self.browser.setHtml(html)
        self.browser.setAccessibleName(self.tr("Voorbeeld van het hoofdstuk"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        self.print_button = QPushButton(self.tr("Afdrukken…"), self)
        self.pdf_button = QPushButton(self.tr("Opslaan als PDF…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.pdf_button.clicked.connect(self.save_pdf)

        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.browser.setFocus()

    def print_document(self) -> bool:
        """Ask for a printer and print; False when cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Afdrukken"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.browser.document().print_(printer)
        return True

    def save_pdf(self) -> Path | None:
        """Ask for a file name and write the PDF atomically; None when cancelled or failed."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Opslaan als PDF"), self._suggested_name, self.tr("PDF-bestanden (*.pdf)")
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            atomic_write_bytes(target, self.pdf_bytes())
        except ExportFailed as error:
            QMessageBox.warning(self, self.tr("Opslaan als PDF"), error.message)
            return None
        return target

    def pdf_bytes(self) -> bytes:
        """The preview rendered as PDF by Qt."""
        with tempfile.TemporaryDirectory(prefix="verantwoording-pdf-") as folder:
            path = Path(folder) / "voorbeeld.pdf"
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(path))
            printer.setDocName(self.windowTitle())
            self.browser.document().print_(printer)
            return path.read_bytes()
