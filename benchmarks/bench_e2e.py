"""End to end at 10,000 activities (~3 KB text each): each command as a user runs it, against the floor.

Every row is a fresh process (``python -m verantwoording_app …``) on a database
on disk, timed from start to exit. The reference, measured in the same run and
interleaved with the commands, is the floor: a process that reads every row
of every table of the same database with ``sqlite3`` and writes it deflated
into a zip (the FTS index tables, which only repeat the texts, are left out).

Beside each wall-clock row a CPU row (user + system seconds of the process, against the floor's): on a
machine shared with others the wall clock counts their work too, the CPU time hardly; both are printed.

Goals (issue 20): ``list`` ≤ 0.5× the floor, each export ≤ 2× (Excel: with the P&C counts stored, as after
any earlier check or export; the first one, which analyses every text, is a row of its own), importing the
whole chapter as P&C text ≤ 4× (against the floor of the database it makes),
the window ready to type ≤ 4× an empty PySide6 window started the same way. "Ready to type" is the
first activity in the form, editable, read with the standard library before SQLAlchemy has loaded (what
is typed is saved once the store is open); the row after it is the store open and everything filled.
Not a test: ``python -m benchmarks.bench_e2e`` (or ``--quick``: one run of each; ``list xlsx …``: only
those rows; ``--db=PATH``: a copy of a database ``build_database`` made before, instead of building one).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_docx import build_document
from benchmarks.bench_ui import EMPTY_WINDOW, _env, _stages, build_database

Row = tuple[str, float, str, float]
ACTIVITIES = 10_000

FLOOR = r"""
import sqlite3, sys, zipfile
connection = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
tables = [row[0] for row in connection.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'")]
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as archive:
    for table in tables:
        with archive.open(table + ".tsv", "w") as out:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                out.write(("\t".join("" if v is None else str(v) for v in row) + "\n").encode())
"""


CPU: dict[str, list[float]] = {}
"""Per command the CPU seconds (user + system) of each run, beside the wall-clock ones: on a machine shared
with others the wall clock counts their work too, the CPU time of the process hardly."""


def _cpu_of_children() -> float:
    try:
        import resource
    except ImportError:  # not on Windows
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str], env: dict[str, str], key: str = "") -> float:
    """Wall-clock seconds of one process, start to exit; a failing command stops the benchmark. ``key``:
    its CPU seconds are kept in ``CPU[key]``."""
    cpu = _cpu_of_children()
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[2:5])} failed ({result.returncode}): {result.stderr.strip()[-500:]}")
    if key:
        CPU.setdefault(key, []).append(_cpu_of_children() - cpu)
    return seconds


def _app(*args: str) -> list[str]:
    return [sys.executable, "-m", "verantwoording_app", *args]


def _floor(database: Path, folder: Path, env: dict[str, str], key: str = "floor") -> float:
    return _timed([sys.executable, "-c", FLOOR, str(database), str(folder / "floor.zip")], env, key)


def _forget_checks(database: Path) -> None:
    """Drop the stored results of the writing checks (as in a database nobody has checked yet)."""
    import sqlite3

    with sqlite3.connect(database) as connection:
        connection.execute("DELETE FROM check_counts")
    connection.close()


def _import_text(folder: Path, activities: int) -> tuple[Path, int]:
    """The chapter as P&C text, with as many activities as the import's size limit takes (all, once the limit
    fits a chapter this size)."""
    from verantwoording_app.formats.pctext import MAX_BYTES, render_pc_text

    count = activities
    while True:
        data = render_pc_text(build_document(count)).encode("utf-8")
        if len(data) <= MAX_BYTES or count <= 500:
            break
        count = max(500, int(count * MAX_BYTES / len(data) * 0.98) // 500 * 500)
    path = folder / f"hoofdstuk-{count}.txt"
    path.write_bytes(data)
    return path, count


def run(quick: bool = False, only: tuple[str, ...] = (), source: Path | None = None) -> list[Row]:
    """``only``: some of list, txt, docx, xlsx, check, import, window (the floor is always measured)."""
    repeats = 1 if quick else 3

    def wanted(name: str) -> bool:
        return not only or name in only

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env = _env(folder)
        database = folder / "e2e.vwdb"
        if source is not None:  # a database built before by build_database (saves a minute per run)
            import shutil

            shutil.copyfile(source, database)
        else:
            build_database(database, ACTIVITIES)
        label = f"({ACTIVITIES} act.)"
        commands: dict[str, list[str]] = {
            "list": _app("list", "--db", str(database)),
            **{
                f"export {fmt}": _app("export", "--db", str(database), "--format", fmt,
                                      "--out", str(folder / f"uit.{fmt}"))
                for fmt in ("txt", "docx", "xlsx")
            },
        }
        commands = {key: command for key, command in commands.items() if wanted(key.split()[-1])}
        if wanted("check"):
            commands["check"] = _app("check", "--db", str(database))
        floors: list[float] = []
        times: dict[str, list[float]] = {key: [] for key in commands}
        first: dict[str, float] = {}
        if wanted("xlsx") or wanted("check"):
            # the first Excel export and the first check analyse every text (nothing stored yet); after that
            # the P&C and spelling counts are kept per activity and only changed texts are analysed again
            for key, name in (("xlsx", "export xlsx"), ("check", "check")):
                if name in commands:
                    _forget_checks(database)
                    first[key] = _timed(commands[name], env, f"first {key}")
            # the counts stored, as after any check (an export from the command line stores nothing itself)
            _timed(_app("check", "--db", str(database)), env)
        for _ in range(repeats):
            floors.append(_floor(database, folder, env))
            for key, command in commands.items():
                times[key].append(_timed(command, env, key))
        floor = statistics.median(floors)
        for key, seconds in first.items():
            if seconds:
                rows.append((f"e2e {'export xlsx' if key == 'xlsx' else key} {label}, nothing stored yet", seconds,
                             "floor", floor))
        rows.append((f"e2e floor: all rows to a zip {label}", floor, "python -c pass",
                     statistics.median(_timed([sys.executable, "-c", "pass"], env) for _ in range(repeats))))
        for key, values in times.items():
            rows.append((f"e2e {key} {label}", statistics.median(values), "floor", floor))
        floor_cpu = statistics.median(CPU.get("floor", [float("nan")]))
        if floor_cpu == floor_cpu:  # measured (not on Windows)
            for key in first:
                rows.append((f"e2e {'export xlsx' if key == 'xlsx' else key} {label}, nothing stored yet, CPU",
                             CPU[f"first {key}"][0], "floor, CPU", floor_cpu))
            for key in times:
                rows.append((f"e2e {key} {label}, CPU", statistics.median(CPU[key]), "floor, CPU", floor_cpu))

        if wanted("import"):
            text, count = _import_text(folder, ACTIVITIES)
            size = text.stat().st_size / (1024 * 1024)
            if count < ACTIVITIES:
                print(f"  import: the {ACTIVITIES}-activity text is over the size limit; measured {count} activities "
                      f"({size:.0f} MB)", file=sys.stderr)
            imports, import_floors = [], []
            for index in range(repeats):
                target = folder / f"import-{index}.vwdb"
                imports.append(_timed(_app("import", str(text), "--db", str(target)), env))
                import_floors.append(_floor(target, folder, env))
            rows.append((f"e2e import P&C text ({count} act., {size:.0f} MB)", statistics.median(imports),
                         "floor of that database", statistics.median(import_floors)))

        if wanted("window"):
            window_env = dict(env, VERANTWOORDING_STARTUP_PROBE="1")
            editable, opened, empty = [], [], []
            for _ in range(repeats):
                empty.append(_stages([sys.executable, "-c", EMPTY_WINDOW], window_env)["painted"])
                stages = _stages(_app("--db", str(database)), window_env)
                editable.append(stages["editable"])
                opened.append(stages["opened"])
            rows.append((f"e2e window ready to type {label}", statistics.median(editable), "empty PySide6 window",
                         statistics.median(empty)))
            rows.append((f"e2e window, store open {label}", statistics.median(opened), "empty PySide6 window",
                         statistics.median(empty)))
    return rows


def main() -> None:
    source = next((Path(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--db=")), None)
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    rows = run(quick="--quick" in sys.argv, only=tuple(args), source=source)
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'median s':>9}  {'reference':<24}  {'ref s':>8}  {'ratio':>6}")
    for name, seconds, reference, ref_seconds in rows:
        print(f"{name:<{width}}  {seconds:9.4f}  {reference:<24}  {ref_seconds:8.4f}  {seconds / ref_seconds:6.2f}")


if __name__ == "__main__":
    main()
