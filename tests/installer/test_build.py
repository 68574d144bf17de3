"""The installer: spec, icons, desktop entry and Inno Setup script (fast), and the real build (slow).

The slow test builds with PyInstaller and smoke-tests the frozen program (about a minute on two
cores). It is opt-in: it runs only with ``VERANTWOORDING_RUN_SLOW=1`` or when ``-m`` selects
``slow`` (``pytest -m slow tests/installer``), never in a plain ``make test``.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import struct
import subprocess
import sys
import tomllib
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "verantwoording.spec"
ISS = INSTALLER / "verantwoording.iss"
ICONS = ROOT / "resources" / "icons"
DESKTOP = ROOT / "resources" / "verantwoording.desktop"
ICO_SIZES = {16, 24, 32, 48, 64, 128, 256}
PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _load_build_script() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("installer_build", INSTALLER / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


# -- the spec, executed with PyInstaller's names replaced by recorders ---------------------------


class _Recorder:
    instances: list[_Recorder]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.datas = list(kwargs.get("datas", []))
        self.scripts = self.pure = self.binaries = ()
        type(self).instances.append(self)


def _recorder(name: str) -> type[_Recorder]:
    return type(name, (_Recorder,), {"instances": []})


@pytest.fixture(scope="module")
def spec_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the spec with stand-ins for Analysis, PYZ, EXE, COLLECT and the hook helpers."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, **_: [(f"<{package} data>", package)]  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda package, **_: [f"{package}.<submodules>"]  # type: ignore[attr-defined]
    stubs = {"PyInstaller": types.ModuleType("PyInstaller"), "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
             "PyInstaller.utils.hooks": hooks}
    names = {name: _recorder(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    workpath = tmp_path_factory.mktemp("specwork")
    namespace: dict[str, Any] = {"SPECPATH": str(INSTALLER), "workpath": str(workpath), "__file__": str(SPEC),
                                 "__name__": "__main__", **names}
    saved = {key: sys.modules.get(key) for key in stubs}
    sys.modules.update(stubs)
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        for key, module in saved.items():
            if module is None:
                sys.modules.pop(key, None)
            else:
                sys.modules[key] = module
    (analysis,) = names["Analysis"].instances
    (collect,) = names["COLLECT"].instances
    return {"analysis": analysis, "exes": names["EXE"].instances, "collect": collect,
            "namespace": namespace, "workpath": workpath}


def test_spec_is_valid_python() -> None:
    ast.parse(SPEC.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("source", "destination"),
    [
        ("resources/examples/almelo-2022-programmaverantwoording.txt", "resources/examples"),
        ("resources/icons/verantwoording.png", "resources/icons"),
        ("src/verantwoording_app/storage/migrations/env.py", "verantwoording_app/storage/migrations"),
        ("src/verantwoording_app/storage/migrations/script.py.mako", "verantwoording_app/storage/migrations"),
        ("src/verantwoording_app/storage/migrations/versions/0001_initial.py",
         "verantwoording_app/storage/migrations/versions"),
        ("<docx data>", "docx"),
        ("resources/dictionaries/nl_NL.dic", "resources/dictionaries"),
        ("resources/dictionaries/nl_NL.aff", "resources/dictionaries"),
        ("resources/dictionaries/LICENSE-OpenTaal.txt", "resources/dictionaries"),
    ],
)
def test_spec_bundles(spec_run: dict[str, Any], source: str, destination: str) -> None:
    datas = {(Path(src).resolve().relative_to(ROOT).as_posix() if Path(src).is_absolute() else src, dest)
             for src, dest in spec_run["analysis"].kwargs["datas"]}
    assert (source, destination) in datas


def test_spec_bundles_every_migration(spec_run: dict[str, Any]) -> None:
    bundled = {Path(src).name for src, dest in spec_run["analysis"].kwargs["datas"]
               if dest == "verantwoording_app/storage/migrations/versions"}
    on_disk = {p.name for p in (ROOT / "src/verantwoording_app/storage/migrations/versions").glob("*.py")}
    assert on_disk <= bundled


def test_spec_data_files_exist_and_skip_caches(spec_run: dict[str, Any]) -> None:
    for source, _destination in spec_run["analysis"].kwargs["datas"]:
        if source.startswith("<"):
            continue
        path = Path(source)
        assert path.is_file(), source
        assert "__pycache__" not in path.parts
        assert path.suffix not in {".pyc", ".ts"}


@pytest.mark.parametrize(
    "module",
    ["sqlalchemy.dialects.sqlite", "alembic", "alembic.runtime.migration", "alembic.ddl.sqlite",
     "openpyxl", "docx", "verantwoording_app.<submodules>", "hunspell.hunspell"],
)
def test_spec_hidden_imports(spec_run: dict[str, Any], module: str) -> None:
    assert module in spec_run["analysis"].kwargs["hiddenimports"]


@pytest.mark.parametrize("module", ["QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQuick", "QtQml"])
def test_spec_excludes_large_qt_modules(spec_run: dict[str, Any], module: str) -> None:
    assert f"PySide6.{module}" in spec_run["analysis"].kwargs["excludes"]


def test_spec_excludes_nothing_the_app_imports(spec_run: dict[str, Any]) -> None:
    excluded = set(spec_run["analysis"].kwargs["excludes"])
    used: set[str] = set()
    for path in (ROOT / "src" / "verantwoording_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                used.add(node.module)
            elif isinstance(node, ast.Import):
                used.update(alias.name for alias in node.names)
    assert not {name for name in used if name in excluded or name.split(".")[0] in excluded}


def test_spec_makes_a_windowed_program_and_a_console_twin(spec_run: dict[str, Any]) -> None:
    exes = {exe.kwargs["name"]: exe.kwargs for exe in spec_run["exes"]}
    assert exes["Verantwoording"]["console"] is False
    assert exes["verantwoording-cli"]["console"] is True
    for options in exes.values():
        assert Path(options["icon"]) == ICONS / "verantwoording.ico"
        assert options["upx"] is False
    assert spec_run["collect"].kwargs["name"] == "Verantwoording"


def test_spec_writes_version_info_from_pyproject(spec_run: dict[str, Any]) -> None:
    (exe, *_rest) = spec_run["exes"]
    text = Path(exe.kwargs["version"]).read_text(encoding="utf-8")
    numbers = tuple(int(n) for n in PYPROJECT_VERSION.split(".")[:3])
    assert f"filevers={(*numbers, 0)}" in text
    assert f"StringStruct('ProductVersion', '{PYPROJECT_VERSION}')" in text
    ast.parse(text)  # PyInstaller evaluates it as a Python expression


@pytest.mark.parametrize(("text", "expected"), [("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)),
                                                ("2.0", (2, 0, 0, 0)), ("1.4.0+local.7", (1, 4, 0, 0))])
def test_numeric_version(spec_run: dict[str, Any], text: str, expected: tuple[int, ...]) -> None:
    assert spec_run["namespace"]["numeric_version"](text) == expected


def test_version_matches_package() -> None:
    import verantwoording_app

    assert verantwoording_app.__version__ == PYPROJECT_VERSION


# -- icons ---------------------------------------------------------------------------------------


def test_ico_holds_every_size() -> None:
    data = (ICONS / "verantwoording.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, height, _colours, _res, planes, bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        pixels = width or 256
        assert (width, height, planes, bits) == (width, width, 1, 32)
        assert offset + size <= len(data)
        entry = data[offset: offset + size]
        if entry.startswith(b"\x89PNG\r\n\x1a\n"):
            assert struct.unpack(">II", entry[16:24]) == (pixels, pixels)
        else:  # a DIB: BITMAPINFOHEADER with the height doubled for the AND mask
            header_size, dib_width, dib_height, _planes, dib_bits = struct.unpack_from("<IiiHH", entry)
            assert (header_size, dib_width, dib_height, dib_bits) == (40, pixels, 2 * pixels, 32)
            assert size == 40 + pixels * pixels * 4 + ((pixels + 31) // 32) * 4 * pixels
        sizes.add(pixels)
    assert sizes == ICO_SIZES


def test_png_is_256_pixels() -> None:
    data = (ICONS / "verantwoording.png").read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert struct.unpack(">II", data[16:24]) == (256, 256)


def test_svg_sources_are_svg() -> None:
    import xml.etree.ElementTree as ET

    for name in ("verantwoording.svg", "verantwoording-small.svg"):
        root = ET.parse(ICONS / name).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert root.get("viewBox") == "0 0 256 256"


# -- desktop entry and Inno Setup ----------------------------------------------------------------


def test_desktop_entry_has_required_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Verantwoording"
    assert entry["Comment"]
    assert entry["Exec"] == "verantwoording %f"
    assert entry["Icon"] == "verantwoording"
    assert "Office" in entry["Categories"].split(";")
    mime = entry["MimeType"].split(";")
    assert "application/x-verantwoording-database" in mime
    assert "application/x-verantwoording-package" in mime
    for key in ("Categories", "MimeType", "Keywords"):
        assert entry[key].endswith(";")


@pytest.mark.parametrize(
    "line",
    ["PrivilegesRequired=lowest", "PrivilegesRequiredOverridesAllowed=dialog", "AppVersion={#AppVersion}",
     'Name: "dutch"; MessagesFile: "compiler:Languages\\Dutch.isl"', "ChangesAssociations=yes",
     'Subkey: "Software\\Classes\\.vwdb"', 'Subkey: "Software\\Classes\\.vwpakket"'],
)
def test_inno_setup_script(line: str) -> None:
    assert line in ISS.read_text(encoding="utf-8")


def test_inno_setup_registry_is_per_user_capable() -> None:
    registry = [ln for ln in ISS.read_text(encoding="utf-8").splitlines() if ln.startswith("Root:")]
    assert registry
    assert all(ln.startswith("Root: HKA;") for ln in registry)  # HKCU unless installed for all users


def test_inno_setup_icon_exists() -> None:
    text = ISS.read_text(encoding="utf-8")
    icon = next(ln.split("=", 1)[1] for ln in text.splitlines() if ln.startswith("SetupIconFile="))
    assert (INSTALLER / icon.replace("\\", "/")).resolve() == ICONS / "verantwoording.ico"


# -- the smoke test's own checks -----------------------------------------------------------------


def test_smoke_checks_accept_the_sample_and_reject_a_short_text(tmp_path: Path) -> None:
    build = _load_build_script()
    assert "13 times" in build.check_txt(ROOT / "resources/examples/almelo-2022-programmaverantwoording.txt")
    short = tmp_path / "short.txt"
    short.write_text("Uitvoering in 2022:\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="expected 13"):
        build.check_txt(short)


def test_smoke_checks_read_the_offered_formats() -> None:
    build = _load_build_script()
    help_text = "usage: verantwoording export [-h] [--db PAD] [--format {txt,md,docx,xlsx}]"
    program = build.Program("fake", [], [], {}, ROOT)
    program.run = lambda *args, **kwargs: subprocess.CompletedProcess(args, 0, help_text, "")
    assert build.offered_formats(program) == ("txt", "md", "docx", "xlsx")


# -- the real build (slow, opt-in) ---------------------------------------------------------------


def _slow_selected(config: pytest.Config) -> bool:
    if os.environ.get("VERANTWOORDING_RUN_SLOW", "").strip() not in ("", "0"):
        return True
    markexpr = str(config.getoption("markexpr", default="") or "")
    return "slow" in markexpr and "not slow" not in markexpr


def _ensure_pyinstaller() -> str | None:
    """None when PyInstaller is importable (installing it if needed), else the reason it is not."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return None
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller"],
                            capture_output=True, text=True, timeout=300, check=False)
    if result.returncode != 0:
        return f"PyInstaller is not installed and 'pip install pyinstaller' failed: {result.stderr.strip()[-300:]}"
    return None


