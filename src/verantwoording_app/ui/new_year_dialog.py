"""Bestand › Nieuw jaar…: next year's document in a new database, with a preview and a choice per activity."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.model import DocumentKind
from ..domain.rollover import (
    CHOICE_LABELS,
    ActivityChoice,
    Choice,
    RolloverOptions,
    RolloverResult,
    asks_choices,
)
from ..services import rollover

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(1900, 1, 1)
CODE, TITLE, CHOICE, MERGE_INTO = range(4)
_SUGGESTED = {
    DocumentKind.BEGROTING: (DocumentKind.JAARSTUKKEN, 0),
    DocumentKind.TUSSENRAPPORTAGE: (DocumentKind.JAARSTUKKEN, 0),
    DocumentKind.JAARSTUKKEN: (DocumentKind.BEGROTING, 1),
}


class ChoiceModel(QAbstractTableModel):
    """One row per activity of the old document: code, title, choice and (for a merge) with which."""

    def __init__(self, source: rollover.Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = [(p.activity.lineage_id, p.code, p.activity.title) for p in source.document.iter_activities()]
        self.codes = {lineage: code for lineage, code, _title in self.rows}
        self.default = Choice.CONTINUE
        self.choices: dict[str, ActivityChoice] = {}
        self.headers = (self.tr("Code"), self.tr("Activiteit"), self.tr("Keuze"), self.tr("Samenvoegen met"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def choice(self, row: int) -> ActivityChoice:
        return self.choices.get(self.rows[row][0]) or ActivityChoice(self.default)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _lineage, code, title = self.rows[index.row()]
        choice = self.choice(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == CODE:
                return code
            if index.column() == TITLE:
                return title
            if index.column() == CHOICE:
                return self.tr(CHOICE_LABELS[choice.choice])
            return self.codes.get(choice.merge_into, "") if choice.choice is Choice.MERGE else ""
        if role == Qt.ItemDataRole.EditRole:
            if index.column() == CHOICE:
                return choice.choice.value
            if index.column() == MERGE_INTO:
                return choice.merge_into
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == CHOICE or (index.column() == MERGE_INTO and
                                        self.choice(index.row()).choice is Choice.MERGE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        lineage = self.rows[index.row()][0]
        current = self.choice(index.row())
        if index.column() == CHOICE:
            choice = Choice(value)
            target = current.merge_into if choice is Choice.MERGE else ""
            if choice is Choice.MERGE and not target:
                target = next((line for line, _c, _t in self.rows if line != lineage), "")
            self.set_choice(lineage, ActivityChoice(choice, target))
        elif index.column() == MERGE_INTO and current.choice is Choice.MERGE:
            self.set_choice(lineage, ActivityChoice(Choice.MERGE, str(value)))
        else:
            return False
        return True

    def set_choice(self, lineage: str, choice: ActivityChoice) -> None:
        if choice.choice is self.default and not choice.merge_into:
            self.choices.pop(lineage, None)
        else:
            self.choices[lineage] = choice
        row = next(i for i, r in enumerate(self.rows) if r[0] == lineage)
        self.dataChanged.emit(self.index(row, CHOICE), self.index(row, MERGE_INTO))


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down for the choice and for the activity to merge with."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, ChoiceModel)
        combo = QComboBox(parent)
        if index.column() == CHOICE:
            for choice in Choice:
                combo.addItem(model.tr(CHOICE_LABELS[choice]), choice.value)
        else:
            own = model.rows[index.row()][0]
            for lineage, code, title in model.rows:
                if lineage != own:
                    combo.addItem(f"{code} {title[:50]}", lineage)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NewYearDialog(QDialog):
    """Chooses kind, year, one deadline and the new file; shows the preview; writes nothing before "Maken"."""

    def __init__(self, source: rollover.Source, folder: Path, parent: QWidget | None = None,
                 *, author: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuw jaar"))
        self.resize(980, 720)
        self.author = author
        self.folder = folder
        self.created: Path | None = None
        self.result_: RolloverResult | None = None
        self._target_edited = False

        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.other_source = QPushButton(self.tr("Andere &bron…"), self)
        self.other_source.setToolTip(self.tr("Een andere database, of het verslag van vorig jaar als P&C-tekst"))
        self.other_source.clicked.connect(self._choose_source)
        self.kind = QComboBox(self)
        for kind, label in ((DocumentKind.JAARSTUKKEN, self.tr("Jaarstukken")),
                            (DocumentKind.BEGROTING, self.tr("Begroting")),
                            (DocumentKind.TUSSENRAPPORTAGE, self.tr("Tussenrapportage"))):
            self.kind.addItem(label, kind.value)
        self.year = QSpinBox(self)
        self.year.setRange(1900, 2200)
        self.year.setGroupSeparatorShown(False)
        self.deadline = QDateEdit(self)
        self.deadline.setDisplayFormat("dd-MM-yyyy")
        self.deadline.setCalendarPopup(True)
        self.deadline.setMinimumDate(NO_DATE)
        self.deadline.setSpecialValueText(self.tr("geen"))
        self.deadline.setDate(NO_DATE)
        self.target = QLineEdit(self)
        self.target.setAccessibleName(self.tr("Nieuwe database"))
        self.target.textEdited.connect(self._target_changed)
        browse = QPushButton(self.tr("&Kiezen…"), self)
        browse.clicked.connect(self._choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_label, 1)
        source_row.addWidget(self.other_source)

        form = QFormLayout()
        form.addRow(self.tr("Vanuit:"), source_row)
        form.addRow(self.tr("&Soort:"), self.kind)
        form.addRow(self.tr("&Jaar:"), self.year)
        form.addRow(self.tr("&Deadline voor elke activiteit:"), self.deadline)
        target_label = QLabel(self.tr("&Nieuwe database:"), self)
        target_label.setBuddy(self.target)
        form.addRow(target_label, target_row)

        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Voorbeeld"))
        self.preview.setMaximumBlockCount(200)
        self.choices_label = QLabel(self.tr("Keuze per &activiteit (dubbelklik of F2 om te wijzigen):"), self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Keuze per activiteit"))
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.verticalHeader().setVisible(False)
        self.choices_label.setBuddy(self.table)
        self.bulk_buttons = []
        bulk = QHBoxLayout()
        bulk.addWidget(QLabel(self.tr("Gekozen rijen:"), self))
        for choice, text in ((Choice.CONTINUE, self.tr("D&oorgaan")), (Choice.FINISHED, self.tr("&Afgerond")),
                             (Choice.CARRIED_OVER, self.tr("Doorges&choven")), (Choice.SPLIT, self.tr("S&plitsen"))):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, value=choice: self.set_selected(value))
            bulk.addWidget(button)
            self.bulk_buttons.append(button)
        bulk.addStretch(1)
        self.choices_box = QWidget(self)
        choices_layout = QVBoxLayout(self.choices_box)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.addWidget(self.choices_label)
        choices_layout.addWidget(self.table, 1)
        choices_layout.addLayout(bulk)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a31515;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Nieuw jaar &maken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.create_database)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Wat er gebeurt (er is nog niets geschreven):"), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.choices_box, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.set_source(source)
        self.kind.currentIndexChanged.connect(self._options_changed)
        self.year.valueChanged.connect(self._options_changed)
        self.deadline.dateChanged.connect(self.update_preview)

    # -- source and options --------------------------------------------------------------

    def set_source(self, source: rollover.Source) -> None:
        self.source = source
        document = source.document
        origin = {"database": self.tr("database"), "txt": self.tr("P&C-tekst"), "docx": self.tr("Word-verslag")}
        self.source_label.setText(self.tr("%1 (%2, %3 activiteiten)").replace("%1", document.title)
                                  .replace("%2", origin.get(source.origin, source.origin))
                                  .replace("%3", str(document.activity_count())))
        self.model = ChoiceModel(source, self)
        self.model.dataChanged.connect(self.update_preview)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (CODE, CHOICE, MERGE_INTO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        kind, step = _SUGGESTED[document.kind]
        self.kind.blockSignals(True)
        self.year.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.year.setValue((document.year or date.today().year) + step)
        self.kind.blockSignals(False)
        self.year.blockSignals(False)
        self._options_changed()

    def selected_kind(self) -> DocumentKind:
        return DocumentKind(self.kind.currentData())

    def selected_deadline(self) -> date | None:
        value = self.deadline.date()
        return None if value == NO_DATE else cast("date", value.toPython())

    def options(self) -> RolloverOptions:
        kind = self.selected_kind()
        choices = dict(self.model.choices) if asks_choices(kind) else {}
        return RolloverOptions(kind, self.year.value(), self.selected_deadline(), Choice.CONTINUE, choices)

    def set_selected(self, choice: Choice) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        for row in rows:
            self.model.set_choice(self.model.rows[row][0], ActivityChoice(choice))

    def _options_changed(self) -> None:
        asking = asks_choices(self.selected_kind())
        self.choices_box.setVisible(asking)
        if not self._target_edited:
            name = f"{self.selected_kind().value}-{self.year.value()}.vwdb"
            self.target.setText(str(self.folder / name))
        self.update_preview()

    def _target_changed(self) -> None:
        self._target_edited = True
        self.update_preview()

    def update_preview(self) -> None:
        try:
            self.result_ = rollover.plan(self.source, self.options())
        except UserError as error:
            self.result_ = None
            self.preview.setPlainText("")
            self.message.setText(error.message)
            self.ok.setEnabled(False)
            return
        lines = rollover.format_preview(replace(self.result_.preview, asked=())).split("\n")
        counts = self._counts()
        self.preview.setPlainText("\n".join([*lines[:2], *([counts] if counts else []), *lines[2:]]))
        target = Path(self.target.text().strip()) if self.target.text().strip() else None
        if target is None:
            self.message.setText(self.tr("Kies waar de nieuwe database komt."))
        elif target.exists():
            self.message.setText(self.tr("'%1' bestaat al; kies een nieuwe naam.").replace("%1", target.name))
        else:
            self.message.clear()
        self.ok.setEnabled(target is not None and not target.exists())

    def _counts(self) -> str:
        if self.result_ is None or not self.result_.preview.asked:
            return ""
        counts: dict[Choice, int] = {}
        for item in self.result_.preview.asked:
            counts[item.choice.choice] = counts.get(item.choice.choice, 0) + 1
        parts = [f"{counts[c]} {c.value}" for c in Choice if counts.get(c)]
        return "  " + self.tr("Keuzes: %1").replace("%1", ", ".join(parts))

    # -- files -------------------------------------------------------------------------------

    def _choose_source(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Beginnen vanuit"), str(self.folder),
            self.tr("Verantwoording, P&C-tekst of Word-verslag (*.vwdb *.txt *.docx);;Alle bestanden (*)"))
        if name:
            self.load_source(Path(name))

    def load_source(self, path: Path) -> None:
        try:
            self.set_source(rollover.read_source(path))
        except UserError as error:
            self.message.setText(error.message)

    def _choose_target(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Nieuwe database"), self.target.text(),
                                                    self.tr("Verantwoording-database (*.vwdb)"))
        if name:
            self.target.setText(name if name.endswith(".vwdb") else name + ".vwdb")
            self._target_edited = True
            self.update_preview()

    def create_database(self) -> None:
        """Write the new database; on a problem the dialog stays open with the message."""
        self.update_preview()
        if self.result_ is None or not self.ok.isEnabled():
            return
        target = Path(self.target.text().strip())
        try:
            rollover.write_new_year(self.source, self.result_, target, author=self.author)
        except UserError as error:
            self.message.setText(error.message)
            return
        self.created = target
        self.accept()
