"""Markdown export of a whole document or a selection, in the block-text dialect (walking ``domain.outline``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.blocktext import render_markdown
from ..domain.chapter_text import ALL_PARTS, ChapterParts
from ..domain.outline import (
    ActivityHeading,
    GoalHeading,
    Intro,
    Plan,
    ProgrammeHeading,
    Question,
    Realisation,
    Unplaced,
    chapter_outline,
    section_heading,
)

if TYPE_CHECKING:
    from ..domain.model import Document


def _escape_heading(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*")


def render_markdown_document(document: Document, *, include_plan: bool = True,
                             parts_wanted: ChapterParts = ALL_PARTS) -> str:
    """``#`` programme, ``##`` goal intro, ``###`` activity, ``####`` sub-headings inside texts."""
    parts: list[str] = []
    if document.title_lines:
        parts.append("\n".join(_escape_heading(line) + "  " for line in document.title_lines).rstrip())
    section = section_heading(document)
    if section:
        parts.append(f"*{_escape_heading(section)}*")
    for item in chapter_outline(document, parts_wanted, include_plan=include_plan):
        match item:
            case ProgrammeHeading(programme=programme):
                parts.append(f"# {_escape_heading(programme.display_name)}")
            case Intro(text=text) | Plan(text=text):
                parts.append(render_markdown(text, heading_prefix="#### ").rstrip())
            case Question(heading=heading, text=text):
                parts.append(f"## {heading}")
                if text is not None:
                    parts.append(render_markdown(text, heading_prefix="#### ").rstrip())
            case GoalHeading(heading=heading):
                parts.append(f"## {_escape_heading(heading)}")
            case ActivityHeading(place=place):
                parts.append(f"### {place.number}. {_escape_heading(place.activity.title)}")
            case Realisation(label=label, text=text):
                parts.append(f"**{_escape_heading(label)}**")
                if not text.is_empty:
                    parts.append(render_markdown(text, heading_prefix="#### ").rstrip())
            case Unplaced(text=text):
                parts.append("## Niet geplaatste tekst")
                parts.append(render_markdown(text, heading_prefix="#### ").rstrip())
    return "\n\n".join(parts) + "\n"
