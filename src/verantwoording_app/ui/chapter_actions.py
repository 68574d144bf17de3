"""The window's doors to the chapter's finances and indicators: Bestand › Importeren › Financiële
gegevens / Beleidsindicatoren, the finance settings, and refreshing the programme form after them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ..domain.errors import UserError

if TYPE_CHECKING:
    from .main_window import MainWindow

class ChapterActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.import_finance_action = QAction(self.tr("&Financiële gegevens (grootboekexport)…"), window)
        self.import_finance_action.setStatusTip(self.tr("De begroting en realisatie per programma uit een export van "
                                                    "de financiële administratie (xlsx of csv)"))
        self.import_finance_action.triggered.connect(lambda _c=False: self.import_finance())
        self.import_policy_action = QAction(self.tr("&Beleidsindicatoren (waarstaatjegemeente.nl)…"), window)
        self.import_policy_action.triggered.connect(lambda _c=False: self.import_policy())
        self.settings_action = QAction(self.tr("Drempel en notatie &financiën…"), window)
        self.settings_action.triggered.connect(lambda _c=False: self.edit_settings())

    def bind_forms(self) -> None:
        form = self.window.programme_form
        form.finance.import_requested.connect(self.import_finance)
        form.finance.settings_requested.connect(self.edit_settings)
        form.effects.import_policy_requested.connect(self.import_policy)

    def update_actions(self) -> None:
        writable = self.window.workspace is not None and self.window.is_coordinator()
        for action in (self.import_finance_action, self.import_policy_action, self.settings_action):
            action.setEnabled(writable)

    def _refresh(self) -> None:
        window = self.window
        node = window.current_node()
        if node is not None and node.kind == "programme":
            window.show_node(node)
        window.chapter_changed.emit()

    def _ask(self, title: str) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(self.window, title, "", self.tr("Excel of CSV (*.xlsx *.csv *.txt);;Alle bestanden (*)"))
        return Path(name) if name else None

    def import_finance(self, path: Path | None = None) -> bool:
        """Preview with the column choices, then replace the financial lines (all or nothing)."""
        from ..services import chapter as service
        from .ledger_dialog import LedgerImportDialog

        window = self.window
        if window.workspace is None or not window.flush_pending():
            return False
        path = path or self._ask(self.tr("Financiële gegevens importeren"))
        if path is None:
            return False
        workspace = window.workspace
        try:
            table = service.read_ledger_table(path)
        except UserError as error:
            QMessageBox.warning(window, self.tr("Financiële gegevens importeren"), error.message)
            return False
        dialog = LedgerImportDialog(table, lambda mapping: service.preview_ledger(workspace, path, mapping, table),
                                    window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            result = service.import_ledger(workspace, path, dialog.mapping(), table)
        except UserError as error:
            QMessageBox.warning(window, self.tr("Financiële gegevens importeren"), error.message)
            return False
        window.statusBar().showMessage(result.summary()[0] + "; " + result.summary()[-1], 10000)
        self._refresh()
        return True

    def import_policy(self, path: Path | None = None) -> bool:
        """Preview with the programme and the column choices, then replace the beleidsindicatoren."""
        from ..services import chapter as service
        from .ledger_dialog import PolicyImportDialog

        window = self.window
        if window.workspace is None or not window.flush_pending():
            return False
        path = path or self._ask(self.tr("Beleidsindicatoren importeren"))
        if path is None:
            return False
        workspace = window.workspace
        try:
            table = service.read_policy_table(path)
        except UserError as error:
            QMessageBox.warning(window, self.tr("Beleidsindicatoren importeren"), error.message)
            return False
        programmes = [(node.number, node.display()) for node in window.model.programmes()]
        dialog = PolicyImportDialog(
            table, lambda mapping, programme: service.preview_policy_indicators(
                workspace, path, programme=programme, mapping=mapping, table=table), programmes, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            result = service.import_policy_indicators(workspace, path, programme=dialog.choice(),
                                                      mapping=dialog.mapping(), table=table)
        except UserError as error:
            QMessageBox.warning(window, self.tr("Beleidsindicatoren importeren"), error.message)
            return False
        window.statusBar().showMessage(self.tr("%1 beleidsindicatoren geïmporteerd").replace("%1", str(len(result.items))),
                                       10000)
        self._refresh()
        return True

    def edit_settings(self) -> bool:
        from ..services import chapter as service
        from .ledger_dialog import FinanceSettingsDialog

        window = self.window
        if window.workspace is None or not window.flush_pending():
            return False
        settings, _source = service.chapter_store(window.workspace).settings()
        dialog = FinanceSettingsDialog(settings, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            service.set_settings(window.workspace, dialog.settings)
        except UserError as error:
            QMessageBox.warning(window, self.tr("Drempel en notatie"), error.message)
            return False
        self._refresh()
        return True
