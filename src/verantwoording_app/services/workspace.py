"""The workspace: one open database and its user; the use cases the editor and CLI share."""

from __future__ import annotations

import contextlib
import getpass
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import policy
from ..domain.blocktext import BlockText
from ..domain.errors import ImportRefused, UserError
from ..domain.fields import ActivityChanges
from ..domain.lineage import lines_of
from ..domain.messages import Message
from ..domain.model import (
    Activiteit,
    Document,
    Hoofddoel,
    Kengetal,
    LineageEntry,
    Opmerking,
    Programma,
    Versie,
)
from ..domain.policy import Decision, Person, Role
from ..domain.selection import Selection, select
from ..domain.wording import count
from ..formats import pctext
from ..resources import sample_path
from ..storage.rows import TreeProgramme
from ..storage.store import FieldConflict, SearchHit, Snapshot, Store
from ..storage.store import Person as StoredPerson
from . import paths

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from datetime import date

__all__ = [
    "FieldConflict", "ImportReport", "SearchHit", "Snapshot", "TreeProgramme", "Workspace", "created_only_on_success", "default_author",
    "remove_new_database",
]


def default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "onbekend"


@dataclass(frozen=True, slots=True)
class ImportReport:
    activities: int
    warnings: tuple[str, ...]
    encoding: str = "utf-8"

    def summary(self) -> str:
        text = f"{count(self.activities, 'activiteit')} geïmporteerd"
        if self.warnings:
            text += f", {count(len(self.warnings), 'waarschuwing')}"
        return text


WORK_PACKAGE_META = "werkpakket"
"""Meta entry of an officer's working database: owner, hand-out id, editable ids, fields, merge bases."""


