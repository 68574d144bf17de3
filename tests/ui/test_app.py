"""The app paints its window before loading the storage layer, then opens the database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from verantwoording_app.app import parse_args
from verantwoording_app.ui.settings import RECENT


def test_parse_args() -> None:
    args = parse_args(["--db", "x.vwdb", "--lang", "en", "-platform", "offscreen"])
    assert args.db == Path("x.vwdb")
    assert args.lang == "en"
    assert parse_args([]).db is None


def test_first_start_paints_first_then_creates_example(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VERANTWOORDING_DATA_DIR=str(tmp_path),
               VERANTWOORDING_STARTUP_PROBE="1")
    result = subprocess.run([sys.executable, "-m", "verantwoording_app"], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    lines = [line.split() for line in result.stdout.splitlines()
             if line.startswith(("painted", "interactive", "opened"))]
    assert [line[0] for line in lines] == ["painted", "interactive", "opened"]
    assert lines[0][2] == "storage-loaded=False"
    assert lines[2][2] == "storage-loaded=True"
    assert (tmp_path / "verantwoording.vwdb").exists()
    assert (tmp_path / "verantwoording.ini").exists()


def test_a_file_that_is_not_ours_is_refused(qtbot, settings, tmp_path: Path, modal) -> None:
    from tests.ui.conftest import open_fresh
    from verantwoording_app.ui.main_window import MainWindow

    window = MainWindow(settings, opener=open_fresh)
    qtbot.addWidget(window)
    alien = tmp_path / "boodschappen.vwdb"
    alien.write_text("melk, brood, kaas\n" * 20, encoding="utf-8")
    assert not window.open_database(alien)
    assert modal.shown
    assert window.workspace is None
    good = tmp_path / "goed.vwdb"
    assert window.open_database(good)
    assert window.model.activities()
    assert settings.get(RECENT) == [str(good)]


def test_a_package_is_recognised_by_content_whatever_its_name(tmp_path) -> None:
    from verantwoording_app.app import is_package
    from verantwoording_app.formats.package import new_manifest, write_package

    package = tmp_path / "anna.pkg"
    write_package(package, new_manifest("uitgifte", "doc", "Anna", "coördinator"), {"document": {}, "editable": []})
    database = tmp_path / "anna.vwdb"
    database.write_bytes(b"SQLite format 3\x00")
    assert is_package(package)
    assert is_package(tmp_path / "nog-niet.vwpakket")
    assert not is_package(database)


def test_a_wrong_window_option_is_one_line_and_the_usage() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "verantwoording_app", "--lang", "fr"], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "fout: --lang: ongeldige keuze 'fr'; kies uit nl, en.",
        "gebruik: verantwoording [-h] [--db PAD] [--lang {nl,en}] [BESTAND]"]
