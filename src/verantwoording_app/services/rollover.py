"""Rollover use case: a new database for next year's document, from a database or last year's report.

The old database is only ever read (through a consistent copy made with
SQLite's backup API, so not even a migration touches it); the new file is
built beside its target under a temporary name and appears in one step.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from ..domain.errors import ImportRefused, StorageError, UserError
from ..domain.messages import Message
from ..domain.model import Document, DocumentKind
from ..domain.rollover import (
    CHOICE_LABELS,
    ActivityChoice,
    Choice,
    RolloverOptions,
    RolloverPreview,
    RolloverResult,
    roll_over,
)
from ..formats import pctext
from ..formats.atomic import (
    TEMP_SUFFIX,
    being_written,
    partials_of,
    remove_stale_partials,
    writable_target,
)
from ..storage.engine import SQLITE_HEADER
from ..storage.store import Person, Store
from ..storage.writing_aids import WritingAidsStore

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .workspace import Workspace

__all__ = [
    "ActivityChoice", "Choice", "RolloverReport", "Source", "format_preview", "parse_choices", "parse_deadline",
    "plan", "read_source", "write_new_year",
]


@dataclass(frozen=True, slots=True)
class Source:
    """What a rollover starts from: a document and the people who work on it."""

    document: Document
    people: tuple[Person, ...] = ()
    origin: str = "database"
    """'database', 'txt' or 'docx': where the lineage was read from."""
    warnings: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    """The document word list of the spell check (names such as Almeloërs): it carries over."""


@dataclass(frozen=True, slots=True)
class RolloverReport:
    location: str
    document: Document
    preview: RolloverPreview
    people: int

    def summary(self) -> str:
        return (f"{self.document.title} gemaakt in {self.location}: {self.preview.activities} activiteiten, "
                f"{self.people} mensen overgenomen")


# -- reading the source ---------------------------------------------------------------------


def read_source(location: str | Path) -> Source:
    """The document to roll over, from a database (file or URL), a P&C text or a Word report."""
    text = str(location)
    if "://" in text:
        store = Store.open(text, create=False, read_only=True)
        try:
            return Source(store.load_document(), store.people(), words=WritingAidsStore(store).words())
        finally:
            store.close()
    path = Path(text).expanduser()
    try:
        with path.open("rb") as stream:
            head = stream.read(16)
    except FileNotFoundError:
        raise UserError(Message.of("file.path_missing", path=path)) from None
    except IsADirectoryError:
        raise UserError(Message.of("file.is_a_folder", path=path)) from None
    except OSError as error:
        raise UserError(Message.of("file.cannot_read", name=path.name, strerror=error.strerror)) from error
    if head == SQLITE_HEADER:
        return _read_database(path)
    if path.suffix.lower() == ".docx" or head.startswith(b"PK\x03\x04"):
        return _read_docx(path)
    return _read_text(path)


def workspace_source(workspace: Workspace) -> Source:
    """The open document as a rollover source (read in one go; the database is not changed)."""
    with workspace._store.transaction():
        return Source(workspace.document(), workspace._store.people(),
                      words=WritingAidsStore(workspace._store).words())


def _read_database(path: Path) -> Source:
    with tempfile.TemporaryDirectory(prefix="verantwoording-rollover-") as folder:
        copy = Path(folder) / "bron.vwdb"
        _copy_read_only(path, copy)
        store = Store.open(copy, create=False)
        try:
            if not store.has_document():
                raise UserError(Message.of("rollover.source_empty", name=path.name))
            return Source(store.load_document(), store.people(), words=WritingAidsStore(store).words())
        finally:
            store.close()


def _copy_read_only(path: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API, opening the original read-only."""
    resolved = path.resolve()
    in_use = resolved.with_name(resolved.name + "-wal").exists()
    # Nobody has it open (no -wal): read it as immutable, so not even a -shm file appears beside it.
    # Someone has it open: a read-only connection that sees their committed work.
    mode = "mode=ro" if in_use else "immutable=1"
    try:
        source = sqlite3.connect(f"file:{quote(str(resolved))}?{mode}", uri=True)
        try:
            destination = sqlite3.connect(str(target))
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        raise StorageError(Message.of("rollover.source_unreadable", name=path.name, error=error)) from error


