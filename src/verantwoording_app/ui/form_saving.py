"""Autosave's commit: what the four forms have pending goes to the editor (services/editor.py), and the
tree, the form and the status bar follow what was saved; a failed save keeps the text and writes an
emergency copy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime

from ..domain.errors import UserError

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from ..domain.model import Activiteit
    from .main_window import MainWindow


class FormSaving(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def commit(self) -> bool:
        """Save every form's pending edits; True when something was written (UserError: nothing lost, the
        activity form keeps its edits)."""
        window = self.window
        if window.workspace is None or not window.forms_built:
            return False
        editor = window.editor
        wrote = False
        form = window.activity_form
        if form.has_pending() and form.activity_id is not None:
            changes, figures = form.take_pending()
            try:
                activity = editor.save_activity_edits(
                    form.activity_id, changes, figures, revision=form.revision,
                    revision_seen=lambda revision: setattr(form, "revision", revision),
                    save=(lambda edits: window.team.save_activity(form, dict(edits))) if window.team.active else None)
            except UserError:
                form.restore_pending(changes, figures)
                raise
            if activity is not None:
                self.activity_saved(activity)
                wrote = True
        goal_form = window.goal_form
        if goal_form.has_pending() and goal_form.goal_id:
            goal_changes = goal_form.take_pending()
            if goal_changes:
                editor.save_goal(goal_form.goal_id, goal_changes)
                if "title" in goal_changes:
                    window.model.rename(goal_form.goal_id, goal_changes["title"])
                wrote = True
        programme_form = window.programme_form
        if programme_form.has_pending() and programme_form.programme_id:
            pid = programme_form.programme_id
            programme_changes = programme_form.take_pending()
            if programme_changes:
                editor.save_programme(pid, programme_changes)
                node = window.model.node(pid)
                if node is not None:
                    window.model.rename(pid, programme_changes.get("name", node.title),
                                        programme_changes.get("number", node.number))
                wrote = True
        if programme_form.chapter.has_pending() and programme_form.chapter.flush():
            wrote = True
            window.chapter_changed.emit()
        if window.document_form.has_pending():
            document_changes = window.document_form.take_pending()
            if document_changes:
                header = editor.save_document(document_changes)
                window.document_form.heading.setText(header.title)
                window.setWindowTitle(self.tr("%1 — Verantwoording").replace("%1", header.title))
                if "status_scheme" in document_changes:
                    window.model.set_scheme(header.status_scheme)
                    window.activity_form.set_scheme(header.status_scheme)
                window.activity_form.set_realisation_label(header.realisation_heading())
                window.activity_form.set_review_labels(header.review_labels)
                window.model.review_labels = header.review_labels
                window.structure_changed.emit()
                wrote = True
        return wrote

    def activity_saved(self, activity: Activiteit) -> None:
        """An activity was saved (here, by an undo, a merge, the team server): tree, form and listeners follow."""
        window = self.window
        window.model.update_activity(
            activity.id, title=activity.title, status=activity.status, owner=activity.owner,
            review_state=activity.review_state.value, has_realisation=not activity.realisation.is_empty,
            plan_words=activity.plan.word_count(), realisation_words=activity.realisation.word_count(),
            updated_at=activity.updated_at, updated_by=activity.updated_by, deadline=activity.deadline,
        )
        form = window.activity_form
        form.apply_saved(activity)
        if activity.id == form.activity_id:
            window.pages.apply_editing(activity.id, activity.review_state.value)  # vastgesteld locks at once
            form.set_plan_frozen(activity.plan_frozen, window.editor.is_coordinator())
        window.activity_saved.emit(activity)

    # -- the status bar -----------------------------------------------------------------------

    def show_saved(self, when: datetime) -> None:
        time = QLocale().toString(QTime(when.hour, when.minute), "HH:mm")
        self.window.saved_label.setText(self.tr("Opgeslagen om %1").replace("%1", time))

    def pending_changed(self, pending: bool) -> None:
        if pending:
            self.window.saved_label.setText(self.tr("Wijzigingen worden opgeslagen…"))

    def save_failed(self, message: str) -> None:
        from .dialogs import warn

        window = self.window
        window.saved_label.setText(self.tr("Niet opgeslagen!"))
        copy = self.write_emergency_copy(message)
        where = (self.tr("\n\nEen noodkopie van uw tekst staat in %1.").replace("%1", str(copy)) if copy else "")
        warn(window, self.tr("Opslaan is mislukt: %1\n\nUw tekst staat nog op het scherm. Het programma "
                             "probeert het elke paar seconden opnieuw; u kunt gewoon doorwerken.")
             .replace("%1", message) + where)

    def write_emergency_copy(self, reason: str) -> Path | None:
        """Unsaved edits of the open activity to a file elsewhere; the path, or None when there are none."""
        window = self.window
        form = window.activity_form if window.forms_built else None
        if form is None or not form.has_pending() or form.activity_id is None:
            return None
        changes, figures = form.take_pending()
        form.restore_pending(changes, figures)
        return window.editor.emergency_copy(form.activity_id, changes, figures, reason)
