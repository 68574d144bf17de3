"""Dialog "Conflicten": open merge conflicts, side by side with a word diff, decided one by one.

Every decision goes through ``services.packages.resolve_conflict``; the losing
text stays in the history as a proposal, whatever is chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.blocktext import parse_markdown
from ..domain.errors import UserError
from ..services import packages
from .blocktext_editor import BlockTextEdit
from .diff_view import (
    TEXT_FIELDS,
    SideBySideDiff,
    diff_html,
    display_text,
    field_label,
    format_datetime,
)
from .noop import QT_TRANSLATE_NOOP
from .wording import count_text

if TYPE_CHECKING:
    from ..domain.status import StatusScheme
    from ..services.workspace import FieldConflict, Workspace

COL_ACTIVITY, COL_FIELD, COL_SOURCE, COL_DATE = range(4)
MERGEABLE_FIELDS = (*TEXT_FIELDS, "title", "owner", "portfolio_holder", "internal_note")
"""Fields with free text, where an edited merge makes sense (not a status, date or key figures)."""
ID_ROLE = Qt.ItemDataRole.UserRole


class ConflictsDialog(QDialog):
    """The open conflicts of the workspace; ``changed`` is emitted after every decision."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._conflicts: dict[str, object] = {}
        self._scheme: StatusScheme | None = None
        self.setWindowTitle(self.tr("Conflicten"))
        self.resize(1100, 720)

        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableWidget(0, 4, splitter)
        self.table.setObjectName("conflicts")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Activiteit"), self.tr("Veld"), self.tr("Van"), self.tr("Binnengekomen")])
        self.table.setAccessibleName(self.tr("Open conflicten"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ACTIVITY, QHeaderView.ResizeMode.Stretch)
        for column in (COL_FIELD, COL_SOURCE, COL_DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.diff = SideBySideDiff(splitter)
        splitter.addWidget(self.table)
        splitter.addWidget(self.diff)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([140, 540])
        layout.addWidget(splitter, 1)

        self.legend = QLabel(
            self.tr("Links de tekst in de database, rechts die uit het pakket. Rood doorgestreept: alleen in de "
                    "database; groen: alleen in het pakket. De tekst die niet wordt gekozen, blijft bewaard in de "
                    "geschiedenis."), self)
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)

        row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("&Database behouden"), self)
        self.keep_button.setObjectName("keepDatabase")
        self.take_button = QPushButton(self.tr("&Pakket overnemen"), self)
        self.take_button.setObjectName("takePackage")
        self.merge_button = QPushButton(self.tr("&Samenvoegen…"), self)
        self.merge_button.setObjectName("merge")
        for button in (self.keep_button, self.take_button, self.merge_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Sluiten"))
        row.addWidget(close)
        layout.addLayout(row)

        self.keep_button.clicked.connect(lambda: self.resolve("database"))
        self.take_button.clicked.connect(lambda: self.resolve("pakket"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.setTabOrder(self.table, self.keep_button)
        self.setTabOrder(self.keep_button, self.take_button)
        self.setTabOrder(self.take_button, self.merge_button)
        self.setTabOrder(self.merge_button, self.close_button)
        self.setTabOrder(self.close_button, self.diff.left)
        self.setTabOrder(self.diff.left, self.diff.right)

        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- data ----------------------------------------------------------------

    def reload(self, select_row: int = 0) -> None:
        document = self.workspace.document()
        self._scheme = document.status_scheme
        places = {p.activity.id: p for p in document.iter_activities()}
        order = {activity_id: index for index, activity_id in enumerate(places)}
        conflicts = sorted(self.workspace.conflicts(open_only=True),
                           key=lambda c: (order.get(c.activity_id, len(order)), c.created_at, c.field))
        self._conflicts = {c.id: c for c in conflicts}
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            place = places.get(conflict.activity_id)
            activity = (f"{place.code} {place.activity.title}" if place is not None
                        else self.tr("(verwijderde activiteit)"))
            cells = {
                COL_ACTIVITY: activity,
                COL_FIELD: field_label(conflict.field),
                COL_SOURCE: conflict.source,
                COL_DATE: format_datetime(conflict.created_at),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(ID_ROLE, conflict.id)
                self.table.setItem(row, column, item)
        if conflicts:
            self.summary.setText(count_text(
                "ConflictsDialog", len(conflicts),
                QT_TRANSLATE_NOOP("ConflictsDialog", "%n open conflict. Kies welke tekst blijft."),
                QT_TRANSLATE_NOOP("ConflictsDialog", "%n open conflicten. Kies per conflict welke tekst blijft.")))
            self.table.selectRow(min(select_row, len(conflicts) - 1))
        else:
            self.summary.setText(self.tr("Er zijn geen open conflicten."))
            self.diff.show_message(self.tr("Alle conflicten zijn beslist."))
        self._update_buttons()

    def current_conflict(self) -> FieldConflict | None:
        """The selected FieldConflict, or None."""
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), COL_ACTIVITY) if rows else None
        if item is None:
            return None
        return cast("FieldConflict | None", self._conflicts.get(item.data(ID_ROLE)))

    def _update_buttons(self) -> None:
        conflict = self.current_conflict()
        for button in (self.keep_button, self.take_button):
            button.setEnabled(conflict is not None)
        self.merge_button.setEnabled(conflict is not None and conflict.field in MERGEABLE_FIELDS)
        if conflict is not None and conflict.field not in MERGEABLE_FIELDS:
            self.merge_button.setToolTip(self.tr("Samenvoegen kan alleen bij tekstvelden; kies hier een van beide."))
        else:
            self.merge_button.setToolTip("")

    def _show_selected(self) -> None:
        self._update_buttons()
        conflict = self.current_conflict()
        if conflict is None:
            return
        ours = display_text(conflict.field, conflict.ours, self._scheme)
        theirs = display_text(conflict.field, conflict.theirs, self._scheme)
        self.diff.show_diff(
            self.tr("Database (nu)"), ours,
            self.tr("Pakket van %1").replace("%1", conflict.source), theirs,
        )

    # -- decisions -----------------------------------------------------------

    def resolve(self, choice: str, edited: str | None = None) -> bool:
        conflict = self.current_conflict()
        if conflict is None:
            return False
        row = self.table.currentRow()
        try:
            packages.resolve_conflict(self.workspace, conflict.id, choice, edited)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Conflicten"), error.message)
            return False
        self.changed.emit()
        self.reload(max(row, 0))
        return True

    def merge_selected(self) -> bool:
        conflict = self.current_conflict()
        if conflict is None or conflict.field not in MERGEABLE_FIELDS:
            return False
        editor = MergeEditor(conflict.field, conflict.ours, conflict.theirs, conflict.source, self._scheme, self)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.resolve("bewerkt", editor.merged_value())


class MergeEditor(QDialog):
    """An editable text prefilled with the database version, the package's version beside it."""

    def __init__(self, field: str, ours: str | None, theirs: str | None, source: str,
                 scheme: StatusScheme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setWindowTitle(self.tr("Samenvoegen – %1").replace("%1", field_label(field)))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Pas de tekst links aan tot de samengevoegde versie. Rechts staat ter vergelijking "
                               "de tekst uit het pakket; groen is wat daar nieuw is."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        caption = QLabel(self.tr("Samengevoegde &tekst (begint als de database-versie)"), self)
        caption.setStyleSheet("font-weight: bold;")
        left.addWidget(caption)
        self.text_editor: BlockTextEdit | None = None
        self.plain_editor: QPlainTextEdit | None = None
        self.line_editor: QLineEdit | None = None
        if field in TEXT_FIELDS:
            self.text_editor = BlockTextEdit(self)
            self.text_editor.set_blocktext(parse_markdown(ours or ""))
            editor: QWidget = self.text_editor
        elif field == "internal_note":
            self.plain_editor = QPlainTextEdit(ours or "", self)
            editor = self.plain_editor
        else:
            self.line_editor = QLineEdit(ours or "", self)
            editor = self.line_editor
        editor.setObjectName("mergedText")
        editor.setAccessibleName(self.tr("Samengevoegde tekst"))
        caption.setBuddy(editor)
        left.addWidget(editor, 1)
        columns.addLayout(left, 1)

        right = QVBoxLayout()
        right_caption = QLabel(self.tr("Pakket van %1").replace("%1", source), self)
        right_caption.setStyleSheet("font-weight: bold;")
        right_caption.setWordWrap(True)
        right.addWidget(right_caption)
        self.reference = QTextBrowser(self)
        self.reference.setObjectName("packageText")
        self.reference.setAccessibleName(right_caption.text())
        _left, theirs_html = diff_html(display_text(field, ours, scheme), display_text(field, theirs, scheme))
        self.reference.setHtml(f"<div>{theirs_html}</div>")
        right.addWidget(self.reference, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns, 1)

        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Samengevoegde tekst &opslaan"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.setObjectName("applyMerge")
        cancel.setAutoDefault(False)
        self.apply_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setTabOrder(editor, self.apply_button)
        self.setTabOrder(self.apply_button, cancel)
        self.setTabOrder(cancel, self.reference)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_merged_text(self, text: str) -> None:
        """Replace the editor's content (plain text; for tests and scripted use)."""
        if self.text_editor is not None:
            from ..domain.blocktext import BlockText

            self.text_editor.set_blocktext(BlockText.from_plain(text))
        elif self.plain_editor is not None:
            self.plain_editor.setPlainText(text)
        elif self.line_editor is not None:
            self.line_editor.setText(text)

    def merged_value(self) -> str:
        """The edited value in the form the conflict stores (Markdown for block text)."""
        if self.text_editor is not None:
            return self.text_editor.blocktext().to_markdown()
        if self.plain_editor is not None:
            return self.plain_editor.toPlainText()
        assert self.line_editor is not None
        return self.line_editor.text().strip()
