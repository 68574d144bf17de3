"""Working with the team server from the services: offline through a work package, a lost race queued."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from verantwoording_app.cli import main
from verantwoording_app.services import team
from verantwoording_app.services.packages import open_handout
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.storage.store import Store

if TYPE_CHECKING:
    from pathlib import Path

    from tests.pgfixtures import TeamServer


def test_an_officer_works_offline_from_a_package_of_the_server_document(team_server: TeamServer,
                                                                        tmp_path: Path) -> None:
    out = io.StringIO()
    package = tmp_path / "anna.vwpakket"
    assert main(["handout", "--owner", "Anna de Vries", "--out", str(package), "--db", team_server.url("carla")],
                out=out, err=out) == 0, out.getvalue()
    offline = open_handout(package, database=tmp_path / "anna.vwdb", author="Anna de Vries")
    mine = next(a.id for p in offline.tree() for g in p.goals for a in g.activities if a.owner == "Anna de Vries")
    offline.save_activity(mine, {"internal_note": "in de trein geschreven"})
    offline.close()
    handin = tmp_path / "terug.vwpakket"
    assert main(["handin", "--out", str(handin), "--db", str(tmp_path / "anna.vwdb")], out=out, err=out) == 0
    assert main(["import", str(handin), "--db", team_server.url("carla")], out=out, err=out) == 0, out.getvalue()
    server = Store.open(team_server.url("anna"))
    try:
        assert server.load_activity(mine).internal_note == "in de trein geschreven"
    finally:
        server.close()


def test_a_save_that_lost_the_race_is_queued_with_both_versions(team_server: TeamServer) -> None:
    first = Workspace.open(team_server.url("anna"), create=False)
    second = Workspace.open(team_server.url("anna"), create=False)
    try:
        me = team.whoami(first)
        assert (me.login, me.person, me.role) == ("anna", "Anna de Vries", "officer")
        own = team.own_activities(first, me)
        assert own
        assert first.person.owns(first.activity(sorted(own)[0]))
        target = sorted(own)[0]
        loaded = second.activity(target)
        first.save_activity(target, {"internal_note": "eerst"}, expected_revision=loaded.revision)
        current, conflicted = team.save_or_queue_conflict(second, target, {"internal_note": "later"},
                                                          expected_revision=loaded.revision, base=loaded)
        assert conflicted
        assert current.internal_note == "eerst"
        [conflict] = second.conflicts()
        assert (conflict.base, conflict.ours, conflict.theirs) == (loaded.internal_note, "eerst", "later")
    finally:
        first.close()
        second.close()
