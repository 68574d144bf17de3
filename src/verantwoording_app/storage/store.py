"""The store: one database, one current document, every change in a transaction and in history."""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, delete, func, insert, select, text, update
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..domain import policy
from ..domain.blocktext import BlockText, parse_markdown, render_markdown
from ..domain.errors import StorageError, UserError
from ..domain.handout import HandoutRecord
from ..domain.limits import clean_text, too_long
from ..domain.messages import Message
from ..domain.model import (
    DEFAULT_REVIEW_LABELS,
    Activiteit,
    Document,
    DocumentKind,
    DocumentState,
    Hoofddoel,
    Kengetal,
    LineageEntry,
    LineageLevel,
    Opmerking,
    Outcome,
    Programma,
    Versie,
    new_id,
)
from ..domain.privacy import mask_url
from . import diagnose
from . import engine as engine_mod
from .chapter_rows import insert_chapter, load_chapter
from .mapping import (
    ACTIVITY_FIELDS,
    activity_from_row,
    decimal_to_text,
    field_to_history,
    field_to_storage,
    lineage_from_text,
    lineage_from_to_text,
    now,
    scheme_from_json,
    scheme_to_json,
)
from .tables import (
    ActivityRow,
    ConflictRow,
    DocumentRow,
    GoalRow,
    HandoutRow,
    KeyFigureRow,
    LineageEntryRow,
    MetaRow,
    PersonRow,
    ProgrammeRow,
    RemarkRow,
    SnapshotRow,
    VersionRow,
)
from .treeread import ACTIVITIES_SQL, GOALS_SQL, PROGRAMMES_SQL, build_tree

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping
    from pathlib import Path

    from .rows import TreeProgramme


class FieldTooLong(UserError):
    """A text longer than its field may hold (domain.limits); nothing was stored."""


class LockedError(UserError):
    """The activity is vastgesteld: it must be reopened before it can change."""


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    role: str
    email: str = ""


@dataclass(frozen=True, slots=True)
class Snapshot:
    id: str
    name: str
    created_at: datetime
    created_by: str


@dataclass(frozen=True, slots=True)
class FieldConflict:
    id: str
    activity_id: str
    field: str
    base: str | None
    ours: str | None
    theirs: str | None
    source: str
    package_id: str
    created_at: datetime
    resolution: str
    resolved_by: str


