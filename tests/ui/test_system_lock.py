"""Screen lock and suspend lock the journal (S8), over a private D-Bus daemon.

The signals come from another connection that owns the real service names
(org.freedesktop.ScreenSaver, org.freedesktop.login1, ...), as the desktop sends them; the
app is pointed at the private bus through the usual environment variables. The "system"
bus here is a second private daemon.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import keyring
import keyring.backends.fail
import pytest

from tests.conftest import PASSPHRASE
from tests.dbus_bus import BusService, private_bus
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.shell.system_lock import (
    LOGIN1,
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    LOGIN1_SESSION,
    SCREEN_SAVERS,
    SystemLockWatcher,
    login_session_path,
    session_bus_address,
    system_bus_address,
)
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.shell.main_window import MainWindow

SESSION_ID = "c7"


@pytest.fixture(scope="module")
def session_address() -> Iterator[str]:
    with private_bus() as address:
        yield address


@pytest.fixture(scope="module")
def system_address() -> Iterator[str]:
    with private_bus() as address:
        yield address


@pytest.fixture
def desktop(session_address: str) -> Iterator[BusService]:
    """The desktop's screen savers on the session bus."""
    service = BusService(session_address)
    for name in SCREEN_SAVERS:
        service.own(name)
    yield service
    service.close()


@pytest.fixture
def logind(system_address: str) -> Iterator[BusService]:
    service = BusService(system_address)
    service.own(LOGIN1)
    yield service
    service.close()


@pytest.fixture
def bus_env(session_address: str, system_address: str) -> dict[str, str]:
    return {
        "DBUS_SESSION_BUS_ADDRESS": session_address,
        "DBUS_SYSTEM_BUS_ADDRESS": system_address,
        "XDG_SESSION_ID": SESSION_ID,
    }


def _watch(qtbot: QtBot, environ: dict[str, str]) -> tuple[SystemLockWatcher, list[str]]:
    watcher = SystemLockWatcher(environ=environ)
    reasons: list[str] = []
    watcher.lock_requested.connect(reasons.append)
    return watcher, reasons


def _screen_locks(desktop: BusService, service: str = "org.freedesktop.ScreenSaver") -> None:
    path = (
        "/ScreenSaver"
        if service == "org.freedesktop.ScreenSaver"
        else "/" + service.replace(".", "/")
    )
    desktop.emit(path, service, "ActiveChanged", "b", True)


# --- the watcher -------------------------------------------------------------------------


@pytest.mark.parametrize("service", SCREEN_SAVERS)
def test_each_desktops_screen_lock_requests_a_lock(
    qtbot: QtBot, desktop: BusService, logind: BusService, bus_env: dict[str, str], service: str
) -> None:
    watcher, reasons = _watch(qtbot, bus_env)
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000) as blocker:
        _screen_locks(desktop, service)
    assert blocker.args == ["screen"]
    assert reasons == ["screen"]


def test_suspend_and_session_lock_request_a_lock(
    qtbot: QtBot, desktop: BusService, logind: BusService, bus_env: dict[str, str]
) -> None:
    watcher, reasons = _watch(qtbot, bus_env)
    assert "system:org.freedesktop.login1.PrepareForSleep" in watcher.sources
    assert "system:org.freedesktop.login1.Lock" in watcher.sources

    with qtbot.waitSignal(watcher.lock_requested, timeout=5000):
        logind.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", "b", True)
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000):
        logind.emit(login_session_path(SESSION_ID), LOGIN1_SESSION, "Lock")
    assert reasons == ["sleep", "session"]


def test_unlocking_waking_up_and_other_sessions_do_not_lock(
    qtbot: QtBot, desktop: BusService, logind: BusService, bus_env: dict[str, str]
) -> None:
    watcher, reasons = _watch(qtbot, bus_env)
    desktop.emit("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", "b", False)
    logind.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", "b", False)
    logind.emit(login_session_path("99"), LOGIN1_SESSION, "Lock")  # someone else's session
    # Signals arrive in order: once this one is in, the ones above were seen and ignored.
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000):
        _screen_locks(desktop)
    assert reasons == ["screen"]


