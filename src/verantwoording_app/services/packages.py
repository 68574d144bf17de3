"""Working together offline: hand-out packages, hand-in packages, merging them per field."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import ImportRefused, UserError
from ..domain.merge import merge_fields
from ..domain.model import Activiteit, Opmerking, ReviewState
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
from .workspace import Workspace, remove_new_database

META_KEY = "werkpakket"
"""Meta entry of an officer's working database: owner, hand-out id, editable ids, merge bases."""


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

    def summary(self) -> str:
        return (f"{count(self.packages, 'pakket')}: {count(self.applied, 'wijziging')} verwerkt, "
                f"{count(self.conflicts, 'conflict')} te beslissen, {count(self.remarks, 'opmerking')}")


# -- coordinator: hand out ------------------------------------------------------


def create_handout(workspace: Workspace, owner: str, target: Path) -> HandoutReport:
    """A work package for one officer: the whole document, their activities editable."""
    document = workspace.document()
    wanted = owner.strip().casefold()
    editable = [p.activity.id for p in document.iter_activities() if p.activity.owner.strip().casefold() == wanted]
    if not editable:
        raise UserError(
            f"Er zijn geen activiteiten met eigenaar '{owner}'. Wijs eerst activiteiten toe "
            "(veld Eigenaar), of controleer de schrijfwijze van de naam."
        )
    manifest = package_format.new_manifest("uitgifte", document.id, owner.strip(), workspace.author)
    words = list(checking.aids(workspace).words())  # the document word list travels along
    package_format.write_package(target, manifest, {"document": document_to_json(document), "editable": editable,
                                                    "words": words})
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
            f"'{path.name}' is een ingeleverd pakket; open dat bij de coördinator via Importeren › Pakket."
        )
    document = document_from_json(package.payload.get("document"))
    if document.id != package.manifest.document_id:
        raise ImportRefused(f"'{path.name}' is niet consistent (document-id klopt niet).")
    editable = package.payload.get("editable")
    if not isinstance(editable, list) or not all(isinstance(i, str) for i in editable):
        raise ImportRefused(f"'{path.name}' bevat geen geldige lijst van activiteiten.")
    words = checking.package_words(package.payload.get("words"), path.name)
    target = database or working_database_for(package.manifest.owner, document.id)
    if target.exists():
        workspace = Workspace.open(target, author=author or package.manifest.owner, create=False)
        meta = _package_meta(workspace)
        if meta is not None and meta.get("handout_id") == package.manifest.package_id:
            return workspace
        if not replace_existing:
            workspace.close()
            raise UserError(
                f"Er is al een werkdatabase voor {package.manifest.owner} ({target}). Lever die eerst in, "
                "of vervang haar bewust."
            )
        workspace.store.replace_document(document, author=package.manifest.created_by)
    else:
        workspace = Workspace.open(target, author=author or package.manifest.owner)
        try:
            workspace.store.create_document(document, author=package.manifest.created_by)
        except BaseException:
            workspace.close()
            remove_new_database(target)
            raise
    bases = {p.activity.id: _merge_fields_of(p.activity) for p in document.iter_activities()
             if p.activity.id in set(editable)}
    remarks = {p.activity.id: [r.id for r in p.activity.opmerkingen] for p in document.iter_activities()
               if p.activity.id in set(editable)}
    checking.take_words(workspace, words, package.manifest.created_by)
    workspace.store.set_meta(META_KEY, json.dumps({
        "handout_id": package.manifest.package_id, "owner": package.manifest.owner,
        "editable": editable, "base": bases, "remarks": remarks, "words": words,
    }, ensure_ascii=False))
    return workspace


def editable_activities(workspace: Workspace) -> frozenset[str] | None:
    """In an officer's working database, the activities they may edit; None: everything."""
    meta = _package_meta(workspace)
    return None if meta is None else frozenset(meta["editable"])


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
            "Deze database is geen werkpakket van de coördinator; inleveren kan alleen vanuit een "
            "geopend uitgiftepakket."
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
        changed = {name: value for name, value in now.items() if base.get(name) != value}
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
    package_format.write_package(target, manifest, {"changes": changes, "words": new_words})
    return HandinReport(target, len(changes), field_count)


# -- coordinator: merge ------------------------------------------------------------