class ConflictError(UserError):
    """Someone else saved the same activity since it was loaded (optimistic concurrency)."""

    activity_ids: tuple[str, ...] = ()
    """The activities whose row version differed from the one the change was based on, when known."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    activity_id: str
    field: str
    snippet: str


DOCUMENT_FIELDS = (
    "kind", "year", "municipality", "title_lines", "section_number", "section_title",
    "realisation_label", "goal_intro", "status_scheme", "review_labels", "state", "footer", "unplaced",
)


class Store:
    """Access to one Verantwoording database. Create with :meth:`open`."""

    def __init__(self, engine: Engine, location: str, path: Path | None, *, read_only: bool = False) -> None:
        self.engine = engine
        self.read_only = read_only
        self.location = mask_url(location).replace("postgresql+psycopg://", "postgresql://", 1)
        """Where the database is, for display: a server password is masked."""
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._session: Session | None = None
        self.read_only_reason: str | None = None
        """Why a file that was asked for writing was opened read-only (full medium, 0444, …); None otherwise."""

    # -- opening -----------------------------------------------------------

    @classmethod
    def open(cls, location: str | Path, *, create: bool = True, read_only: bool = False) -> Store:
        """Open (and if needed create or migrate) the database at a path or URL.

        ``read_only`` (someone else has it open) never migrates and refuses every write
        with a clear message.
        """
        url = engine_mod.database_url(location)
        path = engine_mod.sqlite_path(url)
        current: str | None = None
        if path is not None:
            if not path.exists() and not create:
                raise StorageError(Message.of("database.missing", path=path))
            current = engine_mod.inspect_sqlite_file(path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StorageError(Message.of("database.cannot_create_folder", parent=path.parent, strerror=error.strerror)) from error
        reason: str | None = None
        if path is not None and path.exists() and (reason := diagnose.write_blocker(path)):
            read_only = True  # where writing is impossible, open read-only and say why; never chmod to write
        if path is not None and read_only and path.exists():
            url = engine_mod.read_only_url(path, immutable=diagnose.needs_immutable(path))
        try:
            engine = engine_mod.create_app_engine(url, read_only=read_only)
        except ImportError as error:  # a server URL whose driver is not installed
            raise StorageError(
                Message.of("database.driver_missing", mask_url=mask_url(url), value=error.name or error)
            ) from None
        try:
            if path is None:
                current = _server_revision(engine)
                if engine.dialect.name == "postgresql":  # the team server: only its administrator migrates
                    from .server.connect import check_ready

                    check_ready(engine, current, url)
                    current = engine_mod.HEAD_REVISION
            if read_only:
                if current != engine_mod.HEAD_REVISION:
                    raise StorageError(
                        Message.of("database.upgrade_read_only")
                    )
            else:
                engine_mod.migrate(engine, current=current, path=path)
        except SQLAlchemyError as error:
            engine.dispose()
            if engine.dialect.name == "postgresql":
                from .server.connect import explain_connection_error

                raise explain_connection_error(error, url) from error
            raise diagnose.explain(error, path) from error
        except StorageError:
            engine.dispose()
            raise
        if path is not None and not read_only:
            _restrict_permissions(path)
        store = cls(engine, engine_mod.database_url(location), path, read_only=read_only)
        store.read_only_reason = reason
        return store

    def close(self) -> None:
        self.engine.dispose()

    # -- transactions ------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction; nested calls join the outer one."""
        if self._session is not None:
            yield self._session
            return
        session = self._sessions()
        self._session = session
        try:
            with session.begin():
                yield session
        except StaleDataError as error:
            raise ConflictError(
                Message.of("activity.saved_by_someone_else")
            ) from error
        except (OperationalError, DatabaseError) as error:
            if self.engine.dialect.name == "postgresql":
                from .server.connect import explain_connection_error
                from .server.refusals import is_stale, refusal

                if is_stale(error):
                    raise ConflictError(Message.of("server.stale")) from error
                refused = refusal(error)
                if refused is not None:
                    raise refused from error
                if isinstance(error, OperationalError):
                    raise explain_connection_error(error, self.location) from error
                raise
            if not isinstance(error, OperationalError):
                if type(error) is not DatabaseError:
                    raise  # integrity errors and the like are bugs, not the environment
                raise diagnose.explain(error, self.path) from error
            if self.read_only:
                why = self.read_only_reason or Message.of("database.someone_else_in_it")
                raise StorageError(
                    Message.of("database.read_only", why=why)
                ) from error
            raise diagnose.explain(error, self.path, writing=True) from error
        finally:
            self._session = None
            session.close()

    @contextmanager
    def savepoint(self) -> Iterator[Session]:
        """A write a unique index may refuse (IntegrityError), in a savepoint of the transaction: a refusal
        undoes only this write, and a surrounding transaction (a package merge) goes on."""
        with self.transaction() as session, session.begin_nested():
            yield session

    # -- document ----------------------------------------------------------

    def has_document(self) -> bool:
        with self.transaction() as session:
            return session.scalar(select(func.count()).select_from(DocumentRow)) != 0

    def document_id(self) -> str:
        with self.transaction() as session:
            row_id = session.scalar(select(DocumentRow.id).order_by(DocumentRow.created_at.desc()).limit(1))
        if row_id is None:
            raise StorageError(Message.of("database.no_document"))
        return row_id

    def load_document(self) -> Document:
        """The whole current document as an immutable tree."""
        doc_id = self.document_id()
        with self.transaction() as session:
            row = session.get_one(DocumentRow, doc_id)
            programmes = session.scalars(
                select(ProgrammeRow).where(ProgrammeRow.document_id == doc_id).order_by(ProgrammeRow.position)
            ).all()
            goals = session.scalars(
                select(GoalRow).join(ProgrammeRow).where(ProgrammeRow.document_id == doc_id).order_by(GoalRow.position)
            ).all()
            activities = session.scalars(
                select(ActivityRow).join(GoalRow).join(ProgrammeRow)
                .where(ProgrammeRow.document_id == doc_id).order_by(ActivityRow.position)
            ).all()
            key_figures = session.scalars(
                select(KeyFigureRow).join(ActivityRow).join(GoalRow).join(ProgrammeRow)
                .where(ProgrammeRow.document_id == doc_id)
            ).all()
            remarks = session.scalars(
                select(RemarkRow).join(ActivityRow).join(GoalRow).join(ProgrammeRow)
                .where(ProgrammeRow.document_id == doc_id)
            ).all()
            past = session.scalars(
                select(LineageEntryRow).where(LineageEntryRow.document_id == doc_id).order_by(LineageEntryRow.id)
            ).all()
            chapter = load_chapter(session, doc_id)
        figures_by: dict[str, list[KeyFigureRow]] = {}
        for figure in key_figures:
            figures_by.setdefault(figure.activity_id, []).append(figure)
        remarks_by: dict[str, list[RemarkRow]] = {}
        for remark in remarks:
            remarks_by.setdefault(remark.activity_id, []).append(remark)
        acts_by: dict[str, list[Activiteit]] = {}
        for activity in activities:
            acts_by.setdefault(activity.goal_id, []).append(
                activity_from_row(activity, figures_by.get(activity.id, []), remarks_by.get(activity.id, []))
            )
        goals_by: dict[str, list[Hoofddoel]] = {}
        for goal in goals:
            goals_by.setdefault(goal.programme_id, []).append(
                Hoofddoel(id=goal.id, title=goal.title, intro=goal.intro, activities=tuple(acts_by.get(goal.id, [])),
                          lineage=goal.lineage or goal.id, lineage_from=lineage_from_text(goal.lineage_from))
            )
        return replace(
            _document_from_row(row),
            programmes=tuple(
                Programma(
                    id=p.id, number=p.number, name=p.name, intro=parse_markdown(p.intro),
                    goals=tuple(goals_by.get(p.id, [])), lineage=p.lineage or p.id,
                    lineage_from=lineage_from_text(p.lineage_from),
                )
                for p in programmes
            ),
            past=tuple(_entry_from_row(entry) for entry in past),
            chapter=chapter,
        )

    def load_document_header(self) -> Document:
        """The document's own fields, without programmes (cheap)."""
        doc_id = self.document_id()
        with self.transaction() as session:
            return _document_from_row(session.get_one(DocumentRow, doc_id))

    def create_document(self, document: Document, *, author: str = "") -> None:
        """Store a new document tree (from an import or a template)."""
        stamp = now()
        with self.transaction() as session:
            if session.get(DocumentRow, document.id) is not None:
                raise StorageError(Message.of("database.document_already_present"))
            session.add(_document_row(document, stamp))
            session.flush()
            for p_index, programme in enumerate(document.programmes):
                session.add(ProgrammeRow(
                    id=programme.id, document_id=document.id, position=p_index, number=programme.number,
                    name=programme.name, intro=render_markdown(programme.intro), lineage=programme.lineage_id,
                    lineage_from=lineage_from_to_text(programme.lineage_from),
                ))
            session.flush()
            for programme in document.programmes:
                for g_index, goal in enumerate(programme.goals):
                    session.add(GoalRow(id=goal.id, programme_id=programme.id, position=g_index,
                                        title=goal.title, intro=goal.intro, lineage=goal.lineage_id,
                                        lineage_from=lineage_from_to_text(goal.lineage_from)))
            session.flush()
            # activities and past entries carry the texts: one bulk insert each, not an ORM object per row
            # a carried plan is also in the past entries: render it once (kept only when there are past entries)
            render = _memo_render() if document.past else render_markdown
            places = [(goal.id, a_index, activity) for programme in document.programmes for goal in programme.goals
                      for a_index, activity in enumerate(goal.activities)]
            bulk = len(places) >= ROWS_PER_INSERT and self.engine.dialect.name == "sqlite"
            if bulk:  # the full-text index holds more terms in memory before it writes a segment: fewer merges
                session.execute(text(FTS_HASHSIZE), {"size": BULK_FTS_HASHSIZE})
            for start in range(0, len(places), ROWS_PER_INSERT):  # rendered a slice at a time: bounded memory
                activity_rows = [_activity_values(goal_id, a_index, activity, author, stamp, render)
                                 for goal_id, a_index, activity in places[start:start + ROWS_PER_INSERT]]
                # RETURNING makes SQLAlchemy send many rows per INSERT statement ("insertmanyvalues"): SQLite's
                # full-text index flushes its pending terms once per statement, so one statement per row (a
                # plain executemany) cost three times the whole index build at 10,000 activities
                session.execute(insert(ActivityRow).returning(ActivityRow.id), activity_rows).all()
            if bulk:
                session.execute(text(FTS_HASHSIZE), {"size": FTS_DEFAULT_HASHSIZE})
            for place in document.iter_activities():
                self._insert_children(session, place.activity)
            if document.past:
                session.execute(insert(LineageEntryRow), [_entry_values(document.id, e, render) for e in document.past])
            session.flush()
            insert_chapter(session, document.id, document.chapter, author, stamp)

    def replace_document(self, document: Document, *, author: str = "") -> None:
        """Replace the open document (the newest) by this one, in one transaction.

        Only that document goes (and an older copy of the new one, by its id): any other
        document in the file stays as it was.
        """
        with self.transaction() as session:
            current = session.scalar(select(DocumentRow.id).order_by(DocumentRow.created_at.desc()).limit(1))
            replaced = {doc_id for doc_id in (current, document.id) if doc_id}
            session.execute(delete(DocumentRow).where(DocumentRow.id.in_(replaced)))
            session.flush()
            self.create_document(document, author=author)

    def update_document(self, changes: Mapping[str, object], *, author: str) -> Document:
        """Change document-level fields (year, labels, status scheme, …), recorded in history."""
        doc_id = self.document_id()
        with self.transaction() as session:
            row = session.get_one(DocumentRow, doc_id)
            before = _document_from_row(row)
            for name, value in changes.items():
                if name not in DOCUMENT_FIELDS:
                    raise ValueError(f"unknown document field {name!r}")
                old_text, new_text = _document_field_text(before, name), _document_value_text(name, value)
                if old_text == new_text:
                    continue
                setattr(row, name, _document_column_value(name, value))
                session.add(VersionRow(entity="document", entity_id=doc_id, field=name, old=old_text,
                                       new=new_text, author=author, at=now()))
            row.updated_at = now()
        return self.load_document_header()

    # -- tree --------------------------------------------------------------

    def tree(self) -> tuple[TreeProgramme, ...]:
        """What the tree and overview need, without any text bodies."""
        doc_id = self.document_id()
        parameters = {"document": doc_id}
        with self.transaction() as session:
            programmes = session.execute(text(PROGRAMMES_SQL), parameters).all()
            goals = session.execute(text(GOALS_SQL), parameters).all()
            activities = session.execute(text(ACTIVITIES_SQL), parameters).all()
        return build_tree(programmes, goals, activities)

    # -- activities --------------------------------------------------------

    def load_activity(self, activity_id: str) -> Activiteit:
        if self._session is None and self.engine.dialect.name == "postgresql":
            from .server.saving import load  # the team server: one round trip, not five

            found = load(self.engine, activity_id)
            if found is None:
                raise StorageError(Message.of("activity.missing"))
            return found
        with self.transaction() as session:
            row = session.get(ActivityRow, activity_id)
            if row is None:
                raise StorageError(Message.of("activity.missing"))
            figures = list(session.scalars(select(KeyFigureRow).where(KeyFigureRow.activity_id == activity_id)))
            remarks = list(session.scalars(select(RemarkRow).where(RemarkRow.activity_id == activity_id)))
            return activity_from_row(row, figures, remarks)

    def update_activity(
        self,
        activity_id: str,
        changes: Mapping[str, object],
        author: str,
        *,
        expected_revision: int | None = None,
    ) -> Activiteit:
        """Change fields of an activity; each real change becomes a Versie.

        With ``expected_revision`` a concurrent save by someone else raises
        ConflictError instead of being overwritten.
        """
        stamp = now()
        if expected_revision is not None and self._session is None and self.engine.dialect.name == "postgresql":
            from .server.saving import save_with_revision  # the team server's one-round-trip save

            saved = save_with_revision(self.engine, activity_id, changes, author, expected_revision, stamp)
            if saved is not None:
                return saved
        with self.transaction() as session:
            row = session.get(ActivityRow, activity_id)
            if row is None:
                raise StorageError(Message.of("activity.missing"))
            if expected_revision is not None and row.revision != expected_revision:
                raise ConflictError(
                    Message.of("activity.saved_by_someone_else_reload")
                )
            self._change_row(session, row, changes, author, stamp)
            session.flush()
            figures = list(session.scalars(select(KeyFigureRow).where(KeyFigureRow.activity_id == activity_id)))
            remarks = list(session.scalars(select(RemarkRow).where(RemarkRow.activity_id == activity_id)))
            return activity_from_row(row, figures, remarks)

    def update_activities(self, changes: Mapping[str, Mapping[str, object]], author: str, *,
                          expected_revisions: Mapping[str, int] | None = None) -> list[Activiteit]:
        """Change fields of many activities in one transaction (replace all): the same rules and history as
        :meth:`update_activity`, with rows, key figures and remarks read in a few queries, not per activity.

        With ``expected_revisions`` (activity id → the row version the change was based on) nothing is written
        when any of them was saved since: ConflictError naming them in ``activity_ids``."""
        stamp = now()
        ids = list(changes)
        with self.transaction() as session:
            rows: dict[str, ActivityRow] = {}
            figures: dict[str, list[KeyFigureRow]] = {}
            remarks: dict[str, list[RemarkRow]] = {}
            for chunk in _chunks(ids):
                rows.update((r.id, r) for r in session.scalars(select(ActivityRow).where(ActivityRow.id.in_(chunk))))
            stale = tuple(i for i, revision in (expected_revisions or {}).items()
                          if i in rows and rows[i].revision != revision)
            if stale:
                conflict = ConflictError(Message.of("activity.saved_by_someone_else_reload"))
                conflict.activity_ids = stale
                raise conflict
            for activity_id in ids:
                row = rows.get(activity_id)
                if row is None:
                    raise StorageError(Message.of("activity.missing"))
                self._change_row(session, row, changes[activity_id], author, stamp)
            session.flush()
            for chunk in _chunks(ids):
                for figure in session.scalars(select(KeyFigureRow).where(KeyFigureRow.activity_id.in_(chunk))):
                    figures.setdefault(figure.activity_id, []).append(figure)
                for remark in session.scalars(select(RemarkRow).where(RemarkRow.activity_id.in_(chunk))):
                    remarks.setdefault(remark.activity_id, []).append(remark)
            return [activity_from_row(rows[i], figures.get(i, []), remarks.get(i, [])) for i in ids]

    def _change_row(self, session: Session, row: ActivityRow, changes: Mapping[str, object], author: str,
                    stamp: datetime) -> None:
        """Apply changes to one activity row: locks (vastgesteld, frozen plan) checked, each change a Versie."""
        activity_id = row.id
        changed = False
        if policy.is_locked(row):  # the vastgesteld lock, for every door and every person
            new_state = changes.get("review_state")
            differs = [
                name for name, value in changes.items()
                if name in ACTIVITY_FIELDS and getattr(row, name) != field_to_storage(name, value)
            ]
            lock = policy.locked_change(row, differs, None if new_state is None else str(new_state))
            if not lock.allowed:
                raise LockedError(lock.reason or "")
        unfreezing = changes.get("plan_frozen", True) is False
        if (row.plan_frozen and not unfreezing and "plan" in changes
                and row.plan != field_to_storage("plan", changes["plan"])):
            raise LockedError(
                Message.of("activity.plan_frozen", title=row.title)
            )
        for name, value in changes.items():
            if name not in ACTIVITY_FIELDS:
                raise ValueError(f"unknown activity field {name!r}")
            stored = guarded_field(name, field_to_storage(name, value), row.title)
            old = getattr(row, name)
            if old == stored:
                continue
            session.add(VersionRow(
                entity="activity", entity_id=activity_id, field=name,
                old=_history_text(old), new=field_to_history(name, value), author=author, at=stamp,
            ))
            setattr(row, name, stored)
            if name == "plan":
                row.plan_words = _words(value)
            elif name == "realisation":
                row.realisation_words = _words(value)
            changed = True
        if changed:
            row.updated_at = stamp
            row.updated_by = author

    def replace_kengetallen(self, activity_id: str, figures: tuple[Kengetal, ...], author: str) -> None:
        with self.transaction() as session:
            old_rows = list(session.scalars(
                select(KeyFigureRow).where(KeyFigureRow.activity_id == activity_id).order_by(KeyFigureRow.position)
            ))
            old_text = _figures_text(old_rows)
            new_rows = [_figure_row(activity_id, index, figure) for index, figure in enumerate(figures)]
            new_text = _figures_text(new_rows)
            row = session.get(ActivityRow, activity_id)
            if row is not None and old_text != new_text:
                lock = policy.locked_change(row, ("kengetallen",))
                if not lock.allowed:
                    raise LockedError(lock.reason or "")
            session.execute(delete(KeyFigureRow).where(KeyFigureRow.activity_id == activity_id))
            session.add_all(new_rows)
            if old_text != new_text:
                session.add(VersionRow(entity="activity", entity_id=activity_id, field="kengetallen",
                                       old=old_text, new=new_text, author=author, at=now()))
                session.execute(update(ActivityRow).where(ActivityRow.id == activity_id)
                                .values(updated_at=now(), updated_by=author, revision=ActivityRow.revision + 1))

    def add_remark(self, activity_id: str, text_: str, author: str, *, remark: Opmerking | None = None) -> Opmerking:
        """Add a remark (or an existing one from a package; a known id is not added twice)."""
        remark = remark or Opmerking(author=author, created_at=now(), text=text_)
        remark = replace(remark, text=str(guarded_field("remark", remark.text, "")))
        with self.transaction() as session:
            if session.get(RemarkRow, remark.id) is not None:
                return remark
            session.add(RemarkRow(id=remark.id, activity_id=activity_id, author=remark.author,
                                  created_at=remark.created_at, text=remark.text, resolved=remark.resolved))
        return remark

    def remove_remarks(self, remark_ids: tuple[str, ...]) -> None:
        """Take remarks away again (undo of a merge that copied them)."""
        if remark_ids:
            with self.transaction() as session:
                session.execute(delete(RemarkRow).where(RemarkRow.id.in_(remark_ids)))

    def set_remark_resolved(self, remark_id: str, resolved: bool) -> None:
        with self.transaction() as session:
            session.execute(update(RemarkRow).where(RemarkRow.id == remark_id).values(resolved=resolved))

    # -- structure ---------------------------------------------------------

    def add_programme(self, number: str, name: str, position: int | None = None,
                      programme_id: str | None = None) -> str:
        doc_id = self.document_id()
        with self.transaction() as session:
            ids = _ordered_ids(session, ProgrammeRow, ProgrammeRow.document_id, doc_id)
            new = programme_id or new_id()
            session.add(ProgrammeRow(id=new, document_id=doc_id, position=len(ids), number=number, name=name, intro="",
                                     lineage=new))
            session.flush()
            ids.insert(len(ids) if position is None else position, new)
            _renumber(session, ProgrammeRow, ids)
        return new

    def add_goal(self, programme_id: str, title: str, position: int | None = None,
                 goal_id: str | None = None, *, lineage: str = "", lineage_from: tuple[str, ...] = ()) -> str:
        """Add a goal; a goal put back by undo passes its own id and lineage."""
        with self.transaction() as session:
            ids = _ordered_ids(session, GoalRow, GoalRow.programme_id, programme_id)
            new = goal_id or new_id()
            session.add(GoalRow(id=new, programme_id=programme_id, position=len(ids), title=title, intro="",
                                lineage=lineage or new, lineage_from=lineage_from_to_text(lineage_from)))
            session.flush()
            ids.insert(len(ids) if position is None else position, new)
            _renumber(session, GoalRow, ids)
        return new

    def add_activity(self, goal_id: str, activity: Activiteit, position: int | None = None, *, author: str) -> str:
        """Insert an activity (new, or one restored by undo) at a position under a goal."""
        with self.transaction() as session:
            ids = _ordered_ids(session, ActivityRow, ActivityRow.goal_id, goal_id)
            session.add(_activity_row(goal_id, len(ids), activity, author, now()))
            session.flush()
            self._insert_children(session, activity)
            ids.insert(len(ids) if position is None else min(position, len(ids)), activity.id)
            _renumber(session, ActivityRow, ids)
            session.add(VersionRow(entity="activity", entity_id=activity.id, field="created", old=None,
                                   new=activity.title, author=author, at=now()))
        return activity.id

    def delete_activity(self, activity_id: str, *, author: str) -> tuple[str, int, Activiteit]:
        """Delete an activity; returns (goal id, position, activity) so undo can put it back."""
        with self.transaction() as session:
            # read in the same transaction: what history and undo keep is exactly what is deleted (a save by
            # someone else in between makes the delete a ConflictError, through the row version)
            activity = self.load_activity(activity_id)
            row = session.get_one(ActivityRow, activity_id)
            goal_id, position = row.goal_id, row.position
            session.add(VersionRow(entity="activity", entity_id=activity_id, field="deleted",
                                   old=render_markdown(activity.realisation), new=None, author=author, at=now()))
            session.delete(row)
            session.flush()
            _renumber(session, ActivityRow, _ordered_ids(session, ActivityRow, ActivityRow.goal_id, goal_id))
        return goal_id, position, activity

    def move_activity(self, activity_id: str, goal_id: str, position: int) -> None:
        """Move an activity to a position under (possibly another) goal; numbering follows."""
        with self.transaction() as session:
            row = session.get_one(ActivityRow, activity_id)
            old_goal = row.goal_id
            if old_goal != goal_id:
                row.goal_id = goal_id
                session.flush()
                _renumber(session, ActivityRow,
                          [i for i in _ordered_ids(session, ActivityRow, ActivityRow.goal_id, old_goal)])
            ids = [i for i in _ordered_ids(session, ActivityRow, ActivityRow.goal_id, goal_id) if i != activity_id]
            ids.insert(max(0, min(position, len(ids))), activity_id)
            _renumber(session, ActivityRow, ids)

    def delete_programme(self, programme_id: str) -> None:
        """Delete a programme with its goals and activities (undo of adding one)."""
        with self.transaction() as session:
            row = session.get_one(ProgrammeRow, programme_id)
            document_id = row.document_id
            session.delete(row)
            session.flush()
            _renumber(session, ProgrammeRow, _ordered_ids(session, ProgrammeRow, ProgrammeRow.document_id,
                                                          document_id))

    def delete_goal(self, goal_id: str) -> None:
        with self.transaction() as session:
            row = session.get_one(GoalRow, goal_id)
            programme_id = row.programme_id
            session.delete(row)
            session.flush()
            _renumber(session, GoalRow, _ordered_ids(session, GoalRow, GoalRow.programme_id, programme_id))

    def move_goal(self, goal_id: str, position: int) -> None:
        with self.transaction() as session:
            row = session.get_one(GoalRow, goal_id)
            ids = [i for i in _ordered_ids(session, GoalRow, GoalRow.programme_id, row.programme_id) if i != goal_id]
            ids.insert(max(0, min(position, len(ids))), goal_id)
            _renumber(session, GoalRow, ids)

    def goal_lineage(self, goal_id: str) -> tuple[str, tuple[str, ...]]:
        """A goal's lineage id and the lines it continues."""
        with self.transaction() as session:
            row = session.get_one(GoalRow, goal_id)
            return row.lineage or row.id, lineage_from_text(row.lineage_from)

    def set_lineage_from(self, activity_id: str, lineage_from: tuple[str, ...], *, author: str) -> None:
        """Record which lines an activity continues (after a split or a merge), in history."""
        with self.transaction() as session:
            row = session.get_one(ActivityRow, activity_id)
            new = lineage_from_to_text(lineage_from)
            if row.lineage_from == new:
                return
            session.add(VersionRow(entity="activity", entity_id=activity_id, field="lineage_from",
                                   old=row.lineage_from, new=new, author=author, at=now()))
            row.lineage_from = new

    def past_entries(self, lineages: tuple[str, ...]) -> tuple[LineageEntry, ...]:
        """The earlier-document entries of these lines, oldest first (one indexed query)."""
        if not lineages:
            return ()
        doc_id = self.document_id()
        with self.transaction() as session:
            rows = session.scalars(
                select(LineageEntryRow).where(LineageEntryRow.document_id == doc_id,
                                              LineageEntryRow.lineage.in_(lineages)).order_by(LineageEntryRow.id)
            ).all()
            return tuple(_entry_from_row(row) for row in rows)

    def update_goal(self, goal_id: str, changes: Mapping[str, str], *, author: str) -> None:
        self._update_simple(GoalRow, "goal", goal_id, changes, ("title", "intro"), author)

    def update_programme(self, programme_id: str, changes: Mapping[str, object], *, author: str) -> None:
        converted = {k: render_markdown(v) if isinstance(v, BlockText) else v for k, v in changes.items()}
        self._update_simple(ProgrammeRow, "programme", programme_id, converted, ("number", "name", "intro"), author)

    # -- meta, people, snapshots, conflicts ------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self.transaction() as session:
            row = session.get(MetaRow, key)
            return None if row is None else row.value

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction() as session:
            row = session.get(MetaRow, key)
            if value is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(MetaRow(key=key, value=value))
            else:
                row.value = value

    def people(self) -> tuple[Person, ...]:
        doc_id = self.document_id()
        with self.transaction() as session:
            rows = session.scalars(select(PersonRow).where(PersonRow.document_id == doc_id).order_by(PersonRow.name))
            return tuple(Person(r.id, r.name, r.role, r.email) for r in rows)

    def add_person(self, name: str, role: str, email: str = "") -> Person:
        person = Person(new_id(), name.strip(), role, email)
        if not person.name:
            raise UserError(Message.of("people.name_missing"))
        doc_id = self.document_id()
        try:  # the unique index (document, lower(name)) decides, also for two windows at once
            with self.savepoint() as session:
                session.add(PersonRow(id=person.id, document_id=doc_id, name=person.name, role=role, email=email))
                session.flush()
        except IntegrityError:
            raise UserError(Message.of("people.name_taken", name=person.name)) from None
        return person

    def remove_person(self, person_id: str) -> None:
        with self.transaction() as session:
            session.execute(delete(PersonRow).where(PersonRow.id == person_id))

    # -- hand-outs: the record every hand-in is checked against ----------------

    def add_handout(self, record: HandoutRecord) -> None:
        with self.transaction() as session:
            session.add(HandoutRow(
                id=record.id, document_id=record.document_id, person=record.person, created_at=record.created_at,
                created_by=record.created_by, fields=json.dumps(list(record.fields)),
                bases=json.dumps(record.bases, ensure_ascii=False, sort_keys=True),
            ))

    def handout(self, handout_id: str) -> HandoutRecord | None:
        with self.transaction() as session:
            row = session.get(HandoutRow, handout_id)
            return None if row is None else _handout_from_row(row)

    def handouts(self) -> tuple[HandoutRecord, ...]:
        with self.transaction() as session:
            rows = session.scalars(select(HandoutRow).order_by(HandoutRow.created_at, HandoutRow.id))
            return tuple(_handout_from_row(row) for row in rows)

    def update_handout_bases(self, handout_id: str, bases: Mapping[str, Mapping[str, Any]]) -> None:
        """The bases after a merge: what was taken over from this person is the new common ground."""
        with self.transaction() as session:
            row = session.get(HandoutRow, handout_id)
            if row is None:
                raise StorageError(Message.of("handout.missing"))
            row.bases = json.dumps(bases, ensure_ascii=False, sort_keys=True)

    def add_snapshot(self, name: str, data: str, author: str) -> Snapshot:
        """A new snapshot; refused when the document has one of that name (the unique index decides)."""
        snapshot = Snapshot(new_id(), name, now(), author)
        doc_id = self.document_id()
        try:
            with self.savepoint() as session:
                session.add(SnapshotRow(id=snapshot.id, document_id=doc_id, name=name,
                                        created_at=snapshot.created_at, created_by=author, data=data))
                session.flush()
        except IntegrityError:
            raise UserError(Message.of("snapshot.name_taken", name=name)) from None
        return snapshot

    def snapshots(self) -> tuple[Snapshot, ...]:
        doc_id = self.document_id()
        with self.transaction() as session:
            rows = session.execute(
                select(SnapshotRow.id, SnapshotRow.name, SnapshotRow.created_at, SnapshotRow.created_by)
                .where(SnapshotRow.document_id == doc_id).order_by(SnapshotRow.created_at)
            ).all()
            return tuple(Snapshot(*row) for row in rows)

    def snapshot_data(self, snapshot_id: str) -> str:
        with self.transaction() as session:
            row = session.get(SnapshotRow, snapshot_id)
            if row is None:
                raise UserError(Message.of("snapshot.missing"))
            return row.data

    def add_conflict(self, activity_id: str, field: str, base: str | None, ours: str | None, theirs: str | None,
                     source: str, package_id: str) -> bool:
        """Record a conflict once per package, activity and field; True when it is new.

        The other side's value is also kept in the history as a proposal
        (entity ``voorstel``), so no text is ever lost, whatever is decided.
        """
        with self.transaction() as session:
            exists = session.scalar(select(ConflictRow.id).where(
                ConflictRow.activity_id == activity_id, ConflictRow.field == field,
                ConflictRow.package_id == package_id))
            if exists:
                return False
            session.add(ConflictRow(id=new_id(), activity_id=activity_id, field=field, base=base, ours=ours,
                                    theirs=theirs, source=source, package_id=package_id, created_at=now()))
            session.add(VersionRow(entity="voorstel", entity_id=activity_id, field=field, old=ours, new=theirs,
                                   author=source, at=now()))
            return True

    def conflicts(self, *, open_only: bool = True) -> tuple[FieldConflict, ...]:
        with self.transaction() as session:
            query = select(ConflictRow).order_by(ConflictRow.created_at, ConflictRow.id)
            if open_only:
                query = query.where(ConflictRow.resolution == "")
            return tuple(
                FieldConflict(r.id, r.activity_id, r.field, r.base, r.ours, r.theirs, r.source, r.package_id,
                              r.created_at, r.resolution, r.resolved_by)
                for r in session.scalars(query)
            )

    def mark_conflict(self, conflict_id: str, resolution: str, author: str) -> None:
        with self.transaction() as session:
            row = session.get(ConflictRow, conflict_id)
            if row is None:
                raise UserError(Message.of("conflict.missing"))
            row.resolution = resolution
            row.resolved_by = author
            row.resolved_at = now()

    # -- history and search --------------------------------------------------

    def history(self, entity_id: str, field: str | None = None) -> tuple[Versie, ...]:
        with self.transaction() as session:
            query = select(VersionRow).where(VersionRow.entity_id == entity_id)
            if field is not None:
                query = query.where(VersionRow.field == field)
            rows = session.scalars(query.order_by(VersionRow.id)).all()
            return tuple(Versie(r.entity, r.entity_id, r.field, r.old, r.new, r.author, r.at) for r in rows)

    def search(self, query: str, limit: int = 200) -> tuple[SearchHit, ...]:
        """Full-text search over titles and texts (FTS5 on SQLite, LIKE elsewhere)."""
        terms = [t for t in re.findall(r"\w+", query) if t]
        if not terms:
            return ()
        with self.transaction() as session:
            if self.engine.dialect.name == "sqlite":
                match = " ".join('"' + t.replace('"', "") + '"*' for t in terms)
                rows = session.execute(
                    text(
                        "SELECT a.id, snippet(activities_fts, -1, '[', ']', '…', 12) FROM activities_fts "
                        "JOIN activities a ON a.rowid = activities_fts.rowid "
                        "WHERE activities_fts MATCH :match ORDER BY rank LIMIT :limit"
                    ),
                    {"match": match, "limit": limit},
                ).all()
                return tuple(SearchHit(r[0], "", r[1]) for r in rows)
            if self.engine.dialect.name == "postgresql":  # the team server: Dutch full-text search
                from .server.search import search as server_search

                return tuple(SearchHit(i, "", s) for i, s in server_search(session, terms, limit))
            like = f"%{query}%"
            rows = session.execute(
                select(ActivityRow.id, ActivityRow.title).where(
                    ActivityRow.title.ilike(like) | ActivityRow.plan.ilike(like) | ActivityRow.realisation.ilike(like)
                ).limit(limit)
            ).all()
            return tuple(SearchHit(r[0], "", r[1]) for r in rows)

    def integrity_problems(self) -> list[str]:
        """SQLite's integrity and foreign-key checks; empty when all is well."""
        problems: list[str] = []
        if self.engine.dialect.name != "sqlite":
            return problems
        try:
            with self.engine.connect() as connection:
                result = connection.exec_driver_sql("PRAGMA integrity_check").all()
                if [tuple(r) for r in result] != [("ok",)]:
                    problems.extend(str(r[0]) for r in result)
                problems.extend(f"verwijzing: {tuple(r)}"
                                for r in connection.exec_driver_sql("PRAGMA foreign_key_check"))
        except DatabaseError as error:
            raise diagnose.explain(error, self.path) from error
        return problems

    # -- internals -----------------------------------------------------------

    def _insert_children(self, session: Session, activity: Activiteit) -> None:
        for index, figure in enumerate(activity.kengetallen):
            session.add(_figure_row(activity.id, index, figure))
        for remark in activity.opmerkingen:
            session.add(RemarkRow(id=remark.id, activity_id=activity.id, author=remark.author,
                                  created_at=remark.created_at, text=remark.text, resolved=remark.resolved))

    def _update_simple(
        self, table: type[GoalRow] | type[ProgrammeRow], entity: str, entity_id: str,
        changes: Mapping[str, object], allowed: tuple[str, ...], author: str,
    ) -> None:
        with self.transaction() as session:
            row = session.get_one(table, entity_id)
            for name, value in changes.items():
                if name not in allowed:
                    raise ValueError(f"unknown {entity} field {name!r}")
                old = getattr(row, name)
                if old == value:
                    continue
                session.add(VersionRow(entity=entity, entity_id=entity_id, field=name, old=str(old),
                                       new=str(value), author=author, at=now()))
                setattr(row, name, value)


