"""The chapter as a static website: pages, links, search, footer, P&C text, WCAG 2.1 AA in Chromium."""

from __future__ import annotations

import html
import itertools
import json
import os
import re
import shutil
import subprocess
import threading
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from functools import partial
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from verantwoording_app.domain.errors import ExportFailed
from verantwoording_app.domain.model import Document, Kengetal
from verantwoording_app.formats import website
from verantwoording_app.formats.pctext import parse_pc_text, render_pc_text
from verantwoording_app.formats.website import WebsiteOptions, export_website

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
RUNNER = Path(__file__).with_name("axe_runner.html")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BUILT = datetime(2023, 10, 30, 13, 44, 47)
FOOTER = "Deze pagina is gebouwd op 30-10-2023 13:44:47 met de export van 30-10-2023 13:44:47"


@pytest.fixture(scope="module")
def document() -> Document:
    sample = parse_pc_text(SAMPLE.read_text(encoding="utf-8")).document
    programme = sample.programmes[0]
    goal = programme.goals[0]
    figures = (Kengetal("Scholingscheques", "aantal", Decimal(100), Decimal(300), Decimal(337), "TFV"),
               Kengetal("Bereik", "%", None, Decimal("12.5"), None))
    first = replace(goal.activities[0], kengetallen=figures)
    goal = replace(goal, activities=(first, *goal.activities[1:]))
    return replace(sample, municipality="Almelo",
                   programmes=(replace(programme, goals=(goal, *programme.goals[1:])),))


