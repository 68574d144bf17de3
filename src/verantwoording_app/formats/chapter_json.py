"""The chapter data (domain.chapter) as JSON for work packages: amounts as exact strings, texts as
block-text Markdown; reading back checks every value (ImportRefused names what is wrong)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from ..domain.blocktext import parse_markdown, render_markdown
from ..domain.chapter import (
    Chapter,
    ChapterSettings,
    EffectIndicator,
    EffectText,
    FinanceLine,
    FinanceSource,
    LineKind,
    Nature,
    PolicyIndicator,
    Threshold,
    VarianceExplanation,
    YearValue,
)
from ..domain.errors import ImportRefused
from ..domain.limits import MAX_FIELD_CHARS, clean_text
from ..domain.messages import Message
from ..domain.money import MAX_AMOUNT, SignConvention, canonical_amount

MAX_ITEMS: Final = 200_000


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else canonical_amount(value)


def explanation_to_json(e: VarianceExplanation) -> dict[str, Any]:
    return {"id": e.id, "programme": e.programme_id, "kind": e.kind.value, "cause": render_markdown(e.cause),
            "nature": e.nature.value if e.nature else "", "rechtmatigheid": e.rechtmatigheid,
            "amount": _amount(e.amount), "owner": e.owner, "deadline": e.deadline.isoformat() if e.deadline else None}


def chapter_to_json(chapter: Chapter) -> dict[str, Any]:
    s = chapter.settings
    return {
        "settings": {"sign": s.sign.value, "rounding": s.rounding, "amount": _amount(s.threshold.amount),
                     "percentage": _amount(s.threshold.percentage), "both": s.threshold.both},
        "source": {"file": chapter.source.file, "rows": chapter.source.rows, "by": chapter.source.imported_by,
                   "at": chapter.source.imported_at.isoformat() if chapter.source.imported_at else None},
        "lines": [[line.programme_id, line.kind.value, _amount(line.primitief), _amount(line.gewijzigd),
                   _amount(line.realisatie), line.taakveld, line.description] for line in chapter.lines],
        "explanations": [explanation_to_json(e) for e in chapter.explanations],
        "effects": [{"id": e.id, "programme": e.programme_id, "goal": e.goal_id, "plan": render_markdown(e.plan),
                     "realisation": render_markdown(e.realisation), "owner": e.owner,
                     "deadline": e.deadline.isoformat() if e.deadline else None} for e in chapter.effects],
        "indicators": [{"id": i.id, "programme": i.programme_id, "goal": i.goal_id, "name": i.name, "unit": i.unit,
                        "source": i.source, "baseline": _amount(i.baseline), "target": _amount(i.target),
                        "values": [[v.year, _amount(v.value)] for v in i.values],
                        "peildatum": i.peildatum.isoformat() if i.peildatum else None,
                        "explanation": i.explanation} for i in chapter.indicators],
        "policy": [{"id": p.id, "programme": p.programme_id, "indicator": p.indicator, "unit": p.unit,
                    "period": p.period, "municipality": p.municipality, "value": _amount(p.value),
                    "taakveld": p.taakveld, "comparison": p.comparison,
                    "comparison_value": _amount(p.comparison_value), "source": p.source}
                   for p in chapter.policy_indicators],
    }


class _Reader:
    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, what: str) -> ImportRefused:
        return ImportRefused(Message.of("chapter.invalid_value", where=self.where, what=what))

    def text(self, value: Any, what: str, limit: int = MAX_FIELD_CHARS) -> str:
        if value is None:
            return ""
        if not isinstance(value, str) or len(value) > limit:
            raise self.fail(what)
        return clean_text(value)[0]

    def amount(self, value: Any, what: str) -> Decimal | None:
        if value is None:
            return None
        if not isinstance(value, str) or len(value) > 40:
            raise self.fail(what)
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise self.fail(what) from None
        if not number.is_finite() or abs(number) >= MAX_AMOUNT:
            raise self.fail(what)
        return number

    def day(self, value: Any, what: str) -> date | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise self.fail(what) from None

    def items(self, value: Any, what: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list) or len(value) > MAX_ITEMS:
            raise self.fail(what)
        return value

    def kind(self, value: Any) -> LineKind:
        try:
            return LineKind(value)
        except ValueError:
            raise self.fail("soort regel") from None


def explanation_from_json(data: Any, reader: _Reader) -> VarianceExplanation:
    if not isinstance(data, dict):
        raise reader.fail("toelichting")
    nature = data.get("nature") or ""
    if nature not in ("", *tuple(Nature)):
        raise reader.fail("incidenteel/structureel")
    return VarianceExplanation(
        programme_id=reader.text(data.get("programme"), "programma", 32), kind=reader.kind(data.get("kind")),
        cause=parse_markdown(reader.text(data.get("cause"), "toelichting")),
        nature=Nature(nature) if nature else None, rechtmatigheid=reader.text(data.get("rechtmatigheid"),
                                                                               "rechtmatigheid", 16),
        amount=reader.amount(data.get("amount"), "bedrag"), owner=reader.text(data.get("owner"), "eigenaar", 200),
        deadline=reader.day(data.get("deadline"), "deadline"), id=reader.text(data.get("id"), "id", 32) or "x",
    )


def chapter_from_json(data: Any, where: str) -> Chapter:
    reader = _Reader(where)
    if data is None:
        return Chapter()
    if not isinstance(data, dict):
        raise reader.fail("hoofdstuk")
    raw = data.get("settings") or {}
    try:
        sign = SignConvention(raw.get("sign", SignConvention.VOORDEEL_POSITIEF.value))
    except (ValueError, AttributeError):
        raise reader.fail("tekenconventie") from None
    rounding = raw.get("rounding", 1)
    if rounding not in (1, 1000):
        raise reader.fail("afronding")
    settings = ChapterSettings(sign, rounding, Threshold(reader.amount(raw.get("amount"), "drempel"),
                                                         reader.amount(raw.get("percentage"), "percentage"),
                                                         bool(raw.get("both", False))))
    src = data.get("source") or {}
    at = src.get("at")
    try:
        imported_at = datetime.fromisoformat(at) if at else None
    except ValueError:
        raise reader.fail("importtijd") from None
    source = FinanceSource(reader.text(src.get("file"), "bron", 500), imported_at, reader.text(src.get("by"), "door",
                                                                                               200),
                           int(src.get("rows") or 0))
    lines = []
    for item in reader.items(data.get("lines"), "regels"):
        if not isinstance(item, list) or len(item) != 7:
            raise reader.fail("regel")
        lines.append(FinanceLine(reader.text(item[0], "programma", 32), reader.kind(item[1]),
                                 reader.amount(item[2], "bedrag") or Decimal(0),
                                 reader.amount(item[3], "bedrag") or Decimal(0),
                                 reader.amount(item[4], "bedrag") or Decimal(0),
                                 reader.text(item[5], "taakveld", 200), reader.text(item[6], "omschrijving")))
    explanations = [explanation_from_json(e, reader) for e in reader.items(data.get("explanations"), "toelichtingen")]
    effects = []
    for e in reader.items(data.get("effects"), "effecten"):
        if not isinstance(e, dict):
            raise reader.fail("effect")
        effects.append(EffectText(reader.text(e.get("programme"), "programma", 32), reader.text(e.get("goal"), "doel",
                                                                                                32),
                                  parse_markdown(reader.text(e.get("plan"), "effect")),
                                  parse_markdown(reader.text(e.get("realisation"), "effect")),
                                  reader.text(e.get("owner"), "eigenaar", 200), reader.day(e.get("deadline"), "deadline"),
                                  id=reader.text(e.get("id"), "id", 32) or "x"))
    indicators = []
    for i in reader.items(data.get("indicators"), "indicatoren"):
        if not isinstance(i, dict):
            raise reader.fail("indicator")
        values = []
        for pair in reader.items(i.get("values"), "realisaties"):
            if not isinstance(pair, list) or len(pair) != 2 or not isinstance(pair[0], int):
                raise reader.fail("realisatie")
            values.append(YearValue(pair[0], reader.amount(pair[1], "realisatie")))
        indicators.append(EffectIndicator(
            reader.text(i.get("programme"), "programma", 32), reader.text(i.get("name"), "naam", 500),
            reader.text(i.get("goal"), "doel", 32), reader.text(i.get("unit"), "eenheid", 100),
            reader.text(i.get("source"), "bron", 500), reader.amount(i.get("baseline"), "nulmeting"),
            reader.amount(i.get("target"), "streefwaarde"), tuple(values), reader.day(i.get("peildatum"), "peildatum"),
            reader.text(i.get("explanation"), "toelichting"), id=reader.text(i.get("id"), "id", 32) or "x"))
    policy = []
    for p in reader.items(data.get("policy"), "beleidsindicatoren"):
        if not isinstance(p, dict):
            raise reader.fail("beleidsindicator")
        policy.append(PolicyIndicator(
            reader.text(p.get("programme"), "programma", 32), reader.text(p.get("indicator"), "indicator", 500),
            reader.text(p.get("unit"), "eenheid", 100), reader.text(p.get("period"), "periode", 64),
            reader.text(p.get("municipality"), "gemeente", 200), reader.amount(p.get("value"), "waarde"),
            reader.text(p.get("taakveld"), "taakveld", 200), reader.text(p.get("comparison"), "vergelijking", 500),
            reader.amount(p.get("comparison_value"), "vergelijkingswaarde"), reader.text(p.get("source"), "bron", 500),
            id=reader.text(p.get("id"), "id", 32) or "x"))
    return Chapter(settings, tuple(lines), source, tuple(explanations), tuple(effects), tuple(indicators),
                   tuple(policy))
