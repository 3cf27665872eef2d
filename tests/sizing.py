"""How big the long-running tests are: short by default, long with WELLBEING_LONG_TESTS=1.

``./scripts/test`` runs the short version of every stress loop and ten-year check, with
the same assertions on fewer iterations, days or cases; ``.ci/run`` runs them again with
``WELLBEING_LONG_TESTS=1`` (the figures in the issues and the README's "Evidence" come
from that long run). A test that only makes sense long is marked :data:`long_only`.
"""

from __future__ import annotations

import os

import pytest

LONG_ENV = "WELLBEING_LONG_TESTS"


def long_run() -> bool:
    """True when WELLBEING_LONG_TESTS is set to anything but "" or "0"."""
    return os.environ.get(LONG_ENV, "") not in ("", "0")


def sized(default: int, long: int) -> int:
    """``default`` normally, ``long`` with WELLBEING_LONG_TESTS=1."""
    return long if long_run() else default


long_only = pytest.mark.skipif(
    not long_run(), reason="WELLBEING_LONG_TESTS=1 only (.ci/run runs it)"
)
