"""The CLI package has no import cycle.

The CLI package has no import cycle: the command modules share ``unlock``, ``output``,
``calendar_output``, ``search_output``, ``speech`` (the words) and ``safe_text`` only,
and only ``entry`` reaches the command modules (by name, when a command runs).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "wellbeing_desktop" / "cli"
SHARED = {
    "unlock",
    "output",
    "parser",
    "pulse_parser",  # pulse's part of the parser
    "import_parser",  # import's part of the parser
    "calendar_output",
    "search_output",
    "show_output",  # show's day line (the quick path and the ordinary one)
    "quick_read",  # show and search on the quick path (only entry imports it)
    "quick_args",  # show and search read without the parser (only entry imports it)
    "arguments",  # option values as numbers, search's query and limit (quick path too)
    "quick_log",  # log on the quick path (only entry imports it)
    "speech",
    "safe_text",
}


def _cli_imports(path: Path) -> set[str]:
    """The modules of wellbeing_desktop.cli that ``path`` imports (anywhere in it)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module]
            if node.module == "wellbeing_desktop.cli":
                modules += [f"wellbeing_desktop.cli.{alias.name}" for alias in node.names]
        for module in modules:
            parts = module.split(".")
            if parts[:2] == ["wellbeing_desktop", "cli"]:
                names.add(parts[2] if len(parts) > 2 else "__init__")
    return names


def test_the_cli_modules_import_each_other_without_a_cycle() -> None:
    graph = {p.stem: _cli_imports(p) - {p.stem} for p in PACKAGE.glob("*.py")}
    assert graph["__init__"] == {"entry"}
    assert graph["entry"] == {
        "parser",
        "quick_args",
        "quick_read",
        "quick_log",
        "speech",
        "safe_text",
    }
    for shared in SHARED:
        assert graph[shared] <= SHARED - {"parser"} - {shared}, shared
    for name, imported in graph.items():
        if name.endswith("_commands"):
            assert imported <= SHARED - {"parser"}, name


def test_every_command_names_a_function_of_its_module() -> None:
    from wellbeing_desktop.cli import entry
    from wellbeing_desktop.cli.parser import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert commands is not None
    assert set(commands) == set(entry.COMMANDS)
    for name in entry.COMMANDS:
        assert callable(entry.command_function(name)), name
