"""Compare use case: last year's document beside this year's, by lineage; shown, printed or saved."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from ..domain.compare import ChangeKind, Comparison, compare_documents
from ..domain.errors import UserError
from ..domain.messages import Message
from ..formats.atomic import atomic_write_text
from .rollover import read_source

if TYPE_CHECKING:
    from pathlib import Path

HEADINGS = {
    ChangeKind.NEW: "Nieuw",
    ChangeKind.STOPPED: "Gestopt",
    ChangeKind.MOVED: "Verplaatst",
    ChangeKind.RENAMED: "Hernoemd",
    ChangeKind.PLAN: "Plan gewijzigd",
    ChangeKind.SPLIT: "Gesplitst",
    ChangeKind.MERGED: "Samengevoegd",
}
SUFFIXES = (".txt", ".csv", ".md")


def compare_files(old: str | Path, new: str | Path) -> Comparison:
    """Compare two databases (or P&C texts); neither is changed."""
    return compare_documents(read_source(old).document, read_source(new).document)



def format_comparison(result: Comparison, *, markdown: bool = False) -> str:
    counts = ", ".join(f"{len(result.of_kind(kind))} {kind.value}" for kind in ChangeKind if result.of_kind(kind))
    lines = [f"{'# ' if markdown else ''}{result.old_title} → {result.new_title}",
             "", f"{counts or 'geen verschillen'}; {result.same} ongewijzigd"]
    for kind in ChangeKind:
        found = result.of_kind(kind)
        if not found:
            continue
        lines += ["", f"{'## ' if markdown else ''}{HEADINGS[kind]} ({len(found)})"]
        for change in found:
            codes = change.new_code or change.old_code
            if change.old_code and change.new_code and change.old_code != change.new_code:
                codes = f"{change.old_code} → {change.new_code}"
            detail = f" ({change.detail})" if change.detail else ""
            lines.append(f"{'- ' if markdown else '  '}{codes} {change.title}{detail}")
    return "\n".join(lines) + "\n"


def comparison_csv(result: Comparison) -> str:
    """Semicolon-separated (what Dutch Excel opens directly), with a BOM so accents survive."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["soort", "code vorig jaar", "code nu", "titel", "toelichting", "lijn"])
    for change in result.changes:
        writer.writerow([change.kind.value, change.old_code, change.new_code, _cell(change.title),
                         _cell(change.detail), change.lineage])
    return "\ufeff" + buffer.getvalue()


def _cell(text: str) -> str:
    """Text that Excel would run as a formula is written as text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def write_comparison(result: Comparison, target: Path) -> Path:
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(Message.of("compare.cannot_save_as", join=', '.join(SUFFIXES), name=target.name))
    if suffix == ".csv":
        atomic_write_text(target, comparison_csv(result))
    else:
        atomic_write_text(target, format_comparison(result, markdown=suffix == ".md"))
    return target
