"""P&C checks ("Controle"): what an annual-report reader trips over, found per activity.

The rules and their Dutch texts are one table, :data:`RULES`. A rule either lists
patterns (a finding per sentence that matches one) or names a detector function for
what a pattern cannot see (copied plan, key figures, length). Adding a rule is adding a
row (and, for a detector, one function). Every pattern is linear-time.

A finding carries a fingerprint (rule, field and the sentence, normalised) so that
"negeren, met reden" stays attached to that sentence until its text changes.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache

from .blocktext import Block, BlockKind, BlockText
from .model import Activiteit, ActivityPlace, Document, DocumentKind, from_roman, roman
from .prose import Span, sentences, words_of

JAARSTUKKEN_ONLY = frozenset({DocumentKind.JAARSTUKKEN})
ALL_KINDS = frozenset(DocumentKind)


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What a check needs to know about the document beyond the activity itself."""

    year: int
    kind: DocumentKind = DocumentKind.JAARSTUKKEN
    realisation_label: str = ""
    section_number: str = ""
    codes: frozenset[str] = frozenset()
    """Every activity code of the document (``1.II.3``), for cross-references."""
    paragraphs: frozenset[str] = frozenset()
    """Paragraph numbers the document holds (its section number and the ones above it)."""
    target_words: int = 0
    """The realisation's target length (document setting or the activity's own); 0: none."""

    @classmethod
    def from_document(cls, document: Document, target_words: int = 0) -> CheckContext:
        return cls.for_header(document, frozenset(place.code for place in document.iter_activities()),
                              target_words)

    @classmethod
    def for_header(cls, document: Document, codes: Iterable[str], target_words: int = 0) -> CheckContext:
        return cls(
            year=document.year, kind=document.kind, realisation_label=document.realisation_label,
            section_number=document.section_number, codes=frozenset(codes),
            paragraphs=paragraph_numbers(document.section_number), target_words=target_words,
        )


def paragraph_numbers(section_number: str) -> frozenset[str]:
    """``2.1.2.2`` → {2, 2.1, 2.1.2, 2.1.2.2}: the paragraphs this chapter is part of."""
    parts = [p for p in section_number.strip().strip(".").split(".") if p]
    return frozenset(".".join(parts[: n + 1]) for n in range(len(parts)))


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    activity_id: str
    code: str
    field: str
    """``realisation``, ``plan``, ``title`` or ``kengetallen``."""
    sentence: str
    """The sentence (or short description) the finding is about."""
    message: str
    block: int = -1
    start: int = 0
    end: int = 0

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.rule_id, self.field, self.sentence)

    @property
    def rule(self) -> Rule:
        return RULES_BY_ID[self.rule_id]


def fingerprint(rule_id: str, field: str, sentence: str) -> str:
    normal = " ".join(sentence.casefold().split())
    return hashlib.sha1(f"{rule_id}\x1f{field}\x1f{normal}".encode(), usedforsecurity=False).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Hit:
    """What a detector reports; the checker turns it into a Finding."""

    field: str
    sentence: str
    span: Span | None = None
    detail: str = ""


