"""The chapter's sheets of the coordinator workbook, and reading the variance explanations back.

Written only for a document with chapter data, after the activity sheets:

- ``Financiën`` (read-only): per programme the financial table, amounts as numbers in the
  document's sign convention (exact euros);
- ``Effecten`` (read-only): effect texts, effect indicators and beleidsindicatoren;
- ``Afwijkingen``: one row per variance above the threshold, its explanation editable (owner,
  deadline, nature, rechtmatigheid, cause) on a protected sheet; the key column is hidden;
- ``_basis_afwijkingen`` (very hidden): the explanation fields as exported, the base of the
  three-way merge when the workbook comes back.

:func:`read_explanations` reads the last two back from an edited workbook (validated and
bounded like every workbook import) as canonical strings; services merge them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..domain.chapter import RECHTMATIGHEID_LABELS, Chapter, LineKind, VarianceExplanation
from ..domain.chapter_text import has_chapter
from ..domain.errors import ImportRefused
from ..domain.finance import shown, table_for, variance_states
from ..domain.messages import Message

if TYPE_CHECKING:
    from collections.abc import Iterator
    from decimal import Decimal

    from ..domain.model import Document

SHEET_FINANCE: Final = "Financiën"
SHEET_EFFECTS: Final = "Effecten"
SHEET_VARIANCES: Final = "Afwijkingen"
SHEET_VARIANCE_BASE: Final = "_basis_afwijkingen"
EXPLANATION_FIELDS: Final = ("owner", "deadline", "nature", "rechtmatigheid", "cause")
VARIANCE_COLUMNS: Final = (
    ("key", "Sleutel", False), ("programme", "Programma", False), ("line", "Regel", False),
    ("amount", "Verschil", False), ("owner", "Eigenaar", True), ("deadline", "Deadline (dd-mm-jjjj)", True),
    ("nature", "Incidenteel/structureel", True), ("rechtmatigheid", "Rechtmatigheid (categorie 1-7)", True),
    ("cause", "Toelichting", True), ("state", "Toestand", False),
)
NATURES: Final = ("incidenteel", "structureel")


def explanation_values(explanation: VarianceExplanation | None) -> dict[str, str]:
    """The canonical strings of an explanation's editable fields (the merge compares these)."""
    from .xlsx_export import render_text

    if explanation is None:
        return dict.fromkeys(EXPLANATION_FIELDS, "")
    return {
        "owner": explanation.owner, "deadline": explanation.deadline.isoformat() if explanation.deadline else "",
        "nature": explanation.nature.value if explanation.nature else "",
        "rechtmatigheid": explanation.rechtmatigheid, "cause": render_text(explanation.cause),
    }


def _deadline_shown(value: str) -> str:
    return date.fromisoformat(value).strftime("%d-%m-%Y") if value else ""


def chapter_sheets(document: Document) -> list[tuple[str, str, str]]:
    """(sheet name, state attribute, sheet XML) of the chapter's sheets; empty without chapter data."""
    chapter = document.chapter
    if not any(has_chapter(chapter, p.id) for p in document.programmes):
        return []
    return [(SHEET_FINANCE, "", _finance_sheet(document)), (SHEET_EFFECTS, "", _effects_sheet(document)),
            (SHEET_VARIANCES, "", _variance_sheet(document)),
            (SHEET_VARIANCE_BASE, ' state="veryHidden"', _variance_base_sheet(document))]


def _number_cell(ref: str, value: Decimal, style: int) -> str:
    text = format(value.normalize() + 0, "f") if value == value.to_integral_value() else format(value, "f")
    return f'<c r="{ref}" s="{style}"><v>{text}</v></c>'


def _rows(cells_per_row: list[list[str]]) -> str:
    return "".join(f'<row r="{i}">' + "".join(cells) + "</row>" for i, cells in enumerate(cells_per_row, 1))


