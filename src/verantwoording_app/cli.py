"""Headless commands: import, export, list, check, search, demo, backups and collaboration.

Exit codes: 0 done, 1 bad input (a Dutch message says what), 2 wrong arguments (one line and the usage),
3 an unexpected error (logged), 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import __version__
from .cli_arguments import (
    COMMAND_METAVAR,
    ArgumentParser,
    ArgumentsWrong,
    in_english,
    language_in,
    missing_file,
    parser_class,
)
from .domain.chapter_text import ChapterParts
from .domain.completeness import Completeness, completeness_of, summarise_results
from .domain.errors import UserError
from .domain.messages import Message, use_language
from .domain.model import roman
from .domain.privacy import mask_url
from .domain.selection import Selection
from .domain.wording import count, field_label
from .routing import first_positional, looks_like_a_file

if TYPE_CHECKING:
    from .domain.model import Document
    from .domain.status import StatusScheme
    from .services.workspace import TreeProgramme, Workspace


Handler = Callable[[argparse.Namespace, TextIO], int]

EXIT_OK, EXIT_BAD_INPUT, EXIT_WRONG_ARGUMENTS, EXIT_UNEXPECTED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class UsageError(UserError):
    """A command was called the wrong way (a missing name, a flag without its partner): exit 2 with the usage."""


def _writes(args: argparse.Namespace) -> bool:
    """Whether this command changes the database (and so holds the lock while it runs)."""
    action = getattr(args, "action", None)
    if args.command == "import" and not args.apply and all(
            str(name).lower().endswith((".xlsx", ".xlsm")) for name in args.files):
        return False  # a workbook preview only reads
    from .cli_chapter import writes as chapter_writes

    if chapter_writes(args):
        return True
    return (args.command in ("import", "demo", "assign", "handout")
            or (args.command, action) in (("conflicts", "resolve"), ("snapshot", "create"), ("people", "add"),
                                          ("people", "remove"), ("backup", "restore")))


@contextlib.contextmanager
def _command_lock(args: argparse.Namespace) -> Iterator[None]:
    """A command that writes holds the database's lock while it runs (services/locking).

    Another command that is writing is waited for; a window that has the database
    open is never written through (refused naming who, unless --force); a window
    that starts meanwhile waits for the command to finish.
    """
    from .services import paths
    from .services.locking import DatabaseLocked, cannot_write, hold_for_command

    if not _writes(args) or getattr(args, "force", False) or (args.db and "://" in str(args.db)):
        yield
        return
    database = Path(args.db).expanduser() if args.db else paths.default_database()
    if not database.parent.is_dir() or cannot_write(database) is not None:
        yield  # a new folder (nobody else can have it open) or a read-only database (nothing is written)
        return
    from .services.workspace import default_author  # SQLAlchemy: only for a command that writes

    try:
        lock = hold_for_command(database, default_author() or "onbekend")
    except DatabaseLocked as locked:
        if locked.info.kind == "opdrachtregel":
            raise UserError(
                Message.of("cli.database_busy_command", name=database.name, describe=locked.info.describe())
            ) from None
        raise UserError(
            Message.of("cli.database_open_in_window", name=database.name, describe=locked.info.describe())
        ) from None
    try:
        yield
    finally:
        lock.release()


def _workspace(args: argparse.Namespace, *, create: bool = False) -> Workspace:
    from .services.workspace import Workspace

    workspace = Workspace.open(args.db, create=create)
    _note_read_only(args, workspace.read_only_reason)
    return workspace


def _note_read_only(args: argparse.Namespace, reason: str | None) -> None:
    """Where writing is impossible the database is opened read-only, and the user is told so."""
    if reason:
        print(f"let op: de database is alleen-lezen geopend: {reason}. Tonen, controleren en exporteren kan; "
              "wijzigen niet.", file=getattr(args, "err", None) or sys.stderr)


# -- commands ---------------------------------------------------------------


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from .services.importing import detect_format, import_file

    formats = {detect_format(Path(name)) for name in args.files}
    if "xlsx" in formats:
        if len(args.files) != 1:
            raise UserError(Message.of("cli.one_workbook"))
        return _import_workbook(args, Path(args.files[0]), out)
    if "package" in formats:
        if formats != {"package"}:
            raise UserError(Message.of("cli.packages_apart"))
        return _import_packages(args, out)
    if args.add and args.replace:
        raise UserError(Message.of("cli.add_or_replace"))
    if args.preview:
        return _preview_imports(args, out)
    from .services.workspace import created_only_on_success

    with created_only_on_success(args.db) as workspace:
        for name in args.files:
            report = import_file(workspace, Path(name), replace_existing=args.replace, add=args.add)
            print(f"{name}: {report.summary()}", file=out)
            for warning in report.warnings:
                print(f"  waarschuwing, {warning}", file=out)
    return 0


def _preview_imports(args: argparse.Namespace, out: TextIO) -> int:
    """``import --preview``: the recognised structure of each file; no database is opened or created."""
    from .services.importing import preview_file, preview_lines

    failed = False
    for name in args.files:
        result = preview_file(Path(name))
        print(f"{name}: voorbeeld, er is niets geschreven", file=out)
        for line in preview_lines(result):
            print(f"  {line}", file=out)
        failed = failed or result.document.activity_count() == 0
    if failed:
        raise UserError(Message.of("cli.no_activities_found"))
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from .services.exporting import ExportOptions, export_document, format_for

    target = Path(args.out)
    # "--out MAP/" (a trailing slash) means a folder: the website
    fmt = format_for(target, args.format or ("html" if args.out.endswith(("/", os.sep)) else None))
    selection = Selection(
        programme=args.programme, goal=args.goal, activity=args.activity,
        statuses=tuple(args.status or ()), owners=tuple(args.owner or ()),
    )
    options = ExportOptions(
        include_plan=not args.no_plan, include_key_figures=args.key_figures,
        include_footer=not args.no_footer, refresh_footer=args.refresh_footer, include_toc=args.toc,
        template=Path(args.template) if args.template else None,
        changed_since=args.changed_since, previous_year=args.previous_year,
        parts=ChapterParts(not args.no_effects, not args.no_activities, not args.no_costs),
    )
    workspace = _workspace(args, create=False)
    try:
        report = export_document(workspace, fmt, target, selection, options)
    finally:
        workspace.close()
    print(report.summary(), file=out)
    for warning in report.warnings:
        print(f"  waarschuwing: {warning}", file=out)
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    from .domain.textsearch import iter_hits

    if not args.text.strip():
        raise UsageError(Message.of("cli.search_text_missing"))
    workspace = _workspace(args)
    try:
        document = workspace.document()
    finally:
        workspace.close()
    hits = 0
    activities: set[str] = set()
    for hit in iter_hits(document, args.text, case_sensitive=args.case, whole_word=args.whole_word):
        o = hit.occurrence
        hits += 1
        activities.add(o.activity_id)
        context = f"{o.before}[{o.match}]{o.after}".replace("\n", " ")
        print(f"{hit.code} {field_label(o.field)}: {context}", file=out)
    if not hits:
        print(f"Niets gevonden voor '{args.text}'.", file=out)
    else:
        print(f"{count(hits, 'vindplaats')} in {count(len(activities), 'activiteit')}", file=out)
    return 0


def _tree_completeness(
    scheme: StatusScheme, tree: tuple[TreeProgramme, ...]
) -> dict[str, Completeness]:
    """Completeness of every activity from the tree rows: no text is read or parsed."""
    return {
        a.id: completeness_of(has_realisation=a.has_realisation, status=a.status, owner=a.owner, scheme=scheme)
        for programme in tree for goal in programme.goals for a in goal.activities
    }


def _list_view(args: argparse.Namespace) -> tuple[str, StatusScheme, tuple[TreeProgramme, ...]]:
    """Title, status scheme and tree: straight from a SQLite file that needs nothing else (the quick
    read the window starts with, no SQLAlchemy), otherwise through the full open."""
    from .services import paths
    from .services.quickopen import quick_view

    location = str(args.db or paths.default_database())
    if "://" not in location:
        view = quick_view(Path(location).expanduser())
        if view is not None:
            from .storage.diagnose import write_blocker

            _note_read_only(args, write_blocker(Path(location).expanduser()))
            return view.title, view.scheme, view.tree
    workspace = _workspace(args, create=False)
    try:
        header = workspace.document_header()
        return header.title, header.status_scheme, workspace.tree()
    finally:
        workspace.close()


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    title, scheme, tree = _list_view(args)
    results = _tree_completeness(scheme, tree)
    summary = summarise_results(results.values())
    print(f"{title} — {count(summary.activities, 'activiteit')}, {summary.complete} compleet "
          f"({summary.share_complete:.0%})".replace(".", ","), file=out)
    for programme in tree:
        activities = sum(len(g.activities) for g in programme.goals)
        print(f"{programme.display_name} ({count(activities, 'activiteit')})", file=out)
        for goal_index, goal in enumerate(programme.goals):
            done = sum(results[a.id].complete for a in goal.activities)
            print(f"  {roman(goal_index + 1)}. {goal.title} ({done}/{len(goal.activities)} compleet)", file=out)
            for index, activity in enumerate(goal.activities, start=1):
                mark = "✓" if results[activity.id].complete else "·"
                status = scheme.label(activity.status) or "geen status"
                owner = activity.owner or "geen eigenaar"
                print(f"    {mark} {index}. {activity.title} [{status}; {owner}]", file=out)
    return 0


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    if args.lint or args.spelling:
        return _check_writing(args, out)
    from .services.backups import damage_advice
    from .services.paths import default_database
    from .storage.diagnose import DatabaseDamaged

    database = Path(args.db).expanduser() if args.db and "://" not in str(args.db) else (
        None if args.db else default_database())
    try:
        workspace = _workspace(args, create=False)
        try:
            problems = workspace.integrity_problems()
            header = workspace.document_header()
            tree = workspace.tree()
            # the P&C checks and the spell check: stored per activity, only changed texts are analysed again
            writing = _writing_counts(workspace, header, tree)
            from .services.chapter import chapter as load_chapter

            chapter = load_chapter(workspace)  # the chapter's figures and explanations, no activity texts
        finally:
            workspace.close()
    except DatabaseDamaged as error:
        advice = damage_advice(database) if database is not None else ""
        raise UserError(Message.of("cli.damaged_advice", error=error, advice=advice) if advice
                        else error.text or error.message) from error
    if problems:
        print("Integriteitscontrole: FOUT", file=out)
        for problem in problems[:20]:
            print(f"  {problem}", file=out)
        if database is not None:
            print(f"  {damage_advice(database)}", file=out)
    else:
        print("Integriteitscontrole: in orde", file=out)
    unplaced = header.unplaced.word_count()
    if unplaced:  # text the import could not place is a problem until someone places it
        print(f"Probleem: niet geplaatst: {unplaced} woorden (zie 'Niet geplaatste tekst' in het venster)", file=out)
    results = _tree_completeness(header.status_scheme, tree)
    summary = summarise_results(results.values())
    print(f"Activiteiten: {summary.activities}, compleet: {summary.complete} "
          f"({summary.share_complete:.0%})", file=out)
    print(f"  zonder realisatie: {summary.without_realisation}", file=out)
    print(f"  zonder status:     {summary.without_status}", file=out)
    print(f"  zonder eigenaar:   {summary.without_owner}", file=out)
    print(writing, file=out)
    from .cli_chapter import check_lines

    chapter_lines, chapter_problem = check_lines(chapter, [(p.id, p.display_name) for p in tree],
                                                 verbose=args.verbose)
    for line in chapter_lines:
        print(line, file=out)
    if args.verbose:
        for programme in tree:
            for goal_index, goal in enumerate(programme.goals):
                for index, activity in enumerate(goal.activities, start=1):
                    result = results[activity.id]
                    if not result.complete:
                        code = f"{programme.number}.{roman(goal_index + 1)}.{index}"
                        print(f"  {code} {activity.title}: {', '.join(result.missing)} ontbreekt", file=out)
    return 1 if problems or unplaced or chapter_problem else 0


def _writing_counts(workspace: Workspace, header: Document, tree: tuple[TreeProgramme, ...]) -> str:
    from .services import checking

    counts = checking.document_counts(workspace, header=header, tree=tree)
    ignored = f" ({counts.ignored} genegeerd met reden)" if counts.ignored else ""
    return (f"P&C-controle: {sum(counts.open_findings.values())} melding(en){ignored}; zie 'check --lint'\n"
            f"Spelling: {counts.misspelt} woord(en) gemarkeerd; zie 'check --spelling'")


def _check_writing(args: argparse.Namespace, out: TextIO) -> int:
    from .services import checking, spelling

    workspace = _workspace(args, create=False)
    try:
        document = workspace.document()
        if args.lint:
            report = checking.lint(workspace, document)
            for finding in report.open:
                print(f"{finding.code}\t{finding.rule_id}\t{_one_line(finding.sentence)}", file=out)
            if args.verbose:
                for finding in report.ignored:
                    print(f"{finding.code}\t{finding.rule_id}\t{_one_line(finding.sentence)}"
                          f"\t(genegeerd: {_one_line(report.reason_for(finding))})", file=out)
        if args.spelling:
            checker = spelling.load_checker(checking.aids(workspace).words())
            for hit in checking.spelling(document, checker, suggest=True):
                suggestions = ", ".join(hit.suggestions) if hit.suggestions else "(geen suggesties)"
                print(f"{hit.code}\t{hit.word}\t→ {suggestions}", file=out)
    finally:
        workspace.close()
    return 0


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    workspace = _workspace(args, create=True)
    try:
        if workspace.has_document():
            if not args.replace:
                raise UserError(Message.of("cli.document_exists_replace"))
            workspace.replace_document(_example_document())  # a backup first, as every bulk change
            report_count = workspace.document().activity_count()
        else:
            report_count = workspace.load_example().activities
        print(f"Voorbeeld Almelo 2022 geladen in {workspace.location}: {count(report_count, 'activiteit')}",
              file=out)
    finally:
        workspace.close()
    return 0


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    from .services import backups, paths

    database = Path(args.db).expanduser() if args.db else paths.default_database()
    if not database.exists():
        raise UserError(Message.of("cli.database_missing", database=database))
    backups.clean_partial_backups(database)
    if args.action == "create":
        created, removed = backups.make_rotated_backup(database, "handmatig")  # the window's rotation
        print(f"Reservekopie gemaakt: {created}", file=out)
        if removed:
            print(f"  {count(len(removed), 'oudere reservekopie')} opgeruimd (de nieuwste tien, één per dag "
                  "en één per week blijven bewaard)", file=out)
        return 0
    found = backups.list_backups(database)
    if args.action == "list":
        if not found:
            print("Er zijn nog geen reservekopieën.", file=out)
        for number, item in enumerate(found, start=1):
            activities = "?" if item.activities is None else str(item.activities)
            other = f"  (ander document: {item.document_title})" if item.foreign else ""
            print(f"{number:3}. {item.created:%d-%m-%Y %H:%M:%S}  {item.size / 1024:8.0f} kB  "
                  f"{activities:>5} {'activiteit ' if item.activities == 1 else 'activiteiten'}  "
                  f"{item.reason_label}{other}", file=out)
        return 0
    if args.number is None:
        raise UsageError(Message.of("cli.backup_number_missing"))
    if not 1 <= args.number <= len(found):
        raise UserError(Message.of("cli.backup_number_range", count=len(found)))
    from .services.locking import DatabaseLock

    chosen = found[args.number - 1].path
    lock = DatabaseLock(database, "cli")
    lock.acquire()
    try:
        safety = backups.restore(database, chosen, confirm_document=args.confirm_document)
    except backups.ForeignBackup as foreign:
        raise UserError(Message.of("cli.backup_confirm_document", message=foreign.message, number=args.number, title=foreign.title)) from None
    finally:
        lock.release()
    print(f"Hersteld uit {chosen.name}; de vorige toestand staat in {safety.name}", file=out)
    return 0


def _import_workbook(args: argparse.Namespace, path: Path, out: TextIO) -> int:
    from .services import chapter_roundtrip, importing, xlsx_roundtrip

    workspace = _workspace(args, create=False)
    try:
        preview = importing.preview_workbook(workspace, path)  # the policy for this database's person
        print(xlsx_roundtrip.format_preview(preview), file=out)
        explained = chapter_roundtrip.preview_explanations(workspace, path)
        for line in explained.lines():
            print(line, file=out)
        if not args.apply:
            if not preview.is_empty or explained.changes:
                print("Er is nog niets gewijzigd; voeg --apply toe om dit door te voeren.", file=out)
            return 0
        # a backup first, as the window makes
        result = importing.apply_workbook(workspace, preview, take=args.take, allow_deletions=args.allow_deletions,
                                          explanations=False)
        written, skipped = chapter_roundtrip.apply_explanations(workspace, explained, args.take)
    finally:
        workspace.close()
    for refused in result.refused:
        print(refused.render(), file=out)
    print(f"{count(result.fields, 'veld')} in {count(result.activities, 'activiteit')} bijgewerkt; "
          f"{count(result.skipped_conflicts, 'conflict')} en {count(result.skipped_deletions, 'verwijdering')} "
          "niet toegepast", file=out)
    if explained.changes:
        print(f"Toelichtingen op afwijkingen: {count(written, 'veld')} bijgewerkt, "
              f"{count(skipped, 'conflict')} niet toegepast", file=out)
    return 0


def _import_packages(args: argparse.Namespace, out: TextIO) -> int:
    from .formats.package import read_package
    from .services import packages

    paths = [Path(name) for name in args.files]
    kinds = {read_package(path).manifest.kind for path in paths}
    if kinds == {"uitgifte"}:
        if len(paths) != 1:
            raise UserError(Message.of("cli.one_handout"))
        workspace = packages.open_handout(
            paths[0], database=Path(args.db) if args.db else None, replace_existing=args.replace
        )
        try:
            editable = packages.editable_activities(workspace) or frozenset()
            print(f"Werkpakket geopend in {workspace.location}: {count(len(editable), 'activiteit')} om te "
                  "bewerken", file=out)
        finally:
            workspace.close()
        return 0
    if kinds != {"inlevering"}:
        raise UserError(Message.of("cli.handout_handin_apart"))
    workspace = _workspace(args, create=False)
    try:
        report = packages.merge_handins(workspace, paths)
    finally:
        workspace.close()
    print(report.summary(), file=out)
    for message in report.messages:
        print(f"  {message}", file=out)
    if report.conflicts:
        print("  Bekijk de conflicten met 'verantwoording conflicts' of in het programma.", file=out)
    return 0


def _package_target(name: str) -> Path:
    """Where a package goes: the name as given, with our suffix added when it has none."""
    from .formats.package import SUFFIX

    path = Path(name)
    return path if path.suffix else path.with_name(path.name + SUFFIX)


def cmd_handout(args: argparse.Namespace, out: TextIO) -> int:
    from .services.packages import create_handout

    workspace = _workspace(args, create=False)
    try:
        report = create_handout(workspace, args.owner, _package_target(args.out))
    finally:
        workspace.close()
    print(f"Werkpakket voor {report.owner}: {report.editable} van {count(report.total, 'activiteit')} "
          f"bewerkbaar → {report.path}", file=out)
    return 0


def cmd_handin(args: argparse.Namespace, out: TextIO) -> int:
    from .services.packages import create_handin

    workspace = _workspace(args, create=False)
    try:
        report = create_handin(workspace, _package_target(args.out))
    finally:
        workspace.close()
    print(f"Inleverpakket gemaakt: {count(report.activities, 'activiteit')}, "
          f"{count(report.fields, 'gewijzigd veld')} → {report.path}", file=out)
    return 0


def cmd_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    from .domain.textdiff import Op, word_diff
    from .services.packages import resolve_conflict

    workspace = _workspace(args, create=False)
    try:
        if args.action == "resolve":
            if not args.id or not args.take:
                raise UsageError(Message.of("cli.conflict_arguments"))
            matches = [c for c in workspace.conflicts() if c.id.startswith(args.id)]
            if len(matches) != 1:
                raise UserError(Message.of("cli.conflict_unknown", id=args.id))
            resolve_conflict(workspace, matches[0].id, args.take)
            print(f"Conflict {args.id} beslist: {args.take}", file=out)
            return 0
        conflicts = workspace.conflicts()
        if not conflicts:
            print("Geen open conflicten.", file=out)
        for conflict in conflicts:
            title = workspace.activity(conflict.activity_id).title
            print(f"{conflict.id[:8]}  {title} — {field_label(conflict.field)} (van {conflict.source})", file=out)
            for piece in word_diff(conflict.ours or "", conflict.theirs or ""):
                if piece.op is not Op.SAME and piece.text.strip():
                    sign = "-" if piece.op is Op.REMOVED else "+"
                    print(f"    {sign} {piece.text.strip()[:100]}", file=out)
    finally:
        workspace.close()
    return 0


def cmd_snapshot(args: argparse.Namespace, out: TextIO) -> int:
    from .services import snapshots

    if args.action in ("create", "diff") and not (args.name or "").strip():
        raise UsageError(Message.of("cli.snapshot_name_missing", action=args.action))
    workspace = _workspace(args, create=False)
    try:
        if args.action == "create":
            snapshot = snapshots.create_snapshot(workspace, args.name or "")
            print(f"Momentopname '{snapshot.name}' gemaakt ({snapshot.created_at:%d-%m-%Y %H:%M})", file=out)
        elif args.action == "list":
            for snapshot in workspace.snapshots():
                print(f"{snapshot.created_at:%d-%m-%Y %H:%M}  {snapshot.name}  ({snapshot.created_by})", file=out)
        else:
            snapshot = snapshots.find_snapshot(workspace, args.name or "")
            changes = snapshots.changes_since(workspace, snapshot)
            print(f"Sinds '{snapshot.name}': {count(len(changes), 'activiteit')} gewijzigd", file=out)
            for change in changes:
                print(f"  {change.describe()}", file=out)
            chapter = snapshots.chapter_changes_since(workspace, snapshot)
            if chapter:
                print(f"Hoofdstuk: {count(len(chapter), 'onderdeel')} gewijzigd", file=out)
                for part in chapter:
                    print(f"  {part.describe()}", file=out)
    finally:
        workspace.close()
    return 0


def cmd_people(args: argparse.Namespace, out: TextIO) -> int:
    if args.action in ("add", "remove") and not (args.name or "").strip():
        raise UsageError(Message.of("cli.person_name_missing", action=args.action))
    workspace = _workspace(args, create=False)
    try:
        if args.action == "add":
            workspace.add_person(args.name or "", args.role)
        elif args.action == "remove":
            workspace.remove_person_named(args.name or "")
        for person in workspace.people():
            print(f"{person.name}  ({person.role})", file=out)
    finally:
        workspace.close()
    return 0


def cmd_assign(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import datetime

    deadline = None
    if args.deadline:
        try:
            deadline = datetime.strptime(args.deadline, "%d-%m-%Y").date()
        except ValueError:
            raise UserError(Message.of("cli.invalid_deadline", deadline=args.deadline)) from None
    selection = Selection(programme=args.programme, goal=args.goal, activity=args.activity)
    workspace = _workspace(args, create=False)
    try:
        assigned = workspace.assign(selection, owner=args.owner, deadline=deadline)
    finally:
        workspace.close()
    until = f", deadline {deadline:%d-%m-%Y}" if deadline else ""
    print(f"{count(assigned, 'activiteit')} toegewezen aan {args.owner.strip()}{until}", file=out)
    return 0


def cmd_new_year(args: argparse.Namespace, out: TextIO) -> int:
    from .services import rollover
    from .services.workspace import default_author

    source = rollover.read_source(args.source)
    for warning in source.warnings:
        print(f"  waarschuwing, {warning}", file=out)
    choices = rollover.read_choices_file(source.document, Path(args.choices)) if args.choices else {}
    overrides = rollover.parse_choices(source.document, [c.replace("=", " ", 1) for c in args.choice or ()],
                                       origin="--choice")
    options = rollover.options_for(args.kind, args.year, deadline=rollover.parse_deadline(args.deadline),
                                   default=args.default, choices={**choices, **overrides})
    result = rollover.plan(source, options)
    print(rollover.format_preview(result.preview), file=out)
    if args.preview:
        print("Voorbeeld: er is niets geschreven.", file=out)
        return 0
    report = rollover.write_new_year(source, result, args.out, author=default_author())
    print(report.summary(), file=out)
    return 0


def cmd_compare(args: argparse.Namespace, out: TextIO) -> int:
    from .services import comparing

    result = comparing.compare_files(args.old, args.new)
    text = comparing.format_comparison(result)
    print(text, file=out)
    if args.out:
        written = comparing.write_comparison(result, Path(args.out))
        print(f"Vergelijking opgeslagen in {written}", file=out)
    return 0


def cmd_server(args: argparse.Namespace, out: TextIO) -> int:
    """The team server (PostgreSQL): set-up, users and upload, run by the IT administrator."""
    from .services import team

    if not args.db or "://" not in str(args.db):
        raise UsageError(Message.of("cli.server_address_missing", action=args.action))
    if args.action == "setup":
        print(team.setup_server(args.db), file=out)
    elif args.action == "add-user":
        if not (args.name or "").strip() or not args.role:
            raise UsageError(Message.of("cli.server_user_arguments"))
        print(f"Toegang gegeven: {team.add_server_user(args.db, args.name.strip(), args.role, args.person or '')}",
              file=out)
    elif args.action == "remove-user":
        if not (args.name or "").strip():
            raise UsageError(Message.of("cli.server_remove_user_arguments"))
        print(team.remove_server_user(args.db, args.name.strip(), drop_login=args.drop_login), file=out)
    elif args.action == "users":
        lines = team.server_users(args.db)
        for line in lines:
            print(line, file=out)
        if not lines:
            print("Nog geen gebruikers; voeg ze toe met: server add-user NAAM --role officer|coordinator", file=out)
    else:
        if not args.source:
            raise UsageError(Message.of("cli.server_upload_source"))
        print(team.upload_to_server(Path(args.source).expanduser(), args.db, replace=args.replace), file=out)
    return 0


def _example_document() -> Document:
    from dataclasses import replace

    from .formats.pctext import read_pc_text
    from .resources import sample_path

    return replace(read_pc_text(sample_path().read_bytes()).document, municipality="Almelo")


HANDLERS: dict[str, Handler] = {
    "import": cmd_import,
    "export": cmd_export,
    "list": cmd_list,
    "check": cmd_check,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "handout": cmd_handout,
    "handin": cmd_handin,
    "conflicts": cmd_conflicts,
    "snapshot": cmd_snapshot,
    "people": cmd_people,
    "assign": cmd_assign,
    "search": cmd_search,
    "new-year": cmd_new_year,
    "compare": cmd_compare,
    "server": cmd_server,
    "financien": lambda args, out: _chapter_command("financien", args, out),
    "beleidsindicatoren": lambda args, out: _chapter_command("beleidsindicatoren", args, out),
}


def _chapter_command(name: str, args: argparse.Namespace, out: TextIO) -> int:
    from . import cli_chapter

    handler = cli_chapter.cmd_financien if name == "financien" else cli_chapter.cmd_beleidsindicatoren
    return handler(args, out, lambda a: _workspace(a, create=False))


# -- parser -----------------------------------------------------------------


DB_HELP = "de database (standaard: die in uw gebruikersmap), of een database-URL"
LANG_HELP = "taal van de uitvoer en de meldingen (nl of en)"


def build_parser(language: str = "nl") -> ArgumentParser:
    parser_type = parser_class(language)
    common = parser_type(add_help=False)
    common.add_argument("--db", metavar="PAD", help=DB_HELP)
    common.add_argument("--lang", choices=("nl", "en"), dest="lang_after", help=LANG_HELP)
    common.add_argument("--force", action="store_true",
                        help="ook schrijven als het venster de database open heeft (de vergrendeling negeren)")
    parser = parser_type(
        prog="verantwoording",
        description="Verantwoording: de programmaverantwoording schrijven, verzamelen en exporteren. "
        "Zonder opdracht (of met 'gui') start het programma.",
        epilog="Afsluitcodes: 0 gelukt, 1 onjuiste invoer, 2 verkeerde argumenten, 3 onverwachte fout.",
    )
    parser.add_argument("--version", action="version", version=f"Verantwoording {__version__}",
                        help="het versienummer tonen en stoppen")
    parser.add_argument("--db", metavar="PAD", dest="global_db", help=DB_HELP + " (ook vóór de opdracht)")
    parser.add_argument("--lang", choices=("nl", "en"), help=LANG_HELP)
    sub = parser.add_subparsers(dest="command", metavar=COMMAND_METAVAR)

    p = sub.add_parser("import", parents=[common], help="een P&C-tekst, werkmap of werkpakketten importeren")
    p.add_argument("files", nargs="+", metavar="BESTAND")
    p.add_argument("--replace", action="store_true", help="het bestaande document vervangen")
    p.add_argument("--add", action="store_true",
                   help="programma's, hoofddoelen en activiteiten aan het open document toevoegen")
    p.add_argument("--preview", action="store_true",
                   help="alleen laten zien welke structuur er herkend wordt; er wordt niets geschreven")
    p.add_argument("--apply", action="store_true", help="werkmap: de wijzigingen echt doorvoeren")
    p.add_argument("--take", choices=("workbook", "database"), help="werkmap: wie wint bij een conflict")
    p.add_argument("--allow-deletions", action="store_true", help="werkmap: lege cellen mogen tekst wissen")

    p = sub.add_parser("export", parents=[common], help="het document exporteren")
    p.add_argument("--format", choices=("txt", "md", "docx", "xlsx", "html"),
                   help="standaard: afgeleid van --out; html: de website in de map --out")
    p.add_argument("--out", required=True, metavar="BESTAND")
    p.add_argument("--programme", metavar="NR", help="alleen dit programma")
    p.add_argument("--goal", metavar="I|II|…", help="alleen dit hoofddoel")
    p.add_argument("--activity", type=int, metavar="NR", help="alleen deze activiteit (met --goal)")
    p.add_argument("--status", action="append", metavar="STATUS", help="alleen activiteiten met deze status")
    p.add_argument("--owner", action="append", metavar="NAAM", help="alleen activiteiten van deze eigenaar")
    p.add_argument("--no-plan", action="store_true", help="zonder plantekst")
    p.add_argument("--key-figures", action="store_true", help="met kengetallen (Word)")
    footer = p.add_mutually_exclusive_group()
    footer.add_argument("--no-footer", action="store_true", help="zonder voettekst (P&C-tekst)")
    footer.add_argument("--refresh-footer", action="store_true",
                        help="voettekst 'Deze pagina is gebouwd op …' met de tijd van nu (P&C-tekst)")
    p.add_argument("--toc", action="store_true", help="met inhoudsopgave (Word)")
    p.add_argument("--template", metavar="HUISSTIJL", help="Word-sjabloon (.docx/.dotx)")
    p.add_argument("--changed-since", metavar="MOMENTOPNAME",
                   help="Excel: kolom met wat er sinds deze momentopname is gewijzigd")
    p.add_argument("--previous-year", action="store_true",
                   help="Excel: kolom 'Vorig jaar' met de realisatie (of het plan) van vorig jaar")
    p.add_argument("--no-effects", action="store_true", help="zonder 'Wat wilden we bereiken?'")
    p.add_argument("--no-activities", action="store_true", help="zonder 'Wat hebben we daarvoor gedaan?'")
    p.add_argument("--no-costs", action="store_true", help="zonder 'Wat heeft het gekost?'")

    sub.add_parser("list", parents=[common], help="de boom met aantallen en volledigheid")
    p = sub.add_parser("search", parents=[common], help="elke vindplaats van een tekst, met code en context")
    p.add_argument("text", metavar="TEKST")
    p.add_argument("--whole-word", action="store_true", help="alleen hele woorden (Almelo, niet Almeloërs)")
    p.add_argument("--case", action="store_true", help="hoofdlettergevoelig")
    p = sub.add_parser("check", parents=[common], help="integriteit en volledigheid controleren")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="elke onvolledige activiteit noemen (met --lint: ook wat met reden is genegeerd)")
    p.add_argument("--lint", action="store_true", help="P&C-controle: één regel per melding (code, regel, zin)")
    p.add_argument("--spelling", action="store_true",
                   help="spelling: één regel per gemarkeerd woord (code, woord, → suggesties)")
    p = sub.add_parser("demo", parents=[common], help="de database vullen met het voorbeeld Almelo 2022")
    p.add_argument("--replace", action="store_true", help="het bestaande document vervangen")
    p = sub.add_parser("backup", parents=[common], help="reservekopieën maken, tonen en terugzetten")
    p.add_argument("action", choices=("list", "create", "restore"))
    p.add_argument("number", nargs="?", type=int, metavar="NUMMER", help="met restore: het nummer uit 'backup list'")
    p.add_argument("--confirm-document", metavar="NAAM",
                   help="met restore: ook terugzetten als de reservekopie van een ander document is (de naam ervan)")
    p = sub.add_parser("handout", parents=[common], help="werkpakket voor één medewerker maken")
    p.add_argument("--owner", required=True, metavar="NAAM")
    p.add_argument("--out", required=True, metavar="BESTAND.vwpakket")
    p = sub.add_parser("handin", parents=[common], help="inleverpakket maken van uw werkdatabase")
    p.add_argument("--out", required=True, metavar="BESTAND.vwpakket")
    p = sub.add_parser("conflicts", parents=[common], help="conflicten uit pakketten tonen en beslissen")
    p.add_argument("action", nargs="?", choices=("list", "resolve"), default="list")
    p.add_argument("id", nargs="?", metavar="NUMMER")
    p.add_argument("--take", choices=("pakket", "database"))
    p = sub.add_parser("snapshot", parents=[common], help="momentopnamen maken en vergelijken")
    p.add_argument("action", choices=("create", "list", "diff"))
    p.add_argument("name", nargs="?", metavar="NAAM")
    p = sub.add_parser("people", parents=[common], help="de mensen van het document")
    p.add_argument("action", nargs="?", choices=("list", "add", "remove"), default="list")
    p.add_argument("name", nargs="?", metavar="NAAM")
    p.add_argument("--role", choices=("medewerker", "coördinator", "lezer"), default="medewerker")
    p = sub.add_parser("assign", parents=[common], help="eigenaar (en deadline) toewijzen, ook per doel")
    p.add_argument("--owner", required=True, metavar="NAAM")
    p.add_argument("--deadline", metavar="DD-MM-JJJJ")
    p.add_argument("--programme", metavar="NR")
    p.add_argument("--goal", metavar="I|II|…")
    p.add_argument("--activity", type=int, metavar="NR")
    p = sub.add_parser("new-year", help="het document van het volgende jaar maken (nieuwe database)")
    p.add_argument("--from", dest="source", required=True, metavar="OUD.vwdb",
                   help="de database van nu, of het verslag van vorig jaar als P&C-tekst")
    p.add_argument("--out", required=True, metavar="NIEUW.vwdb", help="de nieuwe database (bestaat nog niet)")
    p.add_argument("--kind", required=True, choices=("jaarstukken", "begroting", "tussenrapportage"))
    p.add_argument("--year", required=True, type=int, metavar="JAAR")
    p.add_argument("--deadline", metavar="DD-MM-JJJJ", help="de nieuwe deadline van elke activiteit")
    p.add_argument("--default", choices=("doorgaan", "afgerond", "doorgeschoven", "splitsen"), default="doorgaan",
                   help="begroting: de keuze voor elke activiteit zonder eigen keuze (standaard doorgaan)")
    p.add_argument("--choices", metavar="KEUZES.txt",
                   help="begroting: per regel 'CODE KEUZE', bijvoorbeeld '1.II.3 afgerond'")
    p.add_argument("--choice", action="append", metavar="CODE=KEUZE",
                   help="begroting: één keuze, bijvoorbeeld 1.II.3=doorgeschoven (herhaalbaar)")
    p.add_argument("--preview", action="store_true", help="alleen tonen wat er gebeurt; niets schrijven")
    p = sub.add_parser("compare", help="twee jaren vergelijken: nieuw, gestopt, verplaatst, plannen gewijzigd")
    p.add_argument("old", metavar="OUD")
    p.add_argument("new", metavar="NIEUW")
    p.add_argument("--out", metavar="BESTAND", help="de vergelijking ook opslaan (.txt, .csv of .md)")
    from .cli_chapter import add_parsers as add_chapter_parsers

    add_chapter_parsers(sub, common)
    p = sub.add_parser("server", parents=[common],
                       help="de teamserver (PostgreSQL) inrichten, gebruikers toevoegen of verwijderen, "
                            "een document uploaden")
    p.add_argument("action", choices=("setup", "add-user", "remove-user", "users", "upload"))
    p.add_argument("name", nargs="?", metavar="NAAM", help="met add-user en remove-user: de loginnaam op de server")
    p.add_argument("--role", choices=("officer", "coordinator"), help="met add-user: medewerker of coördinator")
    p.add_argument("--person", metavar="NAAM",
                   help="met add-user: de naam als eigenaar van activiteiten (standaard de loginnaam)")
    p.add_argument("--from", dest="source", metavar="LOKAAL.vwdb", help="met upload: de lokale database")
    p.add_argument("--replace", action="store_true", help="met upload: het document op de server vervangen")
    p.add_argument("--drop-login", action="store_true",
                   help="met remove-user: ook de login zelf van de server verwijderen")
    for subparser in sub.choices.values():
        subparser.set_defaults(subparser=subparser)
    return in_english(parser) if language == "en" else parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    arguments = list(sys.argv[1:] if argv is None else argv)
    language = language_in(arguments)
    use_language(language)  # messages with an id (domain/messages.py) in the language asked for
    prefix = "error" if language == "en" else "fout"
    parser = build_parser(language)
    try:
        args = parser.parse_args(arguments)
        if not args.command:
            parser.print_help(out)
            return EXIT_OK
        args.db = getattr(args, "db", None) or args.global_db
        if getattr(args, "activity", None) is not None and getattr(args, "goal", None) is None:
            raise UsageError(Message.of("cli.activity_needs_goal"))
        args.err = err  # for notes beside the output (a database opened read-only)
        from .services.leftovers import clean_at_start

        clean_at_start()  # partial exports and backups a killed earlier run left behind
        with _command_lock(args):
            return HANDLERS[args.command](args, out)
    except ArgumentsWrong as wrong:
        index = first_positional(arguments)
        name = arguments[index] if index < len(arguments) else ""
        line = wrong.line
        if name and name not in HANDLERS and not name.startswith("-") and looks_like_a_file(name):
            line = missing_file(name, language_in(arguments))
        print(f"{wrong.prefix}: {line}", file=err)
        print(wrong.usage, file=err)
        return EXIT_WRONG_ARGUMENTS
    except UsageError as error:
        print(f"{prefix}: {error.message}", file=err)
        print(args.subparser.format_usage().rstrip("\n"), file=err)
        return EXIT_WRONG_ARGUMENTS
    except UserError as error:
        print(f"{prefix}: {mask_url(error.message)}", file=err)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # output piped into e.g. `head`
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print(Message.of("cli.interrupted").render(), file=err)
        return EXIT_INTERRUPTED
    except Exception as error:  # a bug: log it, say where, no traceback on screen
        from .services.error_log import safe_message

        log = _log_exception(error)
        print(f"{prefix}: {Message.of('cli.unexpected', error=safe_message(error), log=log).render()}", file=err)
        return EXIT_UNEXPECTED


def _log_exception(error: BaseException) -> Path:
    """Where and what, without the user's texts or SQL parameters; the log is 0600."""
    from datetime import datetime

    from .services import paths
    from .services.error_log import append, safe_traceback

    log = paths.log_dir() / "verantwoording-cli.log"
    return append(log, f"{datetime.now():%Y-%m-%d %H:%M:%S} onverwachte fout\n{safe_traceback(error)}")
