"""Work packages from the menus: "Werkpakket maken", "Inleveren", "Pakketten importeren".

Thin wrappers around ``services.packages``: they ask for the file, call the
service, and say in Dutch what happened. Errors the user can fix (a package
for another document, a tampered file, no activities for this owner) are
shown as a message; nothing is changed then.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..services import packages
from .conflicts_dialog import ConflictsDialog
from .noop import QT_TRANSLATE_NOOP
from .wording import count_text

if TYPE_CHECKING:
    from ..services.packages import HandinReport, HandoutReport, MergeReport
    from ..services.workspace import Workspace

PACKAGE_SUFFIX = ".vwpakket"


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Packages", text, None, n)


def _n(number: int, singular: str, plural: str) -> str:
    return count_text("Packages", number, singular, plural)


def package_filter() -> str:
    return _t(QT_TRANSLATE_NOOP("Packages", "Werkpakket (*.vwpakket)")) + ";;" + _t(QT_TRANSLATE_NOOP("Packages", "Alle bestanden (*)"))


def documents_folder() -> str:
    """The user's documents folder (Documenten), or the home folder when there is none."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def _slug(name: str) -> str:
    return re.sub(r"[^\w]+", "-", name.casefold()).strip("-") or "pakket"


def _with_suffix(name: str) -> Path:
    path = Path(name)
    return path if path.suffix else path.with_suffix(PACKAGE_SUFFIX)


