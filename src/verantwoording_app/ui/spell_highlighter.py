"""Red wavy underline under misspelt words (and, on request, a tint under hard sentences).

Qt calls ``highlightBlock`` only for the paragraph that changed, with that paragraph's whole text.
The checker remembers its verdicts per piece of a paragraph (``SpellChecker.misspellings_cached``),
so a keystroke in a paragraph of thousands of words looks again only at the words of the piece
it changed; the hard sentences are remembered per sentence. Words the cache has not seen yet go
to the background worker, and their paragraph is repainted when the answer is in.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ..domain.readability import hard_sentences_in

if TYPE_CHECKING:
    from .writing_aids import WritingAids

SPELLING_COLOUR = QColor("#d32f2f")
HARD_SENTENCE_COLOUR = QColor("#fff3c4")
_HARD_CACHE_LIMIT = 2000
_HARD_CACHE_CHARS = 1_000_000
"""Paragraphs remembered with their hard sentences, at most this much text (each keystroke in a long
paragraph is a new one)."""


class WritingHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, aids: WritingAids) -> None:
        super().__init__(document)
        self.aids = aids
        self.show_hard_sentences = False
        self._spell = QTextCharFormat()
        self._spell.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._spell.setUnderlineColor(SPELLING_COLOUR)
        self._hard = QTextCharFormat()
        self._hard.setBackground(HARD_SENTENCE_COLOUR)
        self._hard_cache: OrderedDict[str, list[tuple[int, int]]] = OrderedDict()
        self._hard_chars = 0
        self._sentence_cache: dict[str, bool] = {}

    def set_show_hard_sentences(self, show: bool) -> None:
        if show != self.show_hard_sentences:
            self.show_hard_sentences = show
            self.aids.quietly(self.document(), self.rehighlight)

    def hard_sentences(self, text: str) -> list[tuple[int, int]]:
        found = self._hard_cache.get(text)
        if found is None:
            found = hard_sentences_in(text, self._sentence_cache)
            self._hard_cache[text] = found
            self._hard_chars += len(text)
            while len(self._hard_cache) > _HARD_CACHE_LIMIT or self._hard_chars > _HARD_CACHE_CHARS:
                self._hard_chars -= len(self._hard_cache.popitem(last=False)[0])
        return found

    def highlightBlock(self, text: str) -> None:
        if not text:
            return
        if self.show_hard_sentences:
            for start, end in self.hard_sentences(text):
                self.setFormat(start, end - start, self._hard)
        checker = self.aids.checker
        if checker is None or not self.aids.enabled:
            return
        wrong, unknown = checker.misspellings_cached(text)
        for item in wrong:
            fmt = QTextCharFormat(self.format(item.start))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(SPELLING_COLOUR)
            self.setFormat(item.start, item.end - item.start, fmt)
        if unknown:
            self.aids.check_later(unknown, self)

    def repaint_words(self, words: set[str]) -> None:
        """Repaint the paragraphs that hold one of these (wrong) words."""
        document = self.document()
        if document is None or not words:
            return
        block = document.begin()
        blocks = []
        while block.isValid():
            text = block.text()
            if any(word in text for word in words):
                blocks.append(block)
            block = block.next()

        def repaint() -> None:
            for item in blocks:
                self.rehighlightBlock(item)

        self.aids.quietly(document, repaint)
