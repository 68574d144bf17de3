from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from verantwoording_app.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt"


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.vwdb")
    code, out, _ = run("import", str(SAMPLE), "--db", path)
    assert code == 0, out
    assert "13 activiteiten geïmporteerd" in out
    return path


def test_import_twice_needs_replace(db: str) -> None:
    code, _, err = run("import", str(SAMPLE), "--db", db)
    assert code == 1
    assert err.startswith("fout: Deze database bevat al een document")
    assert run("import", str(SAMPLE), "--db", db, "--replace")[0] == 0


def test_export_txt_gives_the_sample_back(db: str, tmp_path: Path) -> None:
    target = tmp_path / "uit.txt"
    code, out, _ = run("export", "--db", db, "--out", str(target))
    assert code == 0
    assert "13 activiteiten" in out
    exported = target.read_text(encoding="utf-8")
    assert exported.count("Uitvoering in 2022:") == 13
    assert "5. Faciliteren van het MKB" in exported


@pytest.mark.parametrize(
    ("filters", "count"),
    [(["--programme", "1"], 13), (["--goal", "II"], 5), (["--goal", "1", "--activity", "3"], 1)],
)
def test_export_filters(db: str, tmp_path: Path, filters: list[str], count: int) -> None:
    target = tmp_path / "uit.md"
    code, out, _ = run("export", "--db", db, "--format", "md", "--out", str(target), *filters)
    assert code == 0
    assert f"{count} {'activiteit' if count == 1 else 'activiteiten'} geëxporteerd" in out
    assert target.read_text(encoding="utf-8").count("**Uitvoering in 2022:**") == count


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--out", "x.txt", "--goal", "VII"], "Hoofddoel 'VII' bestaat niet"),
        (["export", "--out", "x.txt", "--programme", "9"], "Programma '9' bestaat niet"),
        (["export", "--out", "x.pdf"], "Kan het formaat niet afleiden"),
        (["export", "--out", "x.txt", "--goal", "XYZ"], "Onbekend hoofddoel"),
    ],
)
def test_bad_export_arguments_give_one_line(db: str, tmp_path: Path, args: list[str], message: str) -> None:
    args = [a if a != "x.txt" and a != "x.pdf" else str(tmp_path / a) for a in args]
    code, _, err = run(*args, "--db", db)
    assert code == 1
    assert message in err
    assert err.count("\n") == 1


def test_list_and_check(db: str) -> None:
    code, out, _ = run("list", "--db", db)
    assert code == 0
    assert "Programma 1 (13 activiteiten)" in out
    assert "II. Almelo en haar subregio" in out
    code, out, _ = run("check", "--db", db, "-v")
    assert code == 0
    assert "Integriteitscontrole: in orde" in out
    assert "zonder status:     13" in out
    assert "1.I.1 Verbeteren van de match op de arbeidsmarkt: status, eigenaar ontbreekt" in out


def test_demo(tmp_path: Path) -> None:
    path = str(tmp_path / "demo.vwdb")
    code, out, _ = run("demo", "--db", path)
    assert code == 0
    assert "13 activiteiten" in out
    assert run("demo", "--db", path)[0] == 1
    assert run("demo", "--db", path, "--replace")[0] == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "leeg"), (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50, "binaire"), (b"PK\x03\x04xx", "zip-bestand")],
)
def test_bad_import_changes_nothing(db: str, tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "slecht.txt"
    bad.write_bytes(content)
    before = Path(db).read_bytes()
    code, _, err = run("import", str(bad), "--db", db, "--replace")
    assert code == 1
    assert message in err
    assert "Traceback" not in err
    assert Path(db).read_bytes() == before


def test_missing_file_and_database(tmp_path: Path) -> None:
    code, _, err = run("import", str(tmp_path / "weg.txt"), "--db", str(tmp_path / "a.vwdb"))
    assert (code, "bestaat niet" in err) == (1, True)
    code, _, err = run("list", "--db", str(tmp_path / "geen.vwdb"))
    assert (code, "bestaat niet" in err) == (1, True)


def test_entry_point_runs_as_module(db: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "verantwoording_app", "list", "--db", db], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "13 activiteiten" in result.stdout


def test_new_year_preview_writes_nothing_then_writes(db: str, tmp_path: Path) -> None:
    out = tmp_path / "begroting-2023.vwdb"
    choices = tmp_path / "keuzes.txt"
    choices.write_text("# keuzes\n1.I.2 afgerond\n1.II.1 doorgeschoven\n", encoding="utf-8")
    args = ("new-year", "--from", db, "--out", str(out), "--kind", "begroting", "--year", "2023",
            "--choices", str(choices), "--choice", "1.II.2=splitsen", "--deadline", "01-10-2023")
    before = Path(db).read_bytes()
    code, text, err = run(*args, "--preview")
    assert code == 0, err
    assert "Voorbeeld: er is niets geschreven." in text
    assert not out.exists()
    assert "1.I.2      Ondersteunen" in text
    assert "afgerond" in text
    assert "deadlines (nieuw: 01-10-2023" in text
    code, text, err = run(*args)
    assert code == 0, err
    assert "Begroting 2023 gemaakt" in text
    assert out.exists()
    assert Path(db).read_bytes() == before
    code, text, _ = run("list", "--db", str(out))
    assert "Begroting 2023 — 13 activiteiten" in text  # 13 - 1 finished + 1 split off
    code, text, _ = run("compare", db, str(out), "--out", str(tmp_path / "verschil.csv"))
    assert code == 0
    assert "1 gestopt" in text
    assert "1 gesplitst" in text
    assert (tmp_path / "verschil.csv").read_text(encoding="utf-8-sig").startswith("soort;code vorig jaar")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--kind", "jaarstukken", "--year", "2022"), "al jaarstukken 2022"),
        (("--kind", "begroting", "--year", "2023", "--deadline", "31-02-2023"), "Ongeldige deadline"),
        (("--kind", "begroting", "--year", "2023", "--choice", "7.I.1=afgerond"), "geen activiteit '7.I.1'"),
        (("--kind", "jaarstukken", "--year", "2023", "--choice", "1.I.1=afgerond"), "nieuwe begroting"),
    ],
)
def test_new_year_refuses_bad_input_and_writes_nothing(db: str, tmp_path: Path, extra: tuple[str, ...],
                                                      message: str) -> None:
    out = tmp_path / "nieuw.vwdb"
    code, _, err = run("new-year", "--from", db, "--out", str(out), *extra)
    assert code == 1
    assert message in err
    assert not out.exists()


def test_new_year_and_compare_are_commands_of_the_entry_point() -> None:
    from verantwoording_app.__main__ import COMMANDS

    assert {"new-year", "compare"} <= set(COMMANDS)


def test_export_with_a_previous_year_column(db: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "jaarstukken-2023.vwdb"
    assert run("new-year", "--from", db, "--out", str(out), "--kind", "jaarstukken", "--year", "2023")[0] == 0
    workbook = tmp_path / "werkmap.xlsx"
    code, _, err = run("export", "--db", str(out), "--out", str(workbook), "--previous-year")
    assert code == 0, err
    header = next(load_workbook(workbook, read_only=True)["Activiteiten"].iter_rows(max_row=2, values_only=True))
    assert header[-2:] == ("Vorig jaar", "Controle")  # the P&C-check count comes last (issue 16)
