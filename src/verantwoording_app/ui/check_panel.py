"""The "Controle" tab of the activity form and the bar under the realisation (words, target, B1)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.checks import RULES_BY_ID, Finding

if TYPE_CHECKING:
    from ..domain.readability import Readability

FINDING_ROLE = Qt.ItemDataRole.UserRole + 10
IGNORED_ROLE = Qt.ItemDataRole.UserRole + 11


def rule_title(rule_id: str) -> str:
    rule = RULES_BY_ID.get(rule_id)
    return QCoreApplication.translate("CheckRules", rule.title) if rule else rule_id


def rule_explanation(rule_id: str) -> str:
    rule = RULES_BY_ID.get(rule_id)
    return QCoreApplication.translate("CheckRules", rule.explanation) if rule else ""


class CheckPanel(QWidget):
    """Findings of the current activity, each with its explanation and "negeren, met reden"."""

    ignore_requested = Signal(object)
    unignore_requested = Signal(object)
    show_requested = Signal(object)
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Meldingen van de controle"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(self.tr("Geen meldingen: de controle vond niets in deze activiteit."), self)
        self.show_button = QPushButton(self.tr("&Tonen in de tekst"), self)
        self.ignore_button = QPushButton(self.tr("&Negeren, met reden…"), self)
        self.unignore_button = QPushButton(self.tr("Niet meer ne&geren"), self)
        buttons = QHBoxLayout()
        for button in (self.show_button, self.ignore_button, self.unignore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(lambda _item: self._show())
        self.show_button.clicked.connect(self._show)
        self.ignore_button.clicked.connect(self._ignore)
        self.unignore_button.clicked.connect(self._unignore)
        self.open_count = 0
        self._current_changed(None, None)

    def show_findings(self, open_: list[Finding], ignored: list[Finding], reasons: dict[tuple[str, str], str]) -> None:
        selected = self.current()
        keep = (selected.rule_id, selected.fingerprint) if selected else None
        self.list.clear()
        for finding in open_:
            self._add(finding, "")
        for finding in ignored:
            self._add(finding, reasons.get((finding.rule_id, finding.fingerprint), ""))
        self.empty.setVisible(not open_ and not ignored)
        for row in range(self.list.count()):
            found = self.list.item(row).data(FINDING_ROLE)
            if keep == (found.rule_id, found.fingerprint):
                self.list.setCurrentRow(row)
                break
        else:
            if self.list.count():
                self.list.setCurrentRow(0)
        self._current_changed(self.list.currentItem(), None)
        if self.open_count != len(open_):
            self.open_count = len(open_)
            self.count_changed.emit(self.open_count)

    def _add(self, finding: Finding, reason: str) -> None:
        sentence = " ".join(finding.sentence.split())
        if len(sentence) > 240:
            sentence = sentence[:239] + "…"
        text = f"{rule_title(finding.rule_id)}\n{sentence}"
        if reason:
            text += "\n" + self.tr("Genegeerd: %1").replace("%1", reason)
        item = QListWidgetItem(text)
        item.setData(FINDING_ROLE, finding)
        item.setData(IGNORED_ROLE, bool(reason))
        item.setToolTip(rule_explanation(finding.rule_id))
        if reason:
            item.setForeground(QColor("#757575"))
        self.list.addItem(item)

    def current(self) -> Finding | None:
        item = self.list.currentItem()
        return cast("Finding | None", item.data(FINDING_ROLE) if item is not None else None)

    def _current_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        finding = current.data(FINDING_ROLE) if current is not None else None
        ignored = bool(current.data(IGNORED_ROLE)) if current is not None else False
        self.explanation.setText(rule_explanation(finding.rule_id) if finding else "")
        self.show_button.setEnabled(finding is not None and finding.block >= 0)
        self.ignore_button.setEnabled(finding is not None and not ignored)
        self.unignore_button.setEnabled(finding is not None and ignored)

    def _show(self) -> None:
        if (finding := self.current()) is not None:
            self.show_requested.emit(finding)

    def _ignore(self) -> None:
        if (finding := self.current()) is not None:
            self.ignore_requested.emit(finding)

    def _unignore(self) -> None:
        if (finding := self.current()) is not None:
            self.unignore_requested.emit(finding)


class WritingBar(QWidget):
    """Under the realisation: word count against the target, with a small bar, and the B1 indication."""

    hard_sentences_toggled = Signal(bool)
    target_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(140)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Voortgang naar de streeflengte"))
        self.level = QLabel(self)
        self.level.setAccessibleName(self.tr("Leesbaarheid"))
        self.hard = QCheckBox(self.tr("&Moeilijke zinnen markeren"), self)
        self.target_button = QPushButton(self.tr("Streef&lengte…"), self)
        self.target_button.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addWidget(self.words)
        layout.addWidget(self.progress)
        layout.addWidget(self.target_button)
        layout.addStretch(1)
        layout.addWidget(self.level)
        layout.addWidget(self.hard)
        self.hard.toggled.connect(self.hard_sentences_toggled)
        self.target_button.clicked.connect(self.target_requested)
        self.set_stats(0, 0, None)

    def set_stats(self, words: int = 0, target: int = 0, result: Readability | None = None) -> None:
        if target:
            self.words.setText(self.tr("%1 van %2 woorden").replace("%1", str(words)).replace("%2", str(target)))
            self.progress.setMaximum(target)
            self.progress.setValue(min(words, target))
            self.progress.setVisible(True)
            over = words > target
            self.progress.setStyleSheet("QProgressBar::chunk { background: %s; }" % ("#ef6c00" if over else "#43a047"))
        else:
            self.words.setText(self.tr("%1 woorden").replace("%1", str(words)))
            self.progress.setVisible(False)
        if result is None or not result.words:
            self.level.setText("")
            self.level.setToolTip("")
            return
        self.level.setText(self.tr("Leesbaarheid: %1").replace("%1", result.level))
        self.level.setToolTip(self.tr(
            "Flesch-Douma %1 · %2 woorden per zin · %3 lange woorden · %4 lijdende vorm · %5 moeilijke zinnen")
            .replace("%1", f"{result.flesch_douma:.0f}")
            .replace("%2", f"{result.words_per_sentence:.1f}".replace(".", ","))
            .replace("%3", f"{result.long_word_share:.0%}")
            .replace("%4", f"{result.passive_share:.0%}")
            .replace("%5", str(len(result.hard))))


class TargetDialog(QDialog):
    """The document's target length and this activity's own."""

    def __init__(self, document_target: int, own_target: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Streeflengte"))
        self.document_target = QSpinBox(self)
        self.own_target = QSpinBox(self)
        for box, value in ((self.document_target, document_target), (self.own_target, own_target)):
            box.setRange(0, 100_000)
            box.setSingleStep(25)
            box.setSpecialValueText(self.tr("geen"))
            box.setSuffix(self.tr(" woorden"))
            box.setValue(value)
        form = QFormLayout()
        form.addRow(self.tr("Voor elke realisatie (&document):"), self.document_target)
        form.addRow(self.tr("Voor deze &activiteit (geen: die van het document):"), self.own_target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
