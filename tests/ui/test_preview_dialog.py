"""Voorbeeld dialog: shows the chapter, prints, saves a PDF atomically."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.model import Activiteit, Document, Hoofddoel, Programma
from verantwoording_app.formats.html_export import chapter_html
from verantwoording_app.ui import preview_dialog
from verantwoording_app.ui.preview_dialog import PreviewDialog

if TYPE_CHECKING:
    from pathlib import Path

DOCUMENT = Document(
    year=2022,
    section_number="2.1.2.2",
    section_title="Wat hebben we gedaan?",
    programmes=(
        Programma("1", "", goals=(Hoofddoel("Almelo werkt", activities=(
            Activiteit("Match", plan=BlockText.from_markdown("- een\n- twee"),
                       realisation=BlockText.from_markdown("Gedaan.")),
        )),)),
    ),
)


@pytest.fixture
def dialog(qtbot: Any) -> PreviewDialog:
    widget = PreviewDialog(chapter_html(DOCUMENT, preview=True))
    qtbot.addWidget(widget)
    return widget


def test_shows_chapter_read_only(dialog: PreviewDialog) -> None:
    assert dialog.windowTitle() == "Voorbeeld"
    assert dialog.browser.isReadOnly()
    text = dialog.browser.toPlainText()
    assert "2.1.2.2 Wat hebben we gedaan?" in text
    assert "1. Match" in text
    assert "CONCEPT" in text
    assert dialog.print_button.text() == "Afdrukken…"
    assert dialog.pdf_button.text() == "Opslaan als PDF…"


def test_save_pdf(dialog: PreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "hoofdstuk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert dialog.save_pdf() == tmp_path / "hoofdstuk.pdf"
    assert (tmp_path / "hoofdstuk.pdf").read_bytes().startswith(b"%PDF")


def test_save_pdf_cancelled(dialog: PreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert dialog.save_pdf() is None


def test_save_pdf_failure_keeps_old_file(
    dialog: PreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "hoofdstuk.pdf"
    target.write_bytes(b"oud")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def refuse(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    shown: list[str] = []
    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert dialog.save_pdf() is None
    assert target.read_bytes() == b"oud"
    assert len(shown) == 1
    assert "in gebruik" in shown[0]


class _FakePrintDialog:
    """Stands in for QPrintDialog: 'chooses' a PDF printer, or cancels."""

    accept = True
    output: Path | None = None

    def __init__(self, printer: QPrinter, _parent: object) -> None:
        self.printer = printer

    def setWindowTitle(self, _title: str) -> None:
        pass

    def exec(self) -> QDialog.DialogCode:
        if not self.accept:
            return QDialog.DialogCode.Rejected
        assert self.output is not None
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.output))
        return QDialog.DialogCode.Accepted


@pytest.mark.parametrize("accept", [True, False])
def test_print(dialog: PreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, accept: bool) -> None:
    fake = type("Fake", (_FakePrintDialog,), {"accept": accept, "output": tmp_path / "print.pdf"})
    monkeypatch.setattr(preview_dialog, "QPrintDialog", fake)
    assert dialog.print_document() is accept
    assert (tmp_path / "print.pdf").exists() is accept
