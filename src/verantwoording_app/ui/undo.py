"""Undoable edits: structure (add, delete, move) and fields (status, review state, replace).

Each command calls the Workspace through an *editor context* (the main window's
controller) and updates the tree model in place. Ids that change when something
deleted is recreated are followed through ``context.resolve``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..services.versioned import BasedChange, Outcome
from .noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..domain.model import Activiteit


class EditorContext(Protocol):
    """What an undo command works in (ui/structure_edits.StructureEdits): the workspace, the tree model,
    the editor's ids and saves, and the tree kept in step."""

    @property
    def workspace(self) -> Any: ...
    @property
    def model(self) -> Any: ...

    def resolve(self, node_id: str) -> str: ...
    def alias(self, old_id: str, new_id: str) -> None: ...
    def save_fields(self, activity_id: str, changes: dict[str, Any]) -> Activiteit: ...
    def save_many(self, changes: dict[str, dict[str, Any]]) -> list[Activiteit]: ...
    def save_based(self, changes: Sequence[BasedChange], source: str) -> Outcome: ...
    def activity_inserted(self, goal_id: str, position: int, activity: Activiteit) -> None: ...
    def node_removed(self, node_id: str) -> None: ...
    def goal_inserted(self, programme_id: str, position: int, goal_id: str, title: str,
                      activities: Sequence[Activiteit]) -> None: ...
    def goal_intro(self, goal_id: str) -> str: ...
    def programme_inserted(self, position: int, programme_id: str, number: str, name: str) -> None: ...
    def select(self, node_id: str) -> None: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("UndoCommand", text)


FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("UndoCommand", "status"),
    "review_state": QT_TRANSLATE_NOOP("UndoCommand", "beoordeling"),
    "title": QT_TRANSLATE_NOOP("UndoCommand", "titel"),
    "owner": QT_TRANSLATE_NOOP("UndoCommand", "eigenaar"),
    "deadline": QT_TRANSLATE_NOOP("UndoCommand", "deadline"),
    "plan_frozen": QT_TRANSLATE_NOOP("UndoCommand", "bevroren plan"),
    "plan": QT_TRANSLATE_NOOP("UndoCommand", "plantekst"),
}


UNDO_SOURCE = "ongedaan maken"
REDO_SOURCE = "opnieuw"
"""Where a step that came too late is from, in the conflicts queue (services.versioned)."""


class SetFieldCommand(QUndoCommand):
    """One field of one activity. Every step is based on the value the field had after the previous one (the
    first on ``old``), and written against the row version read with it: a field changed since by someone else
    (a colleague, the command line) sends the step to the conflicts queue instead of overwriting it; the
    command then takes nothing back or forth any more (its change is in the queue)."""

    def __init__(self, context: EditorContext, activity_id: str, field: str, old: Any, new: Any) -> None:
        super().__init__(QCoreApplication.translate("UndoCommand", "%1 wijzigen").replace("%1", QCoreApplication.translate("UndoCommand", FIELD_LABELS.get(field, field)).capitalize()))
        self.context, self.activity_id, self.field, self.old, self.new = context, activity_id, field, old, new
        self.inert = False
        self._done_once = False

    def _step(self, value: Any, base: Any, source: str) -> None:
        if self.inert:
            return
        outcome = self.context.save_based(
            [BasedChange(self.context.resolve(self.activity_id), None, {self.field: value}, {self.field: base})],
            source)
        self.inert = bool(outcome.conflicted)

    def redo(self) -> None:
        self._step(self.new, self.old, REDO_SOURCE if self._done_once else "wijziging")
        self._done_once = True

    def undo(self) -> None:
        self._step(self.old, self.new, UNDO_SOURCE)


@dataclass(frozen=True, slots=True)
class TextEdit:
    """One field of one activity before and after a replace."""

    activity_id: str
    field: str
    old: Any
    new: Any


