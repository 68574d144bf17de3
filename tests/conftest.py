"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt"


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("VERANTWOORDING_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _messages_in_dutch() -> Iterator[None]:
    """A test that switched the message language (an English window, ``--lang en``) does not leak it."""
    yield
    from verantwoording_app.domain.messages import use_language

    use_language("nl")


@pytest.fixture
def sample_bytes() -> bytes:
    return SAMPLE.read_bytes()


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def sample_document(sample_text: str):
    from verantwoording_app.formats.pctext import parse_pc_text

    return parse_pc_text(sample_text).document


@pytest.fixture
def workspace(tmp_path: Path):
    from verantwoording_app.services.workspace import Workspace

    ws = Workspace.open_default(tmp_path / "test.vwdb", author="tester")
    yield ws
    ws.close()


# the team-server fixtures (a real PostgreSQL): pg_server, pg_url, team_server
from tests.pgfixtures import _team_template, pg_server, pg_url, team_server  # noqa: E402, F401
