"""pyqtgraph's copies of PySide6's modules, made as they are used instead of all at once.

``pyqtgraph.Qt`` keeps its own "mirror" of ``QtCore``, ``QtGui`` and ``QtWidgets`` and
fills it, on import, with every name of PySide6's modules (``_copy_attrs``: ``dir`` then
``getattr`` on each). PySide6 (6.8 and later) makes a class the first time it is asked
for, so that copy makes all ~720 classes of the three modules, used or not: most of the
charts' import time on the first show of Trends (~100-300 ms on two cores) and several
MiB that stay. ``install`` has the mirror forward each name to PySide6's module when it
is first asked for: the same objects (every class is PySide6's own), made when used.

It does so without touching pyqtgraph's files: a finder in front of the others hands
``pyqtgraph.Qt`` to its usual loader, with one name added to the module while it runs: a
``dir`` that, asked for one of the three PySide6 modules, gives the mirror a module
``__getattr__`` (PEP 562) that forwards to it and answers "no names", so nothing is
copied ahead; any other ``dir`` is the built-in one. The finder removes itself once
``pyqtgraph.Qt`` is made. If pyqtgraph is imported before ``install``, or its module no
longer asks ``dir`` of PySide6's modules, nothing changes: the eager copy, as before.
"""

from __future__ import annotations

import builtins
import sys
from importlib.abc import Loader, MetaPathFinder
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType

TARGET = "pyqtgraph.Qt"
_MIRRORED = ("QtCore", "QtGui", "QtWidgets")
# What pyqtgraph asks its mirror for, and the charts' modules import from PySide6, as the
# charts are first built and painted (pyqtgraph 0.14): made with the import, which may
# run in idle time, not by the first show's first chart. A name another version lacks is
# skipped; one not listed is made when first used. QtWidgets is made whole: a widget or
# graphics item handed to Python has PySide6 make every class it could be (~60 of them).
CHART_NAMES = {
    "QtCore": (
        "Qt", "QRectF", "QCoreApplication", "QSize", "QSizeF", "QPointF", "QLineF", "QLine",
        "QAbstractTableModel", "QBuffer", "QByteArray", "QIODevice", "QModelIndex",
        "QPersistentModelIndex", "QDate", "QTime", "QLibraryInfo", "QResource", "QTranslator",
    ),
    "QtGui": (
        "QPalette", "QBrush", "QColor", "QAction", "QPen", "QPainter", "QGuiApplication",
        "QTransform", "QPicture", "QPainterPath", "QFocusEvent", "QFont", "QFontMetricsF",
        "QImage", "QKeyEvent", "QPolygonF", "QWheelEvent", "QCursor", "QGradient", "QIcon",
        "QResizeEvent", "QRgba64", "QScreen", "QTextCharFormat", "QTextFormat",
    ),
}  # fmt: skip
WHOLE = "QtWidgets"


def install() -> bool:
    """Put the finder in front (once, before pyqtgraph is imported); True if it is there."""
    if TARGET in sys.modules:
        return False  # imported already: its mirror is full
    if not any(isinstance(finder, _MirrorFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _MirrorFinder())
    return True


def forward_to(source: ModuleType, mirror: ModuleType) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``mirror`` that answers with ``source``'s attribute.

    The answer is kept in ``mirror`` too: the next use of the name (pyqtgraph's paint
    code asks for ``QtCore.QPointF`` and the like all the time) is a plain lookup.
    """

    def __getattr__(name: str) -> Any:  # noqa: N807 (the name PEP 562 asks for)
        value = getattr(source, name)
        setattr(mirror, name, value)
        return value

    return __getattr__


def make_used_names() -> None:
    """Have the mirror make the classes the charts use when first built and painted.

    Called right after the import (which may run in idle time, in a worker): without
    it, the first chart of the first show would make them (~10 ms of CPU).
    """
    wanted = dict(CHART_NAMES)
    whole = sys.modules.get(f"PySide6.{WHOLE}")
    if whole is not None:
        wanted[WHOLE] = tuple(builtins.dir(whole))
    for short, names in wanted.items():
        mirror = sys.modules.get(f"{TARGET}.{short}")
        if mirror is not None and "__getattr__" in vars(mirror):
            for name in names:
                getattr(mirror, name, None)


def _mirror_dir(*args: Any) -> list[str]:
    """``dir`` as ``pyqtgraph.Qt`` sees it while it runs (see the module's docstring)."""
    if len(args) == 1:
        (source,) = args
        for short in _MIRRORED:
            pyside = sys.modules.get(f"PySide6.{short}")
            if pyside is not None and source is pyside:
                mirror = sys.modules.get(f"{TARGET}.{short}")
                if mirror is None:
                    break  # not the mirror this was written for: copy as before
                mirror.__getattr__ = forward_to(pyside, mirror)  # type: ignore[method-assign]
                return []
        return builtins.dir(source)
    if args:
        return builtins.dir(*args)
    raise TypeError("dir() without an argument is not used by pyqtgraph.Qt")


class _MirrorLoader(Loader):
    """``pyqtgraph.Qt``'s own loader, with ``_mirror_dir`` in its module while it runs."""

    def __init__(self, loader: Loader) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        module.__dict__["dir"] = _mirror_dir
        try:
            self._loader.exec_module(module)
        finally:
            module.__dict__.pop("dir", None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loader, name)  # resources, source, ... as the loader has them


class _MirrorFinder(MetaPathFinder):
    """Finds ``pyqtgraph.Qt`` through the finders behind it, and wraps its loader."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != TARGET:
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)  # once: the module is made only once
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec = find(fullname, path, target) if find is not None else None
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _MirrorLoader(spec.loader)
                return spec  # type: ignore[no-any-return]
        return None
