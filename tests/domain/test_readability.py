"""The B1 indication: syllables, passive voice, the levels and the sentences that pull it down."""

from __future__ import annotations

import pytest

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.readability import (
    hard_sentences_in,
    is_passive,
    readability,
    syllables,
)


@pytest.mark.parametrize(("word", "count"), [("gemeente", 3), ("Almeloërs", 4), ("bijstand", 2), ("uur", 1),
                                             ("participatiewet", 6), ("A35", 1)])
def test_syllables(word: str, count: int) -> None:
    assert syllables(word) == count


@pytest.mark.parametrize(("sentence", "passive"), [
    ("De huishoudens worden per brief benaderd.", True),
    ("Er werd een fundament gelegd.", True),
    ("We hebben de huishoudens per brief benaderd.", False),
    ("De werkzaamheden worden groter.", False),
])
def test_passive(sentence: str, passive: bool) -> None:
    assert is_passive(sentence) is passive


def test_plain_short_text_is_b1() -> None:
    text = BlockText.from_plain("We hielpen 40 mensen aan werk. Zij kregen een cursus. Dat ging goed.")
    result = readability(text)
    assert result.level == "B1"
    assert result.hard == ()
    assert result.summary().startswith("B1 · Flesch-Douma")


def test_long_officialese_is_not_b1_and_its_sentence_is_marked() -> None:
    hard = ("Ter bevordering van de arbeidsmarktparticipatie van uitkeringsgerechtigden is door de gemeentelijke "
            "organisatie in nauwe samenwerking met maatschappelijke partners een integrale "
            "dienstverleningsovereenkomst geformuleerd en vervolgens geïmplementeerd.")
    text = BlockText.from_plain(f"We hielpen 40 mensen. {hard}")
    result = readability(text)
    assert result.level == "C1"
    assert [span.text for span in result.hard] == [hard]
    assert hard_sentences_in(f"We hielpen 40 mensen. {hard}") == [(22, 22 + len(hard))]


def test_empty_text() -> None:
    assert readability(BlockText()).level == ""
    assert readability(BlockText()).summary() == "geen tekst"


def test_a_cache_of_sentence_scores_gives_the_same_indication_and_scores_only_new_sentences() -> None:
    from verantwoording_app.domain import readability as module

    text = BlockText.from_plain("De gemeente heeft 337 cheques verstrekt. Er werd een plan opgesteld.\n\nKort.")
    cache: dict[str, module.SentenceScore] = {}
    assert module.readability(text, cache) == module.readability(text)
    assert len(cache) == 3
    edited = BlockText.from_plain("De gemeente heeft 338 cheques verstrekt. Er werd een plan opgesteld.\n\nKort.")
    assert module.readability(edited, cache) == module.readability(edited)
    assert len(cache) == 4  # only the changed sentence was scored again
