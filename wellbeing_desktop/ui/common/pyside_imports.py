"""Imports after PySide6 without PySide6 keeping every module's source in memory.

PySide6 looks at each module imported after it for the text "PySide6" (to know which
modules may switch on its ``__feature__`` options, PYSIDE-2029). It does that with
``inspect.getsource``, which reads the file through ``linecache`` and keeps its lines for
the life of the process: tens of MiB for SQLAlchemy, numpy and pyqtgraph, and time on
every import. ``install`` swaps that test for one that reads the file once and keeps
nothing; the answer is the same. If PySide6 no longer has the hook, nothing changes.
What PySide6 read before the swap (its own modules, and those of every import statement
run between ``import PySide6`` and ``install``) is dropped from ``linecache`` then.

The hook is a PySide6 internal, not an API: ``install`` replaces it only on the PySide6
versions it was written and checked for (``WRITTEN_FOR``). On any other version it leaves
PySide6 alone (the app works the same, it only keeps more memory) until someone checks
that ``shibokensupport.feature._mod_uses_pyside`` still takes a module and answers with a
bool, and widens the range.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

_HOOK_MODULE = "shibokensupport.feature"
_HOOK = "_mod_uses_pyside"
# The PySide6 minor versions (inclusive) whose hook this replacement was checked against:
# the project's lowest supported version (pyproject.toml) to the one it is built with.
WRITTEN_FOR = ((6, 7), (6, 11))


def _pyside_version() -> tuple[int, int] | None:
    pyside = sys.modules.get("PySide6")
    info = getattr(pyside, "__version_info__", None)
    if not isinstance(info, tuple) or len(info) < 2:
        return None
    return int(info[0]), int(info[1])


def install() -> bool:
    """Replace PySide6's source test (once PySide6 is imported); True if it is in place."""
    version = _pyside_version()
    lowest, highest = WRITTEN_FOR
    if version is None or not lowest <= version <= highest:
        return False  # another PySide6: its internals were not checked (see above)
    feature = sys.modules.get(_HOOK_MODULE)
    if feature is None or not callable(getattr(feature, _HOOK, None)):
        return False
    setattr(feature, _HOOK, uses_pyside)
    _forget_read_sources()
    return True


def _forget_read_sources() -> None:
    """Drop the source files ``linecache`` holds (read again if a traceback needs them).

    Only files read from disk (their entry has a modification time); lines that code
    registered itself (generated code, no file to read them from again) stay.
    """
    import linecache  # already imported by PySide6's own test

    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:
            linecache.cache.pop(name, None)


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
