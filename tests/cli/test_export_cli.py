"""`export` options of the P&C text footer and the Word table of contents."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from verantwoording_app.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt"
OLD_FOOTER = "Deze pagina is gebouwd op 10/30/2023 13:44:47 met de export van 10/30/2023 13:39:59"


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.vwdb")
    assert run("import", str(SAMPLE), "--db", path)[0] == 0
    return path


def last_line(path: Path) -> str:
    return path.read_text(encoding="utf-8").rstrip("\n").splitlines()[-1]


def test_footer_kept_by_default(db: str, tmp_path: Path) -> None:
    target = tmp_path / "uit.txt"
    assert run("export", "--db", db, "--out", str(target))[0] == 0
    assert last_line(target) == OLD_FOOTER


def test_footer_left_out(db: str, tmp_path: Path) -> None:
    target = tmp_path / "uit.txt"
    assert run("export", "--db", db, "--out", str(target), "--no-footer")[0] == 0
    assert "Deze pagina is gebouwd" not in target.read_text(encoding="utf-8")
    assert last_line(target).startswith("Naast de reguliere begeleiding van starters")


def test_footer_refreshed_and_reimported(db: str, tmp_path: Path) -> None:
    target = tmp_path / "uit.txt"
    before = datetime.now().replace(microsecond=0)
    assert run("export", "--db", db, "--out", str(target), "--refresh-footer")[0] == 0
    found = re.fullmatch(r"Deze pagina is gebouwd op (\S+ \S+) met de export van (\S+ \S+)", last_line(target))
    assert found is not None, last_line(target)
    built = datetime.strptime(found.group(1), "%d-%m-%Y %H:%M:%S")
    assert before <= built <= datetime.now()
    assert found.group(2) == found.group(1)
    again = str(tmp_path / "opnieuw.vwdb")
    assert run("import", str(target), "--db", again)[0] == 0
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    assert run("export", "--db", db, "--out", str(first), "--no-footer")[0] == 0
    assert run("export", "--db", again, "--out", str(second), "--no-footer")[0] == 0
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_footer_options_exclude_each_other(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "uit.txt"
    try:
        code, _, err = run("export", "--db", db, "--out", str(target), "--no-footer", "--refresh-footer")
    except SystemExit as stop:  # argparse's own exit, where the CLI does not catch it
        code, err = int(str(stop.code)), capsys.readouterr().err
    assert code == 2
    assert "--refresh-footer" in err
    assert not target.exists()


def test_word_with_table_of_contents(db: str, tmp_path: Path) -> None:
    target = tmp_path / "uit.docx"
    assert run("export", "--db", db, "--out", str(target), "--toc")[0] == 0
    with zipfile.ZipFile(target) as archive:
        body = archive.read("word/document.xml").decode()
    assert ' TOC \\o "1-3" \\h \\z \\u ' in body
    plain = tmp_path / "zonder.docx"
    assert run("export", "--db", db, "--out", str(plain))[0] == 0
    with zipfile.ZipFile(plain) as archive:
        assert "TOC \\o" not in archive.read("word/document.xml").decode()


@pytest.mark.parametrize("how", [["--format", "html", "--out", "site"], ["--out", "site/"]])
def test_website_export(db: str, tmp_path: Path, how: list[str]) -> None:
    args = [str(tmp_path / a) if a.startswith("site") else a for a in how]
    if how[-1].endswith("/"):
        args[-1] += "/"
    code, out, _ = run("export", "--db", db, *args)
    assert code == 0, out
    assert "13 activiteiten geëxporteerd naar site" in out
    site = tmp_path / "site"
    assert (site / "index.html").is_file()
    assert len(list(site.glob("activiteit-*.html"))) == 13
    again = run("export", "--db", db, *args)
    assert again[0] == 0  # an earlier website of ours may be replaced


def test_website_refuses_a_folder_with_other_files(db: str, tmp_path: Path) -> None:
    folder = tmp_path / "documenten"
    folder.mkdir()
    (folder / "brief.txt").write_text("niet van ons", encoding="utf-8")
    code, _, err = run("export", "--db", db, "--format", "html", "--out", str(folder))
    assert code == 1
    assert "bevat al andere bestanden" in err
    assert [p.name for p in folder.iterdir()] == ["brief.txt"]