Detector = Callable[["Rule", ActivityPlace | None, Activiteit, CheckContext], Iterator[Hit]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title: str
    explanation: str
    """Shown beside the finding: why this matters and what to do (Dutch)."""
    kinds: frozenset[DocumentKind] = ALL_KINDS
    fields: tuple[str, ...] = ("realisation",)
    patterns: tuple[re.Pattern[str], ...] = ()
    detector: Detector | None = None
    exclude: tuple[re.Pattern[str], ...] = ()
    """A sentence that matches one of these is not a finding (known near misses)."""
    settings: Mapping[str, float] = field(default_factory=dict)
    keywords: tuple[str, ...] = ()
    """Lower-case pieces of which a matching sentence holds at least one (a cheap pre-filter)."""

    def applies_to(self, context: CheckContext) -> bool:
        return context.kind in self.kinds


def _p(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _cs(*patterns: str) -> tuple[re.Pattern[str], ...]:
    """Case-sensitive patterns (PM, XXX, TODO are capitals in practice)."""
    return tuple(re.compile(p) for p in patterns)


# -- detectors ----------------------------------------------------------------------

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PAST_AUX = r"(?:is|zijn|werd|werden|was|waren|heeft|hebben|hadden|had)"
_PRESENT_FUTURE = r"(?:komt|komen|start|starten|begint|beginnen|gaat|gaan|wordt|worden|volgt|volgen|zal|zullen)"
_PLANNING_PARTICIPLES = (
    "opgesteld|opgeleverd|opgestart|gestart|uitgewerkt|ingevoerd|voorbereid|afgerond|ontwikkeld|gerealiseerd|"
    "aangelegd|gebouwd|uitgebreid|aangepast|vastgesteld|ingericht|opgezet|onderzocht|geëvalueerd|geïmplementeerd|"
    "aanbesteed|uitgevoerd|opgepakt|verkend|bepaald"
)


_memo: dict[int, tuple[BlockText, list[Span]]] = {}


def _sentences(text: BlockText) -> list[Span]:
    """The sentences of a text, split once per check of an activity (every rule reads them)."""
    found = _memo.get(id(text))
    if found is not None and found[0] is text:
        return found[1]
    spans = list(sentences(text))
    _memo[id(text)] = (text, spans)
    return spans


def _combined(rule: Rule) -> re.Pattern[str] | None:
    """One alternation of a rule's patterns (each keeps its own case flag): one scan per sentence."""
    if not rule.patterns:
        return None
    found = _COMBINED.get(rule.id)
    if found is None:
        def part(pattern: re.Pattern[str], source: str) -> str:
            return f"(?{'i' if pattern.flags & re.IGNORECASE else '-i'}:{source})"

        bounded = [part(p, p.pattern[2:]) for p in rule.patterns if p.pattern.startswith(r"\b")]
        other = [part(p, p.pattern) for p in rule.patterns if not p.pattern.startswith(r"\b")]
        # one leading \b for all branches that start with one: 3-4 times faster in Python's re
        found = _COMBINED[rule.id] = re.compile("|".join(([rf"\b(?:{'|'.join(bounded)})"] if bounded else []) + other))
    return found


_COMBINED: dict[str, re.Pattern[str]] = {}


_by_block_memo: dict[int, tuple[BlockText, dict[int, list[Span]]]] = {}


def _sentences_by_block(text: BlockText) -> dict[int, list[Span]]:
    """The sentences of a text per block index (split once per check of an activity)."""
    found = _by_block_memo.get(id(text))
    if found is not None and found[0] is text:
        return found[1]
    by_block: dict[int, list[Span]] = {}
    for span in _sentences(text):
        by_block.setdefault(span.block, []).append(span)
    _by_block_memo[id(text)] = (text, by_block)
    return by_block


@lru_cache(maxsize=16384)
def _starts(pattern: re.Pattern[str], keywords: tuple[str, ...], text: str) -> tuple[int, ...]:
    """Where ``pattern`` matches in one paragraph (nowhere when it holds none of ``keywords``), remembered:
    a recheck while typing scans only the paragraph that changed."""
    if keywords:
        lower = text.lower()
        if not any(key in lower for key in keywords):
            return ()
    return tuple(m.start() for m in pattern.finditer(text))


def _matching(text: BlockText, pattern: re.Pattern[str], keywords: tuple[str, ...] = ()) -> list[Span]:
    """The sentences in which ``pattern`` matches: one scan per block, not per sentence; a block
    without any of ``keywords`` is skipped unscanned."""
    by_block: dict[int, list[Span]] | None = None
    out: list[Span] = []
    for index, block in enumerate(text.blocks):
        starts = _starts(pattern, keywords, block.text)
        if not starts:
            continue
        if by_block is None:
            by_block = _sentences_by_block(text)
        for span in by_block.get(index, ()):
            at = bisect_left(starts, span.start)  # starts are in order: no scan of every start per sentence
            if at < len(starts) and starts[at] < span.end:
                out.append(span)
    return out


def _pattern_hits(rule: Rule, _place: ActivityPlace | None, activity: Activiteit,
                  _context: CheckContext) -> Iterator[Hit]:
    for field_name in rule.fields:
        text = getattr(activity, field_name)
        if isinstance(text, str):
            text = BlockText.from_plain(text)
        pattern = _combined(rule)
        if pattern is None:
            continue
        for span in _matching(text, pattern, rule.keywords):
            if not any(p.search(span.text) for p in rule.exclude):
                yield Hit(field_name, span.text, span)


def _future_tense(rule: Rule, place: ActivityPlace | None, activity: Activiteit,
                  context: CheckContext) -> Iterator[Hit]:
    """Pattern rule plus "in <later year> start/komt/wordt …" (needs the report year)."""
    later = "|".join(str(year) for year in range(context.year + 1, context.year + 6))
    dynamic = re.compile(rf"\b(?:in|van|vanaf|per)\s+(?:\w+\s+){{0,4}}?(?:{later})\s+{_PRESENT_FUTURE}\b",
                         re.IGNORECASE)
    pattern = _combined(rule)
    hits = ({(span.block, span.start): span for span in _matching(activity.realisation, pattern, rule.keywords)}
            if pattern else {})
    years = [str(year) for year in range(context.year + 1, context.year + 6)]
    if any(year in block.text for block in activity.realisation.blocks for year in years):
        hits.update({(span.block, span.start): span for span in _matching(activity.realisation, dynamic)})
    for key in sorted(hits):
        span = hits[key]
        if not any(p.search(span.text) for p in rule.exclude):
            yield Hit("realisation", span.text, span)


def _later_year_done(rule: Rule, _place: ActivityPlace | None, activity: Activiteit,
                     context: CheckContext) -> Iterator[Hit]:
    later = "|".join(str(year) for year in range(context.year + 1, context.year + 11))
    year_phrase = rf"\bin\s+(?:(?:het|de)\s+\w+\s+(?:kwartaal|helft|maand)\s+van\s+)?(?:\w+\s+)?(?:{later})\b"
    patterns = (
        re.compile(rf"{year_phrase}\s+(?:\w+\s+){{0,2}}?{_PAST_AUX}\b", re.IGNORECASE),
        re.compile(rf"\b{_PAST_AUX}\s+(?:\w+\s+){{0,3}}?{year_phrase}", re.IGNORECASE),
    )
    years = [str(year) for year in range(context.year + 1, context.year + 11)]
    blocks = activity.realisation.blocks
    if not _any_later_year(blocks, years):
        return
    by_block = _sentences_by_block(activity.realisation)
    for span in (span for index, block in enumerate(blocks) if any(year in block.text for year in years)
                 for span in by_block.get(index, ())):
        if not any(year in span.text for year in years):
            continue
        if str(context.year) in span.text:
            continue  # "in 2022 gestart, met een doorloop in 2023": the report year is the time of the deed
        if any(p.search(span.text) for p in patterns):
            yield Hit("realisation", span.text, span)


def _any_later_year(blocks: tuple[Block, ...], years: list[str]) -> bool:
    """Whether any of these years is written anywhere in the blocks (one pass per year over the joined text)."""
    joined = "\n".join(block.text for block in blocks)
    return any(year in joined for year in years)


def _previous_year_heading(rule: Rule, _place: ActivityPlace | None, activity: Activiteit,
                           context: CheckContext) -> Iterator[Hit]:
    previous = str(context.year - 1)
    label = context.realisation_label.replace("{jaar}", str(context.year))
    if re.search(rf"\b{previous}\b", label):
        yield Hit("realisation_label", label, None, "het kopje van de realisatie")
    if re.search(rf"\b{previous}\b", activity.title):
        yield Hit("title", activity.title, None, "de titel")
    for index, block in enumerate(activity.realisation.blocks):
        if block.kind is BlockKind.HEADING and re.search(rf"\b{previous}\b", block.text):
            yield Hit("realisation", block.text, Span(index, 0, len(block.text), block.text), "een tussenkop")


def _empty_or_copied(rule: Rule, _place: ActivityPlace | None, activity: Activiteit,
                     _context: CheckContext) -> Iterator[Hit]:
    if activity.realisation.is_empty:
        yield Hit("realisation", "(geen realisatie)", None, "leeg")
        return
    plan = activity.plan.plain_text().casefold().split()
    real = activity.realisation.plain_text().casefold().split()
    if len(plan) < 8 or not real:
        return
    shorter, longer = sorted((len(plan), len(real)))
    if 2 * shorter / (shorter + longer) < rule.settings["similarity"]:
        return  # lengths alone rule out a ratio this high
    plan_set, real_set = set(plan), set(real)
    if len(plan_set & real_set) < rule.settings["similarity"] * min(len(plan_set), len(real_set)):
        return  # too few shared words for a copy
    ratio = SequenceMatcher(None, plan, real, autojunk=False).ratio()
    if ratio >= rule.settings["similarity"]:
        yield Hit("realisation", f"(realisatie {ratio:.0%} gelijk aan het plan)".replace(".", ","), None,
                  f"{ratio:.0%}")


_REFERENCE = re.compile(
    r"\b(activiteit|paragraaf)\s+((?:\d{1,3}\.)?(?:[IVXLC]{1,6}\.)?\d{1,3}(?:\.\d{1,3}){0,5})\b",
    re.IGNORECASE,
)
_REFERRING = re.compile(
    r"\b(?:zie|verwijs|verwijzen|verwezen|beschreven|toegelicht)\b|"
    r"\b(?:onder|bij|in|naar)\s+(?:de\s+|het\s+)?(?:activiteit|paragraaf)\b",
    re.IGNORECASE,
)


def _broken_reference(rule: Rule, place: ActivityPlace | None, activity: Activiteit,
                      context: CheckContext) -> Iterator[Hit]:
    for field_name in ("plan", "realisation"):
        for span in _matching(getattr(activity, field_name), _REFERENCE, ("activiteit", "paragraaf")):
            if not _REFERRING.search(span.text):
                continue
            for match in _REFERENCE.finditer(span.text):
                kind, target = match.group(1).lower(), match.group(2).rstrip(".")
                if kind == "activiteit":
                    ok = _activity_exists(target, place, context)
                else:
                    ok = target in context.paragraphs
                if not ok:
                    yield Hit(field_name, span.text, span, f"{kind} {target}")


def _activity_exists(target: str, place: ActivityPlace | None, context: CheckContext) -> bool:
    """``7`` (same goal), ``II.3`` (same programme) or ``1.II.3``: does that activity exist?"""
    parts = target.split(".")
    if place is None:
        return True  # no position known: nothing to compare with
    programme, numeral = place.programme.number, place.numeral
    try:
        if len(parts) == 1:
            code = f"{programme}.{numeral}.{int(parts[0])}"
        elif len(parts) == 2 and not parts[0].isdigit():
            code = f"{programme}.{roman(from_roman(parts[0]))}.{int(parts[1])}"
        elif len(parts) == 3 and not parts[1].isdigit():
            code = f"{parts[0]}.{roman(from_roman(parts[1]))}.{int(parts[2])}"
        else:
            return False  # "activiteit 3.2": not a form the document numbers its activities in
    except ValueError:
        return False
    return code in context.codes


_EXPLAINING = re.compile(
    r"\b(?:omdat|doordat|vanwege|als gevolg van|oorzaak|verklaring|verklaard|achtergebleven|achterblijven|"
    r"lager dan|hoger dan|minder dan|meer dan|niet gehaald|niet bereikt|overschreden|door de|door het)\b",
    re.IGNORECASE,
)


def _key_figures(rule: Rule, _place: ActivityPlace | None, activity: Activiteit,
                 _context: CheckContext) -> Iterator[Hit]:
    text: str | None = None
    for figure in activity.kengetallen:
        if figure.target is None:
            continue
        name = figure.label.strip() or "(kengetal zonder naam)"
        if figure.realised is None:
            yield Hit("kengetallen", f"{name}: streefwaarde {_number(figure.target)}, geen realisatie", None,
                      "geen realisatie")
            continue
        if figure.target == 0:
            continue
        deviation = abs(figure.realised - figure.target) / abs(figure.target)
        if deviation <= Decimal(str(rule.settings["deviation"])):
            continue
        if text is None:
            text = activity.realisation.plain_text()
        if not _explained(text, figure.label, figure.realised):
            yield Hit("kengetallen",
                      f"{name}: gerealiseerd {_number(figure.realised)} tegen streefwaarde "
                      f"{_number(figure.target)} ({deviation:.0%} verschil)".replace(".", ","), None,
                      "zonder toelichting")


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")


def _explained(text: str, label: str, realised: Decimal) -> bool:
    """A sentence that names the figure (a word of its label, or its number) and gives a reason."""
    label_words = {w.casefold() for w in words_of(label) if len(w) >= 5}
    number = _number(realised)
    for sentence in (s.text for s in sentences(BlockText.from_plain(text))):
        mentions = number in sentence or any(w.casefold() in label_words for w in words_of(sentence))
        if mentions and _EXPLAINING.search(sentence):
            return True
    return False


def _length(rule: Rule, _place: ActivityPlace | None, activity: Activiteit,
            context: CheckContext) -> Iterator[Hit]:
    real = activity.realisation.word_count()
    plan = activity.plan.word_count()
    if real == 0:
        return
    limit = context.target_words * rule.settings["over_target"] if context.target_words else rule.settings["max_words"]
    if real > limit:
        yield Hit("realisation", f"(realisatie van {real} woorden)", None, f"{real} woorden")
    elif plan >= rule.settings["plan_min_words"] and real < plan * rule.settings["short_share"]:
        yield Hit("realisation", f"(realisatie van {real} woorden bij een plan van {plan})", None,
                  f"{real} tegen {plan} woorden")


def _year_rule(rule: Rule, place: ActivityPlace | None, activity: Activiteit,
               context: CheckContext) -> Iterator[Hit]:
    if context.kind is DocumentKind.JAARSTUKKEN:
        yield from _later_year_done(rule, place, activity, context)
    yield from _previous_year_heading(rule, place, activity, context)


# -- the table ----------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule(
        "toekomende-tijd", "Toekomende tijd of voornemen in de realisatie",
        "De realisatie hoort te zeggen wat er in het verslagjaar is gedaan, in de verleden tijd. "
        "Zinnen als 'gaan we', 'zullen' of 'er wordt een plan opgesteld' lezen als plan of voornemen. "
        "Beschrijf wat er is bereikt, of zet het vervolg expliciet als vooruitblik.",
        kinds=JAARSTUKKEN_ONLY,
        patterns=_p(
            r"\b(?:gaan|gaat)\s+(?:we|wij)\b", r"\b(?:we|wij)\s+(?:gaan|zullen|willen)\b", r"\bzullen\b",
            r"\bzal\b", r"\b(?:willen|beogen|streven)\s+(?:we|wij)\b", r"\b(?:komt|komen)\s+er\b",
            r"\b(?:is|zijn)\s+(?:we|wij|het)?\s*(?:van\s+plan|voornemens)\b",
            r"\bnemen\s+(?:we|wij)\s+(?:ons\s+)?voor\b",
            rf"\b(?:wordt|worden)\s+(?:[\w’'-]+\s+){{0,6}}?(?:{_PLANNING_PARTICIPLES})\b(?!\s+(?:en|is|zijn))",
        ),
        exclude=_p(r"\bwordt\s+(?:[\w’'-]+\s+){0,6}?(?:geacht|gezien als)\b"),
        detector=_future_tense,
        keywords=("gaan", "gaat", "zullen", "zal", "willen", "beogen", "streven", "komt", "komen", "plan",
                  "voornemens", "nemen", "wordt", "worden"),
    ),
    Rule(
        "jaartal", "Later jaar als gedaan, of het vorige jaar in een kop",
        "Een jaar na het verslagjaar kan in de realisatie niet al voorbij zijn; en een kop met het "
        "jaartal van vorig jaar is meestal blijven staan uit het vorige document. Controleer het jaartal.",
        fields=("realisation", "title"), detector=_year_rule,
    ),
    Rule(
        "leeg-of-plan", "Realisatie leeg of gelijk aan het plan",
        "De realisatie ontbreekt of is (bijna) een kopie van de plantekst. Beschrijf wat er werkelijk "
        "is gedaan en bereikt.",
        kinds=JAARSTUKKEN_ONLY, detector=_empty_or_copied, settings={"similarity": 0.85},
    ),
    Rule(
        "plaatshouder", "Plaatshouder in de tekst",
        "Er staat nog een plaatshouder (PM, XXX, 'nog aanvullen', […], ?, TODO). Vul de tekst aan "
        "voordat het stuk naar het college gaat.",
        fields=("plan", "realisation", "title"),
        patterns=(
            *_cs(r"\bPM\b", r"\bp\.m\.(?=\s|$)", r"\b[Xx]{3,}\b", r"\bTODO\b", r"\bTBD\b", r"\bFIXME\b"),
            *_p(r"\bnog\s+(?:aan\s+te\s+vullen|aanvullen|invullen|in\s+te\s+vullen|nader\s+in\s+te\s+vullen)\b",
                r"\[\s*(?:…|\.{2,}|\?+)?\s*\]", r"\?{2,}", r"(?:^|\s)\?(?=\s|$|[.,;:])", r"\(\s*\?\s*\)",
                r"[€#]\s*\?", r"\.{4,}"),
        ),
        keywords=("pm", "p.m.", "xxx", "todo", "tbd", "fixme", "nog", "[", "?", "...."),
    ),
    Rule(
        "verwijzing", "Verwijzing naar iets dat niet bestaat",
        "De tekst verwijst naar een activiteit of paragraaf die niet in dit document staat. Pas de "
        "verwijzing aan (de nummering kan zijn veranderd), of negeer met reden als die paragraaf elders "
        "in de jaarstukken staat.",
        fields=("plan", "realisation"), detector=_broken_reference,
    ),
    Rule(
        "kengetal", "Kengetal zonder realisatie of ver van de streefwaarde",
        "Een kengetal met een streefwaarde hoort in de jaarstukken een realisatie te hebben, en een "
        "groot verschil met de streefwaarde vraagt om een toelichting in de realisatietekst "
        "(noem het kengetal en de oorzaak).",
        kinds=JAARSTUKKEN_ONLY, fields=("kengetallen",), detector=_key_figures, settings={"deviation": 0.25},
    ),
    Rule(
        "lengte", "Realisatie erg lang, of erg kort naast het plan",
        "De realisatie is veel langer dan gebruikelijk (of dan de streeflengte), of heel kort naast een "
        "uitgebreide plantekst. Kort in waar het kan; vul aan waar er meer is gebeurd.",
        kinds=JAARSTUKKEN_ONLY, detector=_length,
        settings={"max_words": 600, "over_target": 2.0, "plan_min_words": 60, "short_share": 0.25},
    ),
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}

