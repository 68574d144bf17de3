"""Imports point one way: ui → services → storage, formats → domain; app.py and cli.py on top.

Every way of importing counts: ``import x``, ``from x import y``, ``from .. import storage``
(a package imported by name), and ``importlib.import_module("…")`` (the module names written as
strings in a module that imports dynamically).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "verantwoording_app"
LAYERS = {
    "domain": set(),
    "formats": {"domain"},
    "storage": {"domain"},
    "services": {"domain", "formats", "storage"},
    "ui": {"domain", "services", "formats"},
}
TOP = {
    "app": {"domain", "formats", "services", "ui"},
    "cli": {"domain", "formats", "services"},
}
"""The two entry points: only they may import each other's layers (nothing imports them)."""
ENTRY_POINTS = {"app", "cli", "__main__"}
NAMED_EXCEPTIONS = {
    ("cli", "verantwoording_app.storage.diagnose"),  # damage advice when a database cannot be opened
}
"""(module, imported name) allowed beyond the rule, each with its reason."""
FORBIDDEN_THIRD_PARTY = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "openpyxl", "docx"),
    "formats": ("PySide6", "sqlalchemy", "alembic"),
    "storage": ("PySide6",),
    "services": ("PySide6.QtWidgets", "PySide6.QtGui"),
    "cli": ("PySide6",),
}
_MODULE_NAME = re.compile(r"verantwoording_app(\.[A-Za-z_][A-Za-z0-9_]*)+")


def _package_of(path: Path) -> list[str]:
    return ["verantwoording_app", *path.relative_to(PACKAGE).parts[:-1]]


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    dynamic = False
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = _package_of(path)
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, *(node.module.split(".") if node.module else [])])
                names.append(module)
                names += [f"{module}.{alias.name}" for alias in node.names]  # `from .. import storage`
            elif node.module:
                names.append(node.module)
                names += [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if called in ("import_module", "__import__"):
                dynamic = True
                if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                    names.append(node.args[0].value)
    if dynamic:  # the names may sit in constants elsewhere in the module: count every module-like string
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _MODULE_NAME.fullmatch(node.value):
                names.append(node.value)
    return names


def _violations(path: Path, layer: str, allowed: set[str]) -> list[str]:
    found = []
    for name in _imports(path):
        parts = name.split(".")
        if parts[0] == "verantwoording_app" and len(parts) > 1:
            target = parts[1]
            if (layer, name) in NAMED_EXCEPTIONS or (layer, ".".join(parts[:3])) in NAMED_EXCEPTIONS:
                continue
            if target in ENTRY_POINTS and target != layer:
                found.append(f"{path.relative_to(PACKAGE)} imports the entry point {name}")
            elif target in LAYERS and target != layer and target not in allowed:
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
        for forbidden in FORBIDDEN_THIRD_PARTY.get(layer, ()):
            if name == forbidden or name.startswith(forbidden + "."):
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return sorted(set(found))


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    violations = []
    for path in (PACKAGE / layer).rglob("*.py"):
        violations += _violations(path, layer, LAYERS[layer])
    assert violations == []


@pytest.mark.parametrize("entry", sorted(TOP))
def test_entry_points_import_only_what_they_may(entry: str) -> None:
    assert _violations(PACKAGE / f"{entry}.py", entry, TOP[entry]) == []


@pytest.mark.parametrize(("source", "layer", "caught"), [
    ("from .. import storage\n", "services", False),
    ("from .. import storage\n", "domain", True),
    ("from ..storage import store\n", "formats", True),
    ("import importlib\nimportlib.import_module('verantwoording_app.storage.store')\n", "domain", True),
    ("import importlib\nNAMES = ('verantwoording_app.ui.main_window',)\n"
     "for n in NAMES:\n    importlib.import_module(n)\n", "services", True),
    ("from .. import cli\n", "services", True),
    ("from ..app import main\n", "ui", True),
    ("from PySide6.QtGui import QColor\n", "services", True),
    ("from PySide6.QtCore import QObject\n", "services", False),
    ("from ..domain import model\n", "storage", False),
])
def test_the_scanner_catches_every_way_of_importing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str,
                                                    layer: str, caught: bool) -> None:
    """The guard itself can fail: each way of crossing a layer is caught (and allowed imports are not)."""
    fake = tmp_path / "verantwoording_app"
    (fake / layer).mkdir(parents=True)
    module = fake / layer / "probe.py"
    module.write_text(source, encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["PACKAGE"]), "PACKAGE", fake)
    assert bool(_violations(module, layer, LAYERS[layer])) is caught


STORE_NAMES = {"store", "_store"}
"""The Workspace's store is private: only services reach it."""


def _store_reaches(path: Path) -> list[str]:
    """``x.store`` / ``x._store`` (or ``getattr(x, "_store")``) in a module outside services/."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        name = None
        if isinstance(node, ast.Attribute) and node.attr in STORE_NAMES:
            name = node.attr
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("getattr", "setattr")
              and len(node.args) > 1 and isinstance(node.args[1], ast.Constant) and node.args[1].value in STORE_NAMES):
            name = str(node.args[1].value)
        if name is not None:
            found.append(f"{path.relative_to(PACKAGE)}:{getattr(node, 'lineno', 0)} reaches .{name}")
    return found


def _callers_of_services() -> list[Path]:
    """ui/, app.py and the command line (cli.py, cli_*.py): they call services, never the store."""
    return sorted([*(PACKAGE / "ui").rglob("*.py"), PACKAGE / "app.py", *PACKAGE.glob("cli*.py")])


def test_ui_and_cli_never_reach_the_store() -> None:
    reaches = [reach for path in _callers_of_services() for reach in _store_reaches(path)]
    assert reaches == []


@pytest.mark.parametrize(("source", "caught"), [
    ("workspace.store.people()\n", True),
    ("self.workspace._store.snapshots()\n", True),
    ("getattr(workspace, '_store')\n", True),
    ("workspace.people()\n", False),
    ("service.chapter_store(workspace)\n", False),
])
def test_the_store_guard_can_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str,
                                  caught: bool) -> None:
    fake = tmp_path / "verantwoording_app"
    (fake / "ui").mkdir(parents=True)
    module = fake / "ui" / "probe.py"
    module.write_text(source, encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["PACKAGE"]), "PACKAGE", fake)
    assert bool(_store_reaches(module)) is caught
