"""The structure recogniser: every shape from issue 11, its bounds, and the decoder."""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.blocktext import BlockKind
from verantwoording_app.domain.errors import ImportRefused
from verantwoording_app.formats import recognise as recognise_module
from verantwoording_app.formats.pctext import read_pc_text, render_pc_text
from verantwoording_app.formats.recognise import (
    UNNAMED_GOAL,
    Role,
    SourceLine,
    recognise,
    source_lines,
)
from verantwoording_app.formats.textdecode import decode_text

if TYPE_CHECKING:
    from verantwoording_app.domain.model import Document


def tree(text: str) -> list[tuple[str, list[str]]]:
    document = recognise(source_lines(text)).document
    return [(g.title, [a.title for a in g.activities]) for p in document.programmes for g in p.goals]


def document(text: str) -> Document:
    return recognise(source_lines(text)).document


BODY = "Plan van de activiteit.\nRealisatie:\nGedaan in het jaar.\n"


@pytest.mark.parametrize(
    ("goal_line", "title"),
    [
        ('Voor hoofddoel I "Veilig thuis" voeren we de volgende projecten en activiteiten uit:', "Veilig thuis"),
        ("Hoofddoel 2: Veilig thuis", "Veilig thuis"),
        ("Hoofddoel I Veilig thuis", "Veilig thuis"),
        ("Doel 1: Veilig thuis", "Veilig thuis"),
        ("Doelstelling 4.3.1:\nVeilig thuis", "Veilig thuis"),
        ("Subdoel 1.2: Veilig thuis", "Veilig thuis"),
        ("Ambitie A: Veilig thuis", "Veilig thuis"),
        ("Beleidsdoel Veilig thuis", "Veilig thuis"),
        ("Wat willen we bereiken?", UNNAMED_GOAL),
        ("", UNNAMED_GOAL),
    ],
)
def test_goal_shapes(goal_line: str, title: str) -> None:
    text = f"{goal_line}\n\n1. Eerste activiteit\n{BODY}\n2. Tweede activiteit\n{BODY}"
    assert tree(text) == [(title, ["Eerste activiteit", "Tweede activiteit"])]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1. Eerste activiteit", "2. Tweede activiteit"),
        ("  1. Eerste activiteit", "  1. Tweede activiteit"),
        ("1) Eerste activiteit", "2) Tweede activiteit"),
        ("Activiteit 1: Eerste activiteit", "Activiteit 2: Tweede activiteit"),
        ("4.1.1 Eerste activiteit", "4.1.2 Tweede activiteit"),
        ("1.2 Eerste activiteit", "1.3 Tweede activiteit"),
        ("Eerste activiteit", "Tweede activiteit"),
    ],
)
def test_activity_shapes(first: str, second: str) -> None:
    text = f"Hoofddoel 1: Het doel\n\n{first}\n{BODY}\n{second}\n{BODY}"
    assert tree(text) == [("Het doel", ["Eerste activiteit", "Tweede activiteit"])]


def test_section_number_is_not_an_activity() -> None:
    text = "2.1.2.2 Wat hebben we gedaan?\n\nHoofddoel 1: Het doel\n\n1. Eerste activiteit\n" + BODY
    result = document(text)
    assert (result.section_number, result.section_title) == ("2.1.2.2", "Wat hebben we gedaan?")
    assert [a.activity.title for a in result.iter_activities()] == ["Eerste activiteit"]


@pytest.mark.parametrize(
    "label",
    [
        "Uitvoering in 2022:", "Realisatie 2022", "Realisatie:", "Wat hebben we gedaan?",
        "Wat hebben we daarvoor (in 2022) gedaan?", "Stand van zaken", "Voortgang", "Toelichting:",
        "Kwaliteit (toelichting)", "**Uitvoering in 2022:**",
    ],
)
def test_realisation_labels(label: str) -> None:
    text = f"Hoofddoel 1: Het doel\n\n1. Activiteit\nHet plan.\n{label}\nHet resultaat.\n"
    activity = next(document(text).iter_activities()).activity
    assert activity.plan.plain_text() == "Het plan."
    assert activity.realisation.plain_text() == "Het resultaat."


@pytest.mark.parametrize("label", ["Beoogd resultaat 2017", "Omschrijving (toelichting)", "Wat gaan we daarvoor doen?"])
def test_plan_labels(label: str) -> None:
    text = f"Hoofddoel 1: Het doel\n\n1. Activiteit\n{label}\nHet plan.\nRealisatie:\nHet resultaat.\n"
    activity = next(document(text).iter_activities()).activity
    assert activity.plan.plain_text() == "Het plan."
    assert activity.realisation.plain_text() == "Het resultaat."


