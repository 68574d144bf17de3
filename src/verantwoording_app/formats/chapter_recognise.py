"""The three questions in a published (or our own exported) P&C text, read back.

Before the structure recogniser sees a text, :func:`split_chapter` takes out, per programme
(``Programma N …`` lines), what stands under *Wat wilden we bereiken?* and under *Wat heeft het
gekost?*, and the heading *Wat hebben we daarvoor gedaan?*; their lines become blank lines, so the
recogniser's line numbers stay right and it sees goals and activities as before.
:func:`attach_chapter` turns the parts into the chapter of the recognised document: the effect text
(plan, and realisation after ``Bereikt in JJJJ:``), the effect indicators and beleidsindicatoren
from their tables, the financial table (pipe rows as we write them, or a label followed by amounts
as a PDF gives them; ``Bedragen x € 1.000`` and the sign sentence are understood) and the
explanation of each variance (``Lasten: nadeel van € 60.001 (structureel)``, its cause, its
rechtmatigheid category). A goal's effect text is recognised under the goal's heading (as the exports
write it) or its bare title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from ..domain.blocktext import EMPTY, BlockText, parse_markdown, parse_plain
from ..domain.chapter import (
    LINE_LABELS,
    Chapter,
    ChapterSettings,
    EffectIndicator,
    EffectText,
    FinanceLine,
    LineKind,
    Nature,
    PolicyIndicator,
    Threshold,
    VarianceExplanation,
    YearValue,
)
from ..domain.chapter_text import (
    INDICATORS_HEADING,
    POLICY_HEADING,
    QUESTION_ACTIVITIES,
    QUESTION_COSTS,
    QUESTION_EFFECTS,
    VARIANCES_HEADING,
)
from ..domain.money import AmountError, SignConvention, parse_amount
from .recognise import SourceLine

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..domain.model import Document

_PROGRAMME = re.compile(r"^\s*Programma\s+(\d+[a-zA-Z]?)\b")
_REALISED = re.compile(r"^\s*Bereikt in \d{4}:\s*$")
_VARIANCE = re.compile(
    r"^\s*(?P<label>Lasten|Baten|Toevoegingen aan reserves|Onttrekkingen aan reserves):\s+(?P<word>voordeel|nadeel)"
    r"\s+van\s+€\s*[\d.,]+(?:\s*\(x € 1\.000\))?(?:\s*\((?P<nature>incidenteel|structureel)\))?\s*$",
    re.IGNORECASE,
)
_CATEGORY = re.compile(r"^\s*Rechtmatigheid:\s*categorie\s+(\d)\b", re.IGNORECASE)
_THRESHOLD = re.compile(r"^\s*Afwijkingen vanaf € ?([\d.]+) worden toegelicht\.\s*$")
_AMOUNT = r"\(?-?[\d.]+(?:,\d+)?\)?-?"
_LOOSE_ROW = re.compile(rf"^\s*(?P<label>[A-Za-zÀ-ÿ ]+?)\s+(?P<amounts>{_AMOUNT}(?:\s+{_AMOUNT}){{2,3}})\s*$")
_KINDS: Final = {label.lower(): kind for kind, label in LINE_LABELS.items()}
_KINDS.update({"toevoeging reserves": LineKind.TOEVOEGING, "onttrekking reserves": LineKind.ONTTREKKING,
               "toevoegingen reserves": LineKind.TOEVOEGING, "onttrekkingen reserves": LineKind.ONTTREKKING})
_STOP: Final = ("Deze pagina is gebouwd op",)
_EMPHASIS = re.compile(r"(?<!\\)\*+")


@dataclass(slots=True)
class Part:
    """The lines of one question of one programme (``programme`` its number; "" before any heading)."""

    programme: str
    question: str
    lines: list[str] = field(default_factory=list)
    markdown: bool = False
    """The lines are block-text Markdown (from Word, HTML or a Markdown file), not plain text."""

    def text(self, lines: list[str]) -> BlockText:
        return parse_markdown("\n".join(lines)) if self.markdown else parse_plain(lines)


def split_chapter(text: str) -> tuple[str, list[Part]]:
    """The text without the effects and costs parts (their lines blank), and those parts."""
    if QUESTION_EFFECTS[:-1] not in text and QUESTION_COSTS[:-1] not in text:
        return text, []
    lines = text.splitlines()
    taken, parts = _split(lines)
    if not parts and not any(taken):
        return text, []
    out = ["" if gone else line for line, gone in zip(lines, taken, strict=True)]
    return "\n".join(out) + ("\n" if text.endswith("\n") else ""), parts


def split_source_lines(lines: Sequence[SourceLine]) -> tuple[list[SourceLine], list[Part]]:
    """:func:`split_chapter` for the recogniser's source lines (Word, HTML, Markdown, a text read with --add):
    the lines of the parts become empty lines with their own numbers."""
    taken, parts = _split([line.text for line in lines])
    if not any(taken):
        return list(lines), parts
    if any(line.markdown for line in lines):
        for part in parts:
            part.markdown = True
    return [SourceLine(line.number, "") if gone else line for line, gone in zip(lines, taken, strict=True)], parts


def _split(lines: list[str]) -> tuple[list[bool], list[Part]]:
    """Per line whether it belongs to a chapter part (or is a question heading), and the parts."""
    whole = "\n".join(lines)  # one substring search first: most texts have neither question
    if QUESTION_EFFECTS[:-1] not in whole and QUESTION_COSTS[:-1] not in whole:
        return [False] * len(lines), []
    if not any("?" in line and _bare(line) in (QUESTION_EFFECTS, QUESTION_COSTS) for line in lines):
        return [False] * len(lines), []
    parts: list[Part] = []
    current: Part | None = None
    programme = ""
    taken: list[bool] = []
    for line in lines:
        stripped = _bare(line)
        heading = _PROGRAMME.match(stripped)
        if heading and not line.lstrip().startswith("|"):
            programme = heading.group(1)
            current = None
        elif stripped.startswith(_STOP):
            current = None
        if stripped in (QUESTION_EFFECTS, QUESTION_COSTS):
            current = Part(programme, stripped)
            parts.append(current)
            taken.append(True)
            continue
        if stripped == QUESTION_ACTIVITIES:
            current = None
            taken.append(True)
            continue
        if current is not None and not heading:
            current.lines.append(line)
            taken.append(True)
            continue
        taken.append(False)
    return taken, parts


def _bare(line: str) -> str:
    """A line without Markdown's heading marks and emphasis (our Markdown export reads back too)."""
    bare = line.strip().lstrip("#").strip()
    return _EMPHASIS.sub("", bare) if "*" in bare else bare  # the pattern is slow on a line without a star


