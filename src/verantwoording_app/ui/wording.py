"""Counts in the interface with the right singular or plural ("1 activiteit", "2 activiteiten").

The source texts are Dutch and Dutch has no translation file, so Qt's ``%n`` plural forms would show the
source ("1 activiteit(en)"). Each count therefore has a singular and a plural source text; the number picks
one, and the English .ts translates both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def count_text(context: str, number: int, singular: str, plural: str) -> str:
    """The singular or plural text of ``context`` (marked with QT_TRANSLATE_NOOP), ``%n`` replaced by the number."""
    return QCoreApplication.translate(context, singular if number == 1 else plural).replace("%n", str(number))
