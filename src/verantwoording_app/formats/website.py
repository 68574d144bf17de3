"""The chapter as a small static website, in the shape municipalities publish P&C documents online.

``index.html`` lists the programmes, goals and activities; every goal and every
activity has a page of its own (``doel-1-II.html``, ``activiteit-1-II-3.html``) with
breadcrumbs and previous/next links; ``zoeken.html`` searches without a server
through a prebuilt index in ``zoekindex.js``; ``stijl.css`` carries the screen and
print styles; ``pc-tekst.txt`` is the chapter as P&C text (it re-imports to the same
document). Every page ends with the platform footer "Deze pagina is gebouwd op …".

Accessibility (WCAG 2.1 AA, checked with axe-core in Chromium by the tests):
``lang="nl"``, one ``h1`` per page and no skipped heading levels (sub-headings in
texts become ``h3`` under the ``h2`` of plan or realisation), landmarks (header,
nav, main, footer, a search landmark), a skip link, colours with at least 4.5:1
contrast, a visible focus outline, tables with a caption and column headers.

The site is written into a new folder next to the target and then put in place,
so a failed export leaves the previous site whole; a folder that holds anything
but an earlier export of ours is refused.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path

from ..domain.blocktext import BlockText, render_html
from ..domain.chapter_text import ALL_PARTS, QUESTION_COSTS, QUESTION_EFFECTS, ChapterParts
from ..domain.errors import ExportFailed
from ..domain.messages import Message
from ..domain.model import ActivityPlace, Document, Hoofddoel, Programma, roman
from ..domain.outline import (
    GoalHeading,
    Intro,
    ProgrammeHeading,
    Question,
    chapter_outline,
    section_heading,
)
from .docx_export import KEY_FIGURE_COLUMNS, KEY_FIGURES_CAPTION, format_decimal
from .pctext import built_footer, render_pc_text

MARKER = ".verantwoording-website"
"""A file in the site's folder: the folder may be replaced by the next export."""
PC_TEXT = "pc-tekst.txt"
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class WebsiteOptions:
    include_plan: bool = True
    include_key_figures: bool = True
    built_at: datetime | None = None
    """The time in the footer (default: now)."""
    parts: ChapterParts = ALL_PARTS


@dataclass(frozen=True, slots=True)
class WebsiteResult:
    folder: Path
    pages: int
    activities: int


def _e(text: str) -> str:
    return escape(_INVALID.sub("", text), quote=True)


def _blocks(text: BlockText) -> str:
    return _INVALID.sub("", render_html(text, heading_tag="h3"))


def goal_page(programme: Programma, goal_index: int, goal: Hoofddoel) -> str:
    return f"doel-{_slug(programme.number)}-{roman(goal.number or goal_index + 1)}.html"


def activity_page(place: ActivityPlace) -> str:
    return f"activiteit-{_slug(place.programme.number)}-{place.numeral}-{place.number}.html"


