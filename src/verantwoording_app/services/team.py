"""Working together on the team server: set-up and users (for the CLI), who we are, live changes,
presence, and a save that lost the race becoming a conflict in the queue instead of an overwrite."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..storage.server import admin, is_server_url, presence
from ..storage.server.connect import Identity, ServerUnreachable, identity
from ..storage.server.listen import Change, Listener, ListenerLost
from ..storage.server.refusals import ServerRefused
from ..storage.store import ConflictError

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from ..domain.model import Activiteit
    from .workspace import Workspace

__all__ = [
    "Change", "ConflictError", "Identity", "Listener", "ListenerLost", "ServerRefused", "ServerUnreachable",
    "is_server_url", "is_team_workspace",
]

LIVE_PACKAGE = "live"
"""The conflicts queue's source marker for a save that lost the race on the server."""


# -- administration (verantwoording server …) ------------------------------------------------------


def setup_server(location: str) -> str:
    return admin.setup(location).summary()


def add_server_user(location: str, login: str, role: str, person: str = "") -> str:
    return admin.add_user(location, login, role, person).describe()


def remove_server_user(location: str, login: str, *, drop_login: bool = False) -> str:
    return admin.remove_user(location, login, drop_login=drop_login).summary()


def server_users(location: str) -> list[str]:
    return [user.describe() for user in admin.users(location)]


def upload_to_server(local: Path, location: str, *, replace: bool = False) -> str:
    return admin.upload(local, location, replace=replace).summary()


# -- a workspace on the server ---------------------------------------------------------------------


def is_team_workspace(workspace: Workspace) -> bool:
    return workspace._store.engine.dialect.name == "postgresql"


def whoami(workspace: Workspace) -> Identity:
    return identity(workspace._store.engine)


def own_activities(workspace: Workspace, me: Identity) -> frozenset[str] | None:
    """The activities this login may edit; None: all (a coordinator or the administrator)."""
    if me.is_coordinator:
        return None
    from ..domain.policy import same_name

    return frozenset(a.id for p in workspace.tree() for g in p.goals for a in g.activities
                     if me.role == "officer" and same_name(a.owner, me.person))


def save_or_queue_conflict(
    workspace: Workspace, activity_id: str, changes: Mapping[str, object], *, expected_revision: int,
    base: Activiteit | None = None,
) -> tuple[Activiteit, bool]:
    """Save with the row version; when a colleague saved first, every field that differs becomes a conflict
    in the queue (base, the colleague's value, ours) and nothing is overwritten. ``(activity, conflicted)``."""
    from .versioned import BasedChange, save_one_based_on

    before = {name: getattr(base, name) for name in changes} if base is not None else {}
    return save_one_based_on(workspace, BasedChange(activity_id, expected_revision, changes, before),
                             source=LIVE_PACKAGE)


def offline_copy_name(workspace: Workspace) -> str:
    """The local copy's file name for this server document (one per server and database, not per login)."""
    import hashlib

    where = workspace._store.engine.url.set(password=None, username=None).render_as_string()
    return f"offline-{hashlib.sha256(where.encode('utf-8')).hexdigest()[:12]}"


def announce_presence(workspace: Workspace, activity_id: str | None) -> None:
    presence.announce(workspace._store.engine, activity_id)


def leave(workspace: Workspace) -> None:
    presence.leave(workspace._store.engine)


def colleagues_at_work(workspace: Workspace) -> dict[str, tuple[str, ...]]:
    return presence.others(workspace._store.engine)


def listener_for(workspace: Workspace) -> Listener:
    """A listener on the same server as the workspace, with the workspace's credentials."""
    return Listener(workspace._store.engine.url.render_as_string(hide_password=False))
