"""The line of one activity through the years: the plan and realisation of an earlier document beside
this year's plan, with a word diff, and a way to take text over."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.blocktext import BlockText, render_html
from ..domain.lineage import last_report
from ..domain.model import Activiteit, LineageEntry, Outcome
from .diff_view import EMPTY_STYLE, SideBySideDiff

if TYPE_CHECKING:
    from collections.abc import Sequence

_OUTCOME_NAMES = {
    Outcome.CONTINUED: "doorgegaan",
    Outcome.FINISHED: "afgerond",
    Outcome.CARRIED_OVER: "doorgeschoven",
    Outcome.SPLIT: "gesplitst",
    Outcome.MERGED: "samengevoegd",
    Outcome.CARRIED: "",
}


class LineageDialog(QDialog):
    """Read-only view of an activity's past, with "take over" buttons that the window turns into undoable edits."""

    take_text = Signal(object)
    """A BlockText to become this activity's plan."""

    def __init__(self, activity: Activiteit, entries: Sequence[LineageEntry], document_title: str,
                 parent: QWidget | None = None, *, can_take: bool = True) -> None:
        super().__init__(parent)
        self.activity = activity
        self.entries = tuple(entries)
        self.setWindowTitle(self.tr("Lijn door de jaren: %1").replace("%1", activity.title[:60]))
        self.resize(1100, 640)
        self.document_title = document_title

        self.choose = QComboBox(self)
        self.choose.setAccessibleName(self.tr("Eerder document"))
        for entry in self.entries:
            self.choose.addItem(self._entry_label(entry))
        choose_label = QLabel(self.tr("&Eerder document:"), self)
        choose_label.setBuddy(self.choose)
        top = QHBoxLayout()
        top.addWidget(choose_label)
        top.addWidget(self.choose, 1)

        self.plans = SideBySideDiff(self)
        self.realisation_caption = QLabel(self)
        self.realisation_caption.setStyleSheet("font-weight: bold;")
        self.realisation = QTextBrowser(self)
        self.realisation.setObjectName("pastRealisation")
        self.realisation_caption.setBuddy(self.realisation)
        realisation_box = QWidget(self)
        realisation_layout = QVBoxLayout(realisation_box)
        realisation_layout.setContentsMargins(0, 0, 0, 0)
        realisation_layout.addWidget(self.realisation_caption)
        realisation_layout.addWidget(self.realisation, 1)
        panes = QSplitter(Qt.Orientation.Horizontal, self)
        panes.addWidget(self.plans)
        panes.addWidget(realisation_box)
        panes.setStretchFactor(0, 2)
        panes.setStretchFactor(1, 1)

        self.take_plan = QPushButton(self.tr("&Plan van toen overnemen"), self)
        self.take_realisation = QPushButton(self.tr("&Realisatie van toen als plan overnemen"), self)
        for button in (self.take_plan, self.take_realisation):
            button.setEnabled(can_take and bool(self.entries))
            if not can_take:
                button.setToolTip(self.tr("Het plan is bevroren of u mag deze activiteit niet bewerken."))
        self.take_plan.clicked.connect(lambda: self._take_part("plan"))
        self.take_realisation.clicked.connect(lambda: self._take_part("realisation"))
        hint = QLabel(self.tr("Selecteer tekst en kopieer met Ctrl+C om een deel over te nemen."), self)
        hint.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.take_plan)
        actions.addWidget(self.take_realisation)
        actions.addWidget(hint, 1)
        actions.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(panes, 1)
        layout.addLayout(actions)

        self.choose.currentIndexChanged.connect(self._show)
        if self.entries:
            best = last_report(self.entries)
            self.choose.setCurrentIndex(self.entries.index(best) if best in self.entries else len(self.entries) - 1)
            self._show(self.choose.currentIndex())
        else:
            self.choose.setEnabled(False)
            self.plans.show_message(self.tr("Deze activiteit is nieuw: er is geen eerder document in haar lijn."))
            self.realisation_caption.clear()

    def current(self) -> LineageEntry | None:
        index = self.choose.currentIndex()
        return self.entries[index] if 0 <= index < len(self.entries) else None

    def _entry_label(self, entry: LineageEntry) -> str:
        outcome = _OUTCOME_NAMES.get(entry.outcome, "")
        label = f"{entry.document_title} — {entry.code} {entry.title}"
        if entry.status:
            label += f" [{entry.status}]"
        if outcome:
            label += f" ({self.tr(outcome)})"
        return label

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.entries):
            return
        entry = self.entries[index]
        self.plans.show_diff(
            self.tr("Plan %1").replace("%1", entry.document_title), entry.plan.plain_text(),
            self.tr("Plan nu (%1)").replace("%1", self.document_title), self.activity.plan.plain_text(),
        )
        self.realisation_caption.setText(self.tr("Realisatie %1").replace("%1", entry.document_title))
        self.realisation.setHtml(render_html(entry.realisation) if not entry.realisation.is_empty else
                                 f'<p style="{EMPTY_STYLE}">{html.escape(self.tr("(geen realisatie)"))}</p>')

    def _take_part(self, part: str) -> None:
        entry = self.current()
        self._take(None if entry is None else entry.plan if part == "plan" else entry.realisation)

    def _take(self, text: BlockText | None) -> None:
        if text is not None and not text.is_empty:
            self.take_text.emit(text)
            self.accept()