@pytest.mark.parametrize(
    ("status_line", "key"),
    [("Resultaat bereikt? Nee", "problemen"), ("Resultaat bereikt? Ja", "gereed"),
     ("Kwaliteit (indicator): G", "gereed"), ("Kwaliteit (indicator): O", "vertraagd")],
)
def test_status_in_the_page_is_offered(status_line: str, key: str) -> None:
    text = f"Hoofddoel 1: Het doel\n\n1. Activiteit\nHet plan.\n{status_line}\nRealisatie:\nHet resultaat.\n"
    result = recognise(source_lines(text))
    assert next(result.document.iter_activities()).activity.status == key
    assert any(r.role is Role.STATUS for r in result.roles)


def test_status_groups() -> None:
    text = ("Hoofddoel 1: Het doel\n\nWat loopt er nog?\n\n1. Eerste\n" + BODY +
            "\nWat is nog niet opgepakt?\n\n2. Tweede\n" + BODY)
    statuses = [a.activity.status for a in document(text).iter_activities()]
    assert statuses == ["op_schema", "doorgeschoven"]


def test_numbered_list_inside_a_realisation_stays_a_list() -> None:
    text = ("Hoofddoel 1: Het doel\n\n1. Zwerfafval\nPlan.\nUitvoering in 2023:\n"
            "1. afvalbakken geplaatst\n2. opschoondagen\n3. handhaving\n\n2. Groen\nPlan.\nUitvoering in 2023:\nGedaan.\n")
    result = document(text)
    first, second = (a.activity for a in result.iter_activities())
    assert [b.kind for b in first.realisation.blocks] == [BlockKind.NUMBERED] * 3
    assert second.title == "Groen"


def test_overview_list_with_elaboration_matched_by_title() -> None:
    text = ("Hoofddoel 1: Werk\n\n1. Netwerken\n2. Werklocaties\n\nNetwerken\nWe versterken netwerken.\n"
            "Realisatie:\nHet pact is getekend.\n\nWerklocaties\nWe zorgen voor ruimte.\nRealisatie:\nUitgegeven.\n")
    activities = [a.activity for a in document(text).iter_activities()]
    assert [a.title for a in activities] == ["Netwerken", "Werklocaties"]
    assert activities[1].realisation.plain_text() == "Uitgegeven."


def test_project_page_is_one_activity() -> None:
    text = ("Project: Sporthal\n\nOmschrijving (toelichting)\nNieuwbouw van de sporthal.\n\nBeoogd resultaat 2023\n"
            "Een nieuwe sporthal.\n\nPortefeuillehouder: wethouder Jansen\n\nResultaat bereikt? Nee\n\n"
            "Kwaliteit (toelichting)\nDe bouw is vertraagd.\n")
    (activity,) = [a.activity for a in document(text).iter_activities()]
    assert activity.plan.plain_text() == "Nieuwbouw van de sporthal.\n\nEen nieuwe sporthal."
    assert activity.realisation.plain_text() == "De bouw is vertraagd."
    assert (activity.status, activity.portfolio_holder) == ("problemen", "wethouder Jansen")


def test_pdf_copy_is_unwrapped_and_dehyphenated_and_page_headers_reported() -> None:
    pages = []
    for page, number in enumerate((1, 2, 3), start=12):
        pages.append(f"Jaarstukken 2022        pagina {page}\n{number}. Verduurzamen van het gemeentelijk\n"
                     f"vastgoed in wijk {'ABC'[number - 1]}\nWe gaan de gebouwen verbe-\nteren met zonnepanelen op alle\n"
                     "daken.\nUitvoering in 2022:\nKlaar.")
    result = recognise(source_lines("Hoofddoel 1: Een schone en duurzame\ngemeente\n" + "\n".join(pages)))
    doc = result.document
    assert doc.programmes[0].goals[0].title == "Een schone en duurzame gemeente"
    first = next(doc.iter_activities()).activity
    assert first.title == "Verduurzamen van het gemeentelijk vastgoed in wijk A"
    assert first.plan.plain_text() == "We gaan de gebouwen verbeteren met zonnepanelen op alle daken."
    assert len(result.dropped_lines) == 3
    assert any("paginakop" in w.message for w in result.warnings)
    assert "pagina" not in render_pc_text(doc)


