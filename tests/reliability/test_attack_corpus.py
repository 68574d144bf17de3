"""Issue 15's attacks, each through the command line: refused (in part) with a message, the rest applies."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from reliability import attacks

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.timeout(900)  # building the corpus takes a while on a busy machine

NAMES = [
    "andermans-activiteit.vwpakket", "eigenaar-mallory.vwpakket", "zelf-vastgesteld.vwpakket",
    "onbekende-status.vwpakket", "verzonnen-uitgifte.vwpakket", "auteur-wethouder.vwpakket", "nep-basis.vwpakket",
    "tekst-40000.vwpakket", "nul-escape.vwpakket", "liegende-grootte.vwpakket", "ander-document-uitgifte.vwpakket",
    "cel-xfd1048576.xlsx", "utf16-dtd.xlsx", "dtd-in-ander-onderdeel.xlsx", "dimensie-xfd1048576.xlsx",
    "surrogaat.xlsx", "cel-40000.xlsx", "nul-escape.xlsx", "beschadigd.vwdb",
    "umask-077.xlsx", "umask-077.vwpakket", "alleen-lezen-doel.txt", "alleen-lezen.vwdb", "achtergebleven-tmp",
    "reservekopieen-16", "venster-open", "tweede-opdracht", "regel-1mb.txt", "verdwaalde-byte.txt", "volle-schijf",
    "alleen-lezen-medium", "parameters-in-log", "wachtwoord-in-url",
]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, attacks.Attack]]:
    database, items = attacks.prepare(tmp_path_factory.mktemp("attacks"))
    return database, {item.name: item for item in items}


def test_every_attack_is_in_the_corpus(prepared: tuple[Path, dict[str, attacks.Attack]]) -> None:
    assert sorted(prepared[1]) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_the_attack_does_not_hold(prepared: tuple[Path, dict[str, attacks.Attack]], name: str) -> None:
    database, items = prepared
    outcome = attacks.check(items[name], database)
    assert outcome.exit_code == items[name].exit_code, outcome.output
    assert items[name].expect.casefold() in outcome.output.casefold(), outcome.output
    assert outcome.unchanged or not items[name].unchanged
    assert outcome.problem is None, outcome.problem
    assert outcome.ok
    assert outcome.peak_mb < 100
