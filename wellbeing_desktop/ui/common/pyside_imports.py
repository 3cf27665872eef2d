"""Imports after PySide6 without PySide6 keeping every module's source in memory.

PySide6 looks at each module imported after it for the text "PySide6" (to know which
modules may switch on its ``__feature__`` options, PYSIDE-2029). It does that with
``inspect.getsource``, which reads the file through ``linecache`` and keeps its lines for
the life of the process: tens of MiB for SQLAlchemy, numpy and pyqtgraph, and time on
every import. ``install`` swaps that test for one that reads the file once and keeps
nothing; the answer is the same. If PySide6 no longer has the hook, nothing changes.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

_HOOK_MODULE = "shibokensupport.feature"
_HOOK = "_mod_uses_pyside"


def install() -> bool:
    """Replace PySide6's source test (once PySide6 is imported); True if it is in place."""
    feature = sys.modules.get(_HOOK_MODULE)
    if feature is None or not callable(getattr(feature, _HOOK, None)):
        return False
    setattr(feature, _HOOK, uses_pyside)
    return True


def uses_pyside(module: ModuleType) -> bool:
    """Whether the module's source file names PySide6 (False without a source file)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False
