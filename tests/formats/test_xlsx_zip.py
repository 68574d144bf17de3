"""The workbook's zip container: deflate beside the rows, in order, and errors that reach the writer."""

from __future__ import annotations

import io
import zipfile

import pytest

from verantwoording_app.formats.xlsx_zip import ZipWriter


def _write(chunks: list[str], level: int = 1) -> bytes:
    stream = io.BytesIO()
    with ZipWriter(stream, level) as writer:
        streamed = writer.streaming("a.xml")
        buffered = writer.buffered("b.xml")
        for index, chunk in enumerate(chunks):
            (streamed if index % 2 else buffered).write(chunk)
        streamed.close()
        buffered.close()
        buffered.commit()
        writer.add("c.xml", "klein")
        writer.close()
    return stream.getvalue()


def test_large_parts_go_through_the_deflate_thread_and_read_back() -> None:
    chunks = [f"<r>{index} {'tekst ' * 50_000}</r>" for index in range(12)]  # ~300 KB each: many flushes
    data = _write(chunks)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert archive.read("a.xml").decode() == "".join(chunks[1::2])
        assert archive.read("b.xml").decode() == "".join(chunks[0::2])
        assert archive.read("c.xml") == b"klein"
    assert _write(chunks) == data  # the same bytes every time


def test_an_error_in_the_deflate_thread_reaches_the_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.BytesIO()
    with ZipWriter(stream, 1) as writer:
        part = writer.streaming("a.xml")

        def broken(data: bytes) -> None:
            raise OSError("schijf vol")

        monkeypatch.setattr(part, "_deflate", broken)
        part.write("x" * (2 << 20))  # over the flush size: handed to the thread
        with pytest.raises(OSError, match="schijf vol"):
            part.close()