def merge_handins(workspace: Workspace, package_paths: list[Path]) -> MergeReport:
    """Merge return packages per field, in one transaction: one-sided changes applied, conflicts listed.

    Every package is read and checked before anything is written; a bad one
    refuses the whole import with nothing changed.
    """
    document_id = workspace.store.document_id()
    packages = []
    for path in package_paths:
        package = package_format.read_package(path)
        if package.manifest.kind != "inlevering":
            raise ImportRefused(f"'{path.name}' is een uitgiftepakket, geen ingeleverd werk.")
        if package.manifest.document_id != document_id:
            raise ImportRefused(
                f"'{path.name}' hoort bij een ander document dan het geopende; er is niets gewijzigd."
            )
        changes = package.payload.get("changes")
        if not isinstance(changes, dict):
            raise ImportRefused(f"'{path.name}' bevat geen geldige wijzigingen.")
        words = checking.package_words(package.payload.get("words"), path.name)
        packages.append((path, package, changes, words))

    applied = conflicts = unchanged = remarks = 0
    messages: list[str] = []
    store = workspace.store
    _backup_before_import(workspace)
    with store.transaction():
        for path, package, changes, words in packages:
            source = f"{package.manifest.owner} ({path.name})"
            added = checking.take_words(workspace, words, package.manifest.owner)
            if added:
                messages.append(f"{source}: {added} woord(en) toegevoegd aan de woordenlijst van het document")
            for activity_id, entry in changes.items():
                try:
                    current = store.load_activity(activity_id)
                except UserError:
                    messages.append(f"{source}: activiteit {activity_id[:8]} bestaat niet meer; overgeslagen")
                    continue
                base, theirs = _entry(entry, path)
                ours = {name: value for name, value in _merge_fields_of(current).items() if name in theirs}
                result = merge_fields(base, ours, theirs)
                locked = current.review_state is ReviewState.VASTGESTELD
                updates: dict[str, object] = {}
                for change in result.changes:
                    if locked:
                        conflicts += store.add_conflict(
                            activity_id, change.field, _text(base.get(change.field)), _text(ours.get(change.field)),
                            _text(change.new), source + ", vastgesteld", package.manifest.package_id)
                        continue
                    updates[change.field] = change.new
                for conflict in result.conflicts:
                    conflicts += store.add_conflict(
                        activity_id, conflict.field, _text(conflict.base), _text(conflict.ours),
                        _text(conflict.theirs), source, package.manifest.package_id)
                unchanged += len(result.kept)
                applied += _apply(workspace, activity_id, updates, package.manifest.owner)
                for remark in entry.get("remarks", []):
                    remarks += _add_remark(workspace, activity_id, remark, path)
    return MergeReport(len(packages), applied, conflicts, unchanged, remarks, tuple(messages))


def resolve_conflict(workspace: Workspace, conflict_id: str, choice: str, edited: str | None = None) -> None:
    """Decide a conflict: take the package's value, keep the database's, or an edited text."""
    found = {c.id: c for c in workspace.store.conflicts(open_only=False)}
    conflict = found.get(conflict_id)
    if conflict is None:
        raise UserError("Dit conflict bestaat niet (meer).")
    with workspace.store.transaction():
        if choice == "pakket":
            value = conflict.theirs
        elif choice == "bewerkt":
            if edited is None:
                raise UserError("Geef de samengevoegde tekst op.")
            value = edited
        elif choice == "database":
            value = None
        else:
            raise ValueError(f"unknown choice {choice!r}")
        if choice != "database":
            _apply(workspace, conflict.activity_id, {conflict.field: _from_text(conflict.field, value)},
                   workspace.author)
        workspace.store.mark_conflict(conflict_id, choice, workspace.author)


# -- helpers -----------------------------------------------------------------------


def _backup_before_import(workspace: Workspace) -> None:
    """A copy of the database before others' work is merged in (a file database only)."""
    if workspace.store.path is not None and workspace.store.path.exists():
        from .backups import make_rotated_backup

        make_rotated_backup(workspace.store.path, "voor-import")


def _package_meta(workspace: Workspace) -> dict[str, Any] | None:
    raw = workspace.store.get_meta(META_KEY)
    return None if raw is None else dict(json.loads(raw))


def _merge_fields_of(activity: Activiteit) -> dict[str, Any]:
    data = activity_fields(activity)
    data["kengetallen"] = json.dumps(data["kengetallen"], ensure_ascii=False, sort_keys=True)
    return data


def _entry(entry: Any, path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    if not isinstance(entry, dict) or not isinstance(entry.get("base"), dict) or not isinstance(
        entry.get("theirs"), dict
    ):
        raise ImportRefused(f"'{path.name}' bevat een ongeldige wijziging.")
    allowed = {*activity_fields(Activiteit(title="")).keys()}
    for name in entry["theirs"]:
        if name not in allowed:
            raise ImportRefused(f"'{path.name}' bevat een onbekend veld '{name}'.")
    return dict(entry["base"]), dict(entry["theirs"])


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _from_text(field_name: str, value: str | None) -> object:
    return field_from_json(field_name, value if field_name not in ("plan", "realisation") else value or "")


def _apply(workspace: Workspace, activity_id: str, updates: dict[str, object], author: str) -> int:
    if not updates:
        return 0
    figures = updates.pop("kengetallen", None)
    converted = {name: field_from_json(name, value) if not _is_domain(value) else value
                 for name, value in updates.items()}
    if converted:
        workspace.store.update_activity(activity_id, converted, author)
    if figures is not None:
        items = json.loads(figures) if isinstance(figures, str) else figures
        workspace.store.replace_kengetallen(activity_id, figures_from_json(items), author)
    return len(converted) + (figures is not None)


def _is_domain(value: object) -> bool:
    return not isinstance(value, str | type(None))


def _add_remark(workspace: Workspace, activity_id: str, data: Any, path: Path) -> int:
    from datetime import datetime

    if not isinstance(data, dict):
        raise ImportRefused(f"'{path.name}' bevat een ongeldige opmerking.")
    try:
        remark = Opmerking(id=str(data["id"]), author=str(data["author"]),
                           created_at=datetime.fromisoformat(str(data["created_at"])), text=str(data["text"]),
                           resolved=bool(data["resolved"]))
    except (KeyError, ValueError):
        raise ImportRefused(f"'{path.name}' bevat een ongeldige opmerking.") from None
    known = {r.id for r in workspace.store.load_activity(activity_id).opmerkingen}
    if remark.id in known:
        return 0
    workspace.store.add_remark(activity_id, remark.text, remark.author, remark=remark)
    return 1
