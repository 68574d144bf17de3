"""The P&C text format: what online P&C platforms publish and export.

Layout (see the Almelo sample)::

    Programmaverantwoording           <- title lines
    2.1.2.2 Wat hebben we gedaan?     <- section number and title
    Voor hoofddoel I "Titel" voeren we de volgende projecten en activiteiten uit:
    1. Activiteit                     <- also the artefact "  1. Titel"
    plan text ...
    Uitvoering in 2022:
    realisation text, "  • " bullets, short sub-headings
    Deze pagina is gebouwd op MM/DD/YYYY HH:MM:SS met de export van ...

The importer is tolerant (BOM, CRLF, non-breaking spaces, curly quotes, other
bullet characters, missing or doubled blank lines) and never loses content:
what it cannot place it keeps in ``Document.unplaced`` and reports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from ..domain.blocktext import BlockText, parse_plain, render_plain
from ..domain.errors import ImportRefused
from ..domain.model import (
    DEFAULT_GOAL_INTRO,
    DEFAULT_REALISATION_LABEL,
    Activiteit,
    Document,
    DocumentKind,
    Hoofddoel,
    Programma,
    from_roman,
)

MAX_BYTES = 20 * 1024 * 1024
"""Larger files are refused: a real chapter is well under 1 MB."""

_QUOTES = "\"'“”„‘’«»‚‹›"
_GOAL = re.compile(
    r"^(?P<lead>.*?\bhoofddoel)\s+(?P<numeral>[IVXLCDM]+|\d+)\.?\s*[:\-–]?\s*"
    r"(?P<q1>[" + _QUOTES + r"]?)(?P<title>.+?)(?P<q2>[" + _QUOTES + r"]?)"
    r"\s+(?P<rest>voeren\s+we\b.*)$",
    re.IGNORECASE,
)
_GOAL_SIMPLE = re.compile(
    r"^(?P<lead>(?:Voor\s+)?hoofddoel)\s+(?P<numeral>[IVXLCDM]+|\d+)\.?\s*[:\-–]\s*(?P<title>.+)$",
    re.IGNORECASE,
)
_ACTIVITY = re.compile(r"^(?P<indent>\s*)(?P<number>\d{1,3})\.\s+(?P<title>\S.*)$")
_PROGRAMME = re.compile(r"^Programma\s+(?P<number>\d{1,3}[a-z]?)\s*[:.\-–]?\s+(?P<name>\S.*)$", re.IGNORECASE)
_SECTION = re.compile(r"^(?P<number>\d+(?:\.\d+)+)\.?\s+(?P<title>\S.*)$")
_REALISATION = re.compile(r"^(?P<label>(?:Uitvoering|Realisatie)\s+(?:in\s+)?(?P<year>\d{4})\s*:?)\s*(?P<rest>.*)$", re.IGNORECASE)
_FOOTER = re.compile(r"^Deze pagina is gebouwd op\b.*$", re.IGNORECASE)
_YEAR = re.compile(r"\b(20\d{2}|19\d{2})\b")

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class ImportWarning:
    line: int
    """1-based line number in the source file (0: the whole file)."""
    message: str

    def __str__(self) -> str:
        return f"regel {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True, slots=True)
class ParseResult:
    document: Document
    warnings: tuple[ImportWarning, ...] = ()
    encoding: str = "utf-8"


# ---------------------------------------------------------------------------
# decoding


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding of a P&C text file; ImportRefused when it is not text."""
    if not data.strip():
        raise ImportRefused("Het bestand is leeg: er is niets om te importeren.")
    if len(data) > MAX_BYTES:
        raise ImportRefused(
            f"Het bestand is te groot ({len(data) // (1024 * 1024)} MB); een P&C-tekst is "
            f"hooguit {MAX_BYTES // (1024 * 1024)} MB. Controleer of u het juiste bestand kiest."
        )
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF", b"\x7fELF", b"MZ")):
        raise ImportRefused(
            "Dit is geen tekstbestand (het lijkt een Office-, PDF- of programmabestand). "
            "Kies een .txt-bestand met de P&C-tekst."
        )
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise ImportRefused("Het bestand is beschadigd: de tekencodering klopt niet.") from None
    sample = data[:65536]
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    if controls > len(sample) // 100 and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportRefused("Dit is geen tekstbestand (het bevat binaire gegevens, bijvoorbeeld een afbeelding).")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > 10:
        raise ImportRefused(
            "De tekencodering van dit bestand is niet te herkennen (geen UTF-8 en geen Windows-1252)."
        )
    return text, "cp1252"


