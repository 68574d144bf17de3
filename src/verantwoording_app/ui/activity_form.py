"""The form of one activity: fields, plan and realisation, key figures, remarks, internal note."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.blocktext import BlockText
from ..domain.model import (
    DEFAULT_REVIEW_LABELS,
    REVIEW_LABELS,
    Activiteit,
    Kengetal,
    LineageEntry,
    Opmerking,
    Outcome,
    ReviewState,
)
from ..domain.status import DEFAULT_SCHEME, StatusScheme
from .blocktext_editor import BlockTextEdit
from .check_panel import CheckPanel, WritingBar
from .key_figures import KeyFigureModel
from .noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from datetime import date

NO_DATE = QDate(1900, 1, 1)
_REVIEW_NAMES = (  # the domain's review labels, for the translator
    QT_TRANSLATE_NOOP("ReviewState", "Concept"),
    QT_TRANSLATE_NOOP("ReviewState", "Ter review"),
    QT_TRANSLATE_NOOP("ReviewState", "Akkoord"),
    QT_TRANSLATE_NOOP("ReviewState", "Vastgesteld"),
)


def colour_icon(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour) if colour else QColor("#9e9e9e"))
    return QIcon(pixmap)


def review_label(state: str, labels: tuple[str, ...] | None = None) -> str:
    """The document's own name for a review state, or the (translated) default."""
    from PySide6.QtCore import QCoreApplication

    try:
        review = ReviewState(state)
    except ValueError:
        return state
    if labels is not None and tuple(labels) != DEFAULT_REVIEW_LABELS:
        return labels[list(ReviewState).index(review)]
    return QCoreApplication.translate("ReviewState", REVIEW_LABELS[review])


@dataclass
class Binding:
    """One form field: how to read the widget and how to fill it."""

    name: str
    read: Callable[[], Any]
    write: Callable[[Any], None]


