"""No network (issue 6, S15): the CLI and the GUI open no socket but local Unix ones.

The probe (tests/security/network_probe.py) runs the CLI commands and the whole GUI in one
child process. Every socket the Python side makes is seen by an audit hook; Qt's sockets
(made in C) are matched against the kernel's socket tables while the GUI runs; and where
``strace`` works, every ``socket(2)`` call of the process and its threads is listed too.
The child is pointed at a private D-Bus daemon, so the D-Bus connections (screen-lock
watcher, keyring) really are made and show up as the Unix sockets they are.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest

from tests.dbus_bus import private_bus
from tests.reliability.support import PASSPHRASE, REPO_ROOT, record_figures

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]
TIMEOUT = 180


@contextlib.contextmanager
def _bus_if_any() -> Iterator[str | None]:
    if shutil.which("dbus-daemon") is None:
        yield None
        return
    with private_bus() as address:
        yield address


def _strace_works() -> bool:
    strace = shutil.which("strace")
    if strace is None:
        return False
    probe = subprocess.run(
        [strace, "-f", "-qq", "-e", "trace=socket", "-o", os.devnull, "true"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def _run_probe(tmp_path: Path, bus: str | None, strace_log: Path | None) -> dict[str, Any]:
    passphrase_file = tmp_path / "passphrase"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    report = tmp_path / "report.json"
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    env.pop("PYTHON_KEYRING_BACKEND", None)  # the real keyring lookup, over D-Bus if any
    if bus is not None:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus
        env["DBUS_SYSTEM_BUS_ADDRESS"] = bus
    command = [
        sys.executable,
        "-m",
        "tests.security.network_probe",
        str(tmp_path / "journal"),
        str(passphrase_file),
        str(report),
    ]
    if strace_log is not None:
        strace = shutil.which("strace")
        assert strace is not None
        command = [strace, "-f", "-qq", "-e", "trace=socket", "-o", str(strace_log), *command]
    done = subprocess.run(
        command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return result


def _check(result: dict[str, Any]) -> dict[str, int]:
    assert all(code == 0 for _name, code in result["cli"]), result["cli"]
    assert result["gui_exit"] == 0
    assert result["gui_steps"][-1] == "lock", result["gui_steps"]

    events = result["events"]
    af_unix = int(socket.AF_UNIX)
    not_local = [e for e in events if "family" in e and e["family"] != af_unix]
    lookups = [e for e in events if "family" not in e]
    running = result["sockets_while_running"]
    assert not_local == []
    assert lookups == []  # no host name was ever looked up
    assert running["network"] == []
    assert running["other"] == []
    assert running["netlink"] == []
    assert running["unix"], "the scan saw no socket at all (the single-instance one is missing)"
    return {
        "python_socket_operations": len(events),
        "unix_sockets_while_running": len(running["unix"]),
        "network_sockets": len(not_local) + len(running["network"]),
        "name_lookups": len(lookups),
    }


def test_cli_and_gui_open_only_local_unix_sockets(tmp_path: Path) -> None:
    use_strace = _strace_works()
    strace_log = tmp_path / "strace.log" if use_strace else None
    with _bus_if_any() as bus:
        result = _run_probe(tmp_path, bus, strace_log)
    figures = _check(result)

    families: dict[str, int] = {}
    if strace_log is not None:
        for family in re.findall(r"socket\((AF_[A-Z0-9_]+|PF_[A-Z0-9_]+)", strace_log.read_text()):
            families[family] = families.get(family, 0) + 1
        assert set(families) <= {"AF_UNIX", "AF_LOCAL", "PF_UNIX", "PF_LOCAL"}, families
    if bus is not None:
        # The D-Bus connections were made, and were Unix sockets like the rest.
        assert (
            any(e.get("event") == "connect" for e in result["events"])
            or len(result["sockets_while_running"]["unix"]) > 1
        )
    record_figures(
        "no_network",
        {
            **figures,
            "d_bus_used": bus is not None,
            "strace_socket_calls": sum(families.values()) if use_strace else None,
            "strace_socket_families": sorted(families) if use_strace else None,
            "cli_commands_run": [name for name, _code in result["cli"]],
            "gui_pages_shown": [s for s in result["gui_steps"] if s not in ("unlock", "lock")],
        },
    )
