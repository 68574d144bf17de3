"""Dutch wording shared by every message: counts with the right singular or plural, field names."""

from __future__ import annotations

NOUNS = {
    "activiteit": "activiteiten",
    "pakket": "pakketten",
    "wijziging": "wijzigingen",
    "conflict": "conflicten",
    "opmerking": "opmerkingen",
    "verwijdering": "verwijderingen",
    "waarschuwing": "waarschuwingen",
    "veld": "velden",
    "vindplaats": "vindplaatsen",
    "reservekopie": "reservekopieën",
    "oudere reservekopie": "oudere reservekopieën",
    "kengetal-rij": "kengetal-rijen",
    "gewijzigd veld": "gewijzigde velden",
}
"""Singular → plural of the nouns our messages count."""

FIELD_LABELS = {
    "title": "titel", "plan": "plantekst", "realisation": "realisatie", "status": "status", "owner": "eigenaar",
    "portfolio_holder": "portefeuillehouder", "deadline": "deadline", "review_state": "reviewstatus",
    "internal_note": "interne notitie", "kengetallen": "kengetallen", "remarks": "opmerkingen",
}
"""The Dutch name of each activity field, as messages and the command line show it."""


def count(number: int, singular: str) -> str:
    """``1 activiteit``, ``2 activiteiten``: the number and the noun in the right form."""
    plural = NOUNS.get(singular)
    if plural is None:
        raise KeyError(f"no plural known for {singular!r}; add it to NOUNS")
    return f"{number} {singular if number == 1 else plural}"


def field_label(field: str) -> str:
    """The Dutch name of an activity field (``realisation`` → ``realisatie``); unknown names unchanged."""
    return FIELD_LABELS.get(field, field)
