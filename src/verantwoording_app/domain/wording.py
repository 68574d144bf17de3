"""Dutch wording shared by every message: counts with the right singular or plural, field names."""

from __future__ import annotations

from .fields import ACTIVITY_FIELDS

NOUNS = {
    "activiteit": "activiteiten",
    "onderdeel": "onderdelen",
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
    **{f.key: f.label.render("nl").lower() for f in ACTIVITY_FIELDS if f.key != "plan_frozen"},
    "remarks": "opmerkingen",
}
"""The Dutch name of each activity field, as messages and the command line show it (the registry's label)."""


def count(number: int, singular: str) -> str:
    """``1 activiteit``, ``2 activiteiten``: the number and the noun in the right form."""
    plural = NOUNS.get(singular)
    if plural is None:
        raise KeyError(f"no plural known for {singular!r}; add it to NOUNS")
    return f"{number} {singular if number == 1 else plural}"


def field_label(field: str) -> str:
    """The Dutch name of an activity field (``realisation`` → ``realisatie``); unknown names unchanged."""
    return FIELD_LABELS.get(field, field)
