"""When the app's key derivation ends: ``keyfile.unlock_with_passphrase`` watched, not replaced.

``install()`` puts an import hook in place: when the app imports
``wellbeing_desktop.security.keyfile`` (wherever, whenever it does), the module's
``unlock_with_passphrase`` is wrapped so that each return (or raise) appends
``time.monotonic()`` to ``DERIVED`` and stamps ``key_derived``. The module is not imported
ahead of the app (that would move its import cost out of the app's start).
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from typing import Any

from paintwatch import stamp

KEYFILE = "wellbeing_desktop.security.keyfile"
DERIVED: list[float] = []  # the moments the app's key derivations ended


class _WatchKeyFile(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != KEYFILE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        run = loader.exec_module  # type: ignore[union-attr]

        def exec_module(module: Any) -> None:
            run(module)
            unlock = module.unlock_with_passphrase

            def watched(*args: Any, **kwargs: Any) -> Any:
                try:
                    return unlock(*args, **kwargs)
                finally:
                    DERIVED.append(stamp("key_derived"))

            module.unlock_with_passphrase = watched

        loader.exec_module = exec_module  # type: ignore[method-assign,union-attr]
        return spec


def install() -> None:
    if KEYFILE in sys.modules:
        raise RuntimeError(f"{KEYFILE} was imported before the watch was installed")
    sys.meta_path.insert(0, _WatchKeyFile())
