"""Bestand › Importeren: the recognised structure beside the source lines, correctable before anything is written.

Left, every source line with the role the recogniser gave it; right, the tree
that results. Choose a line (or several) and give it another role, merge it
with the one before or split it (lines, activities, goals), rename a goal by
editing it in the tree: the tree is recognised again at once. Then
Importeren, replacing the document or adding to it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..formats.recognise import ASSIGNABLE_ROLES, LineRole, Role
from ..services.importing import ImportSource, recognise_source

_LINE_ROLE = Qt.ItemDataRole.UserRole + 1
_GOAL_LINE = Qt.ItemDataRole.UserRole + 2

_COLOURS = {
    Role.GOAL: "#1565c0", Role.GOAL_TITLE: "#1565c0", Role.PROGRAMME: "#4a148c", Role.ACTIVITY: "#2e7d32",
    Role.REALISATION_LABEL: "#ef8a00", Role.PLAN_LABEL: "#8d6e63", Role.STATUS: "#6a1b9a",
    Role.UNPLACED: "#c62828", Role.HEADER: "#9e9e9e", Role.FOOTER: "#9e9e9e", Role.JOINED: "#9e9e9e",
}


class _LinesModel(QAbstractTableModel):
    """Source lines with their roles (a model, so that a 100,000-line file stays quick)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles: tuple[LineRole, ...] = ()
        self.forced: set[int] = set()

    def set_roles(self, roles: tuple[LineRole, ...], forced: set[int]) -> None:
        self.beginResetModel()
        self.roles, self.forced = roles, set(forced)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.roles)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Regel"), self.tr("Rol"), self.tr("Tekst"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.roles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(line.number)
            if index.column() == 1:
                text = role_label(line.role)
                if line.number in self.forced:
                    text += " ✎"
                return f"{text} ({line.note})" if line.note else text
            return line.text if len(line.text) <= 500 else line.text[:500] + "…"
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and line.role in _COLOURS:
            return QBrush(QColor(_COLOURS[line.role]))
        if role == _LINE_ROLE:
            return line.number
        return None


def role_label(role: Role) -> str:
    labels = {
        Role.BLANK: "", Role.TITLE: _tr("titel"), Role.SECTION: _tr("sectie"), Role.PROGRAMME: _tr("programma"),
        Role.GOAL: _tr("hoofddoel"), Role.GOAL_TITLE: _tr("titel van hoofddoel"), Role.ACTIVITY: _tr("activiteit"),
        Role.PLAN_LABEL: _tr("kop plan"), Role.REALISATION_LABEL: _tr("kop realisatie"), Role.STATUS: _tr("status"),
        Role.FIELD: _tr("veld"), Role.TEXT: _tr("tekst"), Role.FOOTER: _tr("voettekst"),
        Role.HEADER: _tr("paginakop (weggelaten)"), Role.JOINED: _tr("vervolg van vorige regel"),
        Role.UNPLACED: _tr("niet geplaatst"), Role.SEPARATE: _tr("losse regel"),
    }
    return labels.get(role, role.value)


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ImportPreviewDialog", text)


