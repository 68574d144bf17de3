"""The document tree as JSON-ready data (packages, snapshots). Texts travel as block-text Markdown.

The data carries ``"format": DOCUMENT_FORMAT``; older data (without a number: format 0)
is upgraded on reading and newer data is refused (:mod:`.versions`).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain import fields
from ..domain.blocktext import parse_markdown, render_markdown
from ..domain.errors import ImportRefused
from ..domain.messages import Message
from ..domain.model import (
    DEFAULT_REVIEW_LABELS,
    Activiteit,
    Document,
    DocumentKind,
    DocumentState,
    Hoofddoel,
    Kengetal,
    LineageEntry,
    LineageLevel,
    Opmerking,
    Outcome,
    Programma,
)
from ..domain.status import StatusOption, StatusScheme
from .versions import Step, stamped, upgraded

DOCUMENT_FORMAT = 1
"""1: the document with its format number (0: the same without one, before formats were numbered)."""

ACTIVITY_FIELDS = fields.EXCHANGED
"""The fields packages and snapshots carry one by one, from the field registry (key figures beside them)."""


def field_to_json(field: str, value: object) -> Any:
    """One activity field as JSON data (the form used for merge bases in packages): the registry's codec."""
    return fields.encode(field, value)


def field_from_json(field: str, value: Any) -> object:
    """A field's value from package JSON; anything that is not a text of the registry's codec is refused."""
    kind = fields.field(field).kind
    if value in (None, "") and kind in (fields.Kind.DATE, fields.Kind.STATUS):
        return None
    text = _text(value, field)
    try:
        if kind is fields.Kind.REVIEW and not text:
            raise ValueError(text)
        return fields.decode(field, text)
    except ValueError:
        if kind is fields.Kind.DATE:
            raise ImportRefused(Message.of("treejson.invalid_date", value=value)) from None
        if kind is fields.Kind.REVIEW:
            raise ImportRefused(Message.of("treejson.unknown_review", value=value)) from None
        raise ImportRefused(Message.of("treejson.invalid_field", field=field)) from None


def activity_fields(activity: Activiteit) -> dict[str, Any]:
    """The merge-relevant fields of an activity as JSON data, key figures included."""
    data = {name: field_to_json(name, getattr(activity, name)) for name in ACTIVITY_FIELDS}
    data["kengetallen"] = [_figure_to_json(k) for k in activity.kengetallen]
    return data


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise ImportRefused(Message.of("treejson.invalid_field", field=field))
    return value


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise ImportRefused(Message.of("treejson.invalid_number", value=value)) from None


def _figure_to_json(figure: Kengetal) -> dict[str, Any]:
    return {
        "id": figure.id, "label": figure.label, "unit": figure.unit,
        "baseline": None if figure.baseline is None else str(figure.baseline),
        "target": None if figure.target is None else str(figure.target),
        "realised": None if figure.realised is None else str(figure.realised),
        "source": figure.source,
    }


def figures_from_json(items: Any) -> tuple[Kengetal, ...]:
    if not isinstance(items, list):
        raise ImportRefused(Message.of("treejson.invalid_key_figures"))
    figures = []
    for item in items:
        if not isinstance(item, dict):
            raise ImportRefused(Message.of("treejson.invalid_key_figures"))
        figures.append(Kengetal(
            id=_text(item.get("id", ""), "id"), label=_text(item.get("label", ""), "label"),
            unit=_text(item.get("unit", ""), "unit"), baseline=_decimal(item.get("baseline")),
            target=_decimal(item.get("target")), realised=_decimal(item.get("realised")),
            source=_text(item.get("source", ""), "source"),
        ))
    return tuple(figures)


def document_to_json(document: Document) -> dict[str, Any]:
    return stamped({
        "id": document.id, "kind": document.kind.value, "year": document.year,
        "municipality": document.municipality, "title_lines": list(document.title_lines),
        "section_number": document.section_number, "section_title": document.section_title,
        "realisation_label": document.realisation_label, "goal_intro": document.goal_intro,
        "status_scheme": {
            "name": document.status_scheme.name,
            "options": [{"key": o.key, "label": o.label, "colour": o.colour, "done": o.done}
                        for o in document.status_scheme.options],
        },
        "review_labels": list(document.review_labels),
        "state": document.state.value, "footer": document.footer,
        "unplaced": render_markdown(document.unplaced),
        "past": [_entry_to_json(e) for e in document.past],
        "programmes": [
            {
                "id": p.id, "number": p.number, "name": p.name, "intro": render_markdown(p.intro),
                **_lineage_to_json(p.lineage_id, p.lineage_from),
                "goals": [
                    {
                        "id": g.id, "title": g.title, "intro": g.intro,
                        **_lineage_to_json(g.lineage_id, g.lineage_from),
                        "activities": [
                            {
                                "id": a.id, "revision": a.revision,
                                **_lineage_to_json(a.lineage_id, a.lineage_from),
                                "plan_frozen": a.plan_frozen,
                                **activity_fields(a),
                                "remarks": [
                                    {"id": r.id, "author": r.author, "created_at": r.created_at.isoformat(),
                                     "text": r.text, "resolved": r.resolved}
                                    for r in a.opmerkingen
                                ],
                            }
                            for a in g.activities
                        ],
                    }
                    for g in p.goals
                ],
            }
            for p in document.programmes
        ],
    }, DOCUMENT_FORMAT)


def _document_from_format_0(data: dict[str, Any]) -> dict[str, Any]:
    """Format 0 → 1: the keys added before formats were numbered get their defaults."""
    return {"review_labels": list(DEFAULT_REVIEW_LABELS), "past": [], **data}


