"""A key-figure table in an imported text is offered as the activity's Kengetallen."""

from __future__ import annotations

from decimal import Decimal

from verantwoording_app.domain.blocktext import BlockKind, BlockText
from verantwoording_app.formats.keyfigure_tables import dutch_number, key_figures
from verantwoording_app.formats.recognise import recognise, source_lines


def test_rows_become_key_figures_with_baseline_realised_and_target() -> None:
    text = BlockText.from_markdown("| Indicator | 2022 | 2023 | Doel |\n|---|---|---|---|\n"
                                   "| Werkloosheid | 5,1% | 4,8% | 4,5% |\n| Banen | 1.200 | 1.350 | 1.300 |\n")
    first, second = key_figures(text, 2023)
    assert (first.label, first.baseline, first.realised, first.target, first.unit) == (
        "Werkloosheid", Decimal("5.1"), Decimal("4.8"), Decimal("4.5"), "%")
    assert (second.baseline, second.realised, second.target) == (Decimal("1200"), Decimal("1350"), Decimal("1300"))


def test_other_tables_offer_nothing() -> None:
    assert key_figures(BlockText.from_markdown("| Wijk | Aantal |\n|---|---|\n| Noord | 3 |\n"), 2023) == ()


def test_dutch_numbers() -> None:
    assert dutch_number("1.234,5") == Decimal("1234.5")
    assert dutch_number("−3") == Decimal("-3")
    assert dutch_number("twaalf") is None


def test_import_offers_the_table_as_kengetallen_and_keeps_it_in_the_text() -> None:
    text = ("Hoofddoel 1: Financiën\n\n1. Belastingen\nLage lasten.\nRealisatie 2023:\nGelukt.\n\n"
            "| Indicator | 2022 | 2023 | Doel |\n|---|---|---|---|\n| Woonlasten | 780 | 812 | 800 |\n")
    activity = next(recognise(source_lines(text)).document.iter_activities()).activity
    (figure,) = activity.kengetallen
    assert (figure.label, figure.realised, figure.target) == ("Woonlasten", Decimal("812"), Decimal("800"))
    assert BlockKind.TABLE in {block.kind for block in activity.realisation.blocks}
