"""Form of the document: kind, year, municipality, labels, status scheme, state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import DEFAULT_REVIEW_LABELS, Document, DocumentKind, DocumentState
from ..domain.status import PRESET_SCHEMES, StatusScheme
from .activity_form import colour_icon
from .noop import QT_TRANSLATE_NOOP

KIND_LABELS = {
    DocumentKind.BEGROTING: QT_TRANSLATE_NOOP("DocumentForm", "Begroting"),
    DocumentKind.JAARSTUKKEN: QT_TRANSLATE_NOOP("DocumentForm", "Jaarstukken"),
    DocumentKind.TUSSENRAPPORTAGE: QT_TRANSLATE_NOOP("DocumentForm", "Tussenrapportage"),
}
STATE_LABELS = {DocumentState.CONCEPT: QT_TRANSLATE_NOOP("DocumentForm", "Concept"), DocumentState.VASTGESTELD: QT_TRANSLATE_NOOP("DocumentForm", "Vastgesteld")}


class DocumentForm(QWidget):
    edited = Signal()
    scheme_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: dict[str, Any] = {}
        self._dirty: set[str] = set()
        self._loading = False
        self._custom_scheme: StatusScheme | None = None
        self.heading = QLabel(self.tr("Document"), self)
        self.heading.setObjectName("formHeading")
        self.kind = QComboBox(self)
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setGroupSeparatorShown(False)
        self.municipality = QLineEdit(self)
        self.title_lines = QPlainTextEdit(self)
        self.title_lines.setTabChangesFocus(True)
        self.title_lines.setMaximumHeight(70)
        self.section_number = QLineEdit(self)
        self.section_title = QLineEdit(self)
        self.realisation_label = QLineEdit(self)
        self.realisation_label.setToolTip(self.tr("{jaar} wordt vervangen door het jaar van het document."))
        self.goal_intro = QLineEdit(self)
        self.goal_intro.setToolTip(self.tr("{nummer} en {titel} worden vervangen door het nummer en de titel van het "
                                      "hoofddoel."))
        self.scheme = QComboBox(self)
        self.scheme_options = QListWidget(self)
        self.scheme_options.setMaximumHeight(130)
        self.scheme_options.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.review_labels = [QLineEdit(self) for _ in range(4)]
        review_row = QWidget(self)
        review_layout = QHBoxLayout(review_row)
        review_layout.setContentsMargins(0, 0, 0, 0)
        for edit in self.review_labels:
            review_layout.addWidget(edit)
            edit.textEdited.connect(lambda _text: self._mark("review_labels"))
        review_row.setToolTip(self.tr("De vier stappen van de beoordeling, in volgorde: concept, ter review, "
                                      "akkoord, vastgesteld. De laatste vergrendelt een activiteit."))
        self.state = QComboBox(self)
        for state, label in STATE_LABELS.items():
            self.state.addItem(self.tr(label), state.value)
        form = QFormLayout()
        form.addRow(self.tr("&Soort:"), self.kind)
        form.addRow(self.tr("&Jaar:"), self.year)
        form.addRow(self.tr("&Gemeente:"), self.municipality)
        form.addRow(self.tr("T&itelregels:"), self.title_lines)
        form.addRow(self.tr("Paragraaf&nummer:"), self.section_number)
        form.addRow(self.tr("Paragraaf&titel:"), self.section_title)
        form.addRow(self.tr("Kop boven &realisatie:"), self.realisation_label)
        form.addRow(self.tr("Zin boven &hoofddoel:"), self.goal_intro)
        form.addRow(self.tr("Status&schema:"), self.scheme)
        form.addRow("", self.scheme_options)
        form.addRow(self.tr("&Reviewstappen:"), review_row)
        form.addRow(self.tr("S&taat:"), self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addStretch(1)
        self.kind.activated.connect(lambda: self._mark("kind"))
        self.year.valueChanged.connect(lambda: self._mark("year"))
        self.municipality.textEdited.connect(lambda: self._mark("municipality"))
        self.title_lines.textChanged.connect(lambda: self._mark("title_lines"))
        self.section_number.textEdited.connect(lambda: self._mark("section_number"))
        self.section_title.textEdited.connect(lambda: self._mark("section_title"))
        self.realisation_label.textEdited.connect(lambda: self._mark("realisation_label"))
        self.goal_intro.textEdited.connect(lambda: self._mark("goal_intro"))
        self.scheme.activated.connect(self._scheme_chosen)
        self.state.activated.connect(lambda: self._mark("state"))

    def load(self, document: Document) -> None:
        self._loading = True
        try:
            self.heading.setText(document.title)
            self.kind.setCurrentIndex(max(0, self.kind.findData(document.kind.value)))
            self.year.setValue(document.year)
            self.municipality.setText(document.municipality)
            self.title_lines.setPlainText("\n".join(document.title_lines))
            self.section_number.setText(document.section_number)
            self.section_title.setText(document.section_title)
            self.realisation_label.setText(document.realisation_label)
            self.goal_intro.setText(document.goal_intro)
            for edit, label in zip(self.review_labels, document.review_labels, strict=True):
                edit.setText(label)
            self.state.setCurrentIndex(max(0, self.state.findData(document.state.value)))
            self.scheme.clear()
            self._custom_scheme = None
            if document.status_scheme not in PRESET_SCHEMES:
                self._custom_scheme = document.status_scheme
                self.scheme.addItem(document.status_scheme.name, -1)
            for index, scheme in enumerate(PRESET_SCHEMES):
                self.scheme.addItem(scheme.name, index)
            self.scheme.setCurrentIndex(0 if self._custom_scheme else PRESET_SCHEMES.index(document.status_scheme))
            self._show_scheme(document.status_scheme)
            self._base = self._values()
            self._dirty.clear()
        finally:
            self._loading = False

    def _show_scheme(self, scheme: StatusScheme) -> None:
        self.scheme_options.clear()
        for option in scheme.options:
            suffix = self.tr(" (gereed)") if option.done else ""
            self.scheme_options.addItem(QListWidgetItem(colour_icon(option.colour), option.label + suffix))

    def current_scheme(self) -> StatusScheme:
        data = self.scheme.currentData()
        if data == -1 and self._custom_scheme is not None:
            return self._custom_scheme
        return PRESET_SCHEMES[int(data or 0)]

    def _scheme_chosen(self) -> None:
        scheme = self.current_scheme()
        self._show_scheme(scheme)
        self._mark("status_scheme")

    def _values(self) -> dict[str, Any]:
        return {
            "kind": DocumentKind(self.kind.currentData()),
            "year": self.year.value(),
            "municipality": self.municipality.text().strip(),
            "title_lines": tuple(line for line in self.title_lines.toPlainText().splitlines() if line.strip()),
            "section_number": self.section_number.text().strip(),
            "section_title": self.section_title.text().strip(),
            "realisation_label": self.realisation_label.text(),
            "goal_intro": self.goal_intro.text(),
            "status_scheme": self.current_scheme(),
            "review_labels": tuple(e.text().strip() or d for e, d in zip(self.review_labels, DEFAULT_REVIEW_LABELS,
                                                                            strict=True)),
            "state": DocumentState(self.state.currentData()),
        }

    def _mark(self, name: str) -> None:
        if not self._loading:
            self._dirty.add(name)
            self.edited.emit()

    def has_pending(self) -> bool:
        return bool(self._dirty)

    def take_pending(self) -> dict[str, Any]:
        values = self._values()
        changes = {n: values[n] for n in self._dirty if values[n] != self._base.get(n)}
        self._base.update(changes)
        self._dirty.clear()
        return changes
