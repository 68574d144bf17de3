"""Structure edits as undo steps (add, delete, move, rename; a field of the open activity; remarks), and
the context the undo commands work in (ui/undo.py ``EditorContext``): the editor's ids and saves
(services/editor.py), the tree kept in step with what they changed."""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from ..domain.errors import UserError
from ..services.editor import ACTIVITY, GOAL, PROGRAMME
from .tree_model import Node, activity_node

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..domain.model import Activiteit
    from ..services.versioned import BasedChange, Outcome
    from ..services.workspace import Workspace
    from .main_window import MainWindow
    from .tree_model import DocumentTreeModel


def _undo() -> Any:
    from . import undo

    return undo


def _dialogs() -> Any:
    from . import dialogs

    return dialogs


class StructureEdits(QObject):
    """The window's structure commands; also the undo commands' :class:`~.undo.EditorContext`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # -- the undo context -----------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace | None:
        return self.window.workspace

    @property
    def model(self) -> DocumentTreeModel:
        return self.window.model

    def resolve(self, node_id: str) -> str:
        return self.window.editor.resolve(node_id)

    def alias(self, old_id: str, new_id: str) -> None:
        self.window.editor.alias(old_id, new_id)

    def select(self, node_id: str) -> None:
        self.window.select(node_id)

    def goal_intro(self, goal_id: str) -> str:
        return self.window.editor.goal_intro(goal_id)

    def save_fields(self, activity_id: str, changes: dict[str, Any]) -> Activiteit:
        self.window.flush_pending()
        activity = self.window.editor.save_fields(activity_id, changes)
        self.refresh_activity(activity)
        return activity

    def save_many(self, changes: dict[str, dict[str, Any]]) -> list[Activiteit]:
        """Save changes to many activities in one transaction (replace all), then update tree and form."""
        self.window.flush_pending()
        saved = self.window.editor.save_many(changes)
        for activity in saved:
            self.refresh_activity(activity)
        return saved

    def save_based(self, changes: Sequence[BasedChange], source: str) -> Outcome:
        """Save changes based on the values they were made on (undo, redo, replace); what was changed since by
        someone else goes to the conflicts queue (services.versioned) and the status bar says so."""
        self.window.flush_pending()
        outcome = self.window.editor.save_based(changes, source)
        for activity in outcome.saved:
            self.refresh_activity(activity)
        if outcome.conflicted:
            self.window.statusBar().showMessage(self.tr(
                "Intussen elders gewijzigd: %1 activiteit(en). Daar is niets overschreven; deze wijziging staat "
                "bij Conflicten om uit te kiezen.").replace("%1", str(len(outcome.conflicted))), 15000)
            team = getattr(self.window, "team", None)
            if team is not None and team.active:
                team.conflict_button.show()
        return outcome

    def refresh_activity(self, activity: Activiteit) -> None:
        """This activity changed (here or elsewhere): show it in tree and form."""
        self.window.saving.activity_saved(activity)

    def activity_inserted(self, goal_id: str, position: int, activity: Activiteit) -> None:
        self.model.insert_node(goal_id, position, activity_node(_tree_row(activity)))
        self.window.structure_changed.emit()

    def node_removed(self, node_id: str) -> None:
        window = self.window
        current = window.current_node()
        ancestors = set()
        while current is not None:
            ancestors.add(current.id)
            current = current.parent
        if node_id in ancestors:
            window.autosave.discard()
            window.activity_form.clear()
            window.stack.setCurrentWidget(window.placeholder)
        self.model.remove_node(node_id)
        window.structure_changed.emit()

    def programme_inserted(self, position: int, programme_id: str, number: str, name: str) -> None:
        self.window.editor.forget_intros()
        self.model.insert_node("", position, Node(PROGRAMME, programme_id, name, number=number))
        self.window.structure_changed.emit()

    def goal_inserted(self, programme_id: str, position: int, goal_id: str, title: str,
                      activities: Sequence[Activiteit]) -> None:
        node = Node(GOAL, goal_id, title)
        for activity in activities:
            child = activity_node(_tree_row(activity))
            child.parent = node
            node.children.append(child)
        self.model.insert_node(programme_id, position, node)
        self.window.tree.expand(self.model.index_of(goal_id))
        self.window.structure_changed.emit()

    # -- commands -----------------------------------------------------------------------------

    def push(self, command: Any) -> None:
        self.window.undo_stack.push(command)

    def field_command(self, field: str, old: Any, new: Any) -> None:
        form = self.window.activity_form
        if form.activity_id:
            self.push(_undo().SetFieldCommand(self, form.activity_id, field, old, new))

    def take_plan(self, activity_id: str, plan: Any) -> None:
        """Take a text from the activity's lineage as its plan, as one undoable step."""
        window = self.window
        window.flush_pending()
        if window.workspace is None:
            return
        old = window.workspace.activity(activity_id).plan
        if old != plan:
            self.push(_undo().SetFieldCommand(self, activity_id, "plan", old, plan))

    def add_activity(self, title: str | None = None) -> None:
        window = self.window
        place = window.editor.place_for_activity(window.current_node())
        if place is None:
            return
        window.flush_pending()
        self.push(_undo().AddActivityCommand(self, place.parent_id, title or self.tr("Nieuwe activiteit"),
                                             place.position))
        window.activity_form.title.setFocus()
        window.activity_form.title.selectAll()

    def add_goal(self, title: str | None = None) -> None:
        window = self.window
        place = window.editor.place_for_goal(window.current_node())
        if place is None:
            return
        window.flush_pending()
        self.push(_undo().AddGoalCommand(self, place.parent_id, title or self.tr("Nieuw hoofddoel"), place.position))
        window.goal_form.title.setFocus()
        window.goal_form.title.selectAll()

    def add_programme(self, name: str | None = None) -> None:
        """A new, empty programme at the end, numbered after the highest programme number."""
        window = self.window
        if window.workspace is None:
            return
        window.flush_pending()
        number, position = window.editor.next_programme()
        self.push(_undo().AddProgrammeCommand(self, number, name or self.tr("Nieuw programma"), position))
        window.programme_form.name.setFocus()
        window.programme_form.name.selectAll()

    def delete_selected(self, confirmed: bool = False) -> None:
        window = self.window
        node = window.current_node()
        if node is None or node.kind not in (GOAL, ACTIVITY):
            return
        if node.kind == ACTIVITY:
            question = self.tr("Activiteit %1 '%2' verwijderen?\n\nU kunt dit ongedaan maken met Ctrl+Z.")
        else:
            question = self.tr("Hoofddoel %1 '%2' met al zijn activiteiten verwijderen?\n\nU kunt dit ongedaan "
                               "maken met Ctrl+Z.")
        question = question.replace("%1", node.label_number()).replace("%2", node.title)
        if not confirmed and not _dialogs().confirm(window, self.tr("Verwijderen"), question):
            return
        window.flush_pending()
        if node.kind == ACTIVITY:
            self.push(_undo().DeleteActivityCommand(self, node.id, node.title))
        else:
            if not self.backup_before_bulk_change(len(node.children)):
                return
            self.push(_undo().DeleteGoalCommand(self, node.id))

    def backup_before_bulk_change(self, activities: int) -> bool:
        """A change to more than one activity makes a backup first; False (and a message) when it failed."""
        window = self.window
        if window.workspace is None:
            return False
        try:
            window.editor.backup_before_bulk_change(activities)
        except UserError as error:
            _dialogs().warn(window, self.tr("Er is niets gewijzigd: %1").replace("%1", error.message),
                            self.tr("Reservekopie"))
            return False
        return True

    def rename_selected(self) -> None:
        window = self.window
        if window.current_node() is None:
            return
        window.pages.focus_form()
        editor = window.stack.currentWidget()
        field = getattr(editor, "title", None) or getattr(editor, "name", None)
        if field is not None:
            field.selectAll()

    def move_selected(self, step: int) -> None:
        node = self.window.current_node()
        place = self.window.editor.move_target(node, step)
        if node is not None and place is not None:
            self.move(node, place.parent_id, place.position)

    def move_requested(self, kind: str, node_id: str, parent_id: str, position: int) -> None:
        """A drop in the tree."""
        node = self.model.node(node_id)
        if node is not None:
            # after the drop has finished: the view must not see the model change under it
            QTimer.singleShot(0, lambda: self.move(node, parent_id, position))

    def move(self, node: Node, parent_id: str, position: int) -> None:
        assert node.parent is not None
        self.window.flush_pending()
        self.push(_undo().MoveCommand(self, node.kind, node.id, node.parent.id, node.row(), parent_id, position))
        self.window.structure_changed.emit()

    # -- remarks ------------------------------------------------------------------------------

    def add_remark(self, text: str) -> None:
        window = self.window
        if window.workspace is None or window.activity_form.activity_id is None:
            return
        remark = window.workspace.add_remark(window.activity_form.activity_id, text)
        window.activity_form.add_remark_item(remark)

    def resolve_remark(self, remark_id: str, resolved: bool) -> None:
        if self.window.workspace is not None:
            self.window.workspace.set_remark_resolved(remark_id, resolved)


def _tree_row(activity: Activiteit) -> SimpleNamespace:
    """The fields of a tree row, from a full activity (after an insert or restore)."""
    return SimpleNamespace(
        id=activity.id, title=activity.title, status=activity.status, owner=activity.owner,
        review_state=activity.review_state.value, has_realisation=not activity.realisation.is_empty,
        plan_words=activity.plan.word_count(), realisation_words=activity.realisation.word_count(),
        updated_at=activity.updated_at, updated_by=activity.updated_by, deadline=activity.deadline,
    )