RULES_REVISION = 1
"""Raise by one when a detector's code changes what it finds: the results ``check`` keeps per activity
(storage ``check_counts``) are keyed on :func:`rules_key`, which holds this and the table's own data."""


def rules_key() -> str:
    """Everything of the rule table a stored finding depends on, as one string (patterns, settings, kinds)."""
    return repr((RULES_REVISION, [
        (r.id, sorted(k.value for k in r.kinds), r.fields, [p.pattern for p in r.patterns],
         [p.pattern for p in r.exclude], sorted(r.settings.items()), r.keywords,
         r.detector.__name__ if r.detector else "")
        for r in RULES
    ]))


# -- running ------------------------------------------------------------------------


def check_activity(activity: Activiteit, context: CheckContext, place: ActivityPlace | None = None,
                   rules: Iterable[Rule] = RULES) -> list[Finding]:
    """Every finding of every rule on one activity, in rule order."""
    code = place.code if place is not None else ""
    _memo.clear()
    _by_block_memo.clear()
    findings: list[Finding] = []
    for rule in rules:
        if not rule.applies_to(context):
            continue
        detector = rule.detector or _pattern_hits
        for hit in detector(rule, place, activity, context):
            message = rule.title + (f" ({hit.detail})" if hit.detail else "")
            span = hit.span
            findings.append(Finding(
                rule.id, activity.id, code, hit.field, hit.sentence, message,
                span.block if span else -1, span.start if span else 0, span.end if span else 0,
            ))
    return findings


