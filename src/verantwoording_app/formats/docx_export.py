"""Word export: the chapter as a .docx in Word's built-in styles, optionally on a house template.

Structure (mirrors the published chapter and ``pctext.render_pc_text``):

- Heading 1: the programme (``Programma 1 Werk en inkomen``); a document with a
  single unnamed programme uses the section heading (``2.1.2.2 Wat hebben we
  gedaan?``) instead, as the published chapter does;
- Heading 2: the section heading under a named programme, then per goal the
  intro sentence (``Voor hoofddoel I "…" voeren we … uit:``);
- Heading 3: ``N. Titel`` of every activity;
- plan text, the realisation label as a bold Normal paragraph, the realisation;
- blocks: paragraphs Normal, bullets List Bullet, numbered items List Number
  (each numbered list restarts at 1), sub-headings Heading 4 (a real heading
  one level below the activity, so it stays out of a default 3-level table of
  contents but a house template still restyles it);
- key figures (optional): a Caption paragraph and a Table Grid table.

Goals without activities (after a selection) and programmes without such
goals are left out. Title lines, footer and unplaced import text are not part
of the chapter.

Styles are referenced by the style id the template actually uses: a Dutch
Word template names them ``Kop 1``/``Standaard``/``Lijstopsommingsteken`` or
keeps English names with localised ids; both are recognised. A style the
template lacks is copied in from python-docx's default template.

The body is generated as one XML string and parsed once: adding paragraphs
through python-docx one by one is ~30 times slower for a full document.
"""

from __future__ import annotations

import copy
import html
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI, PackURI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml import parse_xml
from docx.parts.numbering import NumberingPart
from lxml import etree  # no stubs; only etree.Comment is used

from ..domain.blocktext import Block, BlockKind, BlockText, Run, normalise, table_cells
from ..domain.chapter_text import ALL_PARTS, QUESTION_COSTS, ChapterParts
from ..domain.errors import ExportFailed
from ..domain.messages import Message
from ..domain.model import Activiteit, Document, DocumentState, Kengetal, ReviewState
from ..domain.outline import (
    ActivityHeading,
    GoalHeading,
    Intro,
    KeyFigures,
    Plan,
    ProgrammeHeading,
    Question,
    Realisation,
    chapter_outline,
    programme_headings,
    section_heading,
)
from .atomic import atomic_write
from .safezip import ZipLimits, ZipRefused, bounded_copy

if TYPE_CHECKING:
    from collections.abc import Iterator
    from decimal import Decimal

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W_NS}}}"

CONCEPT_MARK = "CONCEPT"
LANGUAGE = "nl-NL"
TOC_HEADING = "Inhoud"
PAGE_LABEL = ("Pagina ", " van ")
A4 = (11906, 16838)
"""Page width and height in twips; margins of 2.5 cm (1418) all round without a template."""
KEY_FIGURES_CAPTION = "Kengetallen bij activiteit {nummer}. {titel}"
KEY_FIGURE_COLUMNS = ("Kengetal", "Eenheid", "Nulmeting", "Streefwaarde", "Realisatie", "Bron")

TEMPLATE_LIMITS = ZipLimits(max_entries=1_000, max_member_bytes=64 * 1024 * 1024, max_total_bytes=256 * 1024 * 1024)
"""A house template is a few hundred kB; these bounds leave room for one with large images."""
_TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@dataclass(frozen=True, slots=True)
class DocxOptions:
    """What goes into the Word export."""

    include_plan: bool = True
    include_key_figures: bool = False
    template: Path | None = None
    """A house template (.docx or .dotx) whose styles, page setup, headers and footers are used."""
    include_toc: bool = False
    """A table of contents (a real TOC field over heading levels 1–3 that Word updates on opening)."""
    export_date: date | None = None
    """The date shown beside CONCEPT in the header of a concept (default: today)."""
    parts: ChapterParts = ALL_PARTS
    """Which of the three questions per programme (effects, activities, costs) are written."""


