"""The document tree as JSON (packages, snapshots) carries lineage, frozen plans and the past."""

from __future__ import annotations

import json

from verantwoording_app.domain.model import Document, DocumentKind
from verantwoording_app.domain.rollover import RolloverOptions, roll_over
from verantwoording_app.formats.treejson import document_from_json, document_to_json


def test_round_trip_keeps_lines_frozen_plans_and_past(sample_document: Document) -> None:
    rolled = roll_over(sample_document, RolloverOptions(DocumentKind.JAARSTUKKEN, 2023)).document
    back = document_from_json(json.loads(json.dumps(document_to_json(rolled))))
    assert back.past == rolled.past
    assert len(back.past) == 16
    for before, after in zip(rolled.iter_activities(), back.iter_activities(), strict=True):
        assert after.activity.lineage_id == before.activity.lineage_id
        assert after.activity.plan_frozen
        assert after.goal.lineage_id == before.goal.lineage_id
        assert after.programme.lineage_id == before.programme.lineage_id


def test_json_from_before_lineage_starts_each_line_at_its_id(sample_document: Document) -> None:
    data = document_to_json(sample_document)
    data.pop("past")
    for programme in data["programmes"]:
        programme.pop("lineage")
        for goal in programme["goals"]:
            goal.pop("lineage_from")
            for activity in goal["activities"]:
                activity.pop("lineage")
                activity.pop("plan_frozen")
    back = document_from_json(data)
    activity = next(back.iter_activities()).activity
    assert activity.lineage_id == activity.id
    assert not activity.plan_frozen
    assert back.past == ()
