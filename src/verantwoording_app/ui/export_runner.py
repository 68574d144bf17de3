"""Exports in a worker thread (typing goes on) and imports from the Bestand menu."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QFileDialog

from ..domain.errors import UserError
from . import dialogs
from .noop import QT_TRANSLATE_NOOP
from .wording import count_text

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger("verantwoording")


def _t(text: str) -> str:
    return QCoreApplication.translate("Export", text)


FILTERS = {
    "txt": QT_TRANSLATE_NOOP("Export", "P&C-tekst (*.txt)"),
    "md": QT_TRANSLATE_NOOP("Export", "Markdown (*.md)"),
    "docx": QT_TRANSLATE_NOOP("Export", "Word-document (*.docx)"),
    "xlsx": QT_TRANSLATE_NOOP("Export", "Excel-werkmap (*.xlsx)"),
}
FOLDER_FORMATS = ("html",)
"""Formats written as a folder (the website): the user picks a folder, not a file name."""


class ExportSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    crashed = Signal(object)


class ExportJob(QRunnable):
    """Writes an export prepared in the main thread (services.exporting.prepare_export); never touches the
    database."""

    def __init__(self, prepared: Any, fmt: str, path: Path) -> None:
        super().__init__()
        self.prepared, self.fmt, self.path = prepared, fmt, path
        self.signals = ExportSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        from ..services.exporting import write_export

        try:
            report = write_export(self.prepared, self.fmt, self.path)
        except UserError as error:
            self.signals.failed.emit(error.message)
        except Exception as error:
            self.signals.crashed.emit(error)
        else:
            self.signals.finished.emit(report)


def ask_options(window: MainWindow, fmt: str) -> Any:
    """The export options dialog; None when cancelled. The chosen template is remembered."""
    from . import settings as S
    from .export_dialog import ExportOptionsDialog

    assert window.workspace is not None
    header = window.document_header or window.workspace.document_header()
    snapshots = tuple(s.name for s in window.workspace.snapshots()) if fmt == "xlsx" else ()
    dialog = ExportOptionsDialog(fmt, header.status_scheme, window.current_node(),
                                 template=window.settings.get(S.HOUSE_TEMPLATE), snapshots=snapshots, parent=window)
    if not dialog.exec():
        return None
    choice = dialog.choice()
    if fmt == "docx":
        window.settings.set(S.HOUSE_TEMPLATE, str(choice.template or ""))
    return choice


def start_export(window: MainWindow, fmt: str, path: Path | None = None, choice: Any = None) -> ExportJob | None:
    if window.workspace is None:
        return None
    window.flush_pending()
    if choice is None and path is None:
        choice = ask_options(window, fmt)
        if choice is None:
            return None
    if path is None and fmt in FOLDER_FORMATS:
        name = QFileDialog.getExistingDirectory(
            window, QCoreApplication.translate("Export", "Map voor de website kiezen (leeg, of een eerdere website)"))
        if not name:
            return None
        path = Path(name)
    if path is None:
        header = window.document_header
        suggested = f"{header.title if header else 'hoofdstuk'}.{fmt}"
        name, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Export", "Exporteren"), suggested, QCoreApplication.translate("Export", FILTERS[fmt]))
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix("." + fmt)
    from ..domain.selection import Selection
    from ..services.exporting import ExportOptions, prepare_export

    selection = choice.selection if choice is not None else Selection()
    options = ExportOptions() if choice is None else ExportOptions(
        include_plan=choice.include_plan, include_key_figures=choice.include_key_figures, template=choice.template,
        include_toc=choice.include_toc, include_footer=choice.footer != "omit",
        refresh_footer=choice.footer == "refresh", changed_since=choice.changed_since or None,
        previous_year=choice.previous_year, parts=choice.parts)
    try:  # read in the main thread: the store is not shared with workers
        prepared = prepare_export(window.workspace, fmt, selection, options)
    except UserError as error:
        dialogs.warn(window, error.message, QCoreApplication.translate("Export", "Exporteren"))
        return None
    job = ExportJob(prepared, fmt, path)
    window.running_exports.add(job)
    window.statusBar().showMessage(QCoreApplication.translate("Export", "Bezig met exporteren naar %1…").replace("%1", path.name))

    def done(report: Any) -> None:
        window.running_exports.discard(job)
        message = count_text("Export", report.activities,
                             QT_TRANSLATE_NOOP("Export", "%n activiteit geëxporteerd naar %2"),
                             QT_TRANSLATE_NOOP("Export", "%n activiteiten geëxporteerd naar %2")).replace("%2", path.name)
        window.statusBar().showMessage(message, 8000)

    def failed(message: str) -> None:
        window.running_exports.discard(job)
        window.statusBar().clearMessage()
        answer = dialogs.retry_or_rename(window, message, QCoreApplication.translate("Export", "Exporteren"))
        if answer == "retry":
            start_export(window, fmt, path, choice if choice is not None else _default_choice())
        elif answer == "rename":
            start_export(window, fmt, None, choice if choice is not None else _default_choice())

    def crashed(error: BaseException) -> None:
        window.running_exports.discard(job)
        window.statusBar().clearMessage()
        if window.reporter is not None:
            window.reporter.handle(type(error), error, error.__traceback__)
        else:
            raise error

    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    job.signals.crashed.connect(crashed)
    QThreadPool.globalInstance().start(job)
    return job


def _default_choice() -> Any:
    from ..domain.selection import Selection
    from .export_dialog import ExportChoice

    return ExportChoice(Selection(), True, False, None, None)


def import_text(window: MainWindow, path: Path | None = None, *, choose: Any = None) -> None:
    """Bestand › Importeren › Tekst of Word: preview and correct the recognised structure, then import.

    ``choose`` stands in for the dialog in tests: it gets the dialog and returns whether to import.
    """
    if window.workspace is None:
        return
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("Export", "Tekst of Word-document importeren"), "",
            QCoreApplication.translate("Export", "Teksten en Word (*.txt *.md *.html *.htm *.docx);;Alle bestanden (*)"))
        if not name:
            return
        path = Path(name)
    from ..services.importing import load_source

    try:
        source = load_source(path)
    except UserError as error:
        dialogs.warn(window, error.message, QCoreApplication.translate("Export", "Importeren"))
        return
    import_source(window, source, choose=choose)


def paste_as_activities(window: MainWindow, *, choose: Any = None) -> None:
    """Bewerken › Plakken als activiteiten: what was copied (a web page's selection keeps its headings, lists,
    bold and tables through its HTML) goes through the same recogniser and preview as a file."""
    from PySide6.QtWidgets import QApplication

    from ..services.importing import clipboard_source

    if window.workspace is None:
        return
    data = QApplication.clipboard().mimeData()
    try:
        source = clipboard_source(data.html() if data is not None and data.hasHtml() else None,
                                  data.text() if data is not None and data.hasText() else None)
    except UserError as error:
        dialogs.warn(window, error.message, QCoreApplication.translate("Export", "Plakken als activiteiten"))
        return
    import_source(window, source, choose=choose)


def import_source(window: MainWindow, source: Any, *, choose: Any = None) -> None:
    """The preview of a loaded source (file or clipboard), then the import the user chose."""
    from ..services.importing import import_parsed
    from .import_preview_dialog import ImportPreviewDialog

    assert window.workspace is not None
    title = QCoreApplication.translate("Export", "Importeren")
    dialog = ImportPreviewDialog(source, has_document=window.workspace.has_document(), parent=window)
    accepted = choose(dialog) if choose is not None else dialog.exec()
    if not accepted:
        return
    window.flush_pending()
    result = dialog.result_
    try:
        report = import_parsed(window.workspace, result, replace_existing=dialog.mode == "replace",
                               add=dialog.mode == "add")
    except UserError as error:
        dialogs.warn(window, error.message, title)
        return
    window.set_workspace(window.workspace)
    text = count_text("Export", report.activities, QT_TRANSLATE_NOOP("Export", "%n activiteit geïmporteerd."),
                      QT_TRANSLATE_NOOP("Export", "%n activiteiten geïmporteerd."))
    if report.warnings:
        text += "\n\n" + "\n".join(report.warnings[:20])
    dialogs.inform(window, text, title)


def import_into_activity(window: MainWindow, path: Path | None = None, *, choose: Any = None) -> None:
    """Importeren › Tekst in deze activiteit: a (Word) file becomes the chosen activity's realisation or plan."""
    title = QCoreApplication.translate("Export", "Importeren")
    node = window.current_node()
    if window.workspace is None or node is None or node.kind != "activity":
        dialogs.inform(window, QCoreApplication.translate("Export", "Kies eerst in de boom de activiteit waar de "
                                                                   "tekst in moet."), title)
        return
    if not window.may_edit(node.id):
        dialogs.warn(window, QCoreApplication.translate("Export", "U mag deze activiteit niet wijzigen."), title)
        return
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("Export", "Tekst in deze activiteit importeren"), "",
            QCoreApplication.translate("Export", "Teksten en Word (*.txt *.md *.html *.htm *.docx);;Alle bestanden (*)"))
        if not name:
            return
        path = Path(name)
    from ..services.importing import text_from_file
    from .activity_text_import import ActivityTextImportDialog

    window.flush_pending()
    try:
        text, _notes = text_from_file(path)
    except UserError as error:
        dialogs.warn(window, error.message, title)
        return
    activity = window.workspace.activity(node.id)
    dialog = ActivityTextImportDialog(activity.title, activity.plan, activity.realisation, text, window)
    accepted = choose(dialog) if choose is not None else dialog.exec()
    if not accepted:
        return
    field = dialog.field
    old = activity.realisation if field == "realisation" else activity.plan
    from .undo import SetFieldCommand

    window.undo_stack.push(SetFieldCommand(window.structure, node.id, field, old, dialog.result_text()))
    window.select(node.id)


