"""The coordinator's overview: deadlines, who is late, filters, counts per owner, editing in the grid with undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from verantwoording_app.domain.policy import Person, Role
from verantwoording_app.domain.status import ROOD
from verantwoording_app.ui.overview import ALL, COLUMNS, LATE_ROLE, OverviewPanel, OwnerCountsModel

TODAY = date.today()
PAST = TODAY - timedelta(days=10)
FUTURE = TODAY + timedelta(days=10)


@pytest.fixture
def planned(window, workspace):
    """Owners, deadlines, statuses: Anna is late twice, Piet once on time and once done, one has no owner."""
    ids = [node.id for node in window.model.activities()]
    plan = [
        ("Anna", PAST, "op_schema", None),          # late
        ("Anna", PAST, None, None),                 # late (no status)
        ("anna ", FUTURE, "vertraagd", None),       # not yet
        ("Piet", PAST, "gereed", None),             # done: not late
        ("Piet", PAST, "vertraagd", "vastgesteld"),  # vastgesteld: not late
        ("", PAST, "problemen", None),              # late, no owner
    ]
    for activity_id, (owner, deadline, status, review) in zip(ids, plan, strict=False):
        changes = {"owner": owner, "deadline": deadline, "status": status}
        if review:
            changes["review_state"] = review
        workspace.save_activity(activity_id, changes)
    window.reload()
    window.toggle_dock("overview")
    panel = window.dock("overview").widget()
    assert isinstance(panel, OverviewPanel)
    return panel, ids


def _column(name: str) -> int:
    return COLUMNS.index(name)


def _source_index(panel: OverviewPanel, activity_id: str, column: str):
    row = next(r for r in range(panel.source.rowCount()) if panel.source.node(r).id == activity_id)
    return panel.source.index(row, _column(column))


def _proxy_index(panel: OverviewPanel, activity_id: str, column: str):
    return panel.proxy.mapFromSource(_source_index(panel, activity_id, column))


def test_deadline_column_and_late_in_red(planned) -> None:
    panel, ids = planned
    late = _source_index(panel, ids[0], "deadline")
    assert late.data() == PAST.strftime("%d-%m-%Y")
    assert panel.source.headerData(_column("deadline"), Qt.Orientation.Horizontal) == "Deadline"
    assert late.data(Qt.ItemDataRole.ForegroundRole) == QColor(ROOD)
    assert late.data(LATE_ROLE) is True
    for on_time in (ids[2], ids[3], ids[4]):  # in the future, gereed, vastgesteld
        index = _source_index(panel, on_time, "deadline")
        assert index.data(Qt.ItemDataRole.ForegroundRole) is None
        assert index.data(LATE_ROLE) is False
    assert _source_index(panel, ids[7], "deadline").data() == ""


def test_filters_late_owner_and_review(qtbot, planned) -> None:
    panel, ids = planned
    total = panel.source.rowCount()
    panel.late.setChecked(True)
    shown = {panel.proxy.data(panel.proxy.index(r, 0), Qt.ItemDataRole.UserRole + 2)
             for r in range(panel.proxy.rowCount())}
    assert shown == {ids[0], ids[1], ids[5]}
    assert panel.count.text() == f"3 van {total}"
    owners = [panel.owner.itemText(i) for i in range(panel.owner.count())]
    assert owners == ["Elke eigenaar", "Anna", "Piet", "(geen eigenaar)"]
    panel.owner.setCurrentIndex(1)
    panel.owner.activated.emit(1)
    assert panel.proxy.rowCount() == 2  # Anna's late ones
    panel.late.setChecked(False)
    assert panel.proxy.rowCount() == 3  # "anna " counts as Anna
    panel.show_owner("")
    assert panel.proxy.rowCount() == total - 5
    panel.show_owner(ALL)
    review = next(i for i in range(panel.review.count()) if panel.review.itemData(i) == "vastgesteld")
    panel.review.setCurrentIndex(review)
    panel.review.activated.emit(review)
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.data(panel.proxy.index(0, _column("title"))) == panel.source.tree.node(ids[4]).title


def test_counts_per_owner(qtmodeltester, planned) -> None:
    panel, _ids = planned
    counts: OwnerCountsModel = panel.owner_counts
    qtmodeltester.check(counts)
    rows = [[counts.index(r, c).data() for c in range(4)] for r in range(counts.rowCount())]
    unassigned = panel.source.rowCount() - 5
    assert rows == [["Anna", "3", "0", "2"], ["Piet", "2", "1", "0"], ["(geen eigenaar)", str(unassigned), "0", "1"]]
    assert counts.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) == QColor(ROOD)
    panel.owners_table.clicked.emit(counts.index(1, 0))  # a click on Piet filters on Piet
    assert panel.proxy.rowCount() == 2


def test_models_pass_the_model_tester(qtmodeltester, planned) -> None:
    panel, _ids = planned
    qtmodeltester.check(panel.source)
    panel.late.setChecked(True)
    qtmodeltester.check(panel.proxy)


def _edit_in_grid(qtbot, panel: OverviewPanel, activity_id: str, column: str):
    index = _proxy_index(panel, activity_id, column)
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    children = panel.table.viewport().findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    editors = [w for w in children if w.isVisible() and isinstance(w, (QComboBox, QDateEdit, QLineEdit))]
    assert len(editors) == 1
    return editors[0]


def _commit(qtbot, editor) -> None:
    """Enter, as the user presses it; the delegate commits in the next event-loop turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    import shiboken6

    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def test_status_owner_and_deadline_edited_in_the_grid_with_undo(qtbot, window, workspace, planned) -> None:
    panel, ids = planned
    window.show()
    qtbot.waitExposed(window)
    target = ids[0]

    combo = _edit_in_grid(qtbot, panel, target, "status")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("gereed"))
    _commit(qtbot, combo)
    assert workspace.activity(target).status == "gereed"
    assert _source_index(panel, target, "deadline").data(LATE_ROLE) is False  # done: no longer late
    assert window.undo_stack.undoText() == "Status wijzigen"

    line = _edit_in_grid(qtbot, panel, target, "owner")
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "Fatima  El Amrani")
    _commit(qtbot, line)
    assert workspace.activity(target).owner == "Fatima El Amrani"
    assert panel.owner.findText("Fatima El Amrani") >= 0

    date_edit = _edit_in_grid(qtbot, panel, target, "deadline")
    assert isinstance(date_edit, QDateEdit)
    date_edit.setDate(QDate(FUTURE))  # type: ignore[call-overload]  # QDate takes a datetime.date at run time
    _commit(qtbot, date_edit)
    assert workspace.activity(target).deadline == FUTURE

    window.undo_stack.undo()
    assert workspace.activity(target).deadline == PAST
    window.undo_stack.undo()
    assert workspace.activity(target).owner == "Anna"
    window.undo_stack.undo()
    assert workspace.activity(target).status == "op_schema"
    assert _source_index(panel, target, "deadline").data(LATE_ROLE) is True
    window.undo_stack.redo()
    assert workspace.activity(target).status == "gereed"


