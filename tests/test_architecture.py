"""Imports point one way: ui → services → storage, formats → domain."""

from __future__ import annotations

import ast
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
FORBIDDEN_THIRD_PARTY = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "openpyxl", "docx"),
    "formats": ("PySide6", "sqlalchemy", "alembic"),
    "storage": ("PySide6",),
    "services": ("PySide6.QtWidgets",),
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = path.relative_to(PACKAGE).parts[:-1]
                base = list(parts[: len(parts) - node.level + 1])
                names.append(".".join(["verantwoording_app", *base, *(node.module.split(".") if node.module else [])]))
            elif node.module:
                names.append(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    violations = []
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "verantwoording_app" and len(parts) > 1 and parts[1] in LAYERS:
                target = parts[1]
                if target != layer and target not in LAYERS[layer]:
                    violations.append(f"{path.relative_to(PACKAGE)} imports {name}")
            for forbidden in FORBIDDEN_THIRD_PARTY.get(layer, ()):
                if name == forbidden or name.startswith(forbidden + "."):
                    violations.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert violations == []
