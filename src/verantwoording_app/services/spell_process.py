"""Hunspell in a process of its own, for the window.

chunspell holds Python's GIL for as long as Hunspell works: loading the Dutch dictionary
(0.7–2.5 s), a suggestion, every check. In a thread that still freezes the window, so the
desktop app asks a child process over a pipe; waiting on the pipe releases the GIL. The
command line uses Hunspell in-process (``spelling.load_checker``), where nothing waits.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from typing import TYPE_CHECKING, Any

from ..domain.errors import UserError
from ..domain.messages import Message
from ..domain.spelling import SpellChecker

if TYPE_CHECKING:
    from collections.abc import Iterable
    from multiprocessing.connection import Connection

REPLY_TIMEOUT = 60.0
"""Seconds to wait for an answer (the first one includes loading the dictionary)."""


def _serve(connection: Connection) -> None:
    """The child: load the dictionary, then answer ("spell", word), ("suggest", word) and ("judge", ...)."""
    from .spelling import load_checker

    try:
        checker = load_checker((), ())
    except UserError as error:
        connection.send(("error", error.message))
        return
    connection.send(("ready", None))
    while True:
        try:
            kind, word = connection.recv()
        except (EOFError, OSError):
            return
        if kind == "stop":
            return
        if kind == "spell":
            connection.send(checker.is_correct(word))
        elif kind == "suggest":
            connection.send(checker.suggestions(word))
        elif kind == "judge":  # (words, document words, personal words): the wrong ones
            words, document_words, personal_words = word
            lists = SpellChecker(checker.engine_spell, document_words, personal_words)
            connection.send(sorted(w for w in words if not lists.is_correct(w)))


class SpellProcess:
    """The child process and the pipe to it; one request at a time."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._connection, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), daemon=True, name="spelling")
        self._process.start()
        child.close()
        self._lock = threading.Lock()
        self._closed = False

    def wait_ready(self, timeout: float = REPLY_TIMEOUT) -> None:
        """Block until the dictionary is loaded; UserError when it cannot be."""
        kind, message = self._receive(timeout)
        if kind != "ready":
            self.close()
            raise UserError(str(message))

    def _receive(self, timeout: float) -> Any:
        if not self._connection.poll(timeout):
            self.close()
            raise UserError(Message.of("spelling.not_responding"))
        try:
            return self._connection.recv()
        except (EOFError, OSError) as error:
            self.close()
            raise UserError(Message.of("spelling.stopped")) from error

    def _ask(self, kind: str, word: object) -> Any:
        with self._lock:
            if self._closed:
                raise UserError(Message.of("spelling.stopped"))
            try:
                self._connection.send((kind, word))
            except (OSError, ValueError) as error:
                self.close()
                raise UserError(Message.of("spelling.stopped")) from error
            return self._receive(REPLY_TIMEOUT)

    def spell(self, word: str) -> bool:
        return bool(self._ask("spell", word))

    def suggest(self, word: str) -> list[str]:
        return list(self._ask("suggest", word))

    def judge(self, words: Iterable[str], document_words: Iterable[str] = (),
              personal_words: Iterable[str] = ()) -> set[str]:
        """The wrong ones of many words in one request (with these word lists; waits for the dictionary)."""
        return set(self._ask("judge", (list(words), list(document_words), list(personal_words))))

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(OSError, ValueError):
            self._connection.send(("stop", ""))
        self._connection.close()
        self._process.join(1.0)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(1.0)


def start_checker(document_words: Iterable[str] = (), personal_words: Iterable[str] | None = None
                  ) -> tuple[SpellChecker, SpellProcess]:
    """A spell checker whose engine runs in a child process (blocks until the dictionary is in)."""
    return checker_of(SpellProcess(), document_words, personal_words)


def checker_of(process: SpellProcess, document_words: Iterable[str] = (),
               personal_words: Iterable[str] | None = None) -> tuple[SpellChecker, SpellProcess]:
    """The spell checker of a started process, once its dictionary is in (blocks; any thread). The
    window starts the process on its own thread (a few milliseconds) and waits here on a worker:
    starting a process pickles and imports, which is not safe beside Qt on a worker thread."""
    from .spelling import read_personal_words

    process.wait_ready()
    personal = read_personal_words() if personal_words is None else personal_words
    return SpellChecker(process.spell, document_words, personal, suggest=process.suggest), process
