"""Every keyboard shortcut of the main window is unique (Qt ignores ambiguous ones)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence


def test_no_shortcut_is_used_twice(window) -> None:  # type: ignore[no-untyped-def]
    seen: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        keys = {sequence.toString(QKeySequence.SequenceFormat.PortableText) for sequence in action.shortcuts()}
        for text in keys - {""}:
            seen[text] += 1
    assert [key for key, count in seen.items() if count > 1] == []
