"""Headless commands: import, export, list, check, demo."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import __version__
from .domain.completeness import completeness, summarise
from .domain.errors import UserError
from .domain.model import roman
from .domain.selection import Selection

if TYPE_CHECKING:
    from .domain.model import Document
    from .services.workspace import Workspace


Handler = Callable[[argparse.Namespace, TextIO], int]


def _workspace(args: argparse.Namespace, *, create: bool = True) -> Workspace:
    from .services.workspace import Workspace

    return Workspace.open(args.db, create=create)


# -- commands ---------------------------------------------------------------


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from .services.importing import detect_format, import_file

    formats = {detect_format(Path(name)) for name in args.files}
    if "xlsx" in formats:
        if len(args.files) != 1:
            raise UserError("Importeer één werkmap tegelijk.")
        return _import_workbook(args, Path(args.files[0]), out)
    if "package" in formats:
        if formats != {"package"}:
            raise UserError("Importeer pakketten apart van andere bestanden.")
        return _import_packages(args, out)
    workspace = _workspace(args)
    try:
        for name in args.files:
            report = import_file(workspace, Path(name), replace_existing=args.replace)
            print(f"{name}: {report.summary()}", file=out)
            for warning in report.warnings:
                print(f"  waarschuwing, {warning}", file=out)
    finally:
        workspace.close()
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from .services.exporting import ExportOptions, export_document, format_for

    target = Path(args.out)
    fmt = format_for(target, args.format)
    selection = Selection(
        programme=args.programme, goal=args.goal, activity=args.activity,
        statuses=tuple(args.status or ()), owners=tuple(args.owner or ()),
    )
    options = ExportOptions(
        include_plan=not args.no_plan, include_key_figures=args.key_figures,
        include_footer=not args.no_footer, template=Path(args.template) if args.template else None,
        changed_since=args.changed_since,
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


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    workspace = _workspace(args, create=False)
    try:
        document = workspace.document()
    finally:
        workspace.close()
    summary = summarise(document)
    print(f"{document.title} — {summary.activities} activiteiten, {summary.complete} compleet "
          f"({summary.share_complete:.0%})".replace(".", ","), file=out)
    for programme in document.programmes:
        count = sum(len(g.activities) for g in programme.goals)
        print(f"{programme.display_name} ({count} activiteiten)", file=out)
        for goal_index, goal in enumerate(programme.goals):
            done = sum(completeness(a, document).complete for a in goal.activities)
            print(f"  {roman(goal_index + 1)}. {goal.title} ({done}/{len(goal.activities)} compleet)", file=out)
            for index, activity in enumerate(goal.activities, start=1):
                result = completeness(activity, document)
                mark = "✓" if result.complete else "·"
                status = document.status_scheme.label(activity.status) or "geen status"
                owner = activity.owner or "geen eigenaar"
                print(f"    {mark} {index}. {activity.title} [{status}; {owner}]", file=out)
    return 0


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    if args.lint or args.spelling:
        return _check_writing(args, out)
    workspace = _workspace(args, create=False)
    try:
        problems = workspace.store.integrity_problems()
        document = workspace.document()
        writing = _writing_counts(workspace, document)
    finally:
        workspace.close()
    if problems:
        print("Integriteitscontrole: FOUT", file=out)
        for problem in problems:
            print(f"  {problem}", file=out)
    else:
        print("Integriteitscontrole: in orde", file=out)
    summary = summarise(document)
    print(f"Activiteiten: {summary.activities}, compleet: {summary.complete} "
          f"({summary.share_complete:.0%})", file=out)
    print(f"  zonder realisatie: {summary.without_realisation}", file=out)
    print(f"  zonder status:     {summary.without_status}", file=out)
    print(f"  zonder eigenaar:   {summary.without_owner}", file=out)
    print(writing, file=out)
    if args.verbose:
        for place in document.iter_activities():
            result = completeness(place.activity, document)
            if not result.complete:
                print(f"  {place.code} {place.activity.title}: {', '.join(result.missing)} ontbreekt", file=out)
    return 1 if problems else 0


def _writing_counts(workspace: Workspace, document: Document) -> str:
    from .services import checking, spelling

    report = checking.lint(workspace, document)
    checker = spelling.load_checker(checking.aids(workspace).words())
    words = len(checking.spelling(document, checker))
    ignored = f" ({len(report.ignored)} genegeerd met reden)" if report.ignored else ""
    return (f"P&C-controle: {len(report.open)} melding(en){ignored}; zie 'check --lint'\n"
            f"Spelling: {words} woord(en) gemarkeerd; zie 'check --spelling'")


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
    workspace = _workspace(args)
    try:
        if workspace.store.has_document():
            if not args.replace:
                raise UserError("Deze database bevat al een document; gebruik --replace om het te vervangen.")
            workspace.store.replace_document(_example_document(), author=workspace.author)
            report_count = workspace.document().activity_count()
        else:
            report_count = workspace.load_example().activities
        print(f"Voorbeeld Almelo 2022 geladen in {workspace.location}: {report_count} activiteiten", file=out)
    finally:
        workspace.close()
    return 0


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    from .services import backups, paths

    database = Path(args.db).expanduser() if args.db else paths.default_database()
    if not database.exists():
        raise UserError(f"De database '{database}' bestaat niet.")
    if args.action == "create":
        created = backups.make_backup(database, "handmatig")
        print(f"Reservekopie gemaakt: {created}", file=out)
        return 0
    found = backups.list_backups(database)
    if args.action == "list":
        if not found:
            print("Er zijn nog geen reservekopieën.", file=out)
        for number, item in enumerate(found, start=1):
            count = "?" if item.activities is None else str(item.activities)
            print(f"{number:3}. {item.created:%d-%m-%Y %H:%M:%S}  {item.size / 1024:8.0f} kB  "
                  f"{count:>5} activiteiten  {item.reason_label}", file=out)
        return 0
    if args.number is None or not 1 <= args.number <= len(found):
        raise UserError(f"Kies het nummer van een reservekopie (1 t/m {len(found)}); zie 'backup list'.")
    from .services.locking import DatabaseLock

    lock = DatabaseLock(database, "cli")
    lock.acquire()
    try:
        safety = backups.restore(database, found[args.number - 1].path)
    finally:
        lock.release()
    print(f"Hersteld uit {found[args.number - 1].path.name}; de vorige toestand staat in {safety.name}", file=out)
    return 0


def _import_workbook(args: argparse.Namespace, path: Path, out: TextIO) -> int:
    from .services import xlsx_roundtrip

    workspace = _workspace(args, create=False)
    try:
        preview = xlsx_roundtrip.preview(workspace.store, path)
        print(xlsx_roundtrip.format_preview(preview), file=out)
        if not args.apply:
            if not preview.is_empty:
                print("Er is nog niets gewijzigd; voeg --apply toe om dit door te voeren.", file=out)
            return 0
        result = xlsx_roundtrip.apply(workspace.store, preview, take=args.take, allow_deletions=args.allow_deletions,
                                      author=workspace.author)
    finally:
        workspace.close()
    print(f"{result.fields} velden in {result.activities} activiteiten bijgewerkt; "
          f"{result.skipped_conflicts} conflicten en {result.skipped_deletions} verwijderingen niet toegepast",
          file=out)
    return 0


def _import_packages(args: argparse.Namespace, out: TextIO) -> int:
    from .formats.package import read_package
    from .services import packages

    paths = [Path(name) for name in args.files]
    kinds = {read_package(path).manifest.kind for path in paths}
    if kinds == {"uitgifte"}:
        if len(paths) != 1:
            raise UserError("Open één uitgiftepakket tegelijk.")
        workspace = packages.open_handout(
            paths[0], database=Path(args.db) if args.db else None, replace_existing=args.replace
        )
        try:
            editable = packages.editable_activities(workspace) or frozenset()
            print(f"Werkpakket geopend in {workspace.location}: {len(editable)} activiteit(en) om te bewerken",
                  file=out)
        finally:
            workspace.close()
        return 0
    if kinds != {"inlevering"}:
        raise UserError("Importeer uitgifte- en inleverpakketten apart.")
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


def cmd_handout(args: argparse.Namespace, out: TextIO) -> int:
    from .services.packages import create_handout

    workspace = _workspace(args, create=False)
    try:
        report = create_handout(workspace, args.owner, Path(args.out))
    finally:
        workspace.close()
    print(f"Werkpakket voor {report.owner}: {report.editable} van {report.total} activiteiten bewerkbaar "
          f"→ {report.path}", file=out)
    return 0


def cmd_handin(args: argparse.Namespace, out: TextIO) -> int:
    from .services.packages import create_handin

    workspace = _workspace(args, create=False)
    try:
        report = create_handin(workspace, Path(args.out))
    finally:
        workspace.close()
    print(f"Inleverpakket gemaakt: {report.activities} activiteit(en), {report.fields} gewijzigde velden "
          f"→ {report.path}", file=out)
    return 0


def cmd_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    from .domain.textdiff import Op, word_diff
    from .services.packages import resolve_conflict

    workspace = _workspace(args, create=False)
    try:
        if args.action == "resolve":
            if not args.id or not args.take:
                raise UserError("Gebruik: conflicts resolve ID --take pakket|database")
            matches = [c for c in workspace.store.conflicts() if c.id.startswith(args.id)]
            if len(matches) != 1:
                raise UserError(f"Geen (eenduidig) open conflict met nummer '{args.id}'.")
            resolve_conflict(workspace, matches[0].id, args.take)
            print(f"Conflict {args.id} beslist: {args.take}", file=out)
            return 0
        conflicts = workspace.store.conflicts()
        if not conflicts:
            print("Geen open conflicten.", file=out)
        for conflict in conflicts:
            title = workspace.activity(conflict.activity_id).title
            print(f"{conflict.id[:8]}  {title} — {conflict.field} (van {conflict.source})", file=out)
            for piece in word_diff(conflict.ours or "", conflict.theirs or ""):
                if piece.op is not Op.SAME and piece.text.strip():
                    sign = "-" if piece.op is Op.REMOVED else "+"
                    print(f"    {sign} {piece.text.strip()[:100]}", file=out)
    finally:
        workspace.close()
    return 0


def cmd_snapshot(args: argparse.Namespace, out: TextIO) -> int:
    from .services import snapshots

    workspace = _workspace(args, create=False)
    try:
        if args.action == "create":
            snapshot = snapshots.create_snapshot(workspace, args.name or "")
            print(f"Momentopname '{snapshot.name}' gemaakt ({snapshot.created_at:%d-%m-%Y %H:%M})", file=out)
        elif args.action == "list":
            for snapshot in workspace.store.snapshots():
                print(f"{snapshot.created_at:%d-%m-%Y %H:%M}  {snapshot.name}  ({snapshot.created_by})", file=out)
        else:
            snapshot = snapshots.find_snapshot(workspace, args.name or "")
            changes = snapshots.changes_since(workspace, snapshot)
            print(f"Sinds '{snapshot.name}': {len(changes)} activiteit(en) gewijzigd", file=out)
            for change in changes:
                print(f"  {change.describe()}", file=out)
    finally:
        workspace.close()
    return 0


def cmd_people(args: argparse.Namespace, out: TextIO) -> int:
    workspace = _workspace(args, create=False)
    try:
        if args.action == "add":
            workspace.store.add_person(args.name or "", args.role)
        elif args.action == "remove":
            matches = [p for p in workspace.store.people() if p.name.casefold() == (args.name or "").casefold()]
            if not matches:
                raise UserError(f"'{args.name}' staat niet in de lijst van mensen.")
            workspace.store.remove_person(matches[0].id)
        for person in workspace.store.people():
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
            raise UserError(f"Ongeldige deadline '{args.deadline}': gebruik dd-mm-jjjj.") from None
    selection = Selection(programme=args.programme, goal=args.goal, activity=args.activity)
    workspace = _workspace(args, create=False)
    try:
        count = workspace.assign(selection, owner=args.owner, deadline=deadline)
    finally:
        workspace.close()
    print(f"{count} activiteit(en) toegewezen aan {args.owner}", file=out)
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
}


# -- parser -----------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PAD", help="de database (standaard: die in uw gebruikersmap), of een database-URL")
    parser = argparse.ArgumentParser(
        prog="verantwoording",
        description="Verantwoording: de programmaverantwoording schrijven, verzamelen en exporteren. "
        "Zonder opdracht start het programma.",
    )
    parser.add_argument("--version", action="version", version=f"Verantwoording {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    p = sub.add_parser("import", parents=[common], help="een P&C-tekst of werkpakket(ten) importeren")
    p.add_argument("files", nargs="+", metavar="BESTAND")
    p.add_argument("--replace", action="store_true", help="het bestaande document vervangen")
    p.add_argument("--apply", action="store_true", help="werkmap: de wijzigingen echt doorvoeren")
    p.add_argument("--take", choices=("workbook", "database"), help="werkmap: wie wint bij een conflict")
    p.add_argument("--allow-deletions", action="store_true", help="werkmap: lege cellen mogen tekst wissen")

    p = sub.add_parser("export", parents=[common], help="het document exporteren")
    p.add_argument("--format", choices=("txt", "md", "docx", "xlsx"), help="standaard: afgeleid van --out")
    p.add_argument("--out", required=True, metavar="BESTAND")
    p.add_argument("--programme", metavar="NR", help="alleen dit programma")
    p.add_argument("--goal", metavar="I|II|…", help="alleen dit hoofddoel")
    p.add_argument("--activity", type=int, metavar="NR", help="alleen deze activiteit (met --goal)")
    p.add_argument("--status", action="append", metavar="STATUS", help="alleen activiteiten met deze status")
    p.add_argument("--owner", action="append", metavar="NAAM", help="alleen activiteiten van deze eigenaar")
    p.add_argument("--no-plan", action="store_true", help="zonder plantekst")
    p.add_argument("--key-figures", action="store_true", help="met kengetallen (Word)")
    p.add_argument("--no-footer", action="store_true", help="zonder voettekst (P&C-tekst)")
    p.add_argument("--template", metavar="HUISSTIJL", help="Word-sjabloon (.docx/.dotx)")
    p.add_argument("--changed-since", metavar="MOMENTOPNAME",
                   help="Excel: kolom met wat er sinds deze momentopname is gewijzigd")

    sub.add_parser("list", parents=[common], help="de boom met aantallen en volledigheid")
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
    p.add_argument("number", nargs="?", type=int, help="met restore: het nummer uit 'backup list'")
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
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if not args.command:
        parser.print_help(out)
        return 0
    if getattr(args, "activity", None) is not None and getattr(args, "goal", None) is None:
        print("fout: --activity werkt alleen samen met --goal.", file=err)
        return 2
    try:
        return HANDLERS[args.command](args, out)
    except UserError as error:
        print(f"fout: {error.message}", file=err)
        return 1
    except BrokenPipeError:  # output piped into e.g. `head`
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("afgebroken", file=err)
        return 130
    except Exception as error:  # a bug: log it, say where, no traceback on screen
        log = _log_exception(error)
        print(f"fout: onverwachte fout ({type(error).__name__}: {error}). Details staan in {log}.", file=err)
        return 3


def _log_exception(error: BaseException) -> Path:
    import logging
    import traceback

    from .services import paths

    log_dir = paths.log_dir()
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / "verantwoording-cli.log"
    logger = logging.getLogger("verantwoording.cli")
    handler = logging.FileHandler(log, encoding="utf-8")
    logger.addHandler(handler)
    try:
        logger.error("".join(traceback.format_exception(error)))
    finally:
        logger.removeHandler(handler)
        handler.close()
    return log
