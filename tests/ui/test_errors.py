"""An exception in a slot shows a dialog, is logged, and the window stays usable."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor

from verantwoording_app.domain.errors import UserError
from verantwoording_app.ui.errors import ErrorReporter


@pytest.fixture
def reporter(monkeypatch, window):
    rep = ErrorReporter()
    shown: list[tuple[object, str]] = []
    monkeypatch.setattr(rep, "show", lambda error, details: shown.append((error, details)))
    rep.flush = window.flush_pending
    rep.parent_widget = lambda: window
    rep.install()
    rep.shown = shown  # type: ignore[attr-defined]
    yield rep
    rep.uninstall()


@pytest.mark.qt_no_exception_capture
def test_exception_in_slot_shows_dialog_and_keeps_window(qtbot, window, workspace, reporter, caplog) -> None:
    form = window.activity_form
    form.realisation.setFocus()
    form.realisation.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(form.realisation, " niet kwijtraken")

    def broken() -> None:
        raise RuntimeError("kapot")

    with caplog.at_level(logging.ERROR, logger="verantwoording"):
        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: bool(reporter.shown), timeout=2000)
    error, details = reporter.shown[0]
    assert isinstance(error, RuntimeError)
    assert "kapot" in details
    assert "kapot" in caplog.text
    # pending text was flushed before the dialog
    assert workspace.activity(form.activity_id).realisation.plain_text().endswith("niet kwijtraken")
    assert window.isVisible()
    window.select(window.model.activities()[1].id)
    assert form.activity_id == window.model.activities()[1].id


def test_error_box_is_dutch(qtbot, window) -> None:
    rep = ErrorReporter()
    rep.parent_widget = lambda: window
    rep.log_path = "/tmp/verantwoording.log"
    box = rep.make_box(RuntimeError("x"), "trace")
    assert "onverwachte fout" in box.text()
    assert box.detailedText() == "trace"
    user = rep.make_box(UserError("Het bestand is niet van ons."), "")
    assert user.text() == "Het bestand is niet van ons."


def test_failed_save_keeps_text_pending(qtbot, window, monkeypatch, modal) -> None:
    def refuse(*_args, **_kwargs):
        raise UserError("De schijf is vol.")

    monkeypatch.setattr(window.workspace, "save_activity", refuse)
    form = window.activity_form
    form.title.setText("Andere titel")
    form.title.textEdited.emit("Andere titel")
    assert not window.flush_pending()
    assert any("De schijf is vol." in text for text in modal.shown)
    assert window.autosave.pending
    assert form.has_pending()
    monkeypatch.undo()
    assert window.flush_pending()
    assert window.workspace.activity(form.activity_id).title == "Andere titel"
