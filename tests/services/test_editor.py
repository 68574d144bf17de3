"""The editor controller without a window: permissions, saving the forms, where structure edits go,
the undo context's ids, the intros and the chapter, driven over a plain tree built from the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.errors import UserError
from verantwoording_app.domain.model import Kengetal
from verantwoording_app.domain.selection import Selection
from verantwoording_app.services import packages
from verantwoording_app.services.editor import ACTIVITY, GOAL, PROGRAMME, Editor, LockReason, Place
from verantwoording_app.services.workspace import Workspace

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from pathlib import Path


@dataclass(eq=False)
class PlainNode:
    kind: str
    id: str
    title: str
    number: str = ""
    owner: str = ""
    review_state: str = "concept"
    parent: PlainNode | None = None
    children: list[PlainNode] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0


class PlainTree:
    """The tree as the window would show it, built from ``Workspace.tree()``."""

    def __init__(self, workspace: Workspace) -> None:
        self.root = PlainNode("root", "", "")
        for programme in workspace.tree():
            p = PlainNode(PROGRAMME, programme.id, programme.name, number=programme.number, parent=self.root)
            self.root.children.append(p)
            for goal in programme.goals:
                g = PlainNode(GOAL, goal.id, goal.title, parent=p)
                p.children.append(g)
                g.children = [PlainNode(ACTIVITY, a.id, a.title, owner=a.owner, review_state=a.review_state,
                                        parent=g) for a in goal.activities]
        self.nodes = {}
        stack = [self.root]
        while stack:
            node = stack.pop()
            self.nodes[node.id] = node
            stack += node.children

    def node(self, node_id: str) -> PlainNode | None:
        return self.nodes.get(node_id)

    def programmes(self) -> Sequence[PlainNode]:
        return self.root.children


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open_default(tmp_path / "coordinator.vwdb", author="coördinator")
    ws.assign(Selection(goal="I"), owner="Fatima")
    ws.assign(Selection(goal="II"), owner="Piet")
    yield ws
    ws.close()


def _editor(workspace: Workspace) -> tuple[Editor, PlainTree]:
    tree = PlainTree(workspace)
    editor = Editor(tree)
    editor.open(workspace)
    editor.reload()
    return editor, tree


def _goal(tree: PlainTree, row: int) -> PlainNode:
    return tree.programmes()[0].children[row]


def test_a_coordinator_may_edit_everything(coordinator: Workspace) -> None:
    editor, tree = _editor(coordinator)
    activity = _goal(tree, 1).children[0]
    assert editor.is_coordinator()
    assert editor.may_edit(activity.id)
    assert editor.may_edit_field(activity.id, "owner")
    assert editor.fixed_fields() == frozenset()
    assert editor.editable_ids() is None
    assert not editor.form_lock(activity.id, "concept").read_only


def test_an_officer_may_edit_only_their_own_activities_and_fields(coordinator: Workspace, tmp_path: Path) -> None:
    handout = tmp_path / "fatima.vwpakket"
    packages.create_handout(coordinator, "Fatima", handout)
    fatima = packages.open_handout(handout, database=tmp_path / "fatima.vwdb", author="Fatima")
    try:
        editor, tree = _editor(fatima)
        own, other = _goal(tree, 0).children[0], _goal(tree, 1).children[0]
        assert not editor.is_coordinator()
        assert editor.may_edit(own.id)
        assert not editor.may_edit(other.id)
        assert not editor.may_edit(_goal(tree, 0).id)  # a goal: structure, the coordinator's
        assert editor.may_edit_field(own.id, "realisation")
        assert not editor.may_edit_field(own.id, "owner")
        assert "owner" in editor.fixed_fields()
        assert "title" in editor.fixed_fields()
        assert editor.editable_ids() == frozenset(a.id for a in _goal(tree, 0).children)
        assert editor.form_lock(other.id, "concept").reason is LockReason.NOT_YOURS
        refused = editor.form_lock(own.id, "concept", own.title).refused_states
        assert set(refused) == {"akkoord", "vastgesteld"}  # an officer cannot approve their own work
        assert "niemand keurt zijn eigen werk goed" in refused["vastgesteld"]
    finally:
        fatima.close()


def test_vastgesteld_locks_the_form_and_only_the_coordinator_reopens(coordinator: Workspace) -> None:
    editor, tree = _editor(coordinator)
    activity = _goal(tree, 0).children[0]
    lock = editor.form_lock(activity.id, "vastgesteld")
    assert lock.reason is LockReason.FIXED
    assert lock.review_enabled is True


def test_a_read_only_database_edits_nothing(coordinator: Workspace) -> None:
    location = coordinator.location
    coordinator.close()
    reader = Workspace.open(location, read_only=True)
    try:
        editor, tree = _editor(reader)
        activity = _goal(tree, 0).children[0]
        assert not editor.writable
        assert not editor.may_edit()
        assert not editor.may_edit(activity.id)
        assert editor.form_lock(activity.id, "concept").reason is LockReason.READ_ONLY
    finally:
        reader.close()


def test_saving_the_activity_form_checks_the_revision(coordinator: Workspace) -> None:
    editor, tree = _editor(coordinator)
    activity_id = _goal(tree, 0).children[0].id
    revision = coordinator.activity(activity_id).revision
    seen: list[int] = []
    saved = editor.save_activity_edits(activity_id, {"realisation": BlockText.from_markdown("Gedaan.")},
                                       (Kengetal("Deelnemers", realised=Decimal(12)),), revision=revision,
                                       revision_seen=seen.append)
    assert saved is not None
    assert saved.realisation.to_markdown().strip() == "Gedaan."
    assert saved.kengetallen[0].realised == Decimal(12)
    assert seen[-1] == saved.revision
    assert len(seen) == 2
    with pytest.raises(UserError):  # the form still shows the old revision: someone else's change is kept
        editor.save_activity_edits(activity_id, {"title": "Ouder"}, None, revision=revision)
    assert coordinator.activity(activity_id).title != "Ouder"
    assert editor.save_activity_edits(activity_id, {}, None, revision=saved.revision) is None


def test_goal_programme_and_document_saves_keep_intros_and_header(coordinator: Workspace) -> None:
    editor, tree = _editor(coordinator)
    goal, programme = _goal(tree, 0), tree.programmes()[0]
    assert editor.goal_intro(goal.id) == ""
    editor.save_goal(goal.id, {"intro": "Waarom dit doel."})
    assert editor.goal_intro(goal.id) == "Waarom dit doel."
    editor.forget_intros()
    assert editor.goal_intro(goal.id) == "Waarom dit doel."  # read again from the store
    editor.save_programme(programme.id, {"name": "Werk"})
    assert coordinator.tree()[0].name == "Werk"
    header = editor.save_document({"year": 2023})
    assert header.year == 2023
    assert editor.header is header


def test_where_new_activities_goals_and_programmes_go(coordinator: Workspace) -> None:
    editor, tree = _editor(coordinator)
    first, second = _goal(tree, 0), _goal(tree, 1)
    assert editor.place_for_activity(first) == Place(first.id, len(first.children))
    assert editor.place_for_activity(first.children[2]) == Place(first.id, 3)
    assert editor.place_for_activity(tree.programmes()[0]) is None
    assert editor.place_for_activity(None) is None
    programme = tree.programmes()[0]
    assert editor.place_for_goal(programme) == Place(programme.id, 2)
    assert editor.place_for_goal(first) == Place(programme.id, 1)
    assert editor.place_for_goal(second.children[0]) == Place(programme.id, 2)
    assert editor.next_programme() == ("2", 1)


def test_moves_cross_into_the_neighbouring_goal(coordinator: Workspace) -> None:
    editor, tree = _editor(coordinator)
    first, second = _goal(tree, 0), _goal(tree, 1)
    assert editor.move_target(first.children[1], -1) == Place(first.id, 0)
    assert editor.move_target(first.children[-1], 1) == Place(second.id, 0)
    assert editor.move_target(second.children[0], -1) == Place(first.id, len(first.children))
    assert editor.move_target(first.children[0], -1) is None  # the first activity of the first goal
    assert editor.move_target(first, -1) is None
    assert editor.move_target(first, 1) == Place(tree.programmes()[0].id, 1)
    assert editor.move_target(tree.programmes()[0], 1) is None


def test_ids_that_changed_are_followed(coordinator: Workspace) -> None:
    editor, _tree = _editor(coordinator)
    editor.alias("a", "b")
    editor.alias("b", "c")
    editor.alias("a", "c")  # already there: no loop
    assert editor.resolve("a") == "c"
    assert editor.resolve("b") == "c"
    assert editor.resolve("x") == "x"
    editor.open(coordinator)
    assert editor.resolve("a") == "a"  # a new document: the old ids mean nothing


def test_opening_another_workspace_closes_the_first(coordinator: Workspace, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    editor, _tree = _editor(coordinator)
    closed: list[Workspace] = []
    second = Workspace.open_default(tmp_path / "tweede.vwdb", author="test")
    for workspace in (coordinator, second):
        monkeypatch.setattr(workspace, "close", lambda w=workspace: closed.append(w))
    editor.open(coordinator)  # the same one again: kept open
    assert closed == []
    editor.open(second)
    assert editor.workspace is second
    assert closed == [coordinator]
    editor.close()
    assert editor.workspace is None
    assert closed == [coordinator, second]


def test_preview_and_clipboard_hold_the_chapter(coordinator: Workspace) -> None:
    editor, tree = _editor(coordinator)
    html, name = editor.preview()
    title = coordinator.document_header().title
    assert name == f"{title}.pdf"
    assert "CONCEPT" in html
    content = editor.clipboard(Selection(goal="II"))
    assert _goal(tree, 1).children[0].title in content.text
    assert _goal(tree, 0).children[0].title not in content.text


def test_many_saves_in_one_step(coordinator: Workspace) -> None:
    editor, tree = _editor(coordinator)
    ids = [a.id for a in _goal(tree, 1).children[:2]]
    saved = editor.save_many({ids[0]: {"status": "gereed"}, ids[1]: {"title": "Nieuw"}})
    assert [a.id for a in saved] == ids
    assert editor.save_fields(ids[0], {"owner": "Piet"}).owner == "Piet"
