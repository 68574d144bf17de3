"""Every item model of the UI passes pytest-qt's model tester."""

from __future__ import annotations

from decimal import Decimal

from verantwoording_app.domain.model import Kengetal
from verantwoording_app.domain.textsearch import find_occurrences
from verantwoording_app.services.editor import ACTIVITY
from verantwoording_app.ui.key_figures import KeyFigureModel
from verantwoording_app.ui.overview import OverviewFilter, OverviewModel
from verantwoording_app.ui.search_dialog import Hit, HitModel
from verantwoording_app.ui.tree_model import DocumentTreeModel, Role


def loaded_tree(workspace) -> DocumentTreeModel:
    model = DocumentTreeModel()
    model.load(workspace.tree(), workspace.document_header().status_scheme)
    return model


def test_tree_model(qtmodeltester, workspace) -> None:
    model = loaded_tree(workspace)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    goal = model.index(0, 0, model.index(0, 0))
    first = model.index(0, 0, goal)
    assert first.data(Role.KIND) == ACTIVITY
    assert first.data(Role.NUMBER) == "1."
    assert first.data() == first.data(Role.TITLE)
    assert first.data(Role.HAS_REALISATION) is True


def test_tree_model_targeted_change(qtbot, workspace) -> None:
    model = loaded_tree(workspace)
    node = model.activities()[3]
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.update_activity(node.id, status="gereed")
    assert blocker.args[0] == blocker.args[1] == model.index_of(node.id)
    with qtbot.assertNotEmitted(model.dataChanged):
        model.update_activity(node.id, status="gereed")


def test_tree_structure_changes_keep_model_valid(qtmodeltester, workspace) -> None:
    model = loaded_tree(workspace)
    qtmodeltester.check(model, force_py=True)
    nodes = model.activities()
    goal_ids = [g.id for g in model.programmes()[0].children]
    model.move_node(nodes[0].id, goal_ids[1], 2)
    removed = model.remove_node(nodes[1].id)
    assert removed is not None
    model.insert_node(goal_ids[0], 0, removed)
    assert model.index_of(nodes[1].id).row() == 0
    qtmodeltester.check(model, force_py=True)


def test_overview_models(qtmodeltester, workspace) -> None:
    tree = loaded_tree(workspace)
    overview = OverviewModel(tree)
    qtmodeltester.check(overview)
    proxy = OverviewFilter()
    proxy.setSourceModel(overview)
    qtmodeltester.check(proxy)
    total = proxy.rowCount()
    assert total == len(tree.activities()) == 13
    tree.update_activity(tree.activities()[0].id, status="gereed")
    proxy.set_filters(not_done=True)
    assert proxy.rowCount() == total - 1
    proxy.set_filters(not_done=False, only_mine=True, user_name="nobody")
    assert proxy.rowCount() == 0


def test_key_figure_model(qtmodeltester) -> None:
    model = KeyFigureModel()
    model.set_figures((Kengetal("Scholingscheques", "aantal", realised=Decimal("337")),
                       Kengetal("Bereik", "%", target=Decimal("12.5"))))
    qtmodeltester.check(model)
    index = model.index(1, 3)
    assert index.data() == "12,5"
    assert model.setData(model.index(0, 3), "1.234,5")
    assert model.figures()[0].target == Decimal("1234.5")
    assert not model.setData(model.index(0, 3), "twaalf")


def test_hit_model(qtmodeltester, workspace) -> None:
    activity = workspace.activity(workspace.tree()[0].goals[0].activities[0].id)
    occurrences = find_occurrences(activity, "Almelo")
    assert occurrences
    model = HitModel()
    model.set_hits([Hit("1.I.1", activity.title, o) for o in occurrences] + [Hit("1.I.2", "x", None, "[a]")],
                   [activity.id])
    qtmodeltester.check(model)
