"""A real Secret Service for the keyring figures: gnome-keyring on a private D-Bus session.

When the suite is not on a session bus (CI, a shell without a desktop), it runs itself
again under ``dbus-run-session`` with a throw-away HOME and an unlocked gnome-keyring
that holds only the secrets component, as ``scripts/test`` does for the keyring tests.
On an existing session bus it uses that bus's keyring (``--private-keyring`` forces a
private one); it then removes the two entries it made when it is done.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from typing import TYPE_CHECKING

from benchmarks.harness import REPO, say

if TYPE_CHECKING:
    from collections.abc import Sequence

MARKER = "LEADERPULSE_BENCH_PRIVATE_SESSION"
_START = (
    'printf "%s" "throwaway-benchmark-keyring" '
    "| gnome-keyring-daemon --unlock --components=secrets >/dev/null "
    '&& exec "$@"'
)


def inside_private_session() -> bool:
    return os.environ.get(MARKER) == "1"


def wanted(force_private: bool) -> bool:
    """Whether to start a private session now (before measuring anything)."""
    if inside_private_session():
        return False
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        return False
    return force_private or not os.environ.get("DBUS_SESSION_BUS_ADDRESS")


def run_inside(argv: Sequence[str]) -> int:
    """Run ``python -m benchmarks ARGV`` in a private session; its exit code."""
    home = tempfile.mkdtemp(prefix="leaderpulse-bench-home-")
    env = dict(os.environ)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        env.pop(name, None)
    env.update({"HOME": home, MARKER: "1"})
    say(f"(a private D-Bus session with gnome-keyring, HOME={home})")
    try:
        return subprocess.call(
            ["dbus-run-session", "--", "sh", "-c", _START, "sh",
             sys.executable, "-m", "benchmarks", *argv],
            env=env, cwd=REPO,
        )  # fmt: skip
    finally:
        shutil.rmtree(home, ignore_errors=True)


def keyring_problem() -> str | None:
    """None when a real Secret Service answers, else why the keyring rows are skipped."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session (install dbus and gnome-keyring)"
    from wellbeing_desktop.security.keyring_store import KeyringStore

    reason = KeyringStore().availability()
    if reason is not None:
        return reason
    # A round trip, as the CLI will make it.
    store = KeyringStore(service="wellbeing-desktop-benchmark-probe")
    try:
        store.remember("probe", b"\0" * 32)
        store.forget("probe")
    except Exception as exc:  # noqa: BLE001 - any failure means "no usable keyring"
        return f"the keyring does not answer ({type(exc).__name__})"
    return None
