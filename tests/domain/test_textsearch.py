"""Literal search in activities: whole words, case, every hit in document order (issue 14 item 2)."""

from __future__ import annotations

import pytest

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.model import Activiteit, Document, Hoofddoel, Programma
from verantwoording_app.domain.textsearch import apply, find_occurrences, iter_hits


@pytest.mark.parametrize(("text", "needle", "whole", "case", "matches"), [
    ("Almelo en Almeloërs", "Almelo", False, False, ["Almelo", "Almelo"]),
    ("Almelo en Almeloërs", "Almelo", True, False, ["Almelo"]),
    ("Hoofdstad en stad", "stad", True, False, ["stad"]),
    ("Hoofdstad en stad", "stad", False, False, ["stad", "stad"]),
    ("ALMELO almelo", "almelo", False, True, ["almelo"]),
    ("ALMELO almelo", "almelo", False, False, ["ALMELO", "almelo"]),
    ("de (wijk)-aanpak", "(wijk)", True, False, ["(wijk)"]),
    ("a.b a+b", "a+b", True, False, ["a+b"]),
    ("Ärzte ärzte", "ärzte", True, False, ["Ärzte", "ärzte"]),
])
def test_find(text: str, needle: str, whole: bool, case: bool, matches: list[str]) -> None:
    activity = Activiteit(title=text)
    found = find_occurrences(activity, needle, whole_word=whole, case_sensitive=case)
    assert [o.match for o in found] == matches


def test_replace_whole_word_leaves_longer_words() -> None:
    activity = Activiteit(title="t", realisation=BlockText.from_markdown("Almelo en de Almeloërs\n"))
    found = find_occurrences(activity, "Almelo", whole_word=True)
    replaced = apply(activity, found, "Stad X")["realisation"]
    assert isinstance(replaced, BlockText)
    assert replaced.to_markdown() == "Stad X en de Almeloërs\n"


def test_a_word_half_in_bold_is_found() -> None:
    activity = Activiteit(title="t", realisation=BlockText.from_markdown("de **Alm**elo-aanpak\n"))
    assert [o.match for o in find_occurrences(activity, "Almelo", whole_word=True)] == ["Almelo"]


def test_hits_come_in_document_order_with_codes() -> None:
    goals = tuple(Hoofddoel(title=f"Doel {g}", activities=tuple(Activiteit(title=f"x {g}.{a} x") for a in range(3)))
                  for g in range(2))
    document = Document(year=2022, programmes=(Programma(number="4", name="P", goals=goals),))
    assert [h.code for h in iter_hits(document, "x", whole_word=True)] == [
        code for code in ("4.I.1", "4.I.2", "4.I.3", "4.II.1", "4.II.2", "4.II.3") for _ in range(2)]
