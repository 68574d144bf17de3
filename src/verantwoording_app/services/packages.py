"""Working together offline: hand-out packages, hand-in packages, merging them per field."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain import policy
from ..domain.errors import ImportRefused, UserError
from ..domain.fields import ActivityChanges, FieldEdit
from ..domain.handout import OFFICER_FIELDS, HandoutRecord
from ..domain.limits import FIELD_NAMES, clean_text, too_long
from ..domain.merge import merge_fields
from ..domain.messages import Message, define
from ..domain.model import Activiteit, Document, Opmerking, ReviewState
from ..domain.policy import Person, Role, Verdict
from ..domain.wording import count
from ..formats import package as package_format
from ..formats.treejson import (
    activity_fields,
    document_from_json,
    document_to_json,
    field_from_json,
    figures_from_json,
)
from . import checking, paths
from .workspace import WORK_PACKAGE_META, Workspace, remove_new_database

if TYPE_CHECKING:
    from pathlib import Path

META_KEY = WORK_PACKAGE_META


@dataclass(frozen=True, slots=True)
class HandoutReport:
    path: Path
    owner: str
    editable: int
    total: int


@dataclass(frozen=True, slots=True)
class HandinReport:
    path: Path
    activities: int
    fields: int


@dataclass(frozen=True, slots=True)
class MergeReport:
    packages: int = 0
    applied: int = 0
    """Fields changed in the database."""
    conflicts: int = 0
    """New conflicts listed for a decision."""
    unchanged: int = 0
    """Fields that were already the same (e.g. a package imported twice)."""
    remarks: int = 0
    messages: tuple[str, ...] = field(default=())
    refused: int = 0
    """Changes refused because they lie outside the hand-out or break the document's rules."""

    def summary(self) -> str:
        text = (f"{count(self.packages, 'pakket')}: {count(self.applied, 'wijziging')} verwerkt, "
                f"{count(self.conflicts, 'conflict')} te beslissen, {count(self.remarks, 'opmerking')}")
        return text + (f", {count(self.refused, 'wijziging')} geweigerd" if self.refused else "")


# -- coordinator: hand out ------------------------------------------------------


def create_handout(workspace: Workspace, owner: str, target: Path) -> HandoutReport:
    """A work package for one officer: the whole document, their activities editable.

    The hand-out is recorded in this database first (person, activities, fields,
    the value of each field as handed out): every hand-in is checked against
    that record, never against what the package says.
    """
    document = workspace.document()
    wanted = owner.strip().casefold()
    editable = [p.activity.id for p in document.iter_activities() if p.activity.owner.strip().casefold() == wanted]
    from .chapter_packages import handout_part

    chapter_part, chapter_bases = handout_part(document, owner)  # the variances whose explanation they own
    if not editable and not chapter_bases:
        raise UserError(
            Message.of("package.no_activities_for_owner", owner=owner)
        )
    manifest = package_format.new_manifest("uitgifte", document.id, owner.strip(), workspace.author)
    by_id = {p.activity.id: p.activity for p in document.iter_activities()}
    bases = {activity_id: {name: value for name, value in _merge_fields_of(by_id[activity_id]).items()
                           if name in OFFICER_FIELDS} for activity_id in editable}
    bases.update(chapter_bases)
    record = HandoutRecord(manifest.package_id, document.id, owner.strip(), manifest.created, workspace.author,
                           OFFICER_FIELDS, bases)
    words = list(checking.aids(workspace).words())  # the document word list travels along
    with workspace._store.transaction():  # the record only exists when the package was written, and back
        workspace._store.add_handout(record)
        package_format.write_package(target, manifest, {
            "document": document_to_json(document), "editable": editable, "fields": list(OFFICER_FIELDS),
            "words": words, "hoofdstuk": chapter_part})
    return HandoutReport(target, owner.strip(), len(editable), document.activity_count())