class ActivityForm(QWidget):
    """Edits one activity. Knows nothing of the database: it reports edits by signal."""

    edited = Signal()
    """A field the autosave commits changed (title, texts, note, …)."""
    field_command = Signal(str, object, object)
    """(field, old, new) for fields whose change is an undoable command: status, review state."""
    remark_added = Signal(str)
    remark_resolved = Signal(str, bool)
    loaded = Signal()
    """Another activity (or none) is shown: the writing aids check it."""
    lineage_requested = Signal()
    """The officer wants to see this activity's line through the years."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activity_id: str | None = None
        self.revision: int | None = None
        self._loading = False
        self._dirty: set[str] = set()
        self._base: dict[str, Any] = {}
        self._scheme = DEFAULT_SCHEME

        self.heading = QLabel(self)
        self.heading.setObjectName("formHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.number = QLabel(self)
        self.number.setToolTip(self.tr("De nummering volgt de volgorde in de boom."))
        self.title = QLineEdit(self)
        self.owner = QLineEdit(self)
        self.owner.setPlaceholderText(self.tr("naam van de beleidsmedewerker"))
        self.portfolio_holder = QLineEdit(self)
        self.portfolio_holder.setPlaceholderText(self.tr("wethouder"))
        self.deadline = QDateEdit(self)
        self.deadline.setDisplayFormat("dd-MM-yyyy")
        self.deadline.setCalendarPopup(True)
        self.deadline.setMinimumDate(NO_DATE)
        self.deadline.setSpecialValueText(self.tr("geen"))
        self.status = QComboBox(self)
        self.review = QComboBox(self)
        for state in ReviewState:
            self.review.addItem(review_label(state.value), state.value)

        fields = QGridLayout()
        fields.setHorizontalSpacing(10)
        fields.setVerticalSpacing(6)
        self.number.setMinimumWidth(28)
        self._add_field(fields, 0, 0, self.tr("&Nummer:"), self.number)
        self._add_field(fields, 0, 2, self.tr("&Titel:"), self.title, span=3)
        self._add_field(fields, 1, 0, self.tr("&Status:"), self.status, span=3)
        self._add_field(fields, 1, 4, self.tr("&Beoordeling:"), self.review)
        self._add_field(fields, 2, 0, self.tr("&Eigenaar:"), self.owner, span=3)
        self._add_field(fields, 2, 4, self.tr("&Portefeuillehouder:"), self.portfolio_holder)
        self._add_field(fields, 3, 0, self.tr("&Deadline:"), self.deadline, span=3)
        fields.setColumnStretch(3, 1)
        fields.setColumnStretch(5, 1)

        # texts: plan above, realisation below, as in the report
        self.plan = BlockTextEdit(self)
        self.plan.setAccessibleName(self.tr("Plantekst"))
        self.realisation = BlockTextEdit(self)
        self.realisation.setAccessibleName(self.tr("Realisatietekst"))
        self.plan_label = QLabel(self.tr("P&lan (uit de begroting)"), self)
        self.plan_label.setBuddy(self.plan)
        self.realisation_label = QLabel(self.tr("&Realisatie"), self)
        self.realisation_label.setBuddy(self.realisation)
        for label in (self.plan_label, self.realisation_label):
            label.setObjectName("textLabel")
        self.plan_frozen = False
        self.read_only = False
        self.unfreeze_button = QPushButton(self.tr("Plan &ontdooien"), self)
        self.unfreeze_button.setToolTip(self.tr("De plantekst komt uit de vastgestelde begroting en is bevroren. "
                                                "De coördinator kan haar weer bewerkbaar maken."))
        self.unfreeze_button.setVisible(False)
        self.unfreeze_button.clicked.connect(self._unfreeze)
        self.lineage_button = QPushButton(self.tr("Lijn door de &jaren…"), self)
        self.lineage_button.setToolTip(self.tr("Plan en realisatie van eerdere jaren naast het plan van nu"))
        self.lineage_button.setEnabled(False)
        self.lineage_button.clicked.connect(self.lineage_requested)
        self.past_context = QLabel(self)
        self.past_context.setObjectName("hint")
        self.past_context.setWordWrap(True)
        self.past_context.setVisible(False)
        self.past_context.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plan_header = QHBoxLayout()
        plan_header.setContentsMargins(0, 0, 0, 0)
        plan_header.addWidget(self.plan_label)
        plan_header.addStretch(1)
        plan_header.addWidget(self.lineage_button)
        plan_header.addWidget(self.unfreeze_button)
        self.plan_header = plan_header
        texts = QSplitter(Qt.Orientation.Vertical, self)
        texts.setChildrenCollapsible(False)
        self.writing_bar = WritingBar(self)
        for label, editor in ((self.plan_label, self.plan), (self.realisation_label, self.realisation)):
            box = QWidget(texts)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 4, 0, 0)
            box_layout.setSpacing(2)
            if label is self.plan_label:
                box_layout.addLayout(plan_header)
                box_layout.addWidget(self.past_context)
            else:
                box_layout.addWidget(label)
            box_layout.addWidget(editor)
            if editor is self.realisation:
                box_layout.addWidget(self.writing_bar)
            texts.addWidget(box)
        texts.setStretchFactor(0, 2)
        texts.setStretchFactor(1, 3)
        self.text_splitter = texts

        # key figures
        self.figures_model = KeyFigureModel(self)
        self.figures = QTableView(self)
        self.figures.setModel(self.figures_model)
        self.figures.setAccessibleName(self.tr("Kengetallen"))
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.figures.horizontalHeader().setStretchLastSection(True)
        self.figures.setColumnWidth(0, 240)
        self.figures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figures.setTabKeyNavigation(False)
        self.add_figure = QPushButton(self.tr("Kengetal &toevoegen"), self)
        self.remove_figure = QPushButton(self.tr("Kengetal &verwijderen"), self)
        figures_page = QWidget(self)
        figures_layout = QVBoxLayout(figures_page)
        figures_buttons = QHBoxLayout()
        figures_buttons.addWidget(self.add_figure)
        figures_buttons.addWidget(self.remove_figure)
        figures_buttons.addStretch(1)
        figures_layout.addWidget(self.figures)
        figures_layout.addLayout(figures_buttons)

        # remarks
        self.remarks = QListWidget(self)
        self.remarks.setAccessibleName(self.tr("Opmerkingen"))
        self.remarks.setWordWrap(True)
        self.new_remark = QLineEdit(self)
        self.new_remark.setPlaceholderText(self.tr("Nieuwe opmerking voor de beoordeling…"))
        self.add_remark_button = QPushButton(self.tr("Opmerking &plaatsen"), self)
        remarks_page = QWidget(self)
        remarks_layout = QVBoxLayout(remarks_page)
        remarks_layout.addWidget(QLabel(self.tr("Vink een opmerking aan als die is afgehandeld."), self))
        remarks_layout.addWidget(self.remarks)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_remark, 1)
        new_row.addWidget(self.add_remark_button)
        remarks_layout.addLayout(new_row)

        # internal note
        self.internal_note = QPlainTextEdit(self)
        self.internal_note.setTabChangesFocus(True)
        self.internal_note.setAccessibleName(self.tr("Interne notitie"))
        note_page = QWidget(self)
        note_layout = QVBoxLayout(note_page)
        note_label = QLabel(self.tr("Alleen voor intern gebruik; deze notitie komt nooit in een export."), self)
        note_label.setWordWrap(True)
        note_layout.addWidget(note_label)
        note_layout.addWidget(self.internal_note)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(texts, self.tr("Teksten"))
        self.tabs.addTab(figures_page, self.tr("Kengetallen"))
        self.tabs.addTab(remarks_page, self.tr("Opmerkingen"))
        self.tabs.addTab(note_page, self.tr("Interne notitie"))
        self.check_panel = CheckPanel(self)
        self.check_tab = self.tabs.addTab(self.check_panel, self.tr("Controle"))
        self.check_panel.count_changed.connect(self._update_check_tab)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addLayout(fields)
        layout.addWidget(self.tabs, 1)

        self.bindings = [
            Binding("title", lambda: self.title.text().strip(), self.title.setText),
            Binding("owner", lambda: self.owner.text().strip(), self.owner.setText),
            Binding("portfolio_holder", lambda: self.portfolio_holder.text().strip(),
                    self.portfolio_holder.setText),
            Binding("deadline", self._read_deadline, self._write_deadline),
            Binding("plan", self.plan.blocktext, self.plan.set_blocktext),
            Binding("realisation", self.realisation.blocktext, self.realisation.set_blocktext),
            Binding("internal_note", lambda: self.internal_note.toPlainText(), self.internal_note.setPlainText),
        ]
        self._by_name = {b.name: b for b in self.bindings}
        self.title.textEdited.connect(lambda: self._mark("title"))
        self.owner.textEdited.connect(lambda: self._mark("owner"))
        self.portfolio_holder.textEdited.connect(lambda: self._mark("portfolio_holder"))
        self.deadline.dateChanged.connect(lambda: self._mark("deadline"))
        self.plan.changed_by_user.connect(lambda: self._mark("plan"))
        self.realisation.changed_by_user.connect(lambda: self._mark("realisation"))
        self.internal_note.textChanged.connect(lambda: self._mark("internal_note"))
        self.figures_model.edited.connect(lambda: self._mark("kengetallen"))
        self.status.activated.connect(self._status_chosen)
        self.review.activated.connect(self._review_chosen)
        self.add_figure.clicked.connect(self._add_figure)
        self.remove_figure.clicked.connect(self._remove_figure)
        self.add_remark_button.clicked.connect(self._add_remark)
        self.new_remark.returnPressed.connect(self._add_remark)
        self.remarks.itemChanged.connect(self._remark_changed)
        self.setEnabled(False)

    def _add_field(self, grid: QGridLayout, row: int, column: int, text: str, widget: QWidget,
                   span: int = 1) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(label, row, column)
        grid.addWidget(widget, row, column + 1, 1, span)

    # -- loading ----------------------------------------------------------------

    def set_scheme(self, scheme: StatusScheme) -> None:
        self._scheme = scheme
        current = self.status.currentData()
        self.status.clear()
        self.status.addItem(colour_icon(""), self.tr("(geen status)"), None)
        for option in scheme.options:
            self.status.addItem(colour_icon(option.colour), option.label, option.key)
        self._select_data(self.status, current)

    def set_realisation_label(self, text: str) -> None:
        self.realisation_label.setText(self.tr("&Realisatie — %1").replace("%1", text) if text else
                                       self.tr("&Realisatie"))

    def load(self, activity: Activiteit, number: str = "", context: str = "") -> None:
        self._loading = True
        try:
            self.activity_id = activity.id
            self.revision = activity.revision
            self._dirty.clear()
            self.number.setText(number)
            self.heading.setText(context)
            for binding in self.bindings:
                binding.write(getattr(activity, binding.name))
            self._base = {b.name: getattr(activity, b.name) for b in self.bindings}
            self._base["kengetallen"] = activity.kengetallen
            self.figures_model.set_figures(activity.kengetallen)
            self._select_data(self.status, activity.status)
            self._select_data(self.review, activity.review_state.value)
            self.set_remarks(activity.opmerkingen)
            self._update_tab_titles()
            self.setEnabled(True)
        finally:
            self._loading = False
        self.loaded.emit()

    def clear(self) -> None:
        self._loading = True
        try:
            self.activity_id = None
            self.revision = None
            self._dirty.clear()
            for widget in (self.title, self.owner, self.portfolio_holder):
                widget.clear()
            self.plan.set_blocktext(BlockText())
            self.realisation.set_blocktext(BlockText())
            self.internal_note.clear()
            self.figures_model.set_figures(())
            self.remarks.clear()
            self.heading.clear()
            self.setEnabled(False)
        finally:
            self._loading = False
        self.loaded.emit()

    def set_remarks(self, remarks: tuple[Opmerking, ...]) -> None:
        self._loading = True
        try:
            self.remarks.clear()
            for remark in remarks:
                self.add_remark_item(remark)
        finally:
            self._loading = False
        self._update_tab_titles()

    def add_remark_item(self, remark: Opmerking) -> None:
        was_loading = self._loading
        self._loading = True
        stamp = QLocale().toString(remark.created_at, "d MMM yyyy HH:mm") if remark.created_at else ""  # type: ignore[call-overload]  # PySide6 takes a datetime; the stub does not say so
        item = QListWidgetItem(f"{remark.author} · {stamp}\n{remark.text}")
        item.setData(Qt.ItemDataRole.UserRole, remark.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if remark.resolved else Qt.CheckState.Unchecked)
        self.remarks.addItem(item)
        self._loading = was_loading
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        open_remarks = sum(
            1 for i in range(self.remarks.count())
            if self.remarks.item(i).checkState() != Qt.CheckState.Checked
        )
        figures = self.figures_model.rowCount()
        self.tabs.setTabText(1, self.tr("Kengetallen (%1)").replace("%1", str(figures)) if figures
                             else self.tr("Kengetallen"))
        self.tabs.setTabText(2, self.tr("Opmerkingen (%1)").replace("%1", str(open_remarks)) if open_remarks
                             else self.tr("Opmerkingen"))

    def _update_check_tab(self, count: int) -> None:
        self.tabs.setTabText(self.check_tab, self.tr("Controle (%1)").replace("%1", str(count)) if count
                             else self.tr("Controle"))

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _read_deadline(self) -> date | None:
        value = self.deadline.date()
        return None if value == NO_DATE else cast("date", value.toPython())

    def _write_deadline(self, value: date | None) -> None:
        self.deadline.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    # -- edits ----------------------------------------------------------------

    def _mark(self, name: str) -> None:
        if self._loading or self.activity_id is None:
            return
        self._dirty.add(name)
        if name == "kengetallen":
            self._update_tab_titles()
        self.edited.emit()

    def has_pending(self) -> bool:
        return bool(self._dirty)

    def take_pending(self) -> tuple[dict[str, Any], tuple[Kengetal, ...] | None]:
        """The changed fields (and key figures, or None) since the last call; resets the dirty marks."""
        changes: dict[str, Any] = {}
        figures = None
        for name in sorted(self._dirty):
            if name == "kengetallen":
                value = self.figures_model.figures()
                if value != self._base.get(name):
                    figures = value
                    self._base[name] = value
                continue
            value = self._by_name[name].read()
            if name == "title" and not value:
                continue  # an activity keeps a title; an emptied field is not saved
            if value != self._base.get(name):
                changes[name] = value
                self._base[name] = value
        self._dirty.clear()
        return changes, figures

    def restore_pending(self, changes: dict[str, Any], figures: tuple[Kengetal, ...] | None) -> None:
        """A save failed: mark the fields dirty again so the next save retries them."""
        for name in changes:
            self._dirty.add(name)
            self._base.pop(name, None)
        if figures is not None:
            self._dirty.add("kengetallen")
            self._base.pop("kengetallen", None)

    def apply_saved(self, activity: Activiteit) -> None:
        """Another part of the program saved this activity (undo, replace): show its values."""
        if activity.id != self.activity_id:
            return
        self.revision = activity.revision
        self._loading = True
        try:
            for binding in self.bindings:
                value = getattr(activity, binding.name)
                if binding.name not in self._dirty and value != self._base.get(binding.name):
                    binding.write(value)
                    self._base[binding.name] = value
            self._select_data(self.status, activity.status)
            self._select_data(self.review, activity.review_state.value)
        finally:
            self._loading = False

    def _status_chosen(self, index: int) -> None:
        if self._loading or self.activity_id is None:
            return
        new = self.status.itemData(index)
        old = self._base.get("status", None)
        if new != old:
            self._base["status"] = new
            self.field_command.emit("status", old, new)

    def _review_chosen(self, index: int) -> None:
        if self._loading or self.activity_id is None:
            return
        new = self.review.itemData(index)
        old = self._base.get("review_state", ReviewState.CONCEPT.value)
        if new != old:
            self._base["review_state"] = new
            self.field_command.emit("review_state", old, new)

    def set_base(self, name: str, value: Any) -> None:
        self._base[name] = value

    def _add_figure(self) -> None:
        row = self.figures_model.add_row()
        index = self.figures_model.index(row, 0)
        self.figures.setCurrentIndex(index)
        self.figures.edit(index)

    def _remove_figure(self) -> None:
        index = self.figures.currentIndex()
        if index.isValid():
            self.figures_model.remove_row(index.row())

    def _add_remark(self) -> None:
        text = self.new_remark.text().strip()
        if text and self.activity_id is not None:
            self.new_remark.clear()
            self.remark_added.emit(text)

    def _remark_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        self._update_tab_titles()
        self.remark_resolved.emit(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)

    def set_review_labels(self, labels: tuple[str, ...]) -> None:
        for index in range(self.review.count()):
            self.review.setItemText(index, review_label(self.review.itemData(index), labels))

    def set_review_refused(self, refused: Mapping[str, str]) -> None:
        """Review states this person may not set (the policy's answer) greyed out, the reason as tooltip."""
        model = self.review.model()
        for index in range(self.review.count()):
            item = model.item(index) if isinstance(model, QStandardItemModel) else None
            if item is None:
                continue
            reason = refused.get(self.review.itemData(index))
            item.setEnabled(reason is None)
            item.setToolTip(reason or "")

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        """Lock every editing widget (a read-only database, someone else's activity, or vastgesteld)."""
        self.read_only = read_only
        for edit in (self.title, self.owner, self.portfolio_holder, self.new_remark):
            edit.setReadOnly(read_only)
        for text in (self.plan, self.realisation, self.internal_note):
            text.setReadOnly(read_only)
        self.plan.setReadOnly(read_only or self.plan_frozen)
        for widget in (self.deadline, self.status, self.review, self.add_figure, self.remove_figure,
                       self.add_remark_button):
            widget.setEnabled(not read_only)
        self.figures.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.remarks.setEnabled(not read_only)
        self._lock_fixed_fields()
        self.setToolTip(reason if read_only else "")
        heading = self.heading.text().split(" — ")[0]
        self.heading.setText(f"{heading} — {reason}" if read_only and reason else heading)

    def set_fixed_fields(self, fields: frozenset[str]) -> None:
        """Fields this person may not change (in a work package: title, owner, deadline are the coordinator's)."""
        self.fixed_fields = fields
        self._lock_fixed_fields()

    def _lock_fixed_fields(self) -> None:
        fixed: frozenset[str] = getattr(self, "fixed_fields", frozenset())
        for name, edit in (("title", self.title), ("owner", self.owner), ("portfolio_holder", self.portfolio_holder)):
            edit.setReadOnly(self.read_only or name in fixed)
        self.deadline.setEnabled(not self.read_only and "deadline" not in fixed)
        self.status.setEnabled(not self.read_only and "status" not in fixed)

    def set_plan_frozen(self, frozen: bool, can_unfreeze: bool) -> None:
        """A frozen plan (the adopted budget's text) is read-only; a coordinator may unfreeze it."""
        self.plan_frozen = frozen
        self.plan.setReadOnly(self.read_only or frozen)
        self.unfreeze_button.setVisible(frozen)
        self.unfreeze_button.setEnabled(frozen and can_unfreeze)
        self.plan_label.setText(self.tr("P&lan (uit de vastgestelde begroting, bevroren)") if frozen
                                else self.tr("P&lan (uit de begroting)"))

    def set_past(self, entries: Sequence[LineageEntry]) -> None:
        """What this activity's line was before; a carried-over activity shows last year's realisation."""
        self.lineage_button.setEnabled(bool(entries))
        self.lineage_button.setToolTip(
            self.tr("Plan en realisatie van eerdere jaren naast het plan van nu (%1 eerdere documenten)")
            .replace("%1", str(len(entries))) if entries else self.tr("Deze activiteit is nieuw; er is geen vorig jaar."))
        carried = [e for e in entries if e.outcome is Outcome.CARRIED_OVER]
        if carried and not carried[-1].realisation.is_empty:
            last = carried[-1]
            text = last.realisation.plain_text()
            self.past_context.setText(self.tr("Doorgeschoven uit %1. Realisatie toen: %2")
                                      .replace("%1", last.document_title)
                                      .replace("%2", text if len(text) <= 400 else text[:400] + "…"))
            self.past_context.setVisible(True)
        else:
            self.past_context.clear()
            self.past_context.setVisible(False)

    def _unfreeze(self) -> None:
        if self.activity_id is not None and self.plan_frozen:
            self.field_command.emit("plan_frozen", True, False)

    def editor_for(self, field: str) -> QWidget | None:
        return {"title": self.title, "plan": self.plan, "realisation": self.realisation}.get(field)