REQUIRE_BUILD = "VERANTWOORDING_REQUIRE_BUILD"
"""Set by CI (.ci/run): the build must run; PyInstaller missing is a failure, not a skip."""


def _cannot_build(reason: str) -> None:
    """Skip locally; fail where the build is required (CI must never be green without an installer)."""
    if os.environ.get(REQUIRE_BUILD, "").strip() not in ("", "0"):
        pytest.fail(f"the installer build is required here ({REQUIRE_BUILD}=1) but cannot run: {reason}")
    pytest.skip(reason)


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_build_and_smoke_test(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    if not _slow_selected(request.config):
        _cannot_build("slow installer build: run with VERANTWOORDING_RUN_SLOW=1 or 'pytest -m slow'")
    reason = _ensure_pyinstaller()
    if reason:
        _cannot_build(reason)
    env = {k: v for k, v in os.environ.items() if k != "VERANTWOORDING_DATA_DIR"}
    result = subprocess.run(
        [sys.executable, str(INSTALLER / "build.py"), "--dist", str(tmp_path / "dist"), "--work",
         str(tmp_path / "work"), "--runs", "1", "--no-installer", "--json", str(tmp_path / "smoke.json")],
        capture_output=True, text=True, timeout=1100, check=False, cwd=ROOT, env=env,
    )
    output = result.stdout[-6000:] + result.stderr[-3000:]
    assert result.returncode == 0, output
    assert "0 failed" in result.stdout, output


def test_spec_bundles_the_hunspell_library(spec_run: dict[str, Any]) -> None:
    libraries = [(Path(src).name, dest) for src, dest in spec_run["analysis"].kwargs["binaries"]]
    assert any(name.startswith(("libhunspell", "hunspell")) and dest == "hunspell" for name, dest in libraries)


def test_a_required_build_fails_instead_of_skipping(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(REQUIRE_BUILD, "1")
    with pytest.raises(pytest.fail.Exception, match="required"):
        _cannot_build("PyInstaller is not installed")
    monkeypatch.delenv(REQUIRE_BUILD)
    with pytest.raises(pytest.skip.Exception):
        _cannot_build("PyInstaller is not installed")


def test_ci_requires_the_build_and_checks_it_ran() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"{REQUIRE_BUILD}=1" in script
    assert "-k build_and_smoke" in script
    assert "--junitxml" in script
    assert "ci_check_junit" in script  # the report must show the build test passed, not skipped


@pytest.mark.parametrize(("body", "code"), [
    ('<testcase name="test_build_and_smoke_test"/>', 0),
    ('<testcase name="test_build_and_smoke_test"><skipped message="no PyInstaller"/></testcase>', 1),
    ('<testcase name="test_build_and_smoke_test"><failure message="x"/></testcase>', 1),
    ('<testcase name="other"/>', 1),
])
def test_ci_junit_check(tmp_path: Path, body: str, code: int) -> None:
    report = tmp_path / "build.xml"
    report.write_text(f'<testsuites><testsuite name="pytest">{body}</testsuite></testsuites>', encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / ".ci" / "ci_check_junit.py"), str(report),
                             "test_build_and_smoke_test"], capture_output=True, text=True, check=False)
    assert result.returncode == code, result.stderr
