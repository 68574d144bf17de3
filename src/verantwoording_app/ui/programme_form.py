"""Form of a programme: number, name and the intro text before its first goal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from .blocktext_editor import BlockTextEdit

if TYPE_CHECKING:
    from ..domain.blocktext import BlockText


class ProgrammeForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.programme_id: str | None = None
        self._base: dict[str, Any] = {}
        self._dirty: set[str] = set()
        self.heading = QLabel(self)
        self.heading.setObjectName("formHeading")
        self.number = QLineEdit(self)
        self.number.setMaximumWidth(120)
        self.name = QLineEdit(self)
        self.intro = BlockTextEdit(self)
        self.intro.setAccessibleName(self.tr("Inleiding van het programma"))
        form = QFormLayout()
        form.addRow(self.tr("&Nummer:"), self.number)
        form.addRow(self.tr("&Naam:"), self.name)
        intro_label = QLabel(self.tr("&Inleiding (tekst voor het eerste hoofddoel):"), self)
        intro_label.setBuddy(self.intro)
        general = QWidget(self)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(intro_label)
        general_layout.addWidget(self.intro, 1)
        from .chapter_panel import ChapterPanels, EffectsTab, FinanceTab

        self.effects = EffectsTab(self)
        self.finance = FinanceTab(self)
        self.chapter = ChapterPanels(self.effects, self.finance)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("&Programma"))
        self.tabs.addTab(self.effects, self.tr("Wat wilden we &bereiken"))
        self.tabs.addTab(self.finance, self.tr("Wat heeft het &gekost"))
        self.effects.edited.connect(self.edited)
        self.finance.edited.connect(self.edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.number.textEdited.connect(lambda: self._mark("number"))
        self.name.textEdited.connect(lambda: self._mark("name"))
        self.intro.changed_by_user.connect(lambda: self._mark("intro"))

    def load(self, programme_id: str, number: str, name: str, intro: BlockText) -> None:
        self.programme_id = programme_id
        self.heading.setText(self.tr("Programma %1").replace("%1", f"{number} {name}".strip()))
        self.number.setText(number)
        self.name.setText(name)
        self.intro.set_blocktext(intro)
        self._base = {"number": number, "name": name, "intro": intro}
        self._dirty.clear()

    def _mark(self, name: str) -> None:
        if self.programme_id is not None:
            self._dirty.add(name)
            self.edited.emit()

    def has_pending(self) -> bool:
        return bool(self._dirty)

    def take_pending(self) -> dict[str, Any]:
        values = {"number": self.number.text().strip(), "name": self.name.text().strip(),
                  "intro": self.intro.blocktext()}
        changes = {n: values[n] for n in self._dirty if values[n] != self._base.get(n)}
        self._base.update(changes)
        self._dirty.clear()
        return changes