def test_pipe_table_stays_a_table() -> None:
    text = ("Hoofddoel 1: Het doel\n\n1. Activiteit\nPlan.\nRealisatie:\nGedaan.\n\n| Indicator | 2022 | 2023 |\n"
            "|---|---|---|\n| Banen | 10 | 12 |\n")
    activity = next(document(text).iter_activities()).activity
    assert [b.kind for b in activity.realisation.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.TABLE]


def test_sub_heading_separated_by_a_blank_line_stays_a_sub_heading() -> None:
    text = ("Hoofddoel 1: Het doel\n\n1. Activiteit\nPlan.\n\nUitvoering in 2022:\n\nPraktijkondersteuners\n\n"
            "Bij alle huisartsen werkt nu een praktijkondersteuner, met minder verwijzingen.\n\n2. Tweede\nPlan.\n")
    activity = next(document(text).iter_activities()).activity
    assert activity.realisation.blocks[0].kind is BlockKind.HEADING
    assert len(list(document(text).iter_activities())) == 2


def test_year_comes_from_labels_not_from_the_build_date() -> None:
    text = ("Programmaverantwoording\n\nHoofddoel 1: Doel\n\n1. Activiteit\nPlan.\nRealisatie 2021:\nGedaan.\n"
            "Deze pagina is gebouwd op 05/01/2023 10:00:00 met de export van 05/01/2023 09:00:00\n")
    assert document(text).year == 2021
    no_label = text.replace("Realisatie 2021:", "Realisatie:")
    assert document(no_label).year == 0


def test_several_pasted_pages_with_footers_all_import() -> None:
    footer = "Deze pagina is gebouwd op 02/01/2023 10:00:00 met de export van 02/01/2023 09:00:00\n"
    text = ("Hoofddoel 1: Een\n\n1. Eerste\n" + BODY + footer + "\nHoofddoel 2: Twee\n\n1. Tweede\n" + BODY + footer)
    result = recognise(source_lines(text))
    assert [(g, a) for g, a in tree(text)] == [("Een", ["Eerste"]), ("Twee", ["Tweede"])]
    assert result.document.unplaced.is_empty


def test_text_that_cannot_be_placed_is_kept_and_counted() -> None:
    text = "Hoofddoel 1: Een\n\n1. Eerste\n" + BODY + "Deze pagina is gebouwd op 02/01/2023\nLosse regel erna.\n"
    result = recognise(source_lines(text))
    assert result.unplaced_words == 3
    assert any(r.role is Role.UNPLACED for r in result.roles)


def test_overrides_change_roles_and_goal_names() -> None:
    text = "Hoofddoel 1: Een\n\n1. Eerste\nPlan.\nDit wordt een activiteit\nMeer tekst.\n"
    plain = recognise(source_lines(text))
    assert plain.activity_count == 1
    forced = recognise(source_lines(text), overrides={5: Role.ACTIVITY}, goal_titles={1: "Nieuwe naam"})
    assert [a.activity.title for a in forced.document.iter_activities()] == ["Eerste", "Dit wordt een activiteit"]
    assert forced.document.programmes[0].goals[0].title == "Nieuwe naam"
    as_text = recognise(source_lines(text), overrides={3: Role.TEXT, 5: Role.TEXT})
    assert as_text.activity_count == 0
    assert [r.role for r in as_text.roles if r.number in (3, 5)] == [Role.TEXT, Role.TEXT]


def test_markdown_export_re_imports_to_the_same_document(sample_document: Document) -> None:
    from verantwoording_app.formats.markdown import render_markdown_document

    markdown = render_markdown_document(sample_document)
    again = read_pc_text(markdown.encode("utf-8"), markdown=True).document
    assert render_pc_text(again) == render_pc_text(replace(sample_document, footer=""))  # no footer in Markdown
    for old, new in zip(sample_document.iter_activities(), again.iter_activities(), strict=True):
        assert (new.activity.plan, new.activity.realisation) == (old.activity.plan, old.activity.realisation)