@dataclass(frozen=True, slots=True)
class ExportWarning:
    """Something the export changed or left out, with where it happened."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


@dataclass(frozen=True, slots=True)
class DocxResult:
    path: Path | None
    activities: int
    paragraphs: int
    concept: bool
    """True when the CONCEPT mark was put in the page header."""
    warnings: tuple[ExportWarning, ...] = ()


# ---------------------------------------------------------------------------
# public API


def export_docx(document: Document, target: Path | str, options: DocxOptions | None = None) -> DocxResult:
    """Write ``document`` (already pruned by ``selection.select``) as .docx to ``target``, atomically.

    Raises ExportFailed (Dutch message) when the template is unusable or the
    file cannot be written; an earlier file at ``target`` then stays intact.
    """
    built = _build(document, options or DocxOptions())
    atomic_write(target, built.save)
    return built.result(Path(target))


def docx_bytes(document: Document, options: DocxOptions | None = None) -> tuple[bytes, DocxResult]:
    """The .docx in memory, with the same result as ``export_docx`` (path None)."""
    built = _build(document, options or DocxOptions())
    buffer = io.BytesIO()
    built.save(buffer)
    return buffer.getvalue(), built.result(None)


# ---------------------------------------------------------------------------
# text cleaning

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_LINE_BREAK = re.compile(r"\r\n|[\r\n]")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Cleaner:
    """Removes characters XML cannot hold and remembers where it did."""

    def __init__(self) -> None:
        self.where = ""
        self.warnings: list[ExportWarning] = []
        self._removed: dict[str, list[str]] = {}

    trusting = False
    """Check nothing (the caller checks the whole result once); see ``_write_body``."""

    def __call__(self, text: str) -> str:
        if self.trusting or _INVALID_XML.search(text) is None:
            return text
        found = self._removed.setdefault(self.where, [])
        found.extend(_INVALID_XML.findall(text))
        return _INVALID_XML.sub("", text)

    def finish(self) -> None:
        for where, chars in self._removed.items():
            codes = ", ".join(sorted({f"U+{ord(ch):04X}" for ch in chars}))
            count = len(chars)
            noun = "ongeldig teken" if count == 1 else "ongeldige tekens"
            self.warnings.append(ExportWarning(where, f"{count} {noun} verwijderd ({codes})"))


# ---------------------------------------------------------------------------
# styles


@dataclass(frozen=True, slots=True)
class _Role:
    default_id: str
    kind: str
    names: tuple[str, ...]


_ROLES: dict[str, _Role] = {
    "normal": _Role("Normal", "paragraph", ("normal", "standaard")),
    "heading1": _Role("Heading1", "paragraph", ("heading 1", "kop 1")),
    "heading2": _Role("Heading2", "paragraph", ("heading 2", "kop 2")),
    "heading3": _Role("Heading3", "paragraph", ("heading 3", "kop 3")),
    "heading4": _Role("Heading4", "paragraph", ("heading 4", "kop 4")),
    "list_bullet": _Role(
        "ListBullet", "paragraph", ("list bullet", "lijstopsommingsteken", "lijstopsomteken", "lijst opsommingsteken")
    ),
    "list_number": _Role("ListNumber", "paragraph", ("list number", "lijstnummering", "lijstnummer")),
    "caption": _Role("Caption", "paragraph", ("caption", "bijschrift")),
    "header": _Role("Header", "paragraph", ("header", "koptekst")),
    "table_grid": _Role("TableGrid", "table", ("table grid", "tabelraster")),
    # resolved (and added when missing) only when used
    "title": _Role("Title", "paragraph", ("title", "titel")),
    "subtitle": _Role("Subtitle", "paragraph", ("subtitle", "ondertitel")),
    "footer": _Role("Footer", "paragraph", ("footer", "voettekst")),
    "toc_heading": _Role("TOCHeading", "paragraph", ("toc heading", "kop van inhoudsopgave")),
    "toc1": _Role("TOC1", "paragraph", ("toc 1", "inhopg 1")),
    "toc2": _Role("TOC2", "paragraph", ("toc 2", "inhopg 2")),
    "toc3": _Role("TOC3", "paragraph", ("toc 3", "inhopg 3")),
}
_EAGER = ("normal", "heading1", "heading2", "heading3", "heading4", "list_bullet", "list_number", "caption",
          "header", "table_grid")

_OWN_STYLES = {
    # python-docx's default template has no toc styles: Word's own definitions (indent per level)
    f"TOC{level}": (
        f'<w:style xmlns:w="{W_NS}" w:type="paragraph" w:styleId="TOC{level}"><w:name w:val="toc {level}"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
        f'<w:pPr><w:spacing w:after="{100 if level == 1 else 40}"/><w:ind w:left="{220 * (level - 1)}"/></w:pPr>'
        f"{'<w:rPr><w:b/></w:rPr>' if level == 1 else ''}</w:style>"
    )
    for level in (1, 2, 3)
}


def _key(text: str) -> str:
    return re.sub(r"[\s_-]+", "", text).casefold()


_DEFAULT_PARTS: dict[str, Any] = {}


def _default_parts() -> tuple[Any, Any]:
    """styles and numbering elements of python-docx's default template (read once)."""
    if not _DEFAULT_PARTS:
        default = docx.Document()
        _DEFAULT_PARTS["styles"] = default.styles.element
        _DEFAULT_PARTS["numbering"] = default.part.numbering_part.element
    return _DEFAULT_PARTS["styles"], _DEFAULT_PARTS["numbering"]


