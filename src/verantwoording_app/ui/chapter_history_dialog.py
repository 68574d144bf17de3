"""Dialog "Geschiedenis" for a chapter item (an effect text or a variance explanation): every version of
each field with who and when, side by side, restorable (services.chapter_history; the restore is a new version)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from ..services import chapter_history
from .diff_view import SideBySideDiff, format_datetime
from .noop import QT_TRANSLATE_NOOP
from .wording import count_text

if TYPE_CHECKING:
    from ..services.chapter_history import ChapterItem, HistoryEntry
    from ..services.workspace import Workspace

ENTRY_ROLE = Qt.ItemDataRole.UserRole
_FIELD_NAMES = {
    "plan": QT_TRANSLATE_NOOP("ChapterHistoryDialog", "Beoogd effect"),
    "realisation": QT_TRANSLATE_NOOP("ChapterHistoryDialog", "Bereikt effect"),
    "cause": QT_TRANSLATE_NOOP("ChapterHistoryDialog", "Oorzaak en toelichting"),
    "nature": QT_TRANSLATE_NOOP("ChapterHistoryDialog", "Incidenteel/structureel"),
    "rechtmatigheid": QT_TRANSLATE_NOOP("ChapterHistoryDialog", "Rechtmatigheid"),
    "amount": QT_TRANSLATE_NOOP("ChapterHistoryDialog", "Bedrag"),
    "owner": QT_TRANSLATE_NOOP("ChapterHistoryDialog", "Eigenaar"),
    "deadline": QT_TRANSLATE_NOOP("ChapterHistoryDialog", "Deadline"),
    "effectindicatoren": QT_TRANSLATE_NOOP("ChapterHistoryDialog", "Effectindicatoren"),
}


def field_name(name: str) -> str:
    """A chapter field's name in the interface's language."""
    return QCoreApplication.translate("ChapterHistoryDialog", _FIELD_NAMES.get(name, name))


class ChapterHistoryDialog(QDialog):
    """Versions per field of one effect text or explanation; ``restored(field)`` after a restore."""

    restored = Signal(str)

    def __init__(self, workspace: Workspace, item: ChapterItem, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.item = item
        self.setWindowTitle(self.tr("Geschiedenis – %1").replace("%1", title))
        self.resize(1000, 700)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Alle versies van %1. Kies één versie om te zien wat er toen veranderde, of twee "
                                 "versies van hetzelfde veld (Ctrl+klik) om ze te vergelijken.").replace("%1", title),
                         self)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.tree = QTreeWidget(splitter)
        self.tree.setObjectName("versions")
        self.tree.setAccessibleName(self.tr("Versies per veld"))
        self.tree.setHeaderLabels([self.tr("Veld en tijdstip"), self.tr("Door"), self.tr("Soort")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._show_selected)
        self.diff = SideBySideDiff(splitter)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.diff)
        splitter.setSizes([240, 420])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Herstellen"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.restore_button)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        row.addWidget(self.hint, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        row.addWidget(close)
        layout.addLayout(row)
        self.reload()
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self, select_field: str | None = None) -> None:
        self._now = chapter_history.current_values(self.workspace, self.item)
        self.tree.clear()
        kinds = {"wijziging": self.tr("wijziging"), "voorstel": self.tr("niet toegepast voorstel"),
                 "begin": self.tr("oorspronkelijke waarde")}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        newest: dict[str, QTreeWidgetItem] = {}
        for field, rows in chapter_history.history(self.workspace, self.item).items():
            changes = sum(1 for e in rows if e.kind != "begin")
            versions = count_text("ChapterHistoryDialog", changes, QT_TRANSLATE_NOOP("ChapterHistoryDialog", "%n versie"),
                                  QT_TRANSLATE_NOOP("ChapterHistoryDialog", "%n versies"))
            parent = QTreeWidgetItem(self.tree, [f"{field_name(field)} ({versions})", "", ""])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setFont(0, bold)
            now = self._now.get(field)
            first_change = True
            for entry in rows:
                kind = kinds[entry.kind]
                if entry.kind == "wijziging" and first_change:
                    kind = self.tr("wijziging (huidige versie)") if entry.value == now else kind
                    first_change = False
                when = format_datetime(entry.at) if entry.at else self.tr("vóór eerste wijziging")
                child = QTreeWidgetItem(parent, [when, entry.author, kind])
                child.setData(0, ENTRY_ROLE, entry)
                if entry.kind == "voorstel":
                    for column in range(3):
                        child.setForeground(column, Qt.GlobalColor.darkYellow)
                newest.setdefault(field, child)
            parent.setExpanded(True)
        chosen = newest.get(select_field or "") or next(iter(newest.values()), None)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        else:
            self.diff.show_message(self.tr("Hier is nog niets gewijzigd; er is geen geschiedenis."))
        self._show_selected()

    def selected_entries(self) -> list[HistoryEntry]:
        entries = [i.data(0, ENTRY_ROLE) for i in self.tree.selectedItems() if i.data(0, ENTRY_ROLE) is not None]
        return sorted(entries, key=lambda e: e.order)

    def _caption(self, entry: HistoryEntry) -> str:
        if entry.kind == "begin":
            return self.tr("Oorspronkelijke waarde")
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
        show = chapter_history.display
        if len(entries) == 1:
            entry = entries[0]
            if entry.kind == "begin":
                now = self._now.get(entry.field)
                self.diff.show_diff(self._caption(entry), show(entry.field, entry.value), self.tr("Nu"),
                                    show(entry.field, now))
            else:
                before = self.tr("Database op dat moment") if entry.kind == "voorstel" else self.tr("Daarvoor")
                self.diff.show_diff(before, show(entry.field, entry.before), self._caption(entry),
                                    show(entry.field, entry.value))
            return
        if len(entries) == 2 and entries[0].field == entries[1].field:
            older, newer = entries
            self.diff.show_diff(self._caption(older), show(older.field, older.value), self._caption(newer),
                                show(newer.field, newer.value))
            return
        self.diff.show_message(self.tr("Kies twee versies van hetzelfde veld om ze te vergelijken."))

    def _update_restore(self, entries: list[HistoryEntry]) -> None:
        enabled = False
        hint = ""
        if len(entries) == 1:
            entry = entries[0]
            if entry.field == "amount":
                hint = self.tr("Het bedrag volgt de financiële tabel; het wordt niet hersteld.")
            elif entry.value == self._now.get(entry.field):
                hint = self.tr("Dit is de huidige waarde.")
            else:
                enabled = not self.workspace.read_only
                hint = self.tr("Herstellen zet deze waarde terug als nieuwe versie; er gaat niets verloren.")
        elif len(entries) > 1:
            hint = self.tr("Kies één versie om die te herstellen.")
        self.restore_button.setEnabled(enabled)
        self.hint.setText(hint)

    def restore_selected(self) -> bool:
        entries = self.selected_entries()
        if len(entries) != 1 or entries[0].field == "amount":
            return False
        entry = entries[0]
        try:
            chapter_history.restore(self.workspace, self.item, entry.field, entry.value)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Herstellen"), error.message)
            return False
        except ValueError:
            QMessageBox.warning(self, self.tr("Herstellen"),
                                self.tr("Deze versie heeft een waarde die niet meer kan worden teruggezet."))
            return False
        self.restored.emit(entry.field)
        self.reload(select_field=entry.field)
        return True