def _read_text(path: Path) -> Source:
    try:
        if path.stat().st_size > pctext.MAX_BYTES:
            raise ImportRefused(
                Message.of("rollover.text_too_large", value=path.stat().st_size // (1024 * 1024), value2=pctext.MAX_BYTES // (1024 * 1024))
            )
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(Message.of("file.cannot_read", name=path.name, strerror=error.strerror)) from error
    result = pctext.read_pc_text(data)
    return Source(result.document, origin="txt", warnings=tuple(str(w) for w in result.warnings))


def _read_docx(path: Path) -> Source:
    from ..formats.docx_import import read_docx

    result = read_docx(path)
    return Source(result.document, origin="docx", warnings=tuple(str(w) for w in result.warnings))


# -- options from the command line ------------------------------------------------------------


def parse_deadline(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return datetime.strptime(text.strip(), "%d-%m-%Y").date()
    except ValueError:
        raise UserError(Message.of("rollover.invalid_deadline", text=text)) from None


_CHOICE_LINE = re.compile(r"^(?P<ref>\S+)\s*[=\s]\s*(?P<choice>[a-z]+)(?:\s*[:\s]\s*(?P<target>\S+))?$")
MAX_CHOICES_BYTES = 2 * 1024 * 1024


def parse_choices(document: Document, lines: list[str], *, origin: str = "keuzes") -> dict[str, ActivityChoice]:
    """Choices per activity: lines ``CODE KEUZE`` (``1.II.3 afgerond``, ``1.II.4 samenvoegen 1.II.3``).

    CODE is the activity's number in the old document (programme.goal.activity) or its lineage id;
    ``#`` starts a comment. A bad line refuses the whole list.
    """
    by_code = {p.code.casefold(): p.activity.lineage_id for p in document.iter_activities()}
    lineages = {p.activity.lineage_id for p in document.iter_activities()}

    def resolve(ref: str, number: int) -> str:
        found = by_code.get(ref.casefold()) or (ref if ref in lineages else None)
        if found is None:
            raise UserError(Message.of("rollover.choice_no_activity", origin=origin, number=number, ref=ref))
        return found

    result: dict[str, ActivityChoice] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = _CHOICE_LINE.match(line)
        if match is None:
            raise UserError(Message.of("rollover.choice_syntax", origin=origin, number=number))
        try:
            choice = Choice(match["choice"])
        except ValueError:
            raise UserError(Message.of("rollover.choice_unknown", origin=origin, number=number, choice=match["choice"],
                                       known=", ".join(c.value for c in Choice))) from None
        target = ""
        if choice is Choice.MERGE:
            if not match["target"]:
                raise UserError(Message.of("rollover.choice_merge_with_what", origin=origin, number=number))
            target = resolve(match["target"], number)
        elif match["target"]:
            raise UserError(Message.of("rollover.choice_second_activity", origin=origin, number=number))
        lineage = resolve(match["ref"], number)
        if lineage in result:
            raise UserError(Message.of("rollover.choice_twice", origin=origin, number=number, ref=match["ref"]))
        result[lineage] = ActivityChoice(choice, target)
    return result


def read_choices_file(document: Document, path: Path) -> dict[str, ActivityChoice]:
    try:
        if path.stat().st_size > MAX_CHOICES_BYTES:
            raise UserError(Message.of("rollover.choices_too_large", name=path.name))
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise UserError(Message.of("rollover.choices_missing", path=path)) from None
    except UnicodeDecodeError:
        raise UserError(Message.of("rollover.choices_not_utf8", name=path.name)) from None
    except OSError as error:
        raise UserError(Message.of("file.cannot_read", name=path.name, strerror=error.strerror)) from error
    return parse_choices(document, text.splitlines(), origin=path.name)


# -- planning and writing -----------------------------------------------------------------------


def plan(source: Source, options: RolloverOptions) -> RolloverResult:
    """The new document and its preview; nothing is written."""
    return roll_over(source.document, options)


def write_new_year(source: Source, result: RolloverResult, out: str | Path, *, author: str) -> RolloverReport:
    """Write the new document into a new database: atomically for a file, in one transaction on a server."""
    text = str(out)
    if "://" in text:
        store = Store.open(text)
        try:
            if store.has_document():
                raise UserError(Message.of("rollover.target_not_empty"))
            with store.transaction():
                _fill(store, source, result, author)
        finally:
            store.close()
        return RolloverReport(text, result.document, result.preview, len(source.people))
    given = Path(text).expanduser()
    target = writable_target(given)  # a symlink's target; refuses devices and folders
    if target.exists() or given.exists():
        raise UserError(Message.of("rollover.target_exists", name=given.name))
    if not target.parent.is_dir():
        raise UserError(Message.of("rollover.folder_missing", parent=target.parent))
    remove_stale_partials(partials_of(target))  # what a killed rollover to this name left behind
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    try:
        with being_written(temp):  # held while SQLite fills it, so no cleanup elsewhere takes it
            store = Store.open(temp)
            try:
                with store.transaction():
                    _fill(store, source, result, author)
            finally:
                store.close()
            _self_contained(temp)
        if target.exists():
            raise UserError(Message.of("rollover.target_appeared", name=given.name))
        os.replace(temp, target)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm"),
                         temp.with_name(temp.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return RolloverReport(str(given), result.document, result.preview, len(source.people))


def _fill(store: Store, source: Source, result: RolloverResult, author: str) -> None:
    store.create_document(result.document, author=author)
    for person in source.people:
        store.add_person(person.name, person.role, person.email)
    aids = WritingAidsStore(store)
    for word in source.words:
        aids.add_word(word, author)


def _self_contained(path: Path) -> None:
    """Everything in the one file (no -wal beside it), on disk."""
    try:
        connection = sqlite3.connect(str(path))
        try:
            connection.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise StorageError(Message.of("rollover.cannot_finish", error=error)) from error
    with contextlib.suppress(OSError):
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


# -- presenting -------------------------------------------------------------------------------------


def format_preview(preview: RolloverPreview, *, limit: int | None = None) -> str:
    """The preview as Dutch text (the CLI prints it; the window shows the same parts)."""
    lines = [f"Nieuw jaar: {preview.source} → {preview.target}",
             f"  {preview.programmes} programma's, {preview.goals} hoofddoelen, {preview.activities} activiteiten",
             "Overgenomen:"]
    lines += [f"  + {item}" for item in preview.carried]
    lines.append("Leeggemaakt:")
    lines += [f"  - {item}" for item in preview.emptied]
    lines.append("Niet overgenomen:")
    lines += [f"  · {item}" for item in preview.not_carried]
    if preview.labels:
        lines.append("Labels:")
        lines += [f"  '{old}' → '{new}'" for old, new in preview.labels]
    if preview.asked:
        lines.append("Keuze per activiteit:")
        codes = {a.lineage: a.code for a in preview.asked}
        shown = preview.asked if limit is None else preview.asked[:limit]
        for item in shown:
            label = CHOICE_LABELS[item.choice.choice]
            if item.choice.choice is Choice.MERGE:
                label = f"samenvoegen met {codes.get(item.choice.merge_into, '?')}"
            lines.append(f"  {item.code:<10} {item.title[:60]}: {label}")
        if limit is not None and len(preview.asked) > limit:
            lines.append(f"  … en nog {len(preview.asked) - limit}")
    return "\n".join(lines)


def choices_template(document: Document) -> str:
    """A choices file to fill in: every activity with 'doorgaan'."""
    lines = ["# Keuze per activiteit: doorgaan, afgerond, doorgeschoven, splitsen, samenvoegen CODE",
             f"# {document.title}"]
    lines += [f"{p.code:<10} doorgaan   # {p.activity.title[:70]}" for p in document.iter_activities()]
    return "\n".join(lines) + "\n"


def options_for(kind: str, year: int, *, deadline: date | None = None, default: str = "doorgaan",
                choices: Mapping[str, ActivityChoice] | None = None) -> RolloverOptions:
    try:
        document_kind = DocumentKind(kind)
    except ValueError:
        raise UserError(Message.of("rollover.unknown_kind", kind=kind)) from None
    try:
        default_choice = Choice(default)
    except ValueError:
        raise UserError(Message.of("rollover.unknown_default", default=default)) from None
    if default_choice is Choice.MERGE:
        raise UserError(Message.of("rollover.merge_not_default"))
    return RolloverOptions(document_kind, year, deadline, default_choice, dict(choices or {}))