class _Styles:
    """Resolves each role to the style id of the template, adding missing styles."""

    def __init__(self, word: Any) -> None:
        self._word = word
        self._styles = word.styles.element
        self._numbering: Any | None = None
        by_key: dict[tuple[str, str], Any] = {}
        for style in self._styles.iterchildren(f"{_W}style"):
            kind = style.get(f"{_W}type", "paragraph")
            name = style.find(f"{_W}name")
            if name is not None:
                by_key.setdefault((kind, "name:" + _key(name.get(f"{_W}val", ""))), style)
            by_key.setdefault((kind, "id:" + _key(style.get(f"{_W}styleId", ""))), style)
        self._by_key = by_key
        self.ids: dict[str, str] = {}
        self.elements: dict[str, Any] = {}
        self.added: list[str] = []
        for role in _EAGER:
            self._resolve(role)

    def require(self, name: str) -> str:
        """The style id of a role resolved on first use (added to the template when it lacks it)."""
        if name not in self.ids:
            self._resolve(name)
        return self.ids[name]

    def _find(self, role: _Role) -> Any | None:
        keys = [f"name:{_key(n)}" for n in role.names] + [f"id:{_key(n)}" for n in (role.default_id, *role.names)]
        for key in keys:
            if (style := self._by_key.get((role.kind, key))) is not None:
                return style
        return None

    def _resolve(self, name: str) -> None:
        role = _ROLES[name]
        style = self._find(role)
        if style is None:
            style = self._copy_default(role)
            self.added.append(role.default_id)
        self.ids[name] = style.get(f"{_W}styleId")
        self.elements[name] = style

    def _copy_default(self, role: _Role) -> Any:
        default_styles, _ = _default_parts()
        source = default_styles.find(f"{_W}style[@{_W}styleId='{role.default_id}']")
        if source is None:
            source = parse_xml(_OWN_STYLES[role.default_id])
        style = copy.deepcopy(source)
        for link in style.findall(f"{_W}link"):
            style.remove(link)
        normal = self.ids.get("normal", "Normal")
        for tag in ("basedOn", "next"):
            ref = style.find(f"{_W}{tag}")
            if ref is not None and ref.get(f"{_W}val") == "Normal":
                ref.set(f"{_W}val", normal)
        style.attrib.pop(f"{_W}default", None)
        num_id = style.find(f"{_W}pPr/{_W}numPr/{_W}numId")
        if num_id is not None:
            num_id.set(f"{_W}val", self._copy_default_numbering(num_id.get(f"{_W}val")))
        if self._styles.find(f"{_W}style[@{_W}styleId='{role.default_id}']") is not None:
            style.set(f"{_W}styleId", f"{role.default_id}Verantwoording")
        self._styles.append(style)
        return style

    def numbering(self) -> Any:
        """The template's numbering element, created when it has none."""
        if self._numbering is None:
            part = self._word.part
            try:
                self._numbering = part.part_related_by(RT.NUMBERING).element
            except KeyError:
                element = parse_xml(f'<w:numbering xmlns:w="{W_NS}"/>')
                numbering_part = NumberingPart(
                    PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, part.package
                )
                part.relate_to(numbering_part, RT.NUMBERING)
                self._numbering = element
        return self._numbering

    def _copy_default_numbering(self, default_num_id: str) -> str:
        _, default_numbering = _default_parts()
        num = default_numbering.find(f"{_W}num[@{_W}numId='{default_num_id}']")
        abstract_id = num.find(f"{_W}abstractNumId").get(f"{_W}val")
        abstract = copy.deepcopy(
            default_numbering.find(f"{_W}abstractNum[@{_W}abstractNumId='{abstract_id}']")
        )
        numbering = self.numbering()
        new_abstract = str(_max_attr(numbering, "abstractNum", "abstractNumId") + 1)
        abstract.set(f"{_W}abstractNumId", new_abstract)
        _insert_after_last(numbering, ("numPicBullet", "abstractNum"), [abstract])
        new_num = str(_max_attr(numbering, "num", "numId") + 1)
        num = parse_xml(
            f'<w:num xmlns:w="{W_NS}" w:numId="{new_num}"><w:abstractNumId w:val="{new_abstract}"/></w:num>'
        )
        _insert_after_last(numbering, ("numPicBullet", "abstractNum", "num"), [num])
        return new_num

    def num_pr(self, name: str) -> tuple[str, str] | None:
        """(numId, ilvl) the list style numbers with, following basedOn; None when unnumbered."""
        style = self.elements[name]
        for _ in range(10):
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                num_id = num_pr.find(f"{_W}numId")
                ilvl = num_pr.find(f"{_W}ilvl")
                if num_id is None or num_id.get(f"{_W}val") in (None, "0"):
                    return None
                return num_id.get(f"{_W}val"), ilvl.get(f"{_W}val", "0") if ilvl is not None else "0"
            based = style.find(f"{_W}basedOn")
            if based is None:
                return None
            style = self._styles.find(f"{_W}style[@{_W}styleId='{based.get(f'{_W}val')}']")
            if style is None:
                return None
        return None


def _insert_after_last(parent: Any, tags: tuple[str, ...], elements: list[Any]) -> None:
    """Insert in schema order: after the last child with one of ``tags`` (else first)."""
    wanted = {f"{_W}{tag}" for tag in tags}
    position = 0
    for index, child in enumerate(parent):
        if child.tag in wanted:
            position = index + 1
    for offset, element in enumerate(elements):
        parent.insert(position + offset, element)


def _max_attr(parent: Any, tag: str, attr: str) -> int:
    values = [int(v) for el in parent.iterchildren(f"{_W}{tag}") if (v := el.get(f"{_W}{attr}", "")).isdigit()]
    return max(values, default=0)


# ---------------------------------------------------------------------------
# template loading


def _open_template(template: Path | None) -> Any:
    if template is None:
        return docx.Document()
    path = Path(template)
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".dotx"):
        raise ExportFailed(Message.of("docx.template_not_word", name=path.name))
    try:
        with path.open("rb") as stream:  # missing or unreadable: OSError below
            if stream.read(2) != b"PK":
                raise ValueError("not a zip")
        data = bounded_copy(path, TEMPLATE_LIMITS)  # a template is a zip from outside: bounded, no DTDs
        if suffix == ".dotx" or _TEMPLATE_TYPE.encode() in _content_types(data):
            data = _as_document(data)
        return docx.Document(io.BytesIO(data))
    except OSError as error:
        raise ExportFailed(Message.of("docx.template_unreadable", name=path.name, value=error.strerror or error)) from error
    except ZipRefused as refused:
        raise ExportFailed(Message.of("docx.template_refused", message=refused.message)) from refused
    except Exception as error:  # a broken or foreign file: python-docx raises many kinds
        raise ExportFailed(
            Message.of("docx.template_unusable", name=path.name)
        ) from error


