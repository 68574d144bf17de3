"""Real conflicts for dialog tests: a coordinator and an officer edit the same fields, hand in, merge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.selection import Selection
from verantwoording_app.services import packages

if TYPE_CHECKING:
    from pathlib import Path

    from verantwoording_app.services.workspace import Workspace

OURS_EDIT = ("337 scholingscheques", "341 scholingscheques")
THEIRS_EDIT = ("40 inwoners uit Almelo begeleid", "43 inwoners uit Almelo en Wierden begeleid")


def activity_ids(ws: Workspace, goal: int = 0) -> list[str]:
    return [a.id for a in ws.tree()[0].goals[goal].activities]


def make_conflicts(coordinator: Workspace, tmp_path: Path, owner: str = "Fatima") -> list[str]:
    """Two conflicts (realisation of activity 1, portfolio holder of activity 2) and one clean change.

    Both are fields an officer may change (the title is the coordinator's: a hand-in cannot carry it).

    Returns the ids of the activities involved: [realisation conflict, title conflict].
    """
    coordinator.assign(Selection(goal="I"), owner=owner)
    handout = tmp_path / f"{owner}.vwpakket"
    packages.create_handout(coordinator, owner, handout)
    officer = packages.open_handout(handout, database=tmp_path / f"{owner}.vwdb", author=owner)
    try:
        first, second, third = activity_ids(coordinator)[:3]
        original = coordinator.activity(first).realisation.to_markdown()
        theirs = original.replace(*THEIRS_EDIT) + "\n\n- Twee nieuwe werkfit groepen gestart in november."
        ours = original.replace(*OURS_EDIT)
        officer.save_activity(first, {"realisation": BlockText.from_markdown(theirs)})
        officer.save_activity(second, {"portfolio_holder": "Wethouder (versie Fatima)"})
        officer.save_activity(third, {"status": "gereed"})
        coordinator.save_activity(first, {"realisation": BlockText.from_markdown(ours)})
        coordinator.save_activity(second, {"portfolio_holder": "Wethouder (versie coördinator)"})
        back = tmp_path / f"{owner}-terug.vwpakket"
        packages.create_handin(officer, back)
    finally:
        officer.close()
    report = packages.merge_handins(coordinator, [back])
    assert report.conflicts == 2
    return [first, second]
