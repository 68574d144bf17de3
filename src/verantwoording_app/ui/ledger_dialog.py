"""Dialogs for the financial part of the chapter: the ledger import preview (which column is which,
checked live), and the document's threshold, sign convention and rounding."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.chapter import ChapterSettings, Threshold
from ..domain.errors import UserError
from ..domain.finance_labels import sign_label
from ..domain.money import AmountError, SignConvention, format_exact, parse_amount, parse_percentage
from ..formats.ledger import FIELD_LABELS, FIELDS, REQUIRED, Ledger, guess_mapping
from ..formats.tabular import RawTable, cell_text

if TYPE_CHECKING:
    from collections.abc import Callable

PREVIEW_ROWS = 30


class ColumnMappingDialog(QDialog):
    """The first rows of a file, a column choice per field (guessed from the headers) and what the import
    would give with these choices (:meth:`describe`); OK only when the file reads without a refusal."""

    def __init__(self, table: RawTable, fields: tuple[str, ...], labels: dict[str, str], required: tuple[str, ...],
                 guessed: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.resize(960, 620)
        intro = QLabel(self)
        intro.setWordWrap(True)
        self.intro = intro
        self.extra = QFormLayout()
        grid = QGridLayout()
        self.choosers: dict[str, QComboBox] = {}
        for index, name in enumerate(fields):
            chooser = QComboBox(self)
            chooser.setAccessibleName(labels[name])
            chooser.addItem(self.tr("(geen)"), -1)
            for column, header in enumerate(table.header):
                chooser.addItem(header or self.tr("kolom %1").replace("%1", str(column + 1)), column)
            chooser.setCurrentIndex(max(0, chooser.findData(guessed.get(name, -1))))
            chooser.activated.connect(lambda _i: self.update_result())
            label = QLabel(labels[name] + (" *" if name in required else "") + ":", self)
            label.setBuddy(chooser)
            grid.addWidget(label, index // 2, (index % 2) * 2)
            grid.addWidget(chooser, index // 2, (index % 2) * 2 + 1)
            self.choosers[name] = chooser
        columns = QGroupBox(self.tr("Kolommen"), self)
        columns.setLayout(grid)
        self.rows = QTableWidget(0, len(table.header), self)
        self.rows.setAccessibleName(self.tr("De eerste regels van het bestand"))
        self.rows.setHorizontalHeaderLabels(list(table.header))
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for number, cells in table.rows[:PREVIEW_ROWS]:
            row = self.rows.rowCount()
            self.rows.insertRow(row)
            self.rows.setVerticalHeaderItem(row, QTableWidgetItem(str(number)))
            for column, value in enumerate(cells[: len(table.header)]):
                self.rows.setItem(row, column, QTableWidgetItem(cell_text(value)))
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("ledgerResult")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Importeren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.extra)
        layout.addWidget(columns)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def mapping(self) -> dict[str, int]:
        return {name: int(c.currentData()) for name, c in self.choosers.items() if int(c.currentData()) >= 0}

    def describe(self, mapping: dict[str, int]) -> str:  # pragma: no cover - every dialog below says it
        raise NotImplementedError

    def update_result(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            text = self.describe(self.mapping())
        except UserError as error:
            self.result_label.setText(self.tr("Zo kan het niet: %1").replace("%1", error.message))
            ok.setEnabled(False)
            return
        self.result_label.setText(text)
        ok.setEnabled(True)


class LedgerImportDialog(ColumnMappingDialog):
    """The ledger export: which column is which, the control total checked live."""

    def __init__(self, table: RawTable, check: Callable[[dict[str, int]], Ledger], parent: QWidget | None = None) -> None:
        super().__init__(table, FIELDS, dict(FIELD_LABELS), REQUIRED, guess_mapping(table), parent)
        self._check = check
        self.ledger: Ledger | None = None
        self.setWindowTitle(self.tr("Financiële gegevens importeren – %1").replace("%1", table.file))
        self.intro.setText(self.tr("Kies per gegeven de kolom van het bestand. De cijfers worden alleen-lezen in de "
                                   "programma's gezet; een controletotaal in het bestand wordt nagerekend."))
        self.update_result()

    def describe(self, mapping: dict[str, int]) -> str:
        self.ledger = None
        ledger = self._check(mapping)
        self.ledger = ledger
        parts = [self.tr("%1 regels gelezen").replace("%1", str(ledger.rows))]
        parts.append(self.tr("controletotaal klopt") if ledger.totals_checked else self.tr("geen controletotaal"))
        total = sum((line.realisatie for line in ledger.lines), Decimal(0))
        parts.append(self.tr("saldo realisatie %1").replace("%1", format_exact(total)))
        text = "; ".join(parts) + "."
        if ledger.notes:
            text += " " + self.tr("Let op: %1.").replace("%1", "; ".join(ledger.notes))
        return text


class PolicyImportDialog(ColumnMappingDialog):
    """Beleidsindicatoren: the programme they belong to and which column is which, checked live."""

    def __init__(self, table: RawTable, check: Callable[[dict[str, int], str | None], Any],
                 programmes: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        from ..formats import policy_indicators as policy_format
        from ..formats.tabular import auto_mapping

        super().__init__(table, policy_format.FIELDS, dict(policy_format.FIELD_LABELS), policy_format.REQUIRED,
                         auto_mapping(table.header, policy_format.SYNONYMS), parent)
        self._check = check
        self.setWindowTitle(self.tr("Beleidsindicatoren importeren – %1").replace("%1", table.file))
        self.intro.setText(self.tr("Kies bij welk programma de indicatoren horen en per gegeven de kolom van het "
                                   "bestand. Regels van een ander gebied dan de gemeente worden de vergelijking."))
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Programma"))
        self.chooser.addItem(self.tr("Volgens het bestand (kolom Programma of het taakveld)"), None)
        for number, name in programmes:
            self.chooser.addItem(name, number)
        self.chooser.activated.connect(lambda _i: self.update_result())
        self.extra.addRow(self.tr("&Programma:"), self.chooser)
        self.update_result()

    def choice(self) -> Any:
        return self.chooser.currentData()

    def describe(self, mapping: dict[str, int]) -> str:
        result = self._check(mapping, self.chooser.currentData())
        compared = sum(1 for item in result.items if item.comparison)
        return (self.tr("%1 indicatoren van %2 gelezen, %3 met een vergelijking.")
                .replace("%1", str(len(result.items))).replace("%2", result.municipality or "-")
                .replace("%3", str(compared)))


class FinanceSettingsDialog(QDialog):
    """Threshold (amount, percentage, both), sign convention and rounding of the document."""

    def __init__(self, settings: ChapterSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Drempel en notatie van de financiële tabellen"))
        self.amount = QLineEdit(format_exact(settings.threshold.amount) if settings.threshold.amount is not None
                                else "", self)
        self.amount.setAccessibleName(self.tr("Drempelbedrag"))
        self.amount.setPlaceholderText(self.tr("bijvoorbeeld 25.000; leeg: geen bedrag"))
        self.percentage = QLineEdit(str(settings.threshold.percentage).replace(".", ",")
                                    if settings.threshold.percentage is not None else "", self)
        self.percentage.setAccessibleName(self.tr("Drempelpercentage"))
        self.percentage.setPlaceholderText(self.tr("bijvoorbeeld 10; leeg: geen percentage"))
        self.both = QCheckBox(self.tr("Bedrag é&n percentage moeten worden bereikt"), self)
        self.both.setChecked(settings.threshold.both)
        self.sign = QComboBox(self)
        for convention in SignConvention:
            self.sign.addItem(sign_label(convention), convention.value)
        self.sign.setCurrentIndex(self.sign.findData(settings.sign.value))
        self.rounding = QComboBox(self)
        self.rounding.addItem(self.tr("hele euro's (x € 1)"), 1)
        self.rounding.addItem(self.tr("duizenden (x € 1.000)"), 1000)
        self.rounding.setCurrentIndex(self.rounding.findData(settings.rounding))
        self.error = QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Drempel&bedrag (€):"), self.amount)
        form.addRow(self.tr("Drempel&percentage:"), self.percentage)
        form.addRow("", self.both)
        form.addRow(self.tr("&Tekenconventie:"), self.sign)
        form.addRow(self.tr("&Afronding:"), self.rounding)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Een afwijking vanaf de drempel (precies gelijk telt mee) vraagt om een toelichting."),
                      self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.settings = settings

    def _accept(self) -> None:
        try:
            amount = parse_amount(self.amount.text(), where=self.tr("Drempelbedrag"))
            percentage = parse_percentage(self.percentage.text(), where=self.tr("Drempelpercentage"))
        except AmountError as error:
            self.error.setText(str(error))
            return
        if amount is not None and amount < 0:
            self.error.setText(self.tr("Een drempel is nul of meer."))
            return
        self.settings = ChapterSettings(SignConvention(self.sign.currentData()), int(self.rounding.currentData()),
                                        Threshold(amount, percentage, self.both.isChecked()))
        self.accept()