def _content_types(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("[Content_Types].xml")


def _as_document(data: bytes) -> bytes:
    """A .dotx repackaged as .docx: only the main part's content type differs."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(_TEMPLATE_TYPE.encode(), _DOCUMENT_TYPE.encode())
            target.writestr(item, content)
    return out.getvalue()


# ---------------------------------------------------------------------------
# the body


def chapter_activities(document: Document) -> Iterator[Activiteit]:
    """The activities that the chapter shows (goals without activities are left out)."""
    for programme in document.programmes:
        for goal in programme.goals:
            yield from goal.activities


def is_concept(document: Document) -> bool:
    """True while any exported activity is not final (an empty export follows the document's state)."""
    states = [a.review_state for a in chapter_activities(document)]
    if not states:
        return document.state is not DocumentState.VASTGESTELD
    return any(state is not ReviewState.VASTGESTELD for state in states)


def format_decimal(value: Decimal | None) -> str:
    """Dutch notation: 1.234,5."""
    if value is None:
        return ""
    return f"{value:,}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")


_LANG = f'<w:lang w:val="{LANGUAGE}"/>'
_RUN_PROPS = {
    (False, False): f"<w:rPr>{_LANG}</w:rPr>",
    (True, False): f"<w:rPr><w:b/>{_LANG}</w:rPr>",
    (False, True): f"<w:rPr><w:i/>{_LANG}</w:rPr>",
    (True, True): f"<w:rPr><w:b/><w:i/>{_LANG}</w:rPr>",
}


class _Numbering:
    """Word list numbering that restarts: a new ``w:num`` on the style's abstract list per run."""

    def __init__(self, styles: _Styles, num_pr: tuple[str, str] | None, counter: list[int],
                 out: list[str]) -> None:
        self.ilvl = num_pr[1] if num_pr is not None else "0"
        self.abstract: str | None = None
        self._counter, self._out = counter, out
        if num_pr is not None:
            numbering = styles.numbering()
            num = numbering.find(f"{_W}num[@{_W}numId='{num_pr[0]}']")
            ref = num.find(f"{_W}abstractNumId") if num is not None else None
            if ref is not None:
                self.abstract = ref.get(f"{_W}val")
                if not counter[0]:
                    counter[0] = _max_attr(numbering, "num", "numId") + 1

    def restart(self, start: int = 1) -> str:
        """The ``w:numPr`` of a list that starts again at ``start``; "" without numbering."""
        if self.abstract is None:
            return ""
        num_id = self._counter[0]
        self._counter[0] += 1
        self._out.append(
            f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{self.abstract}"/>'
            f'<w:lvlOverride w:ilvl="{self.ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'
        )
        return f'<w:numPr><w:ilvl w:val="{self.ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


class _BodyWriter:
    def __init__(self, styles: _Styles, options: DocxOptions, text_width: int) -> None:
        self.styles = styles
        self.options = options
        self.text_width = text_width
        self.parts: list[str] = []
        self.nums: list[str] = []
        self.toc: list[tuple[int, str]] = []
        self.front = 0
        """Index in ``parts`` after the title lines: where a table of contents goes."""
        self._activity_num_pr = ""
        self.clean = _Cleaner()
        self.paragraphs = 0
        self.tables = 0
        ids = styles.ids
        self.p_style = {
            name: f'<w:pStyle w:val="{html.escape(ids[name])}"/>'
            for name in ("heading1", "heading2", "heading3", "heading4", "list_bullet", "list_number", "caption")
        }
        self.p_open = {name: f"<w:p><w:pPr>{style}</w:pPr>" for name, style in self.p_style.items()}
        self.bullet_num = styles.num_pr("list_bullet")
        counter = [0]
        self.list_numbers = _Numbering(styles, styles.num_pr("list_number"), counter, self.nums)
        self.activity_numbers = _Numbering(styles, styles.num_pr("heading3"), counter, self.nums)
        self._last_activity = -1

    # runs and paragraphs -------------------------------------------------

    def _runs(self, runs: tuple[Run, ...] | list[Run]) -> str:
        out = []
        for run in runs:
            text = _escape(self.clean(run.text))
            if "\t" in text:
                text = text.replace("\t", '</w:t><w:tab/><w:t xml:space="preserve">')
            out.append(f'<w:r>{_RUN_PROPS[run.bold, run.italic]}<w:t xml:space="preserve">{text}</w:t></w:r>')
        return "".join(out)

    def line(self, text: str) -> str:
        return self._runs([Run(_LINE_BREAK.sub(" ", text).strip())])

    def styled(self, role: str, text: str) -> None:
        style = html.escape(self.styles.require(role))
        self.parts.append(f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{self.line(text)}</w:p>')
        self.paragraphs += 1

    def heading(self, level: int, text: str) -> None:
        self.parts.append(f"{self.p_open[f'heading{level}']}{self.line(text)}</w:p>")
        self.toc.append((level, text))
        self.paragraphs += 1

    def goal(self, text: str) -> None:
        """A goal heading: the activities under it are numbered from 1 again."""
        self.heading(2, text)
        self._last_activity = -1

    def activity(self, number: int, title: str) -> None:
        """``N. Titel`` through the heading style's list numbering (the number as text without one)."""
        numbering = self.activity_numbers
        if numbering.abstract is None:
            self.heading(3, f"{number}. {title}")
            return
        if number != self._last_activity + 1:
            self._activity_num_pr = numbering.restart(number)
        self._last_activity = number
        self.parts.append(
            f"<w:p><w:pPr>{self.p_style['heading3']}{self._activity_num_pr}</w:pPr>{self.line(title)}</w:p>"
        )
        self.toc.append((3, f"{number}. {title}"))
        self.paragraphs += 1

    def label(self, text: str) -> None:
        self.parts.append(f"<w:p>{self._runs([Run(text.strip(), bold=True)])}</w:p>")
        self.paragraphs += 1

    def blocks(self, text: BlockText) -> None:
        number = 0
        num_pr = ""
        rows: list[Block] = []
        for index, block in enumerate(normalise(text).blocks):  # free for a parsed text (known normal)
            runs = block.runs
            kind = block.kind
            if kind is BlockKind.TABLE:  # rows gathered, written as one real table
                if rows and block.gap_before:
                    self._text_table(rows)
                    self.parts.append("<w:p/>")  # two tables side by side would merge in Word
                    rows = []
                rows.append(block)
                number = 0
                continue
            if rows:
                self._text_table(rows)
                rows = []
            if kind is BlockKind.NUMBERED:
                restart = not (number and index and not block.gap_before)
                number = 1 if restart else number + 1
                if restart:
                    num_pr = self.list_numbers.restart()
                if self.list_numbers.abstract is None:
                    runs = (Run(f"{number}. "), *runs)
                self.parts.append(
                    f"<w:p><w:pPr>{self.p_style['list_number']}{num_pr}</w:pPr>{self._runs(runs)}</w:p>"
                )
            else:
                number = 0
                self.parts.append(self._block(block))
            self.paragraphs += 1
        if rows:
            self._text_table(rows)

    def _text_table(self, rows: list[Block]) -> None:
        """A pipe table from a text as a Word table; the first row repeats as header."""
        cells = table_cells(rows)
        width = self.text_width // max(1, len(cells[0]))
        grid = f'<w:gridCol w:w="{width}"/>' * len(cells[0])
        out = [
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{html.escape(self.styles.ids["table_grid"])}"/>'
            '<w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
            'w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>"
        ]
        for index, row in enumerate(cells):
            out.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if index == 0 else "<w:tr>")
            for column, cell in enumerate(row):
                runs = [Run(run.text, True, run.italic) for run in cell] if index == 0 else list(cell)
                numeric = index and column and _NUMBER_CELL.fullmatch("".join(run.text for run in cell))
                align = '<w:jc w:val="right"/>' if numeric else ""
                out.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                    f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>{align}</w:pPr>{self._runs(runs)}</w:p></w:tc>'
                )
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.parts.append("".join(out))
        self.paragraphs += len(rows)

    def _block(self, block: Block) -> str:
        if block.kind is BlockKind.BULLET:
            runs = block.runs if self.bullet_num is not None else (Run("• "), *block.runs)
            return f"{self.p_open['list_bullet']}{self._runs(runs)}</w:p>"
        if block.kind is BlockKind.HEADING:
            return f"{self.p_open['heading4']}{self._runs(block.runs)}</w:p>"
        return f"<w:p>{self._runs(block.runs)}</w:p>"

    # table of contents -----------------------------------------------------

    def toc_xml(self) -> str:
        """A TOC field over heading levels 1–3, its cached result the headings (Word updates it)."""
        heading = html.escape(self.styles.require("toc_heading"))
        out = [f'<w:p><w:pPr><w:pStyle w:val="{heading}"/></w:pPr>{self.line(TOC_HEADING)}</w:p>']
        entries = self.toc or [(1, "")]
        field_begin = (
            '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        )
        styles = {level: html.escape(self.styles.require(f"toc{level}")) for level in (1, 2, 3)}
        for index, (level, text) in enumerate(entries):
            begin = field_begin if index == 0 else ""
            out.append(f'<w:p><w:pPr><w:pStyle w:val="{styles[level]}"/></w:pPr>{begin}{self.line(text)}</w:p>')
        out.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
        self.paragraphs += len(out)
        return "".join(out)

    # key figures -----------------------------------------------------------

    def key_figures(self, number: int, activity: Activiteit) -> None:
        figures = activity.kengetallen
        rows = [_figure_row(figure) for figure in figures]
        columns = [0] + [c for c in range(1, len(KEY_FIGURE_COLUMNS)) if c in (3, 4) or any(r[c] for r in rows)]
        self.tables += 1
        caption = KEY_FIGURES_CAPTION.format(nummer=number, titel=activity.title)
        self.parts.append(
            f"{self.p_open['caption']}"
            f'<w:r>{_RUN_PROPS[False, False]}<w:t xml:space="preserve">Tabel </w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> SEQ Tabel \\* ARABIC </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r><w:t>{self.tables}</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            f"{self.line(': ' + caption)}</w:p>"
        )
        self.paragraphs += 1
        weights = [_COLUMN_WEIGHTS[c] for c in columns]
        widths = [int(self.text_width * w / sum(weights)) for w in weights]
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{html.escape(self.styles.ids["table_grid"])}"/>'
            '<w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
            'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>"
        ]
        header = [KEY_FIGURE_COLUMNS[c] for c in columns]
        out.append(self._row(header, widths, header=True))
        for row in rows:
            out.append(self._row([row[c] for c in columns], widths))
        out.append("</w:tbl>")
        self.parts.append("".join(out))

    def _row(self, cells: list[str], widths: list[int], *, header: bool = False) -> str:
        props = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
        out = [f"<w:tr>{props}"]
        for index, (text, width) in enumerate(zip(cells, widths, strict=True)):
            align = '<w:jc w:val="right"/>' if index and not header and index in self._numeric(cells) else ""
            runs = self._runs([Run(text, bold=header)]) if text else ""
            out.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                f"<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/>{align}</w:pPr>{runs}</w:p></w:tc>"
            )
        out.append("</w:tr>")
        return "".join(out)

    @staticmethod
    def _numeric(cells: list[str]) -> set[int]:
        return {i for i, text in enumerate(cells) if text and re.fullmatch(r"-?[\d.]+(,\d+)?", text)}


