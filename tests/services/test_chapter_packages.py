"""Variance explanations travel in work packages: handed out to their owner, merged back per field."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.blocktext import parse_markdown
from verantwoording_app.domain.chapter import LineKind, Nature
from verantwoording_app.domain.errors import UserError
from verantwoording_app.services import chapter as service
from verantwoording_app.services.chapter_packages import editable_variances
from verantwoording_app.services.packages import (
    create_handin,
    create_handout,
    merge_handins,
    open_handout,
)
from verantwoording_app.services.workspace import Workspace

from ..formats.ledger_files import chapter_document, per_programme_xlsx

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "coord.vwdb", author="coordinator")
    ws._store.create_document(chapter_document(), author="x")
    service.import_ledger(ws, per_programme_xlsx(tmp_path / "g.xlsx"))
    service.save_explanation(ws, "p2", LineKind.LASTEN, {"owner": "Bert"})
    yield ws
    ws.close()


def hand_out(coordinator: Workspace, tmp_path: Path) -> Workspace:
    package = tmp_path / "bert.vwpakket"
    report = create_handout(coordinator, "Bert", package)  # Bert owns no activity, only a variance
    assert report.editable == 0
    return open_handout(package, database=tmp_path / "bert.vwdb", author="Bert")


def test_explanation_goes_out_and_comes_back(coordinator: Workspace, tmp_path: Path) -> None:
    officer = hand_out(coordinator, tmp_path)
    assert editable_variances(officer) == frozenset({"p2:lasten"})
    chapter = service.chapter(officer)
    assert len(chapter.lines) == 4  # the financial table travels along, read-only
    service.save_explanation(officer, "p2", LineKind.LASTEN,
                             {"cause": parse_markdown("Meer cliënten."), "nature": Nature.STRUCTUREEL,
                              "rechtmatigheid": "2"})
    handin = tmp_path / "terug.vwpakket"
    create_handin(officer, handin)
    officer.close()
    report = merge_handins(coordinator, [handin])
    assert report.applied == 3, report.messages
    assert report.conflicts == 0
    explanation = service.chapter(coordinator).explanation_for("p2", LineKind.LASTEN)
    assert explanation is not None
    assert explanation is not None
    assert (explanation.cause.blocks[0].text, explanation.nature, explanation.rechtmatigheid) == (
        "Meer cliënten.", Nature.STRUCTUREEL, "2")
    assert explanation.amount == Decimal("-60000.5")
    assert {v.author for v in coordinator.history(explanation.id, "cause")} == {"Bert"}
    again = merge_handins(coordinator, [handin])  # the same package twice changes nothing
    assert again.applied == 0
    assert again.conflicts == 0


def test_both_changed_keeps_the_database_and_records_the_proposal(coordinator: Workspace, tmp_path: Path) -> None:
    officer = hand_out(coordinator, tmp_path)
    service.save_explanation(officer, "p2", LineKind.LASTEN, {"cause": parse_markdown("Van Bert.")})
    handin = tmp_path / "terug.vwpakket"
    create_handin(officer, handin)
    officer.close()
    service.save_explanation(coordinator, "p2", LineKind.LASTEN, {"cause": parse_markdown("Van de coördinator.")})
    report = merge_handins(coordinator, [handin])
    assert report.conflicts == 1
    assert report.applied == 0
    assert any("voorstel" in message for message in report.messages)
    explanation = service.chapter(coordinator).explanation_for("p2", LineKind.LASTEN)
    assert explanation is not None
    assert explanation.cause.blocks[0].text == "Van de coördinator."
    proposals = [v for v in coordinator.history(explanation.id) if v.entity == "voorstel"]
    assert (proposals[0].new or "").strip() == "Van Bert."


def test_a_package_cannot_explain_what_was_not_handed_out(coordinator: Workspace, tmp_path: Path) -> None:
    from verantwoording_app.formats import package as package_format

    officer = hand_out(coordinator, tmp_path)
    service.save_explanation(officer, "p2", LineKind.LASTEN, {"nature": Nature.INCIDENTEEL})
    handin = tmp_path / "terug.vwpakket"
    create_handin(officer, handin)
    officer.close()
    package = package_format.read_package(handin)
    payload = dict(package.payload)
    payload["hoofdstuk"] = {**payload["hoofdstuk"],
                            "p1:lasten": {"base": {"cause": ""}, "theirs": {"cause": "Ingeslopen."}},
                            "p2:lasten": {"base": {"nature": "", "owner": "Bert"},
                                          "theirs": {"nature": "incidenteel", "owner": "Zelf"}}}
    forged = tmp_path / "vals.vwpakket"
    package_format.write_package(forged, package.manifest, payload)  # a valid package with a forged payload
    report = merge_handins(coordinator, [forged])
    assert report.refused == 2, report.messages
    assert report.applied == 1
    assert service.chapter(coordinator).explanation_for("p1", LineKind.LASTEN) is None
    explanation = service.chapter(coordinator).explanation_for("p2", LineKind.LASTEN)
    assert explanation is not None
    assert (explanation.owner, explanation.nature) == ("Bert", Nature.INCIDENTEEL)


def test_an_effect_text_goes_out_to_its_owner_and_comes_back(coordinator: Workspace, tmp_path: Path) -> None:
    from verantwoording_app.services.chapter_packages import editable_effects

    service.save_effect(coordinator, "p1", "g1", {"owner": "Bert", "plan": parse_markdown("Meer mensen aan het werk.")})
    service.save_effect(coordinator, "p3", "", {"owner": "Anna", "plan": parse_markdown("Van Anna.")})
    officer = hand_out(coordinator, tmp_path)
    assert editable_effects(officer) == frozenset({"p1:g1"})
    service.save_effect(officer, "p1", "g1", {"realisation": parse_markdown("1.200 mensen vonden werk.")})
    with pytest.raises(UserError):  # not handed out to Bert
        service.save_effect(officer, "p3", "", {"plan": parse_markdown("Van Bert.")})
    with pytest.raises(UserError):  # the owner is the coordinator's
        service.save_effect(officer, "p1", "g1", {"owner": "Zelf"})
    handin = tmp_path / "terug.vwpakket"
    create_handin(officer, handin)
    officer.close()
    report = merge_handins(coordinator, [handin])
    assert report.applied == 1, report.messages
    effect = next(e for e in service.chapter(coordinator).effects_of("p1") if e.goal_id == "g1")
    assert effect.realisation.to_markdown().strip() == "1.200 mensen vonden werk."
    assert effect.plan.to_markdown().strip() == "Meer mensen aan het werk."
    assert {v.author for v in coordinator.history(effect.id, "realisation")} == {"Bert"}
    assert merge_handins(coordinator, [handin]).applied == 0


def test_an_effect_text_changed_on_both_sides_is_a_proposal(coordinator: Workspace, tmp_path: Path) -> None:
    service.save_effect(coordinator, "p1", "", {"owner": "Bert"})
    officer = hand_out(coordinator, tmp_path)
    service.save_effect(officer, "p1", "", {"plan": parse_markdown("Van Bert.")})
    handin = tmp_path / "terug.vwpakket"
    create_handin(officer, handin)
    officer.close()
    service.save_effect(coordinator, "p1", "", {"plan": parse_markdown("Van de coördinator.")})
    report = merge_handins(coordinator, [handin])
    assert (report.applied, report.conflicts) == (0, 1)
    effect = service.chapter(coordinator).effects_of("p1")[0]
    assert effect.plan.to_markdown().strip() == "Van de coördinator."
    proposals = [v for v in coordinator.history(effect.id) if v.entity == "voorstel"]
    assert (proposals[0].new or "").strip() == "Van Bert."


def test_a_forged_effect_text_outside_the_handout_is_refused(coordinator: Workspace, tmp_path: Path) -> None:
    from verantwoording_app.formats import package as package_format

    service.save_effect(coordinator, "p1", "", {"owner": "Bert"})
    service.save_effect(coordinator, "p3", "", {"plan": parse_markdown("Origineel.")})
    officer = hand_out(coordinator, tmp_path)
    handin = tmp_path / "terug.vwpakket"
    create_handin(officer, handin)
    officer.close()
    package = package_format.read_package(handin)
    payload = dict(package.payload)
    payload["hoofdstuk"] = {"effect:p3:": {"base": {"plan": ""}, "theirs": {"plan": "Ingeslopen."}},
                            "effect:p1:": {"base": {"owner": ""}, "theirs": {"owner": "Zelf", "plan": "Eigen."}}}
    forged = tmp_path / "vals.vwpakket"
    package_format.write_package(forged, package.manifest, payload)
    report = merge_handins(coordinator, [forged])
    assert report.refused == 2, report.messages
    assert report.applied == 1
    chapter = service.chapter(coordinator)
    assert chapter.effects_of("p3")[0].plan.to_markdown().strip() == "Origineel."
    mine = chapter.effects_of("p1")[0]
    assert (mine.owner, mine.plan.to_markdown().strip()) == ("Bert", "Eigen.")
