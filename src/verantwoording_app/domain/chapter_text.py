"""The chapter's three questions as block text, for every exporter (Word, P&C text, website, Markdown).

Per programme, in the usual order: *Wat wilden we bereiken?* (effect texts, the effect
indicators and the beleidsindicatoren as tables), *Wat hebben we daarvoor gedaan?* (the goals
and activities, written by each exporter as before) and *Wat heeft het gekost?* (the financial
table in Dutch number format under the document's sign convention and rounding, then the
explanation of each variance above the threshold). Tables are block-text table rows, so each
exporter's own block rendering writes them. A programme without chapter data gets no question
headings: exports of documents without it stay as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from .blocktext import EMPTY, Block, BlockKind, BlockText, Run, table_row
from .chapter import RECHTMATIGHEID_LABELS, Chapter, EffectIndicator
from .finance import show, table_for, variance_states, voordeel_word
from .money import format_amount, rounding_label

if TYPE_CHECKING:
    from decimal import Decimal

    from .model import Document, Programma

QUESTION_EFFECTS: Final = "Wat wilden we bereiken?"
QUESTION_ACTIVITIES: Final = "Wat hebben we daarvoor gedaan?"
QUESTION_COSTS: Final = "Wat heeft het gekost?"
QUESTIONS: Final = (QUESTION_EFFECTS, QUESTION_ACTIVITIES, QUESTION_COSTS)
VARIANCES_HEADING: Final = "Toelichting op de afwijkingen"
INDICATORS_HEADING: Final = "Effectindicatoren"
POLICY_HEADING: Final = "Beleidsindicatoren"


@dataclass(frozen=True, slots=True)
class ChapterParts:
    """Which of the three questions an export carries (each optional in the export dialog)."""

    effects: bool = True
    activities: bool = True
    costs: bool = True


ALL_PARTS: Final = ChapterParts()


def _heading(text: str) -> Block:
    return Block(BlockKind.HEADING, (Run(text),), True)


def _paragraph(*runs: Run, gap: bool = True) -> Block:
    return Block(BlockKind.PARAGRAPH, tuple(runs), gap)


def _number(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    whole, _sep, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = f"{int(whole.lstrip('-') or 0):,}".replace(",", ".")
    return f"{sign}{digits}" + (f",{fraction}" if fraction else "")


def _with(blocks: list[Block], text: BlockText) -> None:
    for index, block in enumerate(text.blocks):
        blocks.append(Block(block.kind, block.runs, True if index == 0 else block.gap_before))


def has_effects(chapter: Chapter, programme_id: str) -> bool:
    return bool(chapter.effects_of(programme_id) or chapter.indicators_of(programme_id)
                or chapter.policy_indicators_of(programme_id))


def has_costs(chapter: Chapter, programme_id: str) -> bool:
    return bool(chapter.lines_of(programme_id))


def has_chapter(chapter: Chapter, programme_id: str) -> bool:
    return has_effects(chapter, programme_id) or has_costs(chapter, programme_id)


def effects_text(chapter: Chapter, programme_id: str, goals: list[tuple[str, str]], year: int,
                 realisation_label: str = "Bereikt in {jaar}:") -> BlockText:
    """Effect texts (programme first, then per goal in order), effect indicators, beleidsindicatoren."""
    blocks: list[Block] = []
    effects = {e.goal_id: e for e in chapter.effects_of(programme_id)}
    order = [("", ""), *goals]
    label = realisation_label.replace("{jaar}", str(year))
    for goal_id, title in order:
        effect = effects.get(goal_id)
        if effect is None or (effect.plan.is_empty and effect.realisation.is_empty):
            continue
        if title:
            blocks.append(_heading(title))
        _with(blocks, effect.plan)
        if not effect.realisation.is_empty:
            blocks.append(_paragraph(Run(label, italic=True)))
            _with(blocks, effect.realisation)
    indicators = chapter.indicators_of(programme_id)
    if indicators:
        blocks.append(_heading(INDICATORS_HEADING))
        blocks.extend(_indicator_table(indicators))
    policy = chapter.policy_indicators_of(programme_id)
    if policy:
        blocks.append(_heading(POLICY_HEADING))
        header = ["Indicator", "Eenheid", "Periode", policy[0].municipality or "Gemeente", "Vergelijking", "Bron"]
        blocks.append(table_row([[Run(h, bold=True)] for h in header], gap_before=True))
        for item in policy:
            comparison = (f"{_number(item.comparison_value)} ({item.comparison})" if item.comparison_value is not None
                          else item.comparison)
            blocks.append(table_row([item.indicator, item.unit, item.period, _number(item.value), comparison,
                                     item.source]))
    return BlockText(tuple(blocks)) if blocks else EMPTY


def _indicator_table(indicators: tuple[EffectIndicator, ...]) -> list[Block]:
    years = sorted({v.year for i in indicators for v in i.values})
    header = ["Indicator", "Eenheid", "Nulmeting", "Streefwaarde", *[f"Realisatie {y}" for y in years],
              "Peildatum", "Bron"]
    rows = [table_row([[Run(h, bold=True)] for h in header], gap_before=True)]
    for indicator in indicators:
        by_year = {v.year: v.value for v in indicator.values}
        rows.append(table_row([
            indicator.name, indicator.unit, _number(indicator.baseline), _number(indicator.target),
            *[_number(by_year.get(y)) for y in years],
            indicator.peildatum.strftime("%d-%m-%Y") if indicator.peildatum else "", indicator.source,
        ]))
    explained = [i for i in indicators if i.explanation.strip()]
    out = rows
    for indicator in explained:
        out.append(_paragraph(Run(f"{indicator.name}: ", bold=True), Run(indicator.explanation.strip())))
    return out


def costs_text(chapter: Chapter, programme_id: str) -> BlockText:
    """The financial table and the explanation of each variance above the threshold."""
    lines = chapter.lines_of(programme_id)
    if not lines:
        return EMPTY
    settings = chapter.settings
    minus = "-"
    table = table_for(programme_id, lines)
    header = [f"Bedragen {rounding_label(settings.rounding)}", "Begroting primitief", "Begroting na wijziging",
              "Realisatie", "Verschil"]
    blocks = [table_row([[Run(h, bold=True)] for h in header], gap_before=True)]
    for row in table.rows:
        cells = [row.label, *(show(v, settings, minus=minus) for v in
                              (row.primitief, row.gewijzigd, row.realisatie, row.verschil))]
        blocks.append(table_row([[Run(c, bold=row.total)] if c else [] for c in cells]))
    sign = ("Een voordeel is positief, een nadeel negatief." if settings.sign.factor > 0
            else "Een nadeel is positief, een voordeel negatief.")
    blocks.append(_paragraph(Run(sign, italic=True)))
    states = variance_states(chapter, [programme_id])
    if states:
        blocks.append(_heading(VARIANCES_HEADING))
        threshold = settings.threshold.describe()
        blocks.append(_paragraph(Run(f"Afwijkingen vanaf {threshold} worden toegelicht.")))
        for state in states:
            variance, explanation = state.variance, state.explanation
            title = (f"{variance.kind.label}: {voordeel_word(variance.amount)} van € "
                     f"{format_amount(abs(variance.amount), settings.rounding)}"
                     + (" (x € 1.000)" if settings.rounding == 1000 else ""))
            nature = explanation.nature.value if explanation and explanation.nature else ""
            blocks.append(_paragraph(Run(title, bold=True), *([Run(f" ({nature})")] if nature else [])))
            if explanation is not None and explanation.explained:
                _with(blocks, explanation.cause)
            else:
                blocks.append(_paragraph(Run("Toelichting ontbreekt.", italic=True), gap=False))
            if explanation is not None and explanation.rechtmatigheid:
                category = RECHTMATIGHEID_LABELS.get(explanation.rechtmatigheid, "")
                blocks.append(_paragraph(Run(f"Rechtmatigheid: categorie {explanation.rechtmatigheid}"
                                             + (f", {category.lower()}" if category else "") + ".")))
    return BlockText(tuple(blocks))


def chapter_questions(document: Document, programme: Programma,
                      parts: ChapterParts = ALL_PARTS) -> list[tuple[str, BlockText]]:
    """(heading, text) of *Wat wilden we bereiken?* and *Wat heeft het gekost?* for a programme, as far as
    it has them and they are wanted; empty for a programme without chapter data (no question headings)."""
    chapter = document.chapter
    if not has_chapter(chapter, programme.id):
        return []
    out: list[tuple[str, BlockText]] = []
    if parts.effects:
        goals = [(goal.id, document.goal_heading(index, goal)) for index, goal in enumerate(programme.goals)]
        text = effects_text(chapter, programme.id, goals, document.year)
        if not text.is_empty:
            out.append((QUESTION_EFFECTS, text))
    if parts.costs:
        text = costs_text(chapter, programme.id)
        if not text.is_empty:
            out.append((QUESTION_COSTS, text))
    return out


def question_text(questions: list[tuple[str, BlockText]], heading: str) -> BlockText | None:
    return next((text for question, text in questions if question == heading), None)
