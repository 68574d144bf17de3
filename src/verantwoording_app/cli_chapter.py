"""Commands for the rest of the programme chapter: ``financien`` (ledger import, tables, settings)
and ``beleidsindicatoren`` (import from waarstaatjegemeente.nl)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .domain.errors import UserError
from .domain.messages import Message, define

if TYPE_CHECKING:
    import argparse
    from decimal import Decimal

    from .services.workspace import Workspace

WRITING_ACTIONS = {("financien", "import"), ("financien", "instellingen"), ("beleidsindicatoren", "import")}


def writes(args: argparse.Namespace) -> bool:
    if (args.command, getattr(args, "action", None)) not in WRITING_ACTIONS:
        return False
    if args.command == "financien" and args.action == "import" and args.preview:
        return False
    return not (args.command == "financien" and args.action == "instellingen" and not _settings_given(args))


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("financien", parents=[common],
                       help="Wat heeft het gekost: grootboekexport importeren, tabellen en afwijkingen tonen")
    p.add_argument("action", choices=("import", "toon", "instellingen"))
    p.add_argument("file", nargs="?", metavar="BESTAND.xlsx|csv", help="met import: de export van de administratie")
    p.add_argument("--kolom", action="append", metavar="VELD=KOP",
                   help="import: welke kolom welk veld is, bijvoorbeeld realisatie='Werkelijk 2025' (velden: "
                   "programma, taakveld, omschrijving, soort, primitief, gewijzigd, realisatie)")
    p.add_argument("--preview", action="store_true", help="import: alleen tonen wat er gelezen wordt")
    p.add_argument("--drempel", metavar="BEDRAG", help="instellingen: drempelbedrag, bijvoorbeeld 25.000 (of 'geen')")
    p.add_argument("--percentage", metavar="PCT", help="instellingen: drempelpercentage van de begroting (of 'geen')")
    p.add_argument("--beide", choices=("ja", "nee"), help="instellingen: bedrag én percentage moeten worden bereikt")
    p.add_argument("--teken", choices=("voordeel_positief", "voordeel_negatief"),
                   help="instellingen: tekenconventie (is een voordeel positief of negatief)")
    p.add_argument("--afronding", choices=("1", "1000"), help="instellingen: bedragen x € 1 of x € 1.000")
    p = sub.add_parser("beleidsindicatoren", parents=[common],
                       help="beleidsindicatoren importeren zoals waarstaatjegemeente.nl ze exporteert")
    p.add_argument("action", choices=("import",))
    p.add_argument("file", metavar="BESTAND.xlsx|csv")
    p.add_argument("--programma", metavar="NR",
                   help="het programma waar de indicatoren bij horen (anders: kolom Programma of via het taakveld)")
    p.add_argument("--kolom", action="append", metavar="VELD=KOP",
                   help="welke kolom welk veld is (velden: indicator, eenheid, periode, gemeente, waarde, taakveld, "
                   "programma, vergelijking, vergelijkingswaarde)")


def cmd_financien(args: argparse.Namespace, out: TextIO, open_workspace: Any) -> int:
    workspace: Workspace = open_workspace(args)
    try:
        if args.action == "import":
            return _import(workspace, args, out)
        if args.action == "instellingen":
            return _settings(workspace, args, out)
        return _show(workspace, out)
    finally:
        workspace.close()


def _import(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from .services import chapter as service

    if not args.file:
        raise UserError(Message.of("cli.chapter_file_missing"))
    path = Path(args.file)
    table, mapping = service.mapping_from_options(path, args.kolom or ())
    if args.preview:
        ledger = service.preview_ledger(workspace, path, mapping, table)
        print(f"{path.name}: voorbeeld, er is niets geschreven; {ledger.rows} regels, "
              f"{ledger.totals_checked} controletotaal/-totalen klopt", file=out)
        for line in ledger.mapping_lines():
            print(f"  {line}", file=out)
        for note in ledger.notes:
            print(f"  let op: {note}", file=out)
        return 0
    result = service.import_ledger(workspace, path, mapping, table)
    for line in result.summary():
        print(line, file=out)
    return 0


def _settings_given(args: argparse.Namespace) -> bool:
    return any(getattr(args, name, None) is not None for name in ("drempel", "percentage", "beide", "teken",
                                                                   "afronding"))


def _optional_amount(text: str, what: str) -> Decimal | None:
    from .domain.money import AmountError, parse_amount, parse_percentage

    if text.strip().lower() in ("geen", "-", ""):
        return None
    try:
        return parse_percentage(text, where=what) if what == "percentage" else parse_amount(text, where=what)
    except AmountError as error:
        raise UserError(str(error)) from error


def _settings(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from dataclasses import replace

    from .domain.money import SignConvention
    from .services import chapter as service

    settings, _source = service.chapter_store(workspace).settings()
    if _settings_given(args):
        threshold = settings.threshold
        if args.drempel is not None:
            threshold = replace(threshold, amount=_optional_amount(args.drempel, "drempel"))
        if args.percentage is not None:
            threshold = replace(threshold, percentage=_optional_amount(args.percentage, "percentage"))
        if args.beide is not None:
            threshold = replace(threshold, both=args.beide == "ja")
        settings = replace(settings, threshold=threshold,
                           sign=SignConvention(args.teken) if args.teken else settings.sign,
                           rounding=int(args.afronding) if args.afronding else settings.rounding)
        service.set_settings(workspace, settings)
    from .domain.finance_labels import sign_label, threshold_label
    from .domain.money import rounding_label

    print(_say(_THRESHOLD_LINE, threshold=threshold_label(settings.threshold)), file=out)
    print(_say(_SIGN_LINE, sign=sign_label(settings.sign)), file=out)
    print(_say(_AMOUNTS_LINE, rounding=rounding_label(settings.rounding)), file=out)
    return 0


_THRESHOLD_LINE = define("cli.finance.threshold", "Drempel voor afwijkingen: {threshold}",
                         "Threshold for variances: {threshold}")
_SIGN_LINE = define("cli.finance.sign", "Tekenconventie: {sign}", "Sign convention: {sign}")
_AMOUNTS_LINE = define("cli.finance.amounts", "Bedragen: {rounding}", "Amounts: {rounding}")
_NO_FIGURES = define("cli.finance.no_figures",
                     "Er zijn nog geen financiële gegevens; importeer ze met 'financien import BESTAND'.",
                     "There are no financial figures yet; import them with 'financien import FILE'.")
_SOURCE_LINE = define("cli.finance.source", "Bron: {file}{when} ({by}); bedragen {rounding}, {sign}",
                      "Source: {file}{when} ({by}); amounts {rounding}, {sign}")
_SOURCE_WHEN = define("cli.finance.source_when", " op {when}", " on {when}")
_VARIANCES_LINE = define("cli.finance.variances", "Afwijkingen boven de drempel ({threshold}): {count}",
                         "Variances above the threshold ({threshold}): {count}")
_NO_OWNER = define("cli.finance.no_owner", "geen eigenaar", "no owner")
_EXPLAINED = define("cli.finance.explained", "toegelicht", "explained")


def _say(message_id: str, **args: object) -> str:
    return Message.of(message_id, **args).render()


def _show(workspace: Workspace, out: TextIO) -> int:
    from .domain.finance import show, tables, variance_states
    from .domain.finance_labels import (
        column_labels,
        line_label,
        problems_label,
        row_label,
        sign_label,
        threshold_label,
        voordeel_label,
    )
    from .domain.money import format_amount, rounding_label

    document = workspace.document()
    chapter = document.chapter
    settings = chapter.settings
    if not chapter.lines:
        print(_say(_NO_FIGURES), file=out)
        return 0
    source = chapter.source
    when = _say(_SOURCE_WHEN, when=f"{source.imported_at:%d-%m-%Y %H:%M}") if source.imported_at else ""
    print(_say(_SOURCE_LINE, file=source.file, when=when, by=source.imported_by,
               rounding=rounding_label(settings.rounding), sign=sign_label(settings.sign)), file=out)
    by_id = tables(chapter, [p.id for p in document.programmes])
    columns = column_labels()
    for programme in document.programmes:
        table = by_id.get(programme.id)
        if table is None:
            continue
        print(programme.display_name, file=out)
        print(f"  {'':32} " + " ".join(f"{heading:>22}" for heading in columns), file=out)
        for row in table.rows:
            print(f"  {row_label(row.label):32} {show(row.primitief, settings):>22} {show(row.gewijzigd, settings):>22} "
                  f"{show(row.realisatie, settings):>22} {show(row.verschil, settings):>22}", file=out)
    states = variance_states(chapter, [p.id for p in document.programmes])
    names = {p.id: p.display_name for p in document.programmes}
    print(_say(_VARIANCES_LINE, threshold=threshold_label(settings.threshold), count=len(states)), file=out)
    for state in states:
        variance = state.variance
        owner = state.explanation.owner if state.explanation and state.explanation.owner else _say(_NO_OWNER)
        problems = problems_label(state.problems) or _say(_EXPLAINED)
        print(f"  {names.get(variance.programme_id, '?')} · {line_label(variance.kind)}: "
              f"{voordeel_label(variance.amount)} {format_amount(abs(variance.amount), settings.rounding)} "
              f"[{owner}] {problems}", file=out)
    return 0


def cmd_beleidsindicatoren(args: argparse.Namespace, out: TextIO, open_workspace: Any) -> int:
    from .formats import policy_indicators as policy_format
    from .formats.ledger import parse_mapping_options
    from .services import chapter as service

    workspace: Workspace = open_workspace(args)
    try:
        path = Path(args.file)
        table = service.read_policy_table(path)
        mapping = parse_mapping_options(args.kolom, table.header, policy_format.FIELDS) if args.kolom else None
        result = service.import_policy_indicators(workspace, path, programme=args.programma, mapping=mapping,
                                                  table=table)
    finally:
        workspace.close()
    print(f"{len(result.items)} beleidsindicatoren van {result.municipality or 'de gemeente'} uit "
          f"'{result.file}' geïmporteerd", file=out)
    print("Kolommen" + (":" if mapping else " (automatisch herkend):"), file=out)
    for line in result.mapping_lines():
        print(f"  {line}", file=out)
    for note in result.notes:
        print(f"let op: {note}", file=out)
    return 0


def check_lines(chapter: Any, programmes: list[tuple[str, str]], *, verbose: bool = False) -> tuple[list[str], bool]:
    """What ``check`` says about the chapter: variances without (full) explanation, amounts that differ.

    The second value is True when something is inconsistent (an explanation's amount differs from the
    table): that makes ``check`` fail, as unplaced text does; a missing explanation is incompleteness.
    """
    from .domain.finance import variance_states
    from .domain.money import format_amount

    if not chapter.lines:
        return [], False
    states = variance_states(chapter, [pid for pid, _name in programmes])
    names = dict(programmes)
    missing = [s for s in states if "toelichting ontbreekt" in s.problems]
    differs = [s for s in states if "bedrag in de toelichting wijkt af van de tabel" in s.problems]
    incomplete = [s for s in states if s.problems and s not in missing and s not in differs]
    lines = [f"Afwijkingen boven de drempel ({chapter.settings.threshold.describe()}): {len(states)}",
             f"  zonder toelichting:  {len(missing)}",
             f"  onvolledig:          {len(incomplete)}"]
    for state in differs:
        variance = state.variance
        explained = state.explanation.amount if state.explanation else None
        lines.append(f"Probleem: {names.get(variance.programme_id, '?')} · {variance.kind.label}: de toelichting "
                     f"noemt {format_amount(explained)}, de tabel {format_amount(variance.amount)}")
    if verbose:
        for state in missing + incomplete:
            variance = state.variance
            owner = state.explanation.owner if state.explanation and state.explanation.owner else "geen eigenaar"
            lines.append(f"  {names.get(variance.programme_id, '?')} · {variance.kind.label} "
                         f"({format_amount(variance.amount)}; {owner}): {', '.join(state.problems)}")
    return lines, bool(differs)