# ---------------------------------------------------------------------------


ROWS_PER_INSERT = 1000
"""Activities rendered and inserted at a time by ``create_document`` (SQLAlchemy's insertmanyvalues sends
them as one multi-row INSERT on SQLite, within its parameter limit)."""


FTS_HASHSIZE = "INSERT INTO activities_fts(activities_fts, rank) VALUES ('hashsize', :size)"
FTS_DEFAULT_HASHSIZE = 1024 * 1024
"""FTS5's own default: the bytes of pending terms it keeps before writing them out as a new segment."""
BULK_FTS_HASHSIZE = 16 * 1024 * 1024
"""While a whole document goes in: a tenth of the segments to merge for a large chapter, at most 16 MB held."""


def _chunks(ids: list[str], size: int = 500) -> Iterator[list[str]]:
    """Ids in pieces small enough for one ``IN (…)`` (SQLite allows 999 parameters by default on old builds)."""
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def guarded_field(name: str, stored: object, title: str) -> object:
    """The last gate of every door (domain.limits): too long is refused, control characters go."""
    if not isinstance(stored, str):
        return stored
    reason = too_long(name, stored)
    if reason is not None:
        where = f"Activiteit '{title[:60]}': " if title else ""
        raise FieldTooLong(Message.of("limits.text_too_long", where=where, reason=reason[0].upper(), reason2=reason[1:]))
    cleaned, _removed = clean_text(stored)
    return cleaned


