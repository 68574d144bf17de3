"""The server search's snippet: a plain find first, the regular expression where they could differ; the same
snippet either way."""

from __future__ import annotations

import re

import pytest

from verantwoording_app.storage.server.search import snippet


def _pattern(terms: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(rf"\b{re.escape(t)}\w*" for t in terms), re.IGNORECASE)


@pytest.mark.parametrize(("texts", "terms"), [
    (("Titel", "De ondernemers in Almelo en de Ondernemer zelf."), ["ondernemer"]),
    (("Titel", "Medeondernemers tellen niet; ONDERNEMERS wel."), ["ondernemer"]),
    (("Gemeente Almelo", "x"), ["gemeente"]),
    (("Titel", "Eerst almelo, dan de gemeente."), ["gemeente", "almelo"]),
    (("Titel", "Een GeMeEnTe met gekke hoofdletters."), ["gemeente"]),
    (("Titel", "Dit past alleen via een stam."), ["ondernemer"]),
    (("Titel", "De échte ÉCHTE zaak."), ["échte"]),
    (("Titel", "x" * 300 + " woning_bouw woningbouw " + "y" * 300), ["woningbouw"]),
])
def test_the_fast_snippet_is_the_expressions_snippet(texts: tuple[str, ...], terms: list[str]) -> None:
    pattern = _pattern(terms)
    assert snippet(pattern, texts, [t.lower() for t in terms]) == snippet(pattern, texts)


def test_the_match_is_in_brackets_with_context() -> None:
    text = "Voor ondernemers in de binnenstad is een loket geopend."
    assert snippet(_pattern(["ondernemer"]), ("Titel", text), ["ondernemer"]) == \
        "Voor [ondernemers] in de binnenstad is een loket geopend."
