from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.chapter import LineKind
from verantwoording_app.domain.errors import ImportRefused
from verantwoording_app.domain.money import SignConvention
from verantwoording_app.formats.ledger import (
    match_programme,
    parse_mapping_options,
    read_ledger,
    read_raw,
)

from .ledger_files import PER_PROGRAMME, PROGRAMMES, per_programme_xlsx, per_taakveld_csv

if TYPE_CHECKING:
    from pathlib import Path

D = Decimal
VP, VN = SignConvention.VOORDEEL_POSITIEF, SignConvention.VOORDEEL_NEGATIEF


def test_per_programme_xlsx_with_sizes_is_signed_by_kind(tmp_path: Path) -> None:
    ledger = read_ledger(per_programme_xlsx(tmp_path / "grootboek.xlsx"), PROGRAMMES, VP)
    assert ledger.rows == 4
    assert ledger.totals_checked == 1
    assert ledger.mapping == {"programma": 0, "soort": 1, "primitief": 2, "gewijzigd": 3, "realisatie": 4}
    first = ledger.lines[0]
    assert (first.programme_id, first.kind, first.gewijzigd, first.realisatie) == (
        "p1", LineKind.LASTEN, D(-1_200_000), D(-1_150_000))
    assert ledger.lines[2].realisatie == D("-2160000.5")  # a float cell, exact
    assert ledger.lines[1].realisatie == D(525_000)
    assert any("lasten staan als positieve bedragen" in note for note in ledger.notes)


def test_per_taakveld_csv_semicolon_decimal_comma_cp1252(tmp_path: Path) -> None:
    ledger = read_ledger(per_taakveld_csv(tmp_path / "taakvelden.csv"), PROGRAMMES, VP)
    assert ledger.rows == 5
    assert ledger.totals_checked == 1
    assert set(ledger.mapping) == {"programma", "taakveld", "omschrijving", "soort", "primitief", "gewijzigd",
                                   "realisatie"}
    brandweer = ledger.lines[1]
    assert (brandweer.programme_id, brandweer.taakveld, brandweer.description) == (
        "p3", "1.1", "Crisisbeheersing en brandweer")
    assert brandweer.realisatie == D(-2_110_000)
    assert not ledger.notes  # already signed the document's way


def test_same_file_under_the_other_convention_flips_every_sign(tmp_path: Path) -> None:
    text = (tmp_path / "x.csv")
    per_taakveld_csv(text)
    positive = read_ledger(text, PROGRAMMES, VP)
    # under voordeel negatief the ledger gives lasten positive: the same file then reads as sizes, flipped
    negative = read_ledger(text, PROGRAMMES, VN)
    assert [line.realisatie for line in negative.lines] == [line.realisatie for line in positive.lines]
    assert any("negatieve bedragen" in note or "positieve bedragen" in note for note in negative.notes)


def test_debet_positive_ledger_under_voordeel_negatief(tmp_path: Path) -> None:
    path = tmp_path / "debet.csv"
    path.write_text("Programma;Soort;Begroting na wijziging;Realisatie\n1;Lasten;100.000;130.000\n"
                    "1;Baten;-50.000;-40.000\n1;Lasten;-2.000;-2.000\n", encoding="utf-8")
    ledger = read_ledger(path, PROGRAMMES, VN)
    assert [line.realisatie for line in ledger.lines] == [D(-130_000), D(40_000), D(2_000)]  # a negative cost stays
    assert not ledger.notes[:-1] or "primitief" in ledger.notes[-1]


def test_control_total_that_does_not_add_up_is_refused_with_the_row(tmp_path: Path) -> None:
    rows = [list(r) for r in PER_PROGRAMME]  # type: ignore[call-overload]
    rows[-1][4] = 3_910_001
    path = per_programme_xlsx(tmp_path / "fout.xlsx", rows)
    with pytest.raises(ImportRefused, match=r"Rij 8 \('Totaal'\): de realisatie telt niet op.*3\.910\.000,50.*"
                                            r"3\.910\.001"):
        read_ledger(path, PROGRAMMES, VP)


def test_kind_and_programme_subtotals(tmp_path: Path) -> None:
    path = tmp_path / "sub.csv"
    path.write_text("Programma;L/B;Begroting na wijziging;Realisatie\n1;L;-100;-90\n2;L;-50;-50\n1;B;10;10\n"
                    "Totaal lasten;;-150;-140\nTotaal programma 1;;-90;-80\nTotaal baten;;10;11\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"Rij 7 \('Totaal baten'\)"):
        read_ledger(path, PROGRAMMES, VP)


def test_unknown_programme_and_bad_amount_and_kind_are_named(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Programma;Soort;Begroting na wijziging;Realisatie\n9;Lasten;1;1\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="Rij 2: programma '9' staat niet in het document"):
        read_ledger(path, PROGRAMMES, VP)
    path.write_text("Programma;Soort;Begroting na wijziging;Realisatie\n1;Lasten;1;twee\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="Rij 2, realisatie: 'twee' is geen bedrag"):
        read_ledger(path, PROGRAMMES, VP)
    path.write_text("Programma;Soort;Begroting na wijziging;Realisatie\n1;Investering;1;1\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="Rij 2: 'Investering' is geen lasten of baten"):
        read_ledger(path, PROGRAMMES, VP)


def test_a_layout_that_is_not_recognised_is_mapped_by_hand(tmp_path: Path) -> None:
    path = tmp_path / "eigen.csv"
    path.write_text("Progr;Cat;Budget A;Budget B;Uitkomst\n1;Lasten;-1;-2;-3\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="ontbreekt de kolom Lasten/baten, Begroting na wijziging, Realisatie"):
        read_ledger(path, PROGRAMMES, VP)
    table = read_raw(path)
    mapping = parse_mapping_options(["gewijzigd=Budget B", "realisatie=uitkomst", "primitief=Budget A", "soort=Cat"], table.header)
    ledger = read_ledger(path, PROGRAMMES, VP, mapping)
    assert (ledger.lines[0].primitief, ledger.lines[0].gewijzigd, ledger.lines[0].realisatie) == (D(-1), D(-2), D(-3))
    assert not ledger.automatic
    assert "Realisatie ← kolom 'Uitkomst'" in ledger.mapping_lines()
    with pytest.raises(ImportRefused, match="geen kolom 'Bestaat niet'"):
        parse_mapping_options(["realisatie=Bestaat niet"], table.header)
    with pytest.raises(ImportRefused, match="schrijf veld=kolomkop"):
        parse_mapping_options(["onzin"], table.header)


def test_not_a_table_and_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "x.csv"
    path.write_text("alleen tekst\nzonder kolommen\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="geen tabel"):
        read_ledger(path, PROGRAMMES, VP)
    from verantwoording_app.formats import tabular

    monkeypatch.setattr(tabular, "MAX_TABLE_ROWS", 3)
    path.write_text("Programma;Soort;Begroting na wijziging;Realisatie\n" + "1;L;1;1\n" * 5, encoding="utf-8")
    with pytest.raises(ImportRefused, match="meer dan 3 regels"):
        read_ledger(path, PROGRAMMES, VP)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportRefused):
        read_ledger(fake, PROGRAMMES, VP)


def test_match_programme() -> None:
    assert match_programme("Programma 2", PROGRAMMES) is PROGRAMMES[1]
    assert match_programme("02", PROGRAMMES) is PROGRAMMES[1]
    assert match_programme("zorg", PROGRAMMES) is PROGRAMMES[1]
    assert match_programme("3 - Veiligheid", PROGRAMMES) is PROGRAMMES[2]
    assert match_programme("7", PROGRAMMES) is None
