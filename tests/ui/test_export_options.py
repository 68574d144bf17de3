"""Exporting from the window: options, the tree's selection, the clipboard, a failed write."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from verantwoording_app.domain.selection import Selection
from verantwoording_app.ui import dialogs
from verantwoording_app.ui.export_dialog import ExportChoice, ExportOptionsDialog, selection_for
from verantwoording_app.ui.export_runner import start_export


def _goal_two_activity_three(window):
    node = window.model.node(window.workspace.tree()[0].goals[1].activities[2].id)
    window.select(node.id)
    return node


def test_selection_of_a_tree_node(window) -> None:
    selection, label = selection_for(_goal_two_activity_three(window))
    assert (selection.programme, selection.goal, selection.activity) == ("1", "II", 3)
    assert label == "Programma 1 › Hoofddoel II › 3. Bedrijventerreinen"


def test_options_dialog_choice(window, qtbot) -> None:
    node = _goal_two_activity_three(window)
    dialog = ExportOptionsDialog("docx", window.document_header.status_scheme, node, template="/x/huisstijl.dotx")
    qtbot.addWidget(dialog)
    dialog.part.setChecked(True)
    dialog.statuses.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.plan.setChecked(False)
    choice = dialog.choice()
    assert (choice.selection.goal, choice.selection.activity) == ("II", 3)
    assert "op_schema" not in choice.selection.statuses
    assert "" in choice.selection.statuses
    assert choice.include_plan is False
    assert choice.template == Path("/x/huisstijl.dotx")
    assert dialog.windowTitle() == "Exporteren naar Word"


def test_export_of_the_selection_in_a_worker(window, qtbot, tmp_path: Path) -> None:
    target = tmp_path / "deel.docx"
    choice = ExportChoice(Selection(goal="II"), include_plan=False, include_key_figures=False, template=None,
                          changed_since=None)
    job = start_export(window, "docx", target, choice)
    assert job is not None
    QThreadPool.globalInstance().waitForDone(20000)
    qtbot.waitUntil(lambda: job not in window.running_exports, timeout=5000)
    headings = [p.text for p in docx.Document(str(target)).paragraphs if p.style.name == "Heading 3"]
    # the numbers 1.–5. are Word's list numbering on the heading style, not text
    assert headings == ["Bevorderen vestigingsklimaat ondernemers", "Ondernemersdienstverlening verbeteren",
                        "Bedrijventerreinen",
                        "Verbeteren vestigingsklimaat voor (potentiële) werknemers van bedrijven: Almelo the "
                        "place to be!", "Faciliteren van het MKB"]


@pytest.fixture
def clipboard():
    board = QApplication.clipboard()
    yield board
    board.clear()  # mime data left on the offscreen clipboard crashes Qt at interpreter exit


def test_copy_selection_puts_only_that_activity_on_the_clipboard(window, clipboard) -> None:
    _goal_two_activity_three(window)
    window.copy_selection()
    data = clipboard.mimeData()
    assert "3. Bedrijventerreinen" in data.text()
    assert "Faciliteren van het MKB" not in data.text()
    assert "Bedrijventerreinen" in data.html()


def test_failed_write_offers_retry(window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "retry_or_rename", lambda _parent, text, _title="": asked.append(text) or "cancel")
    target = tmp_path / "bestaat-niet" / "uit.txt"
    job = start_export(window, "txt", target, ExportChoice(Selection(), True, False, None, None))
    assert job is not None
    QThreadPool.globalInstance().waitForDone(20000)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "bestaat niet" in asked[0]
    assert not target.exists()


def test_footer_and_toc_options(window, qtbot, tmp_path: Path) -> None:
    scheme = window.document_header.status_scheme
    text_dialog = ExportOptionsDialog("txt", scheme, None)
    qtbot.addWidget(text_dialog)
    text_dialog.show()
    assert text_dialog.footer.isVisible()
    assert not text_dialog.toc.isVisible()
    assert text_dialog.choice().footer == "refresh"
    text_dialog.footer.setCurrentIndex(text_dialog.footer.findData("omit"))
    choice = text_dialog.choice()
    assert choice.footer == "omit"
    target = tmp_path / "zonder.txt"
    job = start_export(window, "txt", target, choice)
    assert job is not None
    QThreadPool.globalInstance().waitForDone(20000)
    qtbot.waitUntil(lambda: job not in window.running_exports, timeout=5000)
    assert "Deze pagina is gebouwd" not in target.read_text(encoding="utf-8")

    word_dialog = ExportOptionsDialog("docx", scheme, None)
    qtbot.addWidget(word_dialog)
    word_dialog.show()
    assert word_dialog.toc.isVisible()
    assert not word_dialog.footer.isVisible()
    word_dialog.toc.setChecked(True)
    choice = word_dialog.choice()
    assert choice.include_toc
    assert choice.footer == "keep"
    target = tmp_path / "met-inhoud.docx"
    job = start_export(window, "docx", target, choice)
    assert job is not None
    QThreadPool.globalInstance().waitForDone(20000)
    qtbot.waitUntil(lambda: job not in window.running_exports, timeout=5000)
    styles = [p.style.name for p in docx.Document(str(target)).paragraphs]
    assert styles[:2] == ["Title", "Subtitle"]
    assert "TOC Heading" in styles


@pytest.mark.parametrize("fmt", ["txt", "md", "docx", "xlsx"])
def test_options_dialog_draws_nothing_over_the_scope_row(window, qtbot, fmt) -> None:
    """A widget made for another format (the snapshot combo, the template row) must not lie over 'Bereik'."""
    dialog = ExportOptionsDialog(fmt, window.document_header.status_scheme, None, snapshots=("begin",),
                                 parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    scope = dialog.whole.parentWidget()
    scope_rect = scope.geometry()
    visible = [w for w in dialog.findChildren(QWidget) if w.isVisible() and w.parentWidget() is dialog]
    overlapping = [type(w).__name__ for w in visible if w is not scope and w.geometry().intersects(scope_rect)]
    assert overlapping == []
    assert dialog.snapshot.isVisible() == (fmt == "xlsx")
    assert dialog.template.isVisible() == (fmt == "docx")
    dialog.close()


def test_website_from_the_window(window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    assert "html" in window.export_actions
    dialog = ExportOptionsDialog("html", window.document_header.status_scheme, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Exporteren naar website"
    assert dialog.plan.isVisible()
    assert not dialog.template.isVisible()
    folder = tmp_path / "website"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kw: str(folder))
    job = start_export(window, "html", None, dialog.choice())
    assert job is not None
    QThreadPool.globalInstance().waitForDone(20000)
    qtbot.waitUntil(lambda: job not in window.running_exports, timeout=5000)
    assert len(list(folder.glob("activiteit-*.html"))) == 13
    assert "website" in window.statusBar().currentMessage()
