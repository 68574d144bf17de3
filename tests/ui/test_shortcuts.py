"""Every keyboard shortcut of the main window is unique (Qt ignores ambiguous ones)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence

from verantwoording_app.ui import translations
from verantwoording_app.ui.main_window import MainWindow


def test_no_shortcut_is_used_twice(window) -> None:
    seen: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        keys = {sequence.toString(QKeySequence.SequenceFormat.PortableText) for sequence in action.shortcuts()}
        for text in keys - {""}:
            seen[text] += 1
    assert [key for key, count in seen.items() if count > 1] == []


def _accelerator(text: str) -> str | None:
    """The letter after a single '&' (Alt+letter in a menu); '&&' is a literal ampersand."""
    index = 0
    while (index := text.find("&", index)) != -1:
        if text[index + 1:index + 2] == "&":
            index += 2
            continue
        return text[index + 1:index + 2].lower() or None
    return None


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    translations.compile_translations()
    installed = translations.install(qapp, request.param)
    yield request.param
    translations.uninstall(qapp, installed)
    QLocale.setDefault(QLocale("nl_NL"))


def test_no_accelerator_letter_is_used_twice_in_one_menu(
        qtbot, language, settings, workspace, modal) -> None:
    """Alt+letter in a menu only reaches the first of two entries with the same letter (both languages)."""
    window = MainWindow(settings, user_name="test")
    qtbot.addWidget(window)
    window.set_workspace(workspace)
    clashes = []
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    while menus:
        menu = menus.pop()
        letters: dict[str, str] = {}
        for action in menu.actions():  # type: ignore[attr-defined]
            if action.isSeparator() or not action.isVisible():
                continue
            if action.menu() is not None:
                menus.append(action.menu())
            letter = _accelerator(action.text())
            if letter is None:
                continue
            if letter in letters:
                clashes.append((menu.title(), letters[letter], action.text()))  # type: ignore[attr-defined]
            letters[letter] = action.text()
    assert clashes == [], "\n".join(map(str, clashes))