def _handout_from_row(row: HandoutRow) -> HandoutRecord:
    return HandoutRecord(row.id, row.document_id, row.person, row.created_at, row.created_by,
                         tuple(json.loads(row.fields)), json.loads(row.bases))


def _server_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
        except SQLAlchemyError:
            return None
    return row[0] if row else None


def _restrict_permissions(path: Path) -> None:
    import contextlib
    import os

    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            if candidate.exists():  # only take group and others away: never add a write bit
                mode = candidate.stat().st_mode & 0o777
                if mode & 0o077:
                    os.chmod(candidate, mode & 0o700)


def _words(value: object) -> int:
    return value.word_count() if isinstance(value, BlockText) else 0


def _history_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _activity_row(goal_id: str, position: int, activity: Activiteit, author: str, stamp: datetime) -> ActivityRow:
    return ActivityRow(**_activity_values(goal_id, position, activity, author, stamp))


def _memo_render() -> Callable[[BlockText], str]:
    """render_markdown that renders each text object once (for one bulk insert; the texts stay alive)."""
    done: dict[int, str] = {}

    def render(text: BlockText) -> str:
        key = id(text)
        if key not in done:
            done[key] = render_markdown(text)
        return done[key]

    return render


def _activity_values(goal_id: str, position: int, activity: Activiteit, author: str, stamp: datetime,
                     render: Callable[[BlockText], str] = render_markdown) -> dict[str, Any]:
    def guard(name: str, value: str) -> str:
        return guarded_field(name, value, activity.title)  # type: ignore[return-value]

    return dict(
        id=activity.id, goal_id=goal_id, position=position, title=guard("title", activity.title),
        plan=guard("plan", render(activity.plan)), realisation=guard("realisation", render(activity.realisation)),
        status=activity.status or None, owner=guard("owner", activity.owner),
        portfolio_holder=guard("portfolio_holder", activity.portfolio_holder),
        deadline=activity.deadline, review_state=activity.review_state.value,
        internal_note=guard("internal_note", activity.internal_note), plan_words=activity.plan.word_count(),
        realisation_words=activity.realisation.word_count(), updated_at=activity.updated_at or stamp,
        updated_by=activity.updated_by or author, lineage=activity.lineage_id,
        lineage_from=lineage_from_to_text(activity.lineage_from), plan_frozen=activity.plan_frozen, revision=1,
    )