def _slug(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-") or "p"


CSS = """:root { color-scheme: light; }
body { font-family: "Segoe UI", Calibri, "Liberation Sans", Arial, sans-serif; font-size: 1.05rem;
  line-height: 1.55; color: #1a1a1a; background: #ffffff; margin: 0; }
.skip { position: absolute; left: -999rem; top: 0; background: #ffffff; color: #0b4f8a; padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
header.site, footer.site { background: #f2f4f7; border-bottom: 1px solid #c9d1dc; }
footer.site { border-top: 1px solid #c9d1dc; border-bottom: 0; margin-top: 3rem; font-size: .95rem; }
.wrap { max-width: 52rem; margin: 0 auto; padding: .75rem 1.25rem; }
header.site a.home { color: #1a1a1a; font-weight: 700; text-decoration: none; font-size: 1.15rem; }
a { color: #0b4f8a; }
a:hover { color: #062e52; }
a:focus, button:focus, input:focus { outline: 3px solid #1a1a1a; outline-offset: 2px;
  background: #ffe58a; color: #1a1a1a; }
nav.breadcrumbs ol { list-style: none; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .25rem; }
nav.breadcrumbs li + li::before { content: "›"; margin-right: .25rem; color: #4a4a4a; }
form.search { margin: .5rem 0; display: flex; gap: .5rem; flex-wrap: wrap; align-items: center; }
form.search input { font: inherit; padding: .3rem .5rem; border: 1px solid #4a4a4a; min-width: 14rem; }
form.search button { font: inherit; padding: .3rem .9rem; border: 1px solid #0b4f8a; background: #0b4f8a;
  color: #ffffff; cursor: pointer; }
h1 { font-size: 1.75rem; line-height: 1.25; color: #1f3864; }
h2 { font-size: 1.35rem; color: #1f3864; margin-top: 2rem; }
h3 { font-size: 1.1rem; color: #1f3864; }
.intro { font-size: 1.1rem; }
.code { color: #4a4a4a; font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; margin: 1rem 0; }
caption { text-align: left; font-weight: 700; padding-bottom: .3rem; }
th, td { border: 1px solid #8c8c8c; padding: .3rem .6rem; vertical-align: top; }
th { background: #e8ecf2; text-align: left; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
nav.pager ul { list-style: none; padding: 0; display: flex; justify-content: space-between; gap: 1rem; }
.results li { margin-bottom: .75rem; }
@media print {
  .skip, header.site form, nav.breadcrumbs, nav.pager, footer.site .download { display: none; }
  body { font-size: 11pt; color: #000000; }
  a { color: #000000; text-decoration: none; }
  header.site, footer.site { background: none; border: 0; }
  h1, h2, h3 { color: #000000; page-break-after: avoid; }
  table, tr { page-break-inside: avoid; }
}
"""

SEARCH_JS = """(function () {
  "use strict";
  var index = window.ZOEKINDEX || [];
  var params = new URLSearchParams(window.location.search);
  var query = (params.get("q") || "").trim();
  var field = document.getElementById("zoekterm");
  var status = document.getElementById("zoekstatus");
  var list = document.getElementById("zoekresultaten");
  if (!field || !status || !list) { return; }
  field.value = query;
  if (!query) { status.textContent = "Typ een zoekterm."; return; }
  var words = query.toLocaleLowerCase("nl").split(/\\s+/).filter(Boolean);
  var hits = index.filter(function (item) {
    var text = item.s;
    return words.every(function (word) { return text.indexOf(word) !== -1; });
  });
  status.textContent = hits.length === 1 ? "1 pagina gevonden voor \\u201c" + query + "\\u201d."
    : hits.length + " pagina's gevonden voor \\u201c" + query + "\\u201d.";
  hits.slice(0, 200).forEach(function (item) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = item.u;
    a.textContent = item.t;
    li.appendChild(a);
    var at = item.x.toLocaleLowerCase("nl").indexOf(words[0]);
    if (at !== -1) {
      var p = document.createElement("p");
      var start = Math.max(0, at - 80);
      p.textContent = (start ? "\\u2026" : "") + item.x.slice(start, at + 160) + "\\u2026";
      li.appendChild(p);
    }
    list.appendChild(li);
  });
}());
"""


class _Site:
    def __init__(self, document: Document, options: WebsiteOptions) -> None:
        self.document = document
        self.options = options
        built = options.built_at or datetime.now().replace(microsecond=0)
        self.footer = built_footer(built)
        self.site_title = _e(document.title)
        self.pages: dict[str, str] = {}
        self.index: list[dict[str, str]] = []

    def page(self, name: str, title: str, crumbs: list[tuple[str, str]], body: str, pager: str = "") -> None:
        trail = "".join(
            f'<li><a href="{url}">{label}</a></li>' if url else f'<li aria-current="page">{label}</li>'
            for label, url in crumbs
        )
        breadcrumbs = f'<nav class="breadcrumbs" aria-label="Kruimelpad"><ol>{trail}</ol></nav>' if crumbs else ""
        self.pages[name] = (
            '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{title} – {self.site_title}</title>\n"
            '<link rel="stylesheet" href="stijl.css">\n</head>\n<body>\n'
            '<a class="skip" href="#inhoud">Naar de inhoud</a>\n'
            f'<header class="site"><div class="wrap"><a class="home" href="index.html">{self.site_title}</a>\n'
            '<form class="search" role="search" action="zoeken.html" method="get">'
            f'<label for="zoek-{name[:-5]}">Zoeken in dit hoofdstuk</label>'
            f'<input id="zoek-{name[:-5]}" name="q" type="search">'
            '<button type="submit">Zoeken</button></form>\n'
            f"{breadcrumbs}</div></header>\n"
            f'<main id="inhoud" class="wrap" tabindex="-1">\n{body}\n{pager}</main>\n'
            '<footer class="site"><div class="wrap">'
            f"<p>{_e(self.footer)}</p>"
            f'<p class="download"><a href="{PC_TEXT}">Dit hoofdstuk als P&amp;C-tekst</a></p>'
            "</div></footer>\n</body>\n</html>\n"
        )

    def build(self) -> int:
        document = self.document
        places = list(document.iter_activities())
        by_goal: dict[str, list[ActivityPlace]] = {}
        for place in places:
            by_goal.setdefault(place.goal.id, []).append(place)
        home = [(self.site_title, "index.html")]
        overview: list[str] = []
        heading = _e(document.title_lines[0]) if document.title_lines else self.site_title
        overview.append(f"<h1>{heading}</h1>")
        for line in document.title_lines[1:]:
            overview.append(f'<p class="intro">{_e(line)}</p>')
        section = section_heading(document)
        if section:
            overview.append(f"<p>{_e(section)}</p>")
        stems = {QUESTION_EFFECTS: "effecten", QUESTION_COSTS: "financien"}
        for item in chapter_outline(document, self.options.parts, for_reader=True):
            match item:
                case ProgrammeHeading(programme=programme):
                    overview.append(f"<h2>{_e(programme.display_name)}</h2>")
                case Intro(text=text):
                    overview.append(_blocks(text))
                case Question(programme=programme, heading=question, text=BlockText() as text):
                    overview.append(self._question(programme, question, text, stems[question], home))
                case Question(heading=question):  # the activities' question: a heading over the goals
                    overview.append(f"<h3>{_e(question)}</h3>")
                case GoalHeading(programme=programme, index=goal_index, goal=goal) as goal_item:
                    goal_name = goal_page(programme, goal_index, goal)
                    overview.append(f'<h3><a href="{goal_name}">Hoofddoel {goal_item.numeral}: {_e(goal.title)}</a></h3>')
                    items = "".join(
                        f'<li><a href="{activity_page(p)}">{p.number}. {_e(p.activity.title)}</a></li>'
                        for p in by_goal[goal.id]
                    )
                    overview.append(f"<ul>{items}</ul>")
                    self._goal(programme, goal_index, goal, by_goal[goal.id], home)
        if not places:
            overview.append("<p>Dit hoofdstuk bevat (nog) geen activiteiten.</p>")
        self.page("index.html", heading, [], "\n".join(overview))
        for index, place in enumerate(places):
            previous = places[index - 1] if index else None
            following = places[index + 1] if index + 1 < len(places) else None
            self._activity(place, previous, following, home)
        self.page(
            "zoeken.html", "Zoeken", [*home, ("Zoeken", "")],
            '<h1>Zoeken</h1>\n<p id="zoekstatus" role="status"></p>\n'
            "<noscript><p>Zoeken werkt met JavaScript; gebruik anders de inhoud op de "
            '<a href="index.html">beginpagina</a>.</p></noscript>\n'
            '<ol id="zoekresultaten" class="results"></ol>\n'
            '<script src="zoekindex.js"></script>\n<script src="zoeken.js"></script>',
        )
        # the search page's own form field keeps its id "zoekterm" for the script
        self.pages["zoeken.html"] = self.pages["zoeken.html"].replace('id="zoek-zoeken"', 'id="zoekterm"').replace(
            'for="zoek-zoeken"', 'for="zoekterm"')
        return len(places)

    def _question(self, programme: Programma, question: str, text: BlockText, stem: str,
                  home: list[tuple[str, str]]) -> str:
        """A page of its own for one of the chapter's questions; the link to it for the overview."""
        name = f"{stem}-{_slug(programme.number)}.html"
        title = f"{_e(question)} – {_e(programme.display_name)}"
        body = [f"<h1>{_e(question)}</h1>", f'<p class="code">{_e(programme.display_name)}</p>', _blocks(text)]
        crumbs = [*home, (_e(programme.display_name), "index.html"), (_e(question.rstrip("?")), "")]
        self.page(name, title, crumbs, "\n".join(body))
        self.index.append({"t": _INVALID.sub("", f"{programme.display_name}: {question}"), "u": name,
                           "x": _INVALID.sub("", " ".join(block.text for block in text.blocks))})
        return f'<h3><a href="{name}">{_e(question)}</a></h3>'

    def _goal(self, programme: Programma, goal_index: int, goal: Hoofddoel, places: list[ActivityPlace],
              home: list[tuple[str, str]]) -> None:
        numeral = roman(goal.number or goal_index + 1)
        title = f"Hoofddoel {numeral}: {_e(goal.title)}"
        body = [f"<h1>{title}</h1>", f'<p class="intro">{_e(self.document.goal_heading(goal_index, goal))}</p>',
                "<h2>Activiteiten</h2>"]
        body.append("<ul>" + "".join(
            f'<li><a href="{activity_page(p)}">{p.number}. {_e(p.activity.title)}</a></li>' for p in places
        ) + "</ul>")
        crumbs = [*home, (_e(programme.display_name), "index.html"), (f"Hoofddoel {numeral}", "")]
        name = goal_page(programme, goal_index, goal)
        self.page(name, title, crumbs, "\n".join(body))
        self.index.append({"t": _INVALID.sub("", f"Hoofddoel {numeral}: {goal.title}"), "u": name,
                           "x": _INVALID.sub("", goal.title)})

    def _activity(self, place: ActivityPlace, previous: ActivityPlace | None, following: ActivityPlace | None,
                  home: list[tuple[str, str]]) -> None:
        document, activity = self.document, place.activity
        title = f"{place.number}. {_e(activity.title)}"
        body = [f"<h1>{title}</h1>", f'<p class="code">Activiteit {_e(place.code)} · '
                f"{_e(document.goal_heading(place.goal_index, place.goal))}</p>"]
        if self.options.include_plan and not activity.plan.is_empty:
            body.append("<h2>Plan</h2>")
            body.append(_blocks(activity.plan))
        if not activity.realisation.is_empty or document.kind.value != "begroting":
            body.append(f"<h2>{_e(document.realisation_heading().rstrip(':'))}</h2>")
            body.append(_blocks(activity.realisation) if not activity.realisation.is_empty
                        else "<p>Nog niet ingevuld.</p>")
        if self.options.include_key_figures and activity.kengetallen:
            body.append("<h2>Kengetallen</h2>")
            body.append(self._figures(place))
        links = []
        if previous is not None:
            links.append(f'<li><a href="{activity_page(previous)}" rel="prev">Vorige: {previous.number}. '
                         f"{_e(previous.activity.title)}</a></li>")
        if following is not None:
            links.append(f'<li><a href="{activity_page(following)}" rel="next">Volgende: {following.number}. '
                         f"{_e(following.activity.title)}</a></li>")
        pager = f'<nav class="pager" aria-label="Vorige en volgende activiteit"><ul>{"".join(links)}</ul></nav>\n'
        numeral = place.numeral
        crumbs = [*home, (_e(place.programme.display_name), "index.html"),
                  (f"Hoofddoel {numeral}", goal_page(place.programme, place.goal_index, place.goal)),
                  (f"Activiteit {place.number}", "")]
        name = activity_page(place)
        self.page(name, title, crumbs, "\n".join(body), pager if links else "")
        # the searchable text straight from the blocks (rendering the texts once more would cost a third)
        blocks = [*(activity.plan.blocks if self.options.include_plan else ()), *activity.realisation.blocks]
        text = _INVALID.sub("", " ".join(block.text for block in blocks))
        self.index.append({"t": _INVALID.sub("", f"{place.code} {activity.title}"), "u": name, "x": text})

    def _figures(self, place: ActivityPlace) -> str:
        activity = place.activity
        rows = [
            (f.label, f.unit, format_decimal(f.baseline), format_decimal(f.target), format_decimal(f.realised),
             f.source)
            for f in activity.kengetallen
        ]
        columns = [0] + [c for c in range(1, len(KEY_FIGURE_COLUMNS)) if c in (3, 4) or any(r[c] for r in rows)]
        caption = KEY_FIGURES_CAPTION.format(nummer=place.number, titel=activity.title)
        head = "".join(f'<th scope="col">{_e(KEY_FIGURE_COLUMNS[c])}</th>' for c in columns)
        out = [f"<table>\n<caption>{_e(caption)}</caption>\n<thead><tr>{head}</tr></thead>\n<tbody>"]
        for row in rows:
            cells = [f'<th scope="row">{_e(row[0])}</th>']
            cells += [f'<td class="number">{_e(row[c])}</td>' if c in (2, 3, 4) else f"<td>{_e(row[c])}</td>"
                      for c in columns[1:]]
            out.append(f"<tr>{''.join(cells)}</tr>")
        out.append("</tbody>\n</table>")
        return "\n".join(out)

    def search_index(self) -> str:
        for item in self.index:
            item["s"] = f"{item['t']} {item['x']}".casefold()
        data = json.dumps(self.index, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        return f"window.ZOEKINDEX = {data};\n"


def export_website(document: Document, folder: Path | str, options: WebsiteOptions | None = None) -> WebsiteResult:
    """Write the site into ``folder`` (new, empty, or an earlier site of ours), all files at once.

    Raises ExportFailed (Dutch) when the folder holds other files or cannot be written.
    """
    options = options or WebsiteOptions()
    target = Path(folder)
    _check_target(target)
    site = _Site(document, options)
    count = site.build()
    files = dict(site.pages)
    files["stijl.css"] = CSS
    files["zoeken.js"] = SEARCH_JS
    files["zoekindex.js"] = site.search_index()
    files[PC_TEXT] = render_pc_text(document, include_plan=options.include_plan, footer=site.footer,
                                     parts=options.parts)
    files[MARKER] = "Deze map is gemaakt door Verantwoording (export als website) en wordt bij een nieuwe export vervangen.\n"
    parent = target.resolve().parent
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=parent))
    except OSError as error:
        raise ExportFailed(Message.of("website.cannot_write_folder", parent=parent, value=error.strerror or error)) from error
    try:
        for name, text in files.items():
            (staging / name).write_text(text, encoding="utf-8", newline="\n")
        os.chmod(staging, 0o755)
        _swap_in(staging, target)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        if getattr(error, "errno", None) == 28:
            raise ExportFailed(Message.of("website.disk_full")) from error
        raise ExportFailed(Message.of("website.cannot_write", target=target, value=error.strerror or error)) from error
    return WebsiteResult(target, len(site.pages), count)


def _check_target(target: Path) -> None:
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise ExportFailed(Message.of("website.not_a_folder", target=target))
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).is_file():
        raise ExportFailed(
            Message.of("website.folder_not_empty", target=target)
        )


def _swap_in(staging: Path, target: Path) -> None:
    """Put the new site in place; the old one goes only after the new one stands."""
    if not target.exists():
        os.replace(staging, target)
        return
    old = target.with_name(f".{target.name}-oud-{os.getpid()}")
    os.replace(target, old)
    try:
        os.replace(staging, target)
    except OSError:
        os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
