"""Recognising our zip-based files by what is inside, whatever their name: packages, workbooks, Word files."""

from __future__ import annotations

import json
import zipfile
from typing import TYPE_CHECKING

from .package import ENTRIES, FORMAT
from .safezip import SafeZipFile, ZipLimits, ZipRefused

if TYPE_CHECKING:
    from pathlib import Path

ZIP_MAGIC = b"PK\x03\x04"
MAX_MANIFEST_BYTES = 64 * 1024
MAX_ENTRIES = 10_000
"""A zip with more entries than this is none of ours; its directory is not read further."""
SNIFF_LIMITS = ZipLimits(max_entries=MAX_ENTRIES)
"""safezip's limits with room for more entries. A container safezip refuses (hostile or too large) is not
recognised by its content; by its name the importer of that kind then refuses it with its own message."""


def zip_kind(path: Path) -> str | None:
    """``package``, ``xlsx`` or ``docx`` from the zip's table of contents; None for any other file.

    Only the central directory is read (no member is unpacked), so this is cheap and safe on hostile files.
    """
    try:
        with path.open("rb") as stream:
            if stream.read(4) != ZIP_MAGIC:
                return None
        with SafeZipFile(path, SNIFF_LIMITS) as archive:  # a hostile container is refused, so not ours
            names = {info.filename for info in archive.infolist()}
            if names == set(ENTRIES):
                return "package" if _is_our_manifest(archive) else None
    except (ZipRefused, OSError, zipfile.BadZipFile, ValueError, EOFError, RuntimeError, NotImplementedError):
        return None
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "word/document.xml" in names:
        return "docx"
    return None


def _is_our_manifest(archive: SafeZipFile) -> bool:
    """The manifest names our package format (read through a bounded stream, whatever its header claims)."""
    try:
        data = archive.read_member("manifest.json", MAX_MANIFEST_BYTES)
    except ZipRefused:
        return False
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(manifest, dict) and manifest.get("format") == FORMAT
