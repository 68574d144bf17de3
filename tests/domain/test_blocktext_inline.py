"""The linear inline parser against the character loop it replaced (issue 20), on random input.

The old parser is kept here, verbatim apart from its name, as the oracle: the
new one must give the same runs for every line, and so the same documents.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from verantwoording_app.domain.blocktext import (
    _LINE_BREAKS,
    _MD_BULLET,
    _MD_HEADING,
    _MD_NUMBERED,
    Block,
    BlockKind,
    BlockText,
    Run,
    _has_line_break,
    _is_normal,
    _normal_row,
    _parse_inline,
    _table_at,
    _tables_are_square,
    normalise,
    normalise_runs,
    parse_markdown,
    render_markdown,
    render_plain,
    table_row,
)

_STARS = re.compile(r"\*+")


def reference_parse_inline(source: str) -> tuple[Run, ...]:
    """The parser as it was before issue 20: a Python loop per character."""
    tokens: list[tuple[str, str]] = []  # ("text", s) or ("mark", stars)
    buf: list[str] = []
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source) and not source[i + 1].isalnum() and not source[i + 1].isspace():
            buf.append(source[i + 1])
            i += 2
            continue
        if ch == "*":
            match = _STARS.match(source, i)
            assert match is not None
            stars = match.group()
            if buf:
                tokens.append(("text", "".join(buf)))
                buf = []
            if len(stars) > 3:
                tokens.append(("text", stars[3:]))
                stars = stars[:3]
            tokens.append(("mark", stars))
            i = match.end()
            continue
        buf.append(ch)
        i += 1
    if buf:
        tokens.append(("text", "".join(buf)))

    # markers whose toggle never closes become literal text
    bold_marks = [k for k, (kind, s) in enumerate(tokens) if kind == "mark" and len(s) >= 2]
    italic_marks = [k for k, (kind, s) in enumerate(tokens) if kind == "mark" and len(s) in (1, 3)]
    literal_bold = {bold_marks[-1]} if len(bold_marks) % 2 else set()
    literal_italic = {italic_marks[-1]} if len(italic_marks) % 2 else set()

    runs: list[Run] = []
    bold = italic = False
    for k, (kind, s) in enumerate(tokens):
        if kind == "text":
            runs.append(Run(s, bold, italic))
            continue
        literal = ""
        if len(s) >= 2:
            if k in literal_bold:
                literal += "**"
            else:
                bold = not bold
        if len(s) in (1, 3):
            if k in literal_italic:
                literal += "*"
            else:
                italic = not italic
        if literal:
            runs.append(Run(literal, bold, italic))
    return normalise_runs(runs)


def reference_parse_markdown(source: str) -> BlockText:
    """parse_markdown as it was before issue 20 (with the table rows of issue 11)."""
    blocks: list[Block] = []
    gap = True
    lines = _LINE_BREAKS.split(source.lstrip("\ufeff"))
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        index += 1
        if not line:
            gap = True
            continue
        table = _table_at(line, lines, index, markdown=True)
        if table is not None:
            rows, index = table
            for row in rows:
                blocks.append(table_row([reference_parse_inline(cell.strip()) for cell in row], gap_before=gap or not blocks))
                gap = False
            continue
        kind = BlockKind.PARAGRAPH
        body = line
        if match := _MD_HEADING.match(line):
            kind, body = BlockKind.HEADING, match.group(1)
        elif match := _MD_BULLET.match(line):
            kind, body = BlockKind.BULLET, match.group(1)
        elif match := _MD_NUMBERED.match(line):
            kind, body = BlockKind.NUMBERED, match.group(1)
        runs = reference_parse_inline(body)
        if runs:
            blocks.append(Block(kind, runs, gap or not blocks))
            gap = False
    return normalise(BlockText(tuple(blocks)))


def reference_is_normal(text: BlockText) -> bool:
    """_is_normal as it was before issue 20 (with the table rows of issue 11)."""
    for index, block in enumerate(text.blocks):
        runs = block.runs
        if not runs or (index == 0 and not block.gap_before):
            return False
        previous: Run | None = None
        for run in runs:
            if not run.text or _LINE_BREAKS.search(run.text):
                return False
            if previous is not None and previous.bold == run.bold and previous.italic == run.italic:
                return False
            previous = run
        joined = runs[0].text if len(runs) == 1 else "".join(r.text for r in runs)
        if block.kind is BlockKind.TABLE:
            if _normal_row(block) != runs:
                return False
            continue
        if joined != joined.strip() or not joined:
            return False
    return not any(block.kind is BlockKind.TABLE for block in text.blocks) or _tables_are_square(text.blocks)


# lines built mostly from the characters that matter to the parser, with any other text mixed in
_MARKUP = st.sampled_from(["*", "**", "***", "****", "\\", "\\*", "\\\\", "\\_", "\\a", "\\ ", "_", " ", "a", "é",
                           "\u00b2", "\u2028", "\t", "#", "-", "1.", "|", "\\|", " | "])
_LINES = st.lists(st.one_of(_MARKUP, st.text(max_size=4)), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(_LINES)
def test_inline_parser_matches_the_character_loop(source: str) -> None:
    assert _parse_inline(source) == reference_parse_inline(source)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_inline_parser_matches_on_any_text(source: str) -> None:
    assert _parse_inline(source) == reference_parse_inline(source)


_TEXTS = st.lists(st.one_of(_LINES, st.sampled_from(["", " ", "\n", "\r\n", "\r", "\u2028", "\x1c", "\x85", "\ufeff",
                                                    "- ", "# ", "1. ", "12) ", "\u0663. ", "+\t", "   ",
                                                    "| a | b |\n|---|---|\n", "|:-|\n", "| x |\n"])),
                  max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_markdown_parser_matches_the_one_it_replaced(source: str) -> None:
    assert parse_markdown(source) == reference_parse_markdown(source)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_markdown_parser_matches_on_any_text(source: str) -> None:
    assert parse_markdown(source) == reference_parse_markdown(source)


def test_examples_that_separate_the_rules() -> None:
    cases = ["*****a*", "\\*niet schuin*", "**vet** en ***beide***", "a\\_b\\1\\", "***a**", "x**", "\\\\*a*"]
    for source in cases:
        assert _parse_inline(source) == reference_parse_inline(source), source


def test_a_long_line_is_parsed_in_one_pass() -> None:
    line = "woord **vet** *schuin* \\* " * 5_000
    runs = parse_markdown(line).blocks[0].runs
    assert runs == reference_parse_inline(line.strip())


_RUNS = st.builds(Run, st.one_of(_LINES, st.sampled_from(["", " ", "\n", "a\r", "\x85b", " c ", "\t", "a\tb"])), st.booleans(),
                  st.booleans())
_BLOCKS = st.builds(Block, st.sampled_from(list(BlockKind)), st.lists(_RUNS, max_size=4).map(tuple), st.booleans())


@settings(max_examples=400, deadline=None)
@given(st.lists(_BLOCKS, max_size=5).map(lambda blocks: BlockText(tuple(blocks))))
def test_normal_check_matches_the_one_it_replaced(text: BlockText) -> None:
    assert _is_normal(text) == reference_is_normal(text)


@given(_LINES)
def test_line_break_check_matches_the_pattern(source: str) -> None:
    assert _has_line_break(source) == bool(_LINE_BREAKS.search(source))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_a_text_the_parser_marks_normal_is_normal(source: str) -> None:
    """The parser marks what it knows to be canonical, so that renderers skip the check: never wrongly."""
    text = parse_markdown(source)
    fresh = BlockText(text.blocks)  # the same blocks, not marked
    assert not fresh._normal
    if text._normal:
        assert _is_normal(fresh)
    assert normalise(text) == normalise(fresh)
    assert normalise(fresh)._normal  # checked once, remembered
    assert render_markdown(text) == render_markdown(BlockText(text.blocks))
    assert render_plain(text) == render_plain(BlockText(text.blocks))
