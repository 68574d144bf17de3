"""Search and replace across the document, as one undo step, recorded in the history."""

from __future__ import annotations

from PySide6.QtCore import Qt

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.textsearch import apply, find_occurrences
from verantwoording_app.ui.search_dialog import SearchDialog


def test_search_lists_hits_and_opens_them(qtbot, window, workspace) -> None:
    dialog = SearchDialog(window)
    qtbot.addWidget(dialog)
    dialog.find_edit.setText("scholingscheques")
    dialog.run_search()
    hits = dialog.model.hits
    assert hits
    assert all(h.occurrence is not None for h in hits)
    row = next(i for i, h in enumerate(hits) if h.occurrence.field == "realisation")
    dialog.open_hit(dialog.model.index(row, 2))
    occurrence = hits[row].occurrence
    assert window.activity_form.activity_id == occurrence.activity_id
    assert window.activity_form.realisation.textCursor().selectedText() == "scholingscheques"


def test_replace_chosen_in_one_undo_step(qtbot, window, workspace) -> None:
    dialog = SearchDialog(window)
    qtbot.addWidget(dialog)
    dialog.find_edit.setText("Almelo")
    dialog.run_search()
    hits = dialog.model.hits
    assert len(hits) > 5
    dialog.model.set_all(False)
    chosen = [0, 1, 2]
    for row in chosen:
        dialog.model.setData(dialog.model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    targets = [hits[row].occurrence for row in chosen]
    depth = window.undo_stack.count()
    dialog.replacement.setText("ALMELO")
    dialog.replace_chosen()
    assert window.undo_stack.count() == depth + 1
    total = sum(workspace.activity(t.activity_id).realisation.plain_text().count("ALMELO")
                + workspace.activity(t.activity_id).plan.plain_text().count("ALMELO")
                + workspace.activity(t.activity_id).title.count("ALMELO")
                for t in {t.activity_id: t for t in targets}.values())
    assert total == 3
    assert any(v.new and "ALMELO" in v.new for v in workspace.history(targets[0].activity_id))
    window.undo_stack.undo()
    for target in targets:
        activity = workspace.activity(target.activity_id)
        assert "ALMELO" not in activity.realisation.plain_text() + activity.plan.plain_text() + activity.title


def test_replace_keeps_formatting() -> None:
    from verantwoording_app.domain.model import Activiteit

    activity = Activiteit(title="t", realisation=BlockText.from_markdown("een **vette** tekst\n- vette punt\n"))
    found = find_occurrences(activity, "vet")
    assert len(found) == 2
    changes = apply(activity, found[:1], "dikke")
    replaced = changes["realisation"]
    assert isinstance(replaced, BlockText)
    assert replaced.to_markdown() == "een **dikkete** tekst\n- vette punt\n"