_COLUMN_WEIGHTS = (2.6, 1.4, 1.5, 1.75, 1.5, 1.5)
_NUMBER_CELL = re.compile(r"-?\d{1,3}(\.\d{3})*(,\d+)?")


def _figure_row(figure: Kengetal) -> tuple[str, ...]:
    return (
        figure.label,
        figure.unit,
        format_decimal(figure.baseline),
        format_decimal(figure.target),
        format_decimal(figure.realised),
        figure.source,
    )


def _write_chapter(document: Document, writer: _BodyWriter, options: DocxOptions) -> int:
    """Fill the writer with the whole chapter (``domain.outline``, as a reader sees it); returns the number
    of activities."""
    clean = writer.clean
    clean.where = "titel"
    for index, line in enumerate(document.title_lines):
        if line.strip():
            writer.styled("title" if index == 0 else "subtitle", line)
    writer.front = len(writer.parts)
    own_headings = programme_headings(document)
    section = section_heading(document)
    count = 0
    where = ""
    for item in chapter_outline(document, options.parts, include_plan=options.include_plan, for_reader=True):
        match item:
            case ProgrammeHeading(programme=programme):
                clean.where = programme.display_name
                if own_headings:
                    writer.heading(1, programme.display_name)
                    if section:
                        writer.heading(2, section)
                else:
                    writer.heading(1, section or programme.display_name)
            case Intro(text=text):
                writer.blocks(text)
            case Question(programme=programme, heading=heading, text=text):
                if heading == QUESTION_COSTS:
                    clean.where = f"{programme.display_name} (wat heeft het gekost)"
                writer.heading(2, heading)
                if text is not None:
                    writer.blocks(text)
            case GoalHeading(programme=programme, heading=heading) as goal:
                clean.where = f"{programme.display_name}, hoofddoel {goal.numeral}"
                writer.goal(heading)
            case ActivityHeading(place=place):
                count += 1
                where = f"{place.programme.display_name}, hoofddoel {place.numeral}, activiteit {place.number}"
                clean.where = where
                writer.activity(place.number, place.activity.title)
            case Plan(text=text):
                clean.where = f"{where} (plan)"
                writer.blocks(text)
            case Realisation(label=label, text=text):
                clean.where = where
                writer.label(label)
                clean.where = f"{where} (realisatie)"
                writer.blocks(text)
            case KeyFigures(place=place) if options.include_key_figures:
                clean.where = f"{where} (kengetallen)"
                writer.key_figures(place.number, place.activity)
    return count


