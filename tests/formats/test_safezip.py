"""Bounded zip reading: limits hold whatever the headers claim."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.formats.safezip import MB, SafeZipFile, ZipLimits, ZipRefused, open_zip

if TYPE_CHECKING:
    from pathlib import Path


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def lie_about_size(data: bytes, claimed: int) -> bytes:
    """Rewrite every declared uncompressed size (local and central headers) to ``claimed``."""
    out = bytearray(data)
    at = 0
    while (at := out.find(b"PK\x03\x04", at)) >= 0:
        struct.pack_into("<I", out, at + 22, claimed)
        at += 4
    at = 0
    while (at := out.find(b"PK\x01\x02", at)) >= 0:
        struct.pack_into("<I", out, at + 24, claimed)
        at += 4
    return bytes(out)


def test_reads_an_honest_member() -> None:
    archive = SafeZipFile(io.BytesIO(_zip({"a.txt": b"hallo" * 1000})), label="x.zip")
    assert archive.read("a.txt") == b"hallo" * 1000
    with archive.open("a.txt") as stream:
        assert stream.read(5) == b"hallo"


def test_a_lying_header_costs_no_memory(tmp_path: Path) -> None:
    """A member that inflates to 64 MB but claims 300 kB: refused, with a few MB of memory at most."""
    bomb = lie_about_size(_zip({"payload.json": bytes(64 * MB)}), 300_000)
    path = tmp_path / "bom.vwpakket"
    path.write_bytes(bomb)
    tracemalloc.start()
    try:
        with pytest.raises(ZipRefused, match="beschadigd"), open_zip(path) as archive:
            archive.read("payload.json")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * MB


def test_the_member_limit_counts_real_bytes(tmp_path: Path) -> None:
    path = tmp_path / "groot.zip"
    path.write_bytes(_zip({"a.xml": b"<a/>" * (1 * MB)}))
    limits = ZipLimits(max_member_bytes=5 * MB, max_total_bytes=5 * MB, max_ratio=10_000)
    with open_zip(path, limits) as archive:
        assert len(archive.read_member("a.xml")) == 4 * MB
        with pytest.raises(ZipRefused, match="pakt uit tot meer dan 1 MB"):
            archive.read_member("a.xml", limit=1 * MB)


def test_a_header_claiming_more_than_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "claim.zip"
    path.write_bytes(lie_about_size(_zip({"a.xml": b"<a/>"}), 300 * MB))
    with pytest.raises(ZipRefused, match="pakt uit tot meer dan 200 MB"):
        open_zip(path)


def test_the_total_limit_counts_every_read(tmp_path: Path) -> None:
    path = tmp_path / "veel.zip"
    path.write_bytes(_zip({f"{n}.xml": bytes(600_000) for n in range(4)}))
    limits = ZipLimits(max_member_bytes=1 * MB, max_total_bytes=4 * MB, max_ratio=10_000)

    def read_all(archive: SafeZipFile) -> None:
        for name in archive.namelist():
            archive.read(name)

    with open_zip(path, limits) as archive:
        read_all(archive)
        with pytest.raises(ZipRefused, match="pakt uit"):
            read_all(archive)


@pytest.mark.parametrize(
    ("name", "message"),
    [("../evil.txt", "verdacht pad"), ("/etc/passwd", "verdacht pad"), ("C:/x.txt", "verdacht pad")],
)
def test_suspicious_names_are_refused(tmp_path: Path, name: str, message: str) -> None:
    path = tmp_path / "pad.zip"
    path.write_bytes(_zip({name: b"x"}))
    with pytest.raises(ZipRefused, match=message):
        open_zip(path)


def test_other_compression_methods_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bz.zip"
    path.write_bytes(_zip({"a.xml": b"x" * 100}, zipfile.ZIP_BZIP2))
    with pytest.raises(ZipRefused, match="compressiemethode"):
        open_zip(path)


def test_too_many_entries(tmp_path: Path) -> None:
    path = tmp_path / "n.zip"
    path.write_bytes(_zip({f"{n}": b"" for n in range(12)}))
    with pytest.raises(ZipRefused, match="veel onderdelen"):
        open_zip(path, ZipLimits(max_entries=10))


def test_not_a_zip_and_missing(tmp_path: Path) -> None:
    path = tmp_path / "geen.zip"
    path.write_bytes(b"dit is tekst")
    with pytest.raises(ZipRefused, match="beschadigd"):
        open_zip(path)
    with pytest.raises(ZipRefused, match="bestaat niet"):
        open_zip(tmp_path / "weg.zip")


def test_a_damaged_member_is_refused(tmp_path: Path) -> None:
    data = bytearray(_zip({"a.xml": b"hallo wereld " * 5000}))
    data[60:80] = b"\xff" * 20  # inside the compressed bytes of the only member
    path = tmp_path / "kapot.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(ZipRefused, match="beschadigd"), open_zip(path) as archive:
        archive.read("a.xml")


def test_bounded_copy_gives_libraries_a_safe_zip(tmp_path: Path) -> None:
    from verantwoording_app.formats.safezip import bounded_copy

    path = tmp_path / "a.docx"
    path.write_bytes(_zip({"word/document.xml": b"<w:document/>", "media/x.png": b"\x89PNG" + bytes(100)}))
    with zipfile.ZipFile(io.BytesIO(bounded_copy(path))) as copy:
        assert copy.read("word/document.xml") == b"<w:document/>"
        assert copy.read("media/x.png").startswith(b"\x89PNG")
    path.write_bytes(lie_about_size(_zip({"word/document.xml": bytes(20 * MB)}), 1000))
    with pytest.raises(ZipRefused, match="beschadigd"):
        bounded_copy(path)
