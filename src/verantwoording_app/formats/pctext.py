"""The P&C text format: what online P&C platforms publish and export.

Layout (see the Almelo sample)::

    Programmaverantwoording           <- title lines
    2.1.2.2 Wat hebben we gedaan?     <- section number and title
    Voor hoofddoel I "Titel" voeren we de volgende projecten en activiteiten uit:
    1. Activiteit                     <- also the artefact "  1. Titel"
    plan text ...
    Uitvoering in 2022:
    realisation text, "  • " bullets, short sub-headings
    Deze pagina is gebouwd op MM/DD/YYYY HH:MM:SS met de export van ...

The importer is tolerant (BOM, CRLF, non-breaking spaces, curly quotes, other
bullet characters, missing or doubled blank lines) and never loses content:
what it cannot place it keeps in ``Document.unplaced`` and reports.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..domain.blocktext import BlockText, render_plain
from ..domain.chapter_text import ALL_PARTS, ChapterParts
from ..domain.errors import ImportRefused
from ..domain.messages import Message
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
    programme_headings,
    section_heading,
)
from .chapter_recognise import attach_chapter, split_chapter
from .recognise import ImportWarning, Recognition, could_have_activities, recognise, source_lines
from .textdecode import decode_text

if TYPE_CHECKING:
    from datetime import datetime

    from ..domain.model import Document

__all__ = ["MAX_BYTES", "ImportWarning", "ParseResult", "decode", "decode_text", "parse_pc_text", "read_pc_text",
           "recognise", "refuse_without_activities", "render_pc_text", "source_lines"]

MAX_BYTES = 200 * 1024 * 1024
"""Larger files are refused: a 10,000-activity chapter is about 30 MB."""


@dataclass(frozen=True, slots=True)
class ParseResult:
    document: Document
    warnings: tuple[ImportWarning, ...] = ()
    encoding: str = "utf-8"
    recognition: Recognition | None = None


# ---------------------------------------------------------------------------
# decoding


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding of a P&C text file; ImportRefused when it is not text."""
    decoded = decode_text(data, max_bytes=MAX_BYTES)
    return decoded.text, decoded.encoding


# ---------------------------------------------------------------------------
# parsing


def parse_pc_text(text: str, *, markdown: bool = False) -> ParseResult:
    """Parse a P&C text (or pasted web/PDF text) through the structure recogniser.

    ImportRefused when the text holds no activity at all: an import that finds
    nothing is never a success.
    """
    if not could_have_activities(text):
        recognition = recognise([])
        refuse_without_activities(recognition)
    text, parts = split_chapter(text)  # the chapter's questions: effects and costs, beside the activities
    recognition = recognise(source_lines(text, markdown=markdown))
    refuse_without_activities(recognition)
    return ParseResult(attach_chapter(recognition.document, parts), recognition.warnings, recognition=recognition)


def refuse_without_activities(recognition: Recognition) -> None:
    if recognition.activity_count == 0:
        raise ImportRefused(
            Message.of("pctext.no_activities")
        )


def read_pc_text(data: bytes, *, markdown: bool = False) -> ParseResult:
    """Decode and recognise a text file; decoding notes come first among the warnings."""
    decoded = decode_text(data, max_bytes=MAX_BYTES)
    result = parse_pc_text(decoded.text, markdown=markdown)
    notes = tuple(ImportWarning(line, message) for line, message in decoded.notes)
    return replace(result, warnings=(*notes, *result.warnings), encoding=decoded.encoding)


# ---------------------------------------------------------------------------
# rendering


FOOTER_TEXT = "Deze pagina is gebouwd op {gebouwd} met de export van {export}"


def built_footer(built: datetime, exported: datetime | None = None) -> str:
    """The platform footer with today's times in Dutch notation (dd-mm-jjjj uu:mm:ss)."""
    def when(moment: datetime) -> str:
        return moment.strftime("%d-%m-%Y %H:%M:%S")

    return FOOTER_TEXT.format(gebouwd=when(built), export=when(exported or built))


def render_pc_text(document: Document, *, include_plan: bool = True, include_footer: bool = True,
                   footer: str | None = None, parts: ChapterParts = ALL_PARTS) -> str:
    """The document in the published layout, walking ``domain.outline``; activities numbered 1..n per goal.

    ``footer`` replaces the document's own footer line (``include_footer`` False leaves it out).
    A programme with chapter data gets the three questions as headings (domain.chapter_text).
    """
    out: list[str] = []

    def para(*lines: str) -> None:
        if out and out[-1] != "":
            out.append("")
        out.extend(lines)

    many = programme_headings(document)
    section = section_heading(document)
    for line in document.title_lines:
        para(line)
    plan_written = False
    for item in chapter_outline(document, parts, include_plan=include_plan):
        match item:
            case ProgrammeHeading(programme=programme):
                if many:
                    para(programme.display_name)
                if section:
                    para(section)
            case Intro(text=text) | Unplaced(text=text):
                para(*render_plain(text))
            case Question(heading=heading, text=text):
                para(heading)
                if text is not None:
                    para(*render_plain(text))
            case GoalHeading(heading=heading):
                para(heading)
            case ActivityHeading(place=place):
                para(f"{place.number}. {place.activity.title}")
                plan_written = False
            case Plan(text=text):
                plan = render_plain(text)
                if plan:
                    if text.blocks[0].gap_before and _starts_with_bullet(text):
                        out.append("")
                    out.extend(plan)
                    plan_written = True
            case Realisation(label=label, text=text):
                para(label) if plan_written else out.append(label)
                realisation = render_plain(text)
                if realisation and _starts_with_bullet(text):
                    out.append("")
                out.extend(realisation)
    footer_line = document.footer if footer is None else footer
    if include_footer and footer_line:
        para(footer_line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def _starts_with_bullet(text: BlockText) -> bool:
    return bool(text.blocks) and text.blocks[0].kind.value in ("bullet", "numbered")
