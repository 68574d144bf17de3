"""The history of an effect text and of a variance explanation: versions per field, proposals, restore."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.blocktext import parse_markdown
from verantwoording_app.domain.chapter import EffectText, LineKind, Nature, VarianceExplanation
from verantwoording_app.domain.errors import UserError
from verantwoording_app.services import chapter as service
from verantwoording_app.services import chapter_history
from verantwoording_app.services.chapter_history import ChapterItem
from verantwoording_app.services.workspace import Workspace

from ..formats.ledger_files import chapter_document, per_programme_xlsx

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "h.vwdb", author="coordinator")
    ws._store.create_document(chapter_document(), author="x")
    service.import_ledger(ws, per_programme_xlsx(tmp_path / "g.xlsx"))
    yield ws
    ws.close()


def test_effect_text_versions_newest_first_and_restore(workspace: Workspace) -> None:
    item = ChapterItem("p1", "g1")
    assert chapter_history.history(workspace, item) == {}
    service.save_effect(workspace, "p1", "g1", {"plan": parse_markdown("Eerste."), "owner": "Bert"})
    service.save_effect(workspace, "p1", "g1", {"plan": parse_markdown("Tweede.")})
    entries = chapter_history.history(workspace, item)
    assert list(entries) == ["plan", "owner"]
    assert [e.kind for e in entries["plan"]] == ["wijziging", "wijziging", "begin"]
    assert [e.author for e in entries["plan"][:2]] == ["coordinator", "coordinator"]
    first = entries["plan"][1]
    assert chapter_history.display("plan", first.value) == "Eerste."
    chapter_history.restore(workspace, item, "plan", first.value)
    effect = chapter_history.current(workspace, item)
    assert isinstance(effect, EffectText)
    assert effect.plan.plain_text() == "Eerste."
    assert len(chapter_history.history(workspace, item)["plan"]) == 4  # the restore is a version itself


def test_explanation_history_shows_choices_readably_and_restores(workspace: Workspace) -> None:
    item = ChapterItem("p2", kind=LineKind.LASTEN)
    service.save_explanation(workspace, "p2", LineKind.LASTEN,
                             {"nature": Nature.INCIDENTEEL, "rechtmatigheid": "3", "deadline": date(2026, 3, 1)})
    service.save_explanation(workspace, "p2", LineKind.LASTEN, {"nature": Nature.STRUCTUREEL, "rechtmatigheid": "4"})
    entries = chapter_history.history(workspace, item)
    old_category = entries["rechtmatigheid"][1]
    assert chapter_history.display("rechtmatigheid", old_category.value).startswith("3. Kostenoverschrijding")
    assert chapter_history.display("deadline", entries["deadline"][0].value) == "01-03-2026"
    chapter_history.restore(workspace, item, "nature", entries["nature"][1].value)
    explanation = chapter_history.current(workspace, item)
    assert isinstance(explanation, VarianceExplanation)
    assert explanation.nature is Nature.INCIDENTEEL


def test_a_restore_goes_through_the_policy(workspace: Workspace) -> None:
    from verantwoording_app.domain.model import DocumentState

    service.save_explanation(workspace, "p2", LineKind.LASTEN, {"owner": "Bert"})
    workspace._store.update_document({"state": DocumentState.VASTGESTELD}, author="coordinator")
    with pytest.raises(UserError, match="vastgesteld"):
        chapter_history.restore(workspace, ChapterItem("p2", kind=LineKind.LASTEN), "owner", "")


def test_the_programmes_effect_indicators_have_history_and_restore(workspace: Workspace) -> None:
    from decimal import Decimal

    from verantwoording_app.domain.chapter import EffectIndicator, YearValue

    first = EffectIndicator("p1", "Wachttijd", unit="weken", baseline=Decimal(8), target=Decimal(6),
                            values=(YearValue(2025, Decimal("7.5")),), peildatum=date(2025, 12, 31))
    service.save_indicators(workspace, "p1", [first])
    service.save_indicators(workspace, "p1", [])
    item = ChapterItem("p1")
    entries = chapter_history.history(workspace, item)["effectindicatoren"]
    assert [e.kind for e in entries] == ["wijziging", "wijziging", "begin"]
    assert chapter_history.display("effectindicatoren", entries[1].value) == (
        "Wachttijd (weken): nulmeting 8, streefwaarde 6, realisatie 2025: 7,5, peildatum 31-12-2025")
    assert chapter_history.current_values(workspace, item)["effectindicatoren"] == entries[0].value
    chapter_history.restore(workspace, item, "effectindicatoren", entries[1].value)
    (restored,) = service.chapter(workspace).indicators_of("p1")
    assert (restored.name, restored.baseline, restored.values, restored.peildatum) == (
        "Wachttijd", Decimal(8), (YearValue(2025, Decimal("7.5")),), date(2025, 12, 31))
    assert "effectindicatoren" not in chapter_history.history(workspace, ChapterItem("p1", "g1"))