class ReplaceCommand(QUndoCommand):
    """Search-and-replace over many activities as one undo step."""

    def __init__(self, context: EditorContext, edits: Sequence[TextEdit], count: int) -> None:
        super().__init__(QCoreApplication.translate("UndoCommand", "%1 keer vervangen").replace("%1", str(count)))
        self.context, self.edits = context, tuple(edits)

        self.queued: set[str] = set()
        """Activities changed by someone else since: their step went to the conflicts queue, and this command
        leaves them alone from then on."""
        self._done_once = False

    def _apply(self, forward: bool, source: str) -> None:
        changes: dict[str, dict[str, Any]] = {}
        bases: dict[str, dict[str, Any]] = {}
        for edit in self.edits:
            if edit.activity_id in self.queued:
                continue
            changes.setdefault(edit.activity_id, {})[edit.field] = edit.new if forward else edit.old
            bases.setdefault(edit.activity_id, {})[edit.field] = edit.old if forward else edit.new
        # one transaction for the activities still as this step expects them (a few queries, not three per
        # activity); those changed since become conflicts, never overwritten
        by_resolved = {self.context.resolve(i): i for i in changes}
        outcome = self.context.save_based(
            [BasedChange(resolved, None, changes[i], bases[i]) for resolved, i in by_resolved.items()], source)
        self.queued.update(by_resolved[i] for i in outcome.conflicted)

    def redo(self) -> None:
        self._apply(True, REDO_SOURCE if self._done_once else "vervangen")
        self._done_once = True

    def undo(self) -> None:
        self._apply(False, UNDO_SOURCE)


class AddActivityCommand(QUndoCommand):
    def __init__(self, context: EditorContext, goal_id: str, title: str, position: int) -> None:
        super().__init__(QCoreApplication.translate("UndoCommand", "Activiteit toevoegen"))
        self.context, self.goal_id, self.title, self.position = context, goal_id, title, position
        self.activity_id: str | None = None
        self.snapshot: Activiteit | None = None

    def redo(self) -> None:
        ctx = self.context
        goal_id = ctx.resolve(self.goal_id)
        if self.snapshot is None:
            self.activity_id = ctx.workspace.add_activity(goal_id, self.title, self.position)
            activity = ctx.workspace.activity(self.activity_id)
        else:
            ctx.workspace.restore_activity(goal_id, self.snapshot, self.position)
            activity = ctx.workspace.activity(self.snapshot.id)
        ctx.activity_inserted(goal_id, self.position, activity)
        ctx.select(activity.id)

    def undo(self) -> None:
        assert self.activity_id is not None
        _goal, _position, self.snapshot = self.context.workspace.delete_activity(self.activity_id)
        self.context.node_removed(self.activity_id)


class DeleteActivityCommand(QUndoCommand):
    def __init__(self, context: EditorContext, activity_id: str, title: str) -> None:
        super().__init__(QCoreApplication.translate("UndoCommand", "Activiteit '%1' verwijderen").replace("%1", title[:40]))
        self.context, self.activity_id = context, activity_id
        self.goal_id = ""
        self.position = 0
        self.snapshot: Activiteit | None = None

    def redo(self) -> None:
        self.goal_id, self.position, self.snapshot = self.context.workspace.delete_activity(self.activity_id)
        self.context.node_removed(self.activity_id)

    def undo(self) -> None:
        assert self.snapshot is not None
        ctx = self.context
        goal_id = ctx.resolve(self.goal_id)
        ctx.workspace.restore_activity(goal_id, self.snapshot, self.position)
        ctx.activity_inserted(goal_id, self.position, ctx.workspace.activity(self.activity_id))
        ctx.select(self.activity_id)


class MoveCommand(QUndoCommand):
    """Move an activity (to a position under any goal) or a goal (within its programme)."""

    def __init__(self, context: EditorContext, kind: str, node_id: str, old_parent: str, old_position: int,
                 new_parent: str, new_position: int) -> None:
        super().__init__(QCoreApplication.translate("UndoCommand", "Activiteit verplaatsen") if kind == "activity" else QCoreApplication.translate("UndoCommand", "Hoofddoel verplaatsen"))
        self.context, self.kind, self.node_id = context, kind, node_id
        self.old = (old_parent, old_position)
        self.new = (new_parent, new_position)

    def _move(self, parent: str, position: int) -> None:
        ctx = self.context
        node_id, parent = ctx.resolve(self.node_id), ctx.resolve(parent)
        if self.kind == "activity":
            ctx.workspace.move_activity(node_id, parent, position)
        else:
            ctx.workspace.move_goal(node_id, position)
        ctx.model.move_node(node_id, parent, position)
        ctx.select(node_id)

    def redo(self) -> None:
        self._move(*self.new)

    def undo(self) -> None:
        self._move(*self.old)


