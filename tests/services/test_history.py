"""An activity's history per field (newest first, the original value last) and restoring from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.errors import UserError
from verantwoording_app.services.history import NotRestorable, history_entries, restore
from verantwoording_app.services.workspace import Workspace

if TYPE_CHECKING:
    from pathlib import Path


def test_entries_per_field_newest_first_and_restore_is_a_new_version(tmp_path: Path) -> None:
    workspace = Workspace.open_default(tmp_path / "h.vwdb", author="test")
    try:
        activity = workspace.tree()[0].goals[0].activities[0]
        workspace.save_activity(activity.id, {"title": "Tweede"})
        workspace.save_activity(activity.id, {"title": "Derde"})
        entries = history_entries(workspace, activity.id)
        assert list(entries) == ["title"]
        titles = entries["title"]
        assert [e.kind for e in titles] == ["wijziging", "wijziging", "begin"]
        assert [e.value for e in titles] == ["Derde", "Tweede", activity.title]
        restored = restore(workspace, activity.id, titles[-1])
        assert restored.title == activity.title
        assert history_entries(workspace, activity.id)["title"][0].value == activity.title  # a new version
    finally:
        workspace.close()


def test_what_cannot_be_restored_is_refused(tmp_path: Path) -> None:
    workspace = Workspace.open_default(tmp_path / "h.vwdb", author="test")
    try:
        activity = workspace.tree()[0].goals[0].activities[0]
        workspace.save_activity(activity.id, {"deadline": None, "title": "Anders"})
        entry = history_entries(workspace, activity.id)["title"][0]
        with pytest.raises(NotRestorable):
            restore(workspace, activity.id, type(entry)("kengetallen", "wijziging", "x", None, "", None, 0))
        workspace.save_activity(activity.id, {"review_state": "vastgesteld"})
        with pytest.raises(UserError):  # vastgesteld: the lock holds for a restore too
            restore(workspace, activity.id, history_entries(workspace, activity.id)["title"][-1])
        assert workspace.activity(activity.id).title == "Anders"
    finally:
        workspace.close()
