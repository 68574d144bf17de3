"""The words of the financial table in the user's language: line labels (lasten, baten, saldo, …), column
headings, the sign convention, the threshold, voordeel/nadeel and what an explanation lacks.

Dutch is the source (domain.chapter, domain.finance, domain.money keep the Dutch words the exported report
uses); this module declares each word once in the message catalogue with its English text, and renders it in
the current language (``domain.messages.use_language``: the English interface, ``--lang en``). Exports stay
Dutch: they call the Dutch labels directly.
"""

from __future__ import annotations

from typing import Final

from .chapter import LINE_LABELS, RECHTMATIGHEID_LABELS, LineKind, Threshold
from .messages import Message, current_language, define
from .money import SIGN_LABELS, SignConvention, format_amount

_LINES: Final = {
    LineKind.LASTEN: define("finance.line.lasten", "Lasten", "Expenditure"),
    LineKind.BATEN: define("finance.line.baten", "Baten", "Income"),
    LineKind.TOEVOEGING: define("finance.line.toevoeging", "Toevoegingen aan reserves", "Additions to reserves"),
    LineKind.ONTTREKKING: define("finance.line.onttrekking", "Onttrekkingen aan reserves",
                                 "Withdrawals from reserves"),
}
_TOTALS: Final = {
    "Saldo van baten en lasten": define("finance.line.saldo", "Saldo van baten en lasten",
                                        "Balance of income and expenditure"),
    "Resultaat": define("finance.line.resultaat", "Resultaat", "Result"),
}
COLUMNS: Final = (
    define("finance.column.primitief", "Begroting primitief", "Original budget"),
    define("finance.column.gewijzigd", "Begroting na wijziging", "Budget after amendment"),
    define("finance.column.realisatie", "Realisatie", "Actual"),
    define("finance.column.verschil", "Verschil", "Difference"),
)
"""The four amount columns of the table, in order."""
_SIGNS: Final = {
    SignConvention.VOORDEEL_POSITIEF: define("finance.sign.voordeel_positief", SIGN_LABELS[SignConvention.VOORDEEL_POSITIEF],
                                             "income positive, expenditure negative (favourable +)"),
    SignConvention.VOORDEEL_NEGATIEF: define("finance.sign.voordeel_negatief", SIGN_LABELS[SignConvention.VOORDEEL_NEGATIEF],
                                             "expenditure positive, income negative (favourable −)"),
}
_VOORDEEL: Final = define("finance.voordeel", "voordeel", "favourable")
_NADEEL: Final = define("finance.nadeel", "nadeel", "unfavourable")
_PROBLEMS: Final = {
    "toelichting ontbreekt": define("finance.problem.missing", "toelichting ontbreekt", "explanation missing"),
    "incidenteel of structureel ontbreekt": define("finance.problem.nature", "incidenteel of structureel ontbreekt",
                                                   "incidental or structural missing"),
    "rechtmatigheidscategorie ontbreekt": define("finance.problem.category", "rechtmatigheidscategorie ontbreekt",
                                                 "legitimacy category missing"),
    "bedrag in de toelichting wijkt af van de tabel": define(
        "finance.problem.amount", "bedrag in de toelichting wijkt af van de tabel",
        "the amount in the explanation differs from the table"),
}
_THRESHOLD_AMOUNT: Final = define("finance.threshold.amount", "€ {amount}", "€ {amount}")
_THRESHOLD_PERCENTAGE: Final = define("finance.threshold.percentage", "{percentage}% van de begroting na wijziging",
                                      "{percentage}% of the budget after amendment")
_THRESHOLD_NONE: Final = define("finance.threshold.none", "geen drempel", "no threshold")
_AND: Final = define("finance.threshold.and", "{first} en {second}", "{first} and {second}")
_OR: Final = define("finance.threshold.or", "{first} of {second}", "{first} or {second}")

_CATEGORY_ENGLISH: Final = {
    "1": "Overspend on activities outside the existing policy, without a proposal to amend the budget",
    "2": "Overspend within the existing policy that was wrongly not signalled in time",
    "3": "Overspend (largely) offset by directly related income",
    "4": "Overspend on an open-ended scheme",
    "5": "Overspend offset by additional income that is not directly related",
    "6": "Overspend found unlawful afterwards (e.g. after a review by the grant provider, the tax authority or a "
         "supervisor)",
    "7": "Overspend on an investment (credit): visible in higher depreciation and financing charges, in the "
         "year of investing or in later years",
}
_CATEGORIES: Final = {number: define(f"finance.category.{number}", dutch, _CATEGORY_ENGLISH[number])
                      for number, dutch in RECHTMATIGHEID_LABELS.items()}

assert set(_LINES) == set(LINE_LABELS)


def category_label(number: str) -> str:
    """A rechtmatigheid category's name (Commissie BBV) in the current language; '' for an unknown number."""
    message = _CATEGORIES.get(number)
    return _render(message) if message else ""


def _render(message_id: str, **args: object) -> str:
    return Message.of(message_id, **args).render()


def line_label(kind: LineKind) -> str:
    """``Lasten`` / ``Expenditure``."""
    return _render(_LINES[kind])


def row_label(label: str) -> str:
    """A row of the table (domain.finance.Row.label, Dutch) in the current language; unknown labels unchanged."""
    kind = next((k for k, text in LINE_LABELS.items() if text == label), None)
    if kind is not None:
        return line_label(kind)
    total = _TOTALS.get(label)
    return _render(total) if total else label


def column_labels() -> tuple[str, ...]:
    return tuple(_render(column) for column in COLUMNS)


def sign_label(sign: SignConvention) -> str:
    return _render(_SIGNS[sign])


def voordeel_label(amount: object) -> str:
    """``voordeel`` for a positive difference, else ``nadeel`` (in the current language)."""
    return _render(_VOORDEEL if amount > 0 else _NADEEL)  # type: ignore[operator]


def problem_label(problem: str) -> str:
    message = _PROBLEMS.get(problem)
    return _render(message) if message else problem


def problems_label(problems: tuple[str, ...], separator: str = "; ") -> str:
    return separator.join(problem_label(p) for p in problems)


def threshold_label(threshold: Threshold) -> str:
    """Threshold.describe() in the current language (Dutch: the same text)."""
    parts = []
    if threshold.amount is not None:
        parts.append(_render(_THRESHOLD_AMOUNT, amount=format_amount(threshold.amount)))
    if threshold.percentage is not None:
        text = str(threshold.percentage)
        parts.append(_render(_THRESHOLD_PERCENTAGE, percentage=text.replace(".", ",") if current_language() == "nl"
                             else text))
    if not parts:
        return _render(_THRESHOLD_NONE)
    if len(parts) == 1:
        return parts[0]
    return _render(_AND if threshold.both else _OR, first=parts[0], second=parts[1])
