"""Lock the journal when the desktop locks its screen or the machine is about to sleep.

Qt has no signal for either, so on Linux this listens on D-Bus (Qt's own QtDBus, inside
the Qt event loop, no thread) for what the desktop announces, as KeePassXC does
(security-notes §1, S8):

- session bus: ``ActiveChanged(true)`` of the freedesktop, GNOME, KDE, MATE, Cinnamon and
  Xfce screen savers (sent when the screen locks);
- system bus: logind's ``PrepareForSleep(true)`` (suspend or hibernate) and ``Lock()`` on
  this login session (``loginctl lock-session``, also sent by many lock screens).

Each source is optional: with no D-Bus (Windows, macOS, a bare container) or no such
service, nothing happens and the idle timer still locks. Signals are accepted only from
the service that owns the well-known name, so another program on the system bus cannot
pose as logind. A signal can only lock, never unlock. Buses are reached only at their
announced addresses; no bus daemon is ever started.
"""

from __future__ import annotations

import itertools
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtDBus import QDBusConnection

SCREEN_SAVERS = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.xfce.ScreenSaver",
)
LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
_SYSTEM_BUS_SOCKETS = ("/run/dbus/system_bus_socket", "/var/run/dbus/system_bus_socket")
_names = itertools.count(1)


def session_bus_address(environ: Mapping[str, str]) -> str | None:
    """The session bus the desktop announced, or None (never autolaunch one)."""
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        return address
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.exists(os.path.join(runtime, "bus")):
        return f"unix:path={os.path.join(runtime, 'bus')}"
    return None


def system_bus_address(environ: Mapping[str, str]) -> str | None:
    address = environ.get("DBUS_SYSTEM_BUS_ADDRESS", "")
    if address:
        return address
    for socket in _SYSTEM_BUS_SOCKETS:
        if os.path.exists(socket):
            return f"unix:path={socket}"
    return None


def login_session_path(session_id: str) -> str:
    """Logind's object path for a session id (systemd's bus label escaping)."""
    label = "".join(
        char
        if char.isascii() and (char.isalpha() or (char.isdigit() and i > 0))
        else f"_{ord(char):02x}"
        for i, char in enumerate(session_id)
    )
    return f"{LOGIN1_PATH}/session/{label or '_'}"


class SystemLockWatcher(QObject):
    """Watches for the screen lock and for sleep.

    Signals:
    lock_requested(str): the screen locked or the machine is going to sleep (the reason:
        "screen", "sleep" or "session").
    """

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None, environ: Mapping[str, str] | None = None):
        super().__init__(parent)
        # What is being listened to, e.g. "session:org.gnome.ScreenSaver.ActiveChanged".
        self.sources: list[str] = []
        self._bus_names: list[str] = []
        try:
            import PySide6.QtDBus  # noqa: F401
        except ImportError:  # a Qt build without D-Bus (Windows, macOS)
            return
        env = os.environ if environ is None else environ

        session = self._connect(session_bus_address(env), "session")
        if session is not None:
            for service in SCREEN_SAVERS:
                # Any path: KDE sends on /ScreenSaver, the others on /org/<vendor>/ScreenSaver.
                self._listen(session, service, "", service, "ActiveChanged", "_screen_active(bool)")

        system = self._connect(system_bus_address(env), "system")
        if system is not None:
            self._listen(
                system,
                LOGIN1,
                LOGIN1_PATH,
                LOGIN1_MANAGER,
                "PrepareForSleep",
                "_prepare_for_sleep(bool)",
            )
            session_id = env.get("XDG_SESSION_ID", "")
            if session_id:
                path = login_session_path(session_id)
                self._listen(system, LOGIN1, path, LOGIN1_SESSION, "Lock", "_session_lock()")

        names = list(self._bus_names)
        self.destroyed.connect(lambda: _disconnect(names))

    def _listen(
        self,
        bus: QDBusConnection,
        service: str,
        path: str,
        interface: str,
        member: str,
        slot: str,
    ) -> None:
        # "1" marks a slot, as Qt's SLOT() macro does. The stubs say bytes, but this
        # binding only accepts a str here.
        if bus.connect(service, path, interface, member, self, "1" + slot):  # type: ignore[call-overload]
            where = "session" if bus.name().startswith("wellbeing-desktop-session") else "system"
            self.sources.append(f"{where}:{service}.{member}")

    def _connect(self, address: str | None, kind: str) -> QDBusConnection | None:
        from PySide6.QtDBus import QDBusConnection

        if not address:
            return None
        name = f"wellbeing-desktop-{kind}-{next(_names)}"
        connection = QDBusConnection.connectToBus(address, name)
        if not connection.isConnected():
            QDBusConnection.disconnectFromBus(name)
            return None
        self._bus_names.append(name)
        return connection

    @Slot(bool)
    def _screen_active(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen")

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("sleep")

    @Slot()
    def _session_lock(self) -> None:
        self.lock_requested.emit("session")


def _disconnect(names: list[str]) -> None:
    from PySide6.QtDBus import QDBusConnection

    for name in names:
        QDBusConnection.disconnectFromBus(name)
