"""Settings chosen in the window are read back after a restart (a new QSettings on the same file)."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

from verantwoording_app.app import open_workspace
from verantwoording_app.ui import dialogs
from verantwoording_app.ui import settings as S
from verantwoording_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def _start(qtbot, folder: Path, db_path: Path) -> MainWindow:
    """What app.main does at start: settings from the folder, the window with the stored name."""
    settings = S.Settings.at(folder)
    window = MainWindow(settings, user_name=settings.get(S.USER_NAME),
                        opener=lambda path, **options: open_workspace(path, window.user_name, **options))
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(db_path)
    return window


def _read_in_new_process(folder: Path) -> list[str]:
    code = ("import sys; from pathlib import Path; from verantwoording_app.ui import settings as S; "
            "s = S.Settings.at(Path(sys.argv[1])); print(s.language()); print(s.get(S.USER_NAME))")
    result = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True,
                            check=True, timeout=60)
    return result.stdout.splitlines()


def test_language_and_name_survive_a_restart(qtbot, tmp_path: Path, modal, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "instellingen"
    folder.mkdir()
    db_path = tmp_path / "doc.vwdb"
    monkeypatch.setattr(dialogs, "ask_text", lambda *_args, **_kwargs: "Anna de Vries")
    first = _start(qtbot, folder, db_path)
    first.action("language_en").trigger()
    first.action("user").trigger()
    assert first.workspace.author == "Anna de Vries"  # stamped with the name from now on
    first.close()

    # a new process parses the file again (within one process QSettings shares a cache per file)
    assert _read_in_new_process(folder) == ["en", "Anna de Vries"]
    second = _start(qtbot, folder, db_path)
    assert second.action("language_en").isChecked()
    assert not second.action("language_nl").isChecked()
    assert second.user_name == "Anna de Vries"
    activity = second.model.activities()[0].id
    second.structure.save_fields(activity, {"title": "Nieuwe titel"})
    assert second.workspace.activity(activity).updated_by == "Anna de Vries"
    second.close()


def test_settings_written_by_earlier_versions_are_read(tmp_path: Path) -> None:
    """Earlier versions wrote "general/…", which an .ini file keeps as [%General]."""
    (tmp_path / "verantwoording.ini").write_text(
        "[%General]\nlanguage=en\nuser_name=Piet Jansen\nautosave_ms=2500\n", encoding="utf-8")
    settings = S.Settings.at(tmp_path)
    assert (settings.language(), settings.get(S.USER_NAME), settings.get(S.AUTOSAVE_DELAY)) == \
        ("en", "Piet Jansen", 2500)
    settings.set(S.LANGUAGE, "nl")
    settings.sync()
    assert S.Settings.at(tmp_path).language() == "nl"