def check_document(document: Document, target_words: Mapping[str, int] | None = None,
                   default_target: int = 0) -> list[Finding]:
    """Every finding of the whole document, activity by activity."""
    context = CheckContext.from_document(document, default_target)
    targets = target_words or {}
    findings: list[Finding] = []
    for place in document.iter_activities():
        own = targets.get(place.activity.id, 0)
        local = context if not own or own == context.target_words else _with_target(context, own)
        findings.extend(check_activity(place.activity, local, place))
    return findings


def _with_target(context: CheckContext, target: int) -> CheckContext:
    from dataclasses import replace

    return replace(context, target_words=target)


@dataclass(frozen=True, slots=True)
class Ignore:
    """"Negeren, met reden": one finding set aside by someone, with why."""

    activity_id: str
    rule_id: str
    fingerprint: str
    reason: str
    author: str = ""


def split_ignored(findings: Iterable[Finding], ignores: Iterable[Ignore]) -> tuple[list[Finding], list[Finding]]:
    """(open findings, ignored findings)."""
    keys = {(i.activity_id, i.rule_id, i.fingerprint) for i in ignores}
    open_: list[Finding] = []
    ignored: list[Finding] = []
    for finding in findings:
        key = (finding.activity_id, finding.rule_id, finding.fingerprint)
        (ignored if key in keys else open_).append(finding)
    return open_, ignored