# -- officer: open a hand-out, hand in -----------------------------------------


def working_database_for(owner: str, document_id: str) -> Path:
    slug = re.sub(r"[^a-z0-9]+", "-", owner.casefold()).strip("-") or "medewerker"
    return paths.data_dir() / "werkpakketten" / f"{slug}-{document_id[:8]}{paths.DATABASE_SUFFIX}"


def open_handout(path: Path, *, database: Path | None = None, author: str | None = None,
                 replace_existing: bool = False) -> Workspace:
    """Open a hand-out package as the officer's own working database (created on first open)."""
    package = package_format.read_package(path)
    if package.manifest.kind != "uitgifte":
        raise ImportRefused(
            Message.of("package.handin_at_coordinator", name=path.name)
        )
    document = document_from_json(package.payload.get("document"), Message.of("package.named", name=path.name))
    if document.id != package.manifest.document_id:
        raise ImportRefused(Message.of("package.inconsistent", name=path.name))
    editable = package.payload.get("editable")
    if not isinstance(editable, list) or not all(isinstance(i, str) for i in editable):
        raise ImportRefused(Message.of("package.invalid_activity_list", name=path.name))
    words = checking.package_words(package.payload.get("words"), path.name)
    target = database or working_database_for(package.manifest.owner, document.id)
    if target.exists():
        workspace = Workspace.open(target, author=author or package.manifest.owner, create=False)
        meta = _package_meta(workspace)
        if meta is not None and meta.get("handout_id") == package.manifest.package_id:
            return workspace
        if meta is None and workspace._store.has_document():
            workspace.close()
            raise UserError(
                Message.of("package.own_document", name=target.name)
            )
        if not replace_existing:
            workspace.close()
            raise UserError(
                Message.of("package.working_database_exists", owner=package.manifest.owner, target=target)
            )
        if workspace._store.has_document():
            _backup_before_import(workspace)
        workspace._store.replace_document(document, author=package.manifest.created_by)
    else:
        workspace = Workspace.open(target, author=author or package.manifest.owner)
        try:
            workspace._store.create_document(document, author=package.manifest.created_by)
        except BaseException:
            workspace.close()
            remove_new_database(target)
            raise
    bases = {p.activity.id: _merge_fields_of(p.activity) for p in document.iter_activities()
             if p.activity.id in set(editable)}
    remarks = {p.activity.id: [r.id for r in p.activity.opmerkingen] for p in document.iter_activities()
               if p.activity.id in set(editable)}
    fields = package.payload.get("fields", list(OFFICER_FIELDS))
    if not isinstance(fields, list) or not all(isinstance(name, str) for name in fields):
        fields = list(OFFICER_FIELDS)
    checking.take_words(workspace, words, package.manifest.created_by)
    workspace._store.set_meta(META_KEY, json.dumps({
        "handout_id": package.manifest.package_id, "owner": package.manifest.owner,
        "editable": editable, "fields": fields, "base": bases, "remarks": remarks, "words": words,
    }, ensure_ascii=False))
    workspace.forget_person()  # from now on the officer of this work package
    from .chapter_packages import open_part

    open_part(workspace, package.payload, path.name)
    return workspace


def editable_activities(workspace: Workspace) -> frozenset[str] | None:
    """In an officer's working database, the activities they may edit; None: everything."""
    meta = _package_meta(workspace)
    return None if meta is None else frozenset(meta["editable"])


def editable_fields(workspace: Workspace) -> frozenset[str] | None:
    """In an officer's working database, the fields they may change; None: every field."""
    meta = _package_meta(workspace)
    return None if meta is None else frozenset(meta.get("fields", OFFICER_FIELDS))


def handout_owner(workspace: Workspace) -> str | None:
    """In an officer's working database, the name the work was handed out to; None elsewhere."""
    meta = _package_meta(workspace)
    owner = str(meta.get("owner") or "").strip() if meta is not None else ""
    return owner or None


