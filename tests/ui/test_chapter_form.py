"""The programme form's chapter tabs: the read-only financial table, explaining a variance, effect texts and
indicators, and the ledger import preview that maps columns."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from verantwoording_app.domain.chapter import LineKind, Nature
from verantwoording_app.services import chapter as service
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.ui.ledger_dialog import FinanceSettingsDialog, LedgerImportDialog
from verantwoording_app.ui.main_window import MainWindow
from verantwoording_app.ui.settings import Settings

from ..formats.ledger_files import chapter_document, per_programme_xlsx

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def chapter_window(qtbot, tmp_path: Path, modal):
    workspace = Workspace.open(tmp_path / "h.vwdb", author="coordinator")
    workspace._store.create_document(chapter_document(), author="x")
    service.import_ledger(workspace, per_programme_xlsx(tmp_path / "g.xlsx"))
    window = MainWindow(Settings.at(tmp_path), user_name="coordinator")
    qtbot.addWidget(window)
    window.set_workspace(workspace)
    window.show()
    window.select("p2")
    return window


def test_table_is_read_only_and_shows_the_source(chapter_window: MainWindow) -> None:
    finance = chapter_window.programme_form.finance
    assert "g.xlsx" in finance.source.text()
    assert finance.table.item(0, 0).text() == "Lasten"
    assert finance.table.item(0, 3).text() == "-2.160.001"
    assert not finance.table.item(0, 3).flags() & Qt.ItemFlag.ItemIsEditable
    assert finance.variances.rowCount() == 2
    assert finance.variances.item(0, 4).text() == "toelichting ontbreekt"


def test_explaining_a_variance_saves_each_field_with_the_amount(chapter_window: MainWindow) -> None:
    finance = chapter_window.programme_form.finance
    finance.variances.selectRow(0)
    finance.cause.setPlainText("Meer cliënten dan geraamd.")
    finance.cause.changed_by_user.emit()
    finance.nature.setCurrentIndex(finance.nature.findData("structureel"))
    finance.nature.activated.emit(finance.nature.currentIndex())
    finance.owner.setText("Bert")
    finance.owner.textEdited.emit("Bert")
    assert chapter_window.flush_pending()
    workspace = chapter_window.workspace
    assert workspace is not None
    assert workspace is not None
    explanation = service.chapter(workspace).explanation_for("p2", LineKind.LASTEN)
    assert explanation is not None
    assert explanation.cause.blocks[0].text == "Meer cliënten dan geraamd."
    assert (explanation.nature, explanation.owner, explanation.amount) == (Nature.STRUCTUREEL, "Bert",
                                                                           Decimal("-60000.5"))
    assert finance.variances.item(0, 4).text() == "rechtmatigheidscategorie ontbreekt"
    # switching to the other variance saves what is pending first
    finance.rechtmatigheid.setCurrentIndex(finance.rechtmatigheid.findData("2"))
    finance.rechtmatigheid.activated.emit(finance.rechtmatigheid.currentIndex())
    finance.variances.selectRow(1)
    assert service.chapter(workspace).explanation_for("p2", LineKind.LASTEN).rechtmatigheid == "2"
    assert finance.variances.item(0, 4).text() == "toegelicht"


def test_effect_text_and_indicators(chapter_window: MainWindow) -> None:
    effects = chapter_window.programme_form.effects
    effects.plan.setPlainText("Iedereen de zorg die nodig is.")
    effects.plan.changed_by_user.emit()
    effects.add_indicator.click()
    row = effects.indicators.rowCount() - 1
    for column, text in enumerate(["Wachttijd", "weken", "CBS", "8", "6", "7,5", "31-12-2025", ""]):
        effects.indicators.item(row, column).setText(text)
    assert chapter_window.flush_pending()
    assert chapter_window.workspace is not None
    chapter = service.chapter(chapter_window.workspace)
    [effect] = chapter.effects_of("p2")
    assert effect.plan.blocks[0].text == "Iedereen de zorg die nodig is."
    [indicator] = chapter.indicators_of("p2")
    assert (indicator.name, indicator.baseline, indicator.values[0].year, indicator.values[0].value) == (
        "Wachttijd", Decimal(8), 2025, Decimal("7.5"))
    effects.indicators.item(row, 4).setText("zes")
    assert not chapter_window.flush_pending()  # refused, the text stays on screen
    assert effects.indicators.item(row, 4).text() == "zes"


def test_ledger_dialog_maps_columns_and_only_then_imports(chapter_window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "eigen.csv"
    path.write_text("Prog;Cat;Budget;Uitkomst\n2;Lasten;100.000;130.000\n", encoding="utf-8")
    workspace = chapter_window.workspace
    assert workspace is not None
    table = service.read_ledger_table(path)
    dialog = LedgerImportDialog(table, lambda m: service.preview_ledger(workspace, path, m, table))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "ontbreekt de kolom" in dialog.result_label.text()
    for name, column in (("soort", 1), ("gewijzigd", 2), ("realisatie", 3)):
        chooser = dialog.choosers[name]
        chooser.setCurrentIndex(chooser.findData(column))
        chooser.activated.emit(chooser.currentIndex())
    assert ok.isEnabled(), dialog.result_label.text()
    assert "1 regels gelezen" in dialog.result_label.text()
    assert dialog.mapping()["realisatie"] == 3
    dialog.close()


def test_settings_dialog_refuses_a_bad_amount(qtbot) -> None:
    from verantwoording_app.domain.chapter import ChapterSettings

    dialog = FinanceSettingsDialog(ChapterSettings())
    qtbot.addWidget(dialog)
    assert dialog.amount.text() == "25.000"
    dialog.amount.setText("veel")
    dialog._accept()
    assert "geen bedrag" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.amount.setText("50.000")
    dialog.rounding.setCurrentIndex(1)
    dialog._accept()
    assert dialog.settings.threshold.amount == Decimal(50_000)
    assert dialog.settings.rounding == 1000


def test_overview_lists_variances_and_opens_the_programme(chapter_window: MainWindow) -> None:
    from verantwoording_app.ui.overview import make_overview_dock

    dock = make_overview_dock(chapter_window)
    overview = dock.widget().variances  # type: ignore[attr-defined]
    assert overview.table.rowCount() == 4
    assert "4, waarvan 4 zonder volledige toelichting" in overview.heading.text()
    assert overview.table.item(2, 5).text() == "toelichting ontbreekt"
    assert overview.table.item(2, 3).text() == "(geen eigenaar)"
    chapter_window.select("p1")
    overview.open_programme.emit("p2", 1)
    form = chapter_window.programme_form
    assert form.tabs.currentWidget() is form.finance
    assert form.finance.variances.currentRow() == 1
    form.finance.owner.setText("Carla")
    form.finance.owner.textEdited.emit("Carla")
    assert chapter_window.flush_pending()
    assert overview.table.item(3, 3).text() == "Carla"


def test_an_officer_explains_only_their_own_variance(qtbot, tmp_path: Path, modal) -> None:
    from verantwoording_app.services.packages import create_handout, open_handout

    coordinator = Workspace.open(tmp_path / "c.vwdb", author="coordinator")
    coordinator._store.create_document(chapter_document(), author="x")
    service.import_ledger(coordinator, per_programme_xlsx(tmp_path / "g.xlsx"))
    service.save_explanation(coordinator, "p2", LineKind.LASTEN, {"owner": "Bert"})
    service.save_effect(coordinator, "p2", "g2", {"owner": "Bert"})
    create_handout(coordinator, "Bert", tmp_path / "b.vwpakket")
    coordinator.close()
    officer = open_handout(tmp_path / "b.vwpakket", database=tmp_path / "bert.vwdb", author="Bert")
    window = MainWindow(Settings.at(tmp_path), user_name="Bert")
    qtbot.addWidget(window)
    window.set_workspace(officer)
    window.select("p2")
    finance = window.programme_form.finance
    finance.variances.selectRow(0)
    assert finance.editor.isEnabled()
    assert not finance.owner.isEnabled()  # the coordinator's
    assert not finance.cause.isReadOnly()
    finance.variances.selectRow(1)
    assert not finance.editor.isEnabled()  # not his
    assert not window.programme_form.effects.add_indicator.isEnabled()
    assert not window.chapter_actions.import_finance_action.isEnabled()
    effects = window.programme_form.effects
    assert effects.plan.isReadOnly()  # the programme's effect text is not his
    effects.scope.setCurrentIndex(1)
    effects.scope.activated.emit(1)
    assert not effects.plan.isReadOnly()  # the goal's is
    assert not effects.owner.isEnabled()


def test_policy_dialog_maps_columns_and_chooses_the_programme(chapter_window: MainWindow, tmp_path: Path) -> None:
    from verantwoording_app.ui.ledger_dialog import PolicyImportDialog

    path = tmp_path / "wsjg.csv"
    path.write_text("Onderwerp;Maat;Jaar;Gebied;Cijfer\nBanen;per 1.000;2024;Voorbeeld;712,4\n"
                    "Banen;per 1.000;2024;Nederland;813\n", encoding="utf-8")
    workspace = chapter_window.workspace
    assert workspace is not None
    table = service.read_policy_table(path)
    dialog = PolicyImportDialog(table, lambda m, p: service.preview_policy_indicators(
        workspace, path, programme=p, mapping=m, table=table), [("1", "Programma 1"), ("2", "Programma 2")])
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # "Cijfer" is not known as the value column
    chooser = dialog.choosers["waarde"]
    chooser.setCurrentIndex(chooser.findData(4))
    chooser.activated.emit(chooser.currentIndex())
    assert not ok.isEnabled()
    assert "hoort bij geen programma" in dialog.result_label.text()
    dialog.chooser.setCurrentIndex(2)
    dialog.chooser.activated.emit(2)
    assert ok.isEnabled(), dialog.result_label.text()
    assert "1 indicatoren van Voorbeeld gelezen, 1 met een vergelijking" in dialog.result_label.text()
    result = service.import_policy_indicators(workspace, path, programme=dialog.choice(), mapping=dialog.mapping(),
                                              table=table)
    assert [(i.programme_id, i.value, i.comparison) for i in result.items] == [("p2", Decimal("712.4"), "Nederland")]
    dialog.close()


def test_history_of_an_effect_text_restores_a_version(chapter_window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    from verantwoording_app.ui.chapter_history_dialog import ChapterHistoryDialog

    effects = chapter_window.programme_form.effects
    (scope_label,) = [label for label in effects.findChildren(QLabel) if label.text() == "Effecttekst &van:"]
    assert scope_label.buddy() is effects.scope  # the row with the history button keeps Alt+V
    effects.plan.setPlainText("Eerste versie.")
    effects.plan.changed_by_user.emit()
    assert chapter_window.flush_pending()
    effects.plan.setPlainText("Tweede versie.")
    effects.plan.changed_by_user.emit()  # pending: the history button saves it first
    effects.history_button.click()
    dialog = effects.findChild(ChapterHistoryDialog)
    assert dialog is not None
    plan = dialog.tree.topLevelItem(0)
    assert plan is not None
    assert plan.childCount() == 3  # two changes and the value before them
    assert plan.child(0).text(2) == "wijziging (huidige versie)"
    older = plan.child(1)
    assert older is not None
    dialog.tree.setCurrentItem(older)
    assert dialog.restore_button.isEnabled()
    assert dialog.restore_selected()
    assert effects.plan.blocktext().plain_text() == "Eerste versie."  # the form shows the restored text
    assert chapter_window.workspace is not None
    [effect] = service.chapter(chapter_window.workspace).effects_of("p2")
    assert effect.plan.plain_text() == "Eerste versie."
    dialog.close()


def test_history_of_an_explanation_needs_a_variance(chapter_window: MainWindow) -> None:
    from verantwoording_app.ui.chapter_history_dialog import ChapterHistoryDialog

    finance = chapter_window.programme_form.finance
    finance.variances.selectRow(0)
    assert finance.history_button.isEnabled()
    finance.nature.setCurrentIndex(2)
    finance.nature.activated.emit(2)
    finance.history_button.click()
    dialog = finance.findChild(ChapterHistoryDialog)
    assert dialog is not None
    fields = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert any(text.startswith("Incidenteel/structureel") for text in fields)
    dialog.close()
    chapter_window.select("p1")
    chapter_window.select("p3")  # no ledger lines: no variance
    assert not finance.history_button.isEnabled()


def test_the_financial_table_speaks_english_in_the_english_interface(qtbot, qapp, tmp_path: Path,
                                                                     modal) -> None:
    from verantwoording_app.ui import translations

    translations.compile_translations()
    installed = translations.install(qapp, "en")
    try:
        workspace = Workspace.open(tmp_path / "e.vwdb", author="coordinator")
        workspace._store.create_document(chapter_document(), author="x")
        service.import_ledger(workspace, per_programme_xlsx(tmp_path / "g.xlsx"))
        window = MainWindow(Settings.at(tmp_path), user_name="coordinator")
        qtbot.addWidget(window)
        window.set_workspace(workspace)
        window.select("p2")
        finance = window.programme_form.finance
        labels = [finance.table.item(row, 0).text() for row in range(finance.table.rowCount())]
        assert labels == ["Expenditure", "Income", "Balance of income and expenditure"]
        assert finance.table.horizontalHeaderItem(1).text() == "Original budget"
        assert finance.variances.item(0, 0).text() == "Expenditure"
        assert finance.variances.item(0, 4).text() == "explanation missing"
        assert finance.variance_heading.text().startswith("Expenditure: unfavourable")
        assert "favourable +" in finance.source.text()
        assert finance.rechtmatigheid.itemText(4) == "4. Overspend on an open-ended scheme"
    finally:
        translations.uninstall(qapp, installed)
