"""The one structure recogniser: lines of any source → roles → document tree.

Every importer (P&C text, pasted web text, PDF copy, Markdown, Word, HTML)
turns its input into ``SourceLine`` objects (text plus what the source knows:
a heading level, a whole-line bold run) and calls ``recognise``. It works in
three steps, each linear in the input:

1. clean-up: repeating page headers are dropped (and reported), hard-wrapped
   PDF lines are joined and hyphenation at a line end is undone;
2. each line gets a role (goal, activity, plan label, realisation label,
   status, text, …) from its own shape and, where the shape is ambiguous,
   from its neighbours and the goal it stands in;
3. the roles build the tree. The user may override any line's role (the
   preview); the tree is then built again from step 3.

Structure patterns are only tried on lines of at most ``MAX_STRUCTURE_LINE``
characters and none of them can backtrack more than linearly, so a hostile
1 MB line costs one pass.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from ..domain.blocktext import (
    BlockKind,
    BlockText,
    looks_like_subheading,
    parse_markdown,
    parse_plain,
)
from ..domain.collector import collector_paused
from ..domain.model import (
    DEFAULT_GOAL_INTRO,
    DEFAULT_REALISATION_LABEL,
    Activiteit,
    Document,
    DocumentKind,
    Hoofddoel,
    Kengetal,
    Programma,
    from_roman,
)
from .keyfigure_tables import key_figures

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

MAX_STRUCTURE_LINE = 300
"""Longer lines are always text: no title, label or goal is this long."""

UNNAMED_GOAL = "Hoofddoel (nog te benoemen)"
UNPLACED_HEADING = "Niet geplaatste tekst"


class Role(StrEnum):
    BLANK = "leeg"
    TITLE = "titel"
    SECTION = "sectie"
    PROGRAMME = "programma"
    GOAL = "hoofddoel"
    GOAL_TITLE = "titel van hoofddoel"
    ACTIVITY = "activiteit"
    PLAN_LABEL = "kop plan"
    REALISATION_LABEL = "kop realisatie"
    STATUS = "status"
    FIELD = "veld"
    TEXT = "tekst"
    FOOTER = "voettekst"
    HEADER = "paginakop (weggelaten)"
    JOINED = "vervolg van vorige regel"
    UNPLACED = "niet geplaatst"
    SEPARATE = "losse regel"
    """Only as the user's correction: never joined to the line before; its role is recognised."""


ASSIGNABLE_ROLES = (Role.GOAL, Role.ACTIVITY, Role.PLAN_LABEL, Role.REALISATION_LABEL, Role.TEXT,
                    Role.TITLE, Role.HEADER, Role.UNPLACED, Role.JOINED, Role.SEPARATE)
"""The roles a user may give a line in the preview."""


class _R:
    """The roles under plain class attributes, for the per-line loops: looking a member up on the Enum
    itself (``Role.TEXT``) goes through EnumType's ``__getattr__`` hook and costs ~250 ns, ten times more."""

    BLANK = Role.BLANK
    TITLE = Role.TITLE
    SECTION = Role.SECTION
    PROGRAMME = Role.PROGRAMME
    GOAL = Role.GOAL
    GOAL_TITLE = Role.GOAL_TITLE
    ACTIVITY = Role.ACTIVITY
    PLAN_LABEL = Role.PLAN_LABEL
    REALISATION_LABEL = Role.REALISATION_LABEL
    STATUS = Role.STATUS
    FIELD = Role.FIELD
    TEXT = Role.TEXT
    FOOTER = Role.FOOTER
    HEADER = Role.HEADER
    JOINED = Role.JOINED
    UNPLACED = Role.UNPLACED
    SEPARATE = Role.SEPARATE


class SourceLine(NamedTuple):
    """One line (paragraph) of the source, with what the source itself knows about it.

    A tuple, not a dataclass: a large file has a hundred thousand of them.
    """

    number: int
    """1-based position in the source (line in a text file, paragraph in Word)."""
    text: str
    heading: int = 0
    """Heading level 1–6 from Word, HTML or Markdown; 0 for body text."""
    bold: bool = False
    """The whole line is bold (a bold Word run, ``**…**`` in Markdown)."""
    markdown: bool = False
    """The text is block-text Markdown (``**bold**``, ``- item``) rather than plain text."""


@dataclass(frozen=True, slots=True)
class ImportWarning:
    line: int
    """1-based line number in the source file (0: the whole file)."""
    message: str

    def __str__(self) -> str:
        return f"regel {self.line}: {self.message}" if self.line else self.message


class LineRole(NamedTuple):
    """What one source line became (a tuple: there is one per line of a large file)."""

    number: int
    text: str
    role: Role
    note: str = ""


@dataclass(frozen=True, slots=True)
class FoundActivity:
    line: int
    title: str
    realisation_line: int = 0
    """Line of the realisation label (0: none found)."""
    status: str | None = None
    plan_lines: tuple[str, ...] = field(default=(), repr=False, compare=False)
    realisation_lines: tuple[str, ...] = field(default=(), repr=False, compare=False)

    @property
    def plan_words(self) -> int:
        """Counted when asked (the preview), not for every recognition."""
        return len(" ".join(self.plan_lines).split())

    @property
    def realisation_words(self) -> int:
        return len(" ".join(self.realisation_lines).split())


@dataclass(frozen=True, slots=True)
class FoundGoal:
    line: int
    title: str
    activities: tuple[FoundActivity, ...]


@dataclass(frozen=True, slots=True)
class FoundProgramme:
    line: int
    name: str
    goals: tuple[FoundGoal, ...]


@dataclass(frozen=True, slots=True)
class Recognition:
    """What the recogniser found: the tree, every line's role and what it reports."""

    document: Document
    roles: tuple[LineRole, ...]
    outline: tuple[FoundProgramme, ...]
    warnings: tuple[ImportWarning, ...] = ()

    @property
    def activity_count(self) -> int:
        return self.document.activity_count()

    @property
    def unplaced_words(self) -> int:
        return self.document.unplaced.word_count()

    @property
    def dropped_lines(self) -> tuple[int, ...]:
        return tuple(r.number for r in self.roles if r.role is _R.HEADER)


# ---------------------------------------------------------------------------
# patterns (all anchored; none nests quantifiers over the same characters)

