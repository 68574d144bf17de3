"""Every message below ``ui/`` has an id in the catalogue, with English; none is raised as bare Dutch.

A scan of the source, like the translation tests for ``ui/``: an error the user can
fix (``UserError`` and its subclasses) raised with a string literal, an f-string or a
string built with ``+``/``.format``/``.join`` below ``ui/`` (or in the command line) is
Dutch only; it must be ``Message.of("area.name", …)`` so the window and ``--lang en``
render it in English too.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import verantwoording_app
from verantwoording_app.domain.errors import UserError
from verantwoording_app.domain.message_texts import TEXTS
from verantwoording_app.domain.messages import CATALOGUE, Message, placeholders

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(verantwoording_app.__file__).parent
SCANNED = ("domain", "formats", "services", "storage")
ENTRY_POINTS = ("cli.py", "cli_chapter.py")


def _sources() -> Iterator[Path]:
    for part in SCANNED:
        yield from sorted((ROOT / part).rglob("*.py"))
    for name in ENTRY_POINTS:
        yield ROOT / name


@cache
def _user_error_names() -> frozenset[str]:
    """The names of ``UserError`` and every subclass below ``ui/`` (the modules imported first)."""
    for module in pkgutil.walk_packages([str(ROOT)], "verantwoording_app."):
        wanted = module.name.split(".")[1] in SCANNED or module.name.endswith(("cli", "cli_chapter"))
        if wanted and ".migrations." not in module.name:
            importlib.import_module(module.name)

    def below(cls: type) -> Iterator[type]:
        sub: type
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)

    return frozenset({"UserError"} | {cls.__name__ for cls in below(UserError)})


def _is_plain_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        return True
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("format", "join", "replace"))


def bare_messages(source: str) -> list[int]:
    """The lines where a user error is made from a plain (Dutch-only) string."""
    names = _user_error_names()
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in names and _is_plain_text(node.args[0]):
                lines.append(node.lineno)
    return lines


def used_ids(source: str) -> Iterator[tuple[int, str]]:
    """``Message.of("id", …)`` calls with a literal id."""
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "of"
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "Message"
                and node.args and isinstance(node.args[0], ast.Constant)):
            yield node.lineno, str(node.args[0].value)


def test_no_user_error_below_ui_is_raised_with_a_bare_string() -> None:
    found = [f"{path.relative_to(ROOT)}:{line}" for path in _sources()
             for line in bare_messages(path.read_text(encoding="utf-8"))]
    assert not found, "raise these with Message.of(...) (domain/message_texts.py): " + ", ".join(found)


def test_the_scan_finds_a_bare_string() -> None:
    source = 'def f(x):\n    raise ImportRefused(f"Kan {x} niet lezen.")\n'
    assert bare_messages(source) == [2]
    assert bare_messages('raise ImportRefused(Message.of("file.missing", name="x"))\n') == []
    assert bare_messages('raise ValueError(f"bug {x}")\n') == []  # a bug, not a message for the user


def test_every_id_used_is_in_the_catalogue() -> None:
    _user_error_names()  # imports every module, so the ids declared with define() are known too
    unknown = [f"{path.relative_to(ROOT)}:{line} {message_id}"
               for path in sorted(ROOT.rglob("*.py"))
               for line, message_id in used_ids(path.read_text(encoding="utf-8"))
               if message_id not in CATALOGUE]
    assert not unknown


@pytest.mark.parametrize("message_id", sorted(TEXTS))
def test_every_catalogue_text_has_english_with_the_same_fields(message_id: str) -> None:
    dutch, english = TEXTS[message_id]
    assert dutch.strip()
    assert english.strip()
    assert placeholders(dutch) == placeholders(english)
    assert message_id.count(".") == 1
    assert message_id == message_id.lower()


def test_an_argument_that_is_a_user_error_renders_in_the_same_language() -> None:
    inner = UserError(Message.of("package.missing_parts"))
    message = Message.of("package.unexpected_content", name="p.vwpakket", content=inner)
    assert message.render("nl") == "'p.vwpakket' is geen Verantwoording-werkpakket (onverwachte inhoud: ontbrekende onderdelen)."
    assert message.render("en") == "'p.vwpakket' is not a Verantwoording work package (unexpected content: missing parts)."
    assert Message.of("file.path_missing", path=Path("a.txt")).render("en") == "The file 'a.txt' does not exist."
