"""A private D-Bus daemon for tests, and a way to send signals on it as a named service.

Tests never use the desktop's real session or system bus: they start their own
``dbus-daemon`` and point the app at it. Without ``dbus-daemon`` the tests are skipped,
unless ``WELLBEING_REQUIRE_KEYRING=1`` (set by CI, which installs D-Bus) makes them fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

REQUIRE_ENV = "WELLBEING_REQUIRE_KEYRING"  # CI: D-Bus and keyring tests must run
_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _missing(problem: str) -> None:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but {problem}")
    pytest.skip(problem)


@contextmanager
def private_bus() -> Iterator[str]:
    """Start a throwaway dbus-daemon; yields its address."""
    daemon_binary = shutil.which("dbus-daemon")
    if daemon_binary is None:
        _missing("dbus-daemon is not installed")
    try:
        import jeepney  # noqa: F401
    except ImportError:
        _missing("jeepney is not installed")
    folder = tempfile.mkdtemp(prefix="wb-bus-")
    config = Path(folder) / "bus.conf"
    # No service directories: nothing on this bus is started on demand (no keyring daemon).
    config.write_text(_CONFIG.format(folder=folder), encoding="utf-8")
    daemon = subprocess.Popen(
        [str(daemon_binary), f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        if not address:
            _missing("dbus-daemon did not start")
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)
        if daemon.stdout is not None:
            daemon.stdout.close()
        shutil.rmtree(folder, ignore_errors=True)


class BusService:
    """A connection to the private bus that owns a well-known name and sends signals."""

    def __init__(self, address: str) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self._connection: Any = open_dbus_connection(address)

    def own(self, name: str) -> None:
        from jeepney import message_bus

        reply = self._connection.send_and_get_reply(message_bus.RequestName(name))
        assert reply.body[0] in (1, 4), f"could not own {name}"  # primary owner / already

    def emit(
        self, path: str, interface: str, member: str, signature: str = "", *args: object
    ) -> None:
        from jeepney import DBusAddress, new_signal

        signal = new_signal(DBusAddress(path, interface=interface), member, signature, args)
        self._connection.send(signal)
        # A round trip to the bus daemon: the signal has left this process when it returns.
        from jeepney import message_bus

        self._connection.send_and_get_reply(message_bus.GetId())

    def close(self) -> None:
        self._connection.close()
