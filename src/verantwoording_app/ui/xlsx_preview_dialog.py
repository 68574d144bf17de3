"""Dialog: what importing an edited Excel workbook would change, and the user's decisions.

Receives a ``Preview`` (plain data), returns decisions; never touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.xlsx_roundtrip import EntryKey, EntryKind, Preview, Take
from .noop import QT_TRANSLATE_NOOP
from .wording import count_text

if TYPE_CHECKING:
    from ..services.chapter_roundtrip import ExplanationPreview

COL_ACTIVITY, COL_FIELD, COL_OLD, COL_NEW, COL_KIND, COL_CHOICE = range(6)
_CELL_LIMIT = 300


@dataclass(frozen=True)
class PreviewDecisions:
    choices: dict[EntryKey, Take] = field(default_factory=dict)
    """Per conflict: 'workbook' or 'database'."""
    allow_deletions: bool = False
    explanation_choices: dict[tuple[str, str, str], Take] = field(default_factory=dict)
    """Per conflict in a variance explanation (programme, line kind, field): 'workbook' or 'database'."""


_EXPLANATION_FIELDS = {
    "cause": QT_TRANSLATE_NOOP("XlsxPreviewDialog", "toelichting"),
    "nature": QT_TRANSLATE_NOOP("XlsxPreviewDialog", "incidenteel/structureel"),
    "rechtmatigheid": QT_TRANSLATE_NOOP("XlsxPreviewDialog", "rechtmatigheid"),
    "owner": QT_TRANSLATE_NOOP("XlsxPreviewDialog", "eigenaar"),
    "deadline": QT_TRANSLATE_NOOP("XlsxPreviewDialog", "deadline"),
}


class XlsxPreviewDialog(QDialog):
    def __init__(self, preview: Preview, parent: QWidget | None = None,
                 explanations: ExplanationPreview | None = None) -> None:
        """``explanations``: what the workbook's Afwijkingen sheet would change in the variance explanations,
        listed after the activities' changes, a conflict with its own choice."""
        super().__init__(parent)
        self._preview = preview
        self._choosers: dict[EntryKey, QComboBox] = {}
        self._explanation_choosers: dict[tuple[str, str, str], QComboBox] = {}
        explained = explanations.changes if explanations is not None else ()
        self.setWindowTitle(self.tr("Excel importeren – voorbeeld"))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)

        summary = QLabel(
            self.tr("{changes}, {conflicts}, {deletions} uit '{name}'.")
            .replace("{changes}", count_text("XlsxPreviewDialog", len(preview.changes),
                                             QT_TRANSLATE_NOOP("XlsxPreviewDialog", "%n wijziging"),
                                             QT_TRANSLATE_NOOP("XlsxPreviewDialog", "%n wijzigingen")))
            .replace("{conflicts}", count_text("XlsxPreviewDialog", len(preview.conflicts),
                                               QT_TRANSLATE_NOOP("XlsxPreviewDialog", "%n conflict"),
                                               QT_TRANSLATE_NOOP("XlsxPreviewDialog", "%n conflicten")))
            .replace("{deletions}", count_text("XlsxPreviewDialog", len(preview.deletions),
                                               QT_TRANSLATE_NOOP("XlsxPreviewDialog", "%n verwijdering"),
                                               QT_TRANSLATE_NOOP("XlsxPreviewDialog", "%n verwijderingen")))
            .replace("{name}", preview.path.name)
        )
        if explained:
            conflicts = sum(1 for change in explained if change.conflict)
            summary.setText(summary.text() + " " + self.tr("Toelichtingen op afwijkingen: {changes}, {conflicts}.")
                            .replace("{changes}", count_text("XlsxPreviewDialog", len(explained) - conflicts,
                                                             QT_TRANSLATE_NOOP("XlsxPreviewDialog", "%n wijziging"),
                                                             QT_TRANSLATE_NOOP("XlsxPreviewDialog", "%n wijzigingen")))
                            .replace("{conflicts}", count_text("XlsxPreviewDialog", conflicts,
                                                               QT_TRANSLATE_NOOP("XlsxPreviewDialog", "%n conflict"),
                                                               QT_TRANSLATE_NOOP("XlsxPreviewDialog", "%n conflicten"))))
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)

        self.table = QTableWidget(len(preview.entries) + len(explained), 6, self)
        self.table.setObjectName("entries")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Activiteit"), self.tr("Veld"), self.tr("Oud (database)"), self.tr("Nieuw (werkmap)"),
             self.tr("Soort"), self.tr("Keuze")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        kinds = {
            EntryKind.CHANGE: self.tr("wijziging"),
            EntryKind.CONFLICT: self.tr("conflict"),
            EntryKind.DELETION: self.tr("verwijdering"),
        }
        for row, entry in enumerate(preview.entries):
            for column, text in (
                (COL_ACTIVITY, entry.activity),
                (COL_FIELD, entry.field_label),
                (COL_OLD, entry.old),
                (COL_NEW, entry.new),
                (COL_KIND, kinds[entry.kind]),
            ):
                shown = text if len(text) <= _CELL_LIMIT else text[: _CELL_LIMIT - 1] + "…"
                item = QTableWidgetItem(shown)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if entry.kind is EntryKind.CONFLICT:
                chooser = QComboBox(self.table)
                chooser.addItem(self.tr("Database houden"), "database")
                chooser.addItem(self.tr("Werkmap nemen"), "workbook")
                chooser.setAccessibleName(self.tr("Keuze voor {field} van {activity}")
                                          .replace("{field}", entry.field_label).replace("{activity}", entry.activity))
                self.table.setCellWidget(row, COL_CHOICE, chooser)
                self._choosers[entry.key] = chooser
        for row, change in enumerate(explained, start=len(preview.entries)):
            name = self.tr(_EXPLANATION_FIELDS.get(change.field, change.field))
            for column, text in ((COL_ACTIVITY, change.label), (COL_FIELD, name), (COL_OLD, change.ours),
                                 (COL_NEW, change.theirs),
                                 (COL_KIND, kinds[EntryKind.CONFLICT if change.conflict else EntryKind.CHANGE])):
                shown = text if len(text) <= _CELL_LIMIT else text[: _CELL_LIMIT - 1] + "…"
                item = QTableWidgetItem(shown)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if change.conflict:
                chooser = QComboBox(self.table)
                chooser.addItem(self.tr("Database houden"), "database")
                chooser.addItem(self.tr("Werkmap nemen"), "workbook")
                chooser.setAccessibleName(self.tr("Keuze voor {field} van {activity}")
                                          .replace("{field}", name).replace("{activity}", change.label))
                self.table.setCellWidget(row, COL_CHOICE, chooser)
                self._explanation_choosers[change.key] = chooser
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_OLD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NEW, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        if preview.notices:
            notes_label = QLabel(self.tr("Meldingen:"))
            layout.addWidget(notes_label)
            self.notices = QListWidget(self)
            self.notices.setObjectName("notices")
            self.notices.addItems(list(preview.notices))
            self.notices.setMaximumHeight(120)
            layout.addWidget(self.notices)

        self.allow_deletions = QCheckBox(
            self.tr("Verwijderingen toepassen (lege cellen wissen de tekst in de database)"), self
        )
        self.allow_deletions.setObjectName("allowDeletions")
        self.allow_deletions.setEnabled(any(entry.deletes for entry in preview.entries))
        layout.addWidget(self.allow_deletions)

        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Toepassen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.setEnabled(not preview.is_empty or bool(explained))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_choice(self, key: EntryKey, take: Take) -> None:
        chooser = self._choosers[key]
        chooser.setCurrentIndex(chooser.findData(take))

    def set_explanation_choice(self, key: tuple[str, str, str], take: Take) -> None:
        chooser = self._explanation_choosers[key]
        chooser.setCurrentIndex(chooser.findData(take))

    def decisions(self) -> PreviewDecisions:
        return PreviewDecisions(
            choices={key: chooser.currentData() for key, chooser in self._choosers.items()},
            allow_deletions=self.allow_deletions.isChecked(),
            explanation_choices={key: chooser.currentData() for key, chooser in self._explanation_choosers.items()},
        )
