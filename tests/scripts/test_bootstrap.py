"""scripts/bootstrap.sh: the Qt library check cannot race, and the apt list has what Qt's X11 plugin needs
(issue 14 item 18)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "bootstrap.sh"
LIBRARIES = ("libEGL.so.1", "libxkbcommon.so.0", "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
             "libxcb-shape.so.0", "libxkbcommon-x11.so.0", "libfontconfig.so.1", "libGL.so.1", "libdbus-1.so.3",
             "libglib-2.0.so.0", "libxcb-image.so.0", "libxcb-render-util.so.0", "libxcb-randr.so.0")

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def _fake_ldconfig(folder: Path, libraries: tuple[str, ...]) -> dict[str, str]:
    """An ``ldconfig -p`` that lists ``libraries`` first and then a lot more (as a real system does), so a
    reader that stops early makes it die of SIGPIPE."""
    listing = "".join(f"\t{name} (libc6,x86-64) => /usr/lib/{name}\n" for name in libraries)
    (folder / "listing.txt").write_text(listing + "\tlibfiller.so.0 (libc6,x86-64) => /usr/lib/x\n" * 40000,
                                        encoding="utf-8")
    tool = folder / "ldconfig"
    tool.write_text(f"#!/bin/sh\ncat '{folder / 'listing.txt'}'\n", encoding="utf-8")
    tool.chmod(tool.stat().st_mode | stat.S_IEXEC)
    return {**os.environ, "PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}


def _check(env: dict[str, str]) -> list[str]:
    result = subprocess.run(["bash", str(SCRIPT), "--check-libs"], env=env, capture_output=True, text=True,
                            timeout=60, check=True)
    return result.stdout.split()


def test_the_old_pipeline_is_racy_with_this_listing(tmp_path: Path) -> None:
    env = _fake_ldconfig(tmp_path, LIBRARIES)
    result = subprocess.run(["bash", "-c", "set -o pipefail; ldconfig -p | grep -q libEGL.so.1"], env=env,
                            capture_output=True, timeout=60, check=False)
    assert result.returncode != 0  # grep found it, yet the pipeline "failed": what bootstrap used to do


def test_present_libraries_are_never_reported_missing(tmp_path: Path) -> None:
    env = _fake_ldconfig(tmp_path, LIBRARIES)
    for _ in range(5):
        assert _check(env) == []


def test_a_missing_xcb_library_is_reported(tmp_path: Path) -> None:
    env = _fake_ldconfig(tmp_path, tuple(name for name in LIBRARIES if name != "libxcb-cursor.so.0"))
    assert _check(env) == ["libxcb-cursor.so.0"]


@pytest.mark.parametrize("package", ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
                                     "libxkbcommon-x11-0", "libegl1", "libxcb-image0", "libxcb-render-util0",
                                     "libxcb-randr0"])
def test_apt_installs_what_the_x11_plugin_needs(package: str) -> None:
    packages = SCRIPT.read_text(encoding="utf-8").split('apt_packages="', 1)[1].split('"', 1)[0].split()
    assert package in packages


def test_the_script_does_not_pipe_ldconfig_into_grep_q() -> None:
    assert "| grep -q" not in SCRIPT.read_text(encoding="utf-8").replace("`ldconfig -p | grep -q`", "")
