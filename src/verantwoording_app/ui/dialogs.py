"""Small dialogs: open a database, the manual, simple questions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def database_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Verantwoording-database (*.vwdb)") + ";;" + QCoreApplication.translate("Dialogs", "Alle bestanden (*)")


def ask_open_database(parent: QWidget | None, folder: str = "") -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Dialogs", "Database openen"), folder, database_filter())
    return Path(name) if name else None


def ask_new_database(parent: QWidget | None, folder: str = "") -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Dialogs", "Nieuwe database"), folder, database_filter())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".vwdb")


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value.strip() if ok and value.strip() else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def warn(parent: QWidget | None, text: str, title: str = "") -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("Dialogs", "Verantwoording"), text)


def retry_or_rename(parent: QWidget | None, text: str, title: str = "") -> str:
    """A failed write (e.g. the file is open in Word or Excel): 'retry', 'rename' or 'cancel'."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("Dialogs", "Verantwoording"),
                      text, QMessageBox.StandardButton.Cancel, parent)
    retry = box.addButton(QCoreApplication.translate("Dialogs", "&Opnieuw proberen"), QMessageBox.ButtonRole.AcceptRole)
    rename = box.addButton(QCoreApplication.translate("Dialogs", "Andere &naam…"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else "rename" if clicked is rename else "cancel"


def inform(parent: QWidget | None, text: str, title: str = "") -> None:
    QMessageBox.information(parent, title or QCoreApplication.translate("Dialogs", "Verantwoording"), text)


def manual_path() -> Path:
    from ..resources import manual_path as found

    return found()


class ManualDialog(QDialog):
    """The handleiding (docs/HANDLEIDING.md), rendered as Markdown."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        self.resize(760, 820)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        path = path or manual_path()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = self.tr("# Handleiding\n\nDe handleiding is niet gevonden (%1).").replace("%1", str(path))
        self.browser.setMarkdown(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
