"""Which words are checked, word lists, cache and suggestions (with a fake engine)."""

from __future__ import annotations

from verantwoording_app.domain.spelling import (
    SpellChecker,
    WordList,
    candidate_words,
    edit_candidates,
)

KNOWN = {"gemeente", "de", "heeft", "inwoners", "geholpen", "arbeidsmarkt", "sport", "re-integratie"}


def _checker(**kwargs: object) -> tuple[SpellChecker, list[str]]:
    calls: list[str] = []

    def spell(word: str) -> bool:
        calls.append(word)
        return word.lower() in KNOWN

    return SpellChecker(spell, **kwargs), calls  # type: ignore[arg-type]


def test_capitals_digits_addresses_and_single_letters_are_not_checked() -> None:
    text = "Het RMT en 3-HAVO op de A35, zie indelogistiek.nl of info@almelo.nl: a gemeenet"
    assert [w for _s, _e, w in candidate_words(text)] == ["Het", "en", "op", "de", "zie", "of", "gemeenet"]


def test_misspellings_with_positions_and_a_cache() -> None:
    checker, calls = _checker()
    text = "De gemeenet heeft inwoners geholpen."
    wrong = checker.misspellings(text)
    assert [(m.word, text[m.start:m.end]) for m in wrong] == [("gemeenet", "gemeenet")]
    count = len(calls)
    checker.misspellings(text)
    assert len(calls) == count  # every word came from the cache


def test_cached_check_reports_what_it_does_not_know_yet() -> None:
    checker, calls = _checker()
    wrong, unknown = checker.misspellings_cached("De gemeenet heeft")
    assert wrong == []
    assert unknown == {"De", "gemeenet", "heeft"}
    assert calls == []
    for word in unknown:
        checker.is_correct(word)
    wrong, unknown = checker.misspellings_cached("De gemeenet heeft")
    assert [m.word for m in wrong] == ["gemeenet"]
    assert unknown == set()


def test_hyphenated_word_is_right_when_its_parts_are() -> None:
    checker, _ = _checker()
    assert checker.is_correct("sport-arbeidsmarkt")
    assert not checker.is_correct("sport-arbiedsmarkt")


def test_word_lists_names_keep_their_case() -> None:
    words = WordList(["Hettrix", "werkfit", "Almelo’s"])
    assert "Hettrix" in words
    assert "HETTRIX" in words
    assert "hettrix" not in words
    assert "werkfit" in words
    assert "Werkfit" in words
    assert "Almelo's" in words
    assert "Almelo’s" in words
    checker, calls = _checker(document_words=["Hettrix"], personal_words=["werkfit"])
    assert checker.misspellings("Hettrix werkfit") == []
    assert calls == []


def test_suggestions_swapped_missing_and_extra_letters() -> None:
    checker, _ = _checker()
    assert checker.suggestions("gemeenet")[0] == "gemeente"
    assert checker.suggestions("inwonrs") == ["inwoners"]
    assert checker.suggestions("heeeft") == ["heeft"]
    assert checker.suggestions("Gemeenet")[0] == "Gemeente"


def test_edit_candidates_come_swaps_first() -> None:
    first = list(edit_candidates("ab"))[:2]
    assert first == ["ba", "b"]


def test_the_fast_word_scan_finds_the_same_words() -> None:
    checker, _ = _checker()
    for text in ("De gemeenet heeft inwoners geholpen, gemeenet.", "Zie www.almelo.nl of mail info@almelo.nl gemeenet",
                 "Het RMT en 3-HAVO: sport-arbiedsmarkt"):
        assert checker.misspelt_words(text) == [m.word for m in checker.misspellings(text)]


def test_misspelt_counts_count_as_the_word_lists_of_each_text_do() -> None:
    checker, calls = _checker(document_words=["Almelo"])
    texts = ["De gemeenet heeft gemeenet inwoners.", "", "Almelo RMT 3-HAVO sprot", "de www.almelo.nl sprot",
             "arbeidsmarkt"]
    assert checker.misspelt_counts(texts) == [len(checker.misspelt_words(t)) for t in texts] == [2, 0, 1, 1, 0]
    assert calls.count("gemeenet") == 1  # each distinct word judged once


def _long_paragraph() -> str:
    sentence = "De gemeente heeft inwoners geholpen, de gemeenet heeft sport-arbeidsmarkt de info@almelo.nl"
    return ". ".join(f"{sentence} {n}" for n in range(120)) + "."


def test_cached_check_of_a_long_paragraph_finds_what_the_full_check_finds() -> None:
    checker, _ = _checker()
    text = _long_paragraph()
    full = checker.misspellings(text)
    wrong, unknown = checker.misspellings_cached(text)
    assert unknown == set()
    assert sorted(wrong, key=lambda m: m.start) == full
    assert all(text[m.start:m.end] == m.word for m in wrong)
    assert len(full) == 120


def test_a_keystroke_in_a_long_paragraph_looks_again_only_at_its_piece(monkeypatch) -> None:
    checker, _ = _checker()
    text = _long_paragraph()
    checker.misspellings(text)
    checker.misspellings_cached(text)
    judged: list[str] = []
    original = checker._piece_marks
    monkeypatch.setattr(checker, "_piece_marks", lambda piece: judged.append(piece) or original(piece))
    edited = text.replace("geholpen, de gemeenet heeft sport-arbeidsmarkt de info@almelo.nl 60",
                          "geholpen, de gemeenet heeft sport-arbeidsmarkt de info@almelo.nl 60 extra")
    wrong, unknown = checker.misspellings_cached(edited)
    assert len(judged) == 1
    assert unknown == {"extra"}
    checker.is_correct("extra")
    wrong, unknown = checker.misspellings_cached(edited)
    assert unknown == set()
    assert sorted(wrong, key=lambda m: m.start) == checker.misspellings(edited)
    assert [m.word for m in wrong].count("extra") == 1  # not in KNOWN: flagged once judged
    assert len(judged) == 1


def test_a_word_added_to_a_list_is_judged_again_in_remembered_pieces() -> None:
    checker, _ = _checker()
    text = _long_paragraph()
    checker.misspellings(text)
    assert len(checker.misspellings_cached(text)[0]) == 120
    checker.accept(["gemeenet"])
    assert checker.misspellings_cached(text)[0] == []
