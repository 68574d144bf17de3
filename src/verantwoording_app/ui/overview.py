"""Overview of all activities (sortable, filterable, editable table, counts per owner) and the progress panel."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.deadlines import is_late
from ..domain.model import ReviewState
from ..domain.status import ROOD, StatusScheme
from .activity_form import review_label
from .table_model import Index, RowsTableModel

if TYPE_CHECKING:
    from collections.abc import Callable

    from .main_window import MainWindow
    from .tree_model import DocumentTreeModel, Node

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
LATE_ROLE = Qt.ItemDataRole.UserRole + 3
COLUMNS = ("programme", "goal", "number", "title", "owner", "status", "review", "deadline", "plan_words",
           "realisation_words", "updated", "findings", "readability")
EDITABLE = ("owner", "status", "deadline")
"""Columns a coordinator changes in the grid; each change is an undoable command in the window."""
NO_DATE = QDate(1900, 1, 1)
LATE_COLOUR = ROOD


def _tree_signals(tree: DocumentTreeModel) -> tuple[Any, ...]:
    return (tree.modelReset, tree.rowsInserted, tree.rowsRemoved, tree.rowsMoved)


class OverviewModel(RowsTableModel):
    """One row per activity, read from the tree model's nodes (no extra database reads).

    Editing a cell does not change the data here: ``edit_requested`` asks the window to
    make the change (an undoable command through the services); the tree model then
    reports it back and the row is refreshed.
    """

    columns = COLUMNS
    edit_requested = Signal(str, str, object, object)
    """(activity id, field, old value, new value)"""

    def __init__(self, tree: DocumentTreeModel, parent: Any = None, *,
                 can_edit: Callable[[str, str], bool] | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.tree = tree
        self.can_edit = can_edit or (lambda _activity_id, _field: False)
        self.today = today
        self._rows: list[Node] = []
        self._row_of: dict[str, int] = {}
        self.writing: dict[str, tuple[int, str]] = {}
        """activity id → (open P&C findings, B1 level), from the writing aids."""
        self._refill()
        for signal in _tree_signals(tree):
            signal.connect(self._refill)
        tree.dataChanged.connect(self._tree_changed)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Programma"), self.tr("Hoofddoel"), self.tr("Nr."), self.tr("Titel"), self.tr("Eigenaar"),
                self.tr("Status"), self.tr("Beoordeling"), self.tr("Deadline"), self.tr("Woorden plan"),
                self.tr("Woorden realisatie"), self.tr("Laatste wijziging"), self.tr("Controle"),
                self.tr("Leesbaarheid"))

    def _refill(self, *_args: Any) -> None:
        self.beginResetModel()
        self._rows = self.tree.activities()
        self._row_of = {node.id: row for row, node in enumerate(self._rows)}
        self.endResetModel()

    def _tree_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: Any = None) -> None:
        parent = top_left.parent()
        for row in range(top_left.row(), bottom_right.row() + 1):
            node = self.tree.node_at(self.tree.index(row, 0, parent))
            if node is not None and node.id in self._row_of:
                r = self._row_of[node.id]
                self.dataChanged.emit(self.index(r, 0), self.index(r, len(COLUMNS) - 1))

    def node(self, row: int) -> Node:
        return self._rows[row]

    def set_writing(self, counts: dict[str, tuple[int, str]]) -> None:
        self.writing = dict(counts)
        if self._rows:
            first, last = COLUMNS.index("findings"), COLUMNS.index("readability")
            self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))

    def late(self, node: Node) -> bool:
        return is_late(self.tree.scheme, node.status, node.review_state, node.deadline, self.today())

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.valid(index) and COLUMNS[index.column()] in EDITABLE and self.can_edit(
                self._rows[index.row()].id, COLUMNS[index.column()]):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index) or not 0 <= index.column() < len(COLUMNS):
            return None
        node = self._rows[index.row()]
        column = COLUMNS[index.column()]
        scheme = self.tree.scheme
        if role == ID_ROLE:
            return node.id
        if role == LATE_ROLE:
            return self.late(node)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column, scheme)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(node, column, scheme)
        if role == SORT_ROLE:
            return self._sort_key(node, column, scheme)
        if role == Qt.ItemDataRole.DecorationRole and column == "status":
            colour = scheme.colour(node.status)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "deadline" and self.late(node):
            return QColor(LATE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == "deadline" and self.late(node):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("number", "plan_words", "realisation_words",
                                                                   "findings"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "title":
                return node.title
            if column == "deadline" and self.late(node):
                return self.tr("Te laat: de deadline is verstreken en de activiteit is niet gereed")
        return None

    def _edit_value(self, node: Node, column: str, scheme: StatusScheme) -> Any:
        if column == "owner":
            return node.owner
        if column == "status":
            return node.status or ""
        if column == "deadline":
            return QDate(node.deadline.year, node.deadline.month, node.deadline.day) if node.deadline else NO_DATE
        return self._display(node, column, scheme)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.valid(index):
            return False
        column = COLUMNS[index.column()]
        node = self._rows[index.row()]
        if column not in EDITABLE or not self.can_edit(node.id, column):
            return False
        old: Any
        new: Any
        if column == "owner":
            old, new = node.owner, " ".join(str(value or "").split())
        elif column == "status":
            old, new = node.status, (str(value) if value else None)
            if new is not None and self.tree.scheme.option(new) is None:
                return False
        else:
            old = node.deadline
            if isinstance(value, QDate):
                new = None if not value.isValid() or value == NO_DATE else value.toPython()
            elif value is None or isinstance(value, date):
                new = value
            else:
                return False
        if new == old:
            return False
        self.edit_requested.emit(node.id, column, old, new)
        return True

    def _display(self, node: Node, column: str, scheme: StatusScheme) -> Any:
        goal = node.parent
        programme = goal.parent if goal else None
        if column == "programme":
            return programme.number if programme else ""
        if column == "goal":
            return goal.label_number() if goal else ""
        if column == "number":
            return str(node.row() + 1)
        if column == "title":
            return node.title
        if column == "owner":
            return node.owner
        if column == "status":
            return scheme.label(node.status)
        if column == "review":
            return review_label(node.review_state, self.tree.review_labels)
        if column == "deadline":
            return node.deadline.strftime("%d-%m-%Y") if node.deadline else ""
        if column == "plan_words":
            return QLocale().toString(node.plan_words)
        if column == "realisation_words":
            return QLocale().toString(node.realisation_words)
        if column in ("findings", "readability"):
            found = self.writing.get(node.id)
            if found is None:
                return ""
            return str(found[0]) if column == "findings" else found[1]
        if column == "updated":
            if node.updated_at is None:
                return ""
            stamp = QLocale().toString(node.updated_at, "dd-MM-yyyy HH:mm")  # type: ignore[call-overload]  # a datetime (PySide6 converts it)
            return f"{stamp} ({node.updated_by})" if node.updated_by else stamp
        return None

    def _sort_key(self, node: Node, column: str, scheme: StatusScheme) -> Any:
        goal = node.parent
        programme = goal.parent if goal else None
        position = (programme.row() if programme else 0, goal.row() if goal else 0, node.row())
        if column in ("programme", "goal", "number"):
            return "{:04d}.{:04d}.{:04d}".format(*position)
        if column == "plan_words":
            return node.plan_words
        if column == "realisation_words":
            return node.realisation_words
        if column == "findings":
            return self.writing.get(node.id, (-1, ""))[0]
        if column == "status":
            keys = scheme.keys()
            return keys.index(node.status) if node.status in keys else len(keys)
        if column == "review":
            states = [state.value for state in ReviewState]
            return states.index(node.review_state) if node.review_state in states else len(states)
        if column == "deadline":
            return node.deadline.isoformat() if node.deadline else "9999-99-99"  # no deadline last
        if column == "updated":
            return node.updated_at.isoformat() if node.updated_at else ""
        return str(self._display(node, column, scheme) or "").casefold()


ALL = object()
"""Filter value: do not filter on this field."""


class OverviewFilter(QSortFilterProxyModel):
    """Quick filters: mine, without realisation, not finished, late, one owner, one review state; title text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.user_name = ""
        self.only_mine = False
        self.without_realisation = False
        self.not_done = False
        self.only_late = False
        self.owner: Any = ALL
        """ALL, or an owner's name ("" for activities without an owner), compared case-insensitively."""
        self.review: Any = ALL
        """ALL, or a review state value ("concept", …)."""
        self.text = ""

    def set_filters(self, **values: Any) -> None:
        if hasattr(self, "endFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            for name, value in values.items():
                setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            return
        for name, value in values.items():
            setattr(self, name, value)
        self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, OverviewModel) or source_parent.isValid():
            return True
        node = model.node(source_row)
        owner = node.owner.strip().casefold()
        if self.only_mine and owner != self.user_name.strip().casefold():
            return False
        if self.owner is not ALL and owner != str(self.owner).strip().casefold():
            return False
        if self.review is not ALL and node.review_state != self.review:
            return False
        if self.without_realisation and node.has_realisation:
            return False
        if self.not_done and model.tree.scheme.is_done(node.status):
            return False
        if self.only_late and not model.late(node):
            return False
        return not (self.text and self.text.casefold() not in node.title.casefold())


