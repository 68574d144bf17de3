"""import --preview / --add, Markdown, Word and the unplaced-text problem in check."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from verantwoording_app.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt"
PAGE = ("Hoofddoel 1: Veilig thuis\n\n1. Inbraakpreventie\nVoorlichting.\nRealisatie 2022:\nTwaalf avonden.\n\n"
        "2. Camera's\nUitbreiden.\nRealisatie 2022:\nVier camera's.\n")


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_preview_prints_the_structure_and_writes_nothing(tmp_path: Path) -> None:
    page = tmp_path / "pagina.txt"
    page.write_text(PAGE + "Deze pagina is gebouwd op 01/01/2023\nLosse tekst achteraf.\n", encoding="utf-8")
    db = tmp_path / "nieuw.vwdb"
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = run("import", str(page), "--preview", "--db", str(db))
    assert code == 0, err
    assert 'Hoofddoel I "Veilig thuis" (regel 1)' in out
    assert "1. Inbraakpreventie (regel 3; plan 1 woorden, realisatie vanaf regel 5, 2 woorden)" in out
    assert "niet geplaatst: 3 woorden (regel 13)" in out
    assert "2 activiteiten zouden worden geïmporteerd" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no database, no other file


def test_preview_of_a_file_without_activities_fails_and_shows_why(tmp_path: Path) -> None:
    page = tmp_path / "leeg.txt"
    page.write_text("Zomaar een zin.\nNog een zin.\n", encoding="utf-8")
    code, out, err = run("import", str(page), "--preview", "--db", str(tmp_path / "x.vwdb"))
    assert code == 1
    assert "0 activiteiten zouden worden geïmporteerd" in out
    assert "geen activiteiten" in err
    assert not (tmp_path / "x.vwdb").exists()


def test_add_builds_one_document_from_several_pages_reusing_goals(tmp_path: Path) -> None:
    db = str(tmp_path / "samen.vwdb")
    first = tmp_path / "een.txt"
    first.write_text(PAGE, encoding="utf-8")
    second = tmp_path / "twee.txt"
    second.write_text("Hoofddoel 2: Veilig thuis\n\n1. Buurtpreventie\nTeams.\nRealisatie 2022:\nDrie teams.\n\n"
                      "Hoofddoel 3: Schoon\n\n1. Zwerfafval\nOpruimen.\nRealisatie 2022:\nGedaan.\n", encoding="utf-8")
    assert run("import", str(first), "--db", db)[0] == 0
    code, out, _ = run("import", str(second), "--add", "--db", db)
    assert code == 0
    assert "2 activiteiten geïmporteerd" in out
    assert "hoofddoel 'Veilig thuis' bestond al" in out
    code, out, _ = run("list", "--db", db)
    assert out.count("Buurtpreventie") == 1
    assert "Schoon" in out
    exported = tmp_path / "uit.txt"
    run("export", "--db", db, "--out", str(exported))
    text = exported.read_text(encoding="utf-8")
    assert text.index("Inbraakpreventie") < text.index("Buurtpreventie") < text.index("Zwerfafval")
    assert text.count("Veilig thuis") == 1


def test_add_and_replace_together_is_refused(tmp_path: Path) -> None:
    code, _, err = run("import", str(SAMPLE), "--add", "--replace", "--db", str(tmp_path / "a.vwdb"))
    assert code == 1
    assert "niet allebei" in err


def test_markdown_export_re_imports_with_every_activity(tmp_path: Path) -> None:
    db = str(tmp_path / "a.vwdb")
    assert run("import", str(SAMPLE), "--db", db)[0] == 0
    markdown = tmp_path / "hoofdstuk.md"
    assert run("export", "--db", db, "--out", str(markdown))[0] == 0
    other = str(tmp_path / "b.vwdb")
    code, out, err = run("import", str(markdown), "--db", other)
    assert code == 0, err
    assert "13 activiteiten geïmporteerd" in out
    again = tmp_path / "weer.txt"
    first = tmp_path / "eerst.txt"
    run("export", "--db", db, "--out", str(first), "--no-footer")
    run("export", "--db", other, "--out", str(again), "--no-footer")
    assert again.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")


def test_word_file_imports(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Hoofddoel 1: Wonen")
    document.add_paragraph("Nieuwbouw", style="Heading 2")
    document.add_paragraph("We bouwen woningen.")
    document.add_paragraph("Realisatie 2022")
    document.add_paragraph("Er zijn 300 woningen opgeleverd.")
    path = tmp_path / "wonen.docx"
    document.save(str(path))
    code, out, err = run("import", str(path), "--db", str(tmp_path / "w.vwdb"))
    assert code == 0, err
    assert "1 activiteit geïmporteerd" in out


def test_check_counts_unplaced_text_as_a_problem(tmp_path: Path) -> None:
    db = str(tmp_path / "a.vwdb")
    page = tmp_path / "p.txt"
    page.write_text(PAGE + "Deze pagina is gebouwd op 01/01/2023\nLosse tekst achteraf hier.\n", encoding="utf-8")
    assert run("import", str(page), "--db", db)[0] == 0
    code, out, _ = run("check", "--db", db)
    assert code == 1
    assert "niet geplaatst: 4 woorden" in out


def test_preview_names_a_programme_with_its_number_as_the_import_stores_it(tmp_path: Path) -> None:
    page = tmp_path / "programma.txt"
    page.write_text("Programma 2 Veiligheid\n\n" + PAGE, encoding="utf-8")
    code, out, err = run("import", str(page), "--preview")
    assert code == 0, err
    assert "  Programma 2 Veiligheid (regel 1)" in out.splitlines()
    db = tmp_path / "p.vwdb"
    assert run("import", str(page), "--db", str(db))[0] == 0
    assert "Programma 2 Veiligheid" in run("list", "--db", str(db))[1]