def _cells(line: str) -> list[str] | None:
    stripped = line.strip()
    if not (stripped.startswith("|") and stripped.endswith("|")):
        return None
    cells = [cell.strip() for cell in stripped[1:-1].split("|")]
    if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells if cell):
        return []
    return [_EMPHASIS.sub("", cell).strip() if "*" in cell else cell for cell in cells]


def _number(text: str) -> Decimal | None:
    try:
        return parse_amount(text)
    except AmountError:
        return None


def _day(text: str) -> date | None:
    try:
        return datetime.strptime(text.strip(), "%d-%m-%Y").date() if text.strip() else None
    except ValueError:
        return None


def _sections(lines: list[str], headings: tuple[str, ...]) -> dict[str, list[str]]:
    """Lines under each of ``headings`` (key "" for what comes before the first)."""
    out: dict[str, list[str]] = {"": []}
    key = ""
    for line in lines:
        if _bare(line) in headings:
            key = _bare(line)
            out.setdefault(key, [])
            continue
        out[key].append(line)
    return out


def _table(lines: list[str]) -> tuple[list[str], list[list[str]], list[str]]:
    """(header, rows, the other lines) of the first pipe table in ``lines``."""
    header: list[str] = []
    rows: list[list[str]] = []
    rest: list[str] = []
    for line in lines:
        cells = _cells(line)
        if cells is None:
            rest.append(line)
        elif cells and not header:
            header = cells
        elif cells:
            rows.append(cells)
    return header, rows, rest


