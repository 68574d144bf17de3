"""The workbook's zip container, written as it goes: one entry streamed to the file while others are
compressed into memory (the three row sheets are produced in one pass), deflate in a thread beside the rows.

Minimal on purpose: deflate only, no zip64 (a workbook over 4 GB is refused with a message), a fixed
date in every header so that the same document gives the same bytes.
"""

from __future__ import annotations

import queue
import struct
import threading
import zlib
from typing import TYPE_CHECKING, BinaryIO, Final

from ..domain.errors import ExportFailed
from ..domain.messages import Message

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable


class _Entry:
    __slots__ = ("compressed", "crc", "name", "offset", "size")

    def __init__(self, name: str) -> None:
        self.name = name
        self.crc = 0
        self.size = 0
        self.compressed = 0
        self.offset = 0


_DOS_TIME: Final = (0, (1 << 5) | 1)  # 1980-01-01 00:00: reproducible files


class _Deflater:
    """Compresses the parts' chunks in a thread of its own, in the order they come (zlib lets go of the
    interpreter while it works, so the rows of the next chunk are written meanwhile). Bounded: at most a few
    chunks wait. The thread starts with the first chunk, so a small workbook never starts one; an error in
    it is raised again in the writing thread, at the next chunk or when waiting."""

    _WAITING: Final = 4

    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[Callable[[bytes], None], bytes] | None] = queue.Queue(self._WAITING)
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def submit(self, job: Callable[[bytes], None], data: bytes) -> None:
        self._raise()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="xlsx-deflate", daemon=True)
            self._thread.start()
        self._jobs.put((job, data))

    def _run(self) -> None:
        while True:
            item = self._jobs.get()
            try:
                if item is None:
                    return
                if self._error is None:
                    job, data = item
                    job(data)
            except BaseException as error:  # handed to the writing thread
                self._error = error
            finally:
                self._jobs.task_done()

    def wait(self) -> None:
        """Until every chunk submitted so far is compressed."""
        if self._thread is not None:
            self._jobs.join()
        self._raise()

    def stop(self) -> None:
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
            self._thread = None

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error


class ZipWriter:
    """A minimal deflate zip writer that can stream one entry to the file while others
    are compressed into memory (the three row sheets are produced in one pass)."""

    def __init__(self, stream: BinaryIO, level: int) -> None:
        self._stream = stream
        self._level = level
        self._entries: list[_Entry] = []
        self._position = 0
        self._deflater = _Deflater()

    def __enter__(self) -> ZipWriter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._deflater.stop()

    def _write(self, data: bytes) -> None:
        self._stream.write(data)
        self._position += len(data)

    def _local_header(self, entry: _Entry) -> bytes:
        name = entry.name.encode("ascii")
        return (
            struct.pack(
                "<IHHHHHIIIHH",
                0x04034B50,
                20,
                0,
                8,
                *_DOS_TIME,
                entry.crc,
                entry.compressed,
                entry.size,
                len(name),
                0,
            )
            + name
        )

    def add(self, name: str, text: str) -> None:
        data = text.encode("utf-8")
        entry = _Entry(name)
        entry.crc = zlib.crc32(data)
        entry.size = len(data)
        compressor = zlib.compressobj(self._level, zlib.DEFLATED, -15)
        body = compressor.compress(data) + compressor.flush()
        entry.compressed = len(body)
        self._append(entry, [body])

    def _append(self, entry: _Entry, chunks: Iterable[bytes]) -> None:
        self._check_sizes(entry)
        entry.offset = self._position
        self._write(self._local_header(entry))
        for chunk in chunks:
            self._write(chunk)
        self._entries.append(entry)

    @staticmethod
    def _check_sizes(entry: _Entry) -> None:
        if entry.size >= 0xFFFFFFFF or entry.compressed >= 0xFFFFFFFF:
            raise ExportFailed(
                Message.of("xlsx.too_large")
            )

    def streaming(self, name: str) -> StreamPart:
        entry = _Entry(name)
        entry.offset = self._position
        self._write(self._local_header(entry))
        return StreamPart(self, entry)

    def finish_streaming(self, entry: _Entry) -> None:
        self._check_sizes(entry)
        end = self._position
        self._stream.seek(entry.offset)
        self._stream.write(self._local_header(entry))
        self._stream.seek(end)
        self._entries.append(entry)

    def buffered(self, name: str) -> BufferPart:
        return BufferPart(self, _Entry(name))

    def close(self) -> None:
        self._deflater.stop()
        if self._position >= 0xFFFFFFFF:
            raise ExportFailed(
                Message.of("xlsx.too_large")
            )
        start = self._position
        for entry in self._entries:
            name = entry.name.encode("ascii")
            self._write(
                struct.pack(
                    "<IHHHHHHIIIHHHHHII",
                    0x02014B50,
                    20,
                    20,
                    0,
                    8,
                    *_DOS_TIME,
                    entry.crc,
                    entry.compressed,
                    entry.size,
                    len(name),
                    0,
                    0,
                    0,
                    0,
                    0,
                    entry.offset,
                )
                + name
            )
        size = self._position - start
        count = len(self._entries)
        self._write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, start, 0))


class Part:
    """Text written in pieces, encoded in chunks of ~1 MB; the chunks are checksummed and compressed by the
    writer's deflater (beside the thread that writes the rows), in order."""

    _FLUSH_AT: Final = 1 << 20

    def __init__(self, writer: ZipWriter, entry: _Entry) -> None:
        self._writer = writer
        self.entry = entry
        self._compressor = zlib.compressobj(writer._level, zlib.DEFLATED, -15)
        self._pieces: list[str] = []
        self._pending = 0

    def write(self, text: str) -> None:
        self._pieces.append(text)
        self._pending += len(text)
        if self._pending > self._FLUSH_AT:
            self._flush()

    def _flush(self) -> None:
        data = "".join(self._pieces).encode("utf-8")
        self._pieces.clear()
        self._pending = 0
        if data:
            self._writer._deflater.submit(self._deflate, data)

    def _deflate(self, data: bytes) -> None:
        self.entry.crc = zlib.crc32(data, self.entry.crc)
        self.entry.size += len(data)
        out = self._compressor.compress(data)
        if out:
            self._emit(out)

    def close(self) -> None:
        self._flush()
        self._writer._deflater.wait()
        self._emit(self._compressor.flush())
        self._done()

    def _emit(self, data: bytes) -> None:
        raise NotImplementedError

    def _done(self) -> None:
        raise NotImplementedError


class StreamPart(Part):
    def _emit(self, data: bytes) -> None:
        self.entry.compressed += len(data)
        self._writer._write(data)

    def _done(self) -> None:
        self._writer.finish_streaming(self.entry)


class BufferPart(Part):
    def __init__(self, writer: ZipWriter, entry: _Entry) -> None:
        super().__init__(writer, entry)
        self._chunks: list[bytes] = []

    def _emit(self, data: bytes) -> None:
        self.entry.compressed += len(data)
        self._chunks.append(data)

    def _done(self) -> None:
        pass

    def commit(self) -> None:
        """Write the compressed entry into the zip (after the streaming part is done)."""
        self._writer._append(self.entry, self._chunks)
        self._chunks = []
