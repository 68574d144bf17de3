"""The recogniser's whole output, pinned: every line's role, the tree with every block, the outline and the
warnings of each input, as a fingerprint kept in ``golden/recognition_fingerprints.json``.

A change that makes the recogniser (or the block-text parser under it) faster must leave every
fingerprint as it is. The inputs: every page of the recognition corpus, the Word pages, the Almelo
sample as text, as Markdown and as a PDF copy, and 300 texts put together from the shapes the
recogniser knows (goal lines, numbered and prefixed activities, labels, statuses, bullets, tables, page
headers, wrapped lines) by a seeded generator. A deliberate change of behaviour regenerates the file:
``python -m tests.formats.test_recognition_golden`` (and says in the commit why the outputs changed).
"""

from __future__ import annotations

import hashlib
import json
import random
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.formats.docx_import import read_docx
from verantwoording_app.formats.html_import import html_lines
from verantwoording_app.formats.pctext import parse_pc_text
from verantwoording_app.formats.recognise import Recognition, recognise, source_lines

from .recognition_corpus import pages
from .recognition_corpus.word_pages import WORD_PAGES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from verantwoording_app.domain.blocktext import BlockText
    from verantwoording_app.domain.model import Document

GOLDEN = Path(__file__).parent / "golden" / "recognition_fingerprints.json"
SAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt"
GENERATED = 300


def _blocks(text: BlockText) -> str:
    return repr(text.blocks)


def _document(document: Document) -> Iterator[str]:
    yield repr((document.year, document.kind, document.title_lines, document.section_number,
                document.section_title, document.realisation_label, document.goal_intro, document.footer))
    yield _blocks(document.unplaced)
    for programme in document.programmes:
        yield repr((programme.number, programme.name)) + _blocks(programme.intro)
        for goal in programme.goals:
            yield repr((goal.title, goal.intro))
            for activity in goal.activities:
                yield repr((activity.title, activity.status, activity.owner, activity.portfolio_holder,
                            [(k.label, k.unit, k.baseline, k.target, k.realised, k.source) for k in activity.kengetallen]))
                yield _blocks(activity.plan) + _blocks(activity.realisation)