def create_handin(workspace: Workspace, target: Path) -> HandinReport:
    """A return package with the officer's changes and, per field, the value it was based on."""
    meta = _package_meta(workspace)
    if meta is None:
        raise UserError(
            Message.of("package.not_a_working_database")
        )
    changes: dict[str, Any] = {}
    field_count = 0
    document = workspace.document()
    by_id = {p.activity.id: p.activity for p in document.iter_activities()}
    for activity_id in meta["editable"]:
        activity = by_id.get(activity_id)
        if activity is None:
            continue
        base = meta["base"].get(activity_id, {})
        now = _merge_fields_of(activity)
        allowed = meta.get("fields", OFFICER_FIELDS)
        changed = {name: value for name, value in now.items() if base.get(name) != value and name in allowed}
        known = set(meta["remarks"].get(activity_id, []))
        new_remarks = [
            {"id": r.id, "author": r.author, "created_at": r.created_at.isoformat(), "text": r.text,
             "resolved": r.resolved}
            for r in activity.opmerkingen if r.id not in known
        ]
        if changed or new_remarks:
            changes[activity_id] = {
                "base": {name: base.get(name) for name in changed},
                "theirs": changed,
                "remarks": new_remarks,
            }
            field_count += len(changed)
    manifest = package_format.new_manifest("inlevering", document.id, meta["owner"], workspace.author,
                                           based_on=meta["handout_id"])
    known_words = set(meta.get("words", []))
    new_words = [w for w in checking.aids(workspace).words() if w not in known_words]
    from .chapter_packages import handin_part

    package_format.write_package(target, manifest, {"changes": changes, "words": new_words,
                                                    "hoofdstuk": handin_part(workspace)})
    return HandinReport(target, len(changes), field_count)


# -- coordinator: merge ------------------------------------------------------------


HANDED_IN_WITHOUT_DATABASE = define(
    "package.handed_in_without_database",
    "Dit is een ingeleverd pakket; open eerst de database van de coördinator.",
    "This is a handed-in package; open the coordinator's database first.",
)


@dataclass(frozen=True, slots=True)
class PackageOpened:
    """What opening a package did: a hand-out became a working database, or a hand-in was merged."""

    database: Path | None = None
    """A hand-out: the officer's working database (closed; open it)."""
    merged: MergeReport | None = None
    """A hand-in: what the merge into the open database did."""


def open_package(path: Path, workspace: Workspace | None, *, author: str | None = None) -> PackageOpened:
    """Bestand › Werkpakket openen: a hand-out becomes the officer's own working database (in its usual
    place); a hand-in is merged into the open (coordinator's) database, refused without one."""
    package = package_format.read_package(path)
    if package.manifest.kind != "uitgifte":
        if workspace is None:
            raise UserError(Message.of(HANDED_IN_WITHOUT_DATABASE))
        return PackageOpened(merged=merge_handins(workspace, [path]))
    target = working_database_for(package.manifest.owner, package.manifest.document_id)
    opened = open_handout(path, database=target, author=author)
    opened.close()
    return PackageOpened(database=target)


