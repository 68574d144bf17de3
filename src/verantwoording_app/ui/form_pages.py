"""The right-hand side of the window: which form shows the selected node, filled and locked as the
editor says (services/editor.py); and the early form, typed into before the store has opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView

from ..domain.errors import UserError
from ..services.editor import ACTIVITY, GOAL, PROGRAMME, LockReason

if TYPE_CHECKING:
    from pathlib import Path

    from .main_window import MainWindow
    from .tree_model import Node


class FormPages(QObject):
    """Shows a node in its form (activity, goal, programme) or the document settings."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.early_id: str | None = None
        """The activity in the early form, until the store is open."""
        self.kept_early: str | None = None
        """The activity in the form before the store opened (typed into already, perhaps; see show_early)."""

    # -- showing a node ---------------------------------------------------------------------

    def show(self, node: Node | None) -> None:
        window = self.window
        if self.early_id is not None:
            if window.workspace is None:
                return  # the early form stays (with what was typed) until the store is open
            early, self.early_id = self.early_id, None
            if node is not None and node.id == early and self._finish_early(node):
                return
        if node is None or window.workspace is None:
            window.stack.setCurrentWidget(window.placeholder)
            return
        editor = window.editor
        if node.kind == ACTIVITY:
            try:
                activity = window.workspace.activity(node.id)
            except UserError as error:
                window.statusBar().showMessage(error.message, 8000)
                return
            goal = node.parent
            programme = goal.parent if goal else None
            activity_form = window.activity_form
            activity_form.load(activity, node.label_number(), self.context_text(programme, goal))
            window.team.viewing(activity)
            self.apply_editing(node.id, activity.review_state.value)
            activity_form.set_plan_frozen(activity.plan_frozen, editor.is_coordinator())
            activity_form.set_past(editor.past_entries(activity))
            window.stack.setCurrentWidget(activity_form)
        elif node.kind == GOAL:
            default = window.document_header.goal_intro if window.document_header else ""
            window.goal_form.load(node.id, node.label_number(), node.title, editor.intros().get(node.id, ""),
                                  default)
            window.stack.setCurrentWidget(window.goal_form)
        elif node.kind == PROGRAMME:
            from ..domain.blocktext import EMPTY

            programme_form = window.programme_form
            programme_form.load(node.id, node.number, node.title, editor.intros().get(node.id, EMPTY))
            goals = [(goal.id, f"{goal.label_number()} {goal.title}") for goal in node.children]
            year = window.document_header.year if window.document_header else 0
            try:
                programme_form.chapter.load(window.workspace, node.id, goals, year, editor.may_edit(node.id))
            except UserError as error:
                window.statusBar().showMessage(error.message, 8000)
            window.stack.setCurrentWidget(programme_form)

    def apply_editing(self, activity_id: str, review_state: str) -> None:
        """Lock the activity form as the policy says: read-only, not one's own, the vastgesteld lock; review
        states the person may not set are disabled in the list, with the reason."""
        window = self.window
        form = window.activity_form
        lock = window.editor.form_lock(activity_id, review_state, form.title.text())
        reasons = {
            LockReason.READ_ONLY: self.tr("alleen lezen"),
            LockReason.NOT_YOURS: self.tr("niet in uw werkpakket"),
            LockReason.FIXED: self.tr("vastgesteld; heropen via Beoordeling"),
            LockReason.FIXED_FOR_OFFICER: self.tr("vastgesteld; alleen de coördinator kan heropenen"),
        }
        if lock.reason is None:
            form.set_read_only(False)
        else:
            form.set_read_only(True, reasons[lock.reason])
        if lock.review_enabled is not None:
            form.review.setEnabled(lock.review_enabled)
        if window.workspace is not None:
            form.set_review_refused(lock.refused_states)

    def context_text(self, programme: Node | None, goal: Node | None) -> str:
        return self.context_line(programme.display() if programme is not None else None,
                                 goal.label_number() if goal is not None else None, goal.title if goal else "")

    def context_line(self, programme: str | None, goal_number: str | None, goal_title: str) -> str:
        parts = []
        if programme is not None:
            parts.append(programme)
        if goal_number is not None:
            parts.append(self.tr("Hoofddoel %1: %2").replace("%1", goal_number).replace("%2", goal_title))
        return " › ".join(parts)

    def show_document_form(self) -> None:
        window = self.window
        if window.workspace is None:
            return
        window.flush_pending()
        window.document_form.load(window.workspace.document_header())
        window.tree.selectionModel().clearCurrentIndex()
        window.tree.clearSelection()
        window.stack.setCurrentWidget(window.document_form)
        window.document_form.year.setFocus()

    def focus_form(self) -> None:
        window = self.window
        if not window.forms_built:
            return
        page = window.stack.currentWidget()
        if page is window.activity_form:
            window.activity_form.title.setFocus()
        elif page is window.goal_form:
            window.goal_form.title.setFocus()
        elif page is window.programme_form:
            window.programme_form.name.setFocus()
        elif page is window.document_form:
            window.document_form.year.setFocus()

    def focus_realisation(self) -> None:
        if self.window.forms_built:
            self.window.activity_form.realisation.setFocus()

    # -- rights changed ----------------------------------------------------------------------

    def rights_changed(self, node: Node | None) -> None:
        """New editing rights (a database opened, a team session): lock the form anew. The form typed into
        before the store opened keeps its text; any other is loaded again."""
        window = self.window
        kept, self.kept_early = self.kept_early, None
        form = window.activity_form
        if node is not None and node.id == kept and form.activity_id == kept:
            self.apply_editing(kept, str(form.review.currentData()))
            form.set_plan_frozen(form.plan_frozen, window.editor.is_coordinator())
            return
        self.show(node)

    # -- the early form -----------------------------------------------------------------------

    def show_early(self, database: Path) -> bool:
        """Before the store has opened (SQLAlchemy still loading): the current activity in the form, read
        straight from the file, ready to type in. What is typed waits in the form (autosave holds it) and is
        saved the moment the store is open. Only where that save is certain to be possible (see
        ``quickopen.early_activity``); the review state, key figures and remarks wait for the store."""
        window = self.window
        if window.workspace is not None:
            return False
        from ..domain.model import roman
        from ..services.quickopen import early_start

        early = early_start(database)
        if early is None:
            return False
        activity, place = early.activity, early.place
        window.ensure_forms()
        form = window.activity_form
        form.set_scheme(place.scheme)
        form.set_realisation_label(place.realisation_heading)
        window.setWindowTitle(self.tr("%1 — Verantwoording").replace("%1", place.title))
        context = self.context_line(f"Programma {place.programme_number} {place.programme_name}".strip(),
                                    roman(place.goal_number), place.goal_title)
        form.load(activity, "1.", context)
        form.set_read_only(False)
        form.set_plan_frozen(activity.plan_frozen, False)
        for widget in (form.review, form.add_figure, form.remove_figure, form.add_remark_button):
            widget.setEnabled(False)
        form.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        window.stack.setCurrentWidget(form)
        window.autosave.hold()
        self.early_id = activity.id
        return True

    def _finish_early(self, node: Node) -> bool:
        """The store is open: the form filled before it keeps its text and cursor and gets what only the store
        knows (may this user edit it, frozen plan, earlier years, the checks). False: load it as usual."""
        window = self.window
        assert window.workspace is not None
        form = window.activity_form
        if form.activity_id != node.id:
            return False
        try:
            activity = window.workspace.activity(node.id)
        except UserError:
            return False
        if not form.has_pending() and activity.revision != form.revision:
            return False  # changed on disk between the quick read and the open: show what is stored now
        self.apply_editing(node.id, activity.review_state.value)
        form.set_plan_frozen(activity.plan_frozen, window.editor.is_coordinator())
        form.set_past(window.editor.past_entries(activity))
        form.set_remarks(activity.opmerkingen)
        window.stack.setCurrentWidget(form)
        window.writing_aids.check_current()
        self.kept_early = node.id
        return True
