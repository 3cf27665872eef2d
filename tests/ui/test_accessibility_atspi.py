"""Issue #17, accessibility: the app as a screen reader reads it, over AT-SPI.

Long (``WELLBEING_LONG_TESTS=1``, as ``.ci/run`` runs the ``long`` tests): the app runs as
its own process (``tests/ui/atspi_app.py``) on a private X server (Xvfb) and D-Bus
session with at-spi2-core's accessibility bus, as on a Linux desktop with Orca; this test
reads each page's tree through the AT-SPI registry (over D-Bus, with jeepney), as Orca
does. Every shown control has a name, the single choices are radio buttons, the chosen
step and energy are checked, the calendar's month buttons are named and each chart
says its figures. The quick version of the same walk, through Qt's own accessibility
API, is ``test_accessibility_tree``.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.dbus_bus import private_bus

if TYPE_CHECKING:
    from collections.abc import Iterator

    from jeepney.io.blocking import DBusConnection

pytestmark = pytest.mark.long

ROOT = Path(__file__).resolve().parents[2]
LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
ACCESSIBLE = "org.a11y.atspi.Accessible"
# AT-SPI's states (atspi-constants.h): bit numbers in GetState's two words.
CHECKED, SHOWING, CHECKABLE = 4, 25, 41
CONTROLS = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "slider",
    "spin button",
    "list",
    "table",
    "tree",
    "page tab",
}
BIG = 40  # a list's or table's rows and cells are named by their data: not walked


class Reader:
    """Reads one application's accessible tree over the accessibility bus."""

    def __init__(self, connection: DBusConnection) -> None:
        self.connection = connection

    def call(self, bus: str, path: str, interface: str, method: str, *args: Any) -> Any:
        from jeepney import DBusAddress, new_method_call

        signature = "ss" if args else None
        address = DBusAddress(path, bus_name=bus, interface=interface)
        message = new_method_call(address, method, signature, args or None)
        return self.connection.send_and_get_reply(message, timeout=10).body

    def node(self, bus: str, path: str) -> tuple[str, str, str, int, list[tuple[str, str]]]:
        """(role, name, description, states, children) of one accessible object."""
        role = self.call(bus, path, ACCESSIBLE, "GetRoleName")[0]
        props = "org.freedesktop.DBus.Properties"
        name = self.call(bus, path, props, "Get", ACCESSIBLE, "Name")[0][1]
        description = self.call(bus, path, props, "Get", ACCESSIBLE, "Description")[0][1]
        low, high = self.call(bus, path, ACCESSIBLE, "GetState")[0]
        children = self.call(bus, path, ACCESSIBLE, "GetChildren")[0]
        return role, name, description, low | high << 32, children

    def walk(self, bus: str, path: str, trail: str = "") -> Iterator[tuple[str, str, str, int]]:
        """(where, role, name or description, states) of every shown object below."""
        role, name, description, states, children = self.node(bus, path)
        if not states >> SHOWING & 1 and trail:
            return
        where = f"{trail} > {role} {name!r}" if trail else role
        yield where, role, name, states
        if role == "canvas" or name.endswith(("– diagram", "– chart")):
            yield where + " (description)", "chart", description, states
        if role in {"list", "table", "tree"} and len(children) > BIG:
            return
        for child_bus, child_path in children:
            yield from self.walk(child_bus, child_path, where)


def _tools() -> tuple[str, str]:
    xvfb = shutil.which("Xvfb")
    launcher = next((p for p in LAUNCHERS if Path(p).exists()), None)
    if xvfb is None or launcher is None:
        pytest.skip("needs Xvfb and at-spi2-core (Debian: xvfb, at-spi2-core)")
    return xvfb, launcher


