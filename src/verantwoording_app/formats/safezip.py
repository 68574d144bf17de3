"""Zip containers read with bounded memory and time, whatever their headers claim.

Packages, workbooks and Word files are zips made by someone else. Python's
``zipfile`` trusts the sizes in the central directory and, for ``read()``,
decompresses in one call that can produce gigabytes from a megabyte. Here
every member is read through a stream that decompresses in small steps and
stops the moment a limit is passed, counting the bytes that really come out,
not the bytes the header announces. The container itself is checked before
anything is read: number of entries, names (no absolute paths or ``..``),
encryption, compression method (stored and deflate only) and the declared
sizes and ratios.

``SafeZipFile`` is a drop-in ``zipfile.ZipFile`` for reading, so libraries that
take a zip (openpyxl) or whose reader can be given one read through the same
bounded streams. Every refusal is an ImportRefused (``ZipRefused``) with a
Dutch message naming the file.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final
from xml.parsers import expat

from ..domain.errors import ImportRefused
from ..domain.messages import Message

if TYPE_CHECKING:
    from collections.abc import Callable

CHUNK: Final = 64 * 1024
"""Bytes asked of the decompressor per step: the most one step can produce."""
MB: Final = 1024 * 1024


class ZipRefused(ImportRefused):
    """A zip container that is hostile, too large or damaged; nothing was changed."""


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """What one container may hold; sizes are uncompressed bytes as really read."""

    max_entries: int = 2_000
    max_member_bytes: int = 200 * MB
    max_total_bytes: int = 1024 * MB
    max_ratio: int = 200
    """Uncompressed / compressed, declared, for members over ``ratio_floor``."""
    ratio_floor: int = 1 * MB


def _mb(count: int) -> str:
    return f"{max(count // MB, 1)} MB"


class BoundedMember(io.RawIOBase):
    """One member's bytes, decompressed in small steps; refuses past its limit."""

    def __init__(self, inner: IO[bytes], archive: SafeZipFile, info: zipfile.ZipInfo, limit: int) -> None:
        super().__init__()
        self._inner = inner
        self._archive = archive
        self._info = info
        self.limit = limit
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self._step(len(view))
        view[: len(data)] = data
        return len(data)

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            return self.readall()
        return self._step(size)

    def readall(self) -> bytes:
        parts = []
        while data := self._step(CHUNK):
            parts.append(data)
        return b"".join(parts)

    def _step(self, size: int) -> bytes:
        try:
            data = self._inner.read(min(max(size, 1), CHUNK))
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
            raise self._archive.damaged(self._info.filename) from error
        self.count += len(data)
        if self.count > self.limit:
            raise self._archive.too_large(self._info.filename, self.limit)
        self._archive.account(len(data), self._info.filename)
        return data

    def close(self) -> None:
        if not self.closed:
            self._inner.close()
        super().close()