class AddGoalCommand(QUndoCommand):
    def __init__(self, context: EditorContext, programme_id: str, title: str, position: int) -> None:
        super().__init__(QCoreApplication.translate("UndoCommand", "Hoofddoel toevoegen"))
        self.context, self.programme_id, self.title, self.position = context, programme_id, title, position
        self.goal_id: str | None = None

    def redo(self) -> None:
        ctx = self.context
        programme_id = ctx.resolve(self.programme_id)
        new_id = ctx.workspace.add_goal(programme_id, self.title, self.position)
        if self.goal_id is None:
            self.goal_id = new_id
        else:
            ctx.alias(self.goal_id, new_id)
        ctx.goal_inserted(programme_id, self.position, new_id, self.title, ())
        ctx.select(new_id)

    def undo(self) -> None:
        assert self.goal_id is not None
        goal_id = self.context.resolve(self.goal_id)
        self.context.workspace.delete_goal(goal_id)
        self.context.node_removed(goal_id)


class DeleteGoalCommand(QUndoCommand):
    """Deletes a goal with its activities; undo recreates both, texts and all."""

    def __init__(self, context: EditorContext, goal_id: str) -> None:
        super().__init__(QCoreApplication.translate("UndoCommand", "Hoofddoel verwijderen"))
        self.context, self.goal_id = context, goal_id
        self.programme_id = ""
        self.position = 0
        self.title = ""
        self.intro = ""
        self.lineage: tuple[str, tuple[str, ...]] | None = None
        self.activities: tuple[Activiteit, ...] = ()

    def redo(self) -> None:
        ctx = self.context
        goal_id = ctx.resolve(self.goal_id)
        node = ctx.model.node(goal_id)
        self.programme_id = node.parent.id
        self.position = node.row()
        self.title = node.title
        self.intro = ctx.goal_intro(goal_id)
        self.lineage = ctx.workspace.goal_lineage(goal_id)
        self.activities = tuple(ctx.workspace.activity(child.id) for child in node.children)
        ctx.workspace.delete_goal(goal_id)
        ctx.node_removed(goal_id)

    def undo(self) -> None:
        ctx = self.context
        programme_id = ctx.resolve(self.programme_id)
        new_id = ctx.workspace.add_goal(programme_id, self.title, self.position, lineage=self.lineage)
        if self.intro:
            ctx.workspace.update_goal(new_id, {"intro": self.intro})
        for position, activity in enumerate(self.activities):
            ctx.workspace.restore_activity(new_id, activity, position)
        ctx.alias(self.goal_id, new_id)
        restored = tuple(ctx.workspace.activity(a.id) for a in self.activities)
        ctx.goal_inserted(programme_id, self.position, new_id, self.title, restored)
        ctx.select(new_id)


class AddProgrammeCommand(QUndoCommand):
    """Adds an empty programme at the end; undo removes it again, redo brings it back with its name and intro."""

    def __init__(self, context: EditorContext, number: str, name: str, position: int) -> None:
        super().__init__(QCoreApplication.translate("UndoCommand", "Programma toevoegen"))
        self.context, self.number, self.name, self.position = context, number, name, position
        self.programme_id: str | None = None
        self.intro: Any = None

    def redo(self) -> None:
        ctx = self.context
        self.programme_id = ctx.workspace.add_programme(self.number, self.name, self.position,
                                                        programme_id=self.programme_id)
        if self.intro is not None and not self.intro.is_empty:
            ctx.workspace.update_programme(self.programme_id, {"intro": self.intro})
        ctx.programme_inserted(self.position, self.programme_id, self.number, self.name)
        ctx.select(self.programme_id)

    def undo(self) -> None:
        assert self.programme_id is not None
        ctx = self.context
        programme = next((p for p in ctx.workspace.document().programmes if p.id == self.programme_id), None)
        if programme is not None:  # keep what was typed in the programme form for redo
            self.number, self.name, self.intro = programme.number, programme.name, programme.intro
        ctx.workspace.delete_programme(self.programme_id)
        ctx.node_removed(self.programme_id)