DOCUMENT_UPGRADES: dict[int, Step] = {0: _document_from_format_0}


def document_from_json(data: Any, where: str | Message = "") -> Document:
    """The tree back from JSON data of any format up to the current one; ImportRefused with a clear
    message when anything is off (``where`` names the package or snapshot in it)."""
    data = upgraded(data, current=DOCUMENT_FORMAT, steps=DOCUMENT_UPGRADES,
                    where=where or Message.of("treejson.the_document"))
    try:
        scheme = data["status_scheme"]
        return Document(
            id=_text(data["id"], "id"), kind=DocumentKind(data["kind"]), year=int(data["year"]),
            municipality=_text(data["municipality"], "municipality"),
            title_lines=tuple(_text(t, "title_lines") for t in data["title_lines"]),
            section_number=_text(data["section_number"], "section_number"),
            section_title=_text(data["section_title"], "section_title"),
            realisation_label=_text(data["realisation_label"], "realisation_label"),
            goal_intro=_text(data["goal_intro"], "goal_intro"),
            status_scheme=StatusScheme(
                _text(scheme["name"], "status_scheme"),
                tuple(StatusOption(_text(o["key"], "key"), _text(o["label"], "label"), _text(o["colour"], "colour"),
                                   bool(o.get("done", False))) for o in scheme["options"]),
            ),
            state=DocumentState(data["state"]), footer=_text(data["footer"], "footer"),
            review_labels=_review_labels(data.get("review_labels")),
            unplaced=parse_markdown(_text(data["unplaced"], "unplaced")),
            programmes=tuple(
                Programma(
                    id=_text(p["id"], "id"), number=_text(p["number"], "number"), name=_text(p["name"], "name"),
                    intro=parse_markdown(_text(p["intro"], "intro")),
                    lineage=_text(p.get("lineage", ""), "lineage"), lineage_from=_lineages(p.get("lineage_from")),
                    goals=tuple(
                        Hoofddoel(
                            id=_text(g["id"], "id"), title=_text(g["title"], "title"), intro=_text(g["intro"], "intro"),
                            activities=tuple(_activity_from_json(a) for a in g["activities"]),
                            lineage=_text(g.get("lineage", ""), "lineage"),
                            lineage_from=_lineages(g.get("lineage_from")),
                        )
                        for g in p["goals"]
                    ),
                )
                for p in data["programmes"]
            ),
            past=tuple(_entry_from_json(e) for e in data.get("past", [])),
        )
    except ImportRefused:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ImportRefused(Message.of("treejson.invalid_document", error=error)) from None


def _review_labels(value: Any) -> tuple[str, str, str, str]:
    if value is None:
        return DEFAULT_REVIEW_LABELS
    if not isinstance(value, list) or len(value) != 4:
        raise ImportRefused(Message.of("treejson.invalid_review_names"))
    labels = [_text(v, "review_labels") for v in value]
    return (labels[0], labels[1], labels[2], labels[3])


def _activity_from_json(data: Any) -> Activiteit:
    values = {name: field_from_json(name, data[name]) for name in ACTIVITY_FIELDS}
    return Activiteit(
        id=_text(data["id"], "id"), revision=int(data.get("revision", 0)),
        lineage=_text(data.get("lineage", ""), "lineage"), lineage_from=_lineages(data.get("lineage_from")),
        plan_frozen=bool(data.get("plan_frozen", False)),
        kengetallen=figures_from_json(data.get("kengetallen", [])),
        opmerkingen=tuple(
            Opmerking(id=_text(r["id"], "id"), author=_text(r["author"], "author"),
                      created_at=datetime.fromisoformat(r["created_at"]), text=_text(r["text"], "text"),
                      resolved=bool(r["resolved"]))
            for r in data.get("remarks", [])
        ),
        **values,  # type: ignore[arg-type]
    )


def _lineage_to_json(lineage: str, lineage_from: tuple[str, ...]) -> dict[str, Any]:
    return {"lineage": lineage, "lineage_from": list(lineage_from)}


def _lineages(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ImportRefused(Message.of("treejson.invalid_lineage"))
    return tuple(_text(v, "lineage_from") for v in value)


def _entry_to_json(entry: LineageEntry) -> dict[str, Any]:
    return {
        "lineage": entry.lineage, "level": entry.level.value, "kind": entry.kind.value, "year": entry.year,
        "code": entry.code, "title": entry.title, "plan": render_markdown(entry.plan),
        "realisation": render_markdown(entry.realisation), "status": entry.status, "owner": entry.owner,
        "outcome": entry.outcome.value, "programme": entry.programme, "goal": entry.goal,
        "lineage_from": list(entry.lineage_from),
    }


def _entry_from_json(data: Any) -> LineageEntry:
    return LineageEntry(
        lineage=_text(data["lineage"], "lineage"), level=LineageLevel(data["level"]), kind=DocumentKind(data["kind"]),
        year=int(data["year"]), code=_text(data["code"], "code"), title=_text(data["title"], "title"),
        plan=parse_markdown(_text(data["plan"], "plan")),
        realisation=parse_markdown(_text(data["realisation"], "realisation")),
        status=_text(data.get("status", ""), "status"), owner=_text(data.get("owner", ""), "owner"),
        outcome=Outcome(data.get("outcome", Outcome.CARRIED.value)),
        programme=_text(data.get("programme", ""), "programme"), goal=_text(data.get("goal", ""), "goal"),
        lineage_from=_lineages(data.get("lineage_from")),
    )
