from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verantwoording_app.domain.blocktext import BlockKind
from verantwoording_app.domain.errors import ImportRefused
from verantwoording_app.domain.model import DocumentKind
from verantwoording_app.formats import pctext
from verantwoording_app.formats.pctext import decode, parse_pc_text, read_pc_text, render_pc_text

ARTEFACT = re.compile(r"^\s+1\. ")


def _content_lines(text: str) -> list[str]:
    """Non-blank lines with trailing white space (incl. no-break spaces) removed."""
    return [line.rstrip().rstrip("\u00a0").rstrip() for line in text.splitlines() if line.strip()]


def test_sample_structure(sample_document) -> None:
    document = sample_document
    assert document.year == 2022
    assert document.kind is DocumentKind.JAARSTUKKEN
    assert document.title_lines == ("Programmaverantwoording", "Programmaplan")
    assert (document.section_number, document.section_title) == ("2.1.2.2", "Wat hebben we gedaan?")
    assert document.footer.startswith("Deze pagina is gebouwd op 10/30/2023 13:44:47")
    (programme,) = document.programmes
    assert [g.title for g in programme.goals] == [
        "Almelo, hier wordt gewerkt",
        "Almelo en haar subregio kent een krachtige, groeiende economie",
    ]
    assert [len(g.activities) for g in programme.goals] == [8, 5]
    second = programme.goals[1].activities[1]
    assert second.title == "Ondernemersdienstverlening verbeteren"
    fourth = programme.goals[0].activities[3]
    assert fourth.realisation.blocks[0].kind is BlockKind.HEADING
    assert fourth.realisation.blocks[0].text == "Ontdek Hightech Almelo"
    assert all(b.kind is BlockKind.BULLET for b in programme.goals[0].activities[1].realisation.blocks)


def test_sample_round_trip_line_for_line(sample_text: str) -> None:
    result = parse_pc_text(sample_text)
    exported = render_pc_text(result.document)
    source = _content_lines(sample_text)
    target = _content_lines(exported)
    assert len(source) == len(target)
    numbers = iter([1, 2, 3, 4, 5])
    for before, after in zip(source, target, strict=True):
        if ARTEFACT.match(before):  # "  1. Titel" under goal II is renumbered 1..5
            assert after == f"{next(numbers)}. {before.strip()[3:]}"
        else:
            assert after == before


def test_sample_has_no_warnings(sample_text: str) -> None:
    assert parse_pc_text(sample_text).warnings == ()


def test_export_is_stable(sample_text: str) -> None:
    once = render_pc_text(parse_pc_text(sample_text).document)
    assert render_pc_text(parse_pc_text(once).document) == once


MINI = (
    "Jaarstukken 2023\n"
    "Voor hoofddoel I “Een goed bestuur” voeren we de volgende projecten en activiteiten uit:\n"
    "1. Eerste activiteit\n"
    "Plan met\u00a0harde spatie.\n"
    "Uitvoering in 2023:\n"
    "- punt een\n"
    "* punt twee\n"
    "\n\n\n"
    "2. Tweede activiteit\n"
    "Plan twee.\n"
    "Uitvoering in 2023:\n"
    "Gedaan.\n"
)


@pytest.mark.parametrize(
    ("label", "transform"),
    [
        ("plain", lambda s: s.encode("utf-8")),
        ("bom", lambda s: b"\xef\xbb\xbf" + s.encode("utf-8")),
        ("crlf", lambda s: s.replace("\n", "\r\n").encode("utf-8")),
        ("cr", lambda s: s.replace("\n", "\r").encode("utf-8")),
        ("cp1252", lambda s: s.replace("“", '"').replace("”", '"').encode("cp1252")),
        ("utf16", lambda s: s.encode("utf-16")),
    ],
)
def test_messy_encodings_and_line_ends(label: str, transform) -> None:
    result = read_pc_text(transform(MINI))
    goal = result.document.programmes[0].goals[0]
    assert goal.title == "Een goed bestuur"
    assert [a.title for a in goal.activities] == ["Eerste activiteit", "Tweede activiteit"]
    assert [b.kind for b in goal.activities[0].realisation.blocks] == [BlockKind.BULLET, BlockKind.BULLET]
    assert goal.activities[0].plan.blocks[0].text == "Plan met\u00a0harde spatie."
    assert result.document.year == 2023


def test_cp1252_is_reported(sample_text: str) -> None:
    result = read_pc_text(MINI.replace("“", '"').replace("”", '"').encode("cp1252"))
    assert result.encoding == "cp1252"
    assert any("Windows-1252" in str(w) for w in result.warnings)


