"""Can the window start here? Checked before Qt loads, so a missing display or library gives one clear line
instead of Qt's English abort (exit 134). Standard library only."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
}
"""What Qt's X11 platform plugin loads, and the Debian/Ubuntu package that has it."""

MESSAGES = {
    "nl": {
        "display": "fout: er is geen beeldscherm om het venster op te tonen (DISPLAY en WAYLAND_DISPLAY zijn niet "
                   "gezet). Start Verantwoording op een bureaublad, of gebruik de opdrachtregel "
                   "(verantwoording --help).",
        "libraries": "fout: het venster kan niet starten: deze systeembibliotheken ontbreken: {libraries}. "
                     "Installeer ze, bijvoorbeeld: sudo apt-get install {packages}",
    },
    "en": {
        "display": "error: there is no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set). "
                   "Start Verantwoording on a desktop, or use the command line (verantwoording --help).",
        "libraries": "error: the window cannot start: these system libraries are missing: {libraries}. "
                     "Install them, for example: sudo apt-get install {packages}",
    },
}


def _loadable(name: str) -> bool:
    import ctypes  # only on Linux with X11: not on every start

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def display_problem(language: str = "nl", environ: Mapping[str, str] | None = None,
                    platform: str | None = None) -> str | None:
    """One line saying why the window cannot start here, or None when it can (or we cannot tell)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    texts = MESSAGES["en" if language == "en" else "nl"]
    if not platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen and chosen not in ("xcb", "wayland"):
        return None  # offscreen, minimal, vnc, …: no display needed
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return texts["display"]
    if chosen == "wayland" or (not environ.get("DISPLAY") and environ.get("WAYLAND_DISPLAY")):
        return None
    missing = [name for name in XCB_LIBRARIES if not _loadable(name)]
    if missing:
        packages = " ".join(XCB_LIBRARIES[name] for name in missing)
        return texts["libraries"].format(libraries=", ".join(missing), packages=packages)
    return None