def _entry_values(document_id: str, entry: LineageEntry,
                  render: Callable[[BlockText], str] = render_markdown) -> dict[str, Any]:
    return dict(
        document_id=document_id, lineage=entry.lineage, level=entry.level.value, kind=entry.kind.value,
        year=entry.year, code=entry.code, title=entry.title, plan=render(entry.plan),
        realisation=render(entry.realisation), status=entry.status, owner=entry.owner,
        outcome=entry.outcome.value, programme=entry.programme, goal=entry.goal,
        lineage_from=lineage_from_to_text(entry.lineage_from),
    )


def _entry_from_row(row: LineageEntryRow) -> LineageEntry:
    return LineageEntry(
        lineage=row.lineage, level=LineageLevel(row.level), kind=DocumentKind(row.kind), year=row.year,
        code=row.code, title=row.title, plan=parse_markdown(row.plan), realisation=parse_markdown(row.realisation),
        status=row.status, owner=row.owner, outcome=Outcome(row.outcome or Outcome.CARRIED.value),
        programme=row.programme, goal=row.goal, lineage_from=lineage_from_text(row.lineage_from),
    )


def _figure_row(activity_id: str, index: int, figure: Kengetal) -> KeyFigureRow:
    return KeyFigureRow(
        id=figure.id, activity_id=activity_id, position=index, label=figure.label, unit=figure.unit,
        baseline=decimal_to_text(figure.baseline), target=decimal_to_text(figure.target),
        realised=decimal_to_text(figure.realised), source=figure.source,
    )


