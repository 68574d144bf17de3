"""The programme's chapter beyond its activities, as two tabs of the programme form.

*Wat wilden we bereiken*: the effect text (plan and realisation) of the programme or one of
its goals, its effect indicators (an editable table) and the beleidsindicatoren (read-only,
imported). *Wat heeft het gekost*: the financial table (read-only, with its source and import
time), the variances above the threshold, and the explanation of the selected one (nature,
cause, rechtmatigheid, owner, deadline). Changes are saved when the window flushes (autosave,
switching nodes), each field in history, through services.chapter.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.blocktext import EMPTY
from ..domain.chapter import (
    RECHTMATIGHEID_CATEGORIES,
    Chapter,
    EffectIndicator,
    Nature,
    YearValue,
)
from ..domain.errors import UserError
from ..domain.finance import VarianceState, show, table_for, variance_states
from ..domain.finance_labels import (
    category_label,
    line_label,
    problems_label,
    row_label,
    sign_label,
    threshold_label,
)
from ..domain.money import AmountError, format_amount, parse_amount, rounding_label
from .blocktext_editor import BlockTextEdit

if TYPE_CHECKING:
    from decimal import Decimal

    from ..services.workspace import Workspace
    from .chapter_history_dialog import ChapterHistoryDialog


def _item(text: str, *, align_right: bool = False, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _number_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    return text.replace(".", ",")


class EffectsTab(QWidget):
    """Wat wilden we bereiken: effect text per programme or goal, effect indicators, beleidsindicatoren."""

    edited = Signal()
    import_policy_requested = Signal()
    history_requested = Signal()
    INDICATOR_COLUMNS = ("name", "unit", "source", "baseline", "target", "realised", "peildatum", "explanation")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = 0
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Effecttekst van"))
        self.plan = BlockTextEdit(self)
        self.plan.setAccessibleName(self.tr("Beoogd effect"))
        self.realisation = BlockTextEdit(self)
        self.realisation.setAccessibleName(self.tr("Bereikt effect"))
        self.owner = QLineEdit(self)
        self.owner.setAccessibleName(self.tr("Eigenaar van de effecttekst"))
        self.history_button = QPushButton(self.tr("Ges&chiedenis…"), self)
        self.history_button.setToolTip(self.tr("Alle versies van deze effecttekst; een eerdere versie herstellen"))
        self.indicators = QTableWidget(0, len(self.INDICATOR_COLUMNS), self)
        self.indicators.setAccessibleName(self.tr("Effectindicatoren"))
        self.indicators.verticalHeader().hide()
        self.indicators.horizontalHeader().setStretchLastSection(True)
        self.add_indicator = QPushButton(self.tr("Indicator &toevoegen"), self)
        self.remove_indicator = QPushButton(self.tr("Indicator &verwijderen"), self)
        self.policy = QTableWidget(0, 6, self)
        self.policy.setAccessibleName(self.tr("Beleidsindicatoren"))
        self.policy.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Eenheid"), self.tr("Periode"),
                                               self.tr("Waarde"), self.tr("Vergelijking"), self.tr("Waarde vergelijking")])
        self.policy.verticalHeader().hide()
        self.policy.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.policy.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.import_policy = QPushButton(self.tr("Beleidsindicatoren &importeren…"), self)
        self.message = QLabel(self)
        self.message.setObjectName("chapterMessage")
        self.message.setWordWrap(True)

        top = QFormLayout()
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope, 1)
        scope_row.addWidget(self.history_button)
        scope_label = QLabel(self.tr("Effecttekst &van:"), self)
        scope_label.setBuddy(self.scope)  # a row of two widgets: the label needs its buddy said
        top.addRow(scope_label, scope_row)
        top.addRow(self.tr("&Eigenaar:"), self.owner)
        plan_label = QLabel(self.tr("&Beoogd effect (wat wilden we bereiken):"), self)
        plan_label.setBuddy(self.plan)
        real_label = QLabel(self.tr("Be&reikt effect:"), self)
        real_label.setBuddy(self.realisation)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Effectindicatoren:"), self))
        buttons.addStretch(1)
        buttons.addWidget(self.add_indicator)
        buttons.addWidget(self.remove_indicator)
        policy_row = QHBoxLayout()
        policy_row.addWidget(QLabel(self.tr("Beleidsindicatoren (waarstaatjegemeente.nl):"), self))
        policy_row.addStretch(1)
        policy_row.addWidget(self.import_policy)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(plan_label)
        layout.addWidget(self.plan, 2)
        layout.addWidget(real_label)
        layout.addWidget(self.realisation, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.indicators, 2)
        layout.addLayout(policy_row)
        layout.addWidget(self.policy, 1)
        layout.addWidget(self.message)

        self._texts_dirty: set[str] = set()
        self._editable = False
        self._own_effects: frozenset[str] = frozenset()
        self._indicators_dirty = False
        self._loading = False
        self._scope_id = ""
        self._chapter: Chapter | None = None
        self.programme_id = ""
        self._indicator_ids: list[str] = []
        self.plan.changed_by_user.connect(lambda: self._mark("plan"))
        self.realisation.changed_by_user.connect(lambda: self._mark("realisation"))
        self.owner.textEdited.connect(lambda: self._mark("owner"))
        self.indicators.itemChanged.connect(self._indicator_changed)
        self.add_indicator.clicked.connect(self._add_indicator)
        self.remove_indicator.clicked.connect(self._remove_indicator)
        self.import_policy.clicked.connect(self.import_policy_requested)
        self.history_button.clicked.connect(self.history_requested)
        self.scope.activated.connect(self._scope_changed)

    def _headers(self) -> list[str]:
        realised = self.tr("Realisatie %1").replace("%1", str(self.year)) if self.year else self.tr("Realisatie")
        return [self.tr("Indicator"), self.tr("Eenheid"), self.tr("Bron"), self.tr("Nulmeting"),
                self.tr("Streefwaarde"), realised, self.tr("Peildatum"), self.tr("Toelichting")]

    def load(self, programme_id: str, goals: list[tuple[str, str]], chapter: Chapter, year: int,
             editable: bool, own_effects: frozenset[str] = frozenset()) -> None:
        """``editable``: the coordinator; ``own_effects``: the effect texts (programme:goal) an officer may write
        (their work package)."""
        self._loading = True
        self._editable = editable
        self._own_effects = own_effects
        self.programme_id = programme_id
        self._chapter = chapter
        self.year = year
        self.scope.clear()
        self.scope.addItem(self.tr("het programma"), "")
        for goal_id, title in goals:
            self.scope.addItem(self.tr("hoofddoel %1").replace("%1", title), goal_id)
        self.scope.setCurrentIndex(0)
        self._scope_id = ""
        self._show_scope()
        self.indicators.setHorizontalHeaderLabels(self._headers())
        self.indicators.setRowCount(0)
        self._indicator_ids = []
        for indicator in chapter.indicators_of(programme_id):
            self._append_indicator(indicator)
        self.policy.setRowCount(0)
        for item in chapter.policy_indicators_of(programme_id):
            row = self.policy.rowCount()
            self.policy.insertRow(row)
            values = [item.indicator, item.unit, item.period, _number_text(item.value), item.comparison,
                      _number_text(item.comparison_value)]
            for column, text in enumerate(values):
                self.policy.setItem(row, column, _item(text, align_right=column in (3, 5)))
        self.message.setText("")
        self._set_text_access()
        for control in (self.owner, self.add_indicator, self.remove_indicator, self.import_policy):
            control.setEnabled(editable)
        self.indicators.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                                        else QAbstractItemView.EditTrigger.NoEditTriggers)
        self._texts_dirty.clear()
        self._indicators_dirty = False
        self._loading = False

    def _set_text_access(self) -> None:
        writable = self._editable or f"{self.programme_id}:{self._scope_id}" in self._own_effects
        for widget in (self.plan, self.realisation):
            widget.setReadOnly(not writable)

    def _show_scope(self) -> None:
        assert self._chapter is not None
        effect = next((e for e in self._chapter.effects_of(self.programme_id) if e.goal_id == self._scope_id), None)
        self.plan.set_blocktext(effect.plan if effect else EMPTY)
        self.realisation.set_blocktext(effect.realisation if effect else EMPTY)
        self.owner.setText(effect.owner if effect else "")

    def _scope_changed(self, _index: int) -> None:
        new = str(self.scope.currentData() or "")
        if new == self._scope_id:
            return
        self.scope_switch_requested(new)

    def scope_switch_requested(self, new: str) -> None:
        """Overridden by the panel: flush what is pending, then show the other text."""
        self._scope_id = new
        self._loading = True
        self._show_scope()
        self._set_text_access()
        self._loading = False

    def set_chapter(self, chapter: Chapter) -> None:
        self._chapter = chapter

    def _mark(self, name: str) -> None:
        if not self._loading:
            self._texts_dirty.add(name)
            self.edited.emit()

    def _indicator_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self._indicators_dirty = True
            self.edited.emit()

    def _append_indicator(self, indicator: EffectIndicator) -> None:
        row = self.indicators.rowCount()
        self.indicators.insertRow(row)
        realised = next((v.value for v in indicator.values if v.year == self.year), None)
        if realised is None and indicator.values and not self.year:
            realised = indicator.values[-1].value
        values = [indicator.name, indicator.unit, indicator.source, _number_text(indicator.baseline),
                  _number_text(indicator.target), _number_text(realised),
                  indicator.peildatum.strftime("%d-%m-%Y") if indicator.peildatum else "", indicator.explanation]
        for column, text in enumerate(values):
            self.indicators.setItem(row, column, QTableWidgetItem(text))
        self._indicator_ids.append(indicator.id)

    def _add_indicator(self) -> None:
        self._loading = True
        self._append_indicator(EffectIndicator(self.programme_id, self.tr("Nieuwe indicator")))
        self._loading = False
        self._indicators_dirty = True
        self.indicators.setCurrentCell(self.indicators.rowCount() - 1, 0)
        item = self.indicators.item(self.indicators.rowCount() - 1, 0)
        if item is not None:
            self.indicators.editItem(item)
        self.edited.emit()

    def _remove_indicator(self) -> None:
        row = self.indicators.currentRow()
        if row < 0:
            return
        self.indicators.removeRow(row)
        del self._indicator_ids[row]
        self._indicators_dirty = True
        self.edited.emit()

    def has_pending(self) -> bool:
        return bool(self._texts_dirty) or self._indicators_dirty

    def take_text_changes(self) -> tuple[str, dict[str, Any]]:
        values: dict[str, Any] = {"plan": self.plan.blocktext(), "realisation": self.realisation.blocktext(),
                                  "owner": self.owner.text().strip()}
        changes = {name: values[name] for name in self._texts_dirty}
        self._texts_dirty.clear()
        return self._scope_id, changes

    def read_indicators(self) -> list[EffectIndicator]:
        """The table as indicators; UserError naming the cell that is not a number or a date."""
        assert self._chapter is not None
        old = {i.id: i for i in self._chapter.indicators_of(self.programme_id)}
        items: list[EffectIndicator] = []
        for row in range(self.indicators.rowCount()):
            def text(column: int, row: int = row) -> str:
                cell = self.indicators.item(row, column)
                return cell.text().strip() if cell is not None else ""

            name = text(0)
            if not name:
                continue
            where = self.tr("Indicator '%1'").replace("%1", name)
            try:
                baseline = parse_amount(text(3), where=where)
                target = parse_amount(text(4), where=where)
                realised = parse_amount(text(5), where=where)
            except AmountError as error:
                raise UserError(str(error)) from error
            peildatum = _parse_date(text(6), where)
            base = old.get(self._indicator_ids[row]) if row < len(self._indicator_ids) else None
            values = [v for v in (base.values if base else ()) if v.year != self.year]
            if self.year and realised is not None:
                values.append(YearValue(self.year, realised))
            values.sort(key=lambda v: v.year)
            items.append(EffectIndicator(
                programme_id=self.programme_id, name=name[:500], unit=text(1)[:100], source=text(2)[:500],
                baseline=baseline, target=target, values=tuple(values), peildatum=peildatum,
                explanation=text(7), id=base.id if base else (self._indicator_ids[row] if row < len(
                    self._indicator_ids) else EffectIndicator(self.programme_id, name).id),
            ))
        self._indicators_dirty = False
        return items


def _parse_date(text: str, where: str) -> date | None:
    if not text:
        return None
    parts = text.replace("/", "-").split("-")
    try:
        if len(parts) == 3 and len(parts[0]) == 4:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 3:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        pass
    raise UserError(f"{where}: '{text}' is geen datum (dd-mm-jjjj).")


class FinanceTab(QWidget):
    """Wat heeft het gekost: the read-only table, the variances and the selected variance's explanation."""

    edited = Signal()
    import_requested = Signal()
    settings_requested = Signal()
    history_requested = Signal()
    TABLE_HEADERS = ("", "Begroting primitief", "Begroting na wijziging", "Realisatie", "Verschil")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Financiële tabel (alleen-lezen, uit de administratie)"))
        self.table.setHorizontalHeaderLabels(["", self.tr("Begroting primitief"),
                                              self.tr("Begroting na wijziging"), self.tr("Realisatie"),
                                              self.tr("Verschil")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.import_button = QPushButton(self.tr("Financiële gegevens &importeren…"), self)
        self.settings_button = QPushButton(self.tr("&Drempel en notatie…"), self)
        self.variances = QTableWidget(0, 5, self)
        self.variances.setAccessibleName(self.tr("Afwijkingen boven de drempel"))
        self.variances.setHorizontalHeaderLabels([self.tr("Regel"), self.tr("Verschil"), self.tr("Eigenaar"),
                                                  self.tr("Deadline"), self.tr("Toelichting")])
        self.variances.verticalHeader().hide()
        self.variances.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.variances.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.variances.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.variances.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.variance_heading = QLabel(self)
        self.variance_heading.setObjectName("formHeading")
        self.nature = QComboBox(self)
        self.nature.setAccessibleName(self.tr("Incidenteel of structureel"))
        self.nature.addItem(self.tr("(kies)"), "")
        self.nature.addItem(self.tr("Incidenteel"), Nature.INCIDENTEEL.value)
        self.nature.addItem(self.tr("Structureel"), Nature.STRUCTUREEL.value)
        self.rechtmatigheid = QComboBox(self)
        self.rechtmatigheid.setAccessibleName(self.tr("Rechtmatigheidscategorie"))
        self.rechtmatigheid.addItem(self.tr("(geen; alleen bij een lastenoverschrijding)"), "")
        for number, _label in RECHTMATIGHEID_CATEGORIES:
            self.rechtmatigheid.addItem(f"{number}. {category_label(number)}", number)
        self.owner = QLineEdit(self)
        self.owner.setAccessibleName(self.tr("Eigenaar van de toelichting"))
        self.has_deadline = QCheckBox(self.tr("Deadline:"), self)
        self.deadline = QDateEdit(self)
        self.deadline.setDisplayFormat("dd-MM-yyyy")
        self.deadline.setCalendarPopup(True)
        self.deadline.setAccessibleName(self.tr("Deadline van de toelichting"))
        self.cause = BlockTextEdit(self)
        self.cause.setAccessibleName(self.tr("Oorzaak van de afwijking"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.history_button = QPushButton(self.tr("Ges&chiedenis van de toelichting…"), self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.source, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.import_button)
        editor = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("&Aard:"), self.nature)
        form.addRow(self.tr("&Rechtmatigheid:"), self.rechtmatigheid)
        form.addRow(self.tr("Ei&genaar:"), self.owner)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline)
        deadline_row.addStretch(1)
        form.addRow(self.has_deadline, deadline_row)
        cause_label = QLabel(self.tr("&Oorzaak en toelichting:"), self)
        cause_label.setBuddy(self.cause)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.variance_heading)
        editor_layout.addLayout(form)
        editor_layout.addWidget(cause_label)
        editor_layout.addWidget(self.cause, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.variances)
        splitter.addWidget(editor)
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.editor = editor

        self._states: list[VarianceState] = []
        self.own_keys: frozenset[str] = frozenset()
        self.editable = False
        self._current: int = -1
        self._dirty: set[str] = set()
        self._loading = False
        self.nature.activated.connect(lambda _i: self._mark("nature"))
        self.rechtmatigheid.activated.connect(lambda _i: self._mark("rechtmatigheid"))
        self.owner.textEdited.connect(lambda: self._mark("owner"))
        self.has_deadline.toggled.connect(self._deadline_toggled)
        self.deadline.dateChanged.connect(lambda _d: self._mark("deadline"))
        self.cause.changed_by_user.connect(lambda: self._mark("cause"))
        self.import_button.clicked.connect(self.import_requested)
        self.settings_button.clicked.connect(self.settings_requested)
        self.history_button.clicked.connect(self.history_requested)
        self.variances.currentCellChanged.connect(lambda row, _c, _pr, _pc: self.select_variance_row(row))

    # -- loading ---------------------------------------------------------------------------

    def load(self, programme_id: str, chapter: Chapter, editable: bool,
             own_keys: frozenset[str] = frozenset()) -> None:
        """``editable``: the coordinator; ``own_keys``: variances an officer may explain (work package)."""
        self._loading = True
        self.own_keys = own_keys
        self.programme_id = programme_id
        self.chapter = chapter
        settings = chapter.settings
        lines = chapter.lines_of(programme_id)
        if chapter.source.file:
            when = chapter.source.imported_at.strftime("%d-%m-%Y %H:%M") if chapter.source.imported_at else ""
            self.source.setText(self.tr("Bron: %1, geïmporteerd %2 door %3. Bedragen %4; %5. Alleen-lezen: "
                                        "wijzig de cijfers in de administratie en importeer opnieuw.")
                                .replace("%1", chapter.source.file).replace("%2", when)
                                .replace("%3", chapter.source.imported_by).replace("%4", rounding_label(settings.rounding))
                                .replace("%5", sign_label(settings.sign)))
        else:
            self.source.setText(self.tr("Nog geen financiële gegevens: importeer de export van de administratie "
                                        "(Bestand › Importeren › Financiële gegevens)."))
        self.table.setRowCount(0)
        if lines:
            table = table_for(programme_id, lines)
            for row_data in table.rows:
                row = self.table.rowCount()
                self.table.insertRow(row)
                self.table.setItem(row, 0, _item(row_label(row_data.label), bold=row_data.total))
                for column, value in enumerate((row_data.primitief, row_data.gewijzigd, row_data.realisatie,
                                                row_data.verschil), start=1):
                    self.table.setItem(row, column, _item(show(value, settings), align_right=True,
                                                          bold=row_data.total))
        self.table.setHorizontalHeaderItem(0, QTableWidgetItem(rounding_label(settings.rounding)))
        self._states = variance_states(chapter, [programme_id])
        self._fill_variances()
        self.editable = editable
        for widget in (self.nature, self.rechtmatigheid, self.owner, self.has_deadline, self.deadline,
                       self.import_button, self.settings_button):
            widget.setEnabled(editable)
        self.cause.setReadOnly(not editable)
        self._current = -1
        self.history_button.setEnabled(bool(self._states))
        self._dirty.clear()
        self._loading = False
        self.select_variance_row(0 if self._states else -1)
        if self._states:
            self.variances.selectRow(0)

    def _fill_variances(self) -> None:
        settings = self.chapter.settings
        self.variances.setRowCount(0)
        for state in self._states:
            row = self.variances.rowCount()
            self.variances.insertRow(row)
            variance = state.variance
            word = self.tr("voordeel") if variance.voordeel else self.tr("nadeel")
            explanation = state.explanation
            values = [line_label(variance.kind), f"{format_amount(abs(variance.amount), settings.rounding)} {word}",
                      explanation.owner if explanation else "",
                      explanation.deadline.strftime("%d-%m-%Y") if explanation and explanation.deadline else "",
                      problems_label(state.problems) or self.tr("toegelicht")]
            for column, text in enumerate(values):
                self.variances.setItem(row, column, _item(text, align_right=column == 1))
        if not self._states:
            self.variance_heading.setText(self.tr("Geen afwijkingen boven de drempel (%1).")
                                          .replace("%1", threshold_label(settings.threshold)))

    def current_state(self) -> VarianceState | None:
        """The variance whose explanation is shown."""
        return self._states[self._current] if 0 <= self._current < len(self._states) else None

    def select_variance_row(self, row: int) -> None:
        if row == self._current or self._loading:
            return
        if self._dirty:
            self.flush_requested.emit()
        self._current = row
        self._loading = True
        state = self._states[row] if 0 <= row < len(self._states) else None
        self.history_button.setEnabled(state is not None)
        self.editor.setEnabled(state is not None and self.editable)
        if state is None:
            for widget in (self.nature, self.rechtmatigheid):
                widget.setCurrentIndex(0)
            self.owner.clear()
            self.cause.set_blocktext(EMPTY)
            self.has_deadline.setChecked(False)
            self._loading = False
            return
        variance, explanation = state.variance, state.explanation
        own = not self.editable and variance.key in self.own_keys
        self.editor.setEnabled(self.editable or own)
        for control in (self.owner, self.has_deadline):
            control.setEnabled(self.editable)  # owner and deadline are the coordinator's
        self.cause.setReadOnly(not (self.editable or own))
        word = self.tr("voordeel") if variance.voordeel else self.tr("nadeel")
        self.variance_heading.setText(self.tr("%1: %2 van %3 (begroot %4, gerealiseerd %5)")
                                      .replace("%1", line_label(variance.kind)).replace("%2", word)
                                      .replace("%3", format_amount(abs(variance.amount)))
                                      .replace("%4", show(variance.budget, self.chapter.settings))
                                      .replace("%5", show(variance.realised, self.chapter.settings)))
        self.nature.setCurrentIndex(max(0, self.nature.findData(explanation.nature.value if explanation and
                                                                explanation.nature else "")))
        self.rechtmatigheid.setCurrentIndex(max(0, self.rechtmatigheid.findData(
            explanation.rechtmatigheid if explanation else "")))
        self.rechtmatigheid.setEnabled((self.editable or own) and (variance.overspend or bool(
            explanation and explanation.rechtmatigheid)))
        self.owner.setText(explanation.owner if explanation else "")
        deadline = explanation.deadline if explanation else None
        self.has_deadline.setChecked(deadline is not None)
        self.deadline.setEnabled(deadline is not None and self.editable)
        self.nature.setEnabled(self.editable or own)
        self.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day) if deadline else QDate.currentDate())
        self.cause.set_blocktext(explanation.cause if explanation else EMPTY)
        self._loading = False

    flush_requested = Signal()

    # -- editing ----------------------------------------------------------------------------------

    def _deadline_toggled(self, on: bool) -> None:
        self.deadline.setEnabled(on and self.editable)
        self._mark("deadline")

    def _mark(self, name: str) -> None:
        if not self._loading and 0 <= self._current < len(self._states):
            self._dirty.add(name)
            self.edited.emit()

    def has_pending(self) -> bool:
        return bool(self._dirty)

    def take_pending(self) -> tuple[VarianceState | None, dict[str, Any]]:
        if not self._dirty or not 0 <= self._current < len(self._states):
            self._dirty.clear()
            return None, {}
        state = self._states[self._current]
        values: dict[str, Any] = {
            "nature": Nature(self.nature.currentData()) if self.nature.currentData() else None,
            "rechtmatigheid": str(self.rechtmatigheid.currentData() or ""),
            "owner": self.owner.text().strip(),
            "deadline": self.deadline.date().toPython() if self.has_deadline.isChecked() else None,
            "cause": self.cause.blocktext(),
        }
        changes = {name: values[name] for name in self._dirty}
        if "cause" in changes or "nature" in changes:
            changes["amount"] = state.variance.amount  # the difference this explanation is written for
        self._dirty.clear()
        return state, changes

    def saved(self, chapter: Chapter) -> None:
        """After a save: the list shows what is now known, the selection stays."""
        self.chapter = chapter
        row = self._current
        self._states = variance_states(chapter, [self.programme_id])
        self._loading = True
        self._fill_variances()
        if 0 <= row < len(self._states):
            self.variances.selectRow(row)
        self._loading = False


