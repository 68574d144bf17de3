"""The chapter as HTML (clipboard, preview) and the clipboard's plain-text twin.

Same structure as the Word export: ``h1`` programme (or the section heading
for a single unnamed programme), ``h2`` section heading and goal intros,
``h3`` ``N. Titel``, then ``p``/``ul``/``ol`` with ``b``/``i`` and ``h4`` for
sub-headings, all rendered by ``blocktext.render_html``. The clipboard HTML
carries no fonts or colours, so that a paste into Word takes the house style
of the report, and it names the Word styles the .docx uses: the title lines as
``MsoTitle``/``MsoSubtitle`` paragraphs (Word's Title and Subtitle), ``h1``–``h4``
(Heading 1–4), the key-figure caption as ``MsoCaption`` above a ``MsoTableGrid``
table, and ``lang="nl-NL"`` so Word checks the spelling in Dutch. The preview
variant adds a small stylesheet.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.blocktext import render_html
from ..domain.chapter_text import ALL_PARTS, ChapterParts
from ..domain.outline import (
    ActivityHeading,
    GoalHeading,
    Intro,
    KeyFigures,
    Plan,
    ProgrammeHeading,
    Question,
    Realisation,
    chapter_outline,
    programme_headings,
    section_heading,
)
from .docx_export import (
    CONCEPT_MARK,
    KEY_FIGURE_COLUMNS,
    KEY_FIGURES_CAPTION,
    format_decimal,
    is_concept,
)
from .pctext import render_pc_text

if TYPE_CHECKING:
    from ..domain.model import Activiteit, Document

_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

PREVIEW_CSS = """
body { font-family: 'Segoe UI', 'Calibri', 'Liberation Sans', sans-serif; font-size: 10.5pt; }
h1 { font-size: 16pt; color: #1f3864; margin-top: 18px; }
h2 { font-size: 13pt; color: #2f5496; margin-top: 14px; }
h3 { font-size: 11.5pt; color: #2f5496; margin-top: 12px; margin-bottom: 2px; }
h4 { font-size: 10.5pt; font-style: italic; margin-top: 8px; margin-bottom: 0px; }
p { margin-top: 0px; margin-bottom: 6px; }
table { border-collapse: collapse; margin-bottom: 8px; }
th, td { border: 1px solid #808080; padding: 2px 6px; }
th { background-color: #e7e6e6; }
.concept { color: #c00000; font-weight: bold; text-align: right; }
.MsoCaption { font-size: 9pt; font-weight: bold; color: #2f5496; margin-bottom: 2px; }
.MsoTitle { font-size: 22pt; color: #17365d; margin-bottom: 4px; }
.MsoSubtitle { font-size: 12pt; font-style: italic; color: #4f81bd; }
"""


@dataclass(frozen=True, slots=True)
class HtmlOptions:
    include_plan: bool = True
    include_key_figures: bool = False
    parts: ChapterParts = ALL_PARTS
    """Which of the chapter's three questions per programme are shown (effects, activities, costs)."""


@dataclass(frozen=True, slots=True)
class ClipboardContent:
    """What goes onto the clipboard: HTML for Word, P&C text for plain editors."""

    html: str
    text: str


def _e(text: str) -> str:
    return html.escape(_INVALID.sub("", text), quote=False)


def _clean(fragment: str) -> str:
    return _INVALID.sub("", fragment)


def chapter_fragment(document: Document, options: HtmlOptions | None = None) -> str:
    """The chapter's body HTML, without ``<html>``/``<body>``: ``domain.outline`` as a reader sees it, with
    the chapter's questions (``h2``) where the programme has chapter data, as in the Word export."""
    options = options or HtmlOptions()
    out: list[str] = []
    for index, line in enumerate(document.title_lines):
        if line.strip():
            out.append(f'<p class="{"MsoTitle" if index == 0 else "MsoSubtitle"}">{_e(line)}</p>')
    own_headings = programme_headings(document)
    section = section_heading(document)
    tables = 0
    for item in chapter_outline(document, options.parts, include_plan=options.include_plan, for_reader=True):
        match item:
            case ProgrammeHeading(programme=programme):
                if own_headings:
                    out.append(f"<h1>{_e(programme.display_name)}</h1>")
                    if section:
                        out.append(f"<h2>{_e(section)}</h2>")
                else:
                    out.append(f"<h1>{_e(section or programme.display_name)}</h1>")
            case Intro(text=text) | Plan(text=text):
                out.append(_clean(render_html(text)))
            case Question(heading=heading, text=text):
                out.append(f"<h2>{_e(heading)}</h2>")
                if text is not None:
                    out.append(_clean(render_html(text)))
            case GoalHeading(heading=heading):
                out.append(f"<h2>{_e(heading)}</h2>")
            case ActivityHeading(place=place):
                out.append(f"<h3>{place.number}. {_e(place.activity.title)}</h3>")
            case Realisation(label=label, text=text):
                out.append(f"<p><b>{_e(label)}</b></p>")
                if not text.is_empty:
                    out.append(_clean(render_html(text)))
            case KeyFigures(place=place) if options.include_key_figures:
                tables += 1
                out.append(_key_figures(tables, place.number, place.activity))
    return "\n".join(out)


def _key_figures(table_number: int, number: int, activity: Activiteit) -> str:
    rows = [
        (f.label, f.unit, format_decimal(f.baseline), format_decimal(f.target), format_decimal(f.realised), f.source)
        for f in activity.kengetallen
    ]
    columns = [0] + [c for c in range(1, len(KEY_FIGURE_COLUMNS)) if c in (3, 4) or any(r[c] for r in rows)]
    caption = KEY_FIGURES_CAPTION.format(nummer=number, titel=activity.title)
    out = [f'<p class="MsoCaption">Tabel {table_number}: {_e(caption)}</p>',
           '<table class="MsoTableGrid" border="1" cellspacing="0">']
    out.append("<tr>" + "".join(f"<th>{_e(KEY_FIGURE_COLUMNS[c])}</th>" for c in columns) + "</tr>")
    for row in rows:
        cells = []
        for c in columns:
            align = ' align="right"' if c in (2, 3, 4) else ""
            cells.append(f"<td{align}>{_e(row[c])}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def chapter_html(document: Document, options: HtmlOptions | None = None, *, preview: bool = False) -> str:
    """A complete HTML document; ``preview`` adds a stylesheet and the CONCEPT mark."""
    body = chapter_fragment(document, options)
    head = f"<title>{_e(document.title)}</title>"
    if preview:
        head += f"<style>{PREVIEW_CSS}</style>"
        if is_concept(document):
            body = f'<p class="concept">{CONCEPT_MARK}</p>\n{body}'
    return (
        '<!DOCTYPE html>\n<html lang="nl-NL"><head><meta charset="utf-8">'
        f'{head}</head>\n<body lang="nl-NL">\n{body}\n</body></html>\n'
    )


def clipboard_text(document: Document, options: HtmlOptions | None = None) -> str:
    """The P&C text format of the (selected) document, for a paste into a plain editor."""
    options = options or HtmlOptions()
    return render_pc_text(document, include_plan=options.include_plan, include_footer=False, parts=options.parts)


def clipboard_content(document: Document, options: HtmlOptions | None = None) -> ClipboardContent:
    """HTML and plain text of the same selection, for ``QMimeData.setHtml``/``setText``."""
    return ClipboardContent(chapter_html(document, options), clipboard_text(document, options))
