"""The window on a real team server: a colleague's save arrives by NOTIFY in the Qt event loop, presence
markers, a save that lost the race in the conflicts queue, a refusal by the server, a lost connection."""

from __future__ import annotations

from typing import TYPE_CHECKING

import psycopg
import pytest
from PySide6.QtGui import QTextCursor

from verantwoording_app.app import open_workspace
from verantwoording_app.storage.store import Store
from verantwoording_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from tests.pgfixtures import TeamServer


def _ids(store: Store, owner: str) -> list[str]:
    return [a.id for p in store.tree() for g in p.goals for a in g.activities if a.owner == owner]


@pytest.fixture
def anna_window(qtbot, settings, modal, team_server: TeamServer):
    win = MainWindow(settings, opener=lambda path, **options: open_workspace(path, "anna", **options),
                     user_name="anna")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_database(team_server.url("anna"))  # type: ignore[arg-type]  # a URL, not turned into a path
    yield win
    win.team.detach()


@pytest.fixture
def bram(team_server: TeamServer):
    store = Store.open(team_server.url("bram"))
    yield store
    store.close()


def test_the_window_opens_the_server_as_the_login_and_dims_the_colleagues_work(anna_window, bram) -> None:
    win = anna_window
    assert win.team.active
    assert win.team.me.login == "anna"
    assert win.team.me.person == "Anna de Vries"
    assert "postgresql" in win.location_label.text()
    assert win.editable_ids == frozenset(_ids(bram, "Anna de Vries"))
    assert not win.is_coordinator()


def test_a_colleagues_save_shows_in_the_tree_and_the_open_form_within_a_second(qtbot, anna_window, bram) -> None:
    win = anna_window
    theirs = _ids(bram, "Bram Jansen")[0]
    win.select(theirs)
    assert win.activity_form.activity_id == theirs
    bram.update_activity(theirs, {"internal_note": "Nieuw van Bram", "status": None}, author="bram")
    qtbot.waitUntil(lambda: win.activity_form.internal_note.toPlainText() == "Nieuw van Bram", timeout=1500)
    assert win.model.node(theirs).updated_by == "bram"


def test_a_colleague_at_work_is_marked_in_the_tree(qtbot, anna_window, team_server: TeamServer) -> None:
    win = anna_window
    store = Store.open(team_server.url("bram"))
    try:
        target = _ids(store, "Bram Jansen")[1]
        from verantwoording_app.storage.server import presence

        presence.announce(store.engine, target)
        index = win.model.index_of(target)
        qtbot.waitUntil(lambda: "● Bram Jansen" in win.model.data(index), timeout=1500)
        presence.leave(store.engine)
        qtbot.waitUntil(lambda: "●" not in win.model.data(index), timeout=1500)
    finally:
        store.close()


def test_editing_while_a_colleague_saves_the_same_activity_becomes_a_conflict(qtbot, anna_window,
                                                                              team_server: TeamServer) -> None:
    """Anna on two machines: the window types, the other machine saves first. Nothing is overwritten."""
    win = anna_window
    mine = _ids(Store.open(team_server.url("anna")), "Anna de Vries")[0]
    win.select(mine)
    win.autosave._timer.setInterval(60_000)  # save when we say so
    editor = win.activity_form.internal_note
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "uit het venster")
    other = Store.open(team_server.url("anna"))
    try:
        other.update_activity(mine, {"internal_note": "van de andere computer"}, author="anna",
                              expected_revision=other.load_activity(mine).revision)
        qtbot.waitUntil(lambda: win.team.conflict_button.isVisible(), timeout=1500)
        assert editor.toPlainText().endswith("uit het venster")  # the typed text stays while typing
        assert win.flush_pending()
        conflicts = other.conflicts()
        assert [(c.field, c.ours, c.theirs) for c in conflicts] == [
            ("internal_note", "van de andere computer", "uit het venster")]
        assert other.load_activity(mine).internal_note == "van de andere computer"
    finally:
        other.close()