def merge_handins(workspace: Workspace, package_paths: list[Path]) -> MergeReport:
    """Merge return packages per field, in one transaction: one-sided changes applied, conflicts listed.

    Every package is read and checked before anything is written; a bad one
    (broken, another document, a hand-out this database never made) refuses
    the whole import with nothing changed. Each hand-in is checked against the
    record of its hand-out: changes outside it are refused per activity with a
    message (the rest applies), the bases come from the record, the author is
    the person it was for, and values must fit the document's rules.
    """
    document_id = workspace._store.document_id()
    packages = []
    for path in package_paths:
        package = package_format.read_package(path)
        if package.manifest.kind != "inlevering":
            raise ImportRefused(Message.of("package.is_handout", name=path.name))
        if package.manifest.document_id != document_id:
            raise ImportRefused(
                Message.of("package.other_document", name=path.name)
            )
        record = workspace._store.handout(package.manifest.based_on)
        if record is None or record.document_id != document_id:
            raise ImportRefused(
                Message.of("package.unknown_handout", name=path.name, based_on=package.manifest.based_on[:12])
            )
        changes = package.payload.get("changes")
        if not isinstance(changes, dict):
            raise ImportRefused(Message.of("package.invalid_changes", name=path.name))
        for entry in changes.values():
            _entry(entry, path)
        words = checking.package_words(package.payload.get("words"), path.name)
        packages.append((path, package, record, changes, words))

    header = workspace.document_header()
    tally = _Tally()
    _backup_before_import(workspace)
    with workspace._store.transaction():
        for path, package, record, changes, words in packages:
            added = checking.take_words(workspace, words, record.person)
            if added:
                tally.messages.append(f"{record.person} ({path.name}): {added} woord(en) toegevoegd aan de "
                                      "woordenlijst van het document")
            _merge_one(workspace, header, path, package, record, changes, tally)
            from .chapter_packages import merge_part

            fresh = workspace._store.handout(record.id) or record  # the bases as _merge_one left them
            applied, conflicts, refused, messages = merge_part(workspace, fresh, package.payload.get("hoofdstuk"),
                                                               f"{record.person} ({path.name})")
            tally.applied += applied
            tally.conflicts += conflicts
            tally.refused += refused
            tally.messages.extend(messages)
    return MergeReport(len(packages), tally.applied, tally.conflicts, tally.unchanged, tally.remarks,
                       tuple(tally.messages), tally.refused)


@dataclass(slots=True)
class _Tally:
    applied: int = 0
    conflicts: int = 0
    unchanged: int = 0
    remarks: int = 0
    refused: int = 0
    messages: list[str] = field(default_factory=list)


def _merge_one(workspace: Workspace, document: Document, path: Path, package: package_format.Package,
               record: HandoutRecord, changes: dict[str, Any], tally: _Tally) -> None:
    store = workspace._store
    person = record.person
    source = f"{person} ({path.name})"
    if package.manifest.owner.strip() != person or package.manifest.created_by.strip() not in ("", person):
        claimed = package.manifest.created_by or package.manifest.owner
        tally.messages.append(
            f"{path.name}: het pakket noemt '{claimed[:60]}' als afzender; de uitgifte was voor {person}, dus "
            f"alles is verwerkt als werk van {person}"
        )
    bases = {activity_id: dict(fields) for activity_id, fields in record.bases.items()}
    officer = Person(person, Role.OFFICER, activities=frozenset(record.bases), fields=frozenset(record.fields))
    for activity_id, entry in changes.items():
        _, theirs_raw = _entry(entry, path)
        try:
            current = store.load_activity(activity_id)
        except UserError:
            tally.messages.append(f"{source}: activiteit {activity_id[:8]} bestaat niet meer; overgeslagen")
            continue
        if not record.covers(activity_id):
            tally.refused += len(theirs_raw) + len(entry.get("remarks", []) or [])
            tally.messages.append(
                f"{source}: '{current.title[:60]}' hoort niet bij de uitgifte aan {person}; de wijzigingen in "
                "deze activiteit zijn geweigerd"
            )
            continue
        theirs: dict[str, Any] = {}
        refused: list[str] = []
        for name, value in theirs_raw.items():
            if not record.may_change(name):
                refused.append(f"{FIELD_NAMES.get(name, name)} mag in deze uitgifte niet worden gewijzigd")
                continue
            cleaned, problem = _valid_value(name, value, document)
            if problem is not None:
                refused.append(problem)
                continue
            theirs[name] = cleaned
        if refused:
            tally.refused += len(refused)
            tally.messages.append(f"{source}: '{current.title[:60]}': {'; '.join(refused)}; geweigerd")
        base = {name: bases[activity_id].get(name) for name in theirs}
        ours = {name: value for name, value in _merge_fields_of(current).items() if name in theirs}
        result = merge_fields(base, ours, theirs)
        # the policy for the officer this was handed out to: allowed fields apply; approving their own work
        # is a proposal and a vastgesteld activity keeps the change as a conflict, both for the coordinator
        new_review = next((str(c.new) for c in result.changes if c.field == "review_state"), None)
        answers = policy.check_fields(officer, current, [c.field for c in result.changes], new_review)
        updates: dict[str, object] = {}
        for change in result.changes:
            answer = answers[change.field]
            if answer.allowed:
                updates[change.field] = change.new
                continue
            if answer.verdict is Verdict.PROPOSAL or policy.is_locked(current):
                proposal = ", voorstel" if answer.verdict is Verdict.PROPOSAL else ", vastgesteld"
                tally.conflicts += store.add_conflict(
                    activity_id, change.field, _text(base.get(change.field)), _text(ours.get(change.field)),
                    _text(change.new), source + proposal, package.manifest.package_id)
                continue
            tally.refused += 1
            tally.messages.append(f"{source}: {answer.reason}; geweigerd")
        for conflict in result.conflicts:
            tally.conflicts += store.add_conflict(
                activity_id, conflict.field, _text(conflict.base), _text(conflict.ours),
                _text(conflict.theirs), source, package.manifest.package_id)
        tally.unchanged += len(result.kept)
        for name, value in updates.items():
            bases[activity_id][name] = value
        for kept in result.kept:
            if kept.field in theirs and kept.value == theirs[kept.field]:
                bases[activity_id][kept.field] = theirs[kept.field]
        tally.applied += _apply(workspace, activity_id, updates, person, expected_revision=current.revision)
        for remark in entry.get("remarks", []) or []:
            tally.remarks += _add_remark(workspace, activity_id, remark, path, person)
    if bases != record.bases:
        store.update_handout_bases(record.id, bases)


