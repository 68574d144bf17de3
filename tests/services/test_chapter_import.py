"""A published chapter (the three questions, the financial table, the explanations) read from a text, Word
or HTML file and added to an open document (import --add): nothing of the document is dropped."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.blocktext import parse_markdown
from verantwoording_app.domain.chapter import FinanceLine, FinanceSource, LineKind
from verantwoording_app.services import chapter as service
from verantwoording_app.services.importing import import_file
from verantwoording_app.services.workspace import Workspace

from ..formats.ledger_files import chapter_document

if TYPE_CHECKING:
    from collections.abc import Iterator

GOLDEN = Path(__file__).parents[1] / "formats" / "golden" / "chapter_pctext.txt"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "d.vwdb", author="coordinator")
    ws._store.create_document(chapter_document(), author="x")
    yield ws
    ws.close()


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_adding_a_published_chapter_brings_its_three_questions(workspace: Workspace, tmp_path: Path,
                                                               suffix: str) -> None:
    service.save_effect(workspace, "p2", "", {"plan": parse_markdown("Wat er al stond.")})
    source = tmp_path / f"hoofdstuk{suffix}"
    source.write_text(GOLDEN.read_text(encoding="utf-8"), encoding="utf-8")
    report = import_file(workspace, source, add=True)
    assert report.activities == 3
    chapter = service.chapter(workspace)
    effects = {e.goal_id: e for e in chapter.effects_of("p2")}
    assert effects["g2"].plan.to_markdown().strip() == "Jongeren groeien veilig op."  # the existing goal's
    plan = effects[""].plan.to_markdown()
    assert plan.index("Wat er al stond.") < plan.index("Iedereen krijgt de zorg die nodig is.")
    assert [i.name for i in chapter.indicators_of("p2")] == ["Wachttijd jeugdzorg"]
    assert [p.indicator for p in chapter.policy_indicators_of("p2")] == ["Verwijzingen Halt"]
    lasten = next(line for line in chapter.lines_of("p2") if line.kind is LineKind.LASTEN)
    assert lasten.realisatie == Decimal(-2_160_001)
    explanation = chapter.explanation_for("p2", LineKind.LASTEN)
    assert explanation is not None
    assert "jeugdzorg" in explanation.cause.to_markdown()
    assert explanation.rechtmatigheid == "2"
    assert len(workspace.tree()) == 3  # the programmes matched by name, none added


def test_figures_and_explanations_already_there_are_kept(workspace: Workspace, tmp_path: Path) -> None:
    mine = [FinanceLine("p2", LineKind.LASTEN, Decimal(-1), Decimal(-1), Decimal(-1))]
    service.chapter_store(workspace).replace_lines(mine, FinanceSource("grootboek.csv"), author="coordinator")
    source = tmp_path / "hoofdstuk.txt"
    source.write_text(GOLDEN.read_text(encoding="utf-8"), encoding="utf-8")
    report = import_file(workspace, source, add=True)
    assert "Programma 2 Zorg had al financiële regels; die uit de tekst zijn niet overgenomen" in report.warnings
    chapter = service.chapter(workspace)
    assert list(chapter.lines_of("p2")) == mine
    assert chapter.lines_of("p1")  # a programme without figures gets the text's
    assert chapter.source.file == "grootboek.csv"


def test_the_preview_names_what_the_chapter_brings() -> None:
    from verantwoording_app.services.importing import preview_file, preview_lines

    lines = preview_lines(preview_file(GOLDEN))
    assert lines[-1] == ("hoofdstuk: 2 effecttekst(en), 1 effectindicator(en), 1 beleidsindicator(en), "
                         "6 financiële regel(s), 1 toelichting(en)")