class Workspace:
    """An open database with the identity of who edits it.

    Every change an activity goes through here asks the policy (``domain/policy.py``) on behalf of
    :attr:`person`: in an officer's working database only their handed-out activities and fields,
    anywhere the structure only for the coordinator. The vastgesteld lock is checked by the store,
    for everyone, as the last gate.
    """

    def __init__(self, store: Store, author: str) -> None:
        self._store = store
        """Private: ``ui/`` and ``cli.py`` call the Workspace and the other services, never the store
        (tests/test_architecture.py checks it); services of this package reach it as ``workspace._store``."""
        self.author = author
        self._person: Person | None = None

    # -- opening -----------------------------------------------------------

    @classmethod
    def open(cls, location: str | Path | None = None, *, author: str | None = None, create: bool = True,
             read_only: bool = False) -> Workspace:
        store = Store.open(location or paths.default_database(), create=create and not read_only,
                           read_only=read_only)
        return cls(store, author or default_author())

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @classmethod
    def open_default(cls, location: str | Path | None = None, *, author: str | None = None,
                     read_only: bool = False) -> Workspace:
        """Open the database; on first start, fill a new one with the Almelo example."""
        workspace = cls.open(location, author=author, read_only=read_only)
        if not read_only and not workspace._store.has_document():
            workspace.load_example()
        return workspace

    def close(self) -> None:
        self._store.close()

    @property
    def location(self) -> str:
        return str(self._store.path) if self._store.path else self._store.location

    @property
    def database_path(self) -> Path | None:
        """The database file (None on a team server)."""
        return self._store.path

    @property
    def read_only_reason(self) -> str | None:
        """Why the database was opened read-only although it was not asked (None: it was asked, or it is not)."""
        return self._store.read_only_reason

    def has_document(self) -> bool:
        return self._store.has_document()

    def integrity_problems(self) -> list[str]:
        """What the database's own integrity check finds (empty: healthy)."""
        return self._store.integrity_problems()

    # -- import / example ----------------------------------------------------

    def create_empty_document(self, year: int, municipality: str = "") -> None:
        """A new, empty document (Bestand › Nieuw): one programme, one goal, ready to fill."""
        document = Document(
            year=year, municipality=municipality,
            programmes=(Programma(number="1", name="", goals=(Hoofddoel(title="Nieuw hoofddoel"),)),),
        )
        self._store.create_document(document, author=self.author)

    def load_example(self) -> ImportReport:
        """Fill the database with the Almelo 2022 example chapter."""
        result = pctext.read_pc_text(sample_path().read_bytes())
        document = replace(result.document, municipality="Almelo")
        self._store.create_document(document, author=self.author)
        return ImportReport(document.activity_count(), tuple(str(w) for w in result.warnings))

    def import_pc_text(self, path: Path, *, replace_existing: bool = False) -> ImportReport:
        """Import a P&C text file as the document of this database, in one transaction."""
        try:
            if path.stat().st_size > pctext.MAX_BYTES:
                size = path.stat().st_size // (1024 * 1024)
                raise ImportRefused(
                    Message.of("workspace.text_too_large", size=size, value=pctext.MAX_BYTES // (1024 * 1024))
                )
            data = path.read_bytes()
        except OSError as error:
            raise ImportRefused(Message.of("file.cannot_read", name=path.name, strerror=error.strerror)) from error
        result = pctext.read_pc_text(data)
        if self._store.has_document():
            if not replace_existing:
                raise UserError(
                    Message.of("workspace.document_exists")
                )
            from .importing import fit_statuses  # the replaced document keeps its status scheme

            document, fitted = fit_statuses(result.document, self._store.load_document_header().status_scheme)
            self.replace_document(document)
        else:
            fitted = ()
            self._store.create_document(result.document, author=self.author)
        return ImportReport(result.document.activity_count(),
                            (*(str(w) for w in result.warnings), *fitted), result.encoding)

    # -- who edits ------------------------------------------------------------

    @property
    def person(self) -> Person:
        """Who edits this database: the officer of a work package (from its record), else the coordinator."""
        if self._person is None:
            self._person = self._read_person()
        return self._person

    def forget_person(self) -> None:
        """Read :attr:`person` again (after a work package was opened into this database)."""
        self._person = None

    def _read_person(self) -> Person:
        if self._store.engine.dialect.name == "postgresql":  # the team server says who we are (session_user)
            from ..storage.server.connect import person_of

            return person_of(self._store.engine)
        raw = self._store.get_meta(WORK_PACKAGE_META)
        if raw is None:
            return Person.coordinator(self.author)
        meta = json.loads(raw)
        fields = meta.get("fields")
        return Person(str(meta.get("owner") or self.author), Role.OFFICER,
                      activities=frozenset(str(i) for i in meta.get("editable", [])),
                      fields=frozenset(fields) if isinstance(fields, list) else None)

    def check_change(self, activity: Activiteit, changes: Mapping[str, object]) -> Decision:
        """The policy's answer for ``changes`` to ``activity`` by :attr:`person` (only real changes count)."""
        changing = [name for name, value in changes.items()
                    if name == "kengetallen" or getattr(activity, name, None) != value]
        state = changes.get("review_state") if "review_state" in changing else None
        return policy.check_change(self.person, activity, changing, None if state is None else str(state))

    def _require_change(self, activity_id: str, changes: Mapping[str, object]) -> None:
        if self.person.is_coordinator:  # all fields, every review state; the store checks the lock
            return
        decision = self.check_change(self.activity(activity_id), changes)
        if not decision.allowed:
            raise policy.PolicyRefused(decision)

    def _require_structure(self) -> None:
        policy.require(policy.can_change_structure(self.person))

    def replace_document(self, document: Document) -> None:
        """Replace the whole document (import --replace, demo --replace): the coordinator's, a backup first."""
        self._require_structure()
        if self._store.path is not None and self._store.path.exists():
            from .backups import make_rotated_backup

            make_rotated_backup(self._store.path, "voor-import")
        self._store.replace_document(document, author=self.author)

    # -- reading -------------------------------------------------------------

    def document(self) -> Document:
        return self._store.load_document()

    def document_header(self) -> Document:
        return self._store.load_document_header()

    def tree(self) -> tuple[TreeProgramme, ...]:
        return self._store.tree()

    def activity(self, activity_id: str) -> Activiteit:
        return self._store.load_activity(activity_id)

    def history(self, entity_id: str, field: str | None = None) -> tuple[Versie, ...]:
        return self._store.history(entity_id, field)

    def search(self, query: str) -> tuple[SearchHit, ...]:
        return self._store.search(query)

    def past_entries(self, activity: Activiteit) -> tuple[LineageEntry, ...]:
        """What the activity's line said in earlier years (the form's "Lijn door de jaren")."""
        return self._store.past_entries(lines_of(activity))

    def snapshots(self) -> tuple[Snapshot, ...]:
        return self._store.snapshots()

    def conflicts(self, *, open_only: bool = True) -> tuple[FieldConflict, ...]:
        return self._store.conflicts(open_only=open_only)

    # -- people ----------------------------------------------------------------

    def people(self) -> tuple[StoredPerson, ...]:
        """The people of the document (names and roles, for hand-out and the people dialog)."""
        return self._store.people()

    def add_person(self, name: str, role: str) -> StoredPerson:
        return self._store.add_person(name, role)

    def remove_person(self, person_id: str) -> None:
        self._store.remove_person(person_id)

    def remove_person_named(self, name: str) -> None:
        """Remove the person with this name (case does not matter); refused when there is none."""
        matches = [p for p in self.people() if p.name.casefold() == name.casefold()]
        if not matches:
            raise UserError(Message.of("cli.person_unknown", name=name))
        self.remove_person(matches[0].id)

    # -- editing -------------------------------------------------------------

    def save_activity(
        self, activity_id: str, changes: Mapping[str, object], *, expected_revision: int | None = None
    ) -> Activiteit:
        """Save ``changes`` (typed: any mapping becomes :class:`~..domain.fields.ActivityChanges`, checked at the door)."""
        typed = ActivityChanges.of(changes)
        self._require_change(activity_id, typed)
        return self._store.update_activity(activity_id, typed, self.author, expected_revision=expected_revision)

    def save_activities(self, changes: Mapping[str, Mapping[str, object]], *,
                        expected_revisions: Mapping[str, int] | None = None) -> list[Activiteit]:
        """Change many activities in one transaction (replace all); the saved activities in the same order.
        ``expected_revisions``: the row versions the changes were based on (services.versioned)."""
        typed = {activity_id: ActivityChanges.of(fields) for activity_id, fields in changes.items()}
        for activity_id, fields in typed.items():
            self._require_change(activity_id, fields)
        return self._store.update_activities(typed, self.author, expected_revisions=expected_revisions)

    def save_kengetallen(self, activity_id: str, figures: tuple[Kengetal, ...]) -> None:
        if not self.person.is_coordinator and self.activity(activity_id).kengetallen != figures:
            self._require_change(activity_id, {"kengetallen": figures})
        self._store.replace_kengetallen(activity_id, figures, self.author)

    def add_remark(self, activity_id: str, text: str) -> Opmerking:
        if not self.person.is_coordinator:
            policy.require(policy.can_edit(self.person, self.activity(activity_id)))
        return self._store.add_remark(activity_id, text, self.author)

    def set_remark_resolved(self, remark_id: str, resolved: bool) -> None:
        self._store.set_remark_resolved(remark_id, resolved)

    def update_document(self, changes: Mapping[str, object]) -> Document:
        return self._store.update_document(changes, author=self.author)

    def update_programme(self, programme_id: str, changes: Mapping[str, object]) -> None:
        self._store.update_programme(programme_id, changes, author=self.author)

    def update_goal(self, goal_id: str, changes: Mapping[str, str]) -> None:
        self._store.update_goal(goal_id, changes, author=self.author)

    # -- structure -------------------------------------------------------------

    def add_activity(self, goal_id: str, title: str, position: int | None = None) -> str:
        self._require_structure()
        return self._store.add_activity(goal_id, Activiteit(title=title), position, author=self.author)

    def restore_activity(self, goal_id: str, activity: Activiteit, position: int) -> str:
        """Put a deleted activity back (undo), with its texts, figures and remarks."""
        self._require_structure()
        return self._store.add_activity(goal_id, activity, position, author=self.author)

    def delete_activity(self, activity_id: str) -> tuple[str, int, Activiteit]:
        self._require_structure()
        return self._store.delete_activity(activity_id, author=self.author)

    def move_activity(self, activity_id: str, goal_id: str, position: int) -> None:
        self._require_structure()
        self._store.move_activity(activity_id, goal_id, position)

    def add_goal(self, programme_id: str, title: str, position: int | None = None, goal_id: str | None = None,
                 *, lineage: tuple[str, tuple[str, ...]] | None = None) -> str:
        """Add a goal; ``goal_id`` and ``lineage`` put a deleted goal back as it was (undo)."""
        self._require_structure()
        line, line_from = lineage or ("", ())
        return self._store.add_goal(programme_id, title, position, goal_id=goal_id, lineage=line,
                                   lineage_from=line_from)

    def goal_lineage(self, goal_id: str) -> tuple[str, tuple[str, ...]]:
        return self._store.goal_lineage(goal_id)

    def delete_goal(self, goal_id: str) -> None:
        self._require_structure()
        self._store.delete_goal(goal_id)

    def move_goal(self, goal_id: str, position: int) -> None:
        self._require_structure()
        self._store.move_goal(goal_id, position)

    def add_programme(self, number: str, name: str, position: int | None = None,
                      programme_id: str | None = None) -> str:
        """Add a programme; ``programme_id`` puts a deleted one back under its own id (redo)."""
        self._require_structure()
        return self._store.add_programme(number, name, position, programme_id=programme_id)

    def delete_programme(self, programme_id: str) -> None:
        self._require_structure()
        self._store.delete_programme(programme_id)

    def assign(self, selection: Selection, *, owner: str, deadline: date | None = None) -> int:
        """Set the owner (and deadline) of every activity in a selection, in one transaction.

        An empty owner is refused (it would wipe every owner); more than one activity: a backup first.
        """
        self._require_structure()
        if not owner.strip():
            raise UserError(Message.of("workspace.owner_missing"))
        document = select(self.document(), selection)
        changes: dict[str, object] = {"owner": owner.strip()}
        if deadline is not None:
            changes["deadline"] = deadline
        places = list(document.iter_activities())
        self.backup_before_bulk_change(len(places))
        with self._store.transaction():
            for place in places:
                self.save_activity(place.activity.id, changes)
        return len(places)

    def backup_before_bulk_change(self, activities: int) -> Path | None:
        """A change to more than one activity at once (assign, replace all) makes a backup first."""
        if activities <= 1 or self._store.path is None or self.read_only:
            return None
        from .backups import make_rotated_backup

        return make_rotated_backup(self._store.path, "voor-bulkwijziging")[0]

    # -- replace ---------------------------------------------------------------

    def replace_in_texts(self, activity_id: str, field: str, old: str, new: str) -> int:
        """Replace every occurrence of ``old`` in one field of an activity; returns the count."""
        activity = self.activity(activity_id)
        value = getattr(activity, field)
        if isinstance(value, BlockText):
            markdown = value.to_markdown()
            count = markdown.count(old)
            if count:  # on the text as read: saved since by someone else is a ConflictError, not an overwrite
                self.save_activity(activity_id, {field: BlockText.from_markdown(markdown.replace(old, new))},
                                   expected_revision=activity.revision)
            return count
        if isinstance(value, str):
            count = value.count(old)
            if count:
                self.save_activity(activity_id, {field: value.replace(old, new)}, expected_revision=activity.revision)
            return count
        return 0


def _file_of(location: str | Path | None) -> Path | None:
    """The database file a location names (None for a server URL)."""
    if location is None:
        return paths.default_database()
    if "://" in str(location):
        return None
    return Path(location).expanduser()


def remove_new_database(path: Path) -> None:
    """Remove a database file this process has just created, with SQLite's side files."""
    for candidate in (path, *(path.with_name(path.name + side) for side in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            candidate.unlink()


@contextlib.contextmanager
def created_only_on_success(location: str | Path | None, *, author: str | None = None) -> Iterator[Workspace]:
    """Open a database for an import, creating it when needed; if it is new and the import fails (or is
    refused), it is removed again: a failed import never leaves an empty database behind."""
    target = _file_of(location)
    existed = target is None or target.exists()
    workspace = Workspace.open(location, author=author, create=True)
    try:
        yield workspace
    except BaseException:
        workspace.close()
        if not existed and target is not None:
            remove_new_database(target)
        raise
    workspace.close()
