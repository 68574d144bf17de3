"""Form of a main goal (hoofddoel): title and its own intro sentence."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class GoalForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal_id: str | None = None
        self._base: dict[str, str] = {}
        self._dirty: set[str] = set()
        self.heading = QLabel(self)
        self.heading.setObjectName("formHeading")
        self.title = QLineEdit(self)
        self.intro = QLineEdit(self)
        self.intro.setToolTip(self.tr("Leeg: de standaardzin van het document. {nummer} en {titel} worden ingevuld."))
        help_text = QLabel(self.tr("De activiteiten van dit hoofddoel staan eronder in de boom. Met Alt+↑ en Alt+↓ "
                              "verplaatst u een geselecteerd hoofddoel of activiteit; de nummering volgt."), self)
        help_text.setWordWrap(True)
        help_text.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Inleidende zin:"), self.intro)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title.textEdited.connect(lambda: self._mark("title"))
        self.intro.textEdited.connect(lambda: self._mark("intro"))

    def load(self, goal_id: str, numeral: str, title: str, intro: str, default_intro: str) -> None:
        self.goal_id = goal_id
        self.heading.setText(self.tr("Hoofddoel %1").replace("%1", numeral))
        self.title.setText(title)
        self.intro.setText(intro)
        self.intro.setPlaceholderText(default_intro)
        self._base = {"title": title, "intro": intro}
        self._dirty.clear()

    def _mark(self, name: str) -> None:
        if self.goal_id is not None:
            self._dirty.add(name)
            self.edited.emit()

    def has_pending(self) -> bool:
        return bool(self._dirty)

    def take_pending(self) -> dict[str, Any]:
        values = {"title": self.title.text().strip(), "intro": self.intro.text().strip()}
        changes = {n: values[n] for n in self._dirty if values[n] != self._base.get(n) and (values[n] or n != "title")}
        self._base.update(changes)
        self._dirty.clear()
        return changes
