"""``pyside_imports.install`` also drops the sources PySide6 read before it (issue 20: memory).

PySide6's own source test reads the file of every module named by an import statement
run after ``import PySide6`` into ``linecache``; what it read before ``install`` replaced
the test is dropped then, lines registered by code itself (no file) are kept.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import json, linecache, sys
import PySide6.QtCore
import email.message, json.decoder  # read by PySide6's test: imported after PySide6
linecache.cache["<generated s20>"] = (3, None, ["x = 1\\n"], "<generated s20>")
before = sorted(linecache.cache)
from wellbeing_desktop.ui.common import pyside_imports
installed = pyside_imports.install()
print(json.dumps({"installed": installed, "before": before, "after": sorted(linecache.cache)}))
"""


def test_install_drops_the_sources_pyside6_read_before_it() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True
    )
    report = json.loads(done.stdout)
    assert report["installed"]
    assert any(os.sep + "email" + os.sep in name for name in report["before"])
    assert report["after"] == ["<generated s20>"]  # registered by code: kept