# ---------------------------------------------------------------------------
# assembling the package


_BODY_MARKER = "verantwoording-body"


@dataclass
class _Built:
    word: Any
    activities: int
    paragraphs: int
    concept: bool
    warnings: list[ExportWarning] = field(default_factory=list)
    body: bytes | None = None
    """Body XML spliced into document.xml at the marker comment when saving (None: already in the tree)."""

    def save(self, stream: BinaryIO) -> None:
        main = self.word.part
        splice = {main.partname: (f"<!--{_BODY_MARKER}-->".encode(), self.body)} if self.body is not None else {}
        _save_package(self.word, stream, splice)

    def result(self, path: Path | None) -> DocxResult:
        return DocxResult(path, self.activities, self.paragraphs, self.concept, tuple(self.warnings))


def _save_package(word: Any, stream: BinaryIO, splice: dict[Any, tuple[bytes, bytes]]) -> None:
    """python-docx's ``Document.save`` with zlib level 1 (three times faster, ~10 % larger)
    and a placeholder in a part's XML replaced by pre-serialised XML."""
    package = word.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr(CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob)  # type: ignore[no-untyped-call]
        archive.writestr(PACKAGE_URI.rels_uri.membername, package.rels.xml)
        for part in parts:
            blob = part.blob
            if part.partname in splice:
                marker, xml = splice[part.partname]
                head, found, tail = blob.partition(marker)
                assert found, "body marker lost"
                blob = b"".join((head, xml, tail))
            archive.writestr(part.partname.membername, blob)
            if len(part.rels):
                archive.writestr(part.partname.rels_uri.membername, part.rels.xml)