def test_a_program_posing_as_the_screen_saver_or_logind_is_ignored(
    qtbot: QtBot,
    desktop: BusService,
    logind: BusService,
    bus_env: dict[str, str],
    session_address: str,
    system_address: str,
) -> None:
    watcher, reasons = _watch(qtbot, bus_env)
    impostors = [BusService(session_address), BusService(system_address)]
    impostors[0].emit("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", "b", True)
    impostors[1].emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", "b", True)
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000):
        logind.emit(login_session_path(SESSION_ID), LOGIN1_SESSION, "Lock")
    with qtbot.waitSignal(watcher.lock_requested, timeout=5000):
        _screen_locks(desktop)
    for impostor in impostors:
        impostor.close()
    assert reasons == ["session", "screen"]


def test_without_a_bus_nothing_is_listened_to_and_nothing_breaks(qtbot: QtBot) -> None:
    watcher, _reasons = _watch(qtbot, {"DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/nonexistent/bus"})
    assert [s for s in watcher.sources if s.startswith("session:")] == []
    assert [s for s in watcher.sources if s.startswith("system:")] == []
    watcher, _reasons = _watch(
        qtbot,
        {
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/session",
            "DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/nonexistent/system",
        },
    )
    assert watcher.sources == []


def test_bus_addresses_come_only_from_what_the_desktop_announced(tmp_path) -> None:
    assert session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}) == "unix:path=/x"
    assert session_bus_address({}) is None  # never autolaunch a bus
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) is None
    (tmp_path / "bus").touch()
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == f"unix:path={tmp_path}/bus"
    assert system_bus_address({"DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/y"}) == "unix:path=/y"


def test_login_session_paths_are_escaped_as_systemd_does() -> None:
    assert login_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert login_session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert login_session_path("a-b") == "/org/freedesktop/login1/session/a_2db"


# --- the whole window ------------------------------------------------------------------


@pytest.fixture
def window_on_bus(
    qtbot: QtBot,
    make_window,
    access: JournalAccess,
    bus_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    for name, value in bus_env.items():
        monkeypatch.setenv(name, value)
    # The keyring is not part of these tests, and must not look for a Secret Service on
    # the private bus (keyring caches its backends from the bus the process started with).
    monkeypatch.setattr(keyring, "get_keyring", keyring.backends.fail.Keyring)
    access.create(PASSPHRASE)[0].close()
    window: MainWindow = make_window()
    _unlock(qtbot, window)
    return window


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.unlock_view
    qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
    window.unlock_view.submit.click()
    qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)


def test_screen_lock_saves_locks_and_unlock_returns_to_the_same_day(
    qtbot: QtBot, window_on_bus: MainWindow, desktop: BusService, access: JournalAccess
) -> None:
    window = window_on_bus
    window.shell.show_page(Page.TODAY)
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    day = date(2026, 11, 19)
    today.show_day(day)
    today.reflection.editor.setFocus()
    qtbot.keyClicks(today.reflection.editor, "Skrevet lige før skærmen låste")

    _screen_locks(desktop, "org.gnome.ScreenSaver")
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=5000)

    assert window.stack.currentWidget() is window.unlock_view
    assert today.reflection.editor.toPlainText() == ""
    journal = access.open_with_passphrase(PASSPHRASE)
    stored = journal.day(day)
    journal.close()
    assert stored is not None
    assert stored.reflection == "Skrevet lige før skærmen låste"  # saved before it locked

    _unlock(qtbot, window)
    assert window.shell.current_page() is Page.TODAY
    assert today.header.day() == day
    assert today.reflection.editor.toPlainText() == "Skrevet lige før skærmen låste"


def test_suspend_locks_and_unlock_returns_to_the_same_page(
    qtbot: QtBot, window_on_bus: MainWindow, logind: BusService
) -> None:
    window = window_on_bus
    window.shell.show_page(Page.SPARRING)

    logind.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", "b", True)
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=5000)
    assert window.stack.currentWidget() is window.unlock_view

    _unlock(qtbot, window)
    assert window.shell.current_page() is Page.SPARRING
    today = window.shell.views[Page.TODAY]
    assert isinstance(today, TodayView)
    assert today.header.day() == window.session.journal.today()


def test_a_lock_signal_while_locked_changes_nothing(
    qtbot: QtBot, window_on_bus: MainWindow, desktop: BusService
) -> None:
    window = window_on_bus
    window.lock()
    qtbot.keyClicks(window.unlock_view.passphrase, "half a pass")
    with qtbot.waitSignal(window.system_lock.lock_requested, timeout=5000):
        _screen_locks(desktop)
    assert window.stack.currentWidget() is window.unlock_view
    assert not window.session.is_open
