"""HTML import: a saved web page through the recogniser."""

from __future__ import annotations

from verantwoording_app.domain.blocktext import BlockKind
from verantwoording_app.formats.html_export import chapter_html
from verantwoording_app.formats.html_import import html_text_lines, read_html

PAGE = """<!DOCTYPE html><html><head><title>Jaarstukken</title><style>p{color:red}</style>
<script>var x = "<p>geen tekst</p>";</script></head><body>
<nav><a href="/">Home</a> &gt; <a href="/wonen">Wonen</a></nav>
<h1>Wonen</h1>
<h2>Nieuwbouw</h2><p>We bouwen 400 woningen &amp; meer.</p>
<p><strong>Wat hebben we gedaan?</strong></p>
<p>Er zijn <b>356</b> woningen opgeleverd:</p><ul><li>200 huur</li><li>156 koop</li></ul>
<table><tr><th>Indicator</th><th>2022</th></tr><tr><td>Woningen</td><td>356</td></tr></table>
<h2>Statushouders</h2><p>We huisvesten statushouders.</p>
<p><strong>Wat hebben we gedaan?</strong></p><ol><li>taakstelling gehaald</li><li>tien gezinnen</li></ol>
</body></html>"""


def test_saved_web_page_becomes_goal_and_activities() -> None:
    result = read_html(PAGE.encode("utf-8"))
    (programme,) = result.document.programmes
    (goal,) = programme.goals
    assert goal.title == "Wonen"
    first, second = goal.activities
    assert (first.title, second.title) == ("Nieuwbouw", "Statushouders")
    assert first.plan.plain_text() == "We bouwen 400 woningen & meer."
    kinds = [b.kind for b in first.realisation.blocks]
    assert kinds == [BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.BULLET, BlockKind.TABLE, BlockKind.TABLE]
    assert first.realisation.blocks[0].runs[1].bold
    assert [b.kind for b in second.realisation.blocks] == [BlockKind.NUMBERED, BlockKind.NUMBERED]
    text = " ".join(line.text for line in html_text_lines(PAGE)[0])
    assert "geen tekst" not in text
    assert "color" not in text
    assert any("navigatie" in str(w) for w in result.warnings)


def test_our_own_html_export_reads_back(sample_document) -> None:
    page = chapter_html(sample_document)
    again = read_html(page.encode("utf-8")).document
    assert [a.activity.title for a in again.iter_activities()] == [
        a.activity.title for a in sample_document.iter_activities()]
