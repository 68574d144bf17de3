"""Dialog "Geschiedenis": the versions of each field of one activity, compared side by side, restorable.

Restoring saves the chosen value through ``Workspace.save_activity``, so the
restore itself becomes a new version and nothing is overwritten silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..services.history import (
    RESTORABLE_FIELDS,
    HistoryEntry,
    NotRestorable,
    RestoreConflicted,
    domain_value,
    history_entries,
    restore,
    stored_text,
)
from .diff_view import SideBySideDiff, display_text, field_label, format_datetime

if TYPE_CHECKING:
    from ..domain.model import Activiteit
    from ..services.workspace import Workspace

__all__ = ["ENTRY_ROLE", "HistoryDialog", "HistoryEntry", "domain_value"]

COL_WHEN, COL_WHO, COL_KIND = range(3)
ENTRY_ROLE = Qt.ItemDataRole.UserRole


class HistoryDialog(QDialog):
    """Versions per field of one activity; ``restored(field)`` is emitted after a restore."""

    restored = Signal(str)

    def __init__(self, workspace: Workspace, activity_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.activity_id = activity_id
        self._scheme = workspace.document_header().status_scheme
        self._current: Activiteit = workspace.activity(activity_id)
        self.setWindowTitle(self.tr("Geschiedenis – %1").replace("%1", self._current.title))
        self.resize(1100, 760)

        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setText(self.tr("Alle versies van „%1”. Kies één versie om te zien wat er toen veranderde, of "
                                     "twee versies van hetzelfde veld (Ctrl+klik) om ze te vergelijken.")
                             .replace("%1", self._current.title))
        layout.addWidget(self.heading)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.tree = QTreeWidget(splitter)
        self.tree.setObjectName("versions")
        self.tree.setAccessibleName(self.tr("Versies per veld"))
        self.tree.setHeaderLabels([self.tr("Veld en tijdstip"), self.tr("Door"), self.tr("Soort")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._show_selected)
        self.diff = SideBySideDiff(splitter)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.diff)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([240, 460])
        layout.addWidget(splitter, 1)

        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Herstellen"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.restore_button)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        row.addWidget(self.hint, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Sluiten"))
        row.addWidget(close)
        layout.addLayout(row)

        self.setTabOrder(self.tree, self.restore_button)
        self.setTabOrder(self.restore_button, self.close_button)
        self.setTabOrder(self.close_button, self.diff.left)
        self.setTabOrder(self.diff.left, self.diff.right)
        self.reload()
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- data ----------------------------------------------------------------

    def reload(self, select_field: str | None = None) -> None:
        self._current = self.workspace.activity(self.activity_id)
        self.tree.clear()
        entries = history_entries(self.workspace, self.activity_id)
        kinds = {
            "wijziging": self.tr("wijziging"),
            "voorstel": self.tr("niet toegepast voorstel"),
            "begin": self.tr("oorspronkelijke tekst"),
        }
        bold = QFont(self.tree.font())
        bold.setBold(True)
        newest: dict[str, QTreeWidgetItem] = {}
        for field, rows in entries.items():
            changes = sum(1 for e in rows if e.kind != "begin")
            parent = QTreeWidgetItem(self.tree, [
                f"{field_label(field)} ({self.tr('%n versie(s)', '', changes)})", "", ""])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setFont(COL_WHEN, bold)
            current = stored_text(self._current, field) if field in RESTORABLE_FIELDS else None
            newest_applied = True
            for entry in rows:
                kind = kinds[entry.kind]
                if entry.kind == "wijziging" and newest_applied:
                    kind = self.tr("wijziging (huidige versie)") if entry.value == current else kind
                    newest_applied = False
                when = format_datetime(entry.at) if entry.at else self.tr("vóór eerste wijziging")
                child = QTreeWidgetItem(parent, [when, entry.author, kind])
                child.setData(COL_WHEN, ENTRY_ROLE, entry)
                child.setToolTip(COL_KIND, kind)
                if entry.kind == "voorstel":
                    for column in range(3):
                        child.setForeground(column, Qt.GlobalColor.darkYellow)
                newest.setdefault(field, child)
            parent.setExpanded(True)
        chosen = newest.get(select_field or "") or next(iter(newest.values()), None)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        else:
            self.diff.show_message(self.tr("Deze activiteit is nog niet gewijzigd; er is geen geschiedenis."))
        self._show_selected()

    def selected_entries(self) -> list[HistoryEntry]:
        items = [i for i in self.tree.selectedItems() if i.data(COL_WHEN, ENTRY_ROLE) is not None]
        entries = [i.data(COL_WHEN, ENTRY_ROLE) for i in items]
        return sorted(entries, key=lambda e: e.order)

    def _caption(self, entry: HistoryEntry) -> str:
        if entry.kind == "begin":
            return self.tr("Oorspronkelijke tekst")
        text = f"{format_datetime(entry.at)}, {entry.author}" if entry.at else entry.author
        if entry.kind == "voorstel":
            return self.tr("Niet toegepast voorstel (%1)").replace("%1", text)
        return self.tr("Versie van %1").replace("%1", text)

    def _show_selected(self) -> None:
        entries = self.selected_entries()
        self._update_restore(entries)
        if not entries:
            if self.tree.topLevelItemCount():
                self.diff.show_message(self.tr("Kies een versie in de lijst."))
            return
        def show(entry: HistoryEntry, value: str | None) -> str:
            return display_text(entry.field, value, self._scheme)

        if len(entries) == 1:
            entry = entries[0]
            if entry.kind == "begin":
                current = stored_text(self._current, entry.field) if entry.field in RESTORABLE_FIELDS else None
                self.diff.show_diff(self._caption(entry), show(entry, entry.value),
                                    self.tr("Nu"), show(entry, current))
            elif entry.kind == "voorstel":
                self.diff.show_diff(self.tr("Database op dat moment"), show(entry, entry.before),
                                    self._caption(entry), show(entry, entry.value))
            else:
                self.diff.show_diff(self.tr("Daarvoor"), show(entry, entry.before),
                                    self._caption(entry), show(entry, entry.value))
            return
        if len(entries) == 2 and entries[0].field == entries[1].field:
            older, newer = entries
            self.diff.show_diff(self._caption(older), show(older, older.value),
                                self._caption(newer), show(newer, newer.value))
            return
        self.diff.show_message(self.tr("Kies twee versies van hetzelfde veld om ze te vergelijken."))

    def _update_restore(self, entries: list[HistoryEntry]) -> None:
        hint = ""
        enabled = False
        if len(entries) == 1:
            entry = entries[0]
            if entry.field not in RESTORABLE_FIELDS:
                hint = self.tr("Kengetallen herstelt u in het formulier van de activiteit.")
            elif entry.value == stored_text(self._current, entry.field):
                hint = self.tr("Dit is de huidige waarde.")
            else:
                enabled = True
                hint = self.tr("Herstellen zet deze waarde terug als nieuwe versie; er gaat niets verloren.")
        elif len(entries) > 1:
            hint = self.tr("Kies één versie om die te herstellen.")
        self.restore_button.setEnabled(enabled)
        self.hint.setText(hint)

    # -- restore -------------------------------------------------------------

    def restore_selected(self) -> bool:
        entries = self.selected_entries()
        if len(entries) != 1 or entries[0].field not in RESTORABLE_FIELDS:
            return False
        entry = entries[0]
        try:
            restore(self.workspace, self.activity_id, entry, seen=self._current)
        except NotRestorable:
            QMessageBox.warning(self, self.tr("Herstellen"),
                                self.tr("Deze versie heeft een waarde die niet meer kan worden teruggezet."))
            return False
        except RestoreConflicted as error:  # saved since it was opened: nothing overwritten, the choice queued
            QMessageBox.information(self, self.tr("Herstellen"), error.message)
            self.restored.emit(entry.field)
            self.reload(select_field=entry.field)
            return False
        except UserError as error:
            QMessageBox.warning(self, self.tr("Herstellen"), error.message)
            return False
        self.restored.emit(entry.field)
        self.reload(select_field=entry.field)
        return True
