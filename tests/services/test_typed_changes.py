"""Every door's change to an activity is typed (domain/fields.ActivityChanges): a wrong value fails at the door."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from verantwoording_app.services.workspace import Workspace


def test_a_wrong_value_is_refused_at_the_workspace_door(workspace: Workspace) -> None:
    first = workspace.tree()[0].goals[0].activities[0].id
    before = workspace.activity(first)
    with pytest.raises(TypeError):
        workspace.save_activity(first, {"realisation": "gewoon een string"})
    assert workspace.activity(first) == before
