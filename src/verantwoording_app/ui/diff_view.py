"""Side-by-side word diff of two field values, shared by the conflicts and history dialogs.

Values arrive as the text the database keeps in conflicts and history (block
text as Markdown, dates as ISO, review states and statuses as keys, key
figures as JSON); ``display_text`` turns them into what a reader expects.
"""

from __future__ import annotations

import html
import json
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..domain import fields
from ..domain.blocktext import parse_markdown
from ..domain.model import REVIEW_LABELS, ReviewState
from ..domain.textdiff import Op, word_diff
from .noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ..domain.status import StatusScheme

TEXT_FIELDS = ("plan", "realisation")
RESTORABLE_FIELDS = fields.RESTORABLE
"""Fields whose stored text can be turned back into a value for Workspace.save_activity (the registry)."""

REMOVED_STYLE = "background-color:#fde0e0; color:#a31515; text-decoration:line-through;"
ADDED_STYLE = "background-color:#d9f2dc; color:#1b5e20;"
EMPTY_STYLE = "color:#757575; font-style:italic;"


def _t(text: str) -> str:
    return QCoreApplication.translate("DiffView", text)


def field_label(name: str) -> str:
    """The label of an activity field as lists show it, in the interface's language (the field registry)."""
    return fields.label(name)


def format_date(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def format_datetime(value: datetime) -> str:
    return value.strftime("%d-%m-%Y %H:%M")


def display_text(field: str, value: str | None, scheme: StatusScheme | None = None) -> str:
    """A stored value as readable text; '' for no value."""
    if value is None or value == "":
        return ""
    if field in TEXT_FIELDS:
        return parse_markdown(value).plain_text()
    if field == "deadline":
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    if field == "review_state":
        try:
            return REVIEW_LABELS[ReviewState(value)]
        except ValueError:
            return value
    if field == "status" and scheme is not None:
        return scheme.label(value) or value
    if field == "kengetallen":
        return _figures_text(value)
    return value


def _figures_text(value: str) -> str:
    """Key figures from history (lists) or packages (objects), one per line."""
    try:
        items = json.loads(value)
    except ValueError:
        return value
    if not isinstance(items, list):
        return value
    lines = []
    for item in items:
        if isinstance(item, dict):
            parts = [item.get(k) for k in ("label", "unit", "baseline", "target", "realised", "source")]
        elif isinstance(item, list) and len(item) >= 6:
            parts = item[:6]
        else:
            lines.append(str(item))
            continue
        label, unit, baseline, target, realised, source = ("" if p is None else str(p) for p in parts)
        numbers = ", ".join(
            f"{name} {number}{(' ' + unit) if unit else ''}"
            for name, number in ((_t(QT_TRANSLATE_NOOP("DiffView", "nulmeting")), baseline), (_t(QT_TRANSLATE_NOOP("DiffView", "doel")), target), (_t(QT_TRANSLATE_NOOP("DiffView", "realisatie")), realised))
            if number
        )
        line = f"{label}: {numbers}" if numbers else label
        if source:
            line += f" ({_t('bron')}: {source})"
        lines.append(line)
    return "\n".join(lines)


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def diff_html(old: str, new: str) -> tuple[str, str]:
    """HTML for the old side (removed words struck through in red) and the new side (added words green)."""
    if not old and not new:
        empty = f'<span style="{EMPTY_STYLE}">{html.escape(_t(QT_TRANSLATE_NOOP("DiffView", "(leeg)")))}</span>'
        return empty, empty
    left: list[str] = []
    right: list[str] = []
    for piece in word_diff(old, new):
        text = _escape(piece.text)
        if piece.op is Op.SAME:
            left.append(text)
            right.append(text)
        elif piece.op is Op.REMOVED:
            left.append(f'<span style="{REMOVED_STYLE}">{text}</span>')
        else:
            right.append(f'<span style="{ADDED_STYLE}">{text}</span>')
    empty = f'<span style="{EMPTY_STYLE}">{html.escape(_t(QT_TRANSLATE_NOOP("DiffView", "(leeg)")))}</span>'
    return ("".join(left) or empty), ("".join(right) or empty)


class SideBySideDiff(QWidget):
    """Two read-only panes with captions; the left shows removals, the right additions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.left_caption, self.left = self._pane(layout, "diffLeft")
        self.right_caption, self.right = self._pane(layout, "diffRight")

    def _pane(self, row: QHBoxLayout, name: str) -> tuple[QLabel, QTextBrowser]:
        column = QVBoxLayout()
        caption = QLabel(self)
        caption.setObjectName(name + "Caption")
        caption.setWordWrap(True)
        caption.setStyleSheet("font-weight: bold;")
        browser = QTextBrowser(self)
        browser.setObjectName(name)
        browser.setOpenLinks(False)
        caption.setBuddy(browser)
        column.addWidget(caption)
        column.addWidget(browser, 1)
        row.addLayout(column, 1)
        return caption, browser

    def show_diff(self, left_caption: str, old: str, right_caption: str, new: str) -> None:
        self.left_caption.setText(left_caption)
        self.right_caption.setText(right_caption)
        self.left.setAccessibleName(left_caption)
        self.right.setAccessibleName(right_caption)
        left_html, right_html = diff_html(old, new)
        self.left.setHtml(f"<div>{left_html}</div>")
        self.right.setHtml(f"<div>{right_html}</div>")

    def show_message(self, text: str) -> None:
        self.left_caption.clear()
        self.right_caption.clear()
        self.left.setHtml(f'<p style="{EMPTY_STYLE}">{html.escape(text)}</p>')
        self.right.clear()