class OwnerCountsModel(RowsTableModel):
    """Per owner: how many activities, how many done, how many late (the coordinator's who-is-late view)."""

    columns = ("owner", "total", "done", "late")

    def __init__(self, overview: OverviewModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.overview = overview
        self._rows: list[tuple[str, int, int, int]] = []
        self._refill()
        overview.modelReset.connect(self._refill)
        overview.dataChanged.connect(self._refill)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Eigenaar"), self.tr("Activiteiten"), self.tr("Gereed"), self.tr("Te laat"))

    def _refill(self, *_args: Any) -> None:
        counts: dict[str, list[int]] = {}
        names: dict[str, str] = {}
        scheme = self.overview.tree.scheme
        for row in range(self.overview.rowCount()):
            node = self.overview.node(row)
            key = node.owner.strip().casefold()
            names.setdefault(key, node.owner.strip())
            entry = counts.setdefault(key, [0, 0, 0])
            entry[0] += 1
            entry[1] += scheme.is_done(node.status)
            entry[2] += self.overview.late(node)
        new_rows = sorted(((names[k], v[0], v[1], v[2]) for k, v in counts.items()),
                          key=lambda r: (r[0] == "", r[0].casefold()))
        if new_rows == self._rows:
            return
        self.beginResetModel()
        self._rows = new_rows
        self.endResetModel()

    def owner_at(self, row: int) -> str:
        return self._rows[row][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index) or not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row[0] or self.tr("(geen eigenaar)")
            return QLocale().toString(cast("int", row[column]))
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row[3]:
            return QColor(LATE_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OverviewDelegate(QStyledItemDelegate):
    """Editors for the grid: the document's statuses, owners with completion, a date with a calendar."""

    def __init__(self, overview: OverviewModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.overview = overview

    def _column(self, index: Index) -> str:
        model: QAbstractItemModel = index.model()
        source = model.mapToSource(index) if isinstance(model, QSortFilterProxyModel) else index
        return COLUMNS[source.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self._column(index)
        if column == "status":
            combo = QComboBox(parent)
            combo.addItem(self.tr("(geen status)"), "")
            for status in self.overview.tree.scheme.options:
                combo.addItem(status.label, status.key)
            return combo
        if column == "deadline":
            editor = QDateEdit(parent)
            editor.setDisplayFormat("dd-MM-yyyy")
            editor.setCalendarPopup(True)
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText(self.tr("geen"))
            return editor
        line = QLineEdit(parent)
        owners = sorted({n.owner.strip() for n in self.overview.tree.activities() if n.owner.strip()},
                        key=str.casefold)
        completer = QCompleter(owners, line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        line.setCompleter(completer)
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value or "")))
        elif isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) and value != NO_DATE else QDate.currentDate())
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


