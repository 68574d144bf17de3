from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.errors import StorageError
from verantwoording_app.services.emergency import write_emergency_copy

if TYPE_CHECKING:
    from pathlib import Path


def test_emergency_copy_is_readable_and_complete(tmp_path: Path) -> None:
    edits = {"abc": {"realisation": BlockText.from_plain("Tekst die niet kon worden opgeslagen."), "owner": "Fatima"}}
    target = write_emergency_copy(edits, titles={"abc": "1. Verbeteren"}, reason="schijf vol",
                                  folders=[tmp_path / "a"])
    text = target.read_text(encoding="utf-8")
    assert "== 1. Verbeteren ==" in text
    assert "Tekst die niet kon worden opgeslagen." in text
    assert "Reden: schijf vol" in text
    assert json.loads(target.with_suffix(".json").read_text())["abc"]["owner"] == "Fatima"


def test_each_copy_is_a_file_of_its_own_named_as_a_copy(tmp_path: Path) -> None:
    # the file is named after the copy, never after the last field in it, and a second failure in the same
    # second does not replace the first copy
    edits = {"abc": {"realisation": BlockText.from_plain("Eerste."), "owner": "Fatima"}}
    first = write_emergency_copy(edits, folders=[tmp_path])
    second = write_emergency_copy({"abc": {"owner": "Bert"}}, folders=[tmp_path])
    assert first != second
    assert all(p.name.startswith("noodkopie-") for p in (first, second))
    assert "Eerste." in first.read_text(encoding="utf-8")
    assert json.loads(second.with_suffix(".json").read_text())["abc"]["owner"] == "Bert"


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False,
                    reason="root ignores folder permissions; the missing-folder case below covers the fallback")
def test_falls_back_when_a_folder_is_read_only(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    target = write_emergency_copy({"x": {"title": "t"}}, folders=[locked / "sub", tmp_path / "ok"])
    assert target.parent == tmp_path / "ok"


def test_falls_back_when_a_folder_cannot_exist(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("ik ben geen map")
    target = write_emergency_copy({"x": {"title": "t"}}, folders=[blocker / "sub", tmp_path / "ok"])
    assert target.parent == tmp_path / "ok"


def test_nowhere_to_write_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="noodkopie"):
        write_emergency_copy({"x": {"title": "t"}}, folders=[blocker / "a"])