def fingerprint(recognition: Recognition) -> str:
    """A hash of everything the recogniser returns except the random ids."""
    digest = hashlib.sha256()
    for piece in (*_document(recognition.document), repr(recognition.roles), repr(recognition.outline),
                  repr(recognition.warnings),
                  repr([(a.plan_words, a.realisation_words) for p in recognition.outline for g in p.goals
                        for a in g.activities])):
        digest.update(piece.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _pdf_copy(text: str) -> str:
    """Hard-wrapped at 70 characters, a page header every 35 lines (as a PDF copy gives it)."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(textwrap.wrap(line, 70, break_on_hyphens=False) or [""])
    return "\n".join(f"Jaarstukken 2022    pagina {i // 35 + 1}\n{line}" if i % 35 == 0 else line
                     for i, line in enumerate(out))


_WORDS = ("gemeente", "inwoners", "wijk", "subsidie", "uitvoering", "plan", "realisatie", "beleid", "zorg",
          "jeugd", "verkeer", "veiligheid", "onderwijs", "Almelo", "college", "raad", "project", "budget")


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + rng.choice((".", ".", ".", "", ":", "?", "-"))


def _generated(seed: int) -> str:
    """A text from the shapes the recogniser tells apart, in a random order and mix."""
    rng = random.Random(seed)
    lines: list[str] = []
    shapes: list[Callable[[], list[str]]] = [
        lambda: [f"Programma {rng.randint(1, 9)} {rng.choice(_WORDS).title()}"],
        lambda: [f"Hoofddoel {rng.choice(('I', 'II', '3', 'IV'))}: {_sentence(rng, 4).rstrip('.:?-')}"],
        lambda: [f'Voor hoofddoel {rng.randint(1, 4)} "{_sentence(rng, 3).rstrip(".:?-")}" voeren we de '
                 "volgende projecten en activiteiten uit:"],
        lambda: [f"{rng.choice(('Doel', 'Ambitie', 'Beleidsdoel', 'Doelstelling'))} {rng.randint(1, 5)}"],
        lambda: [f"{rng.choice(('', '  '))}{rng.randint(1, 12)}{rng.choice('.)')} {_sentence(rng, 3)}"],
        lambda: [f"{rng.choice(('Activiteit', 'Project', 'Actie'))} {rng.randint(1, 9)}: {_sentence(rng, 3)}"],
        lambda: [f"{rng.randint(1, 4)}.{rng.randint(1, 9)} {_sentence(rng, 3).rstrip('.:-')}"],
        lambda: [rng.choice(("Uitvoering in 2022:", "Realisatie", "Wat hebben we gedaan?", "Toelichting:",
                             "**Realisatie:** " + _sentence(rng, 6), "Stand van zaken 2023"))],
        lambda: [rng.choice(("Beoogd resultaat", "Planning 2022", "Wat gaan we daarvoor doen?"))],
        lambda: [rng.choice(("Status: gereed", "Resultaat bereikt? Ja", "Stand: rood", "Status: onbekend",
                             "Wat loopt nog?", "Wat is gerealiseerd?"))],
        lambda: [rng.choice(("Portefeuillehouder: J. Jansen", "Eigenaar: afdeling Zorg", "Budget: € 10.000"))],
        lambda: [_sentence(rng, rng.randint(5, 40)) for _ in range(rng.randint(1, 4))],
        lambda: [rng.choice(("  • ", "- ", "– ", "* ")) + _sentence(rng, rng.randint(2, 12))
                 for _ in range(rng.randint(1, 4))],
        lambda: [_sentence(rng, 3).rstrip(".:?-")],
        lambda: ["| Kengetal | 2021 | 2022 |", "|---|---|---|",
                 f"| {rng.choice(_WORDS)} | {rng.randint(1, 99)} | {rng.randint(1, 99)} |"],
        lambda: [f"Jaarverslag 2022 pagina {rng.randint(1, 99)}"],
        lambda: [_sentence(rng, 12).rstrip(".") + " verbe-", "teren van de " + _sentence(rng, 5).lower()],
        lambda: ["Deze pagina is gebouwd op 03/14/2023 10:00:00 met de export van 03/14/2023 09:00:00"],
        lambda: [""],
        lambda: ["", ""],
    ]
    for _ in range(rng.randint(20, 120)):
        lines.extend(rng.choice(shapes)())
    return "\n".join(lines)


def _inputs() -> dict[str, Callable[[], Recognition]]:
    found: dict[str, Callable[[], Recognition]] = {}
    for page in pages():
        if page.suffix == ".html":
            found[page.name] = lambda page=page: recognise(html_lines(page.read_bytes())[0])  # type: ignore[misc]
        elif page.suffix in (".txt", ".md"):
            found[page.name] = lambda page=page: recognise(source_lines(  # type: ignore[misc]
                page.read_text(encoding="utf-8"), markdown=page.suffix == ".md"))
    for name, (build, _wanted) in WORD_PAGES.items():
        found[f"word:{name}"] = lambda build=build: _recognition(read_docx(build()))  # type: ignore[misc]
    sample = SAMPLE.read_text(encoding="utf-8")
    found["almelo.txt"] = lambda: recognise(source_lines(sample))
    found["almelo as pdf copy"] = lambda: recognise(source_lines(_pdf_copy(sample)))
    found["almelo through parse_pc_text"] = lambda: _recognition(parse_pc_text(sample))
    for seed in range(GENERATED):
        found[f"generated {seed}"] = lambda seed=seed: recognise(source_lines(_generated(seed)))  # type: ignore[misc]
        if seed % 10 == 0:
            found[f"generated {seed} as markdown"] = lambda seed=seed: recognise(  # type: ignore[misc]
                source_lines(_generated(seed), markdown=True))
    return found


def _recognition(result: object) -> Recognition:
    recognition = getattr(result, "recognition", None)
    assert isinstance(recognition, Recognition)
    return recognition


def _golden() -> dict[str, str]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_every_input_has_a_pinned_fingerprint() -> None:
    assert sorted(_golden()) == sorted(_inputs())


@pytest.mark.parametrize("chunk", range(4))
def test_the_recogniser_output_is_unchanged(chunk: int) -> None:
    golden = _golden()
    names = sorted(_inputs())[chunk::4]
    inputs = _inputs()
    changed = [name for name in names if fingerprint(inputs[name]()) != golden.get(name)]
    assert not changed, f"the recogniser's output changed for: {changed}"


def test_the_generator_makes_every_shape() -> None:
    """The generated texts reach the roles that matter (a generator that made only text would pin little)."""
    roles = {line.role.value for seed in range(40) for line in recognise(source_lines(_generated(seed))).roles}
    assert {"programma", "hoofddoel", "activiteit", "kop realisatie", "kop plan", "status", "veld", "tekst",
            "paginakop (weggelaten)", "vervolg van vorige regel", "voettekst"} <= roles


if __name__ == "__main__":
    GOLDEN.write_text(json.dumps({name: fingerprint(make()) for name, make in sorted(_inputs().items())},
                                 indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")
