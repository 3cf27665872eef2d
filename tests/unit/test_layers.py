"""The layers import only downwards (developers' guide, STYLE.md §4).

domain → security, storage → services → ui, cli, reports; only ui imports Qt.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "wellbeing_desktop"

# For each layer: the project packages it may import (besides itself).
ALLOWED = {
    "domain": set(),
    "files": set(),
    "paths": set(),
    # Start at login (an XDG autostart file); pure Python, used by the settings view.
    "autostart": {"files", "paths"},
    # Where log lines go (events only); any layer may log through the logging module.
    "logs": {"files"},
    "security": {"domain", "files"},
    "storage": {"domain", "files"},
    "services": {"domain", "security", "storage", "files", "paths"},
    "reports": {"domain", "services", "files"},
    "ui": {"domain", "services", "security", "files", "paths", "reports", "autostart"},
    # The command-line package; security: only to switch core dumps off first thing
    # (process_hardening); reports: the report command's (Qt) renderers, lazily; app: the
    # GUI when no command is given.
    "cli": {"domain", "services", "files", "paths", "app", "logs", "security", "reports"},
    "app": {"domain", "services", "paths", "ui", "security", "logs"},
}
QT_ALLOWED = {"ui", "reports", "app"}
EXCEPTIONS: set[tuple[str, str]] = set()


def _layer(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0].removesuffix(".py") if len(relative.parts) > 1 else relative.stem


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if _layer(p) in ALLOWED)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_downwards(path: Path) -> None:
    layer = _layer(path)
    for name in _imports(path):
        parts = name.split(".")
        if parts[0] == "wellbeing_desktop" and len(parts) > 1:
            target = parts[1]
            if (str(path.relative_to(PACKAGE)), name) in EXCEPTIONS:
                continue
            assert target == layer or target in ALLOWED[layer], f"{layer} imports {name}"
        if parts[0] in {"PySide6", "pyqtgraph"}:
            assert layer in QT_ALLOWED, f"{layer} imports {name}"
        if layer == "domain":
            assert parts[0] not in {"sqlalchemy", "sqlcipher3", "alembic", "keyring"}, name
