"""Self-made ledger exports in two layouts, and beleidsindicatoren as waarstaatjegemeente.nl gives them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl import Workbook

from verantwoording_app.formats.ledger import ProgrammeRef

if TYPE_CHECKING:
    from pathlib import Path

PROGRAMMES = [ProgrammeRef("p1", "1", "Werk en inkomen"), ProgrammeRef("p2", "2", "Zorg"),
              ProgrammeRef("p3", "3", "Veiligheid")]

PER_PROGRAMME = [
    ["Programma", "Lasten/Baten", "Begroting primitief", "Begroting na wijziging", "Realisatie"],
    ["1 Werk en inkomen", "Lasten", 1_000_000, 1_200_000, 1_150_000],
    ["1 Werk en inkomen", "Baten", 400_000, 500_000, 525_000],
    ["2 Zorg", "Lasten", 2_000_000, 2_100_000, 2_160_000.50],
    ["2 Zorg", "Baten", 100_000, 100_000, 75_000],
    ["Totaal", "", 3_500_000, 3_900_000, 3_910_000.50],
]


def per_programme_xlsx(path: Path, rows: list[list[object]] | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Export grootboek"
    sheet.append(["Gemeente Voorbeeld - exploitatie 2025"])  # a title above the header
    sheet.append([])
    for row in rows or PER_PROGRAMME:
        sheet.append(row)
    workbook.save(path)
    return path


PER_TAAKVELD = """Taakveld;Omschrijving;Progr.;Soort;Raming primair;Raming na wijz.;Werkelijk 2025
0.1;Bestuur;3;L;-150.000,00;-150.000,00;-149.000,00
1.1;Crisisbeheersing en brandweer;3;L;-2.000.000,00;-2.050.000,00;-2.110.000,00
1.2;Openbare orde en veiligheid;3;B;10.000,00;10.000,00;12.500,00
6.3;Inkomensregelingen;1;L;-800.000,00;-800.000,00;-760.000,00
6.3;Inkomensregelingen;1;B;600.000,00;600.000,00;600.000,00
Controletotaal;;;;-2.340.000,00;-2.390.000,00;-2.406.500,00
"""


def per_taakveld_csv(path: Path, text: str = PER_TAAKVELD) -> Path:
    path.write_bytes(text.encode("cp1252"))
    return path


WAARSTAATJEGEMEENTE = """Indicator;Eenheid;Periode;Gemeente;Waarde;Taakveld
Banen;Aantal per 1.000 inwoners 15-64jr;2024;Voorbeeld;712,4;6.3
Banen;Aantal per 1.000 inwoners 15-64jr;2024;Nederland;813,0;6.3
Verwijzingen Halt;Aantal per 10.000 jongeren;2024;Voorbeeld;98;1.2
Verwijzingen Halt;Aantal per 10.000 jongeren;2024;Gemeenten 50.000-100.000 inwoners;112;1.2
Winkelpanden;% leegstand;2024;Voorbeeld;8,1;
"""


def chapter_document():
    """A document with the three programmes above (ids p1..p3), each with one goal and one activity."""
    from verantwoording_app.domain.model import Activiteit, Document, Hoofddoel, Programma

    return Document(
        year=2025, municipality="Voorbeeld",
        programmes=tuple(
            Programma(number=ref.number, name=ref.name, id=ref.id,
                      goals=(Hoofddoel(title=f"Doel van {ref.name}", id=f"g{ref.number}",
                                       activities=(Activiteit(title=f"Activiteit {ref.number}", owner="Anna"),)),))
            for ref in PROGRAMMES
        ),
    )


def full_chapter_document(sign: str = "voordeel_positief", rounding: int = 1):
    """The document above with the whole chapter filled in, without a database."""
    from dataclasses import replace
    from datetime import date
    from decimal import Decimal

    from verantwoording_app.domain.blocktext import parse_markdown
    from verantwoording_app.domain.chapter import (
        Chapter,
        ChapterSettings,
        EffectIndicator,
        EffectText,
        FinanceLine,
        LineKind,
        Nature,
        PolicyIndicator,
        VarianceExplanation,
        YearValue,
    )
    from verantwoording_app.domain.money import SignConvention

    D = Decimal
    lines = (
        FinanceLine("p1", LineKind.LASTEN, D(-1_000_000), D(-1_200_000), D(-1_150_000)),
        FinanceLine("p1", LineKind.BATEN, D(400_000), D(500_000), D(525_000)),
        FinanceLine("p2", LineKind.LASTEN, D(-2_000_000), D(-2_100_000), D("-2160000.50")),
        FinanceLine("p2", LineKind.BATEN, D(100_000), D(100_000), D(-5_000)),
        FinanceLine("p2", LineKind.ONTTREKKING, D(0), D(50_000), D(50_000)),
    )
    chapter = Chapter(
        settings=ChapterSettings(SignConvention(sign), rounding),
        lines=lines,
        explanations=(VarianceExplanation("p2", LineKind.LASTEN, parse_markdown("Meer cliënten in de **jeugdzorg**."),
                                          Nature.STRUCTUREEL, "2", D("-60000.50"), "Bert", date(2026, 3, 1)),),
        effects=(EffectText("p2", "", parse_markdown("Iedereen krijgt de zorg die nodig is."),
                            parse_markdown("De wachttijden zijn gedaald.")),
                 EffectText("p2", "g2", parse_markdown("Jongeren groeien veilig op."))),
        indicators=(EffectIndicator("p2", "Wachttijd jeugdzorg", unit="weken", source="eigen registratie",
                                    baseline=D(8), target=D(6), values=(YearValue(2024, D("7.5")),
                                                                        YearValue(2025, D(7))),
                                    peildatum=date(2025, 12, 31), explanation="Door extra inzet."),),
        policy_indicators=(PolicyIndicator("p2", "Verwijzingen Halt", "Aantal per 10.000 jongeren", "2024",
                                           "Voorbeeld", D(98), "1.2", "Nederland", D(112)),),
    )
    return replace(chapter_document(), chapter=chapter)