def test_a_screen_reader_hears_names_radio_buttons_checked_states_and_figures(
    tmp_path: Path,
) -> None:
    if os.environ.get("WELLBEING_LONG_TESTS") != "1":
        pytest.skip("over AT-SPI with Xvfb: WELLBEING_LONG_TESTS=1 (.ci/run)")
    xvfb_binary, launcher_binary = _tools()
    from jeepney import DBusAddress, MessageType, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        [
            xvfb_binary,
            "-displayfd",
            str(write_end),
            "-nolisten",
            "tcp",
            "-screen",
            "0",
            "1366x768x24",
        ],
        pass_fds=[write_end],
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    processes: list[subprocess.Popen[Any]] = [xvfb]
    connections: list[DBusConnection] = []
    launcher = None
    try:
        display = ":" + os.read(read_end, 16).decode().strip()
        runtime = tmp_path / "run"
        runtime.mkdir(mode=0o700)
        with private_bus() as session_address:
            env = {
                **os.environ,
                "DISPLAY": display,
                "DBUS_SESSION_BUS_ADDRESS": session_address,
                "XDG_RUNTIME_DIR": str(runtime),
            }
            # Its own process group: the accessibility bus and registry it starts end with it.
            launcher = subprocess.Popen(
                [launcher_binary, "--launch-immediately"],
                env=env,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            processes.append(launcher)
            session = open_dbus_connection(bus=session_address)
            connections.append(session)
            bus_address = DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Bus")
            a11y_address = None
            for _ in range(50):  # the launcher takes its name on the bus in a moment
                reply = session.send_and_get_reply(
                    new_method_call(bus_address, "GetAddress"), timeout=10
                )
                if reply.header.message_type is MessageType.method_return:
                    a11y_address = reply.body[0]
                    break
                time.sleep(0.1)
            assert a11y_address, "no accessibility bus"
            app = subprocess.Popen(
                [sys.executable, "-m", "tests.ui.atspi_app", str(tmp_path)],
                cwd=ROOT,
                env={
                    **env,
                    "QT_QPA_PLATFORM": "xcb",
                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                },
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            processes.append(app)
            connections.append(open_dbus_connection(bus=a11y_address))
            found, heard = _read_every_page(app, Reader(connections[-1]))
    finally:
        for connection in connections:
            connection.close()
        for process in reversed(processes):
            if launcher is not None and process is launcher:
                os.killpg(launcher.pid, signal.SIGTERM)
            else:
                process.kill()
            process.wait(10)
            for pipe in (process.stdin, process.stdout):
                if pipe is not None:
                    pipe.close()
        os.close(read_end)
    assert len(heard) > 150  # the walk went through the app
    assert not found, f"{len(found)} found:\n" + "\n".join(sorted(set(found)))
    checked_radios = {
        name for role, name, states in heard if role == "radio button" and states >> CHECKED & 1
    }
    assert any(name.startswith("Trin ") for name in checked_radios)  # the demo's last step
    assert {"Forrige måned", "Næste måned"} <= {name for _role, name, _s in heard}
    radios = {name for role, name, _states in heard if role == "radio button"}
    wanted = {"Periode: Kvartal", "Vis pr. uge", "Energi 4", "Deling: Coach", "Stresstrin"}
    assert wanted <= radios, sorted(radios)  # range, granularity, energy, sharing, metric


def _read_every_page(
    app: subprocess.Popen[str], reader: Reader
) -> tuple[list[str], list[tuple[str, str, int]]]:
    assert app.stdin is not None
    assert app.stdout is not None
    found: list[str] = []
    heard: list[tuple[str, str, int]] = []
    registry = "org.a11y.atspi.Registry"
    root = "/org/a11y/atspi/accessible/root"
    while True:
        line = app.stdout.readline().strip()
        if not line.startswith("page "):
            break
        page = line.removeprefix("page ")
        apps = reader.call(registry, root, ACCESSIBLE, "GetChildren")[0]
        ours = [
            (bus, path)
            for bus, path in apps
            if reader.node(bus, path)[1] == "leaderpulse-atspi-test"
        ]
        assert len(ours) == 1, "the app is not on the accessibility bus"
        for where, role, text, states in reader.walk(*ours[0]):
            heard.append((role, text, states))
            if role in CONTROLS and not text.strip():
                found.append(f"[{page}] no name: {where}")
            if role == "chart" and not text.strip():
                found.append(f"[{page}] a chart that says nothing: {where}")
            if role in {"radio button", "check box"} and not states >> CHECKABLE & 1:
                found.append(f"[{page}] checkable, not said so: {where}")
        app.stdin.write("next\n")
        app.stdin.flush()
    return found, heard
