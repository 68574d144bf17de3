from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.storage.store import Store

from ..formats.ledger_files import (
    WAARSTAATJEGEMEENTE,
    chapter_document,
    per_programme_xlsx,
    per_taakveld_csv,
)
from .conftest import cli

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "hoofdstuk.vwdb"
    store = Store.open(path)
    store.create_document(chapter_document(), author="tester")
    store.close()
    return str(path)


def test_financien_import_reports_mapping_totals_and_variances(db: str, tmp_path: Path) -> None:
    code, out, err = cli("financien", "import", str(per_programme_xlsx(tmp_path / "g.xlsx")), "--db", db)
    assert code == 0, err
    assert "4 regels uit 'g.xlsx' geïmporteerd, 1 controletotaal/-totalen klopt" in out
    assert "Realisatie ← kolom 'Realisatie'" in out
    assert "Afwijkingen boven de drempel: 4; zonder (volledige) toelichting: 4" in out
    code, out, _ = cli("financien", "toon", "--db", db)
    assert code == 0
    assert "Programma 2 Zorg" in out
    assert "Lasten" in out
    assert "-2.160.001" in out
    assert "Zorg · Lasten: nadeel 60.001 [geen eigenaar] toelichting ontbreekt" in out
    code, out, _ = cli("check", "--db", db)
    assert "Afwijkingen boven de drempel (€ 25.000): 4" in out
    assert "zonder toelichting:  4" in out


def test_preview_writes_nothing_and_a_bad_total_names_the_row(db: str, tmp_path: Path) -> None:
    path = per_taakveld_csv(tmp_path / "t.csv")
    code, out, _ = cli("financien", "import", str(path), "--preview", "--db", db)
    assert code == 0
    assert "voorbeeld, er is niets geschreven; 5 regels" in out
    assert "geen financiële gegevens" in cli("financien", "toon", "--db", db)[1]
    path.write_text(path.read_text(encoding="cp1252").replace("-2.406.500,00", "-2.406.000,00"), encoding="utf-8")
    code, _, err = cli("financien", "import", str(path), "--db", db)
    assert code == 1
    assert "Rij 7 ('Controletotaal'): de realisatie telt niet op" in err
    assert "geen financiële gegevens" in cli("financien", "toon", "--db", db)[1]


def test_column_flag_settings_and_sign_convention(db: str, tmp_path: Path) -> None:
    path = tmp_path / "eigen.csv"
    path.write_text("Prog;Cat;Budget;Uitkomst\n1;Lasten;100.000;125.000\n", encoding="utf-8")
    code, _, err = cli("financien", "import", str(path), "--db", db)
    assert code == 1
    assert "--kolom veld=Kop" in err
    code, out, err = cli("financien", "import", str(path), "--kolom", "soort=Cat", "--kolom", "gewijzigd=Budget",
                         "--kolom", "realisatie=Uitkomst", "--db", db)
    assert code == 0, err
    assert "Kolommen:" in out
    assert "Begroting na wijziging ← kolom 'Budget'" in out
    assert "Afwijkingen boven de drempel: 1" in out  # exactly 25.000 counts
    code, out, _ = cli("financien", "instellingen", "--drempel", "25.000,01", "--db", db)
    assert "Drempel voor afwijkingen: € 25.000" in out
    assert "Afwijkingen boven de drempel (€ 25.000): 0" in cli("financien", "toon", "--db", db)[1]
    code, out, _ = cli("financien", "instellingen", "--drempel", "25000", "--teken", "voordeel_negatief",
                       "--afronding", "1000", "--db", db)
    assert "lasten positief" in out
    assert "x € 1.000" in out
    shown = cli("financien", "toon", "--db", db)[1]
    assert "125" in shown
    assert "-125" not in shown


def test_beleidsindicatoren_import_by_taakveld_and_by_programme(db: str, tmp_path: Path) -> None:
    path = tmp_path / "wsjg.csv"
    path.write_text(WAARSTAATJEGEMEENTE, encoding="utf-8")
    code, _, err = cli("beleidsindicatoren", "import", str(path), "--db", db)
    assert code == 1
    assert "hoort bij geen programma" in err
    code, out, err = cli("beleidsindicatoren", "import", str(path), "--programma", "2", "--db", db)
    assert code == 0, err
    assert "3 beleidsindicatoren van Voorbeeld" in out
    store = Store.open(db)
    items = store.load_document().chapter.policy_indicators
    store.close()
    banen = next(i for i in items if i.indicator == "Banen")
    assert (banen.programme_id, banen.value, banen.comparison, banen.comparison_value) == (
        "p2", Decimal("712.4"), "Nederland", Decimal(813))
    cli("financien", "import", str(per_taakveld_csv(tmp_path / "t.csv")), "--db", db)
    path.write_text("\n".join(WAARSTAATJEGEMEENTE.splitlines()[:5]), encoding="utf-8")
    code, out, err = cli("beleidsindicatoren", "import", str(path), "--db", db)
    assert code == 0, err
    store = Store.open(db)
    by_name = {i.indicator: i.programme_id for i in store.load_document().chapter.policy_indicators}
    store.close()
    assert by_name == {"Banen": "p1", "Verwijzingen Halt": "p3"}


def test_beleidsindicatoren_with_other_column_names(db: str, tmp_path: Path) -> None:
    path = tmp_path / "eigen.csv"
    path.write_text("Onderwerp;Maat;Jaar;Gebied;Cijfer\nBanen;per 1.000;2024;Voorbeeld;712,4\n", encoding="utf-8")
    code, _, err = cli("beleidsindicatoren", "import", str(path), "--programma", "1", "--db", db)
    assert code == 1
    assert "ontbreekt de kolom Waarde" in err
    assert "--kolom veld=Kop" in err
    code, out, err = cli("beleidsindicatoren", "import", str(path), "--programma", "1", "--kolom", "waarde=Cijfer",
                         "--db", db)
    assert code == 0, err
    assert "Waarde ← kolom 'Cijfer'" in out


def test_financien_toon_speaks_english_with_lang_en(db: str, tmp_path: Path) -> None:
    cli("financien", "import", str(per_programme_xlsx(tmp_path / "g.xlsx")), "--db", db)
    code, out, _ = cli("--lang", "en", "financien", "toon", "--db", db)
    assert code == 0
    assert "Original budget" in out
    assert "Balance of income and expenditure" in out
    assert "Zorg · Expenditure: unfavourable 60.001 [no owner] explanation missing" in out
    assert "Variances above the threshold (€ 25.000): 4" in out
    assert "Lasten" not in out
    code, out, _ = cli("financien", "toon", "--db", db)  # Dutch stays the default
    assert "Saldo van baten en lasten" in out
    assert "Begroting na wijziging" in out


def test_snapshot_diff_lists_the_chapter(db: str, tmp_path: Path) -> None:
    assert cli("snapshot", "create", "aan college", "--db", db)[0] == 0
    cli("financien", "import", str(per_programme_xlsx(tmp_path / "g.xlsx")), "--db", db)
    code, out, _ = cli("snapshot", "diff", "aan college", "--db", db)
    assert code == 0
    assert "Hoofdstuk: 1 onderdeel gewijzigd" in out
    assert "financiële regels: 0 → 4 regels" in out