class ImportPreviewDialog(QDialog):
    """Preview and correct the recognised structure of a file before importing it."""

    def __init__(self, source: ImportSource, *, has_document: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.overrides: dict[int, Role] = {}
        self.goal_titles: dict[int, str] = {}
        self.setWindowTitle(self.tr("Importeren – %1").replace("%1", source.name))
        self.resize(1100, 700)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.lines_model = _LinesModel(self)
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.lines.verticalHeader().setVisible(False)
        self.lines.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.lines.setWordWrap(False)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.setAccessibleName(self.tr("Bronregels en hun rol"))
        self.lines.selectionModel().selectionChanged.connect(self._selection_changed)

        self.role_box = QComboBox()
        self.role_box.addItem(self.tr("Automatisch"), None)
        for role in ASSIGNABLE_ROLES:
            self.role_box.addItem(role_label(role), role)
        self.role_box.setAccessibleName(self.tr("Rol van de gekozen regels"))
        self.apply_role = QPushButton(self.tr("&Rol toepassen"))
        self.apply_role.clicked.connect(self._apply_role)
        role_row = QHBoxLayout()
        role_label_widget = QLabel(self.tr("Rol van de gekozen regel(s):"))
        role_label_widget.setBuddy(self.role_box)
        role_row.addWidget(role_label_widget)
        role_row.addWidget(self.role_box, 1)
        role_row.addWidget(self.apply_role)
        self.merge_button = QPushButton(self.tr("&Samenvoegen met de vorige"))
        self.merge_button.setToolTip(self.tr(
            "Een activiteit of hoofddoel: bij de vorige voegen (de regel wordt tekst). Een andere regel: achter de "
            "vorige regel plakken. Meer regels gekozen: tot één regel samenvoegen."))
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button = QPushButton(self.tr("S&plitsen"))
        self.split_button.setToolTip(self.tr(
            "Een samengevoegde regel: weer los. Een regel tekst in een activiteit: hier begint een nieuwe "
            "activiteit."))
        self.split_button.clicked.connect(self.split_selected)
        structure_row = QHBoxLayout()
        structure_row.addWidget(self.merge_button)
        structure_row.addWidget(self.split_button)
        structure_row.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Bronregels")))
        left_layout.addWidget(self.lines, 1)
        left_layout.addLayout(role_row)
        left_layout.addLayout(structure_row)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Herkende structuur")])
        self.tree.setAccessibleName(self.tr("Herkende structuur"))
        self.tree.itemChanged.connect(self._item_renamed)
        self.tree.itemClicked.connect(self._item_clicked)
        self.warnings = QPlainTextEdit()
        self.warnings.setReadOnly(True)
        self.warnings.setMaximumHeight(120)
        self.warnings.setAccessibleName(self.tr("Meldingen"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Resultaat (dubbelklik op een hoofddoel om het een naam te geven)")))
        right_layout.addWidget(self.tree, 1)
        right_layout.addWidget(QLabel(self.tr("Meldingen")))
        right_layout.addWidget(self.warnings)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.replace_button = QRadioButton(self.tr("Het document &vervangen"))
        self.add_button = QRadioButton(self.tr("&Toevoegen aan het document"))
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.replace_button)
        self.mode_group.addButton(self.add_button)
        self.add_button.setChecked(True)
        mode_row = QHBoxLayout()
        if has_document:
            mode_row.addWidget(self.add_button)
            mode_row.addWidget(self.replace_button)
        else:
            mode_row.addWidget(QLabel(self.tr("De database is leeg: het bestand wordt het document.")))
            self.add_button.hide()
            self.replace_button.hide()
        mode_row.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Importeren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(mode_row)
        layout.addWidget(self.buttons)
        self.result_ = recognise_source(source)
        self._refresh()

    # -- state --------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        """``add`` or ``replace`` (ignored when the database is empty)."""
        return "replace" if self.replace_button.isChecked() else "add"

    def set_role(self, numbers: list[int], role: Role | None) -> None:
        """Give source lines a role (None: back to what the recogniser decides) and recognise again."""
        for number in numbers:
            if role is None:
                self.overrides.pop(number, None)
            else:
                self.overrides[number] = role
        self._recognise()

    def merge(self, numbers: list[int]) -> None:
        """Samenvoegen: several lines into one; one activity or goal into the one before it (its line becomes
        text); any other line onto the line before it."""
        if len(numbers) > 1:
            self.set_role(sorted(numbers)[1:], Role.JOINED)
        elif numbers:
            role = self._role_of(numbers[0])
            self.set_role(numbers, Role.TEXT if role in (Role.ACTIVITY, Role.GOAL) else Role.JOINED)

    def split(self, number: int) -> None:
        """Splitsen: a joined line stands alone again; a line of text starts a new activity."""
        role = self._role_of(number)
        if self.overrides.get(number) in (Role.TEXT, Role.JOINED):  # undo an earlier merge
            self.set_role([number], None)
            if self._role_of(number) is Role.JOINED:
                self.set_role([number], Role.SEPARATE)
        elif role is Role.JOINED:
            self.set_role([number], Role.SEPARATE)
        elif role in (Role.TEXT, Role.BLANK, Role.UNPLACED, Role.SEPARATE):
            self.set_role([number], Role.ACTIVITY)

    def _role_of(self, number: int) -> Role | None:
        return next((line.role for line in self.lines_model.roles if line.number == number), None)

    def rename_goal(self, line: int, title: str) -> None:
        self.goal_titles[line] = title.strip()
        self._recognise()

    def _recognise(self) -> None:
        self.result_ = recognise_source(self.source, overrides=self.overrides, goal_titles=self.goal_titles)
        self._refresh()

    def _refresh(self) -> None:
        result = self.result_
        recognition = result.recognition
        assert recognition is not None
        self.lines_model.set_roles(recognition.roles, set(self.overrides))
        count = recognition.activity_count
        words = recognition.unplaced_words
        self.summary.setText(
            self.tr("%1: %2 activiteiten in %3 hoofddoelen; niet geplaatst: %4 woorden; codering %5.")
            .replace("%1", self.source.name).replace("%2", str(count))
            .replace("%3", str(sum(len(p.goals) for p in recognition.outline)))
            .replace("%4", str(words)).replace("%5", result.encoding)
        )
        self.import_button.setEnabled(count > 0)
        self.import_button.setToolTip("" if count else self.tr("Er is geen activiteit herkend; geef regels de rol "
                                                              "'activiteit' of kies een ander bestand."))
        self.tree.blockSignals(True)
        self.tree.clear()
        for programme, stored in zip(recognition.outline, result.document.programmes, strict=False):
            top = QTreeWidgetItem([stored.display_name])
            top.setData(0, _LINE_ROLE, programme.line)
            self.tree.addTopLevelItem(top)
            for goal in programme.goals:
                goal_item = QTreeWidgetItem([goal.title])
                goal_item.setFlags(goal_item.flags() | Qt.ItemFlag.ItemIsEditable)
                goal_item.setData(0, _LINE_ROLE, goal.line)
                goal_item.setData(0, _GOAL_LINE, goal.line)
                goal_item.setToolTip(0, self.tr("Hoofddoel, regel %1; dubbelklik om de naam te wijzigen")
                                     .replace("%1", str(goal.line)))
                top.addChild(goal_item)
                for number, activity in enumerate(goal.activities, start=1):
                    split = (self.tr("realisatie vanaf regel %1").replace("%1", str(activity.realisation_line))
                             if activity.realisation_line else self.tr("geen realisatie"))
                    item = QTreeWidgetItem([f"{number}. {activity.title}  ({self.tr('regel')} {activity.line}; {split})"])
                    item.setData(0, _LINE_ROLE, activity.line)
                    goal_item.addChild(item)
        if words:
            unplaced = QTreeWidgetItem([self.tr("Niet geplaatste tekst (%1 woorden)").replace("%1", str(words))])
            unplaced.setForeground(0, QBrush(QColor("#c62828")))
            first = next((r.number for r in recognition.roles if r.role is Role.UNPLACED), 0)
            unplaced.setData(0, _LINE_ROLE, first)
            self.tree.addTopLevelItem(unplaced)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.warnings.setPlainText("\n".join(str(w) for w in result.warnings))

    # -- slots ----------------------------------------------------------------------------

    def _selected_numbers(self) -> list[int]:
        rows = sorted({index.row() for index in self.lines.selectionModel().selectedRows()})
        return [self.lines_model.roles[row].number for row in rows]

    def _selection_changed(self) -> None:
        numbers = self._selected_numbers()
        if len(numbers) == 1 and numbers[0] in self.overrides:
            self.role_box.setCurrentIndex(max(0, self.role_box.findData(self.overrides[numbers[0]])))
        else:
            self.role_box.setCurrentIndex(0)

    def _apply_role(self) -> None:
        numbers = self._selected_numbers()
        if numbers:
            self.set_role(numbers, self.role_box.currentData())
            self._select_line(numbers[0])

    def merge_selected(self) -> None:
        numbers = self._selected_numbers()
        if numbers:
            self.merge(numbers)
            self._select_line(numbers[0])

    def split_selected(self) -> None:
        numbers = self._selected_numbers()
        if len(numbers) == 1:
            self.split(numbers[0])
            self._select_line(numbers[0])

    def _item_renamed(self, item: QTreeWidgetItem, _column: int) -> None:
        line = item.data(0, _GOAL_LINE)
        if line is not None and item.text(0).strip():
            self.rename_goal(int(line), item.text(0))

    def _item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        line = item.data(0, _LINE_ROLE)
        if line:
            self._select_line(int(line))

    def _select_line(self, number: int) -> None:
        for row, line in enumerate(self.lines_model.roles):
            if line.number == number:
                index = self.lines_model.index(row, 0)
                self.lines.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                self.lines.selectRow(row)
                return
