"""Over Verantwoording: version, licence and the versions of the parts it is built on."""

from __future__ import annotations

import platform
import sqlite3
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .. import __version__


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "–"


def component_versions() -> list[tuple[str, str]]:
    return [
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", platform.python_version()),
        ("SQLite", sqlite3.sqlite_version),
        ("SQLAlchemy", _version("SQLAlchemy")),
        ("openpyxl", _version("openpyxl")),
        ("python-docx", _version("python-docx")),
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over Verantwoording"))
        rows = "".join(f"<tr><td>{name}</td><td>&nbsp;&nbsp;{version}</td></tr>"
                       for name, version in component_versions())
        purpose = self.tr("De editor voor de programmaverantwoording van gemeenten.")
        licence = self.tr("Licentie: EUPL-1.2 (European Union Public Licence).")
        built = self.tr("Gebouwd met:")
        text = (
            f"<h2>Verantwoording {__version__}</h2><p>{purpose}</p><p>{licence}</p>"
            f"<p>{built}</p><table>{rows}</table>"
        )
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
