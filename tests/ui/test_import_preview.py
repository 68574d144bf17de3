"""Bestand › Importeren: the preview dialog corrects the structure; unplaced text has its own panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from verantwoording_app.formats.recognise import Role
from verantwoording_app.services.importing import load_source
from verantwoording_app.ui.import_preview_dialog import ImportPreviewDialog

if TYPE_CHECKING:
    from pathlib import Path

PAGE = ("Sport\n\nZwembad\nDe renovatie start in het voorjaar.\nRealisatie:\nHeropend in september.\n\n"
        "Sportakkoord\nMet de verenigingen sluiten we een akkoord.\nRealisatie:\nOndertekend door 31 partijen.\n\n"
        "Losse opmerking zonder plek\n")


def _page(tmp_path: Path, text: str = PAGE) -> Path:
    path = tmp_path / "sport.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_dialog_shows_lines_and_tree_and_recognises_again_on_a_role_change(qtbot, tmp_path: Path) -> None:
    dialog = ImportPreviewDialog(load_source(_page(tmp_path)), has_document=True)
    qtbot.addWidget(dialog)
    assert dialog.lines_model.rowCount() == PAGE.count("\n") + 1
    goal = dialog.tree.topLevelItem(0).child(0)
    assert [goal.child(i).text(0).split("  ")[0] for i in range(goal.childCount())] == ["1. Zwembad", "2. Sportakkoord"]
    assert dialog.import_button.isEnabled()
    dialog.set_role([8], Role.TEXT)  # "Sportakkoord" is no activity after all
    goal = dialog.tree.topLevelItem(0).child(0)
    assert goal.childCount() == 1
    assert "✎" in dialog.lines_model.data(dialog.lines_model.index(7, 1))
    dialog.set_role([8], None)
    assert dialog.tree.topLevelItem(0).child(0).childCount() == 2


def test_renaming_the_goal_in_the_tree(qtbot, tmp_path: Path) -> None:
    dialog = ImportPreviewDialog(load_source(_page(tmp_path)), has_document=False)
    qtbot.addWidget(dialog)
    goal = dialog.tree.topLevelItem(0).child(0)
    goal.setText(0, "Sport en bewegen")
    assert dialog.result_.document.programmes[0].goals[0].title == "Sport en bewegen"


def test_nothing_recognised_cannot_be_imported(qtbot, tmp_path: Path) -> None:
    dialog = ImportPreviewDialog(load_source(_page(tmp_path, "Een zin.\nNog een zin.\n")), has_document=True)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()


def test_import_adds_and_opens_the_unplaced_panel(qtbot, window, tmp_path: Path) -> None:
    before = window.workspace.document().activity_count()

    def choose(dialog: ImportPreviewDialog) -> bool:
        dialog.add_button.setChecked(True)
        return True

    from verantwoording_app.ui.export_runner import import_text

    text = PAGE.replace("Losse opmerking zonder plek\n", "Deze pagina is gebouwd op 01/01/2023\nLosse opmerking erna\n")
    import_text(window, _page(tmp_path, text), choose=choose)
    document = window.workspace.document()
    assert document.activity_count() == before + 2
    dock = window.dock("unplaced")
    assert dock.isVisibleTo(window)
    panel = dock.widget()
    assert "Losse opmerking erna" in panel.editor.toPlainText()
    panel.editor.set_blocktext(panel.editor.blocktext().from_plain("Verplaatst."))
    panel.editor.changed_by_user.emit()
    panel.save()
    assert window.workspace.document_header().unplaced.plain_text() == "Verplaatst."


def test_a_word_file_becomes_one_activitys_realisation_with_undo(qtbot, window, tmp_path: Path) -> None:
    import docx

    from verantwoording_app.ui.export_runner import import_into_activity

    path = tmp_path / "bijdrage.docx"
    word = docx.Document()
    word.add_paragraph("Wat we dit jaar deden.")
    word.add_paragraph("eerste resultaat", style="List Bullet")
    word.save(str(path))
    first = window.model.activities()[0]
    window.select(first.id)
    old = window.workspace.activity(first.id).realisation
    seen = {}

    def choose(dialog) -> bool:
        seen["old"] = dialog.old_view.toPlainText()
        return True

    import_into_activity(window, path, choose=choose)
    assert seen["old"].startswith(old.blocks[0].text[:20])
    new = window.workspace.activity(first.id).realisation
    assert [b.text for b in new.blocks] == ["Wat we dit jaar deden.", "eerste resultaat"]
    window.undo_stack.undo()
    assert window.workspace.activity(first.id).realisation == old


WEB_SELECTION = ("<html><body><!--StartFragment--><h2>Sport</h2><h3>Zwembad</h3><p>De renovatie start in het "
                 "voorjaar.</p><p><strong>Realisatie:</strong></p><ul><li>Heropend in september</li>"
                 "<li>32.000 bezoekers</li></ul><h3>Sportakkoord</h3><p>Met de verenigingen sluiten we een akkoord."
                 "</p><p><strong>Realisatie:</strong></p><p>Ondertekend door 31 partijen.</p>"
                 "<!--EndFragment--></body></html>")


def test_a_web_pages_selection_is_pasted_as_activities(qtbot, window) -> None:
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    from verantwoording_app.ui.export_runner import paste_as_activities

    data = QMimeData()
    data.setHtml(WEB_SELECTION)
    data.setText("Sport Zwembad De renovatie start in het voorjaar.")  # what a browser puts beside it
    QApplication.clipboard().setMimeData(data)
    before = window.workspace.document().activity_count()
    shown: list[ImportPreviewDialog] = []

    def choose(dialog: ImportPreviewDialog) -> bool:
        shown.append(dialog)
        dialog.add_button.setChecked(True)
        return True

    assert window.action("paste_activities").isEnabled()
    paste_as_activities(window, choose=choose)
    assert shown[0].source.encoding == "klembord (HTML)"
    document = window.workspace.document()
    assert document.activity_count() == before + 2
    added = [place.activity for place in document.iter_activities()][-2:]
    assert [a.title for a in added] == ["Zwembad", "Sportakkoord"]
    assert [b.text for b in added[0].realisation.blocks] == ["Heropend in september", "32.000 bezoekers"]
    assert added[0].realisation.blocks[0].kind.value == "bullet"


def test_pasting_nothing_says_so(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from verantwoording_app.ui import dialogs
    from verantwoording_app.ui.export_runner import paste_as_activities

    QApplication.clipboard().clear()
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _parent, message, _title="": warned.append(message))
    paste_as_activities(window, choose=lambda _dialog: True)
    assert warned == ["Het klembord bevat geen tekst om als activiteiten te plakken."]


def test_merging_and_splitting_lines_and_activities(qtbot, tmp_path: Path) -> None:
    text = ("Sport\n\nZwembad en\nSportpark\nDe renovatie start in het voorjaar.\nRealisatie:\nHeropend in "
            "september.\nDaarna kwamen de verenigingen terug en de\nbezoekers ook.\n\nSportakkoord\nMet de "
            "verenigingen sluiten we een akkoord.\nRealisatie:\nOndertekend door 31 partijen.\n")
    dialog = ImportPreviewDialog(load_source(_page(tmp_path, text)), has_document=True)
    qtbot.addWidget(dialog)

    def titles() -> list[str]:
        return [place.activity.title for place in dialog.result_.document.iter_activities()]

    def realisation(index: int) -> list[str]:
        activity = list(dialog.result_.document.iter_activities())[index].activity
        return [block.text for block in activity.realisation.blocks]

    assert titles()[-1] == "Sportakkoord"
    dialog.merge([3, 4])  # a title wrapped over two lines
    assert titles() == ["Zwembad en Sportpark", "Sportakkoord"]
    assert realisation(0) == ["Heropend in september.", "Daarna kwamen de verenigingen terug en de bezoekers ook."]
    dialog.merge([11])  # Sportakkoord belongs to the activity above
    assert titles() == ["Zwembad en Sportpark"]
    dialog.split(11)  # and back: a new activity starts here
    assert titles() == ["Zwembad en Sportpark", "Sportakkoord"]
    assert "✎" in dialog.lines_model.data(dialog.lines_model.index(3, 1))
    dialog.split(9)  # the automatic join was wrong
    assert realisation(0)[1:] == ["Daarna kwamen de verenigingen terug en de", "bezoekers ook."]
    dialog.lines.selectRow(6)
    dialog.split_selected()  # a line of the realisation text: a new activity from here
    assert titles() == ["Zwembad en Sportpark", "Heropend in september.", "Sportakkoord"]
