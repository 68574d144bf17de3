"""Sentences of a paragraph: a long paragraph is split piece by piece, with the same result."""

from __future__ import annotations

import functools
import random

from verantwoording_app.domain import prose

_FRAGMENTS = (
    "Dit is een zin.", "o.a. de gemeente", "J. de Vries zei", "ca. 40 huishoudens.", "Klaar!", "Echt?", "Nou…",
    "“Citaat.”", "(zie boven.)", "bijv. ", "x.", "A. B.", "e.d. en meer.", "ok.  Daarna", ". .", "etc. Verder",
    "vs. Ajax", "...", "\u00a0", "Mr. X", "\t", "een woord van meer dan veertig letters: "
    "arbeidsmarktparticipatiebevorderingsprogramma.", "de gemeente heeft het plan uitgevoerd",
)


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_FRAGMENTS) + rng.choice((" ", "", "  ")) for _ in range(rng.randint(400, 700)))


def test_a_long_paragraph_is_split_as_a_short_one_would_be() -> None:
    rng = random.Random(16)
    for _ in range(200):
        text = _text(rng)
        assert len(text) > prose.SPLIT_CACHE_TEXT_LIMIT
        assert prose.split_sentences(text) == list(prose._split_sentences.__wrapped__(text))


def test_a_keystroke_in_a_long_paragraph_splits_only_its_piece(monkeypatch) -> None:
    text = " ".join(f"Zin nummer {n} van de gemeente is klaar." for n in range(400))
    scanned: list[str] = []

    def spy(piece: str) -> tuple[tuple[int, ...], int]:
        scanned.append(piece)
        return prose._sentence_ends(piece)

    monkeypatch.setattr(prose, "_piece_sentence_ends", functools.lru_cache(maxsize=8192)(spy))
    assert len(prose.split_sentences(text)) == 400
    assert len(scanned) == 400
    scanned.clear()
    edited = text.replace("nummer 200 ", "nummer 200x ")
    found = prose.split_sentences(edited)
    assert found == list(prose._split_sentences.__wrapped__(edited))
    assert scanned == ["Zin nummer 200x van de gemeente is klaar. "]
