"""``QT_TRANSLATE_NOOP`` typed as it behaves: it marks a Dutch source text for pyside6-lupdate and
returns it unchanged (PySide6's stub says it returns ``object``, which would make every table of
translatable texts an error for mypy). Import it from here; lupdate finds the calls by their name."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
