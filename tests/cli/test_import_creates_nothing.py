"""A refused or failed import leaves no new database behind; packages are recognised by content
(issue 14 items 6 and 7)."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from verantwoording_app.services.workspace import created_only_on_success

from .conftest import cli


@pytest.mark.parametrize(("content", "message"), [
    (b"", "leeg"),
    (b"PK\x03\x04xx", "zip-bestand"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50, "binaire"),
])
def test_a_refused_import_creates_no_database(tmp_path: Path, content: bytes, message: str) -> None:
    source = tmp_path / "slecht.txt"
    source.write_bytes(content)
    target = tmp_path / "nieuw.vwdb"
    code, _, err = cli("import", str(source), "--db", str(target))
    assert code == 1
    assert message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["slecht.txt"]


def test_a_failed_import_into_a_new_database_removes_it(tmp_path: Path) -> None:
    target = tmp_path / "nieuw.vwdb"
    def failing_import() -> None:
        with created_only_on_success(target) as workspace:
            assert target.exists()
            workspace.has_document()
            raise OSError("disk I/O error")

    with pytest.raises(OSError, match="disk"):
        failing_import()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_import_into_an_existing_database_keeps_it(demo_db: str, tmp_path: Path) -> None:
    before = Path(demo_db).read_bytes()
    source = tmp_path / "leeg.txt"
    source.write_bytes(b"")
    assert cli("import", str(source), "--db", demo_db, "--replace")[0] == 1
    assert Path(demo_db).read_bytes() == before


def test_a_foreign_zip_with_our_suffix_is_refused_without_a_database(tmp_path: Path) -> None:
    fake = tmp_path / "pakket.vwpakket"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("manifest.json", '{"format": "iets anders"}')
        archive.writestr("payload.json", "{}")
    code, _, err = cli("import", str(fake), "--db", str(tmp_path / "werk.vwdb"))
    assert code == 1
    assert "Traceback" not in err
    assert not (tmp_path / "werk.vwdb").exists()


def test_a_package_is_recognised_whatever_its_name(demo_db: str, tmp_path: Path) -> None:
    from verantwoording_app.formats.sniff import zip_kind

    cli("assign", "--db", demo_db, "--owner", "Anna", "--goal", "II")
    for name in ("anna.pkg", "anna.zip", "anna.xlsx"):
        package = tmp_path / name
        assert cli("handout", "--db", demo_db, "--owner", "Anna", "--out", str(package))[0] == 0
        assert zip_kind(package) == "package"
        officer = tmp_path / f"officer-{name}.vwdb"
        code, out, err = cli("import", str(package), "--db", str(officer))
        assert code == 0, err
        assert "5 activiteiten om te bewerken" in out


def test_packages_get_our_suffix_when_the_name_has_none(demo_db: str, tmp_path: Path) -> None:
    cli("assign", "--db", demo_db, "--owner", "Anna", "--goal", "II")
    code, out, _ = cli("handout", "--db", demo_db, "--owner", "Anna", "--out", str(tmp_path / "anna"))
    assert code == 0
    assert (tmp_path / "anna.vwpakket").is_file()
    assert out.strip().endswith("anna.vwpakket")
    officer = str(tmp_path / "anna.vwdb")
    assert cli("import", str(tmp_path / "anna.vwpakket"), "--db", officer)[0] == 0
    assert cli("handin", "--db", officer, "--out", str(tmp_path / "terug"))[0] == 0
    assert (tmp_path / "terug.vwpakket").is_file()


@pytest.mark.skipif(os.name != "posix", reason="umask is POSIX")
def test_exports_and_packages_follow_the_umask(demo_db: str, tmp_path: Path) -> None:
    cli("assign", "--db", demo_db, "--owner", "Anna", "--goal", "II")
    old = os.umask(0o077)
    try:
        assert cli("handout", "--db", demo_db, "--owner", "Anna", "--out", str(tmp_path / "anna.vwpakket"))[0] == 0
        for name in ("uit.xlsx", "uit.docx", "uit.txt"):
            assert cli("export", "--db", demo_db, "--out", str(tmp_path / name))[0] == 0
    finally:
        os.umask(old)
    for name in ("anna.vwpakket", "uit.xlsx", "uit.docx", "uit.txt"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name


def test_the_command_line_cleans_leftovers_of_a_killed_run(demo_db: str, tmp_path: Path) -> None:
    from verantwoording_app.services import paths
    from verantwoording_app.services.leftovers import JOURNAL_FOLDER

    leftover = tmp_path / ".uit.xlsx.0badc0de.tmp"
    leftover.write_bytes(b"half")
    journal = paths.data_dir() / JOURNAL_FOLDER
    journal.mkdir(parents=True, exist_ok=True)
    (journal / "killed.txt").write_text(str(leftover), encoding="utf-8")
    assert cli("list", "--db", demo_db)[0] == 0
    assert not leftover.exists()
    assert list(journal.iterdir()) == []


def test_zip_kind_reads_through_safezip_and_a_hostile_zip_is_none_of_ours(tmp_path: Path) -> None:
    from verantwoording_app.formats import sniff

    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<" + b" " * (5 * 1024 * 1024))  # inflates 1000-fold
    assert sniff.zip_kind(bomb) is None  # safezip's ratio check refuses it before anything is read
    plain = tmp_path / "werkmap.zip"
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert sniff.zip_kind(plain) == "xlsx"
