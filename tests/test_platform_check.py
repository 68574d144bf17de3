"""Without a display (or without Qt's X11 libraries) the window says so in one line (issue 14 item 18)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from verantwoording_app import platform_check
from verantwoording_app.platform_check import display_problem


def test_no_display_is_one_dutch_line() -> None:
    line = display_problem(environ={}, platform="linux")
    assert line is not None
    assert line.startswith("fout: er is geen beeldscherm")
    assert "\n" not in line
    assert display_problem("en", environ={}, platform="linux").startswith("error: there is no display")  # type: ignore[union-attr]


@pytest.mark.parametrize("environ", [{"QT_QPA_PLATFORM": "offscreen"}, {"WAYLAND_DISPLAY": "wayland-0"},
                                     {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"}])
def test_platforms_without_x11_pass(environ: dict[str, str]) -> None:
    assert display_problem(environ=environ, platform="linux") is None


def test_windows_and_macos_are_not_checked() -> None:
    assert display_problem(environ={}, platform="win32") is None
    assert display_problem(environ={}, platform="darwin") is None


def test_missing_xcb_libraries_are_named_with_their_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check, "_loadable", lambda name: name != "libxcb-cursor.so.0")
    line = display_problem(environ={"DISPLAY": ":0"}, platform="linux")
    assert line is not None
    assert "libxcb-cursor.so.0" in line
    assert "apt-get install libxcb-cursor0" in line
    monkeypatch.setattr(platform_check, "_loadable", lambda name: True)
    assert display_problem(environ={"DISPLAY": ":0"}, platform="linux") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 check is Linux only")
def test_the_app_exits_with_the_line_instead_of_qts_abort() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "verantwoording_app"], env=env, capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("fout: er is geen beeldscherm")
    assert len(result.stderr.strip().splitlines()) == 1
