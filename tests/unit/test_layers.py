"""The layers import only downwards (developers' guide, STYLE.md §4).

The rules are `import-linter` contracts in pyproject.toml ([tool.importlinter]): the
layers (domain → files, paths → logs, autostart → security, storage → services →
reports → ui → app → cli), a pure domain, the database library only in storage and
services, security only through services, Qt only in ui/ and the report renderers. This
runs them, and fails on a module that no layer lists: an unlisted module is an error.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "wellbeing_desktop"
CONFIG: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
    "tool"
]["importlinter"]


def _lint_imports() -> str:
    beside = Path(sys.executable).with_name("lint-imports")
    found = str(beside) if beside.exists() else shutil.which("lint-imports")
    assert found, "lint-imports is missing: install the test extra (pip install -e '.[test]')"
    return found


def _modules() -> list[str]:
    """Every module of the package, dotted (a package by its own name)."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def _layer_names() -> set[str]:
    (layers,) = [c for c in CONFIG["contracts"] if c["type"] == "layers"]
    assert layers["containers"] == ["wellbeing_desktop"]
    names = set()
    for layer in layers["layers"]:
        for name in re.split(r"[|:]", layer):
            names.add(f"wellbeing_desktop.{name.strip().strip('()')}")
    return names


def test_the_import_contracts_hold() -> None:
    result = subprocess.run(
        [_lint_imports(), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def test_every_module_is_in_a_layer() -> None:
    layers = _layer_names()
    # The package's own __init__ holds its version and name only: the container of the
    # layers, below them all.
    unlisted = [
        name
        for name in _modules()
        if name != "wellbeing_desktop"
        and not any(name == layer or name.startswith(f"{layer}.") for layer in layers)
    ]
    assert unlisted == [], f"modules in no layer of [tool.importlinter]: {unlisted}"


def test_the_forbidden_contracts_name_every_module() -> None:
    """The forbidden contracts check every module.

    Besides the domain's own, each holds all of ``wellbeing_desktop`` and lists only
    the importers that may: a new module needs no entry to be checked.
    """
    forbidden = [c for c in CONFIG["contracts"] if c["type"] == "forbidden"]
    assert len(forbidden) >= 5
    for contract in forbidden:
        if contract["source_modules"] != ["wellbeing_desktop.domain"]:
            assert contract["source_modules"] == ["wellbeing_desktop.*"], contract["name"]
