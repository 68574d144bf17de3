"""The workbook's small sheets: Toelichting (what the workbook is and how it comes back), Niet geplaatst
(import text without a place, so that it is never invisible) and the hidden ``_lijsten`` behind the
drop-down lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.blocktext import render_plain
from ..domain.model import REVIEW_LABELS, Document
from .xlsx_columns import ACTIVITY_COLUMNS, KEY_FIGURE_COLUMNS
from .xlsx_sheet import page_setup, plain_cell, sheet_xml_head
from .xlsx_styles import S_DEFAULT, S_HEADER, S_NOTE, S_TITLE, S_WRAP
from .xlsx_values import BULLET, REPLACEMENT, SHEET_BASE

if TYPE_CHECKING:
    from datetime import datetime


def notes_sheet(document: Document, exported_at: datetime, selection_text: str, rows: int) -> str:
    editable_activity = ", ".join(h for _, h, e in ACTIVITY_COLUMNS if e)
    editable_figures = ", ".join(h for _, h, e in KEY_FIGURE_COLUMNS if e)
    lines: list[tuple[str, int]] = [
        (f"Overzicht activiteiten – {document.title}", S_TITLE),
        ("", S_DEFAULT),
        (
            "Deze werkmap is gemaakt met Verantwoording voor de coördinator planning & control: "
            "één rij per activiteit met eigenaar, status, deadline en de teksten, de kengetallen en de "
            "voortgang per programma en hoofddoel.",
            S_NOTE,
        ),
        (f"Gemaakt op: {exported_at.strftime('%d-%m-%Y %H:%M')}", S_NOTE),
        (f"Document: {document.title} (id {document.id})", S_NOTE),
        (f"Selectie: {selection_text} ({rows} activiteiten)", S_NOTE),
        ("", S_DEFAULT),
        ("Wat u kunt wijzigen en teruglezen", S_HEADER),
        (f"Werkblad Activiteiten: {editable_activity}.", S_NOTE),
        (
            f"Werkblad Kengetallen: {editable_figures}; een nieuwe rij met een Activiteit-ID voegt een "
            "kengetal toe.",
            S_NOTE,
        ),
        (
            "Teruglezen gaat via Importeren › Excel (of 'verantwoording import bestand.xlsx'). U ziet eerst "
            "een voorbeeld van elke wijziging. Wat sinds deze export in het programma is gewijzigd, wordt niet "
            "overschreven: is een veld aan beide kanten gewijzigd, dan ziet u een conflict en kiest u zelf.",
            S_NOTE,
        ),
        (
            "Een lege cel wist geen tekst, tenzij u dat in het voorbeeld uitdrukkelijk bevestigt. "
            "Kolommen mogen van volgorde wisselen en u mag kolommen toevoegen; kolommen worden op hun kop herkend.",
            S_NOTE,
        ),
        (
            "De werkbladen zijn beveiligd zonder wachtwoord: de ID's, codes, nulmetingen en tellingen kunt u "
            "niet overtypen, de teksten, eigenaar, deadline, status en reviewstatus wel. Een deadline die "
            "voorbij is terwijl het werk niet gereed is, kleurt rood. De kolom ID is verborgen; de code "
            "(zoals 1.II.3) ernaast is programma, hoofddoel en nummer.",
            S_NOTE,
        ),
        (
            "Niet wijzigen: de kolom ID, de koppen van de kolommen en de verborgen werkbladen "
            f"('{SHEET_BASE}' bevat de waarden op het moment van export). Nieuwe activiteiten "
            "kunnen niet via Excel worden toegevoegd.",
            S_NOTE,
        ),
        (
            "Teksten: opsommingstekens als '• ', alinea's gescheiden door een regeleinde. Vet en cursief "
            "zijn in Excel niet zichtbaar; ongewijzigde regels behouden hun opmaak bij teruglezen.",
            S_NOTE,
        ),
        (
            f"Tekens die een werkmap niet kan bevatten (stuurtekens) zijn vervangen door '{REPLACEMENT}'.",
            S_NOTE,
        ),
        (
            "De kolommen ID, Code, Programma (het nummer), Programmanaam, Hoofddoel, Nr, Woorden, Laatst gewijzigd, "
            "Gewijzigd door en Compleet zijn alleen ter informatie.",
            S_NOTE,
        ),
    ]
    rows_xml = "".join(
        f'<row r="{i}">' + (plain_cell(f"A{i}", text, style) if text else "") + "</row>"
        for i, (text, style) in enumerate(lines, 1)
    )
    return (
        sheet_xml_head(columns=[120.0], freeze=False, hidden_grid=True, last_ref=f"A{len(lines)}")
        + rows_xml
        + "</sheetData>"
        + page_setup(document.title)
        + "</worksheet>"
    )


def unplaced_sheet(document: Document) -> str:
    """Text the import could not place, one line per block, so that it is never invisible."""
    words = document.unplaced.word_count()
    lines = [(f"Niet geplaatste tekst: {words} woorden" if words else "Er is geen niet geplaatste tekst.", S_HEADER)]
    if words:
        lines.append(("Deze tekst kreeg bij het importeren geen plek; zet hem in het programma bij een activiteit.",
                      S_NOTE))
        lines += [(line, S_WRAP) for line in render_plain(document.unplaced, bullet=BULLET) if line]
    rows_xml = "".join(f'<row r="{i}">' + plain_cell(f"A{i}", text, style) + "</row>"
                       for i, (text, style) in enumerate(lines, 1))
    return (
        sheet_xml_head(columns=[120.0], freeze=False, hidden_grid=True, last_ref=f"A{len(lines)}")
        + rows_xml + "</sheetData>" + page_setup(document.title) + "</worksheet>"
    )


def lists_sheet(document: Document) -> str:
    """Column A/B: status labels/keys, C/D: review labels/values (drop-downs, import)."""
    statuses = [(o.label, o.key) for o in document.status_scheme.options]
    reviews = [(document.review_label(state), state.value) for state in REVIEW_LABELS]
    rows = []
    for index in range(max(len(statuses), len(reviews))):
        r = index + 1
        cells = []
        if index < len(statuses):
            cells += [
                plain_cell(f"A{r}", statuses[index][0]),
                plain_cell(f"B{r}", statuses[index][1]),
            ]
        if index < len(reviews):
            cells += [
                plain_cell(f"C{r}", reviews[index][0]),
                plain_cell(f"D{r}", reviews[index][1]),
            ]
        rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    return (
        sheet_xml_head(columns=[], freeze=False, last_ref=f"D{max(len(rows), 1)}", printed=False)
        + "".join(rows)
        + "</sheetData></worksheet>"
    )
