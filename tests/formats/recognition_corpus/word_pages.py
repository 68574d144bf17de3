"""Word pages of the corpus, built with python-docx (a .docx is a zip; building it keeps the corpus readable)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import docx

from . import Expected

if TYPE_CHECKING:
    from collections.abc import Callable


def _save(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def with_styles() -> bytes:
    """Headings carry the structure: Heading 1 goals, Heading 2 activities, bold labels, Word bullets."""
    d = docx.Document()
    d.add_paragraph("Jaarverslag 2022", style="Title")
    d.add_paragraph("Een gezonde gemeente", style="Heading 1")
    d.add_paragraph("Gezond in de wijk", style="Heading 2")
    d.add_paragraph("We zetten buurtsportcoaches in.")
    d.add_paragraph("Wat hebben we gedaan?").runs[0].bold = True
    d.add_paragraph("Er werken nu zes buurtsportcoaches.")
    d.add_paragraph("in elke wijk één", style="List Bullet")
    d.add_paragraph("Valpreventie", style="Heading 2")
    d.add_paragraph("Cursussen voor ouderen.")
    d.add_paragraph("Wat hebben we gedaan?").runs[0].bold = True
    d.add_paragraph("Veertig ouderen volgden de cursus.")
    d.add_paragraph("Een schone gemeente", style="Heading 1")
    d.add_paragraph("Afval scheiden", style="Heading 2")
    d.add_paragraph("Meer containers.")
    d.add_paragraph("Wat hebben we gedaan?").runs[0].bold = True
    d.add_paragraph("Twintig containers geplaatst.")
    return _save(d)


def without_styles() -> bytes:
    """Everything Normal: the numbers and labels are typed, as an officer does."""
    d = docx.Document()
    d.add_paragraph("Doel 1: Werk voor iedereen")
    d.add_paragraph("1. Werkgeversdienstverlening")
    d.add_paragraph("We bezoeken werkgevers.")
    d.add_paragraph("Realisatie 2022")
    d.add_paragraph("Er zijn 150 werkgevers bezocht.")
    d.add_paragraph("1. eerste bezoekronde")
    d.add_paragraph("2. tweede bezoekronde")
    d.add_paragraph("2. Taal op de werkvloer")
    d.add_paragraph("Taalcursussen bij bedrijven.")
    d.add_paragraph("Realisatie 2022")
    d.add_paragraph("Acht bedrijven deden mee.")
    return _save(d)


WORD_PAGES: dict[str, tuple[Callable[[], bytes], Expected]] = {
    "word-met-stijlen": (with_styles, Expected(
        ("Een gezonde gemeente", "Een schone gemeente"),
        (("Gezond in de wijk", "Er werken nu zes"), ("Valpreventie", "Veertig ouderen volgden"),
         ("Afval scheiden", "Twintig containers geplaatst")),
    )),
    "word-zonder-stijlen": (without_styles, Expected(
        ("Werk voor iedereen",),
        (("Werkgeversdienstverlening", "Er zijn 150"), ("Taal op de werkvloer", "Acht bedrijven deden")),
    )),
}
