"""The window asks the policy: vastgesteld locks the form at once; an officer cannot pick approving states."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItemModel

from verantwoording_app.domain.policy import Person, Role

if TYPE_CHECKING:
    from verantwoording_app.ui.main_window import MainWindow


def _choose_review(window: MainWindow, state: str) -> None:
    form = window.activity_form
    index = form.review.findData(state)
    form.review.setCurrentIndex(index)
    form.review.activated.emit(index)  # as a user's choice in the list


def test_setting_vastgesteld_locks_the_form_at_once(window: MainWindow, modal) -> None:
    """(d) no modal 'Opslaan is mislukt' after typing on: the form is read-only with a clear note."""
    node = window.model.activities()[0]
    window.select(node.id)
    form = window.activity_form
    assert not form.realisation.isReadOnly()
    _choose_review(window, "vastgesteld")
    assert form.realisation.isReadOnly()
    assert form.title.isReadOnly()
    assert not form.status.isEnabled()
    assert form.review.isEnabled()  # the coordinator reopens here
    assert "vastgesteld; heropen via Beoordeling" in form.heading.text()
    assert window.flush_pending()
    assert modal.shown == []
    assert window.saved_label.text() != "Niet opgeslagen!"
    window.undo_stack.undo()  # reopened: editable again
    assert not form.realisation.isReadOnly()
    assert window.workspace is not None
    assert window.workspace.activity(node.id).review_state.value == "concept"


def test_an_officer_cannot_pick_akkoord_or_vastgesteld(window: MainWindow) -> None:
    nodes = window.model.activities()
    assert window.workspace is not None
    window.workspace._person = Person("Fatima", Role.OFFICER, activities=frozenset({nodes[0].id}))
    window.set_editing_allowed()
    window.select(nodes[0].id)
    combo = window.activity_form.review
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    enabled = {combo.itemData(i): model.item(i).isEnabled() for i in range(combo.count())}
    assert enabled == {"concept": True, "ter_review": True, "akkoord": False, "vastgesteld": False}
    assert "niemand keurt zijn eigen werk goed" in model.item(combo.findData("vastgesteld")).toolTip()
    assert window.activity_form.title.isReadOnly()  # the title is the coordinator's
    assert not window.activity_form.realisation.isReadOnly()
    window.select(nodes[1].id)  # not in her package
    assert window.activity_form.realisation.isReadOnly()


def test_text_typed_before_vastgesteld_is_saved_first(window: MainWindow) -> None:
    node = window.model.activities()[0]
    window.select(node.id)
    form = window.activity_form
    form.realisation.selectAll()
    form.realisation.insertPlainText("Klaar en gedaan.")  # typed, still pending when the state is chosen
    assert form.has_pending()
    _choose_review(window, "vastgesteld")
    assert window.workspace is not None
    saved = window.workspace.activity(node.id)
    assert saved.review_state.value == "vastgesteld"
    assert saved.realisation.to_markdown().strip() == "Klaar en gedaan."
