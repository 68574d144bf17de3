"""Dialog "Momentopnamen": freeze the document at a milestone, and see what changed since one."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..services.snapshots import changes_since, chapter_changes_since, create_snapshot
from .diff_view import field_label, format_datetime
from .noop import QT_TRANSLATE_NOOP
from .wording import count_text

if TYPE_CHECKING:
    from ..services.workspace import Snapshot, Workspace

ID_ROLE = Qt.ItemDataRole.UserRole


class SnapshotsDialog(QDialog):
    """List and create snapshots; the report lists the activities changed since the chosen one."""

    created = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._snapshots: dict[str, Snapshot] = {}
        self.setWindowTitle(self.tr("Momentopnamen"))
        self.resize(860, 680)
        self._kinds = {"nieuw": self.tr("nieuw"), "verwijderd": self.tr("verwijderd"),
                       "gewijzigd": self.tr("gewijzigd")}
        layout = QVBoxLayout(self)

        new_row = QHBoxLayout()
        name_label = QLabel(self.tr("&Nieuwe momentopname:"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(self.tr("bijvoorbeeld aan college, aan raad"))
        self.name_edit.setClearButtonEnabled(True)
        name_label.setBuddy(self.name_edit)
        self.create_button = QPushButton(self.tr("&Vastleggen"), self)
        self.create_button.setObjectName("create")
        new_row.addWidget(name_label)
        new_row.addWidget(self.name_edit, 1)
        new_row.addWidget(self.create_button)
        layout.addLayout(new_row)

        list_box = QGroupBox(self.tr("Vastgelegde momentopnamen"), self)
        list_layout = QVBoxLayout(list_box)
        self.table = QTableWidget(0, 3, list_box)
        self.table.setObjectName("snapshots")
        self.table.setAccessibleName(self.tr("Vastgelegde momentopnamen"))
        self.table.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("Vastgelegd op"), self.tr("Door")])
        self._table_defaults(self.table)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.show_changes())
        list_layout.addWidget(self.table)
        self.report_button = QPushButton(self.tr("Wat is er ve&randerd sinds…"), list_box)
        self.report_button.setObjectName("report")
        report_row = QHBoxLayout()
        report_row.addWidget(self.report_button)
        report_row.addStretch(1)
        list_layout.addLayout(report_row)
        layout.addWidget(list_box, 2)

        changes_box = QGroupBox(self.tr("Veranderingen"), self)
        changes_layout = QVBoxLayout(changes_box)
        self.summary = QLabel(self.tr("Kies een momentopname en klik op ‘Wat is er veranderd sinds…’."), changes_box)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        changes_layout.addWidget(self.summary)
        self.changes = QTableWidget(0, 4, changes_box)
        self.changes.setObjectName("changes")
        self.changes.setAccessibleName(self.tr("Veranderingen"))
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Nummer"), self.tr("Activiteit"), self.tr("Wijziging"), self.tr("Gewijzigde velden")])
        self._table_defaults(self.changes)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        changes_layout.addWidget(self.changes)
        layout.addWidget(changes_box, 3)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Sluiten"))
        layout.addWidget(buttons)

        for button in (self.create_button, self.report_button, self.close_button):
            button.setAutoDefault(False)
        self.create_button.clicked.connect(self.create_snapshot)
        self.name_edit.returnPressed.connect(self.create_snapshot)
        self.report_button.clicked.connect(self.show_changes)
        order = (self.name_edit, self.create_button, self.table, self.report_button, self.changes, self.close_button)
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self.reload()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _table_defaults(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)

    def reload(self, select_id: str | None = None) -> None:
        snapshots = list(reversed(self.workspace.snapshots()))  # newest first
        self._snapshots = {s.id: s for s in snapshots}
        self.table.setRowCount(len(snapshots))
        for row, snapshot in enumerate(snapshots):
            for column, text in enumerate((snapshot.name, format_datetime(snapshot.created_at), snapshot.created_by)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, snapshot.id)
                self.table.setItem(row, column, item)
            if snapshot.id == select_id:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        if select_id is None and snapshots:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.report_button.setEnabled(self.selected_snapshot() is not None)

    def selected_snapshot(self) -> Snapshot | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return self._snapshots.get(item.data(ID_ROLE)) if item is not None else None

    def create_snapshot(self) -> bool:
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return False
        if any(s.name.casefold() == name.casefold() for s in self._snapshots.values()):
            answer = QMessageBox.question(
                self, self.tr("Momentopnamen"),
                self.tr("Er is al een momentopname ‘%1’. Nog een vastleggen met dezelfde naam?").replace("%1", name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            snapshot = create_snapshot(self.workspace, name)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Momentopnamen"), error.message)
            return False
        self.name_edit.clear()
        self.reload(snapshot.id)
        self.created.emit(snapshot.id)
        return True

    def show_changes(self) -> int:
        snapshot = self.selected_snapshot()
        if snapshot is None:
            return 0
        try:
            changes = changes_since(self.workspace, snapshot)
            chapter = chapter_changes_since(self.workspace, snapshot)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Momentopnamen"), error.message)
            return 0
        rows = [(change.code, change.title, change.kind,
                 ", ".join(field_label(name).lower() for name in change.fields)) for change in changes]
        rows += [("", part.what, part.kind, ", ".join(part.fields)) for part in chapter]  # effects, finances
        self.changes.setRowCount(len(rows))
        for row, (code, title, kind, fields) in enumerate(rows):
            for column, text in enumerate((code, title, self._kinds.get(kind, kind), fields)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.changes.setItem(row, column, item)
        self.changes.resizeColumnToContents(0)
        self.changes.resizeColumnToContents(2)
        since = self.tr("Sinds ‘%1’ (%2)").replace("%1", snapshot.name) \
            .replace("%2", format_datetime(snapshot.created_at))
        if changes or chapter:
            text = since + ": " + count_text(
                "SnapshotsDialog", len(changes), QT_TRANSLATE_NOOP("SnapshotsDialog", "%n activiteit veranderd."),
                QT_TRANSLATE_NOOP("SnapshotsDialog", "%n activiteiten veranderd."))
            if chapter:
                text += " " + count_text(
                    "SnapshotsDialog", len(chapter),
                    QT_TRANSLATE_NOOP("SnapshotsDialog", "%n onderdeel van het hoofdstuk veranderd."),
                    QT_TRANSLATE_NOOP("SnapshotsDialog", "%n onderdelen van het hoofdstuk veranderd."))
            self.summary.setText(text)
        else:
            self.summary.setText(since + ": " + self.tr("niets veranderd."))
        return len(rows)