def _finance_sheet(document: Document) -> str:
    from .xlsx_export import (
        S_HEADER,
        S_NUMBER,
        S_TITLE,
        _page_setup,
        _plain_cell,
        _sheet_xml_head,
        column_letter,
    )

    chapter = document.chapter
    settings = chapter.settings
    header = ["Programma", "Regel", "Begroting primitief", "Begroting na wijziging", "Realisatie", "Verschil"]
    rows = [[_plain_cell(f"{column_letter(i)}1", h, S_HEADER) for i, h in enumerate(header)]]
    for programme in document.programmes:
        lines = chapter.lines_of(programme.id)
        if not lines:
            continue
        for table_row in table_for(programme.id, lines).rows:
            r = len(rows) + 1
            style = S_TITLE if table_row.total else S_NUMBER
            cells = [_plain_cell(f"A{r}", programme.display_name), _plain_cell(f"B{r}", table_row.label)]
            for index, value in enumerate((table_row.primitief, table_row.gewijzigd, table_row.realisatie,
                                           table_row.verschil), start=2):
                cells.append(_number_cell(f"{column_letter(index)}{r}", shown(value, settings), style))
            rows.append(cells)
    r = len(rows) + 2
    note = (f"Bedragen in euro's, {settings.sign.label}; bron: {chapter.source.file or 'onbekend'}"
            + (f", geïmporteerd {chapter.source.imported_at:%d-%m-%Y %H:%M}" if chapter.source.imported_at else "")
            + ". Alleen-lezen: wijzig de cijfers in de administratie.")
    rows.append([])
    rows.append([_plain_cell(f"A{r}", note)])
    from .xlsx_export import _PROTECTION

    return (_sheet_xml_head(columns=[28.0, 28.0, 18.0, 20.0, 16.0, 16.0], freeze=True, last_ref=f"F{r}")
            + _rows(rows) + "</sheetData>" + _PROTECTION + _page_setup(document.title) + "</worksheet>")


def _effects_sheet(document: Document) -> str:
    from .xlsx_export import (
        _PROTECTION,
        S_HEADER,
        S_WRAP,
        _page_setup,
        _plain_cell,
        _sheet_xml_head,
        column_letter,
        render_text,
    )

    chapter = document.chapter
    header = ["Programma", "Onderdeel", "Naam", "Beoogd / eenheid", "Bereikt / waarde", "Bron"]
    rows = [[_plain_cell(f"{column_letter(i)}1", h, S_HEADER) for i, h in enumerate(header)]]

    def add(values: list[str]) -> None:
        r = len(rows) + 1
        rows.append([_plain_cell(f"{column_letter(i)}{r}", v, S_WRAP) for i, v in enumerate(values) if v])

    for programme in document.programmes:
        goals = {goal.id: document.goal_heading(i, goal) for i, goal in enumerate(programme.goals)}
        for effect in chapter.effects_of(programme.id):
            add([programme.display_name, "Effecttekst", goals.get(effect.goal_id, "het programma"),
                 render_text(effect.plan), render_text(effect.realisation), ""])
        for indicator in chapter.indicators_of(programme.id):
            values = "; ".join(f"{v.year}: {_plain_number(v.value)}" for v in indicator.values)
            add([programme.display_name, "Effectindicator", indicator.name, indicator.unit,
                 f"nulmeting {_plain_number(indicator.baseline)}; streef {_plain_number(indicator.target)}; {values}",
                 indicator.source])
        for item in chapter.policy_indicators_of(programme.id):
            comparison = f" ({item.comparison}: {_plain_number(item.comparison_value)})" if item.comparison else ""
            add([programme.display_name, "Beleidsindicator", item.indicator, item.unit,
                 f"{item.period}: {_plain_number(item.value)}{comparison}", item.source])
    return (_sheet_xml_head(columns=[24.0, 16.0, 36.0, 50.0, 50.0, 20.0], freeze=True,
                            last_ref=f"F{max(len(rows), 1)}")
            + _rows(rows) + "</sheetData>" + _PROTECTION + _page_setup(document.title) + "</worksheet>")


