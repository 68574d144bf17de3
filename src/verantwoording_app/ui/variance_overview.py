"""The coordinator's overview of variances: every difference above the threshold, who explains it,
by when, and what is missing ("toelichting ontbreekt"); a double click opens the programme's
financial tab on it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.finance import VarianceState, variance_states
from ..domain.finance_labels import line_label, problems_label
from ..domain.money import format_amount

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .overview import OverviewPanel

PROGRAMME_ROLE = Qt.ItemDataRole.UserRole + 10


class VarianceOverview(QWidget):
    open_programme = Signal(str, int)
    """(programme id, row of the variance in that programme's list)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("Afwijkingen die een toelichting vragen"))
        self.table.setHorizontalHeaderLabels([self.tr("Programma"), self.tr("Regel"), self.tr("Verschil"),
                                              self.tr("Eigenaar"), self.tr("Deadline"), self.tr("Toelichting")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(False)
        self.table.setMaximumHeight(180)
        self.table.cellActivated.connect(self._open)
        self.table.cellDoubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.states: list[VarianceState] = []

    def show_states(self, states: list[VarianceState], names: dict[str, str], rounding: int) -> None:
        self.states = states
        self.table.setRowCount(0)
        per_programme: dict[str, int] = {}
        for state in states:
            variance, explanation = state.variance, state.explanation
            index = per_programme.get(variance.programme_id, 0)
            per_programme[variance.programme_id] = index + 1
            row = self.table.rowCount()
            self.table.insertRow(row)
            word = self.tr("voordeel") if variance.voordeel else self.tr("nadeel")
            deadline = explanation.deadline if explanation else None
            late = deadline is not None and bool(state.problems) and deadline < date.today()
            values = [names.get(variance.programme_id, ""), line_label(variance.kind),
                      f"{format_amount(abs(variance.amount), rounding)} {word}",
                      explanation.owner if explanation and explanation.owner else self.tr("(geen eigenaar)"),
                      deadline.strftime("%d-%m-%Y") + (self.tr(" (te laat)") if late else "") if deadline else "",
                      problems_label(state.problems) or self.tr("toegelicht")]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(PROGRAMME_ROLE, (variance.programme_id, index))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        open_ = sum(1 for s in states if s.problems)
        self.heading.setText(self.tr("Afwijkingen boven de drempel: %1, waarvan %2 zonder volledige toelichting")
                             .replace("%1", str(len(states))).replace("%2", str(open_)))
        self.setVisible(bool(states))

    def _open(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            programme_id, index = item.data(PROGRAMME_ROLE)
            self.open_programme.emit(programme_id, index)


def attach_variances(window: MainWindow, panel: OverviewPanel) -> VarianceOverview:
    """Put the variance list under the activities of the overview and keep it current."""
    overview = VarianceOverview(panel)
    layout = panel.layout()
    assert layout is not None
    layout.addWidget(overview)

    def refresh() -> None:
        workspace = window.workspace
        if workspace is None:
            overview.show_states([], {}, 1)
            return
        from ..services import chapter as service

        chapter = service.chapter(workspace)
        programmes = window.model.programmes()
        names = {node.id: node.display() for node in programmes}
        overview.show_states(variance_states(chapter, [node.id for node in programmes]), names,
                             chapter.settings.rounding)

    def open_programme(programme_id: str, index: int) -> None:
        window.select(programme_id)
        form = window.programme_form
        form.tabs.setCurrentWidget(form.finance)
        form.finance.variances.selectRow(index)

    window.chapter_changed.connect(refresh)
    window.structure_changed.connect(refresh)
    overview.open_programme.connect(open_programme)
    panel.variances = overview  # type: ignore[attr-defined]
    refresh()
    return overview
