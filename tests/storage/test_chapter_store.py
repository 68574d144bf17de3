from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.blocktext import parse_markdown
from verantwoording_app.domain.chapter import (
    ChapterSettings,
    EffectIndicator,
    FinanceLine,
    FinanceSource,
    LineKind,
    Nature,
    Threshold,
    YearValue,
)
from verantwoording_app.domain.money import SignConvention
from verantwoording_app.storage.chapter_store import ChapterStore
from verantwoording_app.storage.store import ConflictError, FieldTooLong, Store

from ..formats.ledger_files import chapter_document

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "c.vwdb")
    store.create_document(chapter_document(), author="tester")
    yield store
    store.close()


def test_an_empty_chapter_loads_as_the_default(store: Store) -> None:
    chapter = store.load_document().chapter
    assert chapter.is_empty()
    assert chapter.settings == ChapterSettings()
    assert chapter.settings.threshold.amount == Decimal(25_000)


def test_lines_settings_and_source_round_trip_exactly(store: Store) -> None:
    chapters = ChapterStore(store)
    lines = [FinanceLine("p1", LineKind.LASTEN, Decimal("-1000.10"), Decimal(-1200), Decimal("-1150.555"), "6.3",
                         "Inkomensregelingen"),
             FinanceLine("p2", LineKind.BATEN, Decimal(5), Decimal(5), Decimal(-5))]
    chapters.replace_lines(lines, FinanceSource("g.xlsx", rows=2), author="anna")
    chapters.set_settings(ChapterSettings(SignConvention.VOORDEEL_NEGATIEF, 1000,
                                          Threshold(None, Decimal("7.5"), True)), author="anna")
    chapter = store.load_document().chapter
    assert list(chapter.lines) == lines
    assert chapter.source.file == "g.xlsx"
    assert chapter.source.imported_by == "anna"
    assert chapter.settings == ChapterSettings(SignConvention.VOORDEEL_NEGATIEF, 1000,
                                               Threshold(None, Decimal("7.5"), True))
    history = store.history(store.document_id(), "financien")
    assert (history[-1].new or "").startswith("2 regels")
    chapters.replace_lines([], FinanceSource("leeg.csv"), author="anna")
    assert store.load_document().chapter.lines == ()


def test_explanation_fields_each_in_history_with_concurrency(store: Store) -> None:
    chapters = ChapterStore(store)
    first = chapters.save_explanation("p1", LineKind.LASTEN, {"owner": "Bert", "deadline": date(2026, 3, 1)},
                                      author="coordinator")
    second = chapters.save_explanation(
        "p1", LineKind.LASTEN,
        {"cause": parse_markdown("Meer **jeugdzorg**."), "nature": Nature.STRUCTUREEL, "rechtmatigheid": "2",
         "amount": Decimal(-60_000)}, author="Bert", expected_revision=first.revision)
    assert second.revision == first.revision + 1
    loaded = store.load_document().chapter.explanation_for("p1", LineKind.LASTEN)
    assert loaded is not None
    assert loaded.cause.blocks[0].text.startswith("Meer")
    assert (loaded.nature, loaded.rechtmatigheid, loaded.amount, loaded.owner) == (
        Nature.STRUCTUREEL, "2", Decimal(-60_000), "Bert")
    fields = [v.field for v in store.history(loaded.id)]
    assert fields == ["owner", "deadline", "cause", "nature", "rechtmatigheid", "amount"]
    with pytest.raises(ConflictError):
        chapters.save_explanation("p1", LineKind.LASTEN, {"owner": "X"}, author="a", expected_revision=1)
    with pytest.raises(FieldTooLong):
        chapters.save_explanation("p1", LineKind.LASTEN, {"owner": "x" * 500}, author="a")


def test_effect_texts_per_programme_and_goal_and_indicators(store: Store) -> None:
    chapters = ChapterStore(store)
    chapters.save_effect("p1", "", {"plan": parse_markdown("Meer mensen aan het werk.")}, author="a")
    chapters.save_effect("p1", "g1", {"realisation": parse_markdown("Het lukte.")}, author="a")
    chapters.save_effect("p1", "", {"realisation": parse_markdown("Deels.")}, author="b")
    indicator = EffectIndicator("p1", "Uitstroom naar werk", unit="%", baseline=Decimal(10), target=Decimal(15),
                                values=(YearValue(2024, Decimal("12.5")), YearValue(2025, None)),
                                peildatum=date(2025, 12, 31))
    chapters.replace_indicators("p1", [indicator], author="a")
    chapter = store.load_document().chapter
    effects = {e.goal_id: e for e in chapter.effects_of("p1")}
    assert set(effects) == {"", "g1"}
    assert effects[""].plan.blocks[0].text == "Meer mensen aan het werk."
    assert effects[""].realisation.blocks[0].text == "Deels."
    assert chapter.indicators == (indicator,)
    store.delete_programme("p1")  # cascades
    assert store.load_document().chapter.effects == ()