# ---------------------------------------------------------------------------
# parsing


@dataclass
class _Activity:
    line: int
    number: int
    title: str
    plan: list[str] = field(default_factory=list)
    realisation: list[str] = field(default_factory=list)
    has_label: bool = False


@dataclass
class _Goal:
    line: int
    numeral: int
    title: str
    intro: str
    activities: list[_Activity] = field(default_factory=list)


@dataclass
class _Programme:
    number: str
    name: str
    intro: list[str] = field(default_factory=list)
    goals: list[_Goal] = field(default_factory=list)


def _clean(line: str) -> str:
    return _CONTROL.sub("", line.replace("\ufeff", "")).rstrip().rstrip("\u00a0\u2007\u202f\t ").rstrip()


def _goal_template(match: re.Match[str]) -> str:
    q1 = match.group("q1") or ""
    q2 = match.group("q2") or ""
    lead = match.group("lead")
    lead = lead[0].upper() + lead[1:] if lead else lead
    return f"{lead} {{nummer}} {q1}{{titel}}{q2} {match.group('rest')}"


def _numeral_value(text: str) -> int:
    return int(text) if text.isdigit() else from_roman(text)


def parse_pc_text(text: str) -> ParseResult:
    """Parse a P&C text into a document tree with warnings for what looked odd."""
    lines = [_clean(line) for line in re.split(r"\r\n|\r|\n", text)]
    warnings: list[ImportWarning] = []
    title_lines: list[str] = []
    section_number = section_title = footer = ""
    label_template = DEFAULT_REALISATION_LABEL
    goal_template = ""
    year: int | None = None
    programmes: list[_Programme] = []
    unplaced: list[str] = []
    current_goal: _Goal | None = None
    current: _Activity | None = None
    after_footer = False
    previous_blank = True

    def programme() -> _Programme:
        if not programmes:
            programmes.append(_Programme(_programme_number(section_number), ""))
        return programmes[-1]

    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        blank = not stripped
        if after_footer:
            if not blank:
                unplaced.append(line)
                warnings.append(ImportWarning(number, "tekst na de voettekst; bewaard als 'niet geplaatste tekst'"))
            continue
        if blank:
            target = _target(current, current_goal, programmes)
            if target is not None:
                target.append("")
            elif title_lines or section_number:
                unplaced_or_intro = programme().intro if programmes else None
                if unplaced_or_intro is not None:
                    unplaced_or_intro.append("")
            previous_blank = True
            continue

        if _FOOTER.match(stripped):
            footer = stripped
            after_footer = True
            continue

        if match := _PROGRAMME.match(stripped):
            programmes.append(_Programme(match.group("number"), match.group("name").strip()))
            current_goal, current = None, None
            previous_blank = False
            continue

        goal_match = _GOAL.match(stripped)
        simple_match = None if goal_match else _GOAL_SIMPLE.match(stripped)
        if goal_match or simple_match:
            match = goal_match or simple_match
            assert match is not None
            try:
                numeral = _numeral_value(match.group("numeral").upper())
            except ValueError:
                numeral = 0
            template = _goal_template(goal_match) if goal_match else ""
            if goal_match and not goal_template:
                goal_template = template
            goals = programme().goals
            expected = len(goals) + 1
            if numeral != expected:
                warnings.append(
                    ImportWarning(number, f"hoofddoel {match.group('numeral')} verwacht als nummer {expected}; "
                                          "de hoofddoelen worden op volgorde genummerd")
                )
            title = match.group("title").strip().strip(_QUOTES).strip()
            intro = template if template and template != goal_template else ""
            if simple_match:
                intro = stripped.replace(match.group("title"), "{titel}").replace(match.group("numeral"), "{nummer}", 1)
            current_goal = _Goal(number, numeral, title, intro)
            goals.append(current_goal)
            current = None
            previous_blank = False
            continue

        if current_goal is not None and (match := _ACTIVITY.match(line)):
            expected = len(current_goal.activities) + 1
            value = int(match.group("number"))
            artefact = value == 1 and (
                bool(match.group("indent")) or all(a.number == 1 for a in current_goal.activities)
            )
            starts_activity = current is None or (
                (current.has_label or previous_blank) and (value == expected or artefact)
            )
            if starts_activity:
                if value != expected and not (value == 1 and match.group("indent")):
                    warnings.append(
                        ImportWarning(number, f"activiteit {value} verwacht als nummer {expected}; "
                                              "de activiteiten worden op volgorde genummerd")
                    )
                if current is not None and not current.has_label:
                    warnings.append(
                        ImportWarning(current.line, f"activiteit '{current.title[:40]}' heeft geen "
                                                    f"realisatie ('{label_template.split('{')[0].strip()}…')")
                    )
                current = _Activity(number, value, match.group("title").strip())
                current_goal.activities.append(current)
                previous_blank = False
                continue

        if current is not None and (match := _REALISATION.match(stripped)):
            if current.has_label:
                warnings.append(ImportWarning(number, "tweede realisatiekop in dezelfde activiteit; als tekst bewaard"))
                current.realisation.append(line)
            else:
                current.has_label = True
                year_value = int(match.group("year"))
                if year is None:
                    year = year_value
                    label_template = match.group("label").replace(match.group("year"), "{jaar}")
                elif year_value != year:
                    warnings.append(ImportWarning(number, f"realisatiejaar {year_value} wijkt af van {year}"))
                if match.group("rest"):
                    current.realisation.append(match.group("rest"))
            previous_blank = False
            continue

        target = _target(current, current_goal, programmes)
        if target is not None:
            target.append(line)
        elif current_goal is not None:
            # text between the goal line and its first activity
            warnings.append(ImportWarning(number, "tekst tussen hoofddoel en eerste activiteit; bewaard als "
                                                  "'niet geplaatste tekst'"))
            unplaced.append(line)
        elif not programmes and not section_number and (m := _SECTION.match(stripped)):
            section_number, section_title = m.group("number"), m.group("title").strip()
        elif not programmes and not section_number and _is_title_line(stripped):
            title_lines.append(stripped)
        else:
            programme().intro.append(line)
        previous_blank = False

    if not any(p.goals for p in programmes):
        raise ImportRefused(
            "In dit bestand staan geen hoofddoelen en activiteiten in het P&C-formaat "
            "('Voor hoofddoel I \"…\" voeren we …' en daaronder '1. Titel'). Er is niets geïmporteerd."
        )
    if not any(goal.activities for p in programmes for goal in p.goals):
        warnings.append(ImportWarning(0, "geen activiteiten gevonden"))
    for p in programmes:
        for goal in p.goals:
            for activity in goal.activities:
                if not activity.has_label:
                    warnings.append(ImportWarning(activity.line, f"activiteit '{activity.title[:40]}' heeft geen realisatie"))

    if year is None:
        found = _YEAR.findall(" ".join([*title_lines, footer, section_title]))
        year = int(found[0]) if found else 0
        if not found:
            warnings.append(ImportWarning(0, "geen jaar gevonden; stel het jaar in bij de documentgegevens"))

    document = Document(
        year=year,
        kind=DocumentKind.JAARSTUKKEN if any(
            a.has_label for p in programmes for g in p.goals for a in g.activities
        ) else DocumentKind.BEGROTING,
        title_lines=tuple(title_lines),
        section_number=section_number,
        section_title=section_title,
        realisation_label=label_template,
        goal_intro=goal_template or DEFAULT_GOAL_INTRO,
        footer=footer,
        unplaced=parse_plain(unplaced),
        programmes=tuple(_build_programme(p) for p in programmes),
    )
    return ParseResult(document, tuple(sorted(warnings, key=lambda w: w.line)))


