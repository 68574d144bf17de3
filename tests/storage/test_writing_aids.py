"""Ignored findings, the document word list and target lengths in the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.errors import UserError
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.storage.writing_aids import WritingAidsStore

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def aids(workspace: Workspace) -> WritingAidsStore:
    return WritingAidsStore(workspace._store)


def test_ignore_needs_a_reason_and_is_kept(aids: WritingAidsStore, workspace: Workspace, tmp_path: Path) -> None:
    activity_id = workspace.document().programmes[0].goals[0].activities[0].id
    with pytest.raises(UserError, match="reden"):
        aids.ignore(activity_id, "toekomende-tijd", "abc", "   ", "tester")
    aids.ignore(activity_id, "toekomende-tijd", "abc", "vooruitblik  op 2023", "tester")
    aids.ignore(activity_id, "toekomende-tijd", "abc", "bewust", "tester")  # again: the new reason wins
    location = workspace.location
    workspace.close()
    again = Workspace.open(location)
    try:
        (ignore,) = WritingAidsStore(again._store).ignores()
        assert (ignore.activity_id, ignore.rule_id, ignore.fingerprint, ignore.reason) == (
            activity_id, "toekomende-tijd", "abc", "bewust")
        WritingAidsStore(again._store).unignore(activity_id, "toekomende-tijd", "abc")
        assert WritingAidsStore(again._store).ignores() == ()
    finally:
        again.close()


def test_document_words(aids: WritingAidsStore) -> None:
    assert aids.add_word(" Hettrix ", "tester") is True
    assert aids.add_word("Hettrix", "tester") is False
    assert aids.add_word("Almelo’s", "tester") is True
    assert aids.words() == ("Almelo's", "Hettrix")
    with pytest.raises(UserError):
        aids.add_word("twee woorden", "tester")
    aids.remove_word("Hettrix")
    assert aids.words() == ("Almelo's",)


def test_targets_document_and_activity(aids: WritingAidsStore, workspace: Workspace) -> None:
    activity_id = workspace.document().programmes[0].goals[0].activities[0].id
    assert aids.targets() == (0, {})
    aids.set_target(250)
    aids.set_target(400, activity_id)
    assert aids.targets() == (250, {activity_id: 400})
    assert aids.target_for(activity_id) == 400
    aids.set_target(0, activity_id)
    assert aids.target_for(activity_id) == 250
    with pytest.raises(UserError):
        aids.set_target(-1)
