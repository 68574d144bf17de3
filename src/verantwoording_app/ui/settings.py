"""User settings, declared once (key, type, default, label) and stored with QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from .. import APP_NAME, ORG_NAME
from .noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pathlib import Path


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str
    old_keys: tuple[str, ...] = ()
    """Where earlier versions stored it; read when ``key`` is not there yet."""


# "general/…" cannot be used as a key: an .ini file keeps the group "General" for keys without a
# group, so QSettings writes "general/language" to [%General] and reads it back as "General/language"
# — the settings were written but never found again. Earlier versions' values are read from there.
_OLD = "General/"


GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), QT_TRANSLATE_NOOP("Settings", "Venstergrootte en -positie"))
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), QT_TRANSLATE_NOOP("Settings", "Werkbalken en panelen"))
SPLITTER = Setting("window/splitter", QByteArray, QByteArray(), QT_TRANSLATE_NOOP("Settings", "Verdeling boom en formulier"))
RECENT = Setting("files/recent", list, [], QT_TRANSLATE_NOOP("Settings", "Recent geopende databases"))
LAST_DATABASE = Setting("files/last", str, "", QT_TRANSLATE_NOOP("Settings", "Laatst geopende database"))
LANGUAGE = Setting("user/language", str, "nl", QT_TRANSLATE_NOOP("Settings", "Taal van de bediening"),
                   (_OLD + "language", "general/language"))
USER_NAME = Setting("user/name", str, "", QT_TRANSLATE_NOOP("Settings", "Uw naam (voor 'Mijn activiteiten')"),
                    (_OLD + "user_name", "general/user_name"))
HOUSE_TEMPLATE = Setting("export/house_template", str, "", QT_TRANSLATE_NOOP("Settings", "Huisstijlsjabloon voor Word"))
AUTOSAVE_DELAY = Setting("editing/autosave_ms", int, 1000, QT_TRANSLATE_NOOP("Settings", "Automatisch opslaan na (ms)"),
                         (_OLD + "autosave_ms", "general/autosave_ms"))

ALL: tuple[Setting, ...] = (GEOMETRY, WINDOW_STATE, SPLITTER, RECENT, LAST_DATABASE, LANGUAGE, USER_NAME,
                            AUTOSAVE_DELAY)
MAX_RECENT = 8
LANGUAGES = ("nl", "en")


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                                ORG_NAME, APP_NAME)

    @classmethod
    def at(cls, folder: Path) -> Settings:
        """Settings in an ini file inside ``folder`` (tests, portable use)."""
        return cls(QSettings(str(folder / "verantwoording.ini"), QSettings.Format.IniFormat))

    def get(self, setting: Setting) -> Any:
        key = setting.key
        if not self.qsettings.contains(key):
            key = next((old for old in setting.old_keys if self.qsettings.contains(old)), key)
        value = self.qsettings.value(key, setting.default)
        if value is None:
            return setting.default
        if setting.type is list:
            if isinstance(value, str):
                return [value] if value else []
            return list(cast("list[object]", value))
        if setting.type is int:
            try:
                return int(cast("int", value))
            except (TypeError, ValueError):
                return setting.default
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else setting.default
        return setting.type(value)

    def set(self, setting: Setting, value: Any) -> None:
        self.qsettings.setValue(setting.key, value)
        for old in setting.old_keys:
            self.qsettings.remove(old)

    def sync(self) -> None:
        self.qsettings.sync()

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get(RECENT) if p != path]
        recent.insert(0, path)
        del recent[MAX_RECENT:]
        self.set(RECENT, recent)
        self.set(LAST_DATABASE, path)
        return recent

    def language(self) -> str:
        value = self.get(LANGUAGE)
        return value if value in LANGUAGES else "nl"

    @staticmethod
    def label(setting: Setting) -> str:
        return QCoreApplication.translate("Settings", setting.label)
