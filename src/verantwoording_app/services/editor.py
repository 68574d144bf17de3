"""The editor's use cases without a widget: what the main window decides that is not widget wiring.

:class:`Editor` holds the open Workspace and answers what the window asks: may this person edit this
node or field (through ``domain/policy.py``), how is the form locked, where does a new activity, goal
or programme go and where does a move land, save what a form has pending, follow ids that changed when
an undo recreated something (the undo commands' context), the intros the tree rows do not carry, and
the chapter for the preview and the clipboard. ``ui/main_window.py`` wires widgets and actions to it;
``tests/services/test_editor.py`` drives it without a window.

The tree is whatever the window shows, seen through :class:`Tree` (the Qt item model satisfies it;
a test builds one from ``Workspace.tree()``). Nothing here imports Qt, and nothing heavy at import
time: the window creates its Editor before the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from pathlib import Path

    from ..domain.model import Activiteit, Document, Kengetal, LineageEntry
    from ..domain.policy import Person
    from ..domain.selection import Selection
    from ..formats.html_export import ClipboardContent
    from .versioned import BasedChange, Outcome
    from .workspace import Workspace

PROGRAMME, GOAL, ACTIVITY = "programme", "goal", "activity"
"""The kinds of tree node."""

STRUCTURE_FIELDS = frozenset({"title", "owner", "portfolio_holder", "deadline", "status"})
"""The form's fields above the texts that an officer's permissions can fix (grey out)."""


class TreeNode(Protocol):
    """One node of the tree the window shows (``ui/tree_model.Node``): read only here."""

    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def number(self) -> str: ...
    @property
    def owner(self) -> str: ...
    @property
    def review_state(self) -> str: ...
    @property
    def parent(self) -> TreeNode | None: ...
    @property
    def children(self) -> Sequence[TreeNode]: ...
    def row(self) -> int: ...


class Tree(Protocol):
    """The tree as the window shows it (``ui/tree_model.DocumentTreeModel``)."""

    def node(self, node_id: str) -> TreeNode | None: ...
    def programmes(self) -> Sequence[TreeNode]: ...


class LockReason(StrEnum):
    """Why the activity form is read-only; the window says it in the user's language."""

    READ_ONLY = "read_only"
    """The database is open read-only."""
    NOT_YOURS = "not_yours"
    """An officer's work package: not one of their activities."""
    FIXED = "fixed"
    """Vastgesteld; this person (the coordinator) can reopen it through the review state."""
    FIXED_FOR_OFFICER = "fixed_for_officer"
    """Vastgesteld; only the coordinator can reopen it."""


@dataclass(frozen=True, slots=True)
class FormLock:
    """How the activity form is locked, as the policy says."""

    reason: LockReason | None = None
    """None: the form can be edited."""
    review_enabled: bool | None = None
    """For a vastgesteld activity: whether the review state can still change (None: as the form is)."""
    refused_states: Mapping[str, str] = field(default_factory=dict)
    """Review states this person may not set from here, each with the reason (rendered)."""

    @property
    def read_only(self) -> bool:
        return self.reason is not None


@dataclass(frozen=True, slots=True)
class Place:
    """Where something goes in the tree: under ``parent_id`` (empty for a programme) at ``position``."""

    parent_id: str
    position: int


def _policy() -> Any:
    """``domain/policy.py``, imported on first use: the window paints before the domain is loaded."""
    from ..domain import policy

    return policy


