"""Every dialog opens in Dutch and in English; Qt's own buttons follow the language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from verantwoording_app.ui import translations
from verantwoording_app.ui.about_dialog import AboutDialog
from verantwoording_app.ui.dialogs import ManualDialog
from verantwoording_app.ui.document_form import DocumentForm
from verantwoording_app.ui.errors import ErrorReporter
from verantwoording_app.ui.main_window import MainWindow
from verantwoording_app.ui.overview import OverviewPanel, ProgressPanel
from verantwoording_app.ui.search_dialog import SearchDialog

EXPECTED = {
    "nl": {"about": "Over Verantwoording", "search": "Zoeken en vervangen", "close": "Sluiten",
           "menu": "&Bestand", "manual": "Handleiding"},
    "en": {"about": "About Verantwoording", "search": "Find and replace", "close": "Close",
           "menu": "&File", "manual": "Manual"},
}


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):  # type: ignore[no-untyped-def]
    translations.compile_translations()
    installed = translations.install(qapp, request.param)
    yield request.param
    translations.uninstall(qapp, installed)
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("nl_NL"))


def close_button_text(dialog: QDialog) -> str:
    box = dialog.findChild(QDialogButtonBox)
    return box.buttons()[0].text().replace("&", "")


def test_dialogs_in_both_languages(qtbot, language, settings, workspace, modal, tmp_path) -> None:
    expected = EXPECTED[language]
    window = MainWindow(settings, user_name="test")
    qtbot.addWidget(window)
    window.set_workspace(workspace)
    assert window.menuBar().actions()[0].text() == expected["menu"]

    about = AboutDialog(window)
    qtbot.addWidget(about)
    assert about.windowTitle() == expected["about"]
    assert close_button_text(about) == expected["close"]
    about.show()
    qtbot.waitExposed(about)

    manual = ManualDialog(window, tmp_path / "ontbreekt.md")
    qtbot.addWidget(manual)
    assert manual.windowTitle() == expected["manual"]
    manual.show()

    search = SearchDialog(window)
    qtbot.addWidget(search)
    assert search.windowTitle() == expected["search"]
    search.show_for()

    for widget in (OverviewPanel(window.model), ProgressPanel(window.model), DocumentForm()):
        qtbot.addWidget(widget)
        widget.show()

    window.toggle_dock("overview")
    window.toggle_dock("progress")
    window.show_document_form()
    error_box = ErrorReporter().make_box(RuntimeError("x"), "details")
    qtbot.addWidget(error_box)
    assert error_box.windowTitle() == ("Er ging iets mis" if language == "nl" else "Something went wrong")


def test_modal_dialogs_from_menu_open_and_close(qtbot, window) -> None:
    opened: list[str] = []

    def close_active() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            opened.append(dialog.windowTitle())
            dialog.reject()

    for action in (window.about_action, window.manual_action):
        QTimer.singleShot(50, close_active)
        action.trigger()
    assert opened == ["Over Verantwoording", "Handleiding"]
