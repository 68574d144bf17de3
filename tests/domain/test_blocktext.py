from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verantwoording_app.domain.blocktext import (
    Block,
    BlockKind,
    BlockText,
    Run,
    normalise,
    parse_markdown,
    parse_plain,
    render_html,
    render_markdown,
    render_plain,
)


def test_markdown_of_every_block_kind() -> None:
    text = BlockText((
        Block(BlockKind.HEADING, (Run("Ontdek Hightech Almelo"),)),
        Block(BlockKind.PARAGRAPH, (Run("In 2022 "), Run("vet", bold=True), Run(" en "), Run("schuin", italic=True)),
              gap_before=False),
        Block(BlockKind.BULLET, (Run("een"),)),
        Block(BlockKind.BULLET, (Run("twee"),), gap_before=False),
        Block(BlockKind.NUMBERED, (Run("eerst"),)),
        Block(BlockKind.NUMBERED, (Run("dan"),), gap_before=False),
    ))
    markdown = render_markdown(text)
    assert markdown == (
        "### Ontdek Hightech Almelo\nIn 2022 **vet** en *schuin*\n\n- een\n- twee\n\n1. eerst\n2. dan\n"
    )
    assert parse_markdown(markdown) == text


@pytest.mark.parametrize(
    "literal",
    ["# geen kop", "- geen opsomming", "1. geen nummer", "3) ook niet", "*sterren* en \\ backslash", "=SOM(A1)",
     "+31 6", "> citaat", "-5 graden"],
)
def test_markdown_escapes_text_that_looks_like_markup(literal: str) -> None:
    text = BlockText((Block(BlockKind.PARAGRAPH, (Run(literal),)),))
    assert parse_markdown(render_markdown(text)) == text


def test_unmatched_markers_stay_literal() -> None:
    assert parse_markdown("5 * 3 = 15").blocks[0].text == "5 * 3 = 15"
    assert parse_markdown("**half vet").blocks[0].text == "**half vet"


def test_plain_parsing_recognises_bullets_subheadings_and_gaps() -> None:
    lines = [
        "Ontdek Hightech Almelo",
        "In 2022 zijn er verschillende activiteiten georganiseerd.",
        "",
        "  • eerste punt",
        "  - tweede punt",
        "\u2013 derde punt",
        "Een afsluitende zin.",
    ]
    text = parse_plain(lines)
    assert [b.kind for b in text.blocks] == [
        BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.BULLET, BlockKind.BULLET,
        BlockKind.PARAGRAPH,
    ]
    assert [b.gap_before for b in text.blocks] == [True, False, True, False, False, False]
    assert render_plain(text) == [
        "Ontdek Hightech Almelo",
        "In 2022 zijn er verschillende activiteiten georganiseerd.",
        "",
        "  • eerste punt",
        "  • tweede punt",
        "  • derde punt",
        "Een afsluitende zin.",
    ]


def test_a_sentence_is_not_a_subheading() -> None:
    text = parse_plain(["Dit is een zin.", "En nog een regel tekst die langer is."])
    assert text.blocks[0].kind is BlockKind.PARAGRAPH


def test_normalise_splits_line_breaks_and_drops_empty_blocks() -> None:
    text = BlockText((Block(BlockKind.PARAGRAPH, (Run("een\ntwee"),)), Block(BlockKind.PARAGRAPH, (Run("  "),))))
    assert [b.text for b in normalise(text).blocks] == ["een", "twee"]
    assert normalise(text).blocks[1].gap_before is False


def test_html_lists_and_inline() -> None:
    text = parse_markdown("Tekst met **vet** & <tag>\n\n- a\n- b\n\n### Kop")
    assert render_html(text) == "<p>Tekst met <b>vet</b> &amp; &lt;tag&gt;</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<h4>Kop</h4>"


def test_word_count() -> None:
    assert parse_markdown("Een twee\n\n- drie **vier**").word_count() == 4


# -- properties ---------------------------------------------------------------

_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
    min_size=1, max_size=40,
)
_runs = st.lists(st.builds(Run, _text, st.booleans(), st.booleans()), min_size=1, max_size=4)
_blocks = st.lists(st.builds(lambda kind, runs, gap: Block(kind, tuple(runs), gap),
                             st.sampled_from(list(BlockKind)), _runs, st.booleans()), max_size=6)


@settings(max_examples=300, deadline=None)
@given(_blocks)
def test_markdown_round_trip_is_exact_after_normalising(blocks: list[Block]) -> None:
    text = normalise(BlockText(tuple(blocks)))
    assert parse_markdown(render_markdown(text)) == text


@settings(max_examples=300, deadline=None)
@given(_blocks)
def test_no_word_is_lost_in_markdown(blocks: list[Block]) -> None:
    text = BlockText(tuple(blocks))
    words_in = " ".join(b.text for b in blocks).split()
    words_out = " ".join(b.text for b in parse_markdown(render_markdown(text)).blocks).split()
    assert words_out == words_in