_QUOTES = "\"'“”„‘’«»‚‹›"
_NUMERAL = r"(?:[IVXLCDM]{1,8}|\d{1,3}(?:\.\d{1,3}){0,4}|[A-Z])"
_TEMPLATE_GOAL = re.compile(
    r"^(?P<lead>(?:Voor\s+)?hoofddoel)\s+(?P<numeral>[IVXLCDM]{1,8}|\d{1,3})\.?\s*[:\-–]?\s*"
    r"(?P<q1>[" + _QUOTES + r"]?)(?P<title>[^" + _QUOTES + r"]+?)(?P<q2>[" + _QUOTES + r"]?)"
    r"\s+(?P<rest>voeren\s+we\b.*)$",
    re.IGNORECASE,
)
_GOAL = re.compile(
    r"^(?P<lead>(?:Voor\s+)?(?P<keyword>hoofddoel|beleidsdoel|subdoel|doelstelling|doel|ambitie))"
    r"(?:\s+(?P<numeral>" + _NUMERAL + r"))?(?=[\s:.\-–]|$)\.?\s*(?P<sep>[:\-–])?\s*(?P<title>.*)$",
    re.IGNORECASE,
)
_BBV_GOAL = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?Wat\s+(?:willen|wilden)\s+we\s+bereiken\s*\??\s*$", re.IGNORECASE)
_PROGRAMME = re.compile(
    r"^Programma\s+(?P<number>\d{1,3}[a-z]?)(?:\s*[:.\-–])?\s+(?P<name>\S.*)$|^Programma\s+(?P<only>\d{1,3}[a-z]?)$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^(?P<indent>\s*)(?P<number>\d{1,3})(?P<mark>[.)])\s+(?P<title>\S.*)$")
_PREFIXED = re.compile(
    r"^(?:Activiteit|Project|Actie|Maatregel|Prestatie)\s+(?P<number>\d{1,3}(?:\.\d{1,3}){0,3})\s*[:.\-–]?\s*(?P<title>.*)$",
    re.IGNORECASE,
)
_DOTTED = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,3}){1,4})\.?\s+(?P<title>\S.*)$")
_FOOTER = re.compile(r"^Deze pagina is gebouwd op\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(20\d{2}|19\d{2})\b")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BOLD_LINE = re.compile(r"^\*\*(?P<inner>[^*]+)\*\*\s*(?P<rest>.*)$")
_MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.*)$")

class _LabelPattern:
    """A label alone on its line (``Realisatie``, ``Wat hebben we gedaan?``) or followed by a colon and text."""

    def __init__(self, words: str) -> None:
        self._alone = re.compile(r"^(?:" + words + r")\s*:?\s*$", re.IGNORECASE)
        self._with_text = re.compile(r"^(?P<label>(?:" + words + r")\s*:)\s*(?P<rest>\S.*)$", re.IGNORECASE)

    def match(self, text: str) -> tuple[str, str] | None:
        if self._alone.match(text):
            return text.strip(), ""
        if found := self._with_text.match(text):
            return found.group("label").strip(), found.group("rest")
        return None


def _label_pattern(words: str) -> _LabelPattern:
    return _LabelPattern(words)


