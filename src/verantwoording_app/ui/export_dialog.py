"""Export options: which part (whole document or the selection in the tree), which statuses,
with or without plan text and key figures, the house-style template (remembered), and for
Excel the snapshot to compare with."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.chapter_text import ALL_PARTS, ChapterParts
from ..domain.model import roman
from ..domain.selection import Selection

if TYPE_CHECKING:
    from ..domain.status import StatusScheme

FORMAT_NAMES = {"txt": "P&C-tekst", "md": "Markdown", "docx": "Word", "xlsx": "Excel", "html": "website"}


@dataclass(frozen=True)
class ExportChoice:
    selection: Selection
    include_plan: bool
    include_key_figures: bool
    template: Path | None
    changed_since: str | None
    include_toc: bool = False
    footer: str = "keep"
    """P&C text: "keep" the document's footer line, "omit" it or "refresh" it with the time of now."""
    previous_year: bool = False
    parts: ChapterParts = ALL_PARTS
    """Which of the chapter's three questions (effects, activities, costs) are exported."""


def selection_for(node: Any) -> tuple[Selection, str]:
    """The selection of a tree node (programme, goal or activity) and a label for it."""
    if node is None:
        return Selection(), ""
    chain = []
    current = node
    while current is not None and getattr(current, "kind", "") in ("programme", "goal", "activity"):
        chain.append(current)
        current = current.parent
    chain.reverse()
    programme = next((n for n in chain if n.kind == "programme"), None)
    goal = next((n for n in chain if n.kind == "goal"), None)
    activity = next((n for n in chain if n.kind == "activity"), None)
    selection = Selection(
        programme=programme.number if programme is not None else None,
        goal=roman(goal.row() + 1) if goal is not None else None,
        activity=activity.row() + 1 if activity is not None else None,
    )
    parts = []
    if programme is not None:
        parts.append(f"Programma {programme.number}")
    if goal is not None:
        parts.append(f"Hoofddoel {roman(goal.row() + 1)}")
    if activity is not None:
        parts.append(f"{activity.row() + 1}. {activity.title}")
    return selection, " › ".join(parts)


class ExportOptionsDialog(QDialog):
    def __init__(self, fmt: str, scheme: StatusScheme, node: Any, *, template: str = "",
                 snapshots: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.setWindowTitle(self.tr("Exporteren naar %1").replace("%1", FORMAT_NAMES.get(fmt, fmt)))
        self._selection, label = selection_for(node)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        scope = QWidget(self)
        scope_layout = QVBoxLayout(scope)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        self.whole = QRadioButton(self.tr("&Hele document"), scope)
        self.part = QRadioButton(self.tr("Alleen de &selectie: %1").replace("%1", label or "—"), scope)
        self.part.setEnabled(bool(label))
        self.whole.setChecked(True)
        scope_layout.addWidget(self.whole)
        scope_layout.addWidget(self.part)
        form.addRow(self.tr("Bereik:"), scope)

        self.statuses = QListWidget(self)
        self.statuses.setMaximumHeight(120)
        for option in scheme.options:
            item = QListWidgetItem(option.label, self.statuses)
            item.setData(Qt.ItemDataRole.UserRole, option.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        item = QListWidgetItem(self.tr("(geen status)"), self.statuses)
        item.setData(Qt.ItemDataRole.UserRole, "")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        form.addRow(self.tr("S&tatussen:"), self.statuses)

        self.plan = QCheckBox(self.tr("Met &plantekst"), self)
        self.plan.setChecked(True)
        self.figures = QCheckBox(self.tr("Met &kengetallen als tabel"), self)
        self.toc = QCheckBox(self.tr("Met &inhoudsopgave"), self)
        self.footer = QComboBox(self)
        self.footer.addItem(self.tr("Vernieuwen: gebouwd op nu"), "refresh")
        self.footer.addItem(self.tr("Weglaten"), "omit")
        self.footer.addItem(self.tr("Behouden zoals geïmporteerd"), "keep")
        self.template = QLineEdit(template, self)
        self.template.setPlaceholderText(self.tr("geen: de standaardstijlen van Word"))
        browse = QPushButton(self.tr("&Bladeren…"), self)
        browse.clicked.connect(self._browse)
        template_row = QWidget(self)
        row = QHBoxLayout(template_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.template, 1)
        row.addWidget(browse)
        self.snapshot = QComboBox(self)
        self.snapshot.addItem(self.tr("(geen kolom)"), None)
        for name in snapshots:
            self.snapshot.addItem(name, name)
        parts = QWidget(self)
        parts_layout = QVBoxLayout(parts)
        parts_layout.setContentsMargins(0, 0, 0, 0)
        self.parts = []
        for text in (self.tr("Wat wilden we be&reiken? (effecten, indicatoren)"),
                     self.tr("Wat hebben we daarvoor ge&daan? (doelen en activiteiten)"),
                     self.tr("Wat heeft het gekost? (&financiële tabel, afwijkingen)")):
            box = QCheckBox(text, parts)
            box.setChecked(True)
            parts_layout.addWidget(box)
            self.parts.append(box)
        if fmt in ("txt", "md", "docx", "html"):
            form.addRow(self.tr("&Onderdelen:"), parts)
            form.addRow("", self.plan)
        if fmt == "txt":
            form.addRow(self.tr("&Voettekst:"), self.footer)
        if fmt == "docx":
            form.addRow("", self.figures)
            form.addRow("", self.toc)
            form.addRow(self.tr("&Huisstijlsjabloon:"), template_row)
        self.previous_year = QCheckBox(self.tr("Met kolom '&Vorig jaar' (realisatie of plan uit de lijn)"), self)
        if fmt == "xlsx":
            form.addRow(self.tr("&Gewijzigd sinds:"), self.snapshot)
            form.addRow("", self.previous_year)
        # a child in no layout would be drawn at the top left, over "Bereik": hide what this format does not use
        used = {"txt": (self.plan, self.footer, parts), "md": (self.plan, parts), "html": (self.plan, parts),
                "docx": (self.plan, self.figures, self.toc, template_row, parts),
                "xlsx": (self.snapshot, self.previous_year)}.get(fmt, ())
        for widget in (self.plan, self.figures, self.toc, self.footer, template_row, self.snapshot,
                       self.previous_year, parts):
            if widget not in used:
                widget.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Exporteren…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Huisstijlsjabloon kiezen"), self.template.text(),
            self.tr("Word-sjabloon (*.dotx *.docx)"))
        if name:
            self.template.setText(name)

    def choice(self) -> ExportChoice:
        checked = [self.statuses.item(i) for i in range(self.statuses.count())]
        keys = [i.data(Qt.ItemDataRole.UserRole) for i in checked if i.checkState() == Qt.CheckState.Checked]
        statuses: tuple[str, ...] = () if len(keys) == len(checked) else tuple(keys) or ("\0",)
        base = self._selection if self.part.isChecked() else Selection()
        selection = Selection(programme=base.programme, goal=base.goal, activity=base.activity, statuses=statuses)
        template = self.template.text().strip()
        return ExportChoice(
            selection=selection,
            include_plan=self.plan.isChecked(),
            include_key_figures=self.figures.isChecked(),
            template=Path(template) if template and self.fmt == "docx" else None,
            changed_since=self.snapshot.currentData() if self.fmt == "xlsx" else None,
            include_toc=self.toc.isChecked() and self.fmt == "docx",
            footer=self.footer.currentData() if self.fmt == "txt" else "keep",
            previous_year=self.fmt == "xlsx" and self.previous_year.isChecked(),
            parts=ChapterParts(*(box.isChecked() for box in self.parts)),
        )
