"""Builders of test documents and of broken or hostile workbooks for the Excel tests."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.model import (
    Activiteit,
    Document,
    Hoofddoel,
    Kengetal,
    Programma,
    ReviewState,
)

if TYPE_CHECKING:
    from pathlib import Path

EXPORTED_AT = datetime(2023, 3, 14, 9, 30)


def small_document() -> Document:
    """Two programmes, three goals, five activities with fixed ids; every kind of cell."""
    a1 = Activiteit(
        title="Verbeteren van de match op de arbeidsmarkt",
        plan=BlockText.from_plain("Wij blijven in 2022 werkzoekenden actief benaderen."),
        realisation=BlockText.from_markdown(
            "In 2022 heeft Almelo **337** scholingscheques toegekend.\n\n- werkfit trajecten\n- RMT"
        ),
        status="gereed",
        owner="J. de Vries",
        portfolio_holder="Wethouder Jansen",
        deadline=date(2023, 3, 1),
        review_state=ReviewState.AKKOORD,
        kengetallen=(
            Kengetal("Scholingscheques", "aantal", Decimal(100), Decimal(300), Decimal(337), "TFV", id="k1"),
            Kengetal("Bereik", "%", None, Decimal("12.5"), Decimal("0.1"), id="k2"),
        ),
        id="a1",
        updated_at=datetime(2023, 2, 1, 12, 0),
        updated_by="P. Jansen",
    )
    a2 = Activiteit(
        title="=HYPERLINK(\"http://evil\")",
        plan=BlockText.from_plain("+31 20 123\n-min\n@mention"),
        realisation=BlockText(),
        status="vertraagd",
        owner="\tTab Eigenaar",
        id="a2",
    )
    a3 = Activiteit(title="Zonder status", id="a3", realisation=BlockText.from_plain("Klaar <&> _x0041_ gedaan."))
    a4 = Activiteit(title="Vierde", status="problemen", owner="K. Bakker", id="a4", deadline=date(2022, 12, 31))
    a5 = Activiteit(title="Vijfde", status="op_schema", owner="J. de Vries", id="a5")
    return Document(
        year=2022,
        municipality="Almelo",
        id="doc1",
        programmes=(
            Programma("1", "Werk en inkomen", (
                Hoofddoel("Almelo, hier wordt gewerkt", (a1, a2), id="g1"),
                Hoofddoel("Krachtige economie", (a3,), id="g2"),
            ), id="p1"),
            Programma("2", "Onderwijs", (Hoofddoel("Goed onderwijs", (a4, a5), id="g3"),), id="p2"),
        ),
    )


def with_activity(document: Document, activity_id: str, **changes: object) -> Document:
    """The document with one activity changed (as the database would hold it)."""
    programmes = []
    for programme in document.programmes:
        goals = []
        for goal in programme.goals:
            activities = tuple(
                replace(a, **changes) if a.id == activity_id else a  # type: ignore[arg-type]
                for a in goal.activities
            )
            goals.append(replace(goal, activities=activities))
        programmes.append(replace(programme, goals=tuple(goals)))
    return replace(document, programmes=tuple(programmes))


# ---------------------------------------------------------------------------
# hostile and broken files


def zip_bytes(parts: dict[str, bytes | str], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def rewrite_part(source: Path, target: Path, name: str, data: bytes | str) -> None:
    """Copy the workbook ``source`` to ``target`` with one part replaced."""
    with zipfile.ZipFile(source) as archive:
        parts: dict[str, bytes | str] = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[name] = data
    target.write_bytes(zip_bytes(parts))


OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
