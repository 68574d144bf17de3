"""Opening a package from the window: a hand-out becomes the officer's working database, a hand-in is
merged into the open database (refused without one); restoring needs a writable database file."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.errors import UserError
from verantwoording_app.domain.messages import use_language
from verantwoording_app.domain.selection import Selection
from verantwoording_app.services import backups, packages
from verantwoording_app.services.workspace import Workspace

if TYPE_CHECKING:
    from pathlib import Path


def test_a_handout_opens_as_a_working_database_and_a_handin_merges(tmp_path: Path) -> None:
    coordinator = Workspace.open_default(tmp_path / "coordinator.vwdb", author="coördinator")
    try:
        coordinator.assign(Selection(goal="I"), owner="Fatima")
        handout = tmp_path / "fatima.vwpakket"
        packages.create_handout(coordinator, "Fatima", handout)
        opened = packages.open_package(handout, None, author="Fatima")
        assert opened.merged is None
        assert opened.database is not None
        assert opened.database.exists()
        officer = Workspace.open(opened.database, author="Fatima")
        try:
            own = officer.tree()[0].goals[0].activities[0].id
            officer.save_activity(own, {"status": "gereed"})
            handin = tmp_path / "fatima-in.vwpakket"
            packages.create_handin(officer, handin)
        finally:
            officer.close()
        with pytest.raises(UserError, match="open eerst de database van de coördinator"):
            packages.open_package(handin, None)
        merged = packages.open_package(handin, coordinator)
        assert merged.database is None
        assert merged.merged is not None
        assert merged.merged.applied == 1
        assert coordinator.activity(own).status == "gereed"
    finally:
        coordinator.close()


def test_restoring_needs_a_writable_database_file(tmp_path: Path) -> None:
    with pytest.raises(UserError) as refused:
        backups.restorable_database(None)
    use_language("en")
    try:
        assert refused.value.message == "No database is open."
    finally:
        use_language("nl")
    path = tmp_path / "r.vwdb"
    Workspace.open_default(path, author="test").close()
    reader = Workspace.open(path, read_only=True)
    try:
        with pytest.raises(UserError, match="alleen-lezen"):
            backups.restorable_database(reader)
    finally:
        reader.close()
    writer = Workspace.open(path, author="test")
    try:
        assert backups.restorable_database(writer) == path
    finally:
        writer.close()
