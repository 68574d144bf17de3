"""Benchmark: the desktop editor's startup, activity switching, autosave commit and search.

Startup is measured from process start (``subprocess.Popen``) to the line the
app prints after its first paint, and after the tree is interactive, against an
empty PySide6 main window measured the same way in the same run. Not a test:
``python -m benchmarks.bench_ui`` (or ``--quick``; ``--no-startup``: only the rows at 10,000 activities;
``--db=PATH``: a copy of a 10,000-activity database ``build_database`` made before).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

Row = tuple[str, float, str, float]
ROOT = Path(__file__).resolve().parents[1]

EMPTY_WINDOW = r"""
import sys, time
start = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("painted", time.perf_counter() - start, flush=True)
            QTimer.singleShot(0, app.quit)
app = QApplication(sys.argv)
window = Window()
window.resize(1280, 820)
window.show()
app.exec()
"""


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VERANTWOORDING_DATA_DIR=str(data_dir),
               VERANTWOORDING_STARTUP_PROBE="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH", "")]))
    return env


def _stages(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Wall-clock seconds from Popen to each stage line the child prints."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    stages: dict[str, float] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word = line.split(" ", 1)[0]
        if word in ("painted", "interactive", "editable", "opened"):
            stages[word] = time.perf_counter() - start
    process.wait(timeout=60)
    return stages


def build_database(path: Path, activities: int, history_per_activity: int = 0) -> list[str]:
    """A database with ``activities`` activities of ~3 KB text; returns their ids."""
    from benchmarks.bench_docx import build_document
    from verantwoording_app.services.workspace import Workspace

    document = build_document(activities)
    workspace = Workspace.open(path, author="bench")
    workspace._store.create_document(document, author="bench")
    ids = [place.activity.id for place in document.iter_activities()]
    workspace.close()
    if history_per_activity:
        connection = sqlite3.connect(path)
        stamp = datetime.now().isoformat(sep=" ")
        connection.executemany(
            "INSERT INTO versions (entity, entity_id, field, old, new, author, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (("activity", aid, "realisation", "oude tekst " * 40, "nieuwe tekst " * 40, "bench", stamp)
             for aid in ids for _ in range(history_per_activity)),
        )
        connection.commit()
        connection.close()
    return ids


def startup_rows(folder: Path, repeats: int) -> list[Row]:
    database = folder / "startup.vwdb"
    build_database(database, 1000)
    env = _env(folder)
    app_runs = [_stages([sys.executable, "-m", "verantwoording_app", "--db", str(database)], env)
                for _ in range(repeats)]
    # the same app started without the command-line dispatcher of __main__ (which imports cli.py)
    direct = [str(sys.executable), "-c", "import sys; from verantwoording_app.app import main; "
              f"sys.exit(main(['--db', {str(database)!r}]))"]
    direct_runs = [_stages(direct, env) for _ in range(repeats)]
    empty_runs = [_stages([sys.executable, "-c", EMPTY_WINDOW], env) for _ in range(repeats)]
    empty = statistics.median(r["painted"] for r in empty_runs)
    painted = statistics.median(r["painted"] for r in app_runs)
    interactive = statistics.median(r["interactive"] for r in app_runs)
    return [
        ("ui first paint (1000 act.)", painted, "empty PySide6 window", empty),
        ("ui interactive tree (1000 act.)", interactive, "empty PySide6 window", empty),
        ("ui first activity editable (1000 act.)", statistics.median(r["editable"] for r in app_runs),
         "empty PySide6 window", empty),
        ("ui database open, form filled (1000 act.)", statistics.median(r["opened"] for r in app_runs),
         "empty PySide6 window", empty),
        ("ui first paint, app.main direct", statistics.median(r["painted"] for r in direct_runs),
         "empty PySide6 window", empty),
    ]


def in_process_rows(folder: Path, activities: int, repeats: int, source: str = "") -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from verantwoording_app.services.workspace import Workspace
    from verantwoording_app.ui.main_window import MainWindow
    from verantwoording_app.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    database = folder / "big.vwdb"
    if source:  # a database build_database made before (three versions per activity added here)
        import shutil

        shutil.copyfile(source, database)
        with sqlite3.connect(database) as connection:
            ids = [row[0] for row in connection.execute("SELECT id FROM activities ORDER BY rowid")]
            stamp = datetime.now().isoformat(sep=" ")
            connection.executemany(
                "INSERT INTO versions (entity, entity_id, field, old, new, author, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (("activity", aid, "realisation", "oude tekst " * 40, "nieuwe tekst " * 40, "bench", stamp)
                 for aid in ids for _ in range(3)))
        connection.close()
    else:
        ids = build_database(database, activities, history_per_activity=3)
    workspace = Workspace.open(database, author="bench")
    window = MainWindow(Settings.at(folder))
    window.set_workspace(workspace)
    window.show()
    app.processEvents()
    rows: list[Row] = []

    # switching between activities: load + fill the form (~3 KB rich text each)
    switches = []
    for index in range(repeats * 5):
        start = time.perf_counter()
        window.select(ids[(index * 7919) % len(ids)])
        app.processEvents()
        switches.append(time.perf_counter() - start)
    loads = []
    for index in range(repeats * 5):
        start = time.perf_counter()
        workspace.activity(ids[(index * 104729) % len(ids)])
        loads.append(time.perf_counter() - start)
    rows.append(("ui switch activity", statistics.median(switches), "Workspace.activity() alone",
                 statistics.median(loads)))
    connection = sqlite3.connect(database)

    # autosave commit of one edited text, p99
    form = window.activity_form
    commits = []
    for index in range(max(100, repeats * 30)):
        form.internal_note.setPlainText(f"notitie {index}")
        start = time.perf_counter()
        window.flush_pending()
        commits.append(time.perf_counter() - start)
    raw_commits = []
    for index in range(max(100, repeats * 30)):
        start = time.perf_counter()
        connection.execute("UPDATE activities SET internal_note = ? WHERE id = ?", (f"n{index}", ids[0]))
        connection.commit()
        raw_commits.append(time.perf_counter() - start)
    rows.append((f"ui autosave commit p99 ({activities} act.)", _p99(commits), "sqlite3 UPDATE+commit p99",
                 _p99(raw_commits)))

    # search across all activities (FTS5 through the workspace), and the LIKE scan it replaces
    searches, likes = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        workspace.search("arbeidsmarkt")
        searches.append(time.perf_counter() - start)
        start = time.perf_counter()
        connection.execute("SELECT id FROM activities WHERE title LIKE ? OR plan LIKE ? OR realisation LIKE ?",
                           ("%arbeidsmarkt%",) * 3).fetchall()
        likes.append(time.perf_counter() - start)
    rows.append((f"ui search ({activities} act.)", statistics.median(searches), "sqlite3 LIKE scan",
                 statistics.median(likes)))
    connection.close()
    window.close()
    window.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    workspace.close()
    return rows


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def _child(folder: str, activities: int, repeats: int, source: str = "") -> None:
    """Runs the in-process measurements in a child and prints them as JSON (Qt stays out of the runner)."""
    import json

    rows = in_process_rows(Path(folder), activities, repeats, source)
    print("ROWS " + json.dumps(rows), flush=True)
    os._exit(0)  # PySide6 can crash while finalising an interpreter that ran a QApplication


def run(quick: bool = False, *, startup: bool = True, source: str = "") -> list[Row]:
    """``startup`` False: only the in-process rows at 10,000 activities; ``source``: a database with that many
    activities built before by ``build_database`` (copied, not changed)."""
    import json

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        rows = startup_rows(folder, 3 if quick else 7) if startup else []
        activities, repeats = (10_000, 2) if quick else (10_000, 7)
        code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from benchmarks.bench_ui import _child; "
                f"_child({str(folder)!r}, {activities}, {repeats}, {source!r})")
        result = subprocess.run([sys.executable, "-c", code], env=_env(folder), capture_output=True, text=True,
                                timeout=1800, check=True)
        line = next(line for line in result.stdout.splitlines() if line.startswith("ROWS "))
        rows += [tuple(row) for row in json.loads(line[5:])]  # type: ignore[misc]
    return rows


def main() -> None:
    quick = "--quick" in sys.argv
    source = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--db=")), "")
    rows = run(quick=quick, startup="--no-startup" not in sys.argv, source=source)
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'median s':>9}  {'reference':<28}  {'ref s':>8}  {'ratio':>6}")
    for name, seconds, reference, ref_seconds in rows:
        print(f"{name:<{width}}  {seconds:9.4f}  {reference:<28}  {ref_seconds:8.4f}  {seconds / ref_seconds:6.2f}")


if __name__ == "__main__":
    main()