_REALISATION_LABEL = _label_pattern(
    r"(?:Uitvoering|Realisatie|Verantwoording|Stand\s+van\s+zaken|Voortgang|Resultaten|Behaald\s+resultaat"
    r"|Bereikt\s+resultaat)(?:\s+(?:in\s+|per\s+)?\(?\d{4}\)?)?"
    r"|Wat\s+(?:hebben|heeft)\s+(?:we|wij|de\s+gemeente)\s+(?:daarvoor\s+|ervoor\s+|daar\s+voor\s+)?"
    r"(?:\(\s*in\s+\d{4}\s*\)\s+|in\s+\d{4}\s+)?(?:gedaan|bereikt)(?:\s+in\s+\d{4})?\s*\??"
    r"|Toelichting(?:\s+(?:op\s+de\s+)?realisatie)?|Kwaliteit\s*\(\s*toelichting\s*\)"
)
_PLAN_LABEL = _label_pattern(
    r"Beoogd(?:e)?\s+resulta(?:at|ten)(?:\s+\d{4})?|Omschrijving(?:\s*\(\s*toelichting\s*\))?"
    r"|Wat\s+(?:gaan|gingen|zouden|willen)\s+(?:we|wij)\s+(?:daarvoor\s+|ervoor\s+)?(?:in\s+\d{4}\s+)?doen\s*\??"
    r"|Planning(?:\s+\d{4})?|Voornemens?(?:\s+\d{4})?|Begroting\s+\d{4}|Plan(?:\s+\d{4})?"
)
_STATUS_LINE = re.compile(
    r"^(?P<label>Resultaat\s+bereikt\s*\??|Kwaliteit\s*\(\s*indicator\s*\)|Status|Stand|Voortgangsindicator"
    r"|Beoordeling)(?![\w])\s*[:?]?\s*(?P<value>[^\s:].{0,40})?$",
    re.IGNORECASE,
)
_STATUS_GROUP = re.compile(
    r"^(?P<group>Wat\s+loopt\s+(?:er\s+)?nog|Wat\s+is\s+nog\s+niet\s+(?:opgepakt|gestart|gedaan)"
    r"|Wat\s+is\s+(?:er\s+)?(?:gerealiseerd|afgerond|klaar)|Wat\s+is\s+vertraagd|Wat\s+is\s+gestopt)\s*\??\s*:?$",
    re.IGNORECASE,
)
_FIELD = re.compile(
    r"^(?P<label>Portefeuillehouder|Eigenaar|Verantwoordelijke|Afdeling|Budget|Fase|Looptijd|Startdatum"
    r"|Einddatum|Projectleider|Team|Kosten)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)

_STATUS_VALUES = {
    "ja": "gereed", "nee": "problemen", "deels": "vertraagd", "gedeeltelijk": "vertraagd",
    "g": "gereed", "groen": "gereed", "o": "vertraagd", "oranje": "vertraagd", "geel": "vertraagd",
    "r": "problemen", "rood": "problemen", "b": "doorgeschoven", "blauw": "doorgeschoven",
    "gereed": "gereed", "afgerond": "gereed", "op schema": "op_schema", "loopt": "op_schema",
    "vertraagd": "vertraagd", "doorgeschoven": "doorgeschoven", "gestopt": "ingetrokken",
    "ingetrokken": "ingetrokken",
}
_GROUP_STATUS = {"loopt": "op_schema", "niet": "doorgeschoven", "gerealiseerd": "gereed", "afgerond": "gereed",
                 "klaar": "gereed", "vertraagd": "vertraagd", "gestopt": "ingetrokken"}

_END_PUNCTUATION = (".", ";", ",", "!", ":", "…")

_LEAD_WORD = re.compile(r"[*\s]*([^\W\d_]+)")
_LABEL_WORDS = frozenset([
    "uitvoering", "realisatie", "verantwoording", "stand", "voortgang", "resultaten", "behaald", "bereikt", "wat",
    "toelichting", "kwaliteit", "beoogd", "beoogde", "omschrijving", "planning", "voornemen", "voornemens",
    "begroting", "plan", "resultaat", "status", "voortgangsindicator", "beoordeling",
])
"""The first word of every plan, realisation and status label (keep in step with the patterns above)."""
_LABEL_PREFIXES = frozenset(word[:3] for word in _LABEL_WORDS)


# ---------------------------------------------------------------------------
# step 1: clean-up


class _Line:
    """A working line: its text (joined lines grow it) and what the source said about it."""

    __slots__ = ("bold", "heading", "joined", "markdown", "number", "stripped", "text")

    def __init__(self, number: int, text: str, heading: int = 0, bold: bool = False, markdown: bool = False) -> None:
        self.number = number
        self.heading = heading
        self.bold = bold
        self.markdown = markdown
        self.joined: list[int] = []
        self.text = text
        self.stripped = text.strip()

    def set_text(self, text: str) -> None:
        self.text = text
        self.stripped = text.strip()


def _clean(text: str) -> str:
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    if not text.isprintable():  # a fast scan; only then the pattern (a tab or a no-break space also lands here)
        text = _CONTROL.sub("", text)
    return text.rstrip()  # rstrip() takes no-break and figure spaces too (str.isspace)


def _page_header_lines(lines: Sequence[_Line]) -> set[int]:
    """Lines that repeat (three times or more) with only a number changing: page headers and footers."""
    keys: dict[str, list[tuple[int, str]]] = {}
    for line in lines:
        text = line.stripped
        if not text or not (text[-1].isdigit() or text[0].isdigit()) or len(text) > 100 or line.heading:
            continue  # a page number stands at the start or the end of a short line of its own
        if text[0].islower():
            continue
        keys.setdefault(_SPACES.sub(" ", _DIGITS.sub("#", text)), []).append((line.number, text))
    out: set[int] = set()
    for found in keys.values():
        if len(found) < 3:
            continue  # the costly checks below only for the few shapes that repeat
        kept = [(number, text) for number, text in found
                if not _FOOTER.match(text) and not _is_label(text) and _classify(_Line(0, text)).role is _R.TEXT]
        # (a programme, goal, numbered item or label is never a page header)
        if len(kept) >= 3 and len({" ".join(_DIGITS.findall(text)) for _, text in kept}) >= 3:
            out.update(number for number, _ in kept)
    return out


def _unwrap(lines: list[_Line], dropped: set[int], *, automatic: bool = True,
            joined: frozenset[int] = frozenset(), apart: frozenset[int] = frozenset()) -> list[_Line]:
    """Join hard-wrapped lines (PDF copy): a line continues when the next starts in lower case.

    ``verbe-`` + ``teren`` becomes ``verbeteren``. Only plain lines are joined;
    a line that is a label, a list item or ends a sentence is never continued.
    The pieces of a paragraph are collected and joined once (joining line by
    line would copy a long paragraph once per line). The user's corrections
    come first: a line in ``joined`` always continues the line before it, one
    in ``apart`` never does; ``automatic=False`` (Word, HTML, Markdown, whose
    paragraphs are not wrapped) joins only those the user chose.
    """
    out: list[_Line] = []
    parts: list[str] = []  # the pieces of out[-1] while lines are being joined to it
    size = 0  # the length of out[-1]'s stripped text with its pieces
    never_label = False  # out[-1] starts with a word no label starts with, so joining cannot make it one
    for line in lines:
        text = line.stripped
        previous = out[-1] if out else None
        if previous is not None and text and line.number in joined:
            if not parts:
                parts, size = [previous.text.rstrip()], len(previous.stripped)
            parts.append(" " + text if previous.stripped else text)
            size += len(text) + 1
            previous.joined.append(line.number)
            continue
        if (
            automatic
            and previous is not None
            and text
            and line.number not in apart
            and previous.stripped
            and not line.heading and not previous.heading and not line.markdown
            and previous.number not in dropped
            and text[0].islower()
            and len(text) <= 4 * MAX_STRUCTURE_LINE
        ):
            if not parts:
                parts, size = [previous.text.rstrip()], len(previous.stripped)
                never_label = _never_label(previous.stripped)
            tail = parts[-1] if len(parts[-1]) >= 2 or len(parts) == 1 else parts[-2][-2:] + parts[-1]
            if (
                _continues(tail, size)
                and not (text[:3].casefold() in _LABEL_PREFIXES and _is_label(text))
                and not (size <= MAX_STRUCTURE_LINE and not never_label and _is_label("".join(parts).strip()))
            ):
                head = parts[-1]
                if head.endswith("-") and len(tail) > 1 and tail[-2].isalpha():
                    parts[-1] = head[:-1]
                    parts.append(text)
                    size += len(text) - 1
                else:
                    parts.append(" " + text)
                    size += len(text) + 1
                previous.joined.append(line.number)
                continue
        if previous is not None and len(parts) > 1:
            previous.set_text("".join(parts))
        parts = []
        out.append(line)
    if out and len(parts) > 1:
        out[-1].set_text("".join(parts))
    return out


def _never_label(text: str) -> bool:
    """Whether no text starting like ``text`` can be a label: its first word is complete and no label's."""
    lead = _LEAD_WORD.match(text)
    if lead is None:
        return bool(text.strip("*").strip())  # starts with a digit or a sign
    return lead.end() < len(text) and lead.group(1).casefold() not in _LABEL_WORDS


_CLOSED = (".", "!", "?", ":", ";", "…", ")", *_QUOTES)


def _continues(text: str, length: int | None = None) -> bool:
    """Whether a line ending in ``text`` (``length`` characters in all) goes on on the next line."""
    if text.endswith("-") and len(text) > 1 and text[-2].isalpha():
        return True
    if text.endswith(_CLOSED):
        return False
    return (len(text) if length is None else length) >= 25


def _bullet_or_item(text: str) -> bool:
    return bool(text) and (text[0] in "•·▪●◦‣⁃–—−-*+\uf0b7" or bool(_NUMBERED.match(text)))


def _is_label(text: str) -> bool:
    if len(text) > MAX_STRUCTURE_LINE:
        return False
    lead = _LEAD_WORD.match(text)
    if lead is None or lead.group(1).casefold() not in _LABEL_WORDS:
        return False  # one cheap match instead of six label patterns for almost every line
    plain = _unbold(text)
    return bool(_REALISATION_LABEL.match(plain) or _PLAN_LABEL.match(plain) or _STATUS_LINE.match(plain))


def _unbold(text: str) -> str:
    match = _BOLD_LINE.match(text.strip())
    if match:
        return (match.group("inner") + " " + match.group("rest")).strip()
    return text.strip()


# ---------------------------------------------------------------------------
# step 2: a role per line


@dataclass(slots=True)
class _Cand:
    line: _Line
    role: Role
    title: str = ""
    number: str = ""
    keyword: str = ""
    template: str = ""
    rest: str = ""
    label: str = ""
    status: str | None = None
    depth: int = 0
    heading_like: bool = False
    numbered_mark: str = ""
    indent: bool = False
    prefixed: bool = False
    forced: bool = False


def _strip_markup(line: _Line) -> tuple[str, int, bool]:
    """Text without Markdown heading/bold wrappers, heading level, whole-line bold."""
    text = line.stripped
    heading = line.heading
    bold = line.bold
    if line.markdown:
        if match := _MD_HEADING.match(text):
            heading = len(match.group("hashes"))
            text = match.group("text").strip()
        if text.startswith("*") and text.endswith("*") and not text.startswith("**") and len(text) > 2:
            text = text[1:-1]
        if text.endswith("  "):
            text = text.rstrip()
        text = BlockText.from_markdown(text.replace("\\#", "#")).plain_text() if "\\" in text or "*" in text else text
    elif text.startswith("**") and (match := _BOLD_LINE.match(text)) and not match.group("rest"):
        bold = True
        text = match.group("inner").strip()
    return text, heading, bold


_FIRST_WORDS = frozenset(
    ["voor", "hoofddoel", "beleidsdoel", "subdoel", "doelstelling", "doel", "ambitie", "wat", "programma", "activiteit", "project", "actie", "maatregel", "prestatie", "uitvoering", "realisatie", "verantwoording", "stand", "voortgang", "resultaten", "behaald", "bereikt", "toelichting", "kwaliteit", "beoogd", "beoogde", "omschrijving", "planning", "voornemen", "voornemens", "begroting", "plan", "resultaat", "status", "voortgangsindicator", "beoordeling", "portefeuillehouder", "eigenaar", "verantwoordelijke", "afdeling", "budget", "fase", "looptijd", "startdatum", "einddatum", "projectleider", "team", "kosten", "deze", "niet"]
)
"""First words of every structure pattern: any other line is text without trying a pattern."""


def _classify(line: _Line) -> _Cand:
    raw = line.stripped
    if not raw:
        return _Cand(line, _R.BLANK)
    if len(raw) > MAX_STRUCTURE_LINE:
        return _Cand(line, _R.TEXT)
    if line.markdown or raw.startswith("**"):
        text, heading, bold = _strip_markup(line)
        line.heading, line.bold = heading, bold
    else:  # plain text without a bold wrapper: nothing to strip (most lines)
        text, heading, bold = raw, line.heading, line.bold
    if not text:
        return _Cand(line, _R.TEXT)
    if not text[0].isdigit() and text[:40].split(None, 1)[0].casefold().rstrip(":?.") not in _FIRST_WORDS:
        return _Cand(line, _R.TEXT, title=text, heading_like=bool(heading or bold) or _title_like(text))
    if line.markdown and _MD_HEADING.match(raw) is None and not bold and _is_markdown_list(raw):
        return _Cand(line, _R.TEXT)
    if _FOOTER.match(text):
        return _Cand(line, _R.FOOTER)
    if text.casefold() == UNPLACED_HEADING.casefold() and heading:
        return _Cand(line, _R.UNPLACED, title=text)
    match = _PROGRAMME.match(text)
    if match and (match.group("only") or looks_like_subheading(match.group("name")) or heading):
        return _Cand(line, _R.PROGRAMME, number=match.group("number") or match.group("only") or "",
                     title=(match.group("name") or "").strip())
    if match := _TEMPLATE_GOAL.match(text):
        return _Cand(line, _R.GOAL, title=match.group("title").strip(), number=match.group("numeral"),
                     keyword="hoofddoel", template=_goal_template(match))
    if match := _GOAL.match(text):
        keyword = match.group("keyword").casefold()
        numeral = match.group("numeral") or ""
        title = match.group("title").strip().strip(_QUOTES).strip()
        strong = keyword in ("hoofddoel", "beleidsdoel", "subdoel")
        if (numeral and (match.group("sep") or strong or heading or bold or not title or _title_like(title))) or (
            strong and title and (match.group("sep") or heading or bold or _title_like(title))
        ):
            return _Cand(line, _R.GOAL, title=title, number=numeral, keyword=keyword,
                         template=_simple_template(text, match) if keyword == "hoofddoel" else "")
    if _BBV_GOAL.match(text):
        return _Cand(line, _R.GOAL, keyword="bbv", title="")
    if match := _STATUS_GROUP.match(text):
        word = next((w for w in _GROUP_STATUS if w in match.group("group").casefold()), "")
        return _Cand(line, _R.STATUS, label=text, status=_GROUP_STATUS.get(word), keyword="group")
    plain = text
    if found := _REALISATION_LABEL.match(plain):
        return _Cand(line, _R.REALISATION_LABEL, label=found[0], rest=found[1])
    if found := _PLAN_LABEL.match(plain):
        return _Cand(line, _R.PLAN_LABEL, label=found[0], rest=found[1])
    if match := _STATUS_LINE.match(plain):
        value = (match.group("value") or "").strip()
        return _Cand(line, _R.STATUS, label=match.group("label"), rest=value,
                     status=_STATUS_VALUES.get(value.casefold().rstrip(".")))
    if match := _FIELD.match(plain):
        return _Cand(line, _R.FIELD, label=match.group("label"), rest=match.group("value").strip())
    if match := _PREFIXED.match(text):
        return _Cand(line, _R.ACTIVITY, number=match.group("number"), title=match.group("title").strip(),
                     prefixed=True)
    if match := _DOTTED.match(text):
        title = match.group("title").strip()
        depth = match.group("number").count(".") + 1
        if title.endswith("?"):
            return _Cand(line, _R.SECTION, number=match.group("number"), title=title, depth=depth)
        return _Cand(line, _R.ACTIVITY, number=match.group("number"), title=title, depth=depth,
                     heading_like=True)
    if match := _NUMBERED.match(line.text if not line.markdown else text):
        return _Cand(line, _R.ACTIVITY, number=match.group("number"), title=match.group("title").strip(),
                     numbered_mark=match.group("mark"), indent=bool(match.group("indent")))
    return _Cand(line, _R.TEXT, title=text, heading_like=bool(heading or bold) or _title_like(text))


_MD_LIST = re.compile(r"^(?:[-+*]|\d{1,9}[.)])\s")


def _is_markdown_list(text: str) -> bool:
    return bool(_MD_LIST.match(text)) and not _NUMBERED.match(text)


def _title_like(text: str) -> bool:
    """A short line without end punctuation that starts with a capital: a heading in plain text."""
    return len(text) <= 80 and looks_like_subheading(text) and not text.endswith("?") and not _bullet_or_item(text)


def _goal_template(match: re.Match[str]) -> str:
    q1 = match.group("q1") or ""
    q2 = match.group("q2") or ""
    lead = match.group("lead")
    lead = lead[0].upper() + lead[1:] if lead else lead
    return f"{lead} {{nummer}} {q1}{{titel}}{q2} {match.group('rest')}"


def _simple_template(text: str, match: re.Match[str]) -> str:
    title = match.group("title")
    numeral = match.group("numeral") or ""
    if not title or not numeral or not (numeral.isdigit() or _is_roman(numeral)):
        return ""
    head = text[: match.start("title")]
    return head.replace(numeral, "{nummer}", 1) + "{titel}"


def _is_roman(text: str) -> bool:
    try:
        from_roman(text.upper())
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------
# step 3: the tree


@dataclass
class _Activity:
    line: int
    number: int
    title: str
    plan: list[_Line] = field(default_factory=list)
    realisation: list[_Line] = field(default_factory=list)
    realisation_line: int = 0
    has_label: bool = False
    status: str | None = None
    portfolio_holder: str = ""
    owner: str = ""

    @property
    def empty(self) -> bool:
        return not any(line.stripped for line in self.plan) and not self.has_label


@dataclass
class _Goal:
    line: int
    title: str
    intro: str = ""
    activities: list[_Activity] = field(default_factory=list)


@dataclass
class _Programme:
    line: int
    number: str
    name: str
    intro: list[_Line] = field(default_factory=list)
    goals: list[_Goal] = field(default_factory=list)


def recognise(
    lines: Sequence[SourceLine],
    *,
    overrides: Mapping[int, Role] | None = None,
    goal_titles: Mapping[int, str] | None = None,
) -> Recognition:
    """The structure of the lines. ``overrides`` force a role per source line number;
    ``goal_titles`` rename the goal that starts at a line (the preview's corrections)."""
    with collector_paused():  # ~10 short-lived objects per line and no cycle: the passes cost a fifth
        return _recognise(lines, overrides or {}, goal_titles or {})


def _recognise(lines: Sequence[SourceLine], overrides: Mapping[int, Role], goal_titles: Mapping[int, str]
               ) -> Recognition:
    work = [_Line(number, _clean(text), heading, bold, markdown) for number, text, heading, bold, markdown in lines]
    originals = {line.number: line.text for line in work}
    dropped = _page_header_lines(work)
    for number, role in overrides.items():
        if role is _R.HEADER:
            dropped.add(number)
        else:
            dropped.discard(number)
    kept = [line for line in work if line.number not in dropped]
    joined = frozenset(number for number, role in overrides.items() if role is _R.JOINED)
    apart = frozenset(number for number, role in overrides.items() if role is _R.SEPARATE)
    markdown = any(line.markdown for line in kept[:1])
    logical = _unwrap(kept, dropped, automatic=not markdown, joined=joined, apart=apart) \
        if not markdown or joined else kept
    cands = [_classify(line) for line in logical]
    for cand in cands:
        forced = overrides.get(cand.line.number)
        if forced is not None and forced not in (_R.JOINED, _R.SEPARATE):
            _force(cand, forced)
    _resolve(cands)
    return _build(work, originals, cands, dropped, goal_titles)


def _force(cand: _Cand, role: Role) -> None:
    text = _strip_markup(cand.line)[0] if cand.line.stripped else ""
    cand.role = role
    cand.forced = True
    if role is _R.ACTIVITY:
        match = _NUMBERED.match(text) or _PREFIXED.match(text) or _DOTTED.match(text)
        cand.title = match.group("title").strip() if match else text
        cand.number = ""
        cand.prefixed = True  # the user's word: never turned back into text
    elif role is _R.GOAL:
        match = _GOAL.match(text) or _TEMPLATE_GOAL.match(text)
        cand.title = match.group("title").strip().strip(_QUOTES).strip() if match and match.group("title") else text
        cand.keyword = cand.keyword or "user"
    elif role in (_R.REALISATION_LABEL, _R.PLAN_LABEL):
        cand.label, cand.rest = text, ""
    cand.depth = 0


def _resolve(cands: list[_Cand]) -> None:
    """Decide the ambiguous roles from the context: numbered lines, dotted numbers, headings."""
    _resolve_dotted(cands)
    _resolve_heading_levels(cands)
    goal_regions = _regions(cands)
    headings_have_activities = any(
        c.role is _R.ACTIVITY and c.line.heading for c in cands
    )
    for start, end in goal_regions:
        region = cands[start:end]
        if headings_have_activities:
            for cand in region:  # numbered body lines are list items when headings carry the activities
                if (cand.role is _R.ACTIVITY and not cand.line.heading and not cand.prefixed and not cand.depth
                        and not cand.forced):
                    cand.role = _R.TEXT
        _resolve_numbered(region)
        if not any(c.role is _R.ACTIVITY and not c.forced for c in region):  # the user's activity is one more
            _resolve_headings(region)
        _resolve_references(region)


def _resolve_dotted(cands: list[_Cand]) -> None:
    """``4.1 Titel`` / ``4.1.1 Titel``: with two depths and no goal lines, the upper depth is the goal."""
    dotted = [c for c in cands if c.role is _R.ACTIVITY and c.depth and not c.forced]
    if not dotted:
        return
    has_goals = any(c.role is _R.GOAL for c in cands)
    first_structure = next((i for i, c in enumerate(cands) if c.role in (_R.GOAL, _R.ACTIVITY, _R.PROGRAMME)),
                           len(cands))
    depths = sorted({c.depth for c in dotted})
    for cand in dotted:
        index = cands.index(cand) if len(dotted) < 50 else -1
        if index == first_structure and len(dotted) == 1 and not has_goals:
            cand.role = _R.SECTION  # a lone numbered heading above everything: the section
            continue
    if not has_goals and len(depths) >= 2:
        top = depths[0]
        for cand in dotted:
            if cand.depth == top:
                cand.role, cand.keyword = _R.GOAL, "dotted"
            elif cand.depth > top + 1:
                cand.role = _R.TEXT


def _resolve_heading_levels(cands: list[_Cand]) -> None:
    """Word, HTML and Markdown headings: the level below the goals carries the activities.

    Without goal lines, two or more heading levels make the top level the
    goals; a single level makes every heading an activity. Deeper headings
    stay sub-headings inside the texts.
    """
    headed = [c for c in cands if c.line.heading and not c.forced and c.role in (_R.TEXT, _R.ACTIVITY)
              and (c.role is _R.ACTIVITY or c.heading_like or c.line.heading)]
    if not headed:
        return
    goal_levels = [c.line.heading for c in cands if c.role is _R.GOAL and c.line.heading]
    top_goal = min(goal_levels) if goal_levels else 0
    has_goals = any(c.role is _R.GOAL for c in cands)
    levels = sorted({c.line.heading for c in headed if c.line.heading > top_goal})
    if not levels:
        return
    goal_level = 0
    if not has_goals and len(levels) >= 2:
        goal_level, activity_level = levels[0], levels[1]
    else:
        activity_level = levels[0]
    for cand in headed:
        level = cand.line.heading
        if level == goal_level:
            cand.role, cand.keyword, cand.title = _R.GOAL, "heading", _strip_markup(cand.line)[0]
        elif level == activity_level:
            if cand.role is not _R.ACTIVITY:
                cand.role, cand.prefixed = _R.ACTIVITY, True
        elif level > activity_level and cand.role is _R.ACTIVITY:
            cand.role = _R.TEXT


def _regions(cands: Sequence[_Cand]) -> list[tuple[int, int]]:
    """Index ranges between goal / programme lines (the first range may have no goal)."""
    bounds = [0] + [i for i, c in enumerate(cands) if c.role in (_R.GOAL, _R.PROGRAMME)] + [len(cands)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def _resolve_numbered(region: list[_Cand]) -> None:
    """Which numbered lines start an activity and which are list items inside a text."""
    expected = 1
    current_has_content = False
    current_has_label = False
    previous_blank = True
    in_list = 0  # value of the last list item of a running list, 0 outside a list
    any_activity = False
    after_label = False
    for cand in region:
        if cand.role is _R.BLANK:
            previous_blank = True
            continue
        if cand.role is _R.ACTIVITY and (cand.prefixed or cand.depth or cand.line.heading or cand.forced):
            any_activity = True
            current_has_content = current_has_label = after_label = False
            in_list = 0
            previous_blank = False
            continue
        if cand.role is _R.ACTIVITY and cand.numbered_mark:
            value = int(cand.number)
            artefact = value == 1 and cand.indent and cand.numbered_mark == "."
            continues_list = in_list and value == in_list + 1 and (not previous_blank or not current_has_label)
            starts = not any_activity or (
                not continues_list
                and (value == expected or artefact)
                and (previous_blank or current_has_label or not current_has_content)
                and not (after_label and not previous_blank and value != expected)
            )
            if cand.numbered_mark == ")" and any_activity and not starts_with_paren(region):
                starts = False
            if starts:
                expected = value + 1 if not artefact else expected + 1
                any_activity = True
                current_has_content = current_has_label = after_label = False
                in_list = 0
            else:
                cand.role = _R.TEXT
                in_list = value
                current_has_content = True
            previous_blank = False
            continue
        if cand.role in (_R.REALISATION_LABEL, _R.PLAN_LABEL):
            current_has_label = cand.role is _R.REALISATION_LABEL or current_has_label
            after_label = True
            in_list = 0
        elif cand.role is _R.TEXT:
            current_has_content = True
            if previous_blank:
                in_list = 0
        previous_blank = False


def starts_with_paren(region: Sequence[_Cand]) -> bool:
    """Whether the region's first numbered line uses ``1)`` (then ``)`` marks activities)."""
    first = next((c for c in region if c.numbered_mark), None)
    return first is not None and first.numbered_mark == ")"


def _resolve_headings(region: list[_Cand]) -> None:
    """Unnumbered heading lines start activities in a goal without numbered ones.

    A candidate heading is a short title-like line (or a Word/HTML heading, or a
    bold line) followed by text or a label. When some candidates own a label
    (plan, realisation, status, form field) before the next candidate, only
    those start activities; the others are sub-headings inside a text.
    """
    candidates: list[int] = []
    for index, cand in enumerate(region):
        if cand.role is not _R.TEXT or not cand.heading_like or cand.forced:
            continue
        following = _next_nonblank(region, index)
        if following is None:
            continue
        nxt = region[following]
        if nxt.role in (_R.REALISATION_LABEL, _R.PLAN_LABEL, _R.STATUS, _R.FIELD) or (
            nxt.role is _R.TEXT and (not nxt.heading_like or cand.line.heading)
        ):
            candidates.append(index)
    if not candidates:
        return
    owns_label = []
    for position, index in enumerate(candidates):
        stop = candidates[position + 1] if position + 1 < len(candidates) else len(region)
        owns_label.append(any(
            region[i].role in (_R.REALISATION_LABEL, _R.PLAN_LABEL, _R.STATUS, _R.FIELD)
            for i in range(index + 1, stop)
        ))
    use_labels = any(owns_label)
    levels = {region[i].line.heading for i in candidates if region[i].line.heading}
    top_level = min(levels) if levels else 0
    for index, owns in zip(candidates, owns_label, strict=True):
        cand = region[index]
        if top_level and cand.line.heading and cand.line.heading != top_level:
            continue
        if owns or not use_labels:
            cand.role = _R.ACTIVITY
            cand.prefixed = True


def _resolve_references(region: list[_Cand]) -> None:
    """An overview list (``1. Netwerken``) elaborated below (``Netwerken`` + text): the heading
    continues the activity of that title."""
    titles: dict[str, _Cand] = {}
    for index, cand in enumerate(region):
        if cand.role is _R.ACTIVITY:
            key = _title_key(cand.title)
            if key in titles and not cand.number:
                cand.role, cand.keyword = _R.ACTIVITY, "reference"
            titles.setdefault(key, cand)
            continue
        if cand.role is _R.TEXT and cand.heading_like and titles and not cand.forced:
            key = _title_key(cand.title)
            if key in titles and _next_nonblank(region, index) is not None:
                cand.role, cand.keyword = _R.ACTIVITY, "reference"
                cand.title = titles[key].title


def _title_key(text: str) -> str:
    return _SPACES.sub(" ", text.casefold().strip(" .:;"))


def _next_nonblank(region: Sequence[_Cand], index: int) -> int | None:
    for position in range(index + 1, min(len(region), index + 4)):
        if region[position].role is not _R.BLANK:
            return position
    return None


def _build(work: list[_Line], originals: Mapping[int, str], cands: list[_Cand], dropped: set[int],
           goal_titles: Mapping[int, str]) -> Recognition:
    warnings: list[ImportWarning] = []
    roles: dict[int, LineRole] = {}
    title_lines: list[str] = []
    section_number = section_title = footer = ""
    label_template = ""
    goal_template = ""
    year: int | None = None
    year_from_title: int | None = None
    programmes: list[_Programme] = []
    unplaced: list[_Line] = []
    goal: _Goal | None = None
    current: _Activity | None = None
    after_footer = False
    in_unplaced = False
    pending_goal_title: _Goal | None = None
    status_group: str | None = None
    seen_structure = False
    goal_text_reported = False
    plan_year: int | None = None
    markdown = any(line.markdown for line in work[:1])

    def programme() -> _Programme:
        if not programmes:
            programmes.append(_Programme(0, _programme_number(section_number), ""))
        return programmes[-1]

    def ensure_goal(number: int) -> _Goal:
        nonlocal goal
        if goal is None:
            goal = _Goal(number, goal_titles.get(number) or UNNAMED_GOAL)
            programme().goals.append(goal)
            if number in goal_titles:
                return goal
            warnings.append(ImportWarning(number, f"geen hoofddoel gevonden; de activiteiten staan onder "
                                                  f"'{UNNAMED_GOAL}' (geef het doel een naam)"))
        return goal

    new = tuple.__new__  # LineRole(...) without its Python-level __new__: there is one per line

    def mark(cand: _Cand, role: Role, note: str = "") -> None:
        number = cand.line.number
        roles[number] = new(LineRole, (number, originals[number], role, note))
        for joined in cand.line.joined:
            roles[joined] = new(LineRole, (joined, originals[joined], _R.JOINED, f"bij regel {number}"))

    def text_target(cand: _Cand) -> list[_Line] | None:
        if in_unplaced or after_footer:
            return None
        if current is not None:
            return current.realisation if current.has_label else current.plan
        return None

    for cand in cands:
        line = cand.line
        role = cand.role
        if role is _R.TEXT and current is not None and pending_goal_title is None and not in_unplaced \
                and not after_footer:  # the common case, decided as below but without the other checks
            if current.has_label:
                current.realisation.append(line)
                mark(cand, _R.TEXT, "realisatie")
            else:
                current.plan.append(line)
                mark(cand, _R.TEXT, "plan")
            continue
        if role is _R.BLANK:
            target = text_target(cand)
            if target is not None:
                target.append(line)
            elif in_unplaced or after_footer:
                unplaced.append(line)
            elif programmes and goal is None:
                programme().intro.append(line)
            mark(cand, _R.BLANK)
            continue
        if (pending_goal_title is not None and role in (_R.TEXT, _R.ACTIVITY) and not pending_goal_title.title
                and (cand.heading_like or (role is _R.ACTIVITY and not cand.number))):
            pending_goal_title.title = _strip_markup(line)[0].strip().strip(_QUOTES).strip()
            mark(cand, _R.GOAL_TITLE, f"titel van hoofddoel op regel {pending_goal_title.line}")
            pending_goal_title = None
            continue
        pending_goal_title = None
        if role is _R.FOOTER:
            text = _strip_markup(line)[0]
            if not footer:
                footer = text
                mark(cand, _R.FOOTER)
            else:
                mark(cand, _R.HEADER, "voettekst van een volgende pagina")
                dropped.add(line.number)
            after_footer, current = True, None
            continue
        if role is _R.UNPLACED and cand.title:
            in_unplaced, current = True, None
            mark(cand, _R.UNPLACED, "kop van niet geplaatste tekst")
            continue
        if role is _R.UNPLACED:
            unplaced.append(line)
            mark(cand, _R.UNPLACED, "door u aangewezen")
            warnings.append(ImportWarning(line.number, "tekst niet geplaatst (door u aangewezen)"))
            continue
        if role is _R.HEADER:
            mark(cand, _R.HEADER)
            continue
        if role is _R.PROGRAMME:
            programmes.append(_Programme(line.number, cand.number or str(len(programmes) + 1), cand.title))
            goal, current, after_footer, in_unplaced, seen_structure = None, None, False, False, True
            mark(cand, _R.PROGRAMME)
            continue
        if role is _R.GOAL:
            title = goal_titles.get(line.number, cand.title)
            if cand.template and not goal_template and cand.keyword == "hoofddoel" and " voeren " in cand.template:
                goal_template = cand.template
            intro = cand.template if cand.template and cand.template != goal_template else ""
            goal = _Goal(line.number, title, intro)
            programme().goals.append(goal)
            expected = len(programme().goals)
            if cand.number and cand.keyword == "hoofddoel":
                try:
                    value = int(cand.number) if cand.number.isdigit() else from_roman(cand.number.upper())
                except ValueError:
                    value = expected
                if value != expected:
                    warnings.append(ImportWarning(line.number, f"hoofddoel {cand.number} verwacht als nummer "
                                                               f"{expected}; de hoofddoelen worden op volgorde genummerd"))
            if not title and line.number not in goal_titles:
                pending_goal_title = goal
            current, after_footer, in_unplaced, seen_structure = None, False, False, True
            status_group = None
            mark(cand, _R.GOAL)
            continue
        if role is _R.ACTIVITY:
            if cand.keyword == "reference":
                target_goal = ensure_goal(line.number)
                key = _title_key(cand.title)
                found = next((a for a in target_goal.activities if _title_key(a.title) == key), None)
                if found is not None:
                    current = found
                    mark(cand, _R.ACTIVITY, f"uitwerking van activiteit op regel {found.line}")
                    after_footer = in_unplaced = False
                    continue
            target_goal = ensure_goal(line.number)
            number = len(target_goal.activities) + 1
            if cand.numbered_mark and int(cand.number) != number and not (cand.indent and cand.number == "1"):
                warnings.append(ImportWarning(line.number, f"activiteit {cand.number} verwacht als nummer {number}; "
                                                           "de activiteiten worden op volgorde genummerd"))
            if current is not None and not current.has_label and not current.empty:
                pass
            title = cand.title if not markdown else _strip_markup(_Line(0, cand.title, markdown=True))[0]
            current = _Activity(line.number, number, title, status=status_group)
            target_goal.activities.append(current)
            after_footer = in_unplaced = False
            seen_structure = True
            mark(cand, _R.ACTIVITY, f"activiteit {number}")
            continue
        if role is _R.STATUS and cand.keyword == "group":
            status_group = cand.status
            mark(cand, _R.STATUS, f"groep: {cand.label}")
            if current is not None and current.empty:
                current.status = status_group
            current = None if current is not None and not current.empty else current
            continue
        if current is not None and not in_unplaced and not after_footer:
            if role is _R.REALISATION_LABEL:
                if current.has_label:
                    current.realisation.append(line)
                    mark(cand, _R.TEXT, "tweede realisatiekop; als tekst bewaard")
                    warnings.append(ImportWarning(line.number, "tweede realisatiekop in dezelfde activiteit; "
                                                               "als tekst bewaard"))
                    continue
                current.has_label = True
                current.realisation_line = line.number
                found_year = _YEAR.search(cand.label)
                if found_year and year is None:
                    year = int(found_year.group(1))
                if not label_template:
                    label_template = _label_template(cand.label, found_year.group(1) if found_year else "")
                elif found_year and year is not None and int(found_year.group(1)) != year:
                    warnings.append(ImportWarning(line.number, f"realisatiejaar {found_year.group(1)} wijkt af "
                                                               f"van {year}"))
                if cand.rest:
                    current.realisation.append(_Line(line.number, cand.rest, markdown=line.markdown))
                mark(cand, _R.REALISATION_LABEL)
                continue
            if role is _R.PLAN_LABEL:
                if plan_year is None and (found_year := _YEAR.search(cand.label)):
                    plan_year = int(found_year.group(1))
                if current.has_label:  # a plan label after the realisation: keep as realisation text
                    current.realisation.append(line)
                    mark(cand, _R.TEXT, "kop plan na de realisatie; als tekst bewaard")
                    continue
                if cand.rest:
                    current.plan.append(_Line(line.number, cand.rest, markdown=line.markdown))
                mark(cand, _R.PLAN_LABEL)
                continue
            if role is _R.STATUS:
                if cand.status:
                    current.status = cand.status
                    mark(cand, _R.STATUS, f"status aangeboden: {cand.status}")
                else:
                    (current.realisation if current.has_label else current.plan).append(line)
                    mark(cand, _R.TEXT, "status zonder bekende waarde; als tekst bewaard")
                continue
            if role is _R.FIELD and cand.label.casefold() == "portefeuillehouder" and cand.rest:
                current.portfolio_holder = cand.rest
                mark(cand, _R.FIELD, "portefeuillehouder")
                continue
            if role is _R.FIELD and cand.label.casefold() in ("eigenaar", "verantwoordelijke",
                                                                "projectleider") and cand.rest:
                current.owner = cand.rest
                mark(cand, _R.FIELD, "eigenaar")
                continue
        # text (or a label/status without an activity)
        target = text_target(cand)
        if target is not None:
            target.append(line)
            mark(cand, _R.TEXT, "realisatie" if current is not None and current.has_label else "plan")
            continue
        if in_unplaced or after_footer:
            unplaced.append(line)
            mark(cand, _R.UNPLACED, "na de voettekst" if after_footer else "")
            if after_footer:
                warnings.append(ImportWarning(line.number, "tekst na de voettekst; bewaard als 'niet geplaatste "
                                                           "tekst'"))
            continue
        if role in (_R.REALISATION_LABEL, _R.PLAN_LABEL) and not cand.rest:
            mark(cand, role, "kop boven de activiteiten")
            continue
        if goal is not None:
            programme().intro.append(line)
            mark(cand, _R.TEXT, "tekst bij het hoofddoel: inleiding van het programma")
            if not goal_text_reported:
                warnings.append(ImportWarning(line.number, "tekst tussen hoofddoel en eerste activiteit; bij de "
                                                           "inleiding van het programma gezet"))
                goal_text_reported = True
            continue
        text = _strip_markup(line)[0]
        if not programmes and not seen_structure and not section_number and role is _R.SECTION:
            section_number, section_title = cand.number, cand.title
            mark(cand, _R.SECTION)
            continue
        if not programmes and not seen_structure and not section_number and _is_title_line(text):
            title_lines.append(text)
            found_year = _YEAR.search(text)
            if found_year and year_from_title is None:
                year_from_title = int(found_year.group(1))
            mark(cand, _R.TITLE)
            continue
        programme().intro.append(line)
        if role is _R.SECTION and not section_number:
            section_number, section_title = cand.number, cand.title
        mark(cand, _R.TEXT, "inleiding van het programma")

    activities = [a for p in programmes for g in p.goals for a in g.activities]
    if year is None:
        years = _YEAR.findall(" ".join([*title_lines, section_title]))
        year = int(years[0]) if years else (year_from_title or plan_year or 0)
        if not year:
            warnings.append(ImportWarning(0, "geen jaar gevonden; stel het jaar in bij de documentgegevens"))
    for activity in activities:
        if not activity.has_label and any(line.stripped for line in activity.plan) and label_template:
            warnings.append(ImportWarning(activity.line, f"activiteit '{activity.title[:40]}' heeft geen realisatie"))
    headers = [number for number in dropped if number not in roles]
    if headers:
        warnings.append(ImportWarning(min(headers), f"{len(headers)} herhaalde paginakop- of voetregel(s) weggelaten"))

    parse = parse_markdown_lines if markdown else parse_plain_lines
    document = Document(
        year=year,
        kind=DocumentKind.JAARSTUKKEN if any(a.has_label for a in activities) else DocumentKind.BEGROTING,
        title_lines=tuple(title_lines),
        section_number=section_number,
        section_title=section_title,
        realisation_label=label_template or DEFAULT_REALISATION_LABEL,
        goal_intro=goal_template or DEFAULT_GOAL_INTRO,
        footer=footer,
        unplaced=parse(unplaced),
        programmes=tuple(_build_programme(p, parse if activities else _no_text, year) for p in programmes),
    )
    role_list = tuple(roles.get(number) or LineRole(number, text, _R.HEADER if number in dropped else _R.JOINED)
                      for number, text in originals.items())
    return Recognition(document, role_list, _outline(programmes), tuple(sorted(warnings, key=lambda w: w.line)))


def _label_template(label: str, year: str) -> str:
    text = label.strip()
    return text.replace(year, "{jaar}", 1) if year else text


def _is_title_line(line: str) -> bool:
    return len(line) <= 120 and not line.endswith((".", ";", ","))


def _programme_number(section_number: str) -> str:
    parts = section_number.split(".")
    return parts[1] if len(parts) > 1 and parts[1].isdigit() else "1"


def _no_text(lines: Sequence[_Line]) -> BlockText:
    """Without a single activity nothing is imported: the introduction text is not parsed for nothing."""
    return BlockText()


def parse_plain_lines(lines: Sequence[_Line]) -> BlockText:
    return parse_plain([line.text for line in lines])


def parse_markdown_lines(lines: Sequence[_Line]) -> BlockText:
    def source(line: _Line) -> str:
        if line.heading and not line.text.lstrip().startswith("#"):  # a Word/HTML heading inside a text
            return "#### " + line.text.strip().replace("\\", "\\\\").replace("*", "\\*")
        return line.text

    return parse_markdown("\n".join(source(line) for line in lines))


def _build_programme(programme: _Programme, parse: Callable[[Sequence[_Line]], BlockText], year: int) -> Programma:
    return Programma(
        number=programme.number,
        name=programme.name,
        intro=parse(programme.intro),
        goals=tuple(
            Hoofddoel(
                title=goal.title or UNNAMED_GOAL,
                intro=goal.intro,
                activities=tuple(_build_activity(a, parse, year) for a in goal.activities),
            )
            for goal in programme.goals
        ),
    )


def _build_activity(activity: _Activity, parse: Callable[[Sequence[_Line]], BlockText], year: int) -> Activiteit:
    plan, realisation = parse(activity.plan), parse(activity.realisation)
    figures: tuple[Kengetal, ...] = ()
    if any(block.kind is BlockKind.TABLE for block in (*plan.blocks, *realisation.blocks)):
        figures = key_figures(realisation, year) + key_figures(plan, year)  # offered; the table stays in the text
    return Activiteit(title=activity.title, plan=plan, realisation=realisation, status=activity.status,
                      portfolio_holder=activity.portfolio_holder, owner=activity.owner, kengetallen=figures)


def _outline(programmes: Sequence[_Programme]) -> tuple[FoundProgramme, ...]:
    def texts(lines: Sequence[_Line]) -> tuple[str, ...]:
        return tuple([line.text for line in lines])

    return tuple(
        FoundProgramme(p.line, p.name, tuple(
            FoundGoal(g.line, g.title or UNNAMED_GOAL, tuple(
                FoundActivity(a.line, a.title, a.realisation_line, a.status, texts(a.plan), texts(a.realisation))
                for a in g.activities
            ))
            for g in p.goals
        ))
        for p in programmes
    )


def lines_to_blocktext(lines: Sequence[SourceLine]) -> BlockText:
    """The lines as one block text, without looking for structure (a file for one activity)."""
    work = [_Line(line.number, _clean(line.text), line.heading, line.bold, line.markdown) for line in lines]
    if any(line.markdown for line in work[:1]):
        return parse_markdown_lines(work)
    return parse_plain_lines(_unwrap(work, set()))


def could_have_activities(text: str) -> bool:
    """Cheap test (one pass, no pattern) that a text has a line that could start a goal or an activity.

    False means recognising it would find no activity, so a huge unstructured file is refused at once.
    """
    for raw in text.splitlines():
        line = raw.strip().lstrip("#*").lstrip()
        if not line:
            continue
        if line[0].isdigit() or (len(line) <= 80 and not line.endswith(_OPEN_END)):
            return True
        if line[:30].split(None, 1)[0].casefold().rstrip(":?.") in _FIRST_WORDS:
            return True
    return False


_OPEN_END = (".", ":", ";", "!", "?", ",", "…", '"', "'", ")")


def source_lines(text: str, *, markdown: bool = False) -> list[SourceLine]:
    """The lines of a text file as source lines (numbered from 1)."""
    parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # the same as splitting on \r\n|\r|\n
    new = tuple.__new__  # what SourceLine(...) does, without its Python-level __new__ (a line costs half)
    return [new(SourceLine, (number, line, 0, False, markdown)) for number, line in enumerate(parts, start=1)]