class OverviewPanel(QWidget):
    open_activity = Signal(str)
    edit_requested = Signal(str, str, object, object)
    """(activity id, field, old, new): a change made in the grid, for the window to carry out with undo."""

    def __init__(self, tree: DocumentTreeModel, user_name: str = "", parent: QWidget | None = None, *,
                 can_edit: Callable[[str, str], bool] | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.source = OverviewModel(tree, self, can_edit=can_edit, today=today)
        self.source.edit_requested.connect(self.edit_requested)
        self.proxy = OverviewFilter(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.user_name = user_name
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(OverviewDelegate(self.source, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {"programme": 70, "goal": 70, "number": 40, "title": 260, "owner": 130, "status": 130,
                  "review": 100, "deadline": 90, "plan_words": 90, "realisation_words": 110, "updated": 200}
        for name, width in widths.items():
            self.table.setColumnWidth(COLUMNS.index(name), width)
        self.table.setAccessibleName(self.tr("Overzicht van alle activiteiten"))
        self.table.setToolTip(self.tr("Dubbelklik op eigenaar, status of deadline om die te wijzigen (F2); "
                                      "Enter opent de activiteit"))
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.activated.connect(self._open)

        self.mine = QCheckBox(self.tr("&Mijn activiteiten"), self)
        self.mine.setToolTip(self.tr("Activiteiten waarvan u eigenaar bent (Beeld › Uw naam)"))
        self.empty = QCheckBox(self.tr("&Zonder realisatie"), self)
        self.not_done = QCheckBox(self.tr("Niet &gereed"), self)
        self.late = QCheckBox(self.tr("Te &laat"), self)
        self.late.setToolTip(self.tr("Deadline verstreken en niet gereed of vastgesteld"))
        self.owner = QComboBox(self)
        self.owner.setAccessibleName(self.tr("Filter op eigenaar"))
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.review = QComboBox(self)
        self.review.setAccessibleName(self.tr("Filter op beoordeling"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter op titel…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        filters = QHBoxLayout()
        for widget in (self.mine, self.empty, self.not_done, self.late, self.owner, self.review):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count)

        self.owner_counts = OwnerCountsModel(self.source, self)
        self.owners_table = QTableView(self)
        self.owners_table.setModel(self.owner_counts)
        self.owners_table.setAccessibleName(self.tr("Aantallen per eigenaar"))
        self.owners_table.setToolTip(self.tr("Klik op een eigenaar om alleen diens activiteiten te zien"))
        self.owners_table.verticalHeader().hide()
        self.owners_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.owners_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.owners_table.setTabKeyNavigation(False)
        self.owners_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.owners_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.owners_table.horizontalHeader().setSectionResizeMode(column,
                                                                      QHeaderView.ResizeMode.ResizeToContents)
        self.owners_table.clicked.connect(self._owner_clicked)
        self.owners_table.activated.connect(self._owner_clicked)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.owners_table)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self._fill_review(tree)
        self._fill_owners()
        for signal in _tree_signals(tree):
            signal.connect(self._fill_owners)
        tree.dataChanged.connect(self._fill_owners)
        self.mine.toggled.connect(lambda on: self._filter(only_mine=on))
        self.empty.toggled.connect(lambda on: self._filter(without_realisation=on))
        self.not_done.toggled.connect(lambda on: self._filter(not_done=on))
        self.late.toggled.connect(lambda on: self._filter(only_late=on))
        self.owner.activated.connect(lambda _i: self._filter(owner=self.owner.currentData()))
        self.review.activated.connect(lambda _i: self._filter(review=self.review.currentData()))
        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self._update_count()

    def _fill_review(self, tree: DocumentTreeModel) -> None:
        self.review.clear()
        self.review.addItem(self.tr("Elke beoordeling"), ALL)
        for state in ReviewState:
            self.review.addItem(review_label(state.value, tree.review_labels), state.value)

    def _fill_owners(self, *_args: Any) -> None:
        current = self.owner.currentData() if self.owner.count() else ALL
        names: dict[str, str] = {}
        for node in self.source.tree.activities():
            names.setdefault(node.owner.strip().casefold(), node.owner.strip())
        choices = [(self.tr("Elke eigenaar"), ALL)]
        choices += [(name, name) for key, name in sorted(names.items()) if key]
        if "" in names:
            choices.append((self.tr("(geen eigenaar)"), ""))
        if [self.owner.itemData(i) for i in range(self.owner.count())] == [data for _t, data in choices]:
            return
        self.owner.blockSignals(True)
        self.owner.clear()
        for text, data in choices:
            self.owner.addItem(text, data)
        index = next((i for i, (_t, data) in enumerate(choices)
                      if data is current or (current is not ALL and data is not ALL
                                             and str(data).casefold() == str(current).casefold())), 0)
        self.owner.setCurrentIndex(index)
        self.owner.blockSignals(False)
        if index == 0 and current is not ALL:
            self._filter(owner=ALL)  # that owner is gone

    def show_owner(self, owner: Any) -> None:
        """Filter on one owner (ALL for everyone), as the owner list or a click in the counts does."""
        for i in range(self.owner.count()):
            data = self.owner.itemData(i)
            if data is owner or (owner is not ALL and data is not ALL and str(data).casefold() == str(owner).casefold()):
                self.owner.setCurrentIndex(i)
                self._filter(owner=data)
                return

    def _owner_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_owner(self.owner_counts.owner_at(index.row()))

    def _filter(self, **values: Any) -> None:
        self.proxy.set_filters(**values)
        self._update_count()

    def _update_count(self, *_args: Any) -> None:
        self.count.setText(self.tr("%1 van %2").replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.source.rowCount())))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and not (index.flags() & Qt.ItemFlag.ItemIsEditable):
            self._open(index)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_activity.emit(self.proxy.data(index, ID_ROLE))

    def setFocus(self) -> None:  # type: ignore[override]
        self.table.setFocus()


class StatusBarWidget(QWidget):
    """A horizontal bar of coloured segments, one per status, with the counts."""

    def __init__(self, counts: list[tuple[str, str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = counts
        total = sum(c for _l, _c, c in counts)
        self.setToolTip("\n".join(f"{label}: {count}" for label, _colour, count in counts if count)
                        or self.tr("Geen activiteiten"))
        self.setAccessibleName(self.toolTip())
        self.total = total
        self.setMinimumHeight(16)

    def sizeHint(self) -> QSize:
        return QSize(200, 18)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 2.5, -0.5, -2.5)
        painter.setPen(QColor("#bdbdbd"))
        painter.setBrush(QColor("#f2f2f2"))
        painter.drawRect(rect)
        if self.total:
            x = rect.left()
            for _label, colour, count in self.counts:
                width = rect.width() * count / self.total
                if width <= 0:
                    continue
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                painter.drawRect(QRectF(x, rect.top(), width, rect.height()))
                x += width
        painter.end()


class ProgressPanel(QScrollArea):
    """Counts per status per programme and goal, as coloured bars; rebuilt shortly after changes."""

    def __init__(self, tree: DocumentTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = tree
        self.setWidgetResizable(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.rebuild)
        for signal in (tree.modelReset, tree.rowsInserted, tree.rowsRemoved, tree.rowsMoved, tree.dataChanged):
            signal.connect(lambda *_a: self._timer.start())
        self.rebuild()

    def _counts(self, nodes: list[Node]) -> list[tuple[str, str, int]]:
        scheme = self.tree.scheme
        counter = Counter(node.status if scheme.option(node.status) else None for node in nodes)
        rows = [(o.label, o.colour, counter.get(o.key, 0)) for o in scheme.options]
        rows.append((self.tr("Geen status"), "#bdbdbd", counter.get(None, 0)))
        return rows

    def rebuild(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 6, 8, 6)
        none_label = self.tr("Geen status")
        legend = QLabel(" ".join(
            f"<span style='color:{o.colour}'>■</span>&nbsp;{o.label.replace(' ', '&nbsp;')}&nbsp;&nbsp;"
            for o in self.tree.scheme.options
        ) + f"<span style='color:#bdbdbd'>■</span>&nbsp;{none_label.replace(' ', '&nbsp;')}", page)
        legend.setWordWrap(True)
        layout.addWidget(legend)
        for programme in self.tree.programmes():
            activities = [a for g in programme.children for a in g.children]
            self._add_row(layout, f"<b>{programme.display()}</b>", activities, page)
            for goal in programme.children:
                self._add_row(layout, f"&nbsp;&nbsp;{goal.label_number()}&nbsp;&nbsp;{goal.title}",
                              goal.children, page)
        layout.addStretch(1)
        self.setWidget(page)

    def _add_row(self, layout: QVBoxLayout, title: str, nodes: list[Node], page: QWidget) -> None:
        counts = self._counts(nodes)
        done = sum(1 for n in nodes if (o := self.tree.scheme.option(n.status)) is not None and o.done)
        done_text = self.tr("%1 van %2 gereed").replace("%1", str(done)).replace("%2", str(len(nodes)))
        label = QLabel(f"{title} <span style='color:#555'>({done_text})</span>", page)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(StatusBarWidget(counts, page))


def make_overview_dock(window: MainWindow) -> QDockWidget:
    dock = QDockWidget(QCoreApplication.translate("MainWindow", "Overzicht"), window)
    dock.setObjectName("overviewDock")

    def can_edit(activity_id: str, field: str) -> bool:
        return window.may_edit_field(activity_id, field)  # the policy, lock included

    def edit(activity_id: str, field: str, old: Any, new: Any) -> None:
        from .undo import SetFieldCommand

        window.flush_pending()
        window.undo_stack.push(SetFieldCommand(window.structure, activity_id, field, old, new))

    panel = OverviewPanel(window.model, window.user_name, dock, can_edit=can_edit)
    panel.open_activity.connect(window.select)
    aids = getattr(window, "writing_aids", None)
    if aids is not None:
        aids.findings_changed.connect(lambda: panel.source.set_writing(aids.counts))
        if not aids.counted_all:
            aids.refresh_counts()
        panel.source.set_writing(aids.counts)
    panel.edit_requested.connect(edit)
    from .variance_overview import attach_variances

    attach_variances(window, panel)
    dock.setWidget(panel)
    return dock


def make_progress_dock(window: MainWindow) -> QDockWidget:
    dock = QDockWidget(QCoreApplication.translate("MainWindow", "Voortgang"), window)
    dock.setObjectName("progressDock")
    dock.setWidget(ProgressPanel(window.model, dock))
    dock.setMinimumWidth(280)
    return dock
