"""Table model of an activity's key figures (kengetallen), numbers with the locale's decimal comma."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)

from ..domain.model import Kengetal
from .table_model import Index, RowsTableModel

COLUMNS = ("label", "unit", "baseline", "target", "realised", "source")
NUMERIC = {"baseline", "target", "realised"}


def format_decimal(value: Decimal | None, locale: QLocale) -> str:
    if value is None:
        return ""
    text = format(value, "f")
    if "." in text:
        whole, fraction = text.split(".")
    else:
        whole, fraction = text, ""
    negative = whole.startswith("-")
    digits = whole.lstrip("-")
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    sign = locale.negativeSign() if negative else ""
    out = sign + locale.groupSeparator().join(groups)
    if fraction:
        out += locale.decimalPoint() + fraction
    return out


def parse_decimal(text: str, locale: QLocale) -> Decimal | None:
    """A number typed by the user: ``1.234,5`` in Dutch; raises ValueError when it is none."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    cleaned = cleaned.replace(locale.groupSeparator(), "").replace(locale.decimalPoint(), ".")
    cleaned = cleaned.replace(locale.negativeSign(), "-")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not value.is_finite():
        raise ValueError(text)
    return value


class KeyFigureModel(RowsTableModel):
    """Editable rows of Kengetal; emits ``edited`` after every change."""

    columns = COLUMNS

    edited = Signal()
    invalid_number = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Kengetal] = []
        self.locale = QLocale()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Kengetal"), self.tr("Eenheid"), self.tr("Nulmeting"), self.tr("Streefwaarde"), self.tr("Gerealiseerd"), self.tr("Bron"))

    def set_figures(self, figures: tuple[Kengetal, ...]) -> None:
        self.beginResetModel()
        self._rows = list(figures)
        self.endResetModel()

    def figures(self) -> tuple[Kengetal, ...]:
        return tuple(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = COLUMNS[index.column()]
        value = getattr(self._rows[index.row()], name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return format_decimal(value, self.locale) if name in NUMERIC else value
        if role == Qt.ItemDataRole.TextAlignmentRole and name in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = COLUMNS[index.column()]
        text = "" if value is None else str(value)
        if name in NUMERIC:
            try:
                new: Any = parse_decimal(text, self.locale)
            except ValueError:
                self.invalid_number.emit(text)
                return False
        else:
            new = text.strip()
        row = self._rows[index.row()]
        if getattr(row, name) == new:
            return True
        self._rows[index.row()] = replace(row, **{name: new})
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def add_row(self, label: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(Kengetal(label=label))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.edited.emit()
