"""The window on the team server: live changes of colleagues, who works where, the server's identity,
a save that lost the race becoming a conflict, and a lost connection said in the status bar.

Only active when the open database is a PostgreSQL server; on a file it does nothing.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from ..domain.errors import UserError

if TYPE_CHECKING:
    from ..domain.model import Activiteit
    from ..services.team import Identity
    from ..services.workspace import Workspace
    from .live_updates import LiveUpdates

log = logging.getLogger("verantwoording.team")
HEARTBEAT_MS = 20_000
KEEP_LOCAL_MS = 1000
"""While the server is away: how often the typed text is written to the local copy."""


class TeamMode(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.workspace: Workspace | None = None
        self.me: Identity | None = None
        self.live: LiveUpdates | None = None
        self._viewing: Activiteit | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._keeping = QTimer(self)
        self._keeping.setInterval(KEEP_LOCAL_MS)
        self._keeping.timeout.connect(self._keep_local)
        self.offline_copy: Any = None
        """The local copy of what was typed while the server was away (a Path), None when there is none."""
        self.connection_label = QLabel()
        self.connection_label.setObjectName("teamConnection")
        self.conflict_button = QPushButton(self.tr("Conflict bekijken"))
        self.conflict_button.setObjectName("teamConflictButton")
        self.conflict_button.clicked.connect(self._show_conflicts)
        self.connection_label.hide()
        self.conflict_button.hide()
        window.statusBar().addWidget(self.connection_label)
        window.statusBar().addWidget(self.conflict_button)

    @property
    def active(self) -> bool:
        return self.workspace is not None

    # -- opening and closing --------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        """The window opened a workspace: on a server, start listening and announce presence."""
        from ..services import team

        if workspace is self.workspace:
            return
        self.detach()
        if not team.is_team_workspace(workspace):
            return
        from .live_updates import LiveUpdates

        self.workspace = workspace
        try:
            self.me = team.whoami(workspace)
        except UserError:
            self.me = None
        if self.me is not None:
            workspace.author = self.me.login  # the server records session_user anyway; show the same
        live = LiveUpdates(team.listener_for(workspace), self)
        live.activity_changed.connect(self._activity_changed)
        live.structure_changed.connect(self._structure_changed)
        live.presence_changed.connect(self._refresh_presence)
        live.connection_lost.connect(self._connection_lost)
        live.connection_back.connect(self._connection_back)
        self.live = live
        self.window.autosave.quiet = self._save_failed_quietly
        self.window.autosave.recovered.connect(self._sent_again)
        live.start()
        self._heartbeat.start()
        self._refresh_presence()

    def detach(self) -> None:
        self._heartbeat.stop()
        self._keeping.stop()
        if self.workspace is not None and self.window.autosave.quiet is not None:
            self.window.autosave.quiet = None
            with contextlib.suppress(RuntimeError, TypeError):
                self.window.autosave.recovered.disconnect(self._sent_again)
        if self.live is not None:
            self.live.stop()
            self.live.deleteLater()
            self.live = None
        if self.workspace is not None:
            from ..services import team

            with contextlib.suppress(UserError, Exception):
                team.leave(self.workspace)
        self.workspace = None
        self.me = None
        self._viewing = None
        self.connection_label.hide()
        self.conflict_button.hide()

    def editable_ids(self) -> frozenset[str] | None:
        """What this login may edit (the server decides; this only dims the rest): None for a coordinator."""
        from ..services import team

        if self.workspace is None or self.me is None:
            return None
        return team.own_activities(self.workspace, self.me)

    # -- saving ---------------------------------------------------------------------------------

    def save_activity(self, form: Any, changes: dict[str, Any]) -> Activiteit:
        """Save with the row version; lost the race: the edit goes to the conflicts queue and the form shows
        the colleague's version (nothing overwritten, nothing lost)."""
        from ..services import team

        assert self.workspace is not None
        base = self._viewing if self._viewing is not None and self._viewing.id == form.activity_id else None
        activity, conflicted = team.save_or_queue_conflict(self.workspace, form.activity_id, changes,
                                                           expected_revision=form.revision, base=base)
        self._viewing = activity
        if conflicted:
            self.window.statusBar().showMessage(self.tr(
                "Een collega heeft deze activiteit intussen opgeslagen. Uw tekst is niet overschreven en niet "
                "verloren: hij staat bij Conflicten om uit te kiezen."), 15000)
            self.conflict_button.show()
        return activity

    def viewing(self, activity: Activiteit | None) -> None:
        """The form shows this activity now (presence, and the base of a later conflict)."""
        self._viewing = activity
        if self.workspace is not None:
            self._announce(activity.id if activity is not None else None)

    # -- live changes ---------------------------------------------------------------------------

    def _activity_changed(self, activity_id: str, by: str) -> None:
        window = self.window
        if self.workspace is None or window.model.node(activity_id) is None:
            return
        try:
            activity = self.workspace.activity(activity_id)
        except UserError:
            return
        form = window.activity_form
        mine = self.me is not None and by == self.me.login
        if activity_id == form.activity_id:
            if activity.revision == form.revision:
                return  # our own save coming back
            if form.has_pending():  # typing: never move the form's row version under the unsaved text
                self.window.statusBar().showMessage(self.tr(
                    "%1 heeft deze activiteit zojuist gewijzigd terwijl u typt. Uw tekst blijft staan; bij opslaan "
                    "komen beide versies bij Conflicten.").replace("%1", by), 15000)
                self.conflict_button.show()
                self._update_tree(activity)
                return
            self._viewing = activity
            window.refresh_activity(activity)  # tree, overview and the open form (no unsaved edits)
            if not mine:
                window.statusBar().showMessage(self.tr("Bijgewerkt met de wijziging van %1.").replace("%1", by), 6000)
            return
        self._update_tree(activity)

    def _update_tree(self, activity: Activiteit) -> None:
        self.window.model.update_activity(
            activity.id, title=activity.title, status=activity.status, owner=activity.owner,
            review_state=activity.review_state.value, has_realisation=not activity.realisation.is_empty,
            plan_words=activity.plan.word_count(), realisation_words=activity.realisation.word_count(),
            updated_at=activity.updated_at, updated_by=activity.updated_by, deadline=activity.deadline,
        )
        self.window.activity_saved.emit(activity)

    def _structure_changed(self, by: str) -> None:
        if self.workspace is None or (self.me is not None and by == self.me.login):
            return
        if not self.window.flush_pending():
            return  # an unsaved edit that cannot be written now: read the new structure later
        try:
            self.window.reload()
            self.window.set_editing_allowed()
        except UserError as error:
            self.window.statusBar().showMessage(error.message, 8000)

    # -- presence -------------------------------------------------------------------------------

    def _announce(self, activity_id: str | None) -> None:
        from ..services import team

        if self.workspace is None or (self.live is not None and self.live.lost):
            return
        try:
            team.announce_presence(self.workspace, activity_id)
        except UserError as error:
            log.info("presence not announced: %s", error.message)

    def _beat(self) -> None:
        self._announce(self._viewing.id if self._viewing is not None else None)
        self._refresh_presence()

    def _refresh_presence(self) -> None:
        from ..services import team

        if self.workspace is None or (self.live is not None and self.live.lost):
            return
        try:
            self.window.model.set_presence(team.colleagues_at_work(self.workspace))
        except UserError as error:
            log.info("presence not read: %s", error.message)

    # -- the connection -------------------------------------------------------------------------

    def _connection_lost(self, message: str) -> None:
        self.connection_label.setText(self.tr(
            "Geen verbinding met de teamserver. Uw tekst blijft in het venster bewaard en wordt verstuurd zodra "
            "de server terug is."))
        self.connection_label.setToolTip(message)
        self.connection_label.show()
        self.window.model.set_presence({})

    def _save_failed_quietly(self, error: UserError) -> bool:
        """Autosave could not reach the server: no dialog (the officer keeps typing); the status bar says so,
        what is typed goes to a local copy every second, and autosave sends it when the server is back. Any
        other failure (a refusal, a conflict) is not ours: the window says it as always."""
        from ..services.team import ServerUnreachable

        if not isinstance(error, ServerUnreachable):
            return False
        self._connection_lost(error.message)
        self.window.saved_label.setText(self.tr("Niet verstuurd: geen verbinding"))
        self._keep_local()
        if not self._keeping.isActive():
            self._keeping.start()
        return True

    def _keep_local(self) -> None:
        """The open form's unsent text to one local file, replaced whole each time (never half written)."""
        from ..services.emergency import write_emergency_copy
        from ..services.team import offline_copy_name

        form = self.window.activity_form
        if self.workspace is None or not self.window.autosave.pending or form.activity_id is None \
                or not form.has_pending():
            return
        changes, figures = form.take_pending()
        form.restore_pending(changes, figures)
        edits = dict(changes)
        if figures is not None:
            edits["kengetallen"] = "; ".join(f"{k.label}: {k.realised}" for k in figures)
        node = self.window.model.node(form.activity_id)
        try:
            self.offline_copy = write_emergency_copy(
                {form.activity_id: edits}, titles={form.activity_id: node.title if node else form.activity_id},
                reason=self.tr("geen verbinding met de teamserver"), file_name=offline_copy_name(self.workspace))
        except UserError as error:
            log.warning("offline copy not written: %s", error.message)
            return
        self.connection_label.setToolTip(self.tr("Een kopie van uw tekst staat in %1.").replace(
            "%1", str(self.offline_copy)))

    def _sent_again(self) -> None:
        """Autosave reached the server again: what was kept locally is sent."""
        self._keeping.stop()
        if self.live is None or not self.live.lost:
            self.connection_label.hide()

    def _connection_back(self) -> None:
        self.connection_label.hide()
        self.window.statusBar().showMessage(self.tr("Weer verbonden met de teamserver."), 8000)
        self._keeping.stop()
        if self.window.flush_pending():
            with contextlib.suppress(UserError):
                self.window.reload()  # what colleagues saved while we were away
                self.window.set_editing_allowed()
        self._beat()

    def _show_conflicts(self) -> None:
        self.conflict_button.hide()
        self.window.collaboration.show_conflicts()