def _target(current: _Activity | None, goal: _Goal | None, programmes: Sequence[_Programme]) -> list[str] | None:
    if current is not None:
        return current.realisation if current.has_label else current.plan
    return None


def _is_title_line(line: str) -> bool:
    return len(line) <= 120 and not line.endswith((".", ";", ","))


def _programme_number(section_number: str) -> str:
    parts = section_number.split(".")
    return parts[1] if len(parts) > 1 and parts[1].isdigit() else "1"


def _build_programme(programme: _Programme) -> Programma:
    return Programma(
        number=programme.number,
        name=programme.name,
        intro=parse_plain(programme.intro),
        goals=tuple(
            Hoofddoel(
                title=goal.title,
                intro=goal.intro,
                activities=tuple(
                    Activiteit(title=a.title, plan=parse_plain(a.plan), realisation=parse_plain(a.realisation))
                    for a in goal.activities
                ),
            )
            for goal in programme.goals
        ),
    )


def read_pc_text(data: bytes) -> ParseResult:
    text, encoding = decode(data)
    result = parse_pc_text(text)
    warnings = result.warnings
    if encoding == "cp1252":
        warnings = (ImportWarning(0, "het bestand is gelezen als Windows-1252 (geen UTF-8)"), *warnings)
    return replace(result, warnings=warnings, encoding=encoding)