class ChapterPanels:
    """Both tabs of one programme with the saving they share (owned by the programme form)."""

    def __init__(self, effects: EffectsTab, finance: FinanceTab) -> None:
        self.effects = effects
        self.finance = finance
        self.workspace: Workspace | None = None
        self.programme_id = ""
        effects.scope_switch_requested = self._switch_scope  # type: ignore[method-assign]
        finance.flush_requested.connect(self.flush)
        effects.history_requested.connect(self.show_effect_history)
        finance.history_requested.connect(self.show_explanation_history)
        self._loaded: tuple[list[tuple[str, str]], int, bool] = ([], 0, False)

    def load(self, workspace: Workspace, programme_id: str, goals: list[tuple[str, str]], year: int,
             editable: bool) -> None:
        from ..services import chapter as service

        self.workspace = workspace
        self.programme_id = programme_id
        self._loaded = (goals, year, editable)
        chapter = service.chapter(workspace)
        own: frozenset[str] = frozenset()
        own_effects: frozenset[str] = frozenset()
        if not editable and not workspace.read_only:
            from ..services.chapter_packages import editable_effects, editable_variances

            own = editable_variances(workspace) or frozenset()
            own_effects = editable_effects(workspace) or frozenset()
        self.effects.load(programme_id, goals, chapter, year, editable, own_effects)
        self.finance.load(programme_id, chapter, editable, own)

    def has_pending(self) -> bool:
        return self.effects.has_pending() or self.finance.has_pending()

    def show_effect_history(self) -> ChapterHistoryDialog | None:
        """The history of the effect text shown (what is pending is saved first)."""
        from ..services.chapter_history import ChapterItem

        scope = self.effects._scope_id
        title = self.effects.scope.currentText() or self.tr("het programma")
        return self._show_history(ChapterItem(self.programme_id, scope),
                                  self.tr("de effecttekst van %1").replace("%1", title), self.effects)

    def show_explanation_history(self) -> ChapterHistoryDialog | None:
        """The history of the selected variance's explanation."""
        from ..services.chapter_history import ChapterItem

        state = self.finance.current_state()
        if state is None:
            return None
        title = self.tr("de toelichting op %1").replace("%1", line_label(state.variance.kind).lower())
        return self._show_history(ChapterItem(self.programme_id, kind=state.variance.kind), title, self.finance)

    def _show_history(self, item: object, title: str, parent: QWidget) -> ChapterHistoryDialog | None:
        from .chapter_history_dialog import ChapterHistoryDialog

        if self.workspace is None:
            return None
        try:
            self.flush()
        except UserError as error:
            QMessageBox.warning(parent, self.tr("Geschiedenis"), error.message)
            return None
        dialog = ChapterHistoryDialog(self.workspace, item, title, parent)  # type: ignore[arg-type]
        dialog.restored.connect(lambda _field: self._reload_after_restore())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _reload_after_restore(self) -> None:
        if self.workspace is None:
            return
        scope = self.effects._scope_id
        row = self.finance.variances.currentRow()
        goals, year, editable = self._loaded
        self.load(self.workspace, self.programme_id, goals, year, editable)
        if scope:
            index = self.effects.scope.findData(scope)
            if index >= 0:
                self.effects.scope.setCurrentIndex(index)
                EffectsTab.scope_switch_requested(self.effects, scope)
        if row >= 0:
            self.finance.variances.selectRow(row)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ChapterPanels", text)

    def _switch_scope(self, new: str) -> None:
        self.flush()
        EffectsTab.scope_switch_requested(self.effects, new)

    def flush(self) -> bool:
        """Save what is pending; True when something was written. UserError when a value is wrong."""
        if self.workspace is None or not self.has_pending():
            return False
        from ..services import chapter as service

        wrote = False
        scope, text_changes = self.effects.take_text_changes()
        if text_changes:
            service.save_effect(self.workspace, self.programme_id, scope, text_changes)
            wrote = True
        if self.effects._indicators_dirty:
            service.save_indicators(self.workspace, self.programme_id, self.effects.read_indicators())
            wrote = True
        state, changes = self.finance.take_pending()
        if state is not None and changes:
            service.save_explanation(self.workspace, self.programme_id, state.variance.kind, changes)
            wrote = True
        if wrote:
            chapter = service.chapter(self.workspace)
            self.effects.set_chapter(chapter)
            self.finance.saved(chapter)
        return wrote
