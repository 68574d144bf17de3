"""Status schemes: which statuses a document uses, their Dutch labels and colours."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StatusOption:
    key: str
    label: str
    colour: str
    """Hex colour, ``#rrggbb``."""
    done: bool = False
    """Whether this status means the work is finished (for 'Niet gereed' filters)."""


@dataclass(frozen=True, slots=True)
class StatusScheme:
    name: str
    options: tuple[StatusOption, ...]

    def keys(self) -> tuple[str, ...]:
        return tuple(option.key for option in self.options)

    def option(self, key: str | None) -> StatusOption | None:
        for option in self.options:
            if option.key == key:
                return option
        return None

    def label(self, key: str | None) -> str:
        option = self.option(key)
        return option.label if option else ""

    def is_done(self, key: str | None) -> bool:
        """Whether this status means the work is finished (gereed, uitgevoerd, …)."""
        option = self.option(key)
        return option is not None and option.done

    def colour(self, key: str | None) -> str:
        option = self.option(key)
        return option.colour if option else ""

    def key_for_label(self, label: str) -> str | None:
        wanted = label.strip().casefold()
        for option in self.options:
            if wanted in (option.label.casefold(), option.key.casefold()):
                return option.key
        return None


GROEN = "#2e7d32"
LICHTGROEN = "#7cb342"
ORANJE = "#ef8a00"
ROOD = "#c62828"
BLAUW = "#1565c0"
GRIJS = "#757575"

SIX_STATUS = StatusScheme(
    "zes statussen",
    (
        StatusOption("op_schema", "Op schema", LICHTGROEN),
        StatusOption("gereed", "Gereed", GROEN, done=True),
        StatusOption("vertraagd", "Vertraagd", ORANJE),
        StatusOption("doorgeschoven", "Doorgeschoven", BLAUW),
        StatusOption("problemen", "Problemen", ROOD),
        StatusOption("ingetrokken", "Ingetrokken", GRIJS, done=True),
    ),
)

TWO_STATUS = StatusScheme(
    "uitgevoerd / niet uitgevoerd",
    (
        StatusOption("uitgevoerd", "Uitgevoerd", GROEN, done=True),
        StatusOption("niet_uitgevoerd", "Niet uitgevoerd", ROOD),
    ),
)

TRAFFIC_LIGHT = StatusScheme(
    "stoplicht",
    (
        StatusOption("groen", "Groen", GROEN, done=True),
        StatusOption("oranje", "Oranje", ORANJE),
        StatusOption("rood", "Rood", ROOD),
        StatusOption("blauw", "Blauw (gewijzigd)", BLAUW),
    ),
)

DEFAULT_SCHEME = SIX_STATUS
PRESET_SCHEMES: tuple[StatusScheme, ...] = (SIX_STATUS, TWO_STATUS, TRAFFIC_LIGHT)


# -- one status in another scheme ----------------------------------------------

_EQUIVALENTS: dict[str, tuple[str, ...]] = {
    # six statuses (the words the text recogniser offers) → two statuses, traffic light
    "gereed": ("uitgevoerd", "groen"),
    "op_schema": ("groen",),
    "vertraagd": ("oranje",),
    "problemen": ("niet_uitgevoerd", "rood"),
    "doorgeschoven": ("niet_uitgevoerd", "blauw"),
    "ingetrokken": ("niet_uitgevoerd", "blauw"),
    # two statuses and traffic light → six statuses and each other
    "uitgevoerd": ("gereed", "groen"),
    "niet_uitgevoerd": ("problemen", "rood"),
    "groen": ("gereed", "uitgevoerd"),
    "oranje": ("vertraagd",),
    "rood": ("problemen", "niet_uitgevoerd"),
    "blauw": ("doorgeschoven",),
}
"""What a preset status means in the other presets; a status without an entry for a scheme has no
counterpart there (``op_schema`` is not ``uitgevoerd``)."""


def carry_over(key: str | None, source: StatusScheme, target: StatusScheme) -> str | None:
    """Status ``key`` of ``source`` as a status of ``target``: the same key, the option with the same label,
    or the preset equivalent; None when the target has nothing that means the same."""
    if key is None:
        return None
    if target.option(key) is not None:
        return key
    option = source.option(key)
    if option is not None and (same := target.key_for_label(option.label)) is not None:
        return same
    return next((other for other in _EQUIVALENTS.get(key, ()) if target.option(other) is not None), None)
