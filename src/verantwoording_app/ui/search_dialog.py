"""Zoeken en vervangen across the whole document: every hit in document order (no cap), with context.

Options "Heel woord" and "Hoofdlettergevoelig"; replacing the chosen hits or all of them is one undo step,
asked first when it touches more than one activity, with a backup before it.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..domain.textsearch import Occurrence, apply, iter_hits
from .noop import QT_TRANSLATE_NOOP
from .undo import ReplaceCommand, TextEdit
from .wording import count_text

if TYPE_CHECKING:
    from .main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("HitModel", "Titel"),
    "plan": QT_TRANSLATE_NOOP("HitModel", "Plan"),
    "realisation": QT_TRANSLATE_NOOP("HitModel", "Realisatie"),
    "": QT_TRANSLATE_NOOP("HitModel", "Tekst"),
}


class Hit:
    __slots__ = ("checked", "code", "occurrence", "snippet", "title")

    def __init__(self, code: str, title: str, occurrence: Occurrence | None, snippet: str = "") -> None:
        self.code, self.title, self.occurrence, self.snippet = code, title, occurrence, snippet
        self.checked = occurrence is not None


class HitModel(QAbstractTableModel):
    """Search hits; replaceable ones carry a check box in the first column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.activity_ids: list[str] = []

    def set_hits(self, hits: list[Hit], activity_ids: list[str]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.activity_ids = activity_ids
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return (self.tr("Activiteit"), self.tr("Veld"), self.tr("Vindplaats"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        column = index.column()
        o = hit.occurrence
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{hit.code}  {hit.title}"
            if column == 1:
                return self.tr(FIELD_LABELS[o.field if o else ""])
            return f"{o.before}[{o.match}]{o.after}" if o else hit.snippet
        if role == Qt.ItemDataRole.UserRole and column == 2:
            if o:
                return f"{escape(o.before)}<b>{escape(o.match)}</b>{escape(o.after)}"
            return escape(hit.snippet).replace("[", "<b>").replace("]", "</b>")
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and o is not None:
            return Qt.CheckState.Checked if hit.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return hit.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.hits[index.row()].occurrence is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        hit = self.hits[index.row()]
        if hit.occurrence is None:
            return False
        hit.checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all(self, checked: bool) -> None:
        for hit in self.hits:
            if hit.occurrence is not None:
                hit.checked = checked
        if self.hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.hits) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def chosen(self) -> list[Occurrence]:
        return [h.occurrence for h in self.hits if h.checked and h.occurrence is not None]


class RichTextDelegate(QStyledItemDelegate):
    """Shows the context column with the hit in bold."""

    def paint(self, painter: Any, option: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        html = index.data(Qt.ItemDataRole.UserRole)
        if not html:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(2)
        document.setHtml(html)
        painter.save()
        offset = max(0.0, (opt.rect.height() - document.size().height()) / 2)
        painter.translate(opt.rect.left(), opt.rect.top() + offset)
        painter.setClipRect(0, 0, opt.rect.width(), opt.rect.height())
        document.drawContents(painter)
        painter.restore()


class SearchDialog(QDialog):
    """Non-modal: the officer can keep it open beside the form."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(self.tr("Zoeken en vervangen"))
        self.resize(860, 520)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("woord of zinsdeel"))
        self.replacement = QLineEdit(self)
        self.case = QCheckBox(self.tr("&Hoofdlettergevoelig"), self)
        self.whole_word = QCheckBox(self.tr("H&eel woord"), self)
        self.whole_word.setToolTip(self.tr("Alleen hele woorden: ‘Almelo’ vindt dan niet ‘Almeloërs’."))
        self.search_button = QPushButton(self.tr("&Zoeken"), self)
        self.search_button.setDefault(True)
        self.replace_button = QPushButton(self.tr("Geselecteerde &vervangen"), self)
        self.replace_all_button = QPushButton(self.tr("A&lles vervangen…"), self)
        self.all_button = QPushButton(self.tr("&Alles aanvinken"), self)
        self.none_button = QPushButton(self.tr("&Niets aanvinken"), self)
        self.model = HitModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(2, RichTextDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 280)
        self.table.setColumnWidth(1, 90)
        self.table.setAccessibleName(self.tr("Gevonden plaatsen"))
        self.summary = QLabel(self)
        find_label = QLabel(self.tr("&Zoek naar:"), self)
        find_label.setBuddy(self.find_edit)
        replace_label = QLabel(self.tr("Ve&rvang door:"), self)
        replace_label.setBuddy(self.replacement)
        grid = QGridLayout()
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.search_button, 0, 2)
        grid.addWidget(replace_label, 1, 0)
        grid.addWidget(self.replacement, 1, 1)
        grid.addWidget(self.replace_button, 1, 2)
        options = QHBoxLayout()
        options.addWidget(self.whole_word)
        options.addWidget(self.case)
        options.addStretch(1)
        grid.addLayout(options, 2, 1)
        grid.addWidget(self.replace_all_button, 2, 2)
        checks = QHBoxLayout()
        checks.addWidget(self.summary, 1)
        checks.addWidget(self.all_button)
        checks.addWidget(self.none_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addLayout(checks)
        layout.addWidget(buttons)
        self.search_button.clicked.connect(self.run_search)
        self.find_edit.returnPressed.connect(self.run_search)
        self.replace_button.clicked.connect(self.replace_chosen)
        self.replace_all_button.clicked.connect(self.replace_all)
        for option in (self.whole_word, self.case):
            option.toggled.connect(lambda _on: self.run_search() if self.find_edit.text().strip() else None)
        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.table.clicked.connect(self.open_hit)
        self.table.activated.connect(self.open_hit)
        self._update_buttons()

    def show_for(self, replace: bool = False) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        (self.replacement if replace and self.find_edit.text() else self.find_edit).setFocus()
        self.find_edit.selectAll()

    def run_search(self) -> None:
        window = self.window_
        needle = self.find_edit.text()
        if window.workspace is None or not needle.strip():
            self.model.set_hits([], [])
            self.summary.setText("")
            self._update_buttons()
            return
        window.flush_pending()
        try:
            document = window.workspace.document()
        except UserError as error:
            self.summary.setText(error.message)
            return
        hits: list[Hit] = []
        ids: dict[str, None] = {}
        for found in iter_hits(document, needle, case_sensitive=self.case.isChecked(),
                               whole_word=self.whole_word.isChecked()):
            hits.append(Hit(found.code, found.title, found.occurrence))
            ids[found.occurrence.activity_id] = None
        self.model.set_hits(hits, list(ids))
        self.summary.setText(self.describe(len(hits), len(ids)))
        self._update_buttons()

    @staticmethod
    def describe(hits: int, activities: int) -> str:
        """``12 vindplaatsen in 3 activiteiten``, with singular and plural right."""
        if not hits:
            return _t(QT_TRANSLATE_NOOP("SearchDialog", "Niets gevonden."))
        found = count_text("SearchDialog", hits, QT_TRANSLATE_NOOP("SearchDialog", "%n vindplaats"),
                           QT_TRANSLATE_NOOP("SearchDialog", "%n vindplaatsen"))
        where = count_text("SearchDialog", activities, QT_TRANSLATE_NOOP("SearchDialog", "%n activiteit"),
                           QT_TRANSLATE_NOOP("SearchDialog", "%n activiteiten"))
        return _t(QT_TRANSLATE_NOOP("SearchDialog", "%1 in %2")).replace("%1", found).replace("%2", where)

    def _update_buttons(self) -> None:
        has = any(h.occurrence is not None for h in self.model.hits)
        for button in (self.replace_button, self.replace_all_button, self.all_button, self.none_button):
            button.setEnabled(has)

    def open_hit(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.hits[index.row()]
        window = self.window_
        o = hit.occurrence
        if o is None:  # every hit of iter_hits has its occurrence
            return
        window.select(o.activity_id)
        form = window.activity_form
        if o.field == "title":
            form.title.setFocus()
            form.title.setSelection(o.start, o.length)
        else:
            form.tabs.setCurrentIndex(0)
            editor: Any = form.editor_for(o.field)  # a BlockTextEdit for plan and realisation
            if editor is None:
                return
            editor.setFocus()
            editor.select_in_block(o.block, o.start, o.length)

    def replace_all(self) -> bool:
        """Replace every hit (after a confirmation naming the number of activities) as one undo step."""
        self.model.set_all(True)
        return self.replace_chosen(always_ask=True)

    def replace_chosen(self, always_ask: bool = False) -> bool:
        """Replace the ticked hits as one undo step; more than one activity: ask first and back up."""
        window = self.window_
        chosen = self.model.chosen()
        if window.workspace is None or not chosen:
            return False
        window.flush_pending()
        new = self.replacement.text()
        by_activity: dict[str, list[Occurrence]] = {}
        for o in chosen:
            by_activity.setdefault(o.activity_id, []).append(o)
        if (always_ask or len(by_activity) > 1) and not self._confirm(len(chosen), len(by_activity), new):
            return False
        edits: list[TextEdit] = []
        # the current texts, read once (after flush_pending): occurrences that no longer match are skipped
        current = {place.activity.id: place.activity for place in window.workspace.document().iter_activities()}
        for activity_id, occurrences in by_activity.items():
            activity = current.get(activity_id)
            if activity is None:  # deleted since the search
                continue
            for field, value in apply(activity, occurrences, new).items():
                edits.append(TextEdit(activity_id, field, getattr(activity, field), value))
        changed = len({edit.activity_id for edit in edits})
        if edits and window.backup_before_bulk_change(changed):
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # many activities take a while
            try:
                window.undo_stack.push(ReplaceCommand(window.structure, edits, len(chosen)))
            finally:
                QGuiApplication.restoreOverrideCursor()
            times = count_text("SearchDialog", len(chosen), QT_TRANSLATE_NOOP("SearchDialog", "%n keer"),
                               QT_TRANSLATE_NOOP("SearchDialog", "%n keer"))
            window.statusBar().showMessage(
                self.tr("%1 vervangen; in één stap ongedaan te maken met Bewerken › Ongedaan maken.")
                .replace("%1", times), 8000)
        self.run_search()
        return bool(edits)

    def _confirm(self, hits: int, activities: int, new: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        found = count_text("SearchDialog", hits, QT_TRANSLATE_NOOP("SearchDialog", "%n vindplaats"),
                           QT_TRANSLATE_NOOP("SearchDialog", "%n vindplaatsen"))
        where = count_text("SearchDialog", activities, QT_TRANSLATE_NOOP("SearchDialog", "%n activiteit"),
                           QT_TRANSLATE_NOOP("SearchDialog", "%n activiteiten"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Vervangen"),
                          self.tr("%1 in %2 vervangen door ‘%3’?").replace("%1", found).replace("%2", where)
                          .replace("%3", new), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setInformativeText(self.tr("Er wordt eerst een reservekopie gemaakt; het vervangen is in één stap "
                                       "ongedaan te maken."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Vervangen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


def _t(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SearchDialog", text)