def _plain_number(value: Decimal | None) -> str:
    if value is None:
        return "–"
    text = format(value.normalize() + 0, "f") if value == value.to_integral_value() else format(value, "f")
    return text.replace(".", ",")


def _variance_rows(document: Document) -> Iterator[tuple[str, str, str, Decimal, dict[str, str], str]]:
    chapter: Chapter = document.chapter
    names = {p.id: p.display_name for p in document.programmes}
    for state in variance_states(chapter, [p.id for p in document.programmes]):
        variance = state.variance
        yield (variance.key, names.get(variance.programme_id, ""), variance.kind.label,
               shown(variance.amount, chapter.settings), explanation_values(state.explanation),
               "; ".join(state.problems) or "toegelicht")


def _variance_sheet(document: Document) -> str:
    from .xlsx_export import (
        _PROTECTION,
        S_HEADER,
        S_NUMBER,
        S_OPEN,
        S_OPEN_WRAP,
        S_WRAP,
        _page_setup,
        _plain_cell,
        _sheet_xml_head,
        column_letter,
    )

    rows = [[_plain_cell(f"{column_letter(i)}1", title, S_HEADER) for i, (_k, title, _e) in enumerate(VARIANCE_COLUMNS)]]
    for key, programme, line, amount, values, state in _variance_rows(document):
        r = len(rows) + 1
        shown_values = {**values, "deadline": _deadline_shown(values["deadline"])}
        cells = [_plain_cell(f"A{r}", key), _plain_cell(f"B{r}", programme), _plain_cell(f"C{r}", line),
                 _number_cell(f"D{r}", amount, S_NUMBER)]
        for index, name in enumerate(EXPLANATION_FIELDS, start=4):
            style = S_OPEN_WRAP if name == "cause" else S_OPEN
            cells.append(_plain_cell(f"{column_letter(index)}{r}", shown_values[name], style))
        cells.append(_plain_cell(f"J{r}", state, S_WRAP))
        rows.append(cells)
    last = len(rows)
    categories = ", ".join(f"{n}: {label}" for n, label in RECHTMATIGHEID_LABELS.items())
    r = last + 2
    rows.append([])
    rows.append([_plain_cell(f"B{r}", "Vul de toelichting, eigenaar en deadline in; de overige kolommen zijn "
                                      f"alleen-lezen. Rechtmatigheid (bij een lastenoverschrijding): {categories}.",
                             S_WRAP)])
    validation = (
        f'<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="G2:G{max(last, 2)}">'
        '<formula1>"incidenteel,structureel"</formula1></dataValidation>'
        f'<dataValidation type="list" allowBlank="1" sqref="H2:H{max(last, 2)}">'
        '<formula1>"1,2,3,4,5,6,7"</formula1></dataValidation></dataValidations>'
    )
    return (_sheet_xml_head(columns=[4.0, 26.0, 22.0, 14.0, 18.0, 14.0, 16.0, 14.0, 70.0, 30.0], freeze=True,
                            last_ref=f"J{r}", hidden_columns=frozenset({0}))
            + _rows(rows) + "</sheetData>" + _PROTECTION + validation + _page_setup(document.title)
            + "</worksheet>")


def _variance_base_sheet(document: Document) -> str:
    from .xlsx_export import _plain_cell, _sheet_xml_head, column_letter

    header = ("key", *EXPLANATION_FIELDS)
    rows = [[_plain_cell(f"{column_letter(i)}1", h) for i, h in enumerate(header)]]
    for key, _programme, _line, _amount, values, _state in _variance_rows(document):
        r = len(rows) + 1
        cells = [_plain_cell(f"A{r}", key)]
        cells += [_plain_cell(f"{column_letter(i)}{r}", values[name]) for i, name in enumerate(EXPLANATION_FIELDS, 1)]
        rows.append(cells)
    return (_sheet_xml_head(columns=[], freeze=False, last_ref=f"F{len(rows)}", printed=False)
            + _rows(rows) + "</sheetData></worksheet>")


