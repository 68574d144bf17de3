"""The start-up quick read: an activity straight from the file, and when it may be typed in early."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from verantwoording_app.domain.blocktext import parse_markdown
from verantwoording_app.domain.model import Kengetal, ReviewState
from verantwoording_app.services.quickopen import early_activity
from verantwoording_app.services.workspace import Workspace

if TYPE_CHECKING:
    from pathlib import Path


def _first_id(workspace: Workspace) -> str:
    return workspace.tree()[0].goals[0].activities[0].id


def test_the_early_activity_is_the_stored_one(tmp_path: Path) -> None:
    path = tmp_path / "vroeg.vwdb"
    workspace = Workspace.open_default(path, author="tester")
    activity_id = _first_id(workspace)
    workspace.save_activity(activity_id, {"deadline": date(2023, 3, 1), "owner": "Fatima",
                                          "realisation": parse_markdown("**Gedaan**\n\n- een\n- twee")})
    workspace.save_kengetallen(activity_id, (Kengetal("Cheques", "aantal", Decimal(1), Decimal("2.5"), None, "TFV"),))
    workspace.add_remark(activity_id, "Graag aanvullen")
    stored = workspace.activity(activity_id)
    workspace.close()
    assert early_activity(path, activity_id) == stored


def test_no_early_activity_when_vastgesteld_or_in_a_work_package(tmp_path: Path) -> None:
    path = tmp_path / "vroeg.vwdb"
    workspace = Workspace.open_default(path, author="tester")
    first = _first_id(workspace)
    second = workspace.tree()[0].goals[0].activities[1].id
    workspace.save_activity(first, {"review_state": ReviewState.VASTGESTELD})
    workspace.close()
    assert early_activity(path, first) is None
    assert early_activity(path, second) is not None
    assert early_activity(path, "bestaat-niet") is None
    workspace = Workspace.open(path, author="tester")
    workspace._store.set_meta("werkpakket", "{}")
    workspace.close()
    assert early_activity(path, second) is None
