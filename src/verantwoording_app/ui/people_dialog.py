"""Dialog "Mensen en toewijzing": the document's people, and owner + deadline for a programme or goal at once."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from ..domain.model import roman
from ..domain.selection import Selection
from .noop import QT_TRANSLATE_NOOP
from .wording import count_text

if TYPE_CHECKING:
    from datetime import date

    from ..services.workspace import Workspace

ROLE_KEYS = ("medewerker", "coördinator", "lezer")
ID_ROLE = Qt.ItemDataRole.UserRole


class PeopleDialog(QDialog):
    """People of the document (add/remove) and bulk assignment; emits ``assigned(count)`` after assigning."""

    assigned = Signal(int)
    people_changed = Signal()

    def __init__(self, workspace: Workspace, selection: Selection | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Mensen en toewijzing"))
        self.resize(720, 640)
        self._role_labels = {"medewerker": self.tr("Medewerker"), "coördinator": self.tr("Coördinator"),
                             "lezer": self.tr("Lezer")}
        layout = QVBoxLayout(self)

        # -- people ------------------------------------------------------------
        people_box = QGroupBox(self.tr("Mensen van dit document"), self)
        people_layout = QVBoxLayout(people_box)
        self.table = QTableWidget(0, 3, people_box)
        self.table.setObjectName("people")
        self.table.setAccessibleName(self.tr("Mensen van dit document"))
        self.table.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("Rol"), self.tr("Activiteiten")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        people_layout.addWidget(self.table, 1)

        add_row = QHBoxLayout()
        name_label = QLabel(self.tr("&Naam:"), people_box)
        self.name_edit = QLineEdit(people_box)
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(self.tr("bijvoorbeeld Fatima Yilmaz"))
        self.name_edit.setClearButtonEnabled(True)
        name_label.setBuddy(self.name_edit)
        role_label = QLabel(self.tr("&Rol:"), people_box)
        self.role_combo = QComboBox(people_box)
        self.role_combo.setObjectName("role")
        for key in ROLE_KEYS:
            self.role_combo.addItem(self._role_labels[key], key)
        role_label.setBuddy(self.role_combo)
        self.add_button = QPushButton(self.tr("&Toevoegen"), people_box)
        self.add_button.setObjectName("addPerson")
        self.remove_button = QPushButton(self.tr("&Verwijderen"), people_box)
        self.remove_button.setObjectName("removePerson")
        for widget in (name_label, self.name_edit, role_label, self.role_combo, self.add_button, self.remove_button):
            add_row.addWidget(widget, 1 if widget is self.name_edit else 0)
        people_layout.addLayout(add_row)
        layout.addWidget(people_box, 1)

        # -- assignment ----------------------------------------------------------
        assign_box = QGroupBox(self.tr("Activiteiten toewijzen"), self)
        form = QFormLayout(assign_box)
        self.target_combo = QComboBox(assign_box)
        self.target_combo.setObjectName("target")
        form.addRow(self.tr("&Onderdeel:"), self.target_combo)
        self.owner_combo = QComboBox(assign_box)
        self.owner_combo.setObjectName("owner")
        self.owner_combo.setEditable(True)
        self.owner_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.owner_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("naam van de eigenaar"))
        form.addRow(self.tr("&Eigenaar:"), self.owner_combo)
        deadline_row = QHBoxLayout()
        self.deadline_check = QCheckBox(self.tr("&Deadline zetten:"), assign_box)
        self.deadline_check.setObjectName("useDeadline")
        self.deadline_edit = QDateEdit(assign_box)
        self.deadline_edit.setObjectName("deadline")
        self.deadline_edit.setDisplayFormat("dd-MM-yyyy")
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDate(QDate.currentDate())
        self.deadline_edit.setEnabled(False)
        self.deadline_edit.setAccessibleName(self.tr("Deadline"))
        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        deadline_row.addWidget(self.deadline_check)
        deadline_row.addWidget(self.deadline_edit)
        deadline_row.addStretch(1)
        form.addRow(deadline_row)
        assign_row = QHBoxLayout()
        self.assign_button = QPushButton(self.tr("Toe&wijzen"), assign_box)
        self.assign_button.setObjectName("assign")
        assign_row.addWidget(self.assign_button)
        self.result_label = QLabel(assign_box)
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        assign_row.addWidget(self.result_label, 1)
        form.addRow(assign_row)
        layout.addWidget(assign_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Sluiten"))
        layout.addWidget(buttons)

        for button in (self.add_button, self.remove_button, self.assign_button, self.close_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_person)
        self.name_edit.returnPressed.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.assign_button.clicked.connect(self.assign)

        order = (self.table, self.name_edit, self.role_combo, self.add_button, self.remove_button,
                 self.target_combo, self.owner_combo, self.deadline_check, self.deadline_edit,
                 self.assign_button, self.close_button)
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

        self._fill_targets(selection)
        self.reload_people()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- people --------------------------------------------------------------

    def reload_people(self) -> None:
        people = self.workspace.people()
        activities = [p.activity for p in self.workspace.document().iter_activities()]
        counts: dict[str, int] = {}
        for activity in activities:
            key = activity.owner.strip().casefold()
            counts[key] = counts.get(key, 0) + 1
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            name = QTableWidgetItem(person.name)
            name.setData(ID_ROLE, person.id)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(self._role_labels.get(person.role, person.role)))
            count = QTableWidgetItem(str(counts.get(person.name.casefold(), 0)))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, count)
        owner = self.owner_combo.currentText()
        self.owner_combo.clear()
        names = [p.name for p in people]
        known = {n.casefold() for n in names}
        owners = sorted({a.owner.strip() for a in activities
                         if a.owner.strip() and a.owner.strip().casefold() not in known}, key=str.casefold)
        self.owner_combo.addItems(names + owners)
        self.owner_combo.setCurrentText(owner)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def add_person(self) -> bool:
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return False
        try:
            self.workspace.add_person(name, self.role_combo.currentData())
        except UserError as error:
            QMessageBox.warning(self, self.tr("Mensen en toewijzing"), error.message)
            return False
        self.name_edit.clear()
        self.reload_people()
        self.people_changed.emit()
        return True

    def remove_selected(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        items = [self.table.item(index.row(), 0) for index in rows]
        ids = [item.data(ID_ROLE) for item in items if item is not None]
        for person_id in ids:
            self.workspace.remove_person(person_id)
        if ids:
            self.reload_people()
            self.people_changed.emit()
        return len(ids)

    # -- assignment ------------------------------------------------------------

    def _fill_targets(self, selection: Selection | None) -> None:
        document = self.workspace.document()
        wanted = (selection.programme, selection.goal) if selection is not None else None
        for programme in document.programmes:
            total = sum(len(goal.activities) for goal in programme.goals)
            self.target_combo.addItem(
                self.tr("%1 (alle %n activiteiten)", "", total).replace("%1", programme.display_name),
                Selection(programme=programme.number))
            if wanted == (programme.number, None):
                self.target_combo.setCurrentIndex(self.target_combo.count() - 1)
            for index, goal in enumerate(programme.goals):
                numeral = roman(goal.number or index + 1)
                label = (self.tr("    Hoofddoel %1: %2").replace("%1", numeral).replace("%2", goal.title)
                         + " " + count_text("PeopleDialog", len(goal.activities), QT_TRANSLATE_NOOP("PeopleDialog", "(%n activiteit)"),
                                      QT_TRANSLATE_NOOP("PeopleDialog", "(%n activiteiten)")))
                self.target_combo.addItem(label, Selection(programme=programme.number, goal=numeral))
                if wanted is not None and wanted[0] in (programme.number, None) and wanted[1] is not None \
                        and wanted[1].strip().upper() in (numeral, str(index + 1)):
                    self.target_combo.setCurrentIndex(self.target_combo.count() - 1)

    def assign(self) -> int:
        owner = self.owner_combo.currentText().strip()
        if not owner:
            self.result_label.setText(self.tr("Vul eerst de naam van de eigenaar in."))
            self.owner_combo.setFocus()
            return 0
        selection = self.target_combo.currentData()
        deadline: date | None = None
        if self.deadline_check.isChecked():
            deadline = cast("date", self.deadline_edit.date().toPython())
        try:
            count = self.workspace.assign(selection, owner=owner, deadline=deadline)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Mensen en toewijzing"), error.message)
            return 0
        text = count_text("PeopleDialog", count, QT_TRANSLATE_NOOP("PeopleDialog", "%n activiteit toegewezen aan %1"),
                          QT_TRANSLATE_NOOP("PeopleDialog", "%n activiteiten toegewezen aan %1")).replace("%1", owner)
        if deadline is not None:
            text += self.tr(", deadline %1").replace("%1", deadline.strftime("%d-%m-%Y"))
        self.result_label.setText(text + ".")
        self.reload_people()
        self.assigned.emit(count)
        return count