def test_a_change_the_server_refuses_is_said_in_dutch_and_the_text_is_kept(anna_window, bram, modal) -> None:
    win = anna_window
    theirs = _ids(bram, "Bram Jansen")[0]
    win.select(theirs)
    win.activity_form.set_read_only(False)  # as if the window had let her (an old list, a bug): the server decides
    win.autosave._timer.setInterval(60_000)
    win.activity_form.internal_note.setPlainText("Anna probeert het")
    assert not win.flush_pending()
    assert any("hoort niet bij uw activiteiten" in text for text in modal.shown), modal.shown  # the policy
    assert win.activity_form.has_pending()
    assert win.activity_form.internal_note.toPlainText() == "Anna probeert het"
    assert bram.load_activity(theirs).internal_note != "Anna probeert het"
    assert bram.conflicts() == ()  # a refusal, not a conflict


def test_a_lost_connection_is_said_and_the_window_reconnects(qtbot, anna_window, pg_server: str, bram) -> None:
    win = anna_window
    with psycopg.connect(pg_server.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as su:
        su.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                   "WHERE application_name = 'verantwoording-live' AND usename = 'anna'")
    qtbot.waitUntil(lambda: win.team.connection_label.isVisible(), timeout=3000)
    assert "Geen verbinding met de teamserver" in win.team.connection_label.text()
    qtbot.waitUntil(lambda: not win.team.connection_label.isVisible(), timeout=8000)  # back by itself
    theirs = _ids(bram, "Bram Jansen")[0]
    win.select(theirs)
    bram.update_activity(theirs, {"internal_note": "na het herstel"}, author="bram")
    qtbot.waitUntil(lambda: win.activity_form.internal_note.toPlainText() == "na het herstel", timeout=1500)


def test_the_server_away_and_back_keeps_the_typed_text_and_sends_it(qtbot, settings, modal,
                                                                  team_server: TeamServer) -> None:
    """The network between the window and the server breaks while an officer types; nothing is lost."""
    from tests.netproxy import Proxy

    port = int(team_server.admin.rsplit(":", 1)[1].split("/", 1)[0])
    proxy = Proxy(port)
    proxy.start()
    database = team_server.admin.rsplit("/", 1)[1]
    url = f"postgresql://anna@127.0.0.1:{proxy.port}/{database}"
    win = MainWindow(settings, opener=lambda path, **options: open_workspace(path, "anna", **options),
                     user_name="anna")
    qtbot.addWidget(win)
    win.show()
    try:
        assert win.open_database(url)  # type: ignore[arg-type]  # a server URL where the signature says Path
        win.autosave.RETRY_MS = 300
        win.autosave._timer.setInterval(60_000)
        mine = sorted(win.editable_ids or ())[0]
        win.select(mine)
        proxy.cut()
        editor = win.activity_form.internal_note
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(editor, "geschreven zonder netwerk")
        assert not win.flush_pending()  # the server is away: not saved, and said so
        qtbot.waitUntil(lambda: win.team.connection_label.isVisible(), timeout=3000)
        assert modal.shown == []  # no dialog: the officer keeps typing
        assert "Geen verbinding met de teamserver" in win.team.connection_label.text()
        assert "geen verbinding" in win.saved_label.text()
        assert win.activity_form.has_pending()
        assert editor.toPlainText().endswith("geschreven zonder netwerk")
        qtbot.keyClicks(editor, " en nog meer")  # every character kept locally too, within a second
        qtbot.waitUntil(lambda: win.team.offline_copy is not None and win.team.offline_copy.read_text(
            encoding="utf-8").count("geschreven zonder netwerk en nog meer") == 1, timeout=3000)
        assert modal.shown == []
        proxy.start()  # back
        qtbot.waitUntil(lambda: not win.team.connection_label.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: not win.autosave.pending, timeout=10_000)  # the retry sent it
        check = Store.open(team_server.url("anna"))
        try:
            assert check.load_activity(mine).internal_note.endswith("geschreven zonder netwerk en nog meer")
        finally:
            check.close()
    finally:
        win.team.detach()
        proxy.cut()
