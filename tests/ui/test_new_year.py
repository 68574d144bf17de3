"""The window after a rollover: frozen plans, the unfreeze button, the new-year dialog, the lineage view."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from verantwoording_app.domain.policy import Person, Role
from verantwoording_app.services import rollover
from verantwoording_app.services.workspace import Workspace
from verantwoording_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def rolled(tmp_path: Path, workspace: Workspace) -> Path:
    """The sample rolled to jaarstukken 2023 (plans frozen)."""
    assert workspace.database_path is not None
    out = tmp_path / "jaarstukken-2023.vwdb"
    source = rollover.read_source(workspace.database_path)
    rollover.write_new_year(source, rollover.plan(source, rollover.options_for("jaarstukken", 2023)), out,
                            author="test")
    return out


@pytest.fixture
def rolled_window(qtbot, settings, rolled: Path, modal) -> MainWindow:
    from .conftest import open_fresh

    win = MainWindow(settings, opener=open_fresh, user_name="test")
    qtbot.addWidget(win)
    win.set_workspace(Workspace.open(rolled, author="test", create=False))
    win.show()
    qtbot.waitExposed(win)
    return win


def test_frozen_plan_is_read_only_until_the_coordinator_unfreezes_it(qtbot, rolled_window: MainWindow) -> None:
    window = rolled_window
    node = window.model.activities()[0]
    window.select(node.id)
    form = window.activity_form
    assert form.plan.isReadOnly()
    assert not form.realisation.isReadOnly()
    assert form.unfreeze_button.isVisible()
    assert form.unfreeze_button.isEnabled()
    assert "bevroren" in form.plan_label.text()
    form.unfreeze_button.click()
    assert not form.plan.isReadOnly()
    assert not form.unfreeze_button.isVisible()
    assert window.workspace is not None
    assert not window.workspace.activity(node.id).plan_frozen
    window.undo_stack.undo()
    assert form.plan.isReadOnly()
    assert window.workspace.activity(node.id).plan_frozen


def test_an_officer_cannot_unfreeze(qtbot, rolled_window: MainWindow) -> None:
    window = rolled_window
    node = window.model.activities()[0]
    assert window.workspace is not None
    window.workspace._person = Person("Piet", Role.OFFICER, activities=frozenset({node.id}))  # a work package
    window.select(window.model.activities()[1].id)
    window.select(node.id)
    assert window.activity_form.plan.isReadOnly()
    assert not window.activity_form.unfreeze_button.isEnabled()


def test_undo_of_a_deleted_goal_keeps_the_lines(qtbot, window, workspace) -> None:
    before = workspace.document().programmes[0].goals[1]
    window.select(before.id)
    window.delete_selected(confirmed=True)
    window.undo_stack.undo()
    after = workspace.document().programmes[0].goals[1]
    assert after.lineage_id == before.lineage_id
    assert [a.lineage_id for a in after.activities] == [a.lineage_id for a in before.activities]


def test_new_year_dialog_previews_asks_and_writes(qtbot, window, workspace, tmp_path: Path, modal) -> None:
    from verantwoording_app.domain.rollover import Choice
    from verantwoording_app.services.rollover import workspace_source
    from verantwoording_app.ui.new_year_dialog import CHOICE, NewYearDialog

    assert window.year_actions.new_year.isEnabled()
    dialog = NewYearDialog(workspace_source(workspace), tmp_path, window, author="test")
    qtbot.addWidget(dialog)
    assert dialog.selected_kind().value == "begroting"
    assert dialog.year.value() == 2023
    assert dialog.target.text().endswith("begroting-2023.vwdb")
    assert "Overgenomen:" in dialog.preview.toPlainText()
    assert "Leeggemaakt:" in dialog.preview.toPlainText()
    assert dialog.model.rowCount() == 13
    assert not dialog.choices_box.isHidden()
    dialog.model.setData(dialog.model.index(1, CHOICE), Choice.FINISHED.value)
    dialog.table.selectRow(8)
    dialog.set_selected(Choice.CARRIED_OVER)
    assert "1 afgerond" in dialog.preview.toPlainText()
    assert "1 doorgeschoven" in dialog.preview.toPlainText()
    dialog.kind.setCurrentIndex(dialog.kind.findData("jaarstukken"))
    dialog.year.setValue(2022)
    assert dialog.choices_box.isHidden()
    assert not dialog.ok.isEnabled()
    assert "al jaarstukken 2022" in dialog.message.text()
    dialog.year.setValue(2023)
    assert dialog.ok.isEnabled()
    assert dialog.target.text().endswith("jaarstukken-2023.vwdb")
    dialog.kind.setCurrentIndex(dialog.kind.findData("begroting"))
    dialog.create_database()
    assert dialog.created is not None
    assert dialog.created.exists()
    assert workspace.document().title == "Jaarstukken Almelo 2022"
    new = Workspace.open(dialog.created, create=False)
    try:
        document = new.document()
        assert document.title.startswith("Begroting")
        assert document.activity_count() == 12
    finally:
        new.close()


def test_lineage_view_shows_last_year_beside_this_year_and_takes_text(qtbot, tmp_path: Path, workspace,
                                                                      settings, modal) -> None:
    from verantwoording_app.domain.blocktext import BlockText
    from verantwoording_app.domain.rollover import ActivityChoice, Choice

    from .conftest import open_fresh

    source = rollover.read_source(workspace.database_path)
    first = next(source.document.iter_activities()).activity
    options = rollover.options_for("begroting", 2023, choices={first.lineage_id: ActivityChoice(Choice.CARRIED_OVER)})
    out = tmp_path / "b.vwdb"
    rollover.write_new_year(source, rollover.plan(source, options), out, author="test")
    window = MainWindow(settings, opener=open_fresh, user_name="test")
    qtbot.addWidget(window)
    new = Workspace.open(out, author="test", create=False)
    window.set_workspace(new)
    node = window.model.activities()[0]
    window.select(node.id)
    form = window.activity_form
    assert form.lineage_button.isEnabled()
    assert not form.past_context.isHidden()
    assert "Doorgeschoven uit Jaarstukken Almelo 2022" not in form.past_context.text()
    assert form.past_context.text().startswith("Doorgeschoven uit Jaarstukken 2022")
    new.save_activity(node.id, {"plan": BlockText.from_plain("We gaan het heel anders doen.")})
    window.select(window.model.activities()[1].id)
    window.select(node.id)
    dialog = window.year_actions.show_lineage()
    qtbot.addWidget(dialog)
    assert dialog.choose.count() == 1
    assert "Jaarstukken 2022" in dialog.choose.currentText()
    assert "doorgeschoven" in dialog.choose.currentText()
    assert "heel anders" in dialog.plans.right.toPlainText()
    assert first.plan.plain_text()[:30] in dialog.plans.left.toPlainText()
    assert "line-through" in dialog.plans.left.toHtml() or "#fde0e0" in dialog.plans.left.toHtml()
    assert first.realisation.plain_text()[:30] in dialog.realisation.toPlainText()
    dialog.take_realisation.click()
    assert new.activity(node.id).plan.plain_text() == first.realisation.plain_text()
    window.undo_stack.undo()
    assert new.activity(node.id).plan.plain_text() == "We gaan het heel anders doen."
    assert form.plan.blocktext().plain_text() == "We gaan het heel anders doen."


def test_lineage_view_of_a_new_activity_says_so(qtbot, window, workspace) -> None:
    window.select(window.model.activities()[0].id)
    assert not window.activity_form.lineage_button.isEnabled()
    dialog = window.year_actions.show_lineage()
    qtbot.addWidget(dialog)
    assert "nieuw" in dialog.plans.left.toPlainText()
    assert not dialog.take_plan.isEnabled()


def test_split_and_merge_in_the_structure_editor_keep_lines_and_undo(qtbot, window, workspace) -> None:
    activities = workspace.document().programmes[0].goals[0].activities
    first, second = activities[0], activities[1]
    window.select(first.id)
    window.year_actions.split_selected()
    goal = workspace.document().programmes[0].goals[0]
    part = goal.activities[1]
    assert len(goal.activities) == 9
    assert part.title.endswith("(deel 2)")
    assert part.lineage_from == (first.lineage_id,)
    assert part.lineage_id != first.lineage_id
    assert window.current_node().id == part.id
    window.undo_stack.undo()
    assert len(workspace.document().programmes[0].goals[0].activities) == 8
    window.undo_stack.redo()
    assert workspace.document().programmes[0].goals[0].activities[1].id == part.id
    window.undo_stack.undo()

    window.select(second.id)
    window.year_actions.merge_selected(first.id)
    merged = workspace.activity(first.id)
    assert second.lineage_id in merged.lineage_from
    assert second.realisation.plain_text()[:40] in merged.realisation.plain_text()
    assert second.id not in [a.id for a in workspace.document().programmes[0].goals[0].activities]
    assert window.model.node(second.id) is None
    window.undo_stack.undo()
    restored = workspace.activity(second.id)
    assert restored.realisation == second.realisation
    assert restored.lineage_id == second.lineage_id
    assert workspace.activity(first.id).realisation == first.realisation
    assert workspace.activity(first.id).lineage_from == ()
    assert [a.id for a in workspace.document().programmes[0].goals[0].activities][:2] == [first.id, second.id]


def test_merge_refused_for_a_locked_activity_leaves_no_undo_step(qtbot, window, workspace, modal) -> None:
    activities = workspace.document().programmes[0].goals[0].activities
    workspace.save_activity(activities[0].id, {"review_state": "vastgesteld"})
    window.select(activities[1].id)
    count = window.undo_stack.count()
    window.year_actions.merge_selected(activities[0].id)
    assert window.undo_stack.count() == count
    assert any("vastgesteld" in text for text in modal.shown)
    assert workspace.activity(activities[1].id).title == activities[1].title


def test_compare_dialog_lists_and_saves(qtbot, window, workspace, tmp_path: Path) -> None:
    workspace.save_activity(window.model.activities()[0].id, {"title": "Andere naam"})
    other = tmp_path / "oud.vwdb"
    source = rollover.read_source(workspace.database_path)
    rollover.write_new_year(source, rollover.plan(source, rollover.options_for("begroting", 2023)), other,
                            author="test")
    dialog = window.year_actions.show_compare(other)
    qtbot.addWidget(dialog)
    assert "Begroting Almelo 2023 → Jaarstukken Almelo 2022" in dialog.windowTitle()
    saved = dialog.save(tmp_path / "lijst.md")
    assert saved is not None
    assert saved.read_text(encoding="utf-8").startswith("# Begroting")
    assert dialog.save(tmp_path / "lijst.pdf") is None
    assert "kan niet" in dialog.message.text()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_new_year_windows_in_both_languages(qtbot, qapp, window, workspace, tmp_path: Path, language: str) -> None:
    from PySide6.QtCore import QLocale

    from verantwoording_app.domain.compare import compare_documents
    from verantwoording_app.services.rollover import workspace_source
    from verantwoording_app.ui import translations
    from verantwoording_app.ui.compare_dialog import CompareDialog
    from verantwoording_app.ui.lineage_dialog import LineageDialog
    from verantwoording_app.ui.new_year_dialog import NewYearDialog

    translations.compile_translations()
    installed = translations.install(qapp, language)
    try:
        new_year = NewYearDialog(workspace_source(workspace), tmp_path)
        activity = workspace.document().programmes[0].goals[0].activities[0]
        lineage = LineageDialog(activity, (), "Jaarstukken 2022")
        compare = CompareDialog(compare_documents(workspace.document(), workspace.document()))
        for dialog in (new_year, lineage, compare):
            qtbot.addWidget(dialog)
        expected = {"nl": ("Nieuw jaar", "Nieuw jaar maken", "Plan van toen overnemen", "Opslaan…"),
                    "en": ("New year", "Make new year", "Take over the plan of then", "Save…")}[language]
        assert new_year.windowTitle() == expected[0]
        assert new_year.ok.text().replace("&", "") == expected[1]
        assert lineage.take_plan.text().replace("&", "") == expected[2]
        assert compare.save_button.text().replace("&", "") == expected[3]
    finally:
        translations.uninstall(qapp, installed)
        QLocale.setDefault(QLocale("nl_NL"))


def test_choice_model_passes_the_model_tester(qtmodeltester, workspace) -> None:
    from verantwoording_app.domain.rollover import Choice
    from verantwoording_app.services.rollover import workspace_source
    from verantwoording_app.ui.new_year_dialog import CHOICE, MERGE_INTO, ChoiceModel

    model = ChoiceModel(workspace_source(workspace))
    model.setData(model.index(2, CHOICE), Choice.MERGE.value)
    assert model.data(model.index(2, MERGE_INTO)) == "1.I.1"
    assert model.flags(model.index(2, MERGE_INTO)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(3, MERGE_INTO)) & Qt.ItemFlag.ItemIsEditable
    qtmodeltester.check(model)
