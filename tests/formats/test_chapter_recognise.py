"""The P&C text import recognises the three questions and the financial table."""

from __future__ import annotations

import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from verantwoording_app.domain.chapter import LineKind, Nature
from verantwoording_app.domain.finance import variances
from verantwoording_app.domain.money import SignConvention
from verantwoording_app.formats.pctext import parse_pc_text, render_pc_text

from .ledger_files import full_chapter_document

D = Decimal


def test_our_export_reads_back_with_its_structure_and_chapter() -> None:
    source = full_chapter_document()
    document = parse_pc_text(render_pc_text(source, include_footer=False)).document
    assert [[a.title for g in p.goals for a in g.activities] for p in document.programmes] == [
        ["Activiteit 1"], ["Activiteit 2"], ["Activiteit 3"]]
    assert all(p.intro.is_empty for p in document.programmes)  # nothing of the chapter leaked into the intro
    zorg = document.programmes[1].id
    chapter = document.chapter
    lines = {(line.kind): line for line in chapter.lines_of(zorg)}
    assert (lines[LineKind.LASTEN].primitief, lines[LineKind.LASTEN].realisatie) == (D(-2_000_000), D(-2_160_001))
    assert lines[LineKind.BATEN].realisatie == D(-5_000)
    assert lines[LineKind.ONTTREKKING].gewijzigd == D(50_000)
    [explanation] = chapter.explanations
    assert (explanation.programme_id, explanation.kind, explanation.nature, explanation.rechtmatigheid) == (
        zorg, LineKind.LASTEN, Nature.STRUCTUREEL, "2")
    assert explanation.cause.plain_text() == "Meer cliënten in de jeugdzorg."
    [effect, goal_effect] = chapter.effects_of(zorg)
    assert effect.plan.plain_text() == "Iedereen krijgt de zorg die nodig is."
    assert effect.realisation.blocks[0].text == "De wachttijden zijn gedaald."
    assert goal_effect.goal_id == document.programmes[1].goals[0].id  # under its goal's heading
    assert goal_effect.plan.plain_text() == "Jongeren groeien veilig op."
    [indicator] = chapter.indicators_of(zorg)
    assert (indicator.name, indicator.baseline, indicator.peildatum, indicator.explanation) == (
        "Wachttijd jeugdzorg", D(8), date(2025, 12, 31), "Door extra inzet.")
    assert [(v.year, v.value) for v in indicator.values] == [(2024, D("7.5")), (2025, D(7))]
    [policy] = chapter.policy_indicators_of(zorg)
    assert (policy.value, policy.comparison, policy.comparison_value) == (D(98), "Nederland", D(112))


def test_thousands_and_the_other_sign_convention_read_back() -> None:
    text = render_pc_text(full_chapter_document("voordeel_negatief", 1000), include_footer=False)
    chapter = parse_pc_text(text).document.chapter
    assert chapter.settings.rounding == 1000
    assert chapter.settings.sign is SignConvention.VOORDEEL_NEGATIEF
    lasten = next(line for line in chapter.lines if line.kind is LineKind.LASTEN and line.gewijzigd == D(-2_100_000))
    assert lasten.realisatie == D(-2_160_000)


PUBLISHED = """Programma 4 Sport

Wat wilden we bereiken?

Meer inwoners sporten wekelijks.

Wat hebben we daarvoor gedaan?

Hoofddoel 1: Iedereen sport

1. Sportakkoord
Realisatie:
Het akkoord is getekend.

Wat heeft het gekost?

Bedragen x € 1.000 Primitief Na wijziging Realisatie Verschil
Lasten 2.500 2.600 2.750 -150
Baten 300 300 310 10
Saldo -2.200 -2.300 -2.440 -140

Toelichting op de afwijkingen

Lasten: nadeel van € 150 (x € 1.000) (incidenteel)
Hogere energiekosten van de sporthallen.
Rechtmatigheid: categorie 4.
"""


def test_a_published_chapter_with_a_pdf_like_table() -> None:
    document = parse_pc_text(PUBLISHED).document
    [programme] = document.programmes
    assert [a.title for g in programme.goals for a in g.activities] == ["Sportakkoord"]
    chapter = document.chapter
    assert chapter.settings.rounding == 1000
    lines = {line.kind: line for line in chapter.lines}
    assert set(lines) == {LineKind.LASTEN, LineKind.BATEN}  # the saldo is computed, not read
    assert (lines[LineKind.LASTEN].primitief, lines[LineKind.LASTEN].realisatie) == (D(-2_500_000), D(-2_750_000))
    [variance] = variances(chapter)
    assert (variance.kind, variance.amount, variance.overspend) == (LineKind.LASTEN, D(-150_000), True)
    [explanation] = chapter.explanations
    assert (explanation.nature, explanation.rechtmatigheid) == (Nature.INCIDENTEEL, "4")
    assert explanation.cause.plain_text() == "Hogere energiekosten van de sporthallen."
    assert chapter.effects[0].plan.plain_text() == "Meer inwoners sporten wekelijks."


def test_the_chapter_of_a_word_report_reads_back() -> None:
    from verantwoording_app.formats.docx_export import export_docx
    from verantwoording_app.services.importing import read_text_import

    target = Path(tempfile.mkdtemp()) / "hoofdstuk.docx"
    export_docx(full_chapter_document(), target)
    document = read_text_import(target).document
    zorg = document.programmes[1].id
    chapter = document.chapter
    assert [e.goal_id for e in chapter.effects_of(zorg)] == ["", document.programmes[1].goals[0].id]
    [indicator] = chapter.indicators_of(zorg)
    assert (indicator.name, indicator.explanation) == ("Wachttijd jeugdzorg", "Door extra inzet.")
    [explanation] = chapter.explanations
    assert explanation.cause.to_markdown().strip() == "Meer cliënten in de **jeugdzorg**."
    assert explanation.rechtmatigheid == "2"
    lasten = next(line for line in chapter.lines_of(zorg) if line.kind is LineKind.LASTEN)
    assert lasten.realisatie == D(-2_160_001)


def test_last_years_word_report_brings_its_chapter_for_a_rollover() -> None:
    from verantwoording_app.formats.docx_export import export_docx
    from verantwoording_app.formats.docx_import import read_docx

    target = Path(tempfile.mkdtemp()) / "jaarstukken.docx"
    export_docx(full_chapter_document(), target)
    chapter = read_docx(target).document.chapter
    assert len(chapter.effects) == 2
    assert [i.name for i in chapter.indicators] == ["Wachttijd jeugdzorg"]
