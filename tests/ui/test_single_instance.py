"""One GUI per journal.

One GUI per journal (issue 6 "One writer", D3): a second start brings the first window
to the front and exits 0; a lock left by a killed instance is taken over; the CLI is never
kept out.
"""

from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow

from tests.conftest import PASSPHRASE
from wellbeing_desktop import cli
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.ui.shell import single_instance
from wellbeing_desktop.ui.shell.single_instance import (
    SingleInstance,
    bring_to_front,
    server_name,
    socket_path,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess

REPO_ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 30.0


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def instances(qapp: QApplication) -> Iterator[list[SingleInstance]]:
    """SingleInstance objects of this test (the QApplication must exist first)."""
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.release()


def _instance(data_dir: Path, made: list[SingleInstance]) -> SingleInstance:
    instance = SingleInstance(JournalPaths(data_dir).lock_file)
    made.append(instance)
    return instance


def _gui_env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO_ROOT),
        # The app's own settings (window geometry) go to this test's folder.
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


def _start_gui(data_dir: Path, tmp_path: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "wellbeing_desktop", "--data-dir", str(data_dir)],
        cwd=REPO_ROOT,
        env=_gui_env(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _serving(data_dir: Path) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    connected = socket.waitForConnected(200)
    socket.abort()
    return connected


def _wait_until_serving(process: subprocess.Popen[bytes], data_dir: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not (JournalPaths(data_dir).lock_file.exists() and _serving(data_dir)):
        assert process.poll() is None, process.communicate()[1].decode()
        assert time.monotonic() < deadline, "the first instance did not start"
        time.sleep(0.1)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=10)


# --- the name and the lock --------------------------------------------------------------


def test_the_socket_name_is_a_hash_of_the_folder_and_nothing_else(tmp_path: Path) -> None:
    folder = tmp_path / "Mit hemmelige dagbogsnavn"
    folder.mkdir()
    name = server_name(folder, {})
    assert "hemmelige" not in name
    assert str(tmp_path) not in name
    assert name == server_name(folder, {})
    assert name == server_name(tmp_path / "x" / ".." / folder.name, {})
    (tmp_path / "link").symlink_to(folder)
    assert name == server_name(tmp_path / "link", {})
    assert name != server_name(tmp_path / "another", {})
    assert "/" not in name  # a plain name: Qt puts it in the temp folder
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    in_runtime = server_name(folder, {"XDG_RUNTIME_DIR": str(runtime)})
    assert in_runtime == str(runtime / name)  # the user's private runtime folder when known


def test_the_first_claim_wins_and_a_second_is_refused(
    data_dir: Path, instances: list[SingleInstance]
) -> None:
    first = _instance(data_dir, instances)
    assert first.claim()
    assert first.is_primary
    second = _instance(data_dir, instances)
    assert not second.claim()
    assert not second.is_primary
    assert second.holder() == f"process {os.getpid()}"

    first.release()
    assert second.claim()  # released at exit: the next start gets it


def test_the_lock_file_is_private_even_with_umask_000(
    data_dir: Path, instances: list[SingleInstance]
) -> None:
    previous = os.umask(0)
    try:
        assert _instance(data_dir, instances).claim()
    finally:
        os.umask(previous)
    assert JournalPaths(data_dir).lock_file.stat().st_mode & 0o777 == 0o600
    assert data_dir.stat().st_mode & 0o777 == 0o700


def test_a_folder_that_cannot_be_used_does_not_stop_the_app(
    tmp_path: Path, instances: list[SingleInstance]
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    instance = _instance(not_a_folder, instances)
    assert instance.claim()  # the app starts and says what is wrong with the folder
    assert not instance.is_primary


def test_a_client_that_says_something_else_activates_nothing(
    qtbot: QtBot, data_dir: Path, instances: list[SingleInstance]
) -> None:
    first = _instance(data_dir, instances)
    assert first.claim()
    activations: list[bool] = []
    first.activation_requested.connect(lambda: activations.append(True))
    socket = QLocalSocket()
    socket.connectToServer(first.name)
    assert socket.waitForConnected(2000)
    socket.write(b"open the journal please\n")
    socket.flush()
    qtbot.waitUntil(lambda: socket.state() is QLocalSocket.LocalSocketState.UnconnectedState)
    assert activations == []


unix_sockets = pytest.mark.skipif(
    single_instance.QT_SOCKETS, reason="Windows: QtNetwork's named pipe"
)


@unix_sockets
def test_a_client_that_says_nothing_is_dropped(
    qtbot: QtBot, data_dir: Path, instances: list[SingleInstance], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(single_instance, "_CLIENT_TIMEOUT_MS", 100)
    first = _instance(data_dir, instances)
    assert first.claim()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(socket_path(first.name))
        client.setblocking(False)

        def closed() -> bool:
            try:
                return client.recv(16) == b""
            except BlockingIOError:
                return False

        qtbot.waitUntil(closed, timeout=5000)


@unix_sockets
def test_a_socket_left_by_a_dead_instance_is_taken_over(
    qtbot: QtBot, data_dir: Path, instances: list[SingleInstance]
) -> None:
    data_dir.mkdir(mode=0o700)
    first = _instance(data_dir, instances)
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(socket_path(first.name))  # a killed instance leaves its socket file behind
    left.close()
    assert first.claim()
    activations: list[bool] = []
    first.activation_requested.connect(lambda: activations.append(True))
    mode = os.stat(socket_path(first.name)).st_mode
    assert mode & 0o077 == 0  # this user's only

    answers: list[bool] = []
    second = _instance(data_dir, instances)
    asking = threading.Thread(target=lambda: answers.append(second.ask_first_to_activate()))
    asking.start()
    qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    asking.join()
    assert answers == [True]
    assert activations == [True]

    first.release()
    assert not os.path.exists(socket_path(first.name))  # gone with the lock


_NO_QTNETWORK = """
import socket, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from wellbeing_desktop.ui.shell.single_instance import ACTIVATE, ACTIVATED, SingleInstance
from wellbeing_desktop.ui.shell.single_instance import socket_path
app = QApplication([])
instance = SingleInstance(Path(sys.argv[1]) / ".lock")
assert instance.claim()
activated = []
instance.activation_requested.connect(lambda: activated.append(True))
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
    client.connect(socket_path(instance.name))
    client.sendall(ACTIVATE)
    client.setblocking(False)
    reply = b""
    while not reply:
        app.processEvents()
        try:
            reply = client.recv(16)
        except BlockingIOError:
            pass
assert reply == ACTIVATED and activated == [True], (reply, activated)
instance.release()
print("QtNetwork" if "PySide6.QtNetwork" in sys.modules else "no QtNetwork")
"""


@unix_sockets
def test_the_gui_answers_later_starts_without_loading_qtnetwork(
    data_dir: Path, tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _NO_QTNETWORK, str(data_dir)],
        env=_gui_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no QtNetwork"  # its libraries stay unloaded (issue 20)


# --- a second start ------------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_a_second_start_brings_the_first_window_forward_and_exits_0(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, instances: list[SingleInstance]
) -> None:
    first = _instance(data_dir, instances)
    assert first.claim()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    first.activation_requested.connect(lambda: bring_to_front(window))

    started = time.monotonic()
    second = _start_gui(data_dir, tmp_path)
    with qtbot.waitSignal(first.activation_requested, timeout=int(START_TIMEOUT * 1000)):
        pass
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    _out, err = second.communicate()

    assert second.returncode == 0
    assert "already open" in err.decode()
    assert "brought to the front" in err.decode()
    assert time.monotonic() - started < START_TIMEOUT
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.isVisible()
    assert first.is_primary  # the first keeps the journal


def test_the_cli_writes_while_the_gui_holds_the_journal(
    access: JournalAccess, instances: list[SingleInstance], tmp_path: Path
) -> None:
    access.create(PASSPHRASE)[0].close()
    gui = _instance(access.paths.root, instances)
    assert gui.claim()
    passphrase_file = tmp_path / "pass"
    passphrase_file.write_text(PASSPHRASE)
    code = cli.main(
        [
            "log",
            "--data-dir",
            str(access.paths.root),
            "--passphrase-file",
            str(passphrase_file),
            "--date",
            "2026-11-25",
            "--hours",
            "7h",
        ]
    )
    assert code == 0
    journal = access.open_with_passphrase(PASSPHRASE)
    day = journal.day(date(2026, 11, 25))
    journal.close()
    assert day is not None


@pytest.mark.slow
def test_two_real_gui_processes_and_a_stale_lock_after_sigkill(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, instances: list[SingleInstance]
) -> None:
    first = _start_gui(data_dir, tmp_path)
    try:
        _wait_until_serving(first, data_dir)
        second = _start_gui(data_dir, tmp_path)
        _out, err = second.communicate(timeout=START_TIMEOUT)
        assert second.returncode == 0, err.decode()
        assert "already open" in err.decode()
        assert first.poll() is None  # the first is still running

        first.send_signal(signal.SIGKILL)  # leaves .lock and the socket behind
        first.wait(10)
        assert JournalPaths(data_dir).lock_file.exists()

        third = _start_gui(data_dir, tmp_path)  # takes over the stale lock
        try:
            _wait_until_serving(third, data_dir)
            assert str(third.pid) in JournalPaths(data_dir).lock_file.read_text(errors="replace")
            fourth = _start_gui(data_dir, tmp_path)
            _out, err = fourth.communicate(timeout=START_TIMEOUT)
            assert fourth.returncode == 0, err.decode()
            assert third.poll() is None
        finally:
            _stop(third)
    finally:
        _stop(first)


@unix_sockets
def test_something_else_at_the_socket_path_is_left_and_the_app_carries_on(
    data_dir: Path, instances: list[SingleInstance]
) -> None:
    """A folder where the socket goes: not ours to remove; no traceback, still the only one."""
    data_dir.mkdir(mode=0o700)
    first = _instance(data_dir, instances)
    Path(socket_path(first.name)).mkdir()
    assert first.claim()  # listens: the bind fails quietly
    assert Path(socket_path(first.name)).is_dir()
    second = _instance(data_dir, instances)
    assert not second.claim()
    first.release()
    assert Path(socket_path(first.name)).is_dir()


@unix_sockets
def test_running_out_of_file_handles_rests_the_listener(
    qtbot: QtBot, data_dir: Path, instances: list[SingleInstance], monkeypatch: pytest.MonkeyPatch
) -> None:
    """accept() failing with EMFILE: the notifier is not left firing in a loop."""
    monkeypatch.setattr(single_instance, "_REST_MS", 2000)  # longer than the checks below
    first = _instance(data_dir, instances)
    assert first.claim()
    assert first._listener is not None
    listener, listening = first._listener
    accepts: list[int] = []

    class NoHandles:
        def accept(self) -> object:
            accepts.append(1)
            raise OSError(errno.EMFILE, "Too many open files")

        def __getattr__(self, name: str) -> object:
            return getattr(listener, name)

    first._listener = (NoHandles(), listening)  # type: ignore[assignment]
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(socket_path(first.name))
        qtbot.waitUntil(lambda: bool(accepts), timeout=5000)
        assert not listening.isEnabled()
        for _ in range(20):
            QApplication.processEvents()
        assert len(accepts) == 1  # resting, not spinning
        # After the rest it tries again (the connection is still queued: fails again).
        qtbot.waitUntil(lambda: len(accepts) == 2, timeout=10000)
    first._listener = (listener, listening)
