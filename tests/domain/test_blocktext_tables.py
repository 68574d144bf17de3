"""Pipe tables in block text: Markdown, P&C plain text and HTML."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from verantwoording_app.domain.blocktext import (
    Block,
    BlockKind,
    BlockText,
    Run,
    is_delimiter_row,
    normalise,
    parse_markdown,
    parse_plain,
    render_html,
    render_markdown,
    render_plain,
    split_pipes,
    table_groups,
    table_row,
)

_MARKDOWN = """Kengetallen van het jaar

| Indicator | 2022 | 2023 |
|---|:---:|--:|
| **Banen** erbij | 12 | 13 |
| Uitkeringen |  | 410 |
"""


def test_markdown_pipe_table_becomes_rows_with_a_header() -> None:
    text = parse_markdown(_MARKDOWN)
    kinds = [block.kind for block in text.blocks]
    assert kinds == [BlockKind.PARAGRAPH] + [BlockKind.TABLE] * 3
    header, first, second = text.blocks[1:]
    assert [Run("".join(r.text for r in cell)).text for cell in header.cells] == ["Indicator", "2022", "2023"]
    assert first.cells[0] == (Run("Banen", bold=True), Run(" erbij"))
    assert second.cells[1] == ()
    assert header.gap_before
    assert not first.gap_before
    assert text.word_count() == 4 + 3 + 4 + 2


def test_markdown_table_round_trips_exactly() -> None:
    text = parse_markdown(_MARKDOWN)
    rendered = render_markdown(text)
    assert "|---|---|---|" in rendered
    assert parse_markdown(rendered) == text


def test_without_a_delimiter_row_pipes_stay_text() -> None:
    text = parse_markdown("a | b\nc | d\n")
    assert [block.kind for block in text.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert text.blocks[0].text == "a | b"


def test_header_and_delimiter_must_have_the_same_number_of_cells() -> None:
    assert parse_markdown("a | b | c\n|---|---|\n").blocks[0].kind is BlockKind.PARAGRAPH


def test_escaped_pipe_stays_inside_its_cell() -> None:
    text = BlockText((table_row(["a|b", "c\\"]), table_row(["1", "2"])))
    rendered = render_markdown(text)
    assert "a\\|b" in rendered
    assert parse_markdown(rendered) == normalise(text)
    assert parse_plain(render_plain(text)) == normalise(text)


def test_text_after_a_table_is_not_swallowed_as_a_row() -> None:
    text = normalise(BlockText((
        table_row(["x", "y"], gap_before=True), table_row(["1", "2"]),
        Block(BlockKind.PARAGRAPH, (Run("meer | tekst"),), False),
        Block(BlockKind.BULLET, (Run("|---|---|"),), False),
    )))
    assert parse_markdown(render_markdown(text)) == text


def test_a_paragraph_that_looks_like_a_delimiter_row_stays_a_paragraph() -> None:
    text = normalise(BlockText((
        Block(BlockKind.PARAGRAPH, (Run("a | b"),), True),
        Block(BlockKind.PARAGRAPH, (Run(":-- | --:"),), False),
    )))
    assert parse_markdown(render_markdown(text)) == text


def test_two_tables_apart_stay_two_tables() -> None:
    text = parse_markdown("| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |\n")
    groups = table_groups(text.blocks)
    assert len(groups) == 2
    assert all(isinstance(group, tuple) and len(group) == 2 for group in groups)


def test_plain_pc_layout_renders_and_reads_the_pipe_table() -> None:
    text = parse_markdown(_MARKDOWN)
    lines = render_plain(text)
    assert lines[2:] == ["| Indicator | 2022 | 2023 |", "|---|---|---|", "| Banen erbij | 12 | 13 |",
                         "| Uitkeringen |  | 410 |"]
    back = parse_plain(lines)
    assert back.plain_text() == text.plain_text()
    assert [block.kind for block in back.blocks] == [BlockKind.PARAGRAPH] + [BlockKind.TABLE] * 3


def test_plain_table_without_outer_pipes() -> None:
    text = parse_plain(["Indicator | 2022 | 2023 | Doel", "---|---|---|---", "Werkloosheid | 5,1 | 4,8 | 4,5"])
    assert [block.kind for block in text.blocks] == [BlockKind.TABLE] * 2
    assert text.blocks[1].text == "Werkloosheid\t5,1\t4,8\t4,5"


def test_html_table_has_header_cells_and_pads_short_rows() -> None:
    html = render_html(parse_markdown("| a | b |\n|---|---|\n| 1 |\n"))
    assert '<thead>\n<tr><th scope="col">a</th><th scope="col">b</th></tr>' in html
    assert "<tr><td>1</td><td></td></tr>" in html


def test_normalise_trims_cells_and_drops_empty_rows() -> None:
    text = normalise(BlockText((table_row(["  a ", " b\nc "]), table_row(["", " "]))))
    assert len(text.blocks) == 1
    assert text.blocks[0].text == "a\tb c"


def test_split_pipes_is_linear_on_a_huge_line() -> None:
    line = "|" + "a\\|" * 200_000 + "|"
    cells = split_pipes(line)
    assert cells is not None
    assert len(cells) == 1
    assert not is_delimiter_row("-" * 1_000_000)
    assert split_pipes("x" * 1_000_000) is None


_cell_text = st.text(alphabet="ab |\\*-:\t ", min_size=0, max_size=12)
_table_blocks = st.lists(
    st.builds(
        lambda kind, cells, gap: Block(kind, tuple(Run(c, bold) for c, bold in cells), gap),
        st.sampled_from([BlockKind.TABLE, BlockKind.TABLE, BlockKind.PARAGRAPH, BlockKind.BULLET]),
        st.lists(st.tuples(_cell_text, st.booleans()), min_size=1, max_size=4),
        st.booleans(),
    ),
    max_size=6,
)


@settings(max_examples=400, deadline=None)
@given(_table_blocks)
def test_tables_round_trip_through_markdown(blocks: list[Block]) -> None:
    text = normalise(BlockText(tuple(blocks)))
    assert parse_markdown(render_markdown(text)) == text


_only_tables = st.lists(
    st.builds(lambda cells, gap: table_row(cells, gap_before=gap), st.lists(_cell_text, min_size=1, max_size=4),
              st.booleans()),
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(_only_tables)
def test_no_word_is_lost_in_plain_tables(blocks: list[Block]) -> None:
    text = normalise(BlockText(tuple(blocks)))
    back = parse_plain(render_plain(text))
    assert " ".join(b.text for b in back.blocks).split() == " ".join(b.text for b in text.blocks).split()


def test_short_rows_are_padded_so_every_table_is_square() -> None:
    text = parse_markdown("| a | b | c |\n|---|---|---|\n| 1 |\n")
    assert text.blocks[1].text == "1\t\t"
    assert normalise(text) is text
