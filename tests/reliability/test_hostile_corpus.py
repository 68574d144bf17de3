"""Every broken or hostile file is refused clearly, in bounded memory, with the database untouched."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from reliability import corpus

if TYPE_CHECKING:
    from pathlib import Path

_PREPARED: dict[str, object] = {}


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, corpus.Case]]:
    folder = tmp_path_factory.mktemp("hostile")
    database, cases = corpus.prepare(folder)
    return database, {case.name: case for case in cases}


CASE_NAMES = [
    "leeg.txt", "alleen-witruimte.txt", "binair.txt", "nul-tekens.txt", "stuurtekens.txt", "pdf-met-txt.txt",
    "programma.txt", "onleesbare-codering.txt", "zonder-structuur.txt", "enorm-50mb.txt", "utf16-zonder-bom.txt",
    "geen-zip.xlsx", "afgebroken.xlsx", "oud-xls.xlsx", "versleuteld.xlsx", "csv-hernoemd.xlsx", "zipbom.xlsx",
    "entiteiten.xlsx", "externe-entiteit.xlsx", "pad-truc.xlsx", "miljoen-rijen.xlsx", "ander-document.xlsx",
    "hoofdstuk.docx", "geen-zip.vwpakket", "afgebroken.vwpakket", "gewijzigd.vwpakket", "pad-truc.vwpakket",
    "diep-genest.vwpakket", "zipbom.vwpakket", "ander-document.vwpakket",
]


def test_the_corpus_is_complete(prepared: tuple[Path, dict[str, corpus.Case]]) -> None:
    assert sorted(prepared[1]) == sorted(CASE_NAMES)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_refused_clearly_and_nothing_changes(prepared: tuple[Path, dict[str, corpus.Case]], name: str) -> None:
    database, cases = prepared
    outcome = corpus.check(cases[name], database)
    assert outcome.exit_code == 1, outcome.message
    assert outcome.message.startswith("fout: ")
    assert cases[name].expect.casefold() in outcome.message.casefold()
    assert "\n" not in outcome.message
    assert outcome.unchanged
    assert outcome.peak_mb < 200
