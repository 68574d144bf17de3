"""Render resources/icons/verantwoording.svg to the .png and multi-size .ico that the builds use.

Run after changing the SVG and commit the results:

    .venv/bin/python installer/make_icons.py

Uses only PySide6 (QtSvg ships in PySide6-Essentials). The .ico container is written here:
sizes up to 128 px as 32-bit BMP entries (what every Windows tool reads), 256 px as a
PNG entry (the Vista+ convention, keeps the file small).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "verantwoording.svg"
SMALL_SVG = ICONS / "verantwoording-small.svg"
"""A simplified drawing for the smallest sizes, where the bars would only blur."""
SMALL_UP_TO = 24
PNG = ICONS / "verantwoording.png"
ICO = ICONS / "verantwoording.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256
PNG_ENTRY_FROM = 256
"""ICO entries this size and larger are stored as PNG, smaller ones as BMP."""


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn on a transparent ``size`` x ``size`` image (straight alpha ARGB32)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """A 32-bit DIB as stored in an ICO: header with doubled height, bottom-up BGRA, AND mask."""
    width, height = image.width(), image.height()
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    stride = width * 4
    bits = bytes(image.constBits())
    rows = [bits[y * image.bytesPerLine(): y * image.bytesPerLine() + stride] for y in range(height)]
    pixels = b"".join(reversed(rows))  # ARGB32 is B,G,R,A in memory on little-endian machines
    mask_stride = ((width + 31) // 32) * 4
    mask = bytes(mask_stride * height)  # all opaque: the alpha channel decides
    return header + pixels + mask


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO container around ready-made entries (PNG or DIB), smallest first."""
    sizes = sorted(images)
    offset = 6 + 16 * len(sizes)
    directory = b""
    body = b""
    for size in sizes:
        data = images[size]
        dim = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(body))
        body += data
    return struct.pack("<HHH", 0, 1, len(sizes)) + directory + body


def main() -> int:
    if sys.byteorder != "little":
        raise SystemExit("the BMP entries assume a little-endian machine")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    entries: dict[int, bytes] = {}
    for size in ICO_SIZES:
        image = render(SMALL_SVG if size <= SMALL_UP_TO else SVG, size)
        entries[size] = png_bytes(image) if size >= PNG_ENTRY_FROM else bmp_entry(image)
    PNG.write_bytes(png_bytes(render(SVG, PNG_SIZE)))
    ICO.write_bytes(ico_bytes(entries))
    print(f"wrote {PNG.relative_to(ROOT)} ({PNG.stat().st_size} bytes) and "
          f"{ICO.relative_to(ROOT)} ({ICO.stat().st_size} bytes, sizes {', '.join(map(str, ICO_SIZES))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
