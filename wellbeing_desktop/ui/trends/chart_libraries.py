"""numpy and pyqtgraph imported once, without a full garbage collection on the way.

Importing the charts' libraries makes a few hundred thousand objects that live as long
as the process. Made under the collector's usual thresholds, they set off a full
collection in the middle of the import (about 50 ms on a 10-year journal's process),
and they stay in the oldest generation, where every later full collection walks them
again: ten years "by day" allocate enough to set one off (60–70 ms) in the middle of the
switch. So the import runs with the collector paused, and then everything the process
holds by then (its modules, the shell, the views built so far) is moved to the
permanent generation (``gc.freeze``): later collections walk only what was made after,
such as the Trends view's numbers. The collector stays on; cycles made later are still
collected. What was garbage at the moment of the freeze (after a collection of the young
generations) is never freed: a one-off, small amount.
"""

from __future__ import annotations

import gc
import sys
import threading
from importlib import import_module

# What the charts import first and costs the most; third-party only, so an import on
# the GUI thread meanwhile simply waits for the worker's (no cycle through our modules).
MODULES = ("numpy", "pyqtgraph")

_lock = threading.Lock()
_frozen = False


def loaded() -> bool:
    """Whether the libraries are imported and the objects held then frozen."""
    return _frozen


def import_chart_libraries() -> None:
    """Import numpy and pyqtgraph (once per process), then freeze what the process holds.

    Safe from any thread; a second caller waits for the first one's import.
    """
    global _frozen
    if loaded():
        return
    with _lock:
        if loaded():  # another thread's import ended while this one waited
            return
        # pyqtgraph's copy of PySide6's modules made as used, not all ~720 classes now.
        from wellbeing_desktop.ui.trends import qt_mirror

        qt_mirror.install()
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            for name in MODULES:
                if name not in sys.modules:
                    import_module(name)
        finally:
            if was_enabled:
                gc.enable()
        qt_mirror.make_used_names()
        gc.collect(1)  # the young generations' garbage is not frozen with the rest
        gc.freeze()
        _frozen = True
