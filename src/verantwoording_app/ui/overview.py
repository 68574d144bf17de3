"""Overview of all activities (sortable, filterable table) and the progress panel per programme and goal."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.status import StatusScheme
from .activity_form import review_label
from .table_model import Index, RowsTableModel
from .tree_model import DocumentTreeModel, Node

if TYPE_CHECKING:
    from .main_window import MainWindow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("programme", "goal", "number", "title", "owner", "status", "review", "plan_words",
           "realisation_words", "updated", "findings", "readability")


class OverviewModel(RowsTableModel):
    """One row per activity, read from the tree model's nodes (no extra database reads)."""

    columns = COLUMNS

    def __init__(self, tree: DocumentTreeModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.tree = tree
        self._rows: list[Node] = []
        self._row_of: dict[str, int] = {}
        self.writing: dict[str, tuple[int, str]] = {}
        """activity id → (open P&C findings, B1 level), from the writing aids."""
        self._refill()
        tree.modelReset.connect(self._refill)
        tree.rowsInserted.connect(self._refill)
        tree.rowsRemoved.connect(self._refill)
        tree.rowsMoved.connect(self._refill)
        tree.dataChanged.connect(self._tree_changed)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Programma"), self.tr("Hoofddoel"), self.tr("Nr."), self.tr("Titel"), self.tr("Eigenaar"), self.tr("Status"),
                self.tr("Beoordeling"), self.tr("Woorden plan"), self.tr("Woorden realisatie"), self.tr("Laatste wijziging"),
                self.tr("Controle"), self.tr("Leesbaarheid"))

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        node = self._rows[index.row()]
        column = COLUMNS[index.column()]
        scheme = self.tree.scheme
        if role == ID_ROLE:
            return node.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column, scheme)
        if role == SORT_ROLE:
            return self._sort_key(node, column, scheme)
        if role == Qt.ItemDataRole.DecorationRole and column == "status":
            colour = scheme.colour(node.status)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("number", "plan_words", "realisation_words",
                                                                   "findings"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return node.title
        return None

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
            stamp = QLocale().toString(node.updated_at, "dd-MM-yyyy HH:mm")
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
        if column == "updated":
            return node.updated_at.isoformat() if node.updated_at else ""
        return str(self._display(node, column, scheme) or "").casefold()


class OverviewFilter(QSortFilterProxyModel):
    """Quick filters: mine, without realisation, not finished; and a text filter on the title."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.user_name = ""
        self.only_mine = False
        self.without_realisation = False
        self.not_done = False
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
        if self.only_mine and node.owner.strip().casefold() != self.user_name.strip().casefold():
            return False
        if self.without_realisation and node.has_realisation:
            return False
        if self.not_done:
            option = model.tree.scheme.option(node.status)
            if option is not None and option.done:
                return False
        return not (self.text and self.text.casefold() not in node.title.casefold())


class OverviewPanel(QWidget):
    open_activity = Signal(str)

    def __init__(self, tree: DocumentTreeModel, user_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = OverviewModel(tree, self)
        self.proxy = OverviewFilter(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.user_name = user_name
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 80), (1, 80), (2, 40), (4, 130), (5, 140), (6, 100), (7, 100), (8, 130), (9, 220)):
            self.table.setColumnWidth(column, width)
        self.table.setAccessibleName(self.tr("Overzicht van alle activiteiten"))
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.mine = QCheckBox(self.tr("&Mijn activiteiten"), self)
        self.mine.setToolTip(self.tr("Activiteiten waarvan u eigenaar bent (Beeld › Uw naam)"))
        self.empty = QCheckBox(self.tr("&Zonder realisatie"), self)
        self.not_done = QCheckBox(self.tr("Niet &gereed"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter op titel…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        filters = QHBoxLayout()
        filters.addWidget(self.mine)
        filters.addWidget(self.empty)
        filters.addWidget(self.not_done)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.mine.toggled.connect(lambda on: self._filter(only_mine=on))
        self.empty.toggled.connect(lambda on: self._filter(without_realisation=on))
        self.not_done.toggled.connect(lambda on: self._filter(not_done=on))
        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.proxy.modelReset.connect(self._update_count)
        self._update_count()

    def _filter(self, **values: Any) -> None:
        self.proxy.set_filters(**values)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 van %2").replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.source.rowCount())))

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
    panel = OverviewPanel(window.model, window.user_name, dock)
    panel.open_activity.connect(window.select)
    aids = getattr(window, "writing_aids", None)
    if aids is not None:
        aids.findings_changed.connect(lambda: panel.source.set_writing(aids.counts))
        if not aids.counted_all:
            aids.refresh_counts()
        panel.source.set_writing(aids.counts)
    dock.setWidget(panel)
    return dock


def make_progress_dock(window: MainWindow) -> QDockWidget:
    dock = QDockWidget(QCoreApplication.translate("MainWindow", "Voortgang"), window)
    dock.setObjectName("progressDock")
    dock.setWidget(ProgressPanel(window.model, dock))
    dock.setMinimumWidth(280)
    return dock
