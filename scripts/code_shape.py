"""Report modules, classes and functions over the size the style guide asks for.

    python scripts/code_shape.py          # exit 1 if any module is over 500 lines

Classes over about 400 lines and functions over about 60 are listed as hints: layout
built in one long method may be fine; a module over 500 lines is not.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "wellbeing_desktop"
MODULE_LINES = 500
CLASS_LINES = 400
FUNCTION_LINES = 60


def main() -> int:
    too_long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        name = path.relative_to(PACKAGE.parent)
        lines = source.count("\n")
        if lines > MODULE_LINES:
            too_long.append(f"{name}: {lines} lines (module)")
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            size = (node.end_lineno or node.lineno) - node.lineno + 1
            if isinstance(node, ast.ClassDef) and size > CLASS_LINES:
                print(f"hint: {name}:{node.lineno} class {node.name}: {size} lines")
            elif not isinstance(node, ast.ClassDef) and size > FUNCTION_LINES:
                print(f"hint: {name}:{node.lineno} {node.name}(): {size} lines")
    for line in too_long:
        print(line)
    return 1 if too_long else 0


if __name__ == "__main__":
    sys.exit(main())
