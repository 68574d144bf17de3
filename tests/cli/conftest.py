"""Command-line fixtures: run the CLI in-process and capture what it prints."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.cli import main

if TYPE_CHECKING:
    from pathlib import Path


def cli(*args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of one command."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def demo_db(tmp_path: Path) -> str:
    """A database with the Almelo example (13 activities: goal I has 8, goal II 5)."""
    path = str(tmp_path / "demo.vwdb")
    code, _out, err = cli("demo", "--db", path)
    assert code == 0, err
    return path
