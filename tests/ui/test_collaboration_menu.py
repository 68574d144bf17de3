"""Working together lives in one menu: merging what officers hand in is under Samenwerken, not Importeren."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu


def _menu(window, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError(title)


def _all_actions(menu: QMenu) -> list:  # type: ignore[type-arg]
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(_all_actions(action.menu()))  # type: ignore[arg-type]
    return found


def test_merging_hand_ins_is_under_samenwerken(window) -> None:
    merge = window.collaboration.import_packages
    assert merge in _menu(window, "Samenwerken").actions()
    assert merge.text() == "Ingeleverd werk &samenvoegen…"
    assert merge not in _all_actions(_menu(window, "Bestand"))
    assert window.collaboration.handin in _menu(window, "Samenwerken").actions()
    assert merge.isEnabled()  # the coordinator's database
