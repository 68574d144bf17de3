"""Export use case: the current document, or a selection, to a file in one of our formats."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.chapter_text import ALL_PARTS, ChapterParts
from ..domain.collector import collector_paused
from ..domain.errors import UserError
from ..domain.messages import Message
from ..domain.selection import Selection, select, unmatched_filters
from ..domain.wording import count
from ..formats.atomic import atomic_write_text
from ..formats.markdown import render_markdown_document
from ..formats.pctext import built_footer, render_pc_text

if TYPE_CHECKING:
    from pathlib import Path

    from ..domain.model import Document
    from .workspace import Workspace

FORMATS = ("txt", "md", "docx", "xlsx", "html")
SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".docx": "docx", ".xlsx": "xlsx"}


@dataclass(frozen=True, slots=True)
class ExportOptions:
    include_plan: bool = True
    include_key_figures: bool = False
    include_footer: bool = True
    refresh_footer: bool = False
    """P&C text: the footer "Deze pagina is gebouwd op …" with the time of this export."""
    include_toc: bool = False
    """Word: a table of contents."""
    template: Path | None = None
    """A house-style .docx/.dotx for Word exports."""
    changed_since: str | None = None
    """Excel: the name of a snapshot; adds a column with what changed since."""
    previous_year: bool = False
    """Excel: a "Vorig jaar" column with what each activity's line said last year."""
    parts: ChapterParts = ALL_PARTS
    """Which of the chapter's three questions per programme are exported (effects, activities, costs)."""


@dataclass(frozen=True, slots=True)
class ExportReport:
    path: Path
    activities: int
    warnings: tuple[str, ...] = field(default=())

    def summary(self) -> str:
        text = f"{count(self.activities, 'activiteit')} geëxporteerd naar {self.path.name}"
        if self.warnings:
            text += f" ({count(len(self.warnings), 'waarschuwing')})"
        return text


def format_for(path: Path, explicit: str | None = None) -> str:
    """The export format from ``--format`` or else from the file name."""
    if explicit:
        if explicit not in FORMATS:
            raise UserError(Message.of("export.unknown_format", explicit=explicit, join=', '.join(FORMATS)))
        return explicit
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None and path.is_dir():
        return "html"  # a folder: the chapter as a website
    if fmt is None:
        raise UserError(
            Message.of("export.format_from_name", name=path.name, join=', '.join(FORMATS))
        )
    return fmt


@dataclass(frozen=True, slots=True)
class PreparedExport:
    """Everything an export reads from the database, read at once; writing it needs no database (the
    window writes on a worker thread, the store is not shared with it)."""

    document: Document
    """The selected part of the document."""
    selection: Selection
    options: ExportOptions
    changed_since: tuple[str, dict[str, str]] | None
    """Excel: the snapshot's name and per activity what changed since."""
    findings: dict[str, int] | None
    """Excel: open P&C findings per activity (the "Controle" column)."""
    warnings: tuple[str, ...]
    """Filters that matched nothing."""


def prepare_export(
    workspace: Workspace,
    fmt: str,
    selection: Selection | None = None,
    options: ExportOptions | None = None,
) -> PreparedExport:
    """Read what an export of ``fmt`` needs (window and command line alike); writes nothing."""
    selection = selection or Selection()
    options = options or ExportOptions()
    whole = workspace.document()
    document = select(whole, selection)
    filter_warnings = tuple(unmatched_filters(whole, selection)) if selection.statuses or selection.owners else ()
    changes: tuple[str, dict[str, str]] | None = None
    if options.changed_since:
        from .snapshots import changes_since, find_snapshot

        snapshot = find_snapshot(workspace, options.changed_since)
        found = changes_since(workspace, snapshot)
        changes = (snapshot.name, {c.activity_id: c.describe().split(": ", 1)[-1] for c in found})
    findings = None
    if fmt == "xlsx":  # the "Controle" column: open P&C findings per activity
        from .checking import document_counts

        # stored counts where the texts did not change; nothing written: an export leaves the database as it was
        findings = document_counts(workspace, with_spelling=False, document=whole, keep=False).open_findings
    return PreparedExport(document, selection, options, changes, findings, filter_warnings)


def write_export(prepared: PreparedExport, fmt: str, out: Path) -> ExportReport:
    """Write a prepared export (no database needed)."""
    report = export_tree(prepared.document, fmt, out, prepared.options, prepared.selection,
                         prepared.changed_since, prepared.findings)
    return replace(report, warnings=prepared.warnings + report.warnings) if prepared.warnings else report


def export_document(
    workspace: Workspace,
    fmt: str,
    out: Path,
    selection: Selection | None = None,
    options: ExportOptions | None = None,
) -> ExportReport:
    with collector_paused():  # loading and writing make millions of objects and no cycles
        return write_export(prepare_export(workspace, fmt, selection, options), fmt, out)


def export_tree(
    document: Document,
    fmt: str,
    out: Path,
    options: ExportOptions,
    selection: Selection | None = None,
    changed_since: tuple[str, dict[str, str]] | None = None,
    findings: dict[str, int] | None = None,
) -> ExportReport:
    """Write an already selected document tree; safe to run in a worker thread.

    ``findings`` (activity id → open P&C findings) adds the "Controle" column to Excel."""
    count = document.activity_count()
    if fmt == "txt":
        footer = built_footer(datetime.now()) if options.refresh_footer else None
        atomic_write_text(out, render_pc_text(document, include_plan=options.include_plan,
                                              include_footer=options.include_footer, footer=footer,
                                              parts=options.parts))
        return ExportReport(out, count)
    if fmt == "md":
        atomic_write_text(out, render_markdown_document(document, include_plan=options.include_plan,
                                                        parts_wanted=options.parts))
        return ExportReport(out, count)
    if fmt == "docx":
        from ..formats.docx_export import DocxOptions, export_docx

        result = export_docx(
            document, out,
            DocxOptions(options.include_plan, options.include_key_figures, options.template, options.include_toc,
                        parts=options.parts),
        )
        return ExportReport(out, result.activities, tuple(str(w) for w in result.warnings))
    if fmt == "xlsx":
        from ..formats.xlsx_export import export_xlsx

        previous = previous_year_column(document) if options.previous_year else None
        xlsx = export_xlsx(document, out, selection=selection, changed_since=changed_since, previous_year=previous,
                           findings=findings)
        return ExportReport(out, xlsx.activities, tuple(str(w) for w in xlsx.warnings))
    if fmt == "html":
        from ..formats.website import WebsiteOptions, export_website

        site = export_website(document, out, WebsiteOptions(include_plan=options.include_plan, parts=options.parts))
        return ExportReport(out, site.activities)
    raise UserError(Message.of("export.format_unavailable", fmt=fmt))


PREVIOUS_YEAR_MAX = 32_000
"""Below Excel's 32,767 characters per cell."""


def previous_year_column(document: Document) -> tuple[str, dict[str, str]]:
    """The "Vorig jaar" column: per activity id what its line said in an earlier year (realisation, else plan)."""
    from ..domain.lineage import previous_year

    values = {}
    for activity_id, entry in previous_year(document).items():
        text = entry.describe()
        values[activity_id] = text if len(text) <= PREVIOUS_YEAR_MAX else text[:PREVIOUS_YEAR_MAX] + " … (ingekort)"
    return "Vorig jaar", values