def _text_width(sect_pr: Any) -> int:
    def twips(path: str, attr: str, default: int) -> int:
        element = sect_pr.find(f"{_W}{path}") if sect_pr is not None else None
        value = element.get(f"{_W}{attr}") if element is not None else None
        try:
            return int(float(value)) if value is not None else default
        except ValueError:
            return default

    width = twips("pgSz", "w", 11906) - twips("pgMar", "left", 1418) - twips("pgMar", "right", 1418)
    return width if width > 1000 else 9000


def _write_body(document: Document, styles: _Styles, options: DocxOptions, text_width: int, *,
                trusting: bool) -> tuple[_BodyWriter, int, str]:
    """The body XML of the chapter. ``trusting``: runs are not checked one by one for characters XML cannot
    hold; the caller checks the whole body once (one scan instead of one per run) and writes again without
    trust when it finds one."""
    writer = _BodyWriter(styles, options, text_width)
    writer.clean.trusting = trusting
    count = _write_chapter(document, writer, options)
    if options.include_toc:
        writer.parts.insert(writer.front, writer.toc_xml())
    if writer.parts and writer.parts[-1].startswith("<w:tbl>"):
        writer.parts.append("<w:p/>")  # Word wants a paragraph between a table and the section end
    return writer, count, "".join(writer.parts)


def _build(document: Document, options: DocxOptions) -> _Built:
    word = _open_template(options.template)
    own_layout = options.template is None
    if own_layout:
        _dutch_a4(word)
    styles = _Styles(word)
    if own_layout:
        _number_activity_headings(styles)
    body = word.element.body
    sect_pr = body.find(f"{_W}sectPr")
    writer, count, body_xml = _write_body(document, styles, options, _text_width(sect_pr), trusting=True)
    if _INVALID_XML.search(body_xml):  # rare: write it again, cleaning run by run, to say where each was
        writer, count, body_xml = _write_body(document, styles, options, _text_width(sect_pr), trusting=False)
    writer.clean.trusting = False  # the title in the header and the properties: checked as before
    writer.clean.finish()
    if options.include_toc:
        _update_fields_on_open(word)
    spliced: bytes | None = None
    for child in list(body):
        if child is not sect_pr:
            body.remove(child)
    if word.element.nsmap.get("w") == W_NS:
        # the usual case: splice the text in when saving instead of parsing and re-serialising 4 MB
        body.insert(0, etree.Comment(_BODY_MARKER))
        spliced = body_xml.encode("utf-8")
    else:
        fragment = parse_xml(f'<w:body xmlns:w="{W_NS}">{body_xml}</w:body>')
        for index, child in enumerate(fragment):
            body.insert(index, child)
    if writer.nums:
        numbering = styles.numbering()
        fragment = parse_xml(f'<w:numbering xmlns:w="{W_NS}">{"".join(writer.nums)}</w:numbering>')
        _insert_after_last(numbering, ("numPicBullet", "abstractNum", "num"), list(fragment))

    concept = is_concept(document)
    title = writer.clean(document.title)
    if own_layout:
        _own_header_and_footer(word, styles, title, concept, options.export_date or date.today())
    elif concept:
        _mark_concept(word, styles)
    properties = word.core_properties
    properties.title = title
    properties.language = LANGUAGE
    if own_layout:
        properties.author = writer.clean(document.municipality)
        properties.last_modified_by = ""
        properties.comments = ""

    warnings = list(writer.clean.warnings)
    if count == 0:
        warnings.append(ExportWarning("", "de selectie bevat geen activiteiten; het document is leeg"))
    return _Built(word, count, writer.paragraphs, concept, warnings, spliced)


# ---------------------------------------------------------------------------
# the page set-up without a house template


def _dutch_a4(word: Any) -> None:
    """A4 with 2.5 cm margins, Dutch as the language of every style, Dutch decimal comma."""
    sect_pr = word.element.body.find(f"{_W}sectPr")
    width, height = A4
    page = sect_pr.find(f"{_W}pgSz")
    page.set(f"{_W}w", str(width))
    page.set(f"{_W}h", str(height))
    margins = sect_pr.find(f"{_W}pgMar")
    for side in ("top", "right", "bottom", "left"):
        margins.set(f"{_W}{side}", "1418")
    margins.set(f"{_W}header", "709")
    margins.set(f"{_W}footer", "709")
    styles = word.styles.element
    lang = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}lang")
    if lang is not None:
        lang.set(f"{_W}val", LANGUAGE)
        lang.set(f"{_W}eastAsia", LANGUAGE)
    settings = word.settings.element
    for tag, value in (("themeFontLang", LANGUAGE), ("decimalSymbol", ","), ("listSeparator", ";")):
        element = settings.find(f"{_W}{tag}")
        if element is not None:
            element.set(f"{_W}val", value)
    theme_lang = settings.find(f"{_W}themeFontLang")
    if theme_lang is not None:
        theme_lang.attrib.pop(f"{_W}eastAsia", None)


_AFTER_NUM_PR = {
    f"{_W}{tag}" for tag in (
        "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
        "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
        "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
        "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
    )
}


