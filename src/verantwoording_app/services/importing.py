"""Import use case: recognise a file by its content and bring it into the workspace."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..domain.blocktext import BlockText
from ..domain.collector import collector_paused
from ..domain.errors import ImportRefused, UserError
from ..domain.messages import Message
from ..domain.status import carry_over
from ..domain.wording import count
from ..formats.recognise import ImportWarning, Role, SourceLine
from ..formats.sniff import zip_kind
from .workspace import ImportReport, Workspace

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from ..domain.model import Document
    from ..domain.status import StatusScheme
    from ..formats.pctext import ParseResult
    from .chapter_roundtrip import ExplanationPreview
    from .xlsx_roundtrip import ApplyResult, Preview, Take

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def detect_format(path: Path) -> str:
    """``txt``, ``md``, ``html``, ``docx``, ``xlsx`` or ``package`` from the first bytes and the name;
    ImportRefused otherwise."""
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except FileNotFoundError:
        raise ImportRefused(Message.of("file.path_missing", path=path)) from None
    except IsADirectoryError:
        raise ImportRefused(Message.of("file.is_a_folder", path=path)) from None
    except OSError as error:
        raise ImportRefused(Message.of("file.cannot_read", name=path.name, strerror=error.strerror)) from error
    suffix = path.suffix.lower()
    if head.startswith(OLE_MAGIC):
        raise ImportRefused(
            Message.of("import.old_office", name=path.name)
        )
    by_content = zip_kind(path) if head.startswith(ZIP_MAGIC) else None
    if by_content is not None:  # our packages and workbooks whatever their name (anna.pkg, kopie.zip)
        return by_content
    by_suffix = {".xlsx": "xlsx", ".xlsm": "xlsx", ".docx": "docx", ".vwpakket": "package",
                 ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
    if suffix in by_suffix:  # the importer of that format explains what is wrong with the content
        return by_suffix[suffix]
    if head.startswith(ZIP_MAGIC):
        raise ImportRefused(
            Message.of("import.unknown_zip", name=path.name)
        )
    return "txt"


TEXT_FORMATS = ("txt", "md", "html", "docx")
"""Formats that go through the structure recogniser."""


def read_text_import(path: Path) -> ParseResult:
    """Read and recognise a text-like file (P&C text, Markdown, HTML, Word); nothing is written.

    ImportRefused when it cannot be read or holds no activity.
    """
    from ..formats.pctext import refuse_without_activities

    result = recognise_source(load_source(path))
    assert result.recognition is not None
    refuse_without_activities(result.recognition)
    return result


def _head(path: Path) -> bytes:
    with path.open("rb") as stream:
        return stream.read(512)


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


@dataclass(frozen=True)
class ImportSource:
    """The lines of a file as the recogniser reads them, with notes from reading it (encoding, Word)."""

    name: str
    lines: tuple[SourceLine, ...]
    notes: tuple[ImportWarning, ...]
    encoding: str


def load_source(path: Path) -> ImportSource:
    """Read a text, Markdown, HTML or Word file into source lines; nothing is recognised or written yet."""
    from ..formats import pctext

    fmt = detect_format(path)
    if fmt not in TEXT_FORMATS:
        raise ImportRefused(Message.of("import.not_text", name=path.name))
    try:
        size = path.stat().st_size
        if size > pctext.MAX_BYTES:
            raise ImportRefused(
                Message.of("text.too_large", value=size // (1024 * 1024), value2=pctext.MAX_BYTES // (1024 * 1024))
            )
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(Message.of("file.cannot_read", name=path.name, strerror=error.strerror)) from error
    if fmt == "docx":
        from ..formats.docx_import import docx_lines

        lines, notes = docx_lines(data, path.name)
        return ImportSource(path.name, tuple(lines), notes, "docx")
    if fmt == "html" or _looks_like_html(data):
        from ..formats.html_import import html_lines

        lines, notes = html_lines(data)
        return ImportSource(path.name, tuple(lines), notes, "html")
    decoded = pctext.decode_text(data, max_bytes=pctext.MAX_BYTES)
    notes = tuple(ImportWarning(line, message) for line, message in decoded.notes)
    return ImportSource(path.name, tuple(pctext.source_lines(decoded.text, markdown=fmt == "md")), notes,
                        decoded.encoding)


CLIPBOARD = "Klembord"


def clipboard_source(html: str | None, text: str | None) -> ImportSource:
    """What was copied (a web page's selection as HTML, else its plain text) as source lines for the preview.

    The same bounds as a file (pctext.MAX_BYTES); ImportRefused when there is nothing to paste.
    """
    from ..formats import pctext
    from ..formats.html_import import html_text_lines

    if html and html.strip():
        if len(html) > pctext.MAX_BYTES:
            raise ImportRefused(Message.of("import.clipboard_too_much"))
        lines, notes = html_text_lines(html)
        if any(line.text.strip() for line in lines):
            return ImportSource(CLIPBOARD, tuple(lines), notes, "klembord (HTML)")
    if not text or not text.strip():
        raise ImportRefused(Message.of("import.clipboard_empty"))
    if len(text) > pctext.MAX_BYTES:
        raise ImportRefused(Message.of("import.clipboard_too_much"))
    clean = text.replace("\x00", "")
    return ImportSource(CLIPBOARD, tuple(pctext.source_lines(clean)), (), "klembord (tekst)")


def recognise_source(source: ImportSource, *, overrides: Mapping[int, Role] | None = None,
                     goal_titles: Mapping[int, str] | None = None) -> ParseResult:
    """The recognised document of a loaded source, with the user's corrections (never refused)."""
    from ..formats.chapter_recognise import attach_chapter, split_source_lines
    from ..formats.pctext import ParseResult
    from ..formats.recognise import recognise

    lines, parts = split_source_lines(source.lines)  # the chapter's effects and costs, beside the activities
    recognition = recognise(lines, overrides=overrides, goal_titles=goal_titles)
    document = attach_chapter(recognition.document, parts)
    return ParseResult(document, (*source.notes, *recognition.warnings), source.encoding, recognition)


def text_from_file(path: Path) -> tuple[BlockText, tuple[ImportWarning, ...]]:
    """A whole file as one text (an officer's Word file for one activity); no structure is looked for."""
    from ..formats.recognise import lines_to_blocktext

    source = load_source(path)
    text = lines_to_blocktext(source.lines)
    if text.is_empty:
        raise ImportRefused(Message.of("import.no_text", name=source.name))
    return text, source.notes


def preview_file(path: Path) -> ParseResult:
    """What importing the file would give (``import --preview``); nothing is written or created.

    Unlike an import, a file without activities is not refused here: the
    preview shows why, and the caller reports the failure.
    """
    return recognise_source(load_source(path))


def preview_lines(result: ParseResult) -> list[str]:
    """The recognised structure as text: programmes, goals, activities with their source lines,
    the realisation split, offered statuses, what stays unplaced, dropped lines and warnings."""
    from ..domain.model import roman

    recognition = result.recognition
    document = result.document
    out = [f"codering: {result.encoding}; jaar: {document.year or 'onbekend'}"]
    if recognition is None:
        return out
    stored = iter(document.iter_activities())
    names = [p.display_name for p in document.programmes]  # "Programma 2 Veiligheid", as the import stores it
    for index, programme in enumerate(recognition.outline):
        where = f" (regel {programme.line})" if programme.line else ""
        name = names[index] if index < len(names) else f"Programma {programme.name}".strip()
        out.append(f"{name}{where}")
        for goal_index, goal in enumerate(programme.goals, start=1):
            out.append(f"  Hoofddoel {roman(goal_index)} \"{goal.title}\"" + (f" (regel {goal.line})" if goal.line else ""))
            for number, activity in enumerate(goal.activities, start=1):
                split = (f"realisatie vanaf regel {activity.realisation_line}" if activity.realisation_line
                         else "geen realisatie gevonden")
                status = f"; status aangeboden: {activity.status}" if activity.status else ""
                place = next(stored, None)
                if place is not None and place.activity.kengetallen:
                    status += f"; {len(place.activity.kengetallen)} kengetallen aangeboden (uit een tabel)"
                out.append(f"    {number}. {activity.title} (regel {activity.line}; plan {activity.plan_words} "
                           f"woorden, {split}, {activity.realisation_words} woorden{status})")
    unplaced = [r.number for r in recognition.roles if r.role.value == "niet geplaatst" and r.text.strip()]
    words = document.unplaced.word_count()
    if words:
        out.append(f"niet geplaatst: {words} woorden (regel {_ranges(unplaced)})")
    else:
        out.append("niet geplaatst: niets")
    dropped = list(recognition.dropped_lines)
    if dropped:
        out.append(f"weggelaten (herhaalde paginakop/-voet): regel {_ranges(dropped)}")
    for warning in result.warnings:
        out.append(f"waarschuwing, {warning}")
    out.append(f"{document.activity_count()} activiteiten zouden worden geïmporteerd")
    chapter = document.chapter
    if not chapter.is_empty():  # the three questions of a published chapter
        out.append(f"hoofdstuk: {len(chapter.effects)} effecttekst(en), {len(chapter.indicators)} "
                   f"effectindicator(en), {len(chapter.policy_indicators)} beleidsindicator(en), "
                   f"{len(chapter.lines)} financiële regel(s), {len(chapter.explanations)} toelichting(en)")
    return out


def _ranges(numbers: list[int]) -> str:
    """``3-5, 9`` from ``[3, 4, 5, 9]``."""
    parts: list[str] = []
    start = previous = None
    for number in [*sorted(numbers), None]:
        if number is not None and previous is not None and number == previous + 1:
            previous = number
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = number
    return ", ".join(parts)


def import_file(workspace: Workspace, path: Path, *, replace_existing: bool = False,
                add: bool = False) -> ImportReport:
    """Import a text, Markdown, HTML or Word file into the workspace.

    ``add`` adds its programmes, goals and activities to the open document (a
    goal that exists by title is reused); ``replace_existing`` replaces the
    document. Workbooks and packages have their own doors.
    """
    fmt = detect_format(path)
    if fmt not in TEXT_FORMATS:
        raise ImportRefused(
            Message.of("import.wrong_door", name=path.name)
        )
    with collector_paused():  # decoding, recognising and storing make millions of objects and no cycle
        if fmt == "txt" and not add and not _looks_like_html(_head(path)):
            return workspace.import_pc_text(path, replace_existing=replace_existing)
        result = read_text_import(path)
        return import_parsed(workspace, result, replace_existing=replace_existing, add=add)


def import_parsed(workspace: Workspace, result: ParseResult, *, replace_existing: bool = False,
                  add: bool = False) -> ImportReport:
    """Store a recognised document: a new document, a replacement (with a backup first) or an addition."""
    from .packages import _backup_before_import

    document = result.document
    warnings = tuple(str(w) for w in result.warnings)
    if not workspace._store.has_document():
        workspace._store.create_document(document, author=workspace.author)
        return ImportReport(document.activity_count(), warnings, result.encoding)
    document, fitted = fit_statuses(document, workspace._store.load_document_header().status_scheme)
    warnings = (*warnings, *fitted)
    if add:
        _backup_before_import(workspace)
        chapter_notes: list[str] = []
        reused = add_to_document(workspace, document, chapter_notes)
        notes = (*(f"hoofddoel '{title}' bestond al; de activiteiten zijn eraan toegevoegd" for title in reused),
                 *chapter_notes)
        return ImportReport(document.activity_count(), (*warnings, *notes), result.encoding)
    if not replace_existing:
        raise UserError(
            Message.of("import.document_exists")
        )
    _backup_before_import(workspace)
    workspace._store.replace_document(document, author=workspace.author)
    return ImportReport(document.activity_count(), warnings, result.encoding)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def fit_statuses(document: Document, scheme: StatusScheme) -> tuple[Document, tuple[str, ...]]:
    """The document in the status scheme of the document it goes into (``scheme``): every offered status
    carried over to what means the same there (domain/status), or left empty with a note."""
    if document.status_scheme == scheme:
        return document, ()
    left_out: dict[str, int] = {}
    programmes = []
    for programme in document.programmes:
        goals = []
        for goal in programme.goals:
            activities = []
            for activity in goal.activities:
                key = carry_over(activity.status, document.status_scheme, scheme)
                if activity.status is not None and key is None:
                    label = document.status_scheme.label(activity.status) or activity.status
                    left_out[label] = left_out.get(label, 0) + 1
                activities.append(replace(activity, status=key) if key != activity.status else activity)
            goals.append(replace(goal, activities=tuple(activities)))
        programmes.append(replace(programme, goals=tuple(goals)))
    notes = tuple(f"status '{label}' ({count(number, 'activiteit')}) past niet in het statusschema "
                  f"'{scheme.name}' van het document; niet overgenomen" for label, number in left_out.items())
    return replace(document, status_scheme=scheme, programmes=tuple(programmes)), notes


def add_to_document(workspace: Workspace, document: Document, notes: list[str] | None = None) -> list[str]:
    """Add the programmes, goals and activities of ``document`` to the stored one, in one transaction.

    A programme is matched by name (or, unnamed, by number), a goal by title;
    what has no match is added at the end. Programme introductions and
    unplaced text are appended, never dropped; so is the chapter (effect texts,
    indicators, figures, explanations: services.chapter.add_imported_chapter, its
    notes into ``notes``). Returns the titles of reused goals.
    """
    from .chapter import add_imported_chapter

    store = workspace._store
    author = workspace.author
    reused: list[str] = []
    programme_ids: dict[str, str] = {}
    goal_ids: dict[str, str] = {}
    with store.transaction():
        tree = store.tree()
        current = store.load_document_header()
        for programme in document.programmes:
            match = next((p for p in tree if programme.name and _key(p.name) == _key(programme.name)), None)
            if match is None and not programme.name:
                match = next((p for p in tree if p.number == programme.number), tree[0] if tree else None)
            if match is None:
                programme_id = store.add_programme(programme.number, programme.name)
                goals: dict[str, str] = {}
            else:
                programme_id = match.id
                goals = {_key(goal.title): goal.id for goal in match.goals}
            programme_ids[programme.id] = programme_id
            if not programme.intro.is_empty:
                stored = store.load_document().programmes
                existing = next((p.intro for p in stored if p.id == programme_id), BlockText())
                combined = BlockText((*existing.blocks, *programme.intro.blocks))
                store.update_programme(programme_id, {"intro": combined}, author=author)
            for goal in programme.goals:
                goal_id = goals.get(_key(goal.title))
                if goal_id is None:
                    goal_id = store.add_goal(programme_id, goal.title)
                    goals[_key(goal.title)] = goal_id
                else:
                    reused.append(goal.title)
                goal_ids[goal.id] = goal_id
                for activity in goal.activities:
                    store.add_activity(goal_id, activity, author=author)
        if not document.unplaced.is_empty:
            combined = BlockText((*current.unplaced.blocks, *document.unplaced.blocks))
            store.update_document({"unplaced": combined}, author=author)
        added = add_imported_chapter(workspace, document.chapter, programme_ids, goal_ids)
    if notes is not None:
        notes.extend(added)
    return reused


def preview_workbook(workspace: Workspace, path: Path) -> Preview:
    """What re-importing an edited coordinator workbook would change for this person; nothing is written."""
    from . import xlsx_roundtrip

    return xlsx_roundtrip.preview(workspace._store, path, workspace.person)


def apply_workbook(workspace: Workspace, preview: Preview, decisions: Any = None, *,
                   take: Take | None = None, allow_deletions: bool = False,
                   explanations: bool = True, explained: ExplanationPreview | None = None) -> ApplyResult:
    """Apply a previewed workbook, after a backup (the window and the command line alike).

    ``decisions`` (the window's dialog) carries per-conflict choices and whether deletions apply;
    ``take`` and ``allow_deletions`` are the command line's. The policy is asked per activity for
    this person: what it refuses is reported in the result, the rest applies. ``explanations``: also the
    variance explanations of the workbook's Afwijkingen sheet (conflicts follow the dialog's
    ``explanation_choices``, else ``take``; the command line applies them itself to report them);
    ``explained``: the explanation preview the user saw (read again from the file when not given).
    """
    from . import xlsx_roundtrip
    from .chapter_roundtrip import apply_explanations, preview_explanations
    from .packages import _backup_before_import

    _backup_before_import(workspace)
    if explanations and explained is None:
        explained = preview_explanations(workspace, preview.path)
    result = xlsx_roundtrip.apply(
        workspace._store, preview, take=take,
        allow_deletions=allow_deletions or bool(getattr(decisions, "allow_deletions", False)),
        author=workspace.author, choices=dict(getattr(decisions, "choices", {}) or {}), person=workspace.person,
    )
    if explanations and explained is not None:
        apply_explanations(workspace, explained, take, dict(getattr(decisions, "explanation_choices", {}) or {}))
    return result
