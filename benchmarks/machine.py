"""What the suite ran on: cores, CPU, memory, load and the versions that matter."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from datetime import UTC, datetime

from benchmarks.harness import REPO


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    return f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=REPO, capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def describe() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    import PySide6
    import sqlcipher3.dbapi2 as sqlcipher
    from PySide6.QtCore import qVersion

    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA key = 'version probe'")  # the provider answers once keyed
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        provider = (conn.execute("PRAGMA cipher_provider_version").fetchone() or ["?"])[0]
    finally:
        conn.close()

    def pkg(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "not installed"

    commit = _git("rev-parse", "--short", "HEAD")
    dirty = _git("status", "--porcelain", "--untracked-files=no")
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": str(os.cpu_count()),
        "CPU": _cpu_model(),
        "memory": _memory(),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": sys.version.split()[0],
        "Qt": f"{qVersion()} (PySide6 {PySide6.__version__})",
        "SQLCipher": f"{cipher} (SQLite {sqlcipher.sqlite_version}, {provider})",
        "SQLAlchemy": pkg("SQLAlchemy"),
        "pyqtgraph": pkg("pyqtgraph"),
        "cryptography": pkg("cryptography"),
        "keyring": pkg("keyring"),
        "app commit": (commit + (" + uncommitted changes" if dirty else "")) or "unknown",
    }