# ---------------------------------------------------------------------------
# reading back


@dataclass(frozen=True, slots=True)
class ExplanationRow:
    key: str
    programme_id: str
    kind: LineKind
    row: int
    values: dict[str, str]
    base: dict[str, str] | None
    invalid: dict[str, str] = field(default_factory=dict)


def _cell_string(value: Any) -> str:
    from .xlsx_export import unescape_cell

    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unescape_cell(str(value)).replace("\r\n", "\n").strip()


def _canonical(name: str, text: str) -> tuple[str, str | None]:
    """(canonical value, Dutch problem or None) of a typed cell."""
    if name == "deadline":
        if not text:
            return "", None
        for parse in (date.fromisoformat, lambda t: datetime.strptime(t, "%d-%m-%Y").date()):
            try:
                return parse(text[:10]).isoformat(), None
            except ValueError:
                continue
        return "", f"'{text[:30]}' is geen datum (dd-mm-jjjj)"
    if name == "nature":
        lowered = text.lower()
        if lowered and lowered not in NATURES:
            return "", f"'{text[:30]}' is niet incidenteel of structureel"
        return lowered, None
    if name == "rechtmatigheid":
        if text and text not in RECHTMATIGHEID_LABELS:
            return "", f"'{text[:30]}' is geen rechtmatigheidscategorie (1-7)"
        return text, None
    return text, None


def read_explanations(path: Path | str) -> list[ExplanationRow]:
    """The Afwijkingen sheet of an edited workbook with its base; [] when the workbook has none."""
    from .xlsx_import import _load, check_container

    path = Path(path)
    check_container(path)  # bounded, no DTDs, sane zip: as every workbook import
    workbook = _load(path)
    try:
        if SHEET_VARIANCES not in workbook.sheetnames:
            return []
        base: dict[str, dict[str, str]] = {}
        if SHEET_VARIANCE_BASE in workbook.sheetnames:
            for index, row in enumerate(workbook[SHEET_VARIANCE_BASE].iter_rows(values_only=True)):
                if index == 0 or not row or not row[0]:
                    continue
                cells = [_cell_string(c) for c in row] + [""] * len(EXPLANATION_FIELDS)
                base[cells[0]] = {name: cells[i] for i, name in enumerate(EXPLANATION_FIELDS, 1)}
        sheet = workbook[SHEET_VARIANCES]
        sheet.reset_dimensions()
        out: list[ExplanationRow] = []
        header: list[str] = []
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > 10_000:
                raise ImportRefused(Message.of("chapter.sheet_too_many_rows", sheet_variances=SHEET_VARIANCES))
            cells = [_cell_string(c) for c in row]
            if number == 1:
                header = cells
                continue
            if not cells or not cells[0] or ":" not in cells[0]:
                continue
            columns = {title: i for i, title in enumerate(header)}
            programme_id, _sep, kind_text = cells[0].partition(":")
            try:
                kind = LineKind(kind_text)
            except ValueError:
                continue
            values: dict[str, str] = {}
            invalid: dict[str, str] = {}
            for key, title, editable in VARIANCE_COLUMNS:
                if not editable or title not in columns:
                    continue
                index = columns[title]
                raw = cells[index] if index < len(cells) else ""
                value, problem = _canonical(key, raw)
                if problem:
                    invalid[key] = f"rij {number}, {title.lower()}: {problem}"
                else:
                    values[key] = value
            out.append(ExplanationRow(cells[0], programme_id, kind, number, values, base.get(cells[0]), invalid))
        return out
    except ImportRefused:
        raise
    except Exception as error:  # openpyxl on a damaged sheet
        raise ImportRefused(Message.of("chapter.sheet_unreadable", sheet_variances=SHEET_VARIANCES, name=path.name)) from error
    finally:
        workbook.close()
