"""Dialog "Herstellen": the backups of the open database; make one now, or put one back.

Putting a backup back is the caller's job (``restore_callback(path, confirm_document)``): the main
window must close its own connections, call ``services.backups.restore`` (which
first backs up the current state) and reopen the workspace. A backup of another
document is only handed over after the user has typed that document's name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..services import backups

if TYPE_CHECKING:
    from collections.abc import Callable

COL_DATE, COL_TIME, COL_SIZE, COL_ACTIVITIES, COL_REASON = range(5)
PATH_ROLE = Qt.ItemDataRole.UserRole


def format_size(size: int, locale: QLocale | None = None) -> str:
    """Bytes as kB or MB with the locale's decimal separator (Dutch: a comma)."""
    locale = locale or QLocale()
    if size < 1024 * 1024:
        return f"{locale.toString(size / 1024, 'f', 1)} kB"
    return f"{locale.toString(size / (1024 * 1024), 'f', 1)} MB"


class BackupDialog(QDialog):
    """Lists backups newest first; "Terugzetten" asks, then hands the chosen file to ``restore_callback``."""

    def __init__(self, database: Path, restore_callback: Callable[[Path, str | None], object],
                 parent: QWidget | None = None, *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.folder = folder
        self.restore_callback = restore_callback
        self.infos: dict[Path, backups.BackupInfo] = {}
        self.restored: Path | None = None
        self.setWindowTitle(self.tr("Herstellen"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.intro.setText(
            self.tr("Reservekopieën van ‘%1’, nieuwste eerst. Bij terugzetten wordt eerst een reservekopie van de "
                    "huidige toestand gemaakt, zodat ook dat terug te draaien is.\nMap: %2")
            .replace("%1", database.name)
            .replace("%2", str(folder or backups.backup_folder(database))))
        layout.addWidget(self.intro)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("backups")
        self.table.setAccessibleName(self.tr("Reservekopieën"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Tijd"), self.tr("Grootte"), self.tr("Activiteiten"), self.tr("Reden")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (COL_DATE, COL_TIME, COL_SIZE, COL_ACTIVITIES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Nu een reservekopie maken"), self)
        self.backup_button.setObjectName("makeBackup")
        self.restore_button = QPushButton(self.tr("&Terugzetten…"), self)
        self.restore_button.setObjectName("restore")
        for button in (self.backup_button, self.restore_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Sluiten"))
        self.close_button.setAutoDefault(False)
        row.addWidget(close)
        layout.addLayout(row)

        self.backup_button.clicked.connect(self.make_backup)
        self.restore_button.clicked.connect(self.restore_selected)
        self.setTabOrder(self.table, self.backup_button)
        self.setTabOrder(self.backup_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.close_button)
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self, select: Path | None = None) -> None:
        found = backups.list_backups(self.database, folder=self.folder)
        self.infos = {info.path: info for info in found}
        locale = QLocale()
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            activities = self.tr("onleesbaar") if info.activities is None else locale.toString(info.activities)
            reason = info.reason_label[:1].upper() + info.reason_label[1:]
            if info.foreign:
                reason += " — " + self.tr("ander document: %1").replace("%1", info.document_title)
            cells = {
                COL_DATE: info.created.strftime("%d-%m-%Y"),
                COL_TIME: info.created.strftime("%H:%M:%S"),
                COL_SIZE: format_size(info.size, locale),
                COL_ACTIVITIES: activities,
                COL_REASON: reason,
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                item.setToolTip(info.path.name)
                if column in (COL_SIZE, COL_ACTIVITIES):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if select is not None and info.path == select:
                self.table.selectRow(row)
        if select is None and found:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), COL_DATE)
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def make_backup(self) -> Path | None:
        try:
            if self.folder is None:
                path, _removed = backups.make_rotated_backup(self.database, "handmatig")
            else:
                path = backups.make_backup(self.database, "handmatig", folder=self.folder)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Herstellen"), error.message)
            return None
        self.reload(select=path)
        return path

    def restore_selected(self) -> bool:
        path = self.selected_backup()
        if path is None:
            return False
        row = self.table.currentRow()
        cells = [self.table.item(row, column) for column in (COL_DATE, COL_TIME)] if row >= 0 else []
        when = " ".join(cell.text() for cell in cells if cell is not None)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Terugzetten"),
                          self.tr("De database terugzetten naar de reservekopie van %1?").replace("%1", when),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setInformativeText(self.tr("Alles wat daarna is gewijzigd, verdwijnt uit de database. Er wordt eerst "
                                       "een reservekopie van de huidige toestand gemaakt."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Terugzetten"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        confirmed: str | None = None
        info = self.infos.get(path)
        if info is not None and info.foreign:
            confirmed = self._confirm_other_document(info)
            if confirmed is None:
                return False
        try:
            self.restore_callback(path, confirmed)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Herstellen"), error.message)
            return False
        self.restored = path
        self.accept()
        return True

    def _confirm_other_document(self, info: backups.BackupInfo) -> str | None:
        """A backup of another document: the user types that document's name, or nothing is restored."""
        name, accepted = QInputDialog.getText(
            self, self.tr("Ander document"),
            self.tr("Deze reservekopie is van een ander document: ‘%1’. Terugzetten vervangt het document in deze "
                    "database door dat andere document.\n\nTyp de naam van dat document om het toch terug te "
                    "zetten:").replace("%1", info.document_title))
        if not accepted:
            return None
        if name.strip().casefold() != info.document_title.strip().casefold():
            QMessageBox.warning(self, self.tr("Herstellen"),
                                self.tr("De naam klopt niet; er is niets teruggezet."))
            return None
        return name
