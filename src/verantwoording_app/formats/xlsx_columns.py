"""The columns of the workbook's row sheets, each declared once: key, header, whether it comes back from the
workbook, width, cell style, kind of cell and where its value comes from. The letters follow from the order.

``ACTIVITY_SHEET`` (Activiteiten) and ``KEY_FIGURE_SHEET`` (Kengetallen) drive the writer: the sheet's
column widths and hidden columns, the header row and every data row are made from them by ``RowWriter``;
the import recognises the columns by the same headers (``ACTIVITY_COLUMNS``, ``KEY_FIGURE_COLUMNS``: key,
header, editable). Columns added for one export (what changed since a snapshot, last year's line, the
P&C findings) are declared the same way and appended.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Final, Generic, TypeVar

from .xlsx_styles import (
    S_DATETIME,
    S_NUMBER,
    S_OPEN_DATE,
    S_OPEN_NUMBER,
    S_OPEN_TOP,
    S_OPEN_WRAP,
    S_TOP,
    S_WRAP,
)
from .xlsx_values import column_letter, excel_serial, sanitise, xml_text

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

    from ..domain.completeness import Completeness
    from ..domain.model import Activiteit, ActivityPlace
    from ..domain.status import StatusScheme

R = TypeVar("R")

FINDINGS_HEADER: Final = "Controle"
"""Optional read-only column: the number of open P&C findings (issue 16)."""
ROW_HEIGHT: Final = 15
"""Points per line of wrapped text."""
MAX_ROW_LINES: Final = 28
"""From this many lines on a row has Excel's greatest height (409 points)."""
MAX_ROW_HEIGHT: Final = 409


class Cell(Enum):
    """How a column's value is written."""

    TEXT = "text"
    """An inline string whose spaces are kept (``xml:space="preserve"``)."""
    LABEL = "label"
    """An inline string of a fixed form (ids, codes, labels): no spaces to keep."""
    NUMBER = "number"
    """A value (``<v>``): a number, a date as its serial."""
    RAW = "raw"
    """The value is the rest of the cell after its style: a number where it is one, else a text."""


_CELL_XML: Final = {
    Cell.TEXT: ('" t="inlineStr"><is><t xml:space="preserve">', "</t></is></c>"),
    Cell.LABEL: ('" t="inlineStr"><is><t>', "</t></is></c>"),
    Cell.NUMBER: ('"><v>', "</v></c>"),
    Cell.RAW: ('"', "</c>"),
}


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    key: str
    header: str
    editable: bool
    """Comes back from the workbook (and is open to typing on the protected sheet)."""
    width: float
    """In Excel's character units; for a fitted column the narrowest it gets."""
    style: int
    cell: Cell
    value: Callable[[R], str]
    """The cell's content, escaped for XML (or the number as text)."""
    optional: bool = False
    """An empty value leaves the cell out."""
    fit: float = 0.0
    """> 0: as wide as the longest of ``measure`` or the header, at most this."""
    measure: Callable[[Facts], Iterable[str]] | None = None
    hidden: bool = False
    tall: bool = False
    """Its wrapped lines count for the row height (an editable text field)."""


@dataclass(slots=True)
class Facts:
    """What the column widths are fitted to, known before the first row is written."""

    places: Sequence[ActivityPlace]
    scheme: StatusScheme
    goal_labels: Mapping[str, str]
    programme_names: Mapping[str, str]


class ActivityRecord:
    """One activity's row, prepared once: the escaped texts are also the merge base's (``_basis``)."""

    __slots__ = ("activity", "check", "code", "goal", "holder", "number", "owner", "plan", "programme",
                 "programme_name", "realisation", "review", "status", "title", "values")

    def __init__(self, place: ActivityPlace, values: Mapping[str, str], check: Completeness, *, code: str,
                 programme: str, programme_name: str, goal: str, status: str, review: str) -> None:
        self.activity: Activiteit = place.activity
        self.number = place.number
        self.values = values
        """The canonical field values (``xlsx_values.field_values``), not escaped."""
        self.check = check
        self.code = code
        self.programme = programme
        self.programme_name = programme_name
        self.goal = goal
        self.status = status
        self.review = review
        self.title = xml_text(values["title"])
        self.owner = xml_text(values["owner"])
        self.holder = xml_text(values["portfolio_holder"])
        self.plan = xml_text(values["plan"])
        self.realisation = xml_text(values["realisation"])


