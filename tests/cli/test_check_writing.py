"""`check --lint`, `check --spelling` and the counts in plain `check`."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pytest

from verantwoording_app.cli import main
from verantwoording_app.domain.blocktext import BlockText
from verantwoording_app.domain.model import Activiteit, Document, Hoofddoel, Programma
from verantwoording_app.services.checking import aids
from verantwoording_app.services.workspace import Workspace

if TYPE_CHECKING:
    from pathlib import Path


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def small_db(tmp_path: Path) -> str:
    path = tmp_path / "klein.vwdb"
    workspace = Workspace.open(path, author="tester")
    done = Activiteit("Schulden", plan=BlockText.from_plain("We gaan de schuldhulp verbeteren."),
                      realisation=BlockText.from_plain("De gemeenet heeft 40 inwoners geholpen. "
                                                       "Er wordt een plan opgesteld."))
    placeholder = Activiteit("Werk", realisation=BlockText.from_plain("Er zijn XXX banen bij gekomen."))
    workspace._store.create_document(Document(
        year=2022, programmes=(Programma("1", "Werk", (Hoofddoel("Werk"), Hoofddoel("Inkomen", (done, placeholder)))),),
    ))
    workspace.close()
    return str(path)


def test_lint_prints_code_rule_and_sentence_per_finding(small_db: str) -> None:
    code, out, _ = run("check", "--lint", "--db", small_db)
    assert code == 0
    assert out.splitlines() == [
        "1.II.1\ttoekomende-tijd\tEr wordt een plan opgesteld.",
        "1.II.2\tplaatshouder\tEr zijn XXX banen bij gekomen.",
    ]


def test_an_ignored_finding_leaves_the_list_and_shows_with_its_reason(small_db: str) -> None:
    workspace = Workspace.open(small_db, author="tester")
    from verantwoording_app.services.checking import lint

    finding = lint(workspace).open[0]
    aids(workspace).ignore(finding.activity_id, finding.rule_id, finding.fingerprint, "vooruitblik", "tester")
    workspace.close()
    assert run("check", "--lint", "--db", small_db)[1].splitlines() == [
        "1.II.2\tplaatshouder\tEr zijn XXX banen bij gekomen."]
    verbose = run("check", "--lint", "-v", "--db", small_db)[1]
    assert "(genegeerd: vooruitblik)" in verbose
    assert "1 genegeerd met reden" in run("check", "--db", small_db)[1]


def test_spelling_prints_word_and_suggestions(small_db: str) -> None:
    code, out, _ = run("check", "--spelling", "--db", small_db)
    assert code == 0
    assert out.splitlines() == ["1.II.1\tgemeenet\t→ gemeente, gemeenst"]


def test_plain_check_counts_both(small_db: str) -> None:
    code, out, _ = run("check", "--db", small_db)
    assert code == 0
    assert "P&C-controle: 2 melding(en); zie 'check --lint'" in out
    assert "Spelling: 1 woord(en) gemarkeerd; zie 'check --spelling'" in out


def test_the_document_word_list_silences_a_name(small_db: str) -> None:
    workspace = Workspace.open(small_db, author="tester")
    aids(workspace).add_word("gemeenet", "tester")
    workspace.close()
    assert run("check", "--spelling", "--db", small_db)[1] == ""