class HandoutDialog(QDialog):
    """Choose an officer, then a file: the hand-out package with their activities editable."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.folder = folder
        self.report: HandoutReport | None = None
        self.setWindowTitle(self.tr("Werkpakket maken"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Een werkpakket bevat het hele document. De activiteiten van de gekozen eigenaar zijn "
                               "daarin te bewerken, de rest is alleen te lezen. Stuur het bestand naar de "
                               "medewerker; die levert het later weer in."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("owner")
        form.addRow(self.tr("&Eigenaar:"), self.owner_combo)
        layout.addLayout(form)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Opslaan als…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        counts = Counter(p.activity.owner.strip() for p in workspace.document().iter_activities()
                         if p.activity.owner.strip())
        roles = {p.name.casefold(): p.role for p in workspace.people()}
        owners = sorted(counts, key=lambda name: (roles.get(name.casefold()) == "coördinator", name.casefold()))
        for owner in owners:
            self.owner_combo.addItem(count_text("HandoutDialog", counts[owner],
                                                QT_TRANSLATE_NOOP("HandoutDialog", "%1 (%n activiteit)"),
                                                QT_TRANSLATE_NOOP("HandoutDialog", "%1 (%n activiteiten)"))
                                     .replace("%1", owner), owner)
        if not owners:
            self.notice.setText(self.tr("Er zijn nog geen activiteiten toegewezen. Wijs eerst eigenaren toe via "
                                        "Mensen en toewijzing."))
        self.owner_combo.setEnabled(bool(owners))
        self.save_button.setEnabled(bool(owners))
        self.notice.setVisible(not owners)
        self.owner_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def owner(self) -> str:
        return str(self.owner_combo.currentData() or "")

    def save(self) -> None:
        owner = self.owner()
        if not owner:
            return
        suggested = str(Path(self.folder) / f"werkpakket-{_slug(owner)}{PACKAGE_SUFFIX}")
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Werkpakket opslaan"), suggested, package_filter())
        if not name:
            return
        try:
            self.report = packages.create_handout(self.workspace, owner, _with_suffix(name))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Werkpakket maken"), error.message)
            return
        QMessageBox.information(
            self, self.tr("Werkpakket maken"),
            self.tr("Werkpakket voor %1 opgeslagen als '%2': %3 van de %4 activiteiten zijn te bewerken.")
            .replace("%1", self.report.owner).replace("%2", self.report.path.name)
            .replace("%3", str(self.report.editable)).replace("%4", str(self.report.total)))
        self.accept()


def hand_in(parent: QWidget | None, workspace: Workspace, folder: str = "") -> HandinReport | None:
    """"Inleveren": write the officer's changes to a return package; None when cancelled or refused.

    The caller saves pending edits first (autosave flush), so the package holds what is on screen.
    """
    title = _t(QT_TRANSLATE_NOOP("Packages", "Inleveren"))
    if packages.editable_activities(workspace) is None:
        QMessageBox.warning(parent, title, _t(
            "Deze database is geen werkpakket van de coördinator; inleveren kan alleen vanuit een geopend "
            "werkpakket."))
        return None
    # the officer's name as the coordinator handed the work out (not the login name of this computer),
    # in the user's documents folder (the working database itself lives in a hidden data folder)
    owner = packages.handout_owner(workspace) or workspace.author or "medewerker"
    suggested = str(Path(folder or documents_folder()) / f"{_slug(owner)}-ingeleverd{PACKAGE_SUFFIX}")
    name, _filter = QFileDialog.getSaveFileName(parent, _t(QT_TRANSLATE_NOOP("Packages", "Ingeleverd pakket opslaan")), suggested, package_filter())
    if not name:
        return None
    try:
        report = packages.create_handin(workspace, _with_suffix(name))
    except UserError as error:
        QMessageBox.warning(parent, title, error.message)
        return None
    if report.activities:
        text = (_n(report.activities, QT_TRANSLATE_NOOP("Packages", "%n activiteit met wijzigingen ingeleverd"),
                   QT_TRANSLATE_NOOP("Packages", "%n activiteiten met wijzigingen ingeleverd"))
                + _n(report.fields, QT_TRANSLATE_NOOP("Packages", " (%n veld) in '%1'. Stuur dit bestand naar de coördinator."),
                     QT_TRANSLATE_NOOP("Packages", " (%n velden) in '%1'. Stuur dit bestand naar de coördinator."))
                .replace("%1", report.path.name))
    else:
        text = _t(QT_TRANSLATE_NOOP("Packages", "Er waren geen wijzigingen; het pakket '%1' is leeg. U kunt het toch sturen als bevestiging.")) \
            .replace("%1", report.path.name)
    QMessageBox.information(parent, title, text)
    return report


class MergeResultDialog(QDialog):
    """What importing packages did; accepted means 'show the conflicts now'."""

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pakketten importeren"))
        self.resize(560, 260 if report.messages else 180)
        layout = QVBoxLayout(self)
        self.summary = QLabel(merge_summary(report), self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if report.messages:
            label = QLabel(self.tr("&Meldingen:"), self)
            layout.addWidget(label)
            self.messages = QListWidget(self)
            label.setBuddy(self.messages)
            self.messages.setObjectName("messages")
            self.messages.addItems(list(report.messages))
            self.messages.setAccessibleName(self.tr("Meldingen"))
            layout.addWidget(self.messages, 1)
        layout.addStretch(0)
        buttons = QDialogButtonBox(self)
        self.conflicts_button = None
        if report.conflicts:
            self.conflicts_button = buttons.addButton(self.tr("&Conflicten bekijken"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
            self.conflicts_button.setDefault(True)
            later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
            later.setAutoDefault(False)
        else:
            close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
            close.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def merge_summary(report: MergeReport) -> str:
    text = (_n(report.packages, QT_TRANSLATE_NOOP("Packages", "%n pakket verwerkt: "),
               QT_TRANSLATE_NOOP("Packages", "%n pakketten verwerkt: "))
            + _n(report.applied, QT_TRANSLATE_NOOP("Packages", "%n wijziging overgenomen, "),
                 QT_TRANSLATE_NOOP("Packages", "%n wijzigingen overgenomen, "))
            + _n(report.conflicts, QT_TRANSLATE_NOOP("Packages", "%n conflict te beslissen, "),
                 QT_TRANSLATE_NOOP("Packages", "%n conflicten te beslissen, "))
            + _n(report.remarks, QT_TRANSLATE_NOOP("Packages", "%n opmerking toegevoegd."),
                 QT_TRANSLATE_NOOP("Packages", "%n opmerkingen toegevoegd.")))
    if report.unchanged:
        text += " " + _n(report.unchanged, QT_TRANSLATE_NOOP("Packages", "Al gelijk: %n veld."),
                         QT_TRANSLATE_NOOP("Packages", "Al gelijk: %n velden."))
    if report.refused:
        text += " " + _n(report.refused,
                         QT_TRANSLATE_NOOP("Packages", "Geweigerd (buiten de uitgifte of ongeldig): %n wijziging; zie de "
                                                       "meldingen."),
                         QT_TRANSLATE_NOOP("Packages", "Geweigerd (buiten de uitgifte of ongeldig): %n wijzigingen; zie "
                                                       "de meldingen."))
    if report.conflicts:
        text += " " + _t(QT_TRANSLATE_NOOP("Packages", "Bij een conflict is hetzelfde veld zowel hier als in het pakket gewijzigd; beide teksten "
                         "blijven bewaard tot u kiest."))
    return text


def import_packages(parent: QWidget | None, workspace: Workspace, folder: str = "") -> MergeReport | None:
    """"Pakketten importeren": choose one or more return packages, merge them, report, offer the conflicts."""
    names, _filter = QFileDialog.getOpenFileNames(parent, _t(QT_TRANSLATE_NOOP("Packages", "Pakketten importeren")), folder, package_filter())
    if not names:
        return None
    try:
        report = packages.merge_handins(workspace, [Path(name) for name in names])
    except UserError as error:
        QMessageBox.warning(parent, _t(QT_TRANSLATE_NOOP("Packages", "Pakketten importeren")), error.message)
        return None
    result = MergeResultDialog(report, parent)
    if result.exec() == QDialog.DialogCode.Accepted and report.conflicts:
        ConflictsDialog(workspace, parent).exec()
    return report