def _deadline(record: ActivityRecord) -> str:
    deadline = record.activity.deadline
    return f"{excel_serial(deadline):.0f}" if deadline is not None else ""


def _updated(record: ActivityRecord) -> str:
    updated = record.activity.updated_at
    return repr(excel_serial(updated)) if updated is not None else ""


def _updated_by(record: ActivityRecord) -> str:
    return xml_text(sanitise(record.activity.updated_by)[0])


ACTIVITY_SHEET: Final[tuple[Column[ActivityRecord], ...]] = (
    # the ID is hidden: the code beside it is what people read
    Column("id", "ID", False, 4.0, S_TOP, Cell.LABEL, lambda r: xml_text(r.activity.id), hidden=True),
    Column("code", "Code", False, 9.0, S_TOP, Cell.LABEL, lambda r: r.code),
    # the programme's number: a number where it is one, so that it sorts and filters as one
    Column("programme", "Programma", False, 11.0, S_TOP, Cell.RAW, lambda r: r.programme),
    Column("programme_name", "Programmanaam", False, 24.0, S_TOP, Cell.TEXT, lambda r: r.programme_name,
           fit=40, measure=lambda f: f.programme_names.values()),
    Column("goal", "Hoofddoel", False, 24.0, S_TOP, Cell.TEXT, lambda r: r.goal,
           fit=50, measure=lambda f: f.goal_labels.values()),
    Column("number", "Nr", False, 5.0, S_TOP, Cell.NUMBER, lambda r: str(r.number)),
    Column("title", "Titel", True, 30.0, S_OPEN_WRAP, Cell.TEXT, lambda r: r.title, optional=True,
           fit=60, measure=lambda f: (p.activity.title for p in f.places), tall=True),
    Column("owner", "Eigenaar", True, 14.0, S_OPEN_TOP, Cell.TEXT, lambda r: r.owner, optional=True,
           fit=30, measure=lambda f: (p.activity.owner for p in f.places)),
    Column("portfolio_holder", "Portefeuillehouder", True, 18.0, S_OPEN_TOP, Cell.TEXT, lambda r: r.holder,
           optional=True, fit=30, measure=lambda f: (p.activity.portfolio_holder for p in f.places)),
    Column("deadline", "Deadline", True, 11.0, S_OPEN_DATE, Cell.NUMBER, _deadline, optional=True),
    Column("status", "Status", True, 14.0, S_OPEN_TOP, Cell.TEXT, lambda r: r.status, optional=True,
           fit=24, measure=lambda f: (option.label for option in f.scheme.options)),
    Column("review_state", "Reviewstatus", True, 13.0, S_OPEN_TOP, Cell.LABEL, lambda r: r.review),
    Column("words_plan", "Woorden plan", False, 9.0, S_TOP, Cell.NUMBER,
           lambda r: str(r.activity.plan.word_count())),
    Column("words_realisation", "Woorden realisatie", False, 9.0, S_TOP, Cell.NUMBER,
           lambda r: str(r.activity.realisation.word_count())),
    Column("updated", "Laatst gewijzigd", False, 16.0, S_DATETIME, Cell.NUMBER, _updated, optional=True),
    Column("updated_by", "Gewijzigd door", False, 16.0, S_TOP, Cell.TEXT, _updated_by, optional=True),
    Column("complete", "Compleet", False, 22.0, S_TOP, Cell.LABEL, lambda r: xml_text(r.check.describe())),
    Column("plan", "Plantekst", True, 80.0, S_OPEN_WRAP, Cell.TEXT, lambda r: r.plan, optional=True, tall=True),
    Column("realisation", "Realisatietekst", True, 80.0, S_OPEN_WRAP, Cell.TEXT, lambda r: r.realisation,
           optional=True, tall=True),
)


def mapped_text_column(key: str, header: str, width: float, values: Mapping[str, str]) -> Column[ActivityRecord]:
    """A read-only text column of one export: per activity id a text (what changed, last year's line)."""
    def value(record: ActivityRecord) -> str:
        text = values.get(record.activity.id)
        return xml_text(sanitise(text)[0]) if text else ""

    return Column(key, header, False, width, S_WRAP, Cell.TEXT, value, optional=True)