def _number_activity_headings(styles: _Styles) -> None:
    """Give Heading 3 Word's own list numbering ``1.``, so the numbers are no text a template must fix."""
    numbering = styles.numbering()
    abstract_id = str(_max_attr(numbering, "abstractNum", "abstractNumId") + 1)
    num_id = str(_max_attr(numbering, "num", "numId") + 1)
    style_id = html.escape(styles.ids["heading3"])
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:pStyle w:val="{style_id}"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
    )
    _insert_after_last(numbering, ("numPicBullet", "abstractNum"), [abstract])
    num = parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    _insert_after_last(numbering, ("numPicBullet", "abstractNum", "num"), [num])
    style = styles.elements["heading3"]
    p_pr = style.find(f"{_W}pPr")
    if p_pr is None:
        p_pr = parse_xml(f'<w:pPr xmlns:w="{W_NS}"/>')
        rpr = style.find(f"{_W}rPr")
        if rpr is not None:
            rpr.addprevious(p_pr)
        else:
            style.append(p_pr)
    for old in p_pr.findall(f"{_W}numPr"):
        p_pr.remove(old)
    num_pr = parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:numId w:val="{num_id}"/></w:numPr>')
    later = next((child for child in p_pr if child.tag in _AFTER_NUM_PR), None)
    if later is not None:
        later.addprevious(num_pr)
    else:
        p_pr.append(num_pr)


def _field(instruction: str, shown: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{_RUN_PROPS[False, False]}<w:t>{shown}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def format_date(value: date) -> str:
    """Dutch notation: 01-12-2026."""
    return f"{value.day:02d}-{value.month:02d}-{value.year}"


def _own_header_and_footer(word: Any, styles: _Styles, title: str, concept: bool, today: date) -> None:
    """Header: the document title, at the right CONCEPT and the date while concept; footer: page X of Y."""
    section = word.sections[-1]
    width = _text_width(word.element.body.find(f"{_W}sectPr"))
    header_style = html.escape(styles.ids["header"])
    footer_style = html.escape(styles.require("footer"))
    tabs = (
        '<w:tabs><w:tab w:val="clear" w:pos="4680"/><w:tab w:val="clear" w:pos="9360"/>'
        f'<w:tab w:val="right" w:pos="{width}"/></w:tabs>'
    )
    mark = ""
    if concept:
        mark = (
            f'<w:r><w:tab/></w:r><w:r><w:rPr><w:b/><w:color w:val="C00000"/>{_LANG}</w:rPr>'
            f'<w:t xml:space="preserve">{CONCEPT_MARK} {format_date(today)}</w:t></w:r>'
        )
    header = (
        f'<w:p xmlns:w="{W_NS}"><w:pPr><w:pStyle w:val="{header_style}"/>{tabs}</w:pPr>'
        f'<w:r>{_RUN_PROPS[False, False]}<w:t xml:space="preserve">{_escape(title)}</w:t></w:r>{mark}</w:p>'
    )
    before, after = PAGE_LABEL
    footer = (
        f'<w:p xmlns:w="{W_NS}"><w:pPr><w:pStyle w:val="{footer_style}"/><w:jc w:val="center"/></w:pPr>'
        f'<w:r>{_RUN_PROPS[False, False]}<w:t xml:space="preserve">{before}</w:t></w:r>{_field("PAGE", "1")}'
        f'<w:r>{_RUN_PROPS[False, False]}<w:t xml:space="preserve">{after}</w:t></w:r>{_field("NUMPAGES", "1")}</w:p>'
    )
    for part, xml in ((section.header, header), (section.footer, footer)):
        part.is_linked_to_previous = False
        element = part._element
        for child in list(element):
            element.remove(child)
        element.append(parse_xml(xml))


_SETTINGS_AFTER_UPDATE_FIELDS = {
    f"{_W}{tag}" for tag in (
        "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "attachedSchema",
        "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
        "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary",
        "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
    )
} | {"{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"}


def _update_fields_on_open(word: Any) -> None:
    """Ask Word to update the fields (the table of contents) when the document is opened."""
    settings = word.settings.element
    if settings.find(f"{_W}updateFields") is not None:
        return
    element = parse_xml(f'<w:updateFields xmlns:w="{W_NS}" w:val="true"/>')
    later = next((child for child in settings if child.tag in _SETTINGS_AFTER_UPDATE_FIELDS), None)
    if later is not None:
        later.addprevious(element)
    else:
        settings.append(element)


def _mark_concept(word: Any, styles: _Styles) -> None:
    """Put CONCEPT at the top of every page header in use."""
    style = html.escape(styles.ids["header"])
    mark = (
        f'<w:p xmlns:w="{W_NS}"><w:pPr><w:pStyle w:val="{style}"/><w:jc w:val="right"/></w:pPr>'
        f'<w:r><w:rPr><w:b/><w:color w:val="C00000"/>{_LANG}</w:rPr><w:t>{CONCEPT_MARK}</w:t></w:r></w:p>'
    )
    section = word.sections[-1]
    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.append(section.first_page_header)
    if word.settings.odd_and_even_pages_header_footer:
        headers.append(section.even_page_header)
    for header in headers:
        if header.is_linked_to_previous:
            header.is_linked_to_previous = False
        header._element.insert(0, parse_xml(mark))