@pytest.fixture(scope="module")
def site(document: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web") / "site"
    result = export_website(document, folder, WebsiteOptions(built_at=BUILT))
    assert result.activities == 13
    assert result.pages == 13 + 2 + 2  # activities, goals, index and search
    return folder


class Page(HTMLParser):
    """What the checks need from one page: headings, landmarks, links, the lang and the first link."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = ""
        self.headings: list[int] = []
        self.tags: list[str] = []
        self.roles: list[str] = []
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.lang = found.get("lang") or ""
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if found.get("role"):
            self.roles.append(found["role"] or "")
        if tag == "a" and found.get("href"):
            self.links.append(found["href"] or "")
        if found.get("id"):
            self.ids.add(found["id"] or "")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def html_pages(site: Path) -> list[Path]:
    return sorted(site.glob("*.html"))


def test_pages_and_files(site: Path) -> None:
    names = sorted(p.name for p in site.iterdir())
    assert "index.html" in names
    assert "zoeken.html" in names
    assert {"stijl.css", "zoeken.js", "zoekindex.js", "pc-tekst.txt", website.MARKER} <= set(names)
    assert [n for n in names if n.startswith("doel-")] == ["doel-1-I.html", "doel-1-II.html"]
    assert len([n for n in names if n.startswith("activiteit-")]) == 13
    assert "activiteit-1-II-5.html" in names


def test_every_link_leads_somewhere(site: Path) -> None:
    for path in html_pages(site):
        page = parse(path)
        for link in page.links:
            target, _, fragment = link.partition("#")
            target = target.split("?")[0] or path.name
            assert (site / target).exists(), f"{path.name}: {link}"
            if fragment:
                assert fragment in parse(site / target).ids, f"{path.name}: {link}"


@pytest.mark.parametrize("name", ["index.html", "doel-1-I.html", "activiteit-1-I-1.html", "zoeken.html"])
def test_structure_for_screen_readers(site: Path, name: str) -> None:
    page = parse(site / name)
    assert page.lang == "nl"
    assert page.headings.count(1) == 1
    assert page.headings[0] == 1
    assert all(b - a <= 1 for a, b in zip(page.headings, page.headings[1:], strict=False)), page.headings
    for landmark in ("header", "main", "footer"):
        assert page.tags.count(landmark) == 1
    assert "search" in page.roles
    assert page.links[0] == "#inhoud"  # the skip link comes first
    assert "inhoud" in page.ids


def test_all_pages_have_one_h1_and_no_skipped_levels(site: Path) -> None:
    for path in html_pages(site):
        headings = parse(path).headings
        assert headings.count(1) == 1, path.name
        assert all(b - a <= 1 for a, b in itertools.pairwise(headings)), (path.name, headings)


def test_activity_page_content(site: Path, document: Document) -> None:
    page = (site / "activiteit-1-I-1.html").read_text(encoding="utf-8")
    assert "<h1>1. Verbeteren van de match op de arbeidsmarkt</h1>" in page
    assert "<h2>Uitvoering in 2022</h2>" in page
    assert "<caption>Kengetallen bij activiteit 1. Verbeteren van de match op de arbeidsmarkt</caption>" in page
    assert '<th scope="col">Streefwaarde</th>' in page
    assert '<th scope="row">Scholingscheques</th>' in page
    assert '<td class="number">12,5</td>' in page
    assert f"<p>{FOOTER}</p>" in page
    assert 'rel="next"' in page
    assert 'rel="prev"' not in page
    for path in html_pages(site):
        assert FOOTER in path.read_text(encoding="utf-8")


def test_css_has_focus_outline_and_print_styles(site: Path) -> None:
    css = (site / "stijl.css").read_text(encoding="utf-8")
    assert re.search(r"a:focus[^{]*\{[^}]*outline: 3px solid", css)
    assert "@media print" in css


def test_search_index_holds_every_page_and_word(site: Path) -> None:
    script = (site / "zoekindex.js").read_text(encoding="utf-8")
    assert script.startswith("window.ZOEKINDEX = ")
    entries = json.loads(script.removeprefix("window.ZOEKINDEX = ").rstrip().rstrip(";"))
    urls = {entry["u"] for entry in entries}
    assert urls == {p.name for p in site.glob("activiteit-*.html")} | {p.name for p in site.glob("doel-*.html")}
    twents = [e["u"] for e in entries if "twents fonds" in e["s"]]
    assert "activiteit-1-I-1.html" in twents


def test_pc_text_of_the_site_reimports_to_the_same_document(site: Path, document: Document) -> None:
    text = (site / "pc-tekst.txt").read_text(encoding="utf-8")
    assert text.rstrip().endswith(FOOTER)
    again = parse_pc_text(text).document
    assert render_pc_text(again, include_footer=False) == render_pc_text(document, include_footer=False)
    assert again.footer == FOOTER


def test_refuses_a_folder_with_other_files(tmp_path: Path, document: Document) -> None:
    folder = tmp_path / "documenten"
    folder.mkdir()
    (folder / "brief.docx").write_bytes(b"van iemand anders")
    with pytest.raises(ExportFailed, match="bevat al andere bestanden"):
        export_website(document, folder)
    assert [p.name for p in folder.iterdir()] == ["brief.docx"]


def test_replaces_an_earlier_site_and_keeps_it_when_writing_fails(
    tmp_path: Path, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "site"
    export_website(document, folder, WebsiteOptions(built_at=BUILT))
    (folder / "oud.html").write_text("van de vorige export", encoding="utf-8")
    export_website(document, folder, WebsiteOptions(built_at=BUILT))
    assert not (folder / "oud.html").exists()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    real_replace = os.replace

    def fail_on_staging(source: object, target: object) -> None:
        name = Path(str(source)).name
        if name.startswith(".site-") and "-oud-" not in name and Path(str(target)) == folder:
            raise OSError(28, "No space left on device")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", fail_on_staging)
    with pytest.raises(ExportFailed, match="schijf is vol"):
        export_website(document, folder, WebsiteOptions(built_at=datetime(2024, 1, 1)))
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


# --- a real browser ---------------------------------------------------------------------


def _need_browser() -> None:
    missing = [what for what, ok in (("chromium", CHROMIUM), ("axe-core (npm install)", AXE.exists())) if not ok]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must have {', '.join(missing)}: scripts/bootstrap.sh installs them as root")
        pytest.skip(f"needs {', '.join(missing)} (scripts/bootstrap.sh installs them as root)")


def _chromium_dom(url: str, profile: Path) -> str:
    assert CHROMIUM is not None
    completed = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--virtual-time-budget=60000", "--dump-dom", url],
        capture_output=True, text=True, timeout=150, check=False,
    )
    return completed.stdout


@pytest.fixture(scope="module")
def served(site: Path, tmp_path_factory: pytest.TempPathFactory) -> object:
    """The site (plus axe and its runner) over HTTP on localhost, as a browser sees a published site."""
    _need_browser()
    root = tmp_path_factory.mktemp("served")
    shutil.copytree(site, root / "site")
    shutil.copy(AXE, root / "site" / "axe.min.js")
    pages = [p.name if p.name != "zoeken.html" else "zoeken.html?q=scholingscheques" for p in html_pages(site)]
    runner = RUNNER.read_text(encoding="utf-8").replace(
        "<script>\n(function", f"<script>window.AXE_PAGES = {json.dumps(pages)};</script>\n<script>\n(function", 1)
    (root / "site" / "axe-runner.html").write_text(runner, encoding="utf-8")
    handler = partial(_QuietHandler, directory=str(root / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()
    server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.mark.slow
def test_axe_finds_no_wcag_violation_on_any_page(served: tuple[str, Path]) -> None:
    base, root = served
    dom = _chromium_dom(f"{base}/axe-runner.html", root / "profile-axe")
    found = re.search(r'<pre id="axe-result">AXE-DONE(.*?)AXE-END</pre>', dom, re.DOTALL)
    assert found is not None, dom[-2000:]
    results = json.loads(html.unescape(found.group(1)))
    assert len(results) == 17
    assert {page: violations for page, violations in results.items() if violations} == {}


@pytest.mark.slow
def test_search_runs_in_the_browser(served: tuple[str, Path]) -> None:
    base, root = served
    dom = _chromium_dom(f"{base}/zoeken.html?q=Twents+Fonds", root / "profile-search")
    status = re.search(r'<p id="zoekstatus" role="status">([^<]*)</p>', dom)
    assert status is not None
    assert status.group(1) == "1 pagina gevonden voor “Twents Fonds”."
    assert 'href="activiteit-1-I-1.html"' in dom


@pytest.mark.slow
def test_axe_would_see_a_violation(served: tuple[str, Path]) -> None:
    """The check bites: a page with an image without alt text and a skipped heading level."""
    base, root = served
    bad = root / "site" / "kapot.html"
    page = (root / "site" / "activiteit-1-I-2.html").read_text(encoding="utf-8")
    bad.write_text(page.replace("<h2>", '<img src="x.png"><h4>', 1).replace("</h2>", "</h4>", 1), encoding="utf-8")
    runner = (root / "site" / "axe-runner.html").read_text(encoding="utf-8")
    runner = re.sub(r"window\.AXE_PAGES = \[.*?\];", 'window.AXE_PAGES = ["kapot.html"];', runner)
    (root / "site" / "axe-kapot.html").write_text(runner, encoding="utf-8")
    dom = _chromium_dom(f"{base}/axe-kapot.html", root / "profile-bad")
    found = re.search(r'<pre id="axe-result">AXE-DONE(.*?)AXE-END</pre>', dom, re.DOTALL)
    assert found is not None
    ids = {v["id"] for v in json.loads(html.unescape(found.group(1)))["kapot.html"]}
    assert {"image-alt", "heading-order"} <= ids