def findings_column(width: float, findings: Mapping[str, int]) -> Column[ActivityRecord]:
    """The read-only "Controle" column: open P&C findings per activity (0 where there are none)."""
    return Column("findings", FINDINGS_HEADER, False, width, S_TOP, Cell.NUMBER,
                  lambda r: str(int(findings.get(r.activity.id, 0))))


@dataclass(frozen=True, slots=True)
class FigureRecord:
    """One key figure's row: its activity's id and code (escaped) and the figure's canonical values
    (``xlsx_values.key_figure_row``: id, label, unit, baseline, target, realised, source)."""

    activity_id: str
    code: str
    values: Sequence[str]


def _figure(index: int, *, escape: bool = False) -> Callable[[FigureRecord], str]:
    if escape:
        return lambda r: xml_text(r.values[index])
    return lambda r: r.values[index]


KEY_FIGURE_SHEET: Final[tuple[Column[FigureRecord], ...]] = (
    Column("activity_id", "Activiteit-ID", False, 10, S_TOP, Cell.LABEL, lambda r: r.activity_id),
    Column("id", "Kengetal-ID", False, 10, S_TOP, Cell.LABEL, _figure(0, escape=True)),
    Column("activity", "Activiteit", False, 10, S_TOP, Cell.LABEL, lambda r: r.code),
    Column("label", "Omschrijving", True, 40, S_OPEN_WRAP, Cell.TEXT, _figure(1, escape=True), optional=True),
    Column("unit", "Eenheid", True, 12, S_OPEN_WRAP, Cell.TEXT, _figure(2, escape=True), optional=True),
    # the baseline (nulmeting) does not change during the year: locked
    Column("baseline", "Nulmeting", True, 12, S_NUMBER, Cell.NUMBER, _figure(3), optional=True),
    Column("target", "Streefwaarde", True, 12, S_OPEN_NUMBER, Cell.NUMBER, _figure(4), optional=True),
    Column("realised", "Realisatie", True, 12, S_OPEN_NUMBER, Cell.NUMBER, _figure(5), optional=True),
    Column("source", "Bron", True, 24, S_OPEN_WRAP, Cell.TEXT, _figure(6, escape=True), optional=True),
)

ACTIVITY_COLUMNS: Final = tuple((c.key, c.header, c.editable) for c in ACTIVITY_SHEET)
"""(field key, header, editable) of Activiteiten, as the import recognises them."""
KEY_FIGURE_COLUMNS: Final = tuple((c.key, c.header, c.editable) for c in KEY_FIGURE_SHEET)


def fitted_widths(columns: Sequence[Column[R]], facts: Facts) -> list[float]:
    from .xlsx_sheet import fitted_width

    widths = []
    for column in columns:
        if column.fit and column.measure is not None:
            longest = max((len(text) for text in column.measure(facts)), default=0)
            widths.append(fitted_width(max(longest, len(column.header)), maximum=column.fit))
        else:
            widths.append(column.width)
    return widths


class RowWriter(Generic[R]):
    """The XML of a sheet's rows from its columns: each cell as its kind writes it, in column order."""

    def __init__(self, columns: Sequence[Column[R]]) -> None:
        self.columns = tuple(columns)
        self.letters = {column.key: column_letter(index) for index, column in enumerate(self.columns)}
        self._cells = tuple(
            (column.value, f'<c r="{column_letter(index)}', f'" s="{column.style}{_CELL_XML[column.cell][0]}',
             _CELL_XML[column.cell][1], column.optional)
            for index, column in enumerate(self.columns)
        )

    def letter(self, key: str) -> str:
        return self.letters[key]

    def row(self, number: int, record: R, height: int = 0) -> str:
        """``height`` in points (0: Excel's own)."""
        at = str(number)
        out = [f'<row r="{at}" ht="{height}" customHeight="1">' if height else f'<row r="{at}">']
        append = out.append
        for value, head, middle, tail, optional in self._cells:
            text = value(record)
            if optional and not text:
                continue
            append(f"{head}{at}{middle}{text}{tail}")
        append("</row>")
        return "".join(out)


def row_height(lines: int) -> int:
    """The height of a row whose tallest cell wraps to ``lines`` lines (0: one line, Excel's own)."""
    return min(MAX_ROW_HEIGHT, ROW_HEIGHT * lines) if lines > 1 else 0
