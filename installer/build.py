"""Build Verantwoording with PyInstaller for this platform, then smoke-test the built program.

    .venv/bin/python installer/build.py              # build + smoke test (Linux, macOS)
    .venv\\Scripts\\python installer\\build.py        # the same on Windows, then Inno Setup if found
    python installer/build.py --skip-build           # smoke-test an existing dist/Verantwoording

Steps: install PyInstaller into this interpreter if it is missing; compile the .ts translations;
run installer/verantwoording.spec (output in dist/Verantwoording, work files in
build/pyinstaller); then start the *frozen* program headless (QT_QPA_PLATFORM=offscreen) on a
temporary database and data folder: ``demo``, ``check``, ``export`` in every format that
``export --help`` offers, each output checked; then the desktop window until its first paint
(the app's VERANTWOORDING_STARTUP_PROBE), the same from source for comparison.

A format the source itself still answers with "niet beschikbaar" is reported as SKIP, not as a
failure: the frozen program must do what the source does, not more. Exit status 0 only when no
check failed; 1 when one failed; 2 when the build itself failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "verantwoording.spec"
ISS = ROOT / "installer" / "verantwoording.iss"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_DIR_NAME = "Verantwoording"
GUI_NAME = "Verantwoording"
CLI_NAME = "verantwoording-cli"
EXE = ".exe" if sys.platform == "win32" else ""
APP_PY = ROOT / "src" / "verantwoording_app" / "app.py"
STARTUP_PROBE = "VERANTWOORDING_STARTUP_PROBE"
"""app.py prints 'painted <s>' and 'interactive <s>' and quits when this is set."""
EXPECTED_ACTIVITIES = 13
"""Activities in the Almelo 2022 example that ``demo`` loads."""
REALISATION_LABEL = "Uitvoering in 2022:"
NOT_AVAILABLE = "niet beschikbaar"
"""What the CLI answers for an export format that is not implemented yet."""
DEFAULT_FORMATS = ("txt", "md", "docx", "xlsx")


def project_version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


# -- results ------------------------------------------------------------------------------------


@dataclass
class Check:
    name: str
    status: str  # PASS, FAIL or SKIP
    detail: str = ""
    seconds: float = 0.0


@dataclass
class Report:
    version: str
    platform: str
    folder: str = ""
    checks: list[Check] = field(default_factory=list)
    build_seconds: float | None = None
    folder_bytes: int | None = None
    folder_files: int | None = None
    paint_frozen: list[float] = field(default_factory=list)
    paint_source: list[float] = field(default_factory=list)
    paint_frozen_inside: list[float] = field(default_factory=list)
    paint_source_inside: list[float] = field(default_factory=list)

    def add(self, name: str, status: str, detail: str = "", seconds: float = 0.0) -> Check:
        check = Check(name, status, detail, seconds)
        self.checks.append(check)
        mark = {"PASS": "ok  ", "FAIL": "FAIL", "SKIP": "skip"}[status]
        print(f"  [{mark}] {name}" + (f" — {detail}" if detail else ""), flush=True)
        return check

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if c.status == "FAIL"]


# -- build --------------------------------------------------------------------------------------


def ensure_pyinstaller() -> str:
    """PyInstaller's version, installing it into this interpreter with pip when missing."""
    try:
        import PyInstaller
    except ImportError:
        print("PyInstaller is missing: pip install pyinstaller", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller"], check=True)
        import PyInstaller
    return str(PyInstaller.__version__)


def compile_translations() -> str:
    """Compile resources/translations/*.ts to .qm (the app's own helper, when it exists)."""
    if not list((ROOT / "resources" / "translations").glob("*.ts")):
        return "no .ts files"
    result = subprocess.run([sys.executable, "-m", "verantwoording_app.ui.translations"],
                            cwd=ROOT, capture_output=True, text=True, env=_offscreen_env())
    if result.returncode != 0:
        raise SystemExit(f"compiling translations failed:\n{result.stdout}{result.stderr}")
    return "compiled" + (f": {result.stdout.strip()}" if result.stdout.strip() else "")


def run_pyinstaller(dist: Path, work: Path) -> float:
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    print("$ " + " ".join(command), flush=True)
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(2)
    return time.perf_counter() - started


def run_inno_setup(version: str) -> str:
    """On Windows: compile the installer when Inno Setup's ISCC is found."""
    candidates = [shutil.which("iscc"), shutil.which("ISCC"),
                  r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe", r"C:\Program Files\Inno Setup 6\ISCC.exe"]
    iscc = next((c for c in candidates if c and Path(c).exists()), None)
    command = f'iscc /DAppVersion={version} "{ISS}"'
    if iscc is None:
        return f"Inno Setup not found; run: {command}"
    subprocess.run([iscc, f"/DAppVersion={version}", str(ISS)], check=True)
    return f"installer written to {ROOT / 'dist'}"


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


# -- smoke test ---------------------------------------------------------------------------------


def _offscreen_env(sandbox: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop(STARTUP_PROBE, None)
    if sandbox is not None:  # keep the user's own data, settings and logs out of it
        env["VERANTWOORDING_DATA_DIR"] = str(sandbox / "data")
        env["XDG_CONFIG_HOME"] = str(sandbox / "config")
        env["XDG_DATA_HOME"] = str(sandbox / "share")
        env["XDG_CACHE_HOME"] = str(sandbox / "cache")
        env["XDG_RUNTIME_DIR"] = str(sandbox / "runtime")
        (sandbox / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


@dataclass
class Program:
    """How to start one build of the app: the frozen executables or the source tree."""

    label: str
    cli: list[str]
    gui: list[str]
    env: dict[str, str]
    cwd: Path

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.cli, *args], capture_output=True, text=True, encoding="utf-8",
                              errors="replace", env=self.env, cwd=self.cwd, timeout=timeout)


def frozen_program(app_dir: Path, env: dict[str, str], cwd: Path) -> Program:
    cli = [str(app_dir / f"{CLI_NAME}{EXE}")]
    # The windowed Windows program has no stdout for the probe to print to; the console twin
    # runs the very same code, so on Windows the window is timed through it.
    gui = cli if sys.platform == "win32" else [str(app_dir / f"{GUI_NAME}{EXE}")]
    return Program("frozen", cli, gui, env, cwd)


def source_program(env: dict[str, str], cwd: Path) -> Program:
    command = [sys.executable, "-m", "verantwoording_app"]
    return Program("source", command, command, env, cwd)


def _failure_text(result: subprocess.CompletedProcess[str], data_dir: Path) -> str:
    text = (result.stderr or result.stdout).strip()
    if "Details staan in" in text:  # the CLI logged a traceback: show its last lines
        for log in (data_dir / "logs").glob("*.log"):
            text += "\n" + "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-8:])
    return f"exit {result.returncode}: {text}"


def offered_formats(program: Program) -> tuple[str, ...]:
    """The export formats the program's own ``export --help`` lists."""
    result = program.run("export", "--help")
    match = re.search(r"--format \{([^}]*)\}", result.stdout)
    return tuple(match.group(1).split(",")) if match else DEFAULT_FORMATS


def check_txt(path: Path) -> str:
    count = path.read_text(encoding="utf-8").count(REALISATION_LABEL)
    if count != EXPECTED_ACTIVITIES:
        raise AssertionError(f"'{REALISATION_LABEL}' {count} times, expected {EXPECTED_ACTIVITIES}")
    return f"'{REALISATION_LABEL}' {count} times"


def check_md(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if not text.strip():
        raise AssertionError("empty file")
    return f"{len(text.splitlines())} lines"


def check_xlsx(path: Path) -> str:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        if "Activiteiten" not in workbook.sheetnames:
            raise AssertionError(f"no sheet 'Activiteiten' in {workbook.sheetnames}")
        rows = sum(1 for row in workbook["Activiteiten"].iter_rows(values_only=True) if any(row))
    finally:
        workbook.close()
    if rows < EXPECTED_ACTIVITIES + 1:
        raise AssertionError(f"sheet 'Activiteiten' has {rows} rows, expected a header and {EXPECTED_ACTIVITIES}")
    return f"sheets {', '.join(workbook.sheetnames)}; {rows} rows in Activiteiten"


def check_docx(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    headings = [p for p in document.paragraphs
                if p.style is not None and re.match(r"(Heading|Kop) ?\d", str(p.style.name or ""))]
    if not headings:
        raise AssertionError("no paragraph with a Heading style")
    styles = sorted({str(p.style.name) for p in headings if p.style is not None})
    return f"{len(document.paragraphs)} paragraphs, {len(headings)} headings ({', '.join(styles)})"


CHECKERS: dict[str, Callable[[Path], str]] = {
    "txt": check_txt, "md": check_md, "xlsx": check_xlsx, "docx": check_docx,
}


def smoke_cli(report: Report, frozen: Program, source: Program, sandbox: Path, version: str) -> Path:
    """The command line of the frozen program; returns the demo database."""
    database = sandbox / "smoke.vwdb"
    data_dir = Path(frozen.env["VERANTWOORDING_DATA_DIR"])

    started = time.perf_counter()
    result = frozen.run("--version")
    ok = result.returncode == 0 and version in result.stdout
    report.add("--version", "PASS" if ok else "FAIL",
               result.stdout.strip() if ok else _failure_text(result, data_dir), time.perf_counter() - started)

    started = time.perf_counter()
    result = frozen.run("demo", "--db", str(database))
    ok = result.returncode == 0 and database.exists()
    report.add("demo --db (sample loaded, migrations run)", "PASS" if ok else "FAIL",
               result.stdout.strip() if ok else _failure_text(result, data_dir), time.perf_counter() - started)
    if not ok:
        return database

    started = time.perf_counter()
    result = frozen.run("check", "--db", str(database))
    report.add("check --db", "PASS" if result.returncode == 0 else "FAIL",
               result.stdout.strip().splitlines()[0] if result.returncode == 0 else _failure_text(result, data_dir),
               time.perf_counter() - started)

    started = time.perf_counter()
    result = frozen.run("check", "--spelling", "--db", str(database))
    expected = "signaleringpartners\t→ signaleringspartners"  # the sample's own slip, found in the frozen app
    ok = result.returncode == 0 and expected in result.stdout
    report.add("check --spelling (bundled Dutch dictionary finds a misspelling)", "PASS" if ok else "FAIL",
               expected if ok else _failure_text(result, data_dir), time.perf_counter() - started)

    started = time.perf_counter()  # the team server's driver (psycopg) is in the program: a clear refusal
    result = frozen.run("list", "--db", "postgresql://smoke@127.0.0.1:1/geen")
    ok = result.returncode == 1 and "niet bereikbaar" in result.stderr
    report.add("list --db postgresql:// (driver bundled: 'niet bereikbaar', not a missing driver)",
               "PASS" if ok else "FAIL", result.stderr.strip()[:200] if ok else _failure_text(result, data_dir),
               time.perf_counter() - started)

    formats = offered_formats(frozen)
    print(f"  formats offered by 'export --help': {', '.join(formats)}", flush=True)
    for fmt in formats:
        out = sandbox / f"smoke.{fmt}"
        name = f"export --format {fmt}"
        started = time.perf_counter()
        result = frozen.run("export", "--db", str(database), "--out", str(out), "--format", fmt)
        seconds = time.perf_counter() - started
        if result.returncode != 0 and NOT_AVAILABLE in result.stderr:
            # Not built yet, or not bundled? The source tree decides.
            from_source = source.run("export", "--db", str(database), "--out", str(sandbox / f"src.{fmt}"),
                                     "--format", fmt)
            if from_source.returncode != 0 and NOT_AVAILABLE in from_source.stderr:
                report.add(name, "SKIP", f"not implemented yet, the source says so too: {result.stderr.strip()}")
            else:
                report.add(name, "FAIL", "works from source but not frozen: " + _failure_text(result, data_dir))
            continue
        if result.returncode != 0 or not out.exists():
            report.add(name, "FAIL", _failure_text(result, data_dir), seconds)
            continue
        checker = CHECKERS.get(fmt)
        if checker is None:
            report.add(name, "PASS", f"{out.stat().st_size} bytes (no content check for this format)", seconds)
            continue
        try:
            report.add(name, "PASS", checker(out), seconds)
        except Exception as error:  # any reading problem is a failed check, reported with its reason
            report.add(name, "FAIL", f"{type(error).__name__}: {error}", seconds)
    return database


def bundled_files(report: Report, app_dir: Path) -> None:
    """What the spec promises to put in the folder, checked on disk."""
    internal = app_dir / "_internal"
    expected = [
        app_dir / f"{GUI_NAME}{EXE}",
        app_dir / f"{CLI_NAME}{EXE}",
        internal / "resources" / "examples" / "almelo-2022-programmaverantwoording.txt",
        internal / "resources" / "icons" / "verantwoording.png",
        internal / "verantwoording_app" / "storage" / "migrations" / "env.py",
        internal / "docx" / "templates" / "default.docx",
        internal / "resources" / "dictionaries" / "nl_NL.aff",
        internal / "resources" / "dictionaries" / "nl_NL.dic",
        internal / "resources" / "dictionaries" / "LICENSE-OpenTaal.txt",
        internal / "resources" / "docs" / "HANDLEIDING.md",
    ]
    source_versions = ROOT / "src" / "verantwoording_app" / "storage" / "migrations" / "versions"
    expected += [internal / "verantwoording_app" / "storage" / "migrations" / "versions" / p.name
                 for p in source_versions.glob("*.py")]
    expected += [internal / "resources" / "translations" / ts.with_suffix(".qm").name
                 for ts in (ROOT / "resources" / "translations").glob("*.ts")]
    missing = [str(p.relative_to(app_dir)) for p in expected if not p.exists()]
    report.add("bundled files (resources, migrations, translations, docx templates)",
               "FAIL" if missing else "PASS",
               f"missing: {', '.join(missing)}" if missing else f"{len(expected)} files present")


@dataclass
class PaintRun:
    ok: bool
    detail: str
    painted_outside: float | None = None
    painted_inside: float | None = None


def start_window(program: Program, database: Path, timeout: float) -> PaintRun:
    """Start the desktop app; with the probe, time it to its first paint and let it quit."""
    env = dict(program.env, **{STARTUP_PROBE: "1"})
    started = time.perf_counter()
    process = subprocess.Popen([*program.gui, "--db", str(database)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
                               env=env, cwd=program.cwd)
    assert process.stdout is not None
    painted_outside = painted_inside = None
    lines: list[str] = []
    try:
        for line in process.stdout:  # the probe flushes each line as it happens
            lines.append(line)
            if line.startswith("painted ") and painted_outside is None:
                painted_outside = time.perf_counter() - started
                painted_inside = float(line.split()[1])
        process.wait(timeout=max(1.0, timeout - (time.perf_counter() - started)))
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return PaintRun(False, f"still running after {timeout:.0f} s", painted_outside, painted_inside)
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode != 0 or "Traceback" in stderr:
        return PaintRun(False, f"exit {process.returncode}: {stderr.strip()[-1500:]}", painted_outside, painted_inside)
    if painted_outside is None:
        return PaintRun(False, f"no 'painted' line; output: {''.join(lines)[-500:]}")
    interactive = next((ln.split()[1] for ln in lines if ln.startswith("interactive ")), "?")
    return PaintRun(True, f"painted after {painted_outside:.3f} s (app's own clock {painted_inside:.3f} s, "
                    f"database open at {interactive} s)", painted_outside, painted_inside)


def run_without_probe(program: Program, database: Path, seconds: float) -> PaintRun:
    """For an app.py without the probe: alive after ``seconds`` and nothing on stderr counts as started."""
    process = subprocess.Popen([*program.gui, "--db", str(database)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=program.env, cwd=program.cwd)
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
        if "Traceback" in err:
            return PaintRun(False, f"traceback while running: {err.strip()[-1500:]}")
        return PaintRun(True, f"still running after {seconds:.0f} s without a crash (no probe: time not measured)")
    _out, err = process.communicate()
    return PaintRun(False, f"exited early with {process.returncode}: {err.strip()[-1500:]}")


def smoke_gui(report: Report, frozen: Program, source: Program, database: Path, runs: int, timeout: float) -> None:
    if not APP_PY.exists():
        report.add("desktop window", "SKIP", "src/verantwoording_app/app.py does not exist yet")
        return
    if STARTUP_PROBE not in APP_PY.read_text(encoding="utf-8"):
        result = run_without_probe(frozen, database, min(timeout, 8.0))
        report.add("desktop window (frozen)", "PASS" if result.ok else "FAIL", result.detail)
        return
    # Alternate frozen and source starts, so a busy machine slows both alike.
    series = ((frozen, report.paint_frozen, report.paint_frozen_inside),
              (source, report.paint_source, report.paint_source_inside))
    failed: set[str] = set()
    for attempt in range(1, runs + 1):
        for program, outside, inside in series:
            if program.label in failed:
                continue
            result = start_window(program, database, timeout)
            if not result.ok:
                report.add(f"desktop window ({program.label}, run {attempt})", "FAIL", result.detail)
                failed.add(program.label)
                continue
            assert result.painted_outside is not None
            assert result.painted_inside is not None
            outside.append(result.painted_outside)
            inside.append(result.painted_inside)
    for program, outside, _inside in series:
        if program.label not in failed:
            times = ", ".join(f"{t:.3f}" for t in outside)
            report.add(f"desktop window ({program.label}): first paint, {runs} runs",
                       "PASS", f"{times} s; median {statistics.median(outside):.3f} s")


# -- main ---------------------------------------------------------------------------------------


def summary(report: Report) -> str:
    lines = ["", "=" * 78, f"Verantwoording {report.version} — build and smoke test on {report.platform}"]
    if report.build_seconds is not None:
        lines.append(f"  build time:            {report.build_seconds:6.1f} s")
    if report.folder_bytes is not None:
        lines.append(f"  built folder:          {report.folder_bytes / 1e6:6.1f} MB in {report.folder_files} files"
                     f" ({report.folder})")
    for label, outside, inside in (("frozen", report.paint_frozen, report.paint_frozen_inside),
                                   ("from source", report.paint_source, report.paint_source_inside)):
        if outside:
            lines.append(f"  first paint, {label + ':':12} {statistics.median(outside):6.3f} s median of "
                         f"{len(outside)} (process start → painted; app's own clock "
                         f"{statistics.median(inside):.3f} s)")
    counts = {s: sum(c.status == s for c in report.checks) for s in ("PASS", "FAIL", "SKIP")}
    for check in report.checks:
        if check.status != "PASS":
            lines.append(f"  {check.status}: {check.name} — {check.detail}")
    verdict = "FAILED" if counts["FAIL"] else "OK"
    lines.append(f"  {verdict}: {counts['PASS']} passed, {counts['FAIL']} failed, {counts['SKIP']} skipped")
    lines.append("=" * 78)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-build", action="store_true", help="smoke-test the existing dist folder")
    parser.add_argument("--dist", type=Path, default=DIST, help="PyInstaller's output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=WORK, help="PyInstaller's work folder")
    parser.add_argument("--runs", type=int, default=3, help="window starts per build for the timing")
    parser.add_argument("--gui-timeout", type=float, default=60.0, help="seconds a window start may take")
    parser.add_argument("--no-installer", action="store_true", help="Windows: do not run Inno Setup")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)

    version = project_version()
    report = Report(version=version, platform=f"{sys.platform}, Python {sys.version.split()[0]}")
    app_dir = args.dist / APP_DIR_NAME
    if not args.skip_build:
        print(f"PyInstaller {ensure_pyinstaller()}", flush=True)
        print(f"translations: {compile_translations()}", flush=True)
        report.build_seconds = run_pyinstaller(args.dist, args.work)
        print(f"built {app_dir} in {report.build_seconds:.1f} s", flush=True)
    if not app_dir.is_dir():
        print(f"no build at {app_dir}", file=sys.stderr)
        return 2
    report.folder = str(app_dir)
    report.folder_bytes, report.folder_files = folder_size(app_dir)

    print("smoke test:", flush=True)
    with tempfile.TemporaryDirectory(prefix="verantwoording-smoke-") as temp:
        sandbox = Path(temp)
        env = _offscreen_env(sandbox)
        frozen = frozen_program(app_dir, env, sandbox)
        source = source_program(env, ROOT)
        bundled_files(report, app_dir)
        database = smoke_cli(report, frozen, source, sandbox, version)
        if database.exists():
            smoke_gui(report, frozen, source, database, args.runs, args.gui_timeout)

    if sys.platform == "win32" and not args.no_installer and not report.failed:
        print(f"installer: {run_inno_setup(version)}", flush=True)

    print(summary(report), flush=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(asdict(report), indent=2), encoding="utf-8")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
