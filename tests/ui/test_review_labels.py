"""The document's own review labels show in the form and the overview."""

from __future__ import annotations

from verantwoording_app.ui.activity_form import review_label


def test_custom_review_labels_in_the_form(window, workspace) -> None:
    workspace.update_document({"review_labels": ("Concept", "Bij controller", "Goedgekeurd", "Definitief")})
    window.reload()
    texts = [window.activity_form.review.itemText(i) for i in range(window.activity_form.review.count())]
    assert texts == ["Concept", "Bij controller", "Goedgekeurd", "Definitief"]
    assert review_label("vastgesteld", window.model.review_labels) == "Definitief"


def test_document_form_edits_the_labels(window, workspace, qtbot) -> None:
    window.show_document_form()
    edit = window.document_form.review_labels[3]
    edit.selectAll()
    qtbot.keyClicks(edit, "Definitief")
    window.save_now()
    assert workspace.document_header().review_labels[3] == "Definitief"
    assert window.activity_form.review.itemText(3) == "Definitief"
