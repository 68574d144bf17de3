"""The store is the last gate of every door: field limits and control characters (domain.limits)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.cli import main
from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.limits import MAX_FIELD_CHARS, clean_text, text_length, too_long
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.storage.store import FieldTooLong

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open_default(tmp_path / "db.vwdb", author="tester")
    yield ws
    ws.close()


def _first(ws: Workspace) -> str:
    return ws.tree()[0].goals[0].activities[0].id


def test_limits_are_excels_cell() -> None:
    assert MAX_FIELD_CHARS == 32_767
    assert too_long("realisation", "x" * MAX_FIELD_CHARS) is None
    assert too_long("realisation", "x" * (MAX_FIELD_CHARS + 1)) is not None
    assert text_length("😀" * 3) == 6  # UTF-16 code units, as Excel counts
    assert too_long("owner", "x" * 201) is not None


def test_clean_text_strips_controls_and_replaces_unencodables() -> None:
    assert clean_text("a\x00b\x1bc\td\ne\r\n") == ("abc\td\ne\r\n", 2)
    assert clean_text("x\ud800y\ufffe") == ("x\ufffdy\ufffd", 2)


def test_the_form_cannot_store_an_overlong_text(workspace: Workspace) -> None:
    activity_id = _first(workspace)
    before = workspace.activity(activity_id)
    with pytest.raises(FieldTooLong, match=r"40\.00\d tekens.*32\.767"):
        workspace.save_activity(activity_id, {"realisation": BlockText.from_plain("x" * 40_000)})
    assert workspace.activity(activity_id) == before


def test_control_characters_never_reach_the_database(workspace: Workspace) -> None:
    activity_id = _first(workspace)
    workspace.save_activity(activity_id, {"title": "Met\x00 nul en \x1b[1mescape", "internal_note": "a\x07b"})
    activity = workspace.activity(activity_id)
    assert activity.title == "Met nul en [1mescape"
    assert activity.internal_note == "ab"
    workspace.add_remark(activity_id, "op\x00merking")
    assert workspace.activity(activity_id).opmerkingen[-1].text == "opmerking"


def test_a_text_import_with_an_overlong_text_is_refused(tmp_path: Path) -> None:
    text = ("Voor hoofddoel I \"Werk\" voeren we de volgende projecten en activiteiten uit:\n\n"
            "1. Een activiteit\n\nPlan.\n\nUitvoering in 2022:\n\n" + "woord " * 8_000 + "\n")
    source = tmp_path / "lang.txt"
    source.write_text(text, encoding="utf-8")
    err = io.StringIO()
    code = main(["import", str(source), "--db", str(tmp_path / "nieuw.vwdb")], out=io.StringIO(), err=err)
    assert code == 1
    assert "Een activiteit" in err.getvalue()
    assert "48.000 tekens" in err.getvalue()