def _effects(part: Part, programme_id: str, goals: Mapping[str, str]) -> tuple[
        list[EffectText], list[EffectIndicator], list[PolicyIndicator]]:
    """Effect texts (the programme's, then each goal's under its heading: ``goals`` maps a bare heading to the
    goal's id), effect indicators and beleidsindicatoren of one *Wat wilden we bereiken?* part."""
    sections = _sections(part.lines, (INDICATORS_HEADING, POLICY_HEADING))
    chunks: list[tuple[str, list[str]]] = [("", [])]
    for line in sections[""]:
        goal_id = goals.get(_bare(line)) if line.strip() else None
        if goal_id is not None:
            chunks.append((goal_id, []))
        else:
            chunks[-1][1].append(line)
    effects = []
    for goal_id, text in chunks:
        split = next((i for i, line in enumerate(text) if _REALISED.match(_bare(line))), None)
        plan = part.text(text[:split] if split is not None else text)
        realisation = part.text(text[split + 1:]) if split is not None else EMPTY
        if not (plan.is_empty and realisation.is_empty):
            effects.append(EffectText(programme_id, goal_id, plan, realisation))
    indicators: list[EffectIndicator] = []
    header, rows, rest = _table(sections.get(INDICATORS_HEADING, []))
    explanations = {}
    for line in rest:
        name, sep, explanation = _bare(line).partition(": ")
        if sep:
            explanations[name.strip()] = explanation.strip()
    years = [(i, int(h.split()[-1])) for i, h in enumerate(header) if re.fullmatch(r"Realisatie \d{4}", h)]
    column = {h: i for i, h in enumerate(header)}
    for cells in rows:
        def get(name: str, cells: list[str] = cells) -> str:
            index = column.get(name)
            return cells[index] if index is not None and index < len(cells) else ""

        name = get("Indicator")
        if not name:
            continue
        values = tuple(YearValue(year, _number(cells[i]) if i < len(cells) else None) for i, year in years)
        indicators.append(EffectIndicator(programme_id, name[:500], unit=get("Eenheid")[:100], source=get("Bron")[:500],
                                          baseline=_number(get("Nulmeting")), target=_number(get("Streefwaarde")),
                                          values=tuple(v for v in values if v.value is not None),
                                          peildatum=_day(get("Peildatum")), explanation=explanations.get(name, "")))
    policy: list[PolicyIndicator] = []
    header, rows, _rest = _table(sections.get(POLICY_HEADING, []))
    if len(header) >= 4:
        municipality = header[3]
        for cells in rows:
            cells = cells + [""] * (6 - len(cells))
            match = re.fullmatch(r"\s*(\S+)\s*\((.*)\)\s*", cells[4])
            comparison, comparison_value = (match.group(2), _number(match.group(1))) if match else (cells[4], None)
            policy.append(PolicyIndicator(programme_id, cells[0][:500], cells[1][:100], cells[2][:64],
                                          municipality[:200], _number(cells[3]), comparison=comparison[:500],
                                          comparison_value=comparison_value, source=cells[5][:500] or "waarstaatjegemeente.nl"))
    return effects, indicators, policy


@dataclass(slots=True)
class _Costs:
    lines: list[FinanceLine] = field(default_factory=list)
    explanations: list[VarianceExplanation] = field(default_factory=list)
    rounding: int = 1
    sign: SignConvention = SignConvention.VOORDEEL_POSITIEF
    threshold: Decimal | None = None


