from __future__ import annotations

from decimal import Decimal

from verantwoording_app.domain.blocktext import parse_markdown
from verantwoording_app.domain.chapter import (
    Chapter,
    ChapterSettings,
    FinanceLine,
    LineKind,
    Nature,
    Threshold,
    VarianceExplanation,
)
from verantwoording_app.domain.finance import passes, show, table_for, variance_states, variances
from verantwoording_app.domain.money import SignConvention

D = Decimal


def line(kind: LineKind, p: int, g: int, r: int, programme: str = "p1") -> FinanceLine:
    return FinanceLine(programme, kind, D(p), D(g), D(r))


def test_threshold_exactly_at_the_amount_counts_and_one_cent_below_does_not() -> None:
    threshold = Threshold(D(25_000))
    assert passes(D(25_000), D(1_000_000), threshold)
    assert passes(D(-25_000), D(1_000_000), threshold)
    assert not passes(D("24999.99"), D(1_000_000), threshold)
    assert not passes(D(0), D(0), threshold)


def test_threshold_percentage_and_both() -> None:
    either = Threshold(D(25_000), D(10))
    both = Threshold(D(25_000), D(10), both=True)
    assert passes(D(10_000), D(100_000), either)  # 10 % exactly
    assert not passes(D(10_000), D(100_000), both)
    assert passes(D(30_000), D(200_000), both)
    assert not passes(D(30_000), D(400_000), both)
    assert passes(D(5), D(0), Threshold(None, D(10)))  # nothing budgeted: any difference is 100 %+


def test_table_saldo_and_result_in_canonical_sign() -> None:
    lines = [line(LineKind.LASTEN, -1000, -1200, -1100), line(LineKind.BATEN, 400, 500, 450),
             line(LineKind.TOEVOEGING, 0, -50, -50), line(LineKind.ONTTREKKING, 0, 100, 60)]
    table = table_for("p1", lines)
    labels = [r.label for r in table.rows]
    assert labels == ["Lasten", "Baten", "Saldo van baten en lasten", "Toevoegingen aan reserves",
                      "Onttrekkingen aan reserves", "Resultaat"]
    saldo = table.rows[2]
    assert (saldo.primitief, saldo.gewijzigd, saldo.realisatie, saldo.verschil) == (D(-600), D(-700), D(-650), D(50))
    assert table.rows[-1].realisatie == D(-640)
    lasten = table.row(LineKind.LASTEN)
    assert lasten is not None
    assert lasten.verschil == D(100)


def test_without_reserves_there_is_no_result_row() -> None:
    table = table_for("p1", [line(LineKind.LASTEN, -1, -1, -1)])
    assert [r.label for r in table.rows] == ["Lasten", "Baten", "Saldo van baten en lasten"]


def test_negative_amounts_under_both_sign_conventions() -> None:
    # a refund: baten realised negative (-5.000 against +20.000 budgeted)
    chapter = Chapter(lines=(line(LineKind.BATEN, 20_000, 20_000, -5_000), line(LineKind.LASTEN, -10, -10, -40_010)))
    found = {v.kind: v for v in variances(chapter)}
    assert found[LineKind.BATEN].amount == D(-25_000)
    assert not found[LineKind.BATEN].voordeel
    assert found[LineKind.LASTEN].overspend
    positive = ChapterSettings(sign=SignConvention.VOORDEEL_POSITIEF)
    negative = ChapterSettings(sign=SignConvention.VOORDEEL_NEGATIEF, rounding=1000)
    assert show(D(-5_000), positive) == "-5.000"
    assert show(D(-5_000), negative) == "5"
    assert show(found[LineKind.BATEN].amount, positive) == "-25.000"  # nadeel is negative
    assert show(found[LineKind.BATEN].amount, negative) == "25"  # nadeel is positive
    assert show(D(-40_010), negative, minus="\u2212") == "40"


def test_explanation_problems() -> None:
    lasten = line(LineKind.LASTEN, -100_000, -100_000, -160_000)
    chapter = Chapter(lines=(lasten,))
    [state] = variance_states(chapter)
    assert state.problems == ("toelichting ontbreekt",)
    written = VarianceExplanation("p1", LineKind.LASTEN, parse_markdown("Meer jeugdzorg."), Nature.STRUCTUREEL,
                                  amount=D(-60_000))
    [state] = variance_states(Chapter(lines=(lasten,), explanations=(written,)))
    assert state.problems == ("rechtmatigheidscategorie ontbreekt",)
    moved = VarianceExplanation("p1", LineKind.LASTEN, parse_markdown("Meer."), Nature.INCIDENTEEL, "2",
                                amount=D(-50_000))
    [state] = variance_states(Chapter(lines=(lasten,), explanations=(moved,)))
    assert state.problems == ("bedrag in de toelichting wijkt af van de tabel",)