def _hostile(size: int) -> str:
    """Four lines of about ``size`` characters each in the shapes a pattern could backtrack on."""
    return ("Hoofddoel 1: " + "a " * (size // 2) + " voeren we\n1. " + "x" * size + "\n" + "**" * (size // 2)
            + "\n" + "| a " * (size // 4))


def _calls(text: str) -> int:
    """The work of recognising ``text``, counted (every Python and built-in call), not timed."""
    calls = 0

    def count(_frame: object, event: str, _arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    lines = source_lines(text)
    sys.setprofile(count)
    try:
        recognise(lines)
    finally:
        sys.setprofile(None)
    return calls


def test_a_long_line_costs_work_in_proportion_to_its_length() -> None:
    """Bounded work, not a clock: twice as long lines cost at most about twice the calls (a quadratic step
    would cost four times), and of the recogniser's patterns only the bold-line one ever sees a line longer
    than a structure line may be (it is anchored: one linear pass at most, even on a 1 MB line)."""
    small, large = _calls(_hostile(20_000)), _calls(_hostile(40_000))
    assert large <= 2.2 * small, (small, large)
    long_lines: set[str] = set()
    originals = {name: value for name, value in vars(recognise_module).items() if isinstance(value, re.Pattern)}

    class Watched:
        def __init__(self, name: str, pattern: re.Pattern[str]) -> None:
            self._name, self._pattern = name, pattern

        def __getattr__(self, attribute: str) -> object:
            method = getattr(self._pattern, attribute)

            def watched(text: str, *args: object, **kwargs: object) -> object:
                if len(text) > 4 * recognise_module.MAX_STRUCTURE_LINE:
                    long_lines.add(self._name)
                return method(text, *args, **kwargs)

            return watched

    try:
        for name, pattern in originals.items():
            setattr(recognise_module, name, Watched(name, pattern))
        recognise(source_lines(_hostile(1_000_000)))
    finally:
        for name, pattern in originals.items():
            setattr(recognise_module, name, pattern)
    assert long_lines <= {"_BOLD_LINE"}, long_lines


def test_zero_activities_is_refused() -> None:
    with pytest.raises(ImportRefused, match="geen activiteiten"):
        read_pc_text(b"Zomaar wat tekst.\nNog een zin.\n")


# -- decoding ---------------------------------------------------------------------

def test_utf16_without_bom_is_text() -> None:
    decoded = decode_text("Hoofddoel 1: Één doel\n1. Actie\n".encode("utf-16-le"), max_bytes=10**6)
    assert decoded.text.startswith("Hoofddoel 1: Één")
    assert decoded.encoding == "utf-16-le"
    assert decode_text("Hoofddoel\n".encode("utf-16-be"), max_bytes=10**6).text == "Hoofddoel\n"


def test_stray_bad_bytes_in_utf8_are_replaced_and_reported_by_line() -> None:
    data = "Eerste regel met é.\nTweede ë.\n".encode() + b"Derde \xff regel\nVierde \xe9\n" + "ü".encode()
    decoded = decode_text(data, max_bytes=10**6)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") == 2
    assert {line for line, _ in decoded.notes if line} == {3, 4}
    assert "Eerste regel met é." in decoded.text


def test_windows_1252_only_when_the_file_is_not_utf8_as_a_whole() -> None:
    decoded = decode_text("Café en crème, één keer.\n".encode("cp1252"), max_bytes=10**6)
    assert (decoded.encoding, decoded.text) == ("cp1252", "Café en crème, één keer.\n")


def test_the_user_joins_and_separates_lines() -> None:
    """The preview's Samenvoegen / Splitsen: a line continues the one before it, or never does; Word too."""
    text = ("Hoofddoel 1: Werk\n\n1. Verbeteren van de\nArbeidsmarkt in Almelo\nPlan.\nRealisatie:\n"
            "We hebben veel gedaan voor de inwoners van\nalmelo en omgeving.\n")
    plain = recognise(source_lines(text))
    activity = next(plain.document.iter_activities()).activity
    assert activity.title == "Verbeteren van de"
    assert [b.text for b in activity.realisation.blocks] == ["We hebben veel gedaan voor de inwoners van almelo en "
                                                             "omgeving."]
    corrected = recognise(source_lines(text), overrides={4: Role.JOINED, 8: Role.SEPARATE})
    activity = next(corrected.document.iter_activities()).activity
    assert activity.title == "Verbeteren van de Arbeidsmarkt in Almelo"
    assert [b.text for b in activity.realisation.blocks] == ["We hebben veel gedaan voor de inwoners van",
                                                             "almelo en omgeving."]
    assert corrected.roles[3].role is Role.JOINED
    word = [SourceLine(1, "Werk", heading=1, markdown=True), SourceLine(2, "Zwembad en", heading=2, markdown=True),
            SourceLine(3, "sportpark", heading=2, markdown=True), SourceLine(4, "Tekst.", markdown=True)]
    assert [a.activity.title for a in recognise(word, overrides={3: Role.JOINED}).document.iter_activities()] == [
        "Zwembad en sportpark"]
