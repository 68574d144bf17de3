"""Split and merge in the structure editor: lines recorded, every word kept, undo exact."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.errors import UserError
from verantwoording_app.domain.model import Kengetal
from verantwoording_app.services import restructuring

if TYPE_CHECKING:
    from verantwoording_app.services.workspace import Workspace


def _first_two(workspace: Workspace) -> tuple[str, str]:
    activities = workspace.tree()[0].goals[0].activities
    return activities[0].id, activities[1].id


def test_merge_keeps_texts_figures_remarks_and_the_line(workspace: Workspace) -> None:
    target_id, source_id = _first_two(workspace)
    workspace.save_kengetallen(source_id, (Kengetal("cheques", "stuks", target=Decimal(300)),))
    workspace.add_remark(source_id, "nog navragen")
    workspace.save_activity(target_id, {"plan_frozen": True})
    source, target = workspace.activity(source_id), workspace.activity(target_id)
    record = restructuring.merge_activities(workspace, source_id, target_id)
    merged = workspace.activity(target_id)
    assert merged.lineage_from == (source.lineage_id,)
    assert merged.plan.plain_text().startswith(target.plan.plain_text())
    assert merged.plan.plain_text().endswith(source.plan.plain_text())
    assert source.realisation.plain_text() in merged.realisation.plain_text()
    assert [k.label for k in merged.kengetallen] == ["cheques"]
    assert [r.text for r in merged.opmerkingen] == ["nog navragen"]
    assert not merged.plan_frozen  # the merged plan is no longer the adopted text
    assert source_id not in [a.id for a in workspace.tree()[0].goals[0].activities]
    restructuring.undo_merge(workspace, record)
    assert workspace.activity(source_id).realisation == source.realisation
    assert workspace.activity(source_id).opmerkingen[0].text == "nog navragen"
    back = workspace.activity(target_id)
    assert (back.plan, back.realisation, back.kengetallen, back.opmerkingen) == (
        target.plan, target.realisation, target.kengetallen, target.opmerkingen)
    assert back.plan_frozen
    assert back.lineage_from == ()
    assert _first_two(workspace) == (target_id, source_id)


def test_split_starts_a_new_line_from_the_old_one(workspace: Workspace) -> None:
    activity_id, _ = _first_two(workspace)
    workspace.save_activity(activity_id, {"owner": "Fatima"})
    original = workspace.activity(activity_id)
    part = restructuring.split_activity(workspace, activity_id)
    assert part.lineage_from == (original.lineage_id,)
    assert part.lineage_id not in (original.lineage_id, original.id)
    assert (part.owner, part.plan) == ("Fatima", original.plan)
    assert part.realisation == BlockText()
    assert restructuring.place_of(workspace, part.id)[1] == 1


def test_merge_refuses_itself_and_locked_activities(workspace: Workspace) -> None:
    first, second = _first_two(workspace)
    with pytest.raises(UserError, match="zichzelf"):
        restructuring.merge_activities(workspace, first, first)
    workspace.save_activity(second, {"review_state": "vastgesteld"})
    with pytest.raises(UserError, match="vastgesteld"):
        restructuring.merge_activities(workspace, first, second)
    assert len(workspace.tree()[0].goals[0].activities) == 8