# ---------------------------------------------------------------------------
# rendering


FOOTER_TEXT = "Deze pagina is gebouwd op {gebouwd} met de export van {export}"


def built_footer(built: datetime, exported: datetime | None = None) -> str:
    """The platform footer with today's times in Dutch notation (dd-mm-jjjj uu:mm:ss)."""
    def when(moment: datetime) -> str:
        return moment.strftime("%d-%m-%Y %H:%M:%S")

    return FOOTER_TEXT.format(gebouwd=when(built), export=when(exported or built))


def render_pc_text(document: Document, *, include_plan: bool = True, include_footer: bool = True,
                   footer: str | None = None) -> str:
    """The document in the published layout; activities numbered 1..n per goal.

    ``footer`` replaces the document's own footer line (``include_footer`` False leaves it out).
    """
    out: list[str] = []

    def para(*lines: str) -> None:
        if out and out[-1] != "":
            out.append("")
        out.extend(lines)

    many = len(document.programmes) > 1 or any(p.name for p in document.programmes)
    for line in document.title_lines:
        para(line)
    for programme in document.programmes:
        if many:
            para(programme.display_name)
        if document.section_number or document.section_title:
            para(f"{document.section_number} {document.section_title}".strip())
        if not programme.intro.is_empty:
            para(*render_plain(programme.intro))
        for goal_index, goal in enumerate(programme.goals):
            para(document.goal_heading(goal_index, goal))
            for index, activity in enumerate(goal.activities):
                para(f"{activity.number or index + 1}. {activity.title}")
                plan = render_plain(activity.plan) if include_plan else []
                if plan:
                    if activity.plan.blocks[0].gap_before and _starts_with_bullet(activity.plan):
                        out.append("")
                    out.extend(plan)
                if not activity.realisation.is_empty or document.kind is not DocumentKind.BEGROTING:
                    para(document.realisation_heading()) if plan else out.append(document.realisation_heading())
                    realisation = render_plain(activity.realisation)
                    if realisation and _starts_with_bullet(activity.realisation):
                        out.append("")
                    out.extend(realisation)
    if not document.unplaced.is_empty:
        para(*render_plain(document.unplaced))
    footer_line = document.footer if footer is None else footer
    if include_footer and footer_line:
        para(footer_line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def _starts_with_bullet(text: BlockText) -> bool:
    return bool(text.blocks) and text.blocks[0].kind.value in ("bullet", "numbered")
