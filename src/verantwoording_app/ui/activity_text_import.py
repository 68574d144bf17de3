"""Importeren › Tekst in deze activiteit: a file becomes the plan or realisation of one activity.

The dialog shows the old text beside the new one; the user chooses plan or
realisation and whether the file replaces the text or is added below it.
The change is one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.blocktext import BlockText
from .blocktext_editor import BlockTextEdit


class ActivityTextImportDialog(QDialog):
    def __init__(self, title: str, plan: BlockText, realisation: BlockText, new: BlockText,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tekst importeren in '%1'").replace("%1", title))
        self.resize(1000, 600)
        self.old_texts = {"realisation": realisation, "plan": plan}
        self.new = new
        self.target = QComboBox()
        self.target.addItem(self.tr("Realisatie"), "realisation")
        self.target.addItem(self.tr("Plan"), "plan")
        self.target.setAccessibleName(self.tr("Welke tekst"))
        self.replace_button = QRadioButton(self.tr("De tekst &vervangen"))
        self.append_button = QRadioButton(self.tr("Onder de tekst &toevoegen"))
        group = QButtonGroup(self)
        group.addButton(self.replace_button)
        group.addButton(self.append_button)
        self.replace_button.setChecked(True)
        self.old_view = BlockTextEdit()
        self.old_view.setReadOnly(True)
        self.old_view.setAccessibleName(self.tr("Huidige tekst"))
        self.new_view = BlockTextEdit()
        self.new_view.setReadOnly(True)
        self.new_view.setAccessibleName(self.tr("Nieuwe tekst"))
        self.target.currentIndexChanged.connect(self._refresh)
        self.replace_button.toggled.connect(self._refresh)

        top = QHBoxLayout()
        label = QLabel(self.tr("&Tekst:"))
        label.setBuddy(self.target)
        top.addWidget(label)
        top.addWidget(self.target)
        top.addWidget(self.replace_button)
        top.addWidget(self.append_button)
        top.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Nu")), 0, 0)
        grid.addWidget(QLabel(self.tr("Na het importeren")), 0, 1)
        grid.addWidget(self.old_view, 1, 0)
        grid.addWidget(self.new_view, 1, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Overnemen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self._refresh()

    @property
    def field(self) -> str:
        return str(self.target.currentData())

    def result_text(self) -> BlockText:
        if self.replace_button.isChecked():
            return self.new
        return BlockText((*self.old_texts[self.field].blocks, *self.new.blocks))

    def _refresh(self) -> None:
        self.old_view.set_blocktext(self.old_texts[self.field])
        self.new_view.set_blocktext(self.result_text())
