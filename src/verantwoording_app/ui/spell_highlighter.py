"""Red wavy underline under misspelt words (and, on request, a tint under hard sentences).

Qt calls ``highlightBlock`` only for the paragraphs that changed, so a keystroke costs one
paragraph: words come from the checker's cache; words it has not seen yet go to the
background worker, and their paragraph is repainted when the answer is in.
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


class WritingHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, aids: WritingAids) -> None:
        super().__init__(document)
        self.aids = aids
        self.show_hard_sentences = False
        self.waiting: set[str] = set()
        """Words of this document the worker is still checking."""
        self._spell = QTextCharFormat()
        self._spell.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._spell.setUnderlineColor(SPELLING_COLOUR)
        self._hard = QTextCharFormat()
        self._hard.setBackground(HARD_SENTENCE_COLOUR)
        self._hard_cache: OrderedDict[str, list[tuple[int, int]]] = OrderedDict()
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
            if len(self._hard_cache) > _HARD_CACHE_LIMIT:
                self._hard_cache.popitem(last=False)
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
            self.waiting.update(unknown)
            self.aids.check_later(unknown, self)

    def words_checked(self, words: set[str]) -> None:
        """The worker answered: repaint the paragraphs that held one of these words."""
        if not self.waiting & words:
            return
        self.waiting -= words
        document = self.document()
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