def _valid_value(name: str, value: Any, document: Document) -> tuple[Any, str | None]:
    """The value cleaned by the rules of every door, or a Dutch reason why it is refused."""
    label = FIELD_NAMES.get(name, name)
    if name == "status":
        if value in (None, ""):
            return None, None
        if not isinstance(value, str) or document.status_scheme.option(value) is None:
            known = ", ".join(option.key for option in document.status_scheme.options)
            return None, f"status '{str(value)[:40]}' bestaat niet in het statusschema van dit document ({known})"
        return value, None
    if name == "review_state":
        if not isinstance(value, str) or value not in {state.value for state in ReviewState}:
            return None, f"onbekende reviewstatus '{str(value)[:40]}'"
        return value, None
    if name == "kengetallen":
        try:
            items = json.loads(value) if isinstance(value, str) else value
            figures = figures_from_json(items)
        except (ImportRefused, json.JSONDecodeError, RecursionError):
            return None, "de kengetallen zijn ongeldig"
        for figure in figures:
            for part, text in (("label", figure.label), ("unit", figure.unit), ("source", figure.source)):
                if (reason := too_long(part, text)) is not None:
                    return None, f"kengetal: {reason}"
        return json.dumps(items, ensure_ascii=False, sort_keys=True), None
    if not isinstance(value, str):
        return None, f"de {label} heeft een ongeldige waarde"
    if (reason := too_long(name, value)) is not None:
        return None, reason
    return clean_text(value)[0], None


