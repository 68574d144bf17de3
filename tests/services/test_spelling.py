"""The bundled Dutch dictionary: the quality bar on the Almelo sample and ten planted misspellings."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.prose import words_of
from verantwoording_app.services import spelling
from verantwoording_app.services.checking import field_text

if TYPE_CHECKING:
    from pathlib import Path

    from verantwoording_app.domain.model import Document
    from verantwoording_app.domain.spelling import SpellChecker

# The sample's proper names and programme names, as a coordinator would add them to the
# document word list ("Toevoegen aan woordenlijst").
ALMELO_NAMES = (
    "Almelo-Nordhornkanaal", "Banisgemaal", "BedrijvenInvesteringsZone", "Hettrix", "Leerwerkloket", "Limpurgsingel",
    "Lobbox", "LoopbaanOriëntatie", "Restart", "Schuldenlab", "Schuldhulproute", "Schuldregelen", "Stec",
    "Twentepoort", "Twenteportaal", "Waterboulevard", "werkfit", "werkplein", "Coded", "Tech", "tech", "hospitality",
)

PLANTED = [  # (wrong, right): typos, missing letters, swapped letters
    ("gemeenet", "gemeente"),
    ("arbiedsmarkt", "arbeidsmarkt"),
    ("ondernemrs", "ondernemers"),
    ("verantwoordnig", "verantwoording"),
    ("begrooting", "begroting"),
    ("subsidei", "subsidie"),
    ("woninegn", "woningen"),
    ("jeugdzrog", "jeugdzorg"),
    ("inwonres", "inwoners"),
    ("werkgelegenhied", "werkgelegenheid"),
]


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    return spelling.load_checker(ALMELO_NAMES, personal_words=())


def _texts(document: Document) -> list[str]:
    out: list[str] = []
    for place in document.iter_activities():
        for field in ("title", "plan", "realisation"):
            out.extend(field_text(place.activity, field))
    return out


def test_at_most_one_percent_of_the_sample_is_flagged(checker: SpellChecker, sample_document: Document) -> None:
    texts = _texts(sample_document)
    total = sum(len(words_of(t)) for t in texts)
    flagged = sorted(m.word for t in texts for m in checker.misspellings(t))
    assert total > 4000
    assert len(flagged) <= total / 100, flagged
    # what is left is defensible: Latin, English, and a real slip of the sample
    assert set(flagged) <= {"ultimum", "remedium", "place", "be", "oordeelsvormend", "afweet", "investerings",
                            "signaleringpartners"}
    assert "signaleringpartners" in flagged  # the sample's own typo (signaleringspartners)


@pytest.mark.parametrize(("wrong", "right"), PLANTED)
def test_planted_misspelling_is_flagged_with_the_right_suggestion(checker: SpellChecker, wrong: str,
                                                                  right: str) -> None:
    sentence = f"In 2022 heeft de {wrong} veel bereikt."
    assert [m.word for m in checker.misspellings(sentence)] == [wrong]
    assert right in checker.suggestions(wrong)[:3]


def test_dictionary_is_found_through_the_resource_helper() -> None:
    folder = spelling.dictionary_dir()
    assert (folder / "nl_NL.aff").is_file()
    assert (folder / "nl_NL.dic").is_file()
    assert (folder / "LICENSE-OpenTaal.txt").is_file()
    assert (folder / "README.md").is_file()


def test_personal_word_list_is_written_atomically(tmp_path: Path) -> None:
    path = tmp_path / "lijst.txt"
    assert spelling.add_personal_word("Hettrix", path) is True
    assert spelling.add_personal_word("Hettrix", path) is False
    assert spelling.add_personal_word("almeloërs", path) is True
    assert spelling.read_personal_words(path) == ["almeloërs", "Hettrix"]
    assert not list(tmp_path.glob("*.tmp"))


def test_the_window_asks_a_child_process() -> None:
    from verantwoording_app.services.spell_process import start_checker

    checker, process = start_checker(["Hettrix"], personal_words=())
    try:
        assert checker.misspellings("De gemeenet en Hettrix") [0].word == "gemeenet"
        assert checker.suggestions("gemeenet")[0] == "gemeente"
    finally:
        process.close()
    assert not process._process.is_alive()


def test_the_child_process_judges_many_words_in_one_request_with_the_word_lists() -> None:
    from verantwoording_app.services.spell_process import SpellProcess

    process = SpellProcess()
    try:
        process.wait_ready()
        wrong = process.judge(["gemeenet", "gemeente", "Hettrix", "Hettrix-gemeente", "Werkfit"], ["Hettrix"],
                              ["werkfit"])
    finally:
        process.close()
    assert wrong == {"gemeenet"}
