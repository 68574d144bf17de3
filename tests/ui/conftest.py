"""UI fixtures: a fresh database per test, settings in tmp_path, modal dialogs patched."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from verantwoording_app.services.workspace import Workspace
from verantwoording_app.ui.main_window import MainWindow
from verantwoording_app.ui.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture(autouse=True, scope="session")
def dutch_locale() -> None:
    QLocale.setDefault(QLocale("nl_NL"))


QT_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(QT_NOISE))


class Dialogs:
    """Records what modal message boxes would have shown; answers questions with ``answer``."""

    def __init__(self) -> None:
        self.shown: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes


@pytest.fixture
def modal(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()

    def fake_exec(box: QMessageBox) -> int:
        record.shown.append(box.text())
        return int(record.answer.value) if hasattr(record.answer, "value") else int(record.answer)

    def fake_static(_parent: object, _title: str, text: str, *_args: object, **_kwargs: object) -> object:
        record.shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "warning", fake_static)
    monkeypatch.setattr(QMessageBox, "information", fake_static)
    monkeypatch.setattr(QMessageBox, "critical", fake_static)
    return record


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.at(tmp_path)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "t.vwdb"


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open_default(db_path, author="test")
    yield ws
    ws.close()


def open_fresh(path: Path, *, read_only: bool = False, example: bool = True) -> Workspace:
    if example:
        return Workspace.open_default(path, author="test", read_only=read_only)
    return Workspace.open(path, author="test", read_only=read_only)


@pytest.fixture
def window(qtbot, settings: Settings, workspace: Workspace, modal: Dialogs) -> MainWindow:
    win = MainWindow(settings, opener=open_fresh, user_name="test")
    qtbot.addWidget(win)
    win.set_workspace(workspace)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture(autouse=True, scope="session")
def _clipboard_handed_to_qt(qapp):
    """Tests put Python-made data on the clipboard; hand it to Qt before exit, as the app does (ui/teardown)."""
    yield
    from verantwoording_app.ui.teardown import hand_over_clipboard

    hand_over_clipboard(qapp)