def test_text_after_footer_and_before_activities_is_kept_and_reported() -> None:
    text = MINI.replace("1. Eerste", "Losse zin tussen doel en activiteit.\n\n1. Eerste") + (
        "Deze pagina is gebouwd op 01/01/2024 10:00:00 met de export van 01/01/2024 09:00:00\nNagekomen tekst.\n"
    )
    result = parse_pc_text(text)
    unplaced = result.document.unplaced.plain_text()
    assert "Losse zin tussen doel en activiteit." in result.document.programmes[0].intro.plain_text()
    assert "Nagekomen tekst." in unplaced
    assert len(result.warnings) == 2
    assert {w.line for w in result.warnings} == {3, 18}
    assert "Nagekomen tekst." in render_pc_text(result.document)


def test_text_before_first_goal_becomes_programme_intro() -> None:
    text = "Titel\n\n1.2 Wat doen we?\n\nEen inleidende alinea over dit programma, met een punt.\n\n" + MINI.split("\n", 1)[1]
    document = parse_pc_text(text).document
    assert document.programmes[0].intro.plain_text() == "Een inleidende alinea over dit programma, met een punt."


def test_numbered_lines_inside_a_text_stay_text() -> None:
    text = MINI.replace("Plan twee.", "Plan twee:\n1. stap een\n2. stap twee")
    goal = parse_pc_text(text).document.programmes[0].goals[0]
    assert len(goal.activities) == 2
    assert [b.kind for b in goal.activities[1].plan.blocks] == [BlockKind.PARAGRAPH, BlockKind.NUMBERED, BlockKind.NUMBERED]


def test_several_programmes() -> None:
    text = "Programma 1 Werk\n\n" + MINI.split("\n", 1)[1] + "\nProgramma 2: Zorg\n\n" + MINI.split("\n", 1)[1]
    document = parse_pc_text(text).document
    assert [(p.number, p.name) for p in document.programmes] == [("1", "Werk"), ("2", "Zorg")]
    again = parse_pc_text(render_pc_text(document)).document
    assert [(p.number, p.name) for p in again.programmes] == [("1", "Werk"), ("2", "Zorg")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "leeg"),
        (b"   \n\n", "leeg"),
        (b"PK\x03\x04rest", "geen tekstbestand"),
        (b"\x00\x01\x02" * 1000, "binaire"),
        (b"Zomaar een tekst zonder structuur.\n", "geen activiteiten"),
    ],
)
def test_bad_input_is_refused_clearly(data: bytes, message: str) -> None:
    with pytest.raises(ImportRefused, match=message):
        read_pc_text(data)


def test_huge_file_is_refused_quickly(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pctext.MAX_BYTES >= 200 * 1024 * 1024  # a 10,000-activity chapter (~30 MB) fits easily
    monkeypatch.setattr(pctext, "MAX_BYTES", 1024 * 1024)
    with pytest.raises(ImportRefused, match="te groot"):
        decode(b"a" * (2 * 1024 * 1024))


# -- properties -----------------------------------------------------------------

_word = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd"), max_codepoint=0x24F), min_size=1,
                max_size=10)
_sentence = st.lists(_word, min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")
_line = st.one_of(_sentence, _sentence.map(lambda s: "  • " + s), st.just(""))


@st.composite
def _pc_texts(draw: st.DrawFn) -> str:
    lines = ["Programmaverantwoording", ""]
    for goal in range(draw(st.integers(1, 3))):
        lines += [f'Voor hoofddoel {"I" * (goal + 1)} "Doel {goal}" voeren we de volgende projecten en activiteiten uit:', ""]
        for number in range(1, draw(st.integers(1, 4)) + 1):
            lines.append(f"{number}. Activiteit {draw(_sentence)}")
            lines += draw(st.lists(_line, min_size=1, max_size=5))
            lines += ["", "Uitvoering in 2024:"]
            lines += draw(st.lists(_line, min_size=1, max_size=5))
            lines.append("")
    return "\n".join(lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_pc_texts())
def test_import_export_import_is_stable_and_keeps_every_word(text: str) -> None:
    first = parse_pc_text(text).document
    exported = render_pc_text(first)
    second = parse_pc_text(exported).document
    assert render_pc_text(second) == exported
    source_words = sorted(w for w in text.replace("•", " ").split())
    exported_words = sorted(w for w in exported.replace("•", " ").split())
    assert exported_words == source_words
