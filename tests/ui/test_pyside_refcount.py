"""The Qt binding must not lose references to None (PySide6 6.12.0 on Python 3.11 does: a crash later)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_the_reference_count_of_none(qtbot: object) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")  # returns None: 6.12.0 drops one reference to None per call
    assert sys.getrefcount(None) - before > -50