def _figures_text(rows: list[KeyFigureRow]) -> str:
    return json.dumps(
        [[r.label, r.unit, r.baseline, r.target, r.realised, r.source] for r in rows], ensure_ascii=False
    )


_Positioned = type[ProgrammeRow] | type[GoalRow] | type[ActivityRow]


def _ordered_ids(session: Session, table: _Positioned, parent_column: Any, parent_id: str) -> list[str]:
    return list(session.scalars(select(table.id).where(parent_column == parent_id).order_by(table.position)))


def _renumber(session: Session, table: _Positioned, ids: list[str]) -> None:
    for position, row_id in enumerate(ids):
        session.execute(update(table).where(table.id == row_id).values(position=position))


def _document_row(document: Document, stamp: datetime) -> DocumentRow:
    return DocumentRow(
        id=document.id, kind=document.kind.value, year=document.year, municipality=document.municipality,
        title_lines=json.dumps(list(document.title_lines), ensure_ascii=False),
        section_number=document.section_number, section_title=document.section_title,
        realisation_label=document.realisation_label, goal_intro=document.goal_intro,
        status_scheme=scheme_to_json(document.status_scheme), state=document.state.value,
        review_labels=_labels_to_json(document.review_labels),
        footer=document.footer, unplaced=render_markdown(document.unplaced), created_at=stamp, updated_at=stamp,
    )


