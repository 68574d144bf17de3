"""The document word list travels in work packages: out with the hand-out, new words back with the hand-in."""

from __future__ import annotations

import json
import zipfile
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.errors import ImportRefused
from verantwoording_app.domain.selection import Selection
from verantwoording_app.services import packages
from verantwoording_app.services.checking import aids
from verantwoording_app.services.workspace import Workspace

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open_default(tmp_path / "coordinator.vwdb", author="coördinator")
    ws.assign(Selection(goal="I"), owner="Fatima")
    yield ws
    ws.close()


def test_words_go_out_and_come_back(coordinator: Workspace, tmp_path: Path) -> None:
    aids(coordinator).add_word("Hettrix", "coördinator")
    handout = tmp_path / "fatima.vwpakket"
    packages.create_handout(coordinator, "Fatima", handout)
    officer = packages.open_handout(handout, database=tmp_path / "fatima.vwdb", author="Fatima")
    try:
        assert aids(officer).words() == ("Hettrix",)
        aids(officer).add_word("Schuldenlab", "Fatima")
        handin = tmp_path / "fatima-terug.vwpakket"
        packages.create_handin(officer, handin)
    finally:
        officer.close()
    report = packages.merge_handins(coordinator, [handin])
    assert aids(coordinator).words() == ("Hettrix", "Schuldenlab")
    assert any("1 woord(en) toegevoegd" in m for m in report.messages)
    again = packages.merge_handins(coordinator, [handin])
    assert not any("woord" in m for m in again.messages)


def test_a_package_with_a_bad_word_list_is_refused_unchanged(coordinator: Workspace, tmp_path: Path) -> None:
    handout = tmp_path / "fatima.vwpakket"
    packages.create_handout(coordinator, "Fatima", handout)
    officer = packages.open_handout(handout, database=tmp_path / "fatima.vwdb", author="Fatima")
    handin = tmp_path / "terug.vwpakket"
    try:
        packages.create_handin(officer, handin)
    finally:
        officer.close()
    with zipfile.ZipFile(handin) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        payload = json.loads(archive.read("payload.json"))
    payload["words"] = {"niet": "een lijst"}
    from verantwoording_app.formats.package import Manifest, write_package

    fields = {k: v for k, v in manifest.items() if k not in ("format", "version", "sha256")}
    from datetime import datetime

    fields["created"] = datetime.fromisoformat(fields["created"])
    write_package(handin, Manifest(**fields), payload)
    with pytest.raises(ImportRefused, match="woordenlijst"):
        packages.merge_handins(coordinator, [handin])
    assert aids(coordinator).words() == ()
