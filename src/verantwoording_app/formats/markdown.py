"""Markdown export of a whole document or a selection, in the block-text dialect."""

from __future__ import annotations

from ..domain.blocktext import render_markdown
from ..domain.chapter_text import (
    ALL_PARTS,
    QUESTION_ACTIVITIES,
    QUESTION_COSTS,
    QUESTION_EFFECTS,
    ChapterParts,
    chapter_questions,
    question_text,
)
from ..domain.model import Document, DocumentKind


def _escape_heading(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*")


def render_markdown_document(document: Document, *, include_plan: bool = True,
                             parts_wanted: ChapterParts = ALL_PARTS) -> str:
    """``#`` programme, ``##`` goal intro, ``###`` activity, ``####`` sub-headings inside texts."""
    parts: list[str] = []
    if document.title_lines:
        parts.append("\n".join(_escape_heading(line) + "  " for line in document.title_lines).rstrip())
    section = f"{document.section_number} {document.section_title}".strip()
    if section:
        parts.append(f"*{_escape_heading(section)}*")
    for programme in document.programmes:
        parts.append(f"# {_escape_heading(programme.display_name)}")
        if not programme.intro.is_empty:
            parts.append(render_markdown(programme.intro, heading_prefix="#### ").rstrip())
        questions = chapter_questions(document, programme, parts_wanted)
        effects = question_text(questions, QUESTION_EFFECTS)
        if effects is not None:
            parts.append(f"## {QUESTION_EFFECTS}")
            parts.append(render_markdown(effects, heading_prefix="#### ").rstrip())
        if questions and parts_wanted.activities and programme.goals:
            parts.append(f"## {QUESTION_ACTIVITIES}")
        for goal_index, goal in enumerate(programme.goals if parts_wanted.activities else ()):
            parts.append(f"## {_escape_heading(document.goal_heading(goal_index, goal))}")
            for index, activity in enumerate(goal.activities):
                parts.append(f"### {activity.number or index + 1}. {_escape_heading(activity.title)}")
                if include_plan and not activity.plan.is_empty:
                    parts.append(render_markdown(activity.plan, heading_prefix="#### ").rstrip())
                if not activity.realisation.is_empty or document.kind is not DocumentKind.BEGROTING:
                    parts.append(f"**{_escape_heading(document.realisation_heading())}**")
                    if not activity.realisation.is_empty:
                        parts.append(render_markdown(activity.realisation, heading_prefix="#### ").rstrip())
        costs = question_text(questions, QUESTION_COSTS)
        if costs is not None:
            parts.append(f"## {QUESTION_COSTS}")
            parts.append(render_markdown(costs, heading_prefix="#### ").rstrip())
    if not document.unplaced.is_empty:
        parts.append("## Niet geplaatste tekst")
        parts.append(render_markdown(document.unplaced, heading_prefix="#### ").rstrip())
    return "\n\n".join(parts) + "\n"