def _document_from_row(row: DocumentRow) -> Document:
    return Document(
        id=row.id, kind=DocumentKind(row.kind), year=row.year, municipality=row.municipality,
        title_lines=tuple(json.loads(row.title_lines)), section_number=row.section_number,
        section_title=row.section_title, realisation_label=row.realisation_label, goal_intro=row.goal_intro,
        status_scheme=scheme_from_json(row.status_scheme), state=DocumentState(row.state), footer=row.footer,
        review_labels=_labels_from_json(row.review_labels),
        unplaced=parse_markdown(row.unplaced),
    )


def _labels_to_json(labels: tuple[str, ...]) -> str:
    return "" if tuple(labels) == DEFAULT_REVIEW_LABELS else json.dumps(list(labels), ensure_ascii=False)


def _labels_from_json(text: str) -> tuple[str, str, str, str]:
    try:
        labels = json.loads(text) if text else []
    except ValueError:
        labels = []
    if not isinstance(labels, list) or len(labels) != 4 or not all(isinstance(x, str) and x.strip() for x in labels):
        return DEFAULT_REVIEW_LABELS
    return (labels[0], labels[1], labels[2], labels[3])


def _document_column_value(name: str, value: object) -> object:
    if name == "review_labels":
        return _labels_to_json(tuple(value))  # type: ignore[arg-type]
    if name == "title_lines":
        return json.dumps(list(value), ensure_ascii=False)  # type: ignore[call-overload]
    if name == "status_scheme":
        return scheme_to_json(value)  # type: ignore[arg-type]
    if name == "unplaced":
        return render_markdown(value)  # type: ignore[arg-type]
    if name in ("kind", "state"):
        return getattr(value, "value", value)
    return value


def _document_value_text(name: str, value: object) -> str:
    return str(_document_column_value(name, value))


def _document_field_text(document: Document, name: str) -> str:
    return _document_value_text(name, getattr(document, name))