def resolve_conflict(workspace: Workspace, conflict_id: str, choice: str, edited: str | None = None) -> None:
    """Decide a conflict: take the package's value, keep the database's, or an edited text."""
    found = {c.id: c for c in workspace._store.conflicts(open_only=False)}
    conflict = found.get(conflict_id)
    if conflict is None:
        raise UserError(Message.of("conflict.missing"))
    with workspace._store.transaction():
        if choice == "pakket":
            value = conflict.theirs
        elif choice == "bewerkt":
            if edited is None:
                raise UserError(Message.of("conflict.merged_text_missing"))
            value = edited
        elif choice == "database":
            value = None
        else:
            raise ValueError(f"unknown choice {choice!r}")
        if choice != "database":
            _apply(workspace, conflict.activity_id, {conflict.field: _from_text(conflict.field, value)},
                   workspace.author)
        workspace._store.mark_conflict(conflict_id, choice, workspace.author)


# -- helpers -----------------------------------------------------------------------


def _backup_before_import(workspace: Workspace) -> None:
    """A copy of the database before others' work is merged in (a file database only)."""
    if workspace._store.path is not None and workspace._store.path.exists():
        from .backups import make_rotated_backup

        make_rotated_backup(workspace._store.path, "voor-import")


def _package_meta(workspace: Workspace) -> dict[str, Any] | None:
    raw = workspace._store.get_meta(META_KEY)
    return None if raw is None else dict(json.loads(raw))


def _merge_fields_of(activity: Activiteit) -> dict[str, Any]:
    data = activity_fields(activity)
    data["kengetallen"] = json.dumps(data["kengetallen"], ensure_ascii=False, sort_keys=True)
    return data


def _entry(entry: Any, path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    if not isinstance(entry, dict) or not isinstance(entry.get("base"), dict) or not isinstance(
        entry.get("theirs"), dict
    ):
        raise ImportRefused(Message.of("package.invalid_change", name=path.name))
    allowed = {*activity_fields(Activiteit(title="")).keys()}
    for name in entry["theirs"]:
        if name not in allowed:
            raise ImportRefused(Message.of("package.unknown_field", name=path.name, name2=name))
    return dict(entry["base"]), dict(entry["theirs"])


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _from_text(field_name: str, value: str | None) -> object:
    return field_from_json(field_name, value if field_name not in ("plan", "realisation") else value or "")


def _apply(workspace: Workspace, activity_id: str, updates: dict[str, object], author: str, *,
           expected_revision: int | None = None) -> int:
    """Write merged fields; ``expected_revision``: the version the merge compared with (a save that slipped in
    between is a ConflictError, the whole merge rolled back, never an overwrite)."""
    if not updates:
        return 0
    figures = updates.pop("kengetallen", None)
    converted = ActivityChanges(FieldEdit(name, field_from_json(name, value) if not _is_domain(value) else value)
                        for name, value in updates.items())
    if converted:
        workspace._store.update_activity(activity_id, converted, author, expected_revision=expected_revision)
    if figures is not None:
        items = json.loads(figures) if isinstance(figures, str) else figures
        workspace._store.replace_kengetallen(activity_id, figures_from_json(items), author)
    return len(converted) + (figures is not None)


def _is_domain(value: object) -> bool:
    return not isinstance(value, str | type(None))


def _add_remark(workspace: Workspace, activity_id: str, data: Any, path: Path, author: str) -> int:
    """A remark from a hand-in, always in the name of the person the hand-out was for."""
    from datetime import datetime

    if not isinstance(data, dict):
        raise ImportRefused(Message.of("package.invalid_comment", name=path.name))
    try:
        text, _removed = clean_text(str(data["text"]))
        remark = Opmerking(id=str(data["id"])[:32], author=author,
                           created_at=datetime.fromisoformat(str(data["created_at"])), text=text,
                           resolved=bool(data["resolved"]))
    except (KeyError, ValueError):
        raise ImportRefused(Message.of("package.invalid_comment", name=path.name)) from None
    if too_long("remark", remark.text) is not None:
        return 0
    known = {r.id for r in workspace._store.load_activity(activity_id).opmerkingen}
    if remark.id in known:
        return 0
    workspace._store.add_remark(activity_id, remark.text, remark.author, remark=remark)
    return 1
