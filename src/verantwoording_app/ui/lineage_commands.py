"""Undoable split and merge of activities (structure editing that records the lineage)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..domain.errors import UserError
from ..services import restructuring

if TYPE_CHECKING:
    from ..domain.model import Activiteit


class SplitActivityCommand(QUndoCommand):
    def __init__(self, context: Any, activity_id: str, title: str) -> None:
        super().__init__(QCoreApplication.translate("UndoCommand", "Activiteit '%1' splitsen").replace("%1", title[:40]))
        self.context, self.activity_id = context, activity_id
        self.part: Activiteit | None = None
        self.goal_id = ""
        self.position = 0
        self.error = ""

    def redo(self) -> None:
        ctx = self.context
        if self.part is None:
            try:
                self.part = restructuring.split_activity(ctx.workspace, ctx.resolve(self.activity_id))
            except UserError as error:
                self.error = error.message
                self.setObsolete(True)
                return
            self.goal_id, self.position = restructuring.place_of(ctx.workspace, self.part.id)
        else:
            ctx.workspace.restore_activity(ctx.resolve(self.goal_id), self.part, self.position)
        ctx.activity_inserted(ctx.resolve(self.goal_id), self.position, ctx.workspace.activity(self.part.id))
        ctx.select(self.part.id)

    def undo(self) -> None:
        assert self.part is not None
        _goal, _position, self.part = self.context.workspace.delete_activity(self.part.id)
        self.context.node_removed(self.part.id)
        self.context.select(self.context.resolve(self.activity_id))


class MergeActivitiesCommand(QUndoCommand):
    def __init__(self, context: Any, source_id: str, target_id: str, title: str) -> None:
        super().__init__(QCoreApplication.translate("UndoCommand", "Activiteit '%1' samenvoegen").replace("%1", title[:40]))
        self.context, self.source_id, self.target_id = context, source_id, target_id
        self.record: restructuring.MergeRecord | None = None
        self.error = ""

    def redo(self) -> None:
        ctx = self.context
        try:
            self.record = restructuring.merge_activities(ctx.workspace, ctx.resolve(self.source_id),
                                                         ctx.resolve(self.target_id))
        except UserError as error:
            self.error = error.message
            self.setObsolete(True)
            return
        ctx.node_removed(self.record.removed.id)
        target = ctx.workspace.activity(self.record.target_before.id)
        ctx.refresh_activity(target)
        ctx.select(target.id)

    def undo(self) -> None:
        assert self.record is not None
        ctx = self.context
        restructuring.undo_merge(ctx.workspace, self.record)
        goal_id = ctx.resolve(self.record.goal_id)
        ctx.activity_inserted(goal_id, self.record.position, ctx.workspace.activity(self.record.removed.id))
        ctx.refresh_activity(ctx.workspace.activity(self.record.target_before.id))
        ctx.select(self.record.removed.id)