def import_workbook(window: MainWindow, path: Path | None = None) -> None:
    """Re-import an edited coordinator workbook through the preview dialog (three-way merge)."""
    if window.workspace is None:
        return
    from ..services.importing import apply_workbook, preview_workbook

    if path is None:
        name, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("Export", "Excel-werkmap importeren"), "",
                                              QCoreApplication.translate("Export", "Excel-werkmap (*.xlsx)") + ";;"
                                              + QCoreApplication.translate("Export", "Alle bestanden (*)"))
        if not name:
            return
        path = Path(name)
    window.flush_pending()
    from ..services.chapter_roundtrip import preview_explanations
    from .xlsx_preview_dialog import XlsxPreviewDialog

    try:
        preview = preview_workbook(window.workspace, path)
        explained = preview_explanations(window.workspace, path)  # the Afwijkingen sheet, listed in the dialog too
    except UserError as error:
        dialogs.warn(window, error.message, QCoreApplication.translate("Export", "Importeren"))
        return
    dialog = XlsxPreviewDialog(preview, window, explained)
    if dialog.exec():
        try:
            result = apply_workbook(window.workspace, preview, dialog.decisions(), explained=explained)
        except UserError as error:
            dialogs.warn(window, error.message, QCoreApplication.translate("Export", "Importeren"))
            return
        window.set_workspace(window.workspace)
        if result.refused:  # the policy refused these at the moment of applying; the rest applied
            dialogs.warn(window, "\n\n".join(message.render() for message in result.refused),
                         QCoreApplication.translate("Export", "Importeren"))