class Editor:
    """The open document as the editor sees it; no widgets. See the module docstring."""

    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        self.workspace: Workspace | None = None
        self.header: Document | None = None
        """The document without its programmes (title, year, scheme, labels), as last read or saved."""
        self._aliases: dict[str, str] = {}
        self._intros: dict[str, Any] | None = None

    # -- opening ---------------------------------------------------------------------

    def open(self, workspace: Workspace) -> None:
        """Edit this workspace from now on; the one before is closed, ids and intros are forgotten."""
        old, self.workspace = self.workspace, workspace
        self._aliases.clear()
        self._intros = None
        self.header = None
        if old is not None and old is not workspace:
            old.close()

    def close(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    def reload(self) -> Document:
        """Read the header again (after an import or an open); the intros are read again when asked."""
        workspace = self._open_workspace()
        self._intros = None
        self.header = workspace.document_header()
        return self.header

    def _open_workspace(self) -> Workspace:
        if self.workspace is None:
            raise RuntimeError("no workspace is open")
        return self.workspace

    # -- who may do what (domain/policy.py) ----------------------------------------------

    @property
    def person(self) -> Person | None:
        return self.workspace.person if self.workspace is not None else None

    @property
    def writable(self) -> bool:
        """A database is open and it can be written."""
        return self.workspace is not None and not self.workspace.read_only

    def may_edit(self, node_id: str | None = None) -> bool:
        """Whether this person may change the node: the policy's ``can_edit`` for an activity; the document
        as such (``None``) when the database is writable; another node only for the coordinator."""
        if self.workspace is None or self.workspace.read_only:
            return False
        person = self.workspace.person
        if node_id is None or person.is_coordinator:
            return True
        node = self.tree.node(node_id)
        if node is None or node.kind != ACTIVITY:
            return False
        return bool(_policy().can_edit(person, node).allowed)

    def may_edit_field(self, activity_id: str, field_name: str) -> bool:
        """Whether this person may change one field of an activity now (the vastgesteld lock included)."""
        node = self.tree.node(activity_id)
        if node is None or self.workspace is None or not self.may_edit(activity_id):
            return False
        return bool(_policy().can_edit_field(self.workspace.person, node, field_name).allowed)

    def is_coordinator(self) -> bool:
        """A writable database of the coordinator's own (not an officer's work package): structure edits,
        replace, imports and the document settings are offered."""
        return self.may_edit() and self.workspace is not None and self.workspace.person.is_coordinator

    def editable_ids(self) -> frozenset[str] | None:
        """The activities this person may edit (None: all); what the tree marks as the officer's own."""
        if not self.writable:
            return None
        assert self.workspace is not None
        return self.workspace.person.activities

    def fixed_fields(self) -> frozenset[str]:
        """The form's fields this person may not change in any activity (an officer's package)."""
        if not self.writable:
            return frozenset()
        assert self.workspace is not None
        person = self.workspace.person
        return frozenset() if person.is_coordinator else STRUCTURE_FIELDS - person.allowed_fields()

    def form_lock(self, activity_id: str, review_state: str, title: str = "") -> FormLock:
        """How the activity form is locked: read-only, not one's own, the vastgesteld lock; and the review
        states this person may not set, with the reason."""
        policy = _policy()
        from ..domain.model import ReviewState

        workspace = self.workspace
        person = workspace.person if workspace is not None else None
        reason: LockReason | None = None
        review_enabled: bool | None = None
        if workspace is not None and workspace.read_only:
            reason = LockReason.READ_ONLY
        elif not self.may_edit(activity_id):
            reason = LockReason.NOT_YOURS
        elif review_state == policy.LOCKED_STATE.value:
            coordinator = person is not None and person.is_coordinator
            reason = LockReason.FIXED if coordinator else LockReason.FIXED_FOR_OFFICER
            review_enabled = coordinator
        refused: dict[str, str] = {}
        if person is not None:
            for state in ReviewState:
                decision = policy.can_set_review(person, review_state, state, title)
                if decision.reason is not None:
                    refused[state.value] = decision.reason.render()
        return FormLock(reason, review_enabled, refused)

    # -- saving what the forms have pending ------------------------------------------------

    def save_activity_edits(
        self,
        activity_id: str,
        changes: Mapping[str, object],
        figures: tuple[Kengetal, ...] | None,
        *,
        revision: int | None,
        revision_seen: Callable[[int], None] = lambda _revision: None,
        save: Callable[[Mapping[str, object]], Activiteit] | None = None,
    ) -> Activiteit | None:
        """Save the activity form's pending edits: its fields (against the revision the form shows; a
        newer one is a conflict), then its key figures. ``save`` replaces the field save (the team
        server's); ``revision_seen`` hears each new revision at once, so a retry after a failed figure
        save sends the right one. The saved activity, or None when there was nothing to save."""
        workspace = self._open_workspace()
        activity: Activiteit | None = None
        if changes:
            activity = (save(changes) if save is not None else
                        workspace.save_activity(activity_id, changes, expected_revision=revision))
            revision_seen(activity.revision)
        if figures is not None:
            workspace.save_kengetallen(activity_id, figures)
            activity = workspace.activity(activity_id)
            revision_seen(activity.revision)
        return activity

    def save_goal(self, goal_id: str, changes: Mapping[str, str]) -> None:
        self._open_workspace().update_goal(goal_id, changes)
        if "intro" in changes and self._intros is not None:
            self._intros[goal_id] = changes["intro"]

    def save_programme(self, programme_id: str, changes: Mapping[str, object]) -> None:
        self._open_workspace().update_programme(programme_id, changes)
        if "intro" in changes and self._intros is not None:
            self._intros[programme_id] = changes["intro"]

    def save_document(self, changes: Mapping[str, object]) -> Document:
        """Save the document settings; the new header (also kept as :attr:`header`)."""
        self.header = self._open_workspace().update_document(changes)
        return self.header

    def save_fields(self, activity_id: str, changes: Mapping[str, object]) -> Activiteit:
        """Change fields of one activity (an undo step, the overview, a take-over from the lineage)."""
        return self._open_workspace().save_activity(activity_id, changes)

    def save_many(self, changes: Mapping[str, Mapping[str, object]]) -> list[Activiteit]:
        """Change many activities in one transaction (replace all); the saved ones in the same order."""
        return self._open_workspace().save_activities(changes)

    def save_based(self, changes: Sequence[BasedChange], source: str) -> Outcome:
        """Changes based on the values (or row versions) they were made on: saved, or, where the activity was
        changed since, conflicts in the queue (undo, redo, search-and-replace)."""
        from .versioned import save_based_on

        return save_based_on(self._open_workspace(), changes, source=source)

    def emergency_copy(self, activity_id: str, changes: Mapping[str, object],
                       figures: tuple[Kengetal, ...] | None, reason: str) -> Path | None:
        """Unsaved edits of an activity to a file elsewhere (saving failed); None when that failed too."""
        from ..domain.errors import UserError
        from .emergency import write_emergency_copy

        edits = dict(changes)
        if figures is not None:
            edits["kengetallen"] = "; ".join(f"{k.label}: {k.realised}" for k in figures)
        node = self.tree.node(activity_id)
        try:
            return write_emergency_copy({activity_id: edits},
                                        titles={activity_id: node.title if node else activity_id}, reason=reason)
        except UserError:
            return None

    # -- the undo commands' context: ids that changed ----------------------------------------

    def resolve(self, node_id: str) -> str:
        """The id a node has now (a deleted goal recreated by an undo gets a new id)."""
        seen = set()
        while node_id in self._aliases and node_id not in seen:
            seen.add(node_id)
            node_id = self._aliases[node_id]
        return node_id

    def alias(self, old_id: str, new_id: str) -> None:
        current = self.resolve(old_id)
        if current != new_id:
            self._aliases[current] = new_id

    # -- structure: where things go -------------------------------------------------------

    def place_for_activity(self, node: TreeNode | None) -> Place | None:
        """A new activity: at the end of the chosen goal, or right after the chosen activity."""
        if node is None or node.kind not in (GOAL, ACTIVITY):
            return None
        goal = node if node.kind == GOAL else node.parent
        assert goal is not None
        return Place(goal.id, len(goal.children) if node.kind == GOAL else node.row() + 1)

    def place_for_goal(self, node: TreeNode | None) -> Place | None:
        """A new goal: at the end of the chosen programme, or right after the chosen goal (or the goal
        of the chosen activity)."""
        if node is None:
            return None
        programme = node
        while programme.kind != PROGRAMME and programme.parent is not None:
            programme = programme.parent
        position = len(programme.children)
        if node.kind == GOAL:
            position = node.row() + 1
        elif node.kind == ACTIVITY and node.parent is not None:
            position = node.parent.row() + 1
        return Place(programme.id, position)

    def next_programme(self) -> tuple[str, int]:
        """A new programme: its number (one after the highest numeric one) and its position (the end)."""
        programmes = self.tree.programmes()
        numbers = [int(p.number) for p in programmes if p.number.strip().isdigit()]
        return str(max(numbers, default=0) + 1), len(programmes)

    def move_target(self, node: TreeNode | None, step: int) -> Place | None:
        """Where one step up (-1) or down (+1) takes a goal or an activity; an activity over the edge of
        its goal goes into the neighbouring goal. None: it cannot move that way."""
        if node is None or node.parent is None or node.kind not in (GOAL, ACTIVITY):
            return None
        parent = node.parent
        position = node.row() + step
        if 0 <= position < len(parent.children):
            return Place(parent.id, position)
        if node.kind != ACTIVITY:
            return None
        programme = parent.parent
        assert programme is not None
        goal_row = parent.row() + step
        if not 0 <= goal_row < len(programme.children):
            return None
        target = programme.children[goal_row]
        return Place(target.id, len(target.children) if step < 0 else 0)

    def backup_before_bulk_change(self, activities: int) -> None:
        """A change to more than one activity (deleting a goal) makes a backup first; raises UserError
        when that failed (and nothing may change)."""
        self._open_workspace().backup_before_bulk_change(activities)

    # -- reading for the forms ----------------------------------------------------------------

    def intros(self) -> dict[str, Any]:
        """Goal and programme intros by id: not in the tree rows, read once from the document."""
        if self._intros is None:
            document = self._open_workspace().document()
            intros: dict[str, Any] = {}
            for programme in document.programmes:
                intros[programme.id] = programme.intro
                for goal in programme.goals:
                    intros[goal.id] = goal.intro
            self._intros = intros
        return self._intros

    def forget_intros(self) -> None:
        """A programme or goal was added: read the intros again when next asked."""
        self._intros = None

    def goal_intro(self, goal_id: str) -> str:
        return str(self.intros().get(goal_id, ""))

    def past_entries(self, activity: Activiteit) -> tuple[LineageEntry, ...]:
        return self._open_workspace().past_entries(activity)

    # -- the chapter as a whole ------------------------------------------------------------

    def preview(self) -> tuple[str, str]:
        """The chapter as HTML for the preview, and the suggested name of its PDF."""
        from ..formats.html_export import chapter_html

        document = self._open_workspace().document()
        return chapter_html(document, preview=True), f"{document.title}.pdf"

    def clipboard(self, selection: Selection) -> ClipboardContent:
        """The chapter (or the selected part) as HTML and plain text, for pasting into Word."""
        from ..domain.selection import select
        from ..formats.html_export import clipboard_content

        return clipboard_content(select(self._open_workspace().document(), selection))