class SafeZipFile(zipfile.ZipFile):
    """A read-only ZipFile whose members are bounded streams (see the module docstring)."""

    def __init__(self, file: str | Path | IO[bytes], limits: ZipLimits | None = None, *,
                 label: str | None = None) -> None:
        self.limits = limits or ZipLimits()
        self.label = label or (Path(file).name if isinstance(file, str | Path) else "het bestand")
        self._total = 0
        try:
            super().__init__(file, "r")
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as error:
            raise ZipRefused(
                Message.of("zip.damaged_or_incomplete", label=self.label)
            ) from error
        try:
            self._check()
        except BaseException:
            self.close()
            raise

    # -- the container ---------------------------------------------------------

    def _check(self) -> None:
        infos = self.infolist()
        limits = self.limits
        if len(infos) > limits.max_entries:
            raise ZipRefused(Message.of("zip.too_many_members", label=self.label, count=len(infos)))
        declared = 0
        for info in infos:
            name = info.filename
            parts = name.replace("\\", "/").split("/")
            if name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":"):
                raise ZipRefused(
                    Message.of("zip.suspicious_path", label=self.label, name=name[:60])
                )
            if info.flag_bits & 0x1:
                raise ZipRefused(Message.of("zip.encrypted", label=self.label))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise ZipRefused(
                    Message.of("zip.unknown_compression", label=self.label, compress_type=info.compress_type)
                )
            if info.file_size > limits.max_member_bytes:
                raise self.too_large(name, limits.max_member_bytes)
            declared += info.file_size
            if declared > limits.max_total_bytes:
                raise self.too_large(name, limits.max_total_bytes)
            if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                raise ZipRefused(
                    Message.of("zip.compression_ratio", label=self.label, name=name[:60])
                )

    # -- reading ---------------------------------------------------------------

    def open(self, name: str | zipfile.ZipInfo, mode: str = "r", pwd: bytes | None = None, *,
             force_zip64: bool = False) -> IO[bytes]:
        if mode != "r":
            raise ValueError("SafeZipFile is read-only")
        info = name if isinstance(name, zipfile.ZipInfo) else self.getinfo(name)
        try:
            inner = super().open(info, "r", pwd)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as error:
            raise self.damaged(info.filename) from error
        return BoundedMember(inner, self, info, self.limits.max_member_bytes)  # type: ignore[return-value]

    def read_member(self, name: str, limit: int | None = None) -> bytes:
        """A member's bytes, refused past ``limit`` (default: the member limit)."""
        info = self.getinfo(name)
        if limit is not None and info.file_size > limit:
            raise self.too_large(name, limit)
        with self.open(info) as stream:
            assert isinstance(stream, BoundedMember)
            stream.limit = min(limit or self.limits.max_member_bytes, self.limits.max_member_bytes)
            return stream.readall()

    def account(self, count: int, name: str) -> None:
        self._total += count
        if self._total > self.limits.max_total_bytes:
            raise self.too_large(name, self.limits.max_total_bytes)

    def scan_xml(self, name: str, observe: Callable[[bytes], None] | None = None) -> bool:
        """Stream one member through expat; refuse a DTD or entity declaration in any encoding.

        Returns False (nothing checked) for a member that does not start like
        XML, e.g. an image. ``observe`` sees every raw chunk (row counting).
        The parse itself is left to the library (openpyxl uses defusedxml).
        """
        with self.open(name) as stream:
            first = stream.read(CHUNK)
            encoding = _xml_encoding(first)
            if encoding is None:
                return False
            parser = expat.ParserCreate()
            parser.StartDoctypeDeclHandler = self._dtd(name)
            parser.EntityDeclHandler = self._dtd(name)
            parser.ExternalEntityRefHandler = self._external(name)
            decoder = codecs.getincrementaldecoder(encoding)("replace")
            tail = ""
            chunk = first
            try:
                while chunk:
                    if observe is not None:
                        observe(chunk)
                    text = tail + decoder.decode(chunk)
                    if _DECLARATION.search(text):
                        self._dtd(name)()
                    tail = text[-32:]
                    parser.Parse(chunk, False)
                    chunk = stream.read(CHUNK)
                parser.Parse(b"", True)
            except expat.ExpatError as error:
                raise ZipRefused(
                    Message.of("zip.invalid_xml", label=self.label, name=name[:60], error=error)
                ) from None
        return True

    def _dtd(self, name: str) -> Callable[..., None]:
        def refuse(*_args: object) -> None:
            raise ZipRefused(
                Message.of("zip.xml_declarations", label=self.label, name=name[:60])
            )

        return refuse

    def _external(self, name: str) -> Callable[[str, str | None, str | None, str | None], int]:
        def refuse(*_args: object) -> int:
            self._dtd(name)()
            return 0

        return refuse

    # -- messages --------------------------------------------------------------

    def too_large(self, name: str, limit: int) -> ZipRefused:
        return ZipRefused(
            Message.of("zip.unpacks_too_large", label=self.label, mb=_mb(limit), name=name[:60])
        )

    def damaged(self, name: str) -> ZipRefused:
        return ZipRefused(
            Message.of("zip.member_unreadable", label=self.label, name=name[:60])
        )


def bounded_copy(path: Path, limits: ZipLimits | None = None) -> bytes:
    """The zip at ``path`` rebuilt from bounded reads, every XML part checked for DTDs (ZipRefused).

    For libraries that open a zip themselves (python-docx): they get a copy in
    which no member can inflate past the limits and no XML part declares a DTD.
    """
    buffer = io.BytesIO()
    with open_zip(path, limits) as archive, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED,
                                                              compresslevel=1) as target:
        for info in archive.infolist():
            if info.is_dir():
                continue
            archive.scan_xml(info.filename)
            target.writestr(info.filename, archive.read_member(info.filename))
    return buffer.getvalue()


_DECLARATION = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _xml_encoding(head: bytes) -> str | None:
    """The encoding of a member that starts like XML (BOM, UTF-16 without BOM, UTF-8), else None."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    if head[:2] == b"<\x00":
        return "utf-16-le"
    if head[:2] == b"\x00<":
        return "utf-16-be"
    return "utf-8" if head.lstrip(b" \t\r\n")[:1] == b"<" else None


def open_zip(path: Path, limits: ZipLimits | None = None) -> SafeZipFile:
    """Open a zip for reading; refuses a missing, unreadable or hostile file (ZipRefused)."""
    try:
        return SafeZipFile(path, limits, label=path.name)
    except FileNotFoundError:
        raise ZipRefused(Message.of("file.missing", name=path.name)) from None
    except OSError as error:
        raise ZipRefused(Message.of("file.cannot_read_value", name=path.name, value=error.strerror or error)) from error