def test_vastgesteld_and_read_only_rows_are_not_editable(window, workspace, planned) -> None:
    panel, ids = planned
    assert _source_index(panel, ids[0], "status").flags() & Qt.ItemFlag.ItemIsEditable
    assert not _source_index(panel, ids[0], "title").flags() & Qt.ItemFlag.ItemIsEditable
    assert not _source_index(panel, ids[4], "status").flags() & Qt.ItemFlag.ItemIsEditable  # vastgesteld
    assert not panel.source.setData(_source_index(panel, ids[4], "owner"), "Iemand")
    assert workspace.activity(ids[4]).owner == "Piet"
    assert not panel.source.setData(_source_index(panel, ids[0], "status"), "bestaat_niet")
    # an officer's work package: only their own activity, and in it not the owner (the policy's fields)
    workspace._person = Person("Piet", Role.OFFICER, activities=frozenset({ids[1]}))
    assert not _source_index(panel, ids[0], "status").flags() & Qt.ItemFlag.ItemIsEditable
    assert _source_index(panel, ids[1], "status").flags() & Qt.ItemFlag.ItemIsEditable
    assert not _source_index(panel, ids[1], "owner").flags() & Qt.ItemFlag.ItemIsEditable
    assert not _source_index(panel, ids[1], "deadline").flags() & Qt.ItemFlag.ItemIsEditable


def test_overview_and_undo_in_english(qtbot, qapp, window, workspace) -> None:
    from verantwoording_app.ui import translations

    translations.compile_translations()
    installed = translations.install(qapp, "en")
    try:
        panel = OverviewPanel(window.model)
        qtbot.addWidget(panel)
        assert panel.late.text() == "&Late"
        assert panel.owner.itemText(0) == "Any owner"
        assert panel.owner_counts.headerData(3, Qt.Orientation.Horizontal) == "Late"
        from verantwoording_app.ui.main_window import MainWindow

        english = MainWindow(window.settings, user_name="test")
        qtbot.addWidget(english)
        assert english.undo_action.text() == "&Undo"
        assert english.action("paste_plain").text() == "Paste as plain te&xt"  # no accelerator letter twice in one menu
        assert english.collaboration.import_packages.text() == "&Merge handed-in work…"
    finally:
        translations.uninstall(qapp, installed)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("nl_NL"))
