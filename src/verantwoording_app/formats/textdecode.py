"""Bytes of a text file → text: UTF-8 (stray bad bytes replaced and reported by line),
UTF-16 with or without a byte-order mark, Windows-1252 only when the file is not UTF-8 as a whole."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import ImportRefused
from ..domain.messages import Message

_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF", b"\x7fELF", b"MZ")
_SAMPLE = 65536
_REPORTED_LINES = 20


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    notes: tuple[tuple[int, str], ...] = ()
    """(line, message) pairs for the import report; line 0 is the whole file."""


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when every other byte is mostly zero (Latin text in UTF-16)."""
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    zero_even = even.count(0)
    zero_odd = odd.count(0)
    if zero_odd > len(odd) * 0.3 and zero_even < len(even) * 0.05:
        return "utf-16-le"
    if zero_even > len(even) * 0.3 and zero_odd < len(odd) * 0.05:
        return "utf-16-be"
    return None


def _bad_lines(text: str) -> tuple[tuple[int, str], ...]:
    lines: list[int] = []
    count = 0
    start = 0
    while (position := text.find("\ufffd", start)) >= 0:
        count += 1
        line = text.count("\n", 0, position) + 1 if not lines else lines[-1] + text.count("\n", start, position)
        if not lines or lines[-1] != line:
            lines.append(line)
        start = position + 1
    if not count:
        return ()
    shown = ", ".join(str(n) for n in lines[:_REPORTED_LINES]) + (" …" if len(lines) > _REPORTED_LINES else "")
    notes = [(0, f"{count} onleesbare byte(s) vervangen door '\ufffd' (regel {shown})")]
    notes.extend((line, "onleesbare byte vervangen door '\ufffd'") for line in lines[:_REPORTED_LINES])
    return tuple(notes)


def decode_text(data: bytes, *, max_bytes: int) -> Decoded:
    """The text of a file; ImportRefused when it is empty, too large or not text."""
    if not data or data.isspace():
        raise ImportRefused(Message.of("text.empty"))
    if len(data) > max_bytes:
        raise ImportRefused(
            Message.of("text.too_large", value=len(data) // (1024 * 1024), value2=max_bytes // (1024 * 1024))
        )
    if data.startswith(_MAGIC):
        raise ImportRefused(
            Message.of("text.office_or_binary")
        )
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return Decoded(text, encoding, _bad_lines(text))
    sample = data[:_SAMPLE]
    utf16 = _utf16_without_bom(sample)
    if utf16 is not None:
        text = data.decode(utf16, errors="replace")
        return Decoded(text, utf16, ((0, "het bestand is gelezen als UTF-16 (zonder byte-order-mark)"),
                                     *_bad_lines(text)))
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    if controls > len(sample) // 100:
        raise ImportRefused(Message.of("text.binary"))
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for char in text if char > "\x7f") - bad if bad < len(text) // 4 else 0
    if multibyte > bad:  # UTF-8 as a whole, with a few stray bytes
        return Decoded(text, "utf-8", _bad_lines(text))
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > 10:
        raise ImportRefused(
            Message.of("text.unknown_encoding")
        )
    return Decoded(text, "cp1252", ((0, "het bestand is gelezen als Windows-1252 (geen UTF-8)"),))
