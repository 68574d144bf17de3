"""Questions when opening a database: someone else has it open (lock), or it sits somewhere unsafe for SQLite.

Both dialogs only ask; the caller acts on the returned choice (open read-only,
``DatabaseLock.acquire(take_over=True)``, copy to a local working copy, …).
"""

from __future__ import annotations

import html
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..services.locking import COMMAND, DatabaseLocked

if TYPE_CHECKING:
    from pathlib import Path


class LockChoice(StrEnum):
    READ_ONLY = "alleen_lezen"
    TAKE_OVER = "overnemen"
    CANCEL = "annuleren"


class LocationChoice(StrEnum):
    LOCAL_COPY = "lokale_werkkopie"
    OPEN_ANYWAY = "toch_openen"
    CANCEL = "annuleren"


class _ChoiceDialog(QDialog):
    """A warning icon, a message and a row of choices; Esc means the cancel choice."""

    def __init__(self, title: str, cancel: StrEnum, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(580)
        self.choice: StrEnum = cancel
        self._cancel = cancel
        self._choices: dict[QAbstractButton, StrEnum] = {}
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(self)
        self.buttons.clicked.connect(self._clicked)
        layout.addWidget(self.buttons)

    def add_choice(self, text: str, choice: StrEnum, role: QDialogButtonBox.ButtonRole,
                   *, default: bool = False) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setObjectName(str(choice))
        button.setAutoDefault(default)
        button.setDefault(default)
        self._choices[button] = choice
        return button

    def _clicked(self, button: QAbstractButton) -> None:
        self.choice = self._choices.get(button, self._cancel)
        if self.choice == self._cancel:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:
        self.choice = self._cancel
        super().reject()


class LockDialog(_ChoiceDialog):
    """Who holds the lock, since when; "Alleen lezen", "Overnemen" (only for a stale lock) or "Annuleren"."""

    def __init__(self, error: DatabaseLocked, database: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", LockChoice.CANCEL, parent)
        self.setWindowTitle(self.tr("Database is in gebruik"))
        info = error.info
        name = html.escape(database.name) if database is not None else self.tr("Deze database")
        holder = (self.tr("de opdrachtregel van %1").replace("%1", info.user) if info.kind == COMMAND
                  else info.user)
        lines = [
            self.tr("<b>%1</b> is al geopend door <b>%2</b> op computer <b style='white-space:nowrap'>%3</b>, "
                    "sinds %4.")
            .replace("%1", name).replace("%2", html.escape(holder)).replace("%3", html.escape(info.host))
            .replace("%4", info.since.strftime("%d-%m-%Y %H:%M")),
        ]
        if error.stale:
            lines.append(self.tr("Die vergrendeling lijkt verlopen: het programma daar reageert niet meer (laatste "
                                 "teken van leven %1). Neem haar alleen over als u zeker weet dat daar niemand "
                                 "meer in werkt.").replace("%1", info.heartbeat.strftime("%d-%m-%Y %H:%M")))
        else:
            lines.append(self.tr("U kunt de database alleen lezen tot %1 haar sluit. Wijzigingen kunt u dan niet "
                                 "opslaan.").replace("%1", html.escape(info.user)))
        self.message.setText("<p>" + "</p><p>".join(lines) + "</p>")
        self.read_only_button = self.add_choice(self.tr("&Alleen lezen"), LockChoice.READ_ONLY,
                                                QDialogButtonBox.ButtonRole.AcceptRole, default=True)
        self.take_over_button: QPushButton | None = None
        if error.stale:
            self.take_over_button = self.add_choice(self.tr("&Overnemen"), LockChoice.TAKE_OVER,
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.add_choice(self.tr("Annuleren"), LockChoice.CANCEL,
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.read_only_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask(self) -> LockChoice:
        self.exec()
        return LockChoice(self.choice)


class UnsafeLocationDialog(_ChoiceDialog):
    """The database is on a network path or synced folder: make a local working copy, open anyway, or cancel."""

    def __init__(self, database: Path, reason: str, parent: QWidget | None = None) -> None:
        super().__init__("", LocationChoice.CANCEL, parent)
        self.setWindowTitle(self.tr("Onveilige locatie"))
        places = {
            "netwerkpad": self.tr("een netwerkpad"),
            "gesynchroniseerde map": self.tr("een gesynchroniseerde map (zoals OneDrive, Dropbox of Google Drive)"),
            "netwerkschijf": self.tr("een netwerkschijf"),
        }
        place = places.get(reason, html.escape(reason))
        lines = [
            self.tr("<b>%1</b> staat op %2.").replace("%1", html.escape(database.name)).replace("%2", place),
            self.tr("Daar is een database niet veilig: als twee computers tegelijk schrijven, of als de synchronisatie "
                    "een half geschreven bestand kopieert, kan er tekst verloren gaan of raakt de database "
                    "beschadigd."),
            self.tr("Werk liever in een lokale werkkopie op deze computer. Collega's werken samen via werkpakketten "
                    "of de teamserver."),
        ]
        self.message.setText("<p>" + "</p><p>".join(lines) + "</p>")
        self.message.setToolTip(str(database))
        self.local_copy_button = self.add_choice(self.tr("&Lokale werkkopie maken"), LocationChoice.LOCAL_COPY,
                                                 QDialogButtonBox.ButtonRole.AcceptRole, default=True)
        self.open_anyway_button = self.add_choice(self.tr("&Toch openen"), LocationChoice.OPEN_ANYWAY,
                                                  QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.add_choice(self.tr("Annuleren"), LocationChoice.CANCEL,
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.local_copy_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask(self) -> LocationChoice:
        self.exec()
        return LocationChoice(self.choice)


def ask_lock_choice(parent: QWidget | None, error: DatabaseLocked, database: Path | None = None) -> LockChoice:
    return LockDialog(error, database, parent).ask()


def ask_unsafe_location(parent: QWidget | None, database: Path, reason: str) -> LocationChoice:
    return UnsafeLocationDialog(database, reason, parent).ask()