def _costs(part: Part, programme_id: str) -> _Costs:
    found = _Costs()
    text = "\n".join(part.lines)
    if "x € 1.000" in text.split(VARIANCES_HEADING)[0]:
        found.rounding = 1000
    if "Een nadeel is positief" in text:
        found.sign = SignConvention.VOORDEEL_NEGATIEF
    sections = _sections(part.lines, (VARIANCES_HEADING,))
    factor = Decimal(found.rounding) * found.sign.factor
    for line in sections[""]:
        cells = _cells(line)
        if cells is None:
            loose = _LOOSE_ROW.match(line)
            if loose is None:
                continue
            cells = [loose.group("label"), *loose.group("amounts").split()]
        if len(cells) < 4:
            continue
        kind = _KINDS.get(cells[0].strip().lower())
        amounts = [_number(c) for c in cells[1:4]] if len(cells) >= 5 else [None, *(_number(c) for c in cells[1:3])]
        if kind is None or any(a is None for a in amounts[1:]):
            continue
        primitief, gewijzigd, realisatie = (a * factor if a is not None else Decimal(0) for a in amounts)
        found.lines.append(FinanceLine(programme_id, kind, primitief, gewijzigd, realisatie))
    for kind in LineKind:  # a table of sizes (lasten printed positive without the sign sentence): signed by kind
        own = [line for line in found.lines if line.kind is kind]
        total = sum((line.gewijzigd + line.realisatie for line in own), Decimal(0))
        if total and (total > 0) == kind.is_cost:
            found.lines = [replace(line, primitief=-line.primitief, gewijzigd=-line.gewijzigd,
                                   realisatie=-line.realisatie) if line.kind is kind else line for line in found.lines]
    current: dict[str, object] | None = None
    for raw in sections.get(VARIANCES_HEADING, []):
        line = _bare(raw)
        threshold = _THRESHOLD.match(line)
        if threshold:
            found.threshold = _number(threshold.group(1))
            continue
        heading = _VARIANCE.match(line)
        if heading:
            if current is not None:
                found.explanations.append(_explanation(programme_id, current, part))
            current = {"kind": _KINDS[heading.group("label").lower()], "nature": heading.group("nature"),
                       "cause": [], "category": ""}
            continue
        if current is None:
            continue
        category = _CATEGORY.match(line)
        if category:
            current["category"] = category.group(1)
        elif line != "Toelichting ontbreekt.":
            cause = current["cause"]
            assert isinstance(cause, list)
            cause.append(raw)
    if current is not None:
        found.explanations.append(_explanation(programme_id, current, part))
    return found


def _explanation(programme_id: str, data: dict[str, object], part: Part) -> VarianceExplanation:
    nature = data["nature"]
    lines = data["cause"]
    assert isinstance(lines, list)
    kind = data["kind"]
    assert isinstance(kind, LineKind)
    return VarianceExplanation(programme_id, kind, part.text(lines),
                               Nature(str(nature).lower()) if nature else None, str(data["category"]))


def attach_chapter(document: Document, parts: list[Part]) -> Document:
    """The document with the chapter its parts describe (programmes matched by number; the first one for a
    part before any programme heading)."""
    if not parts or not document.programmes:
        return document
    by_number = {p.number.strip().lstrip("0").lower(): p.id for p in document.programmes}
    first = document.programmes[0].id
    lines: list[FinanceLine] = []
    explanations: list[VarianceExplanation] = []
    effects: list[EffectText] = []
    indicators: list[EffectIndicator] = []
    policy: list[PolicyIndicator] = []
    settings = ChapterSettings()
    goal_headings: dict[str, dict[str, str]] = {}
    for programme in document.programmes:  # a goal's effect text stands under its heading, or its bare title
        headings = goal_headings[programme.id] = {}
        for index, goal in enumerate(programme.goals):
            headings.setdefault(_bare(goal.title), goal.id)
            headings[_bare(document.goal_heading(index, goal))] = goal.id
    for part in parts:
        programme_id = by_number.get(part.programme.lstrip("0").lower(), first)
        if part.question == QUESTION_EFFECTS:
            found_effects, found_indicators, found_policy = _effects(part, programme_id,
                                                                     goal_headings.get(programme_id, {}))
            effects.extend(found_effects)
            indicators.extend(found_indicators)
            policy.extend(found_policy)
        else:
            costs = _costs(part, programme_id)
            lines.extend(costs.lines)
            explanations.extend(e for e in costs.explanations if e.explained or e.nature or e.rechtmatigheid)
            threshold = Threshold(costs.threshold) if costs.threshold is not None else settings.threshold
            settings = ChapterSettings(costs.sign, costs.rounding, threshold)
    chapter = Chapter(settings=settings, lines=tuple(lines), explanations=tuple(explanations), effects=tuple(effects),
                      indicators=tuple(indicators), policy_indicators=tuple(policy))
    return replace(document, chapter=chapter)
