"""One GUI per journal: a second start brings the first window to the front instead.

The first GUI process on a data folder holds ``<data folder>/.lock`` (a ``QLockFile``) for
as long as it runs, and listens on a local socket whose name is derived from a hash of the
folder's path (security-notes §4, D3). A second GUI process finds the lock held, asks the
first over that socket to raise its window, and exits. The socket carries one fixed word,
never anything from the journal; it is a Unix socket (a named pipe on Windows), never a
network socket.

Where Python has Unix sockets (Linux, macOS) the socket is Python's own, watched by a
``QSocketNotifier`` on the GUI thread: QtNetwork (its libraries, ~2–3 MiB resident for the
life of the process) is then never loaded. It listens where ``QLocalServer`` would (the
same path), so a second start of another version of the app still reaches the first.
Windows keeps QtNetwork's named pipe.

Stale locks: Qt treats a lock whose process is gone (or now runs another program) as
stale and takes it over, so a crashed or killed first instance never locks the user out.
The lock is never considered stale by age alone (``setStaleLockTime(0)``), because this
lock is meant to be held for hours.

The CLI does not take this lock: it may write while the GUI is open; SQLite's locking and
the busy timeout make the two take turns (storage/engine.py).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from wellbeing_desktop import APP_NAME
from wellbeing_desktop.files import PRIVATE_FILE_MODE, ensure_private_dir

if TYPE_CHECKING:
    import socket
    from collections.abc import Mapping

    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
ACTIVATED = b"ok\n"
_MAX_REQUEST = 64  # bytes read from a client; the only request is ACTIVATE
_CLIENT_TIMEOUT_MS = 5000  # a client that says nothing is dropped after this
_LOCK_WAIT_MS = 100
_BACKLOG = 4
# accept() failing for want of file handles: the listener rests this long before trying again.
_OUT_OF_HANDLES = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})
_REST_MS = 250
# Qt's named pipe where Python has no Unix sockets (Windows); Python's socket elsewhere.
QT_SOCKETS = sys.platform == "win32"


def server_name(data_dir: Path, environ: Mapping[str, str] | None = None) -> str:
    """The local socket's name for ``data_dir``: a hash of the folder, nothing else.

    In the user's private runtime folder when there is one (no other user can take the
    name there); otherwise a plain name, which Qt puts in the temp folder (Unix) or makes
    a named pipe (Windows). The user's home folder is part of the hash, so two users with
    the same data folder path never meet on one name.
    """
    import hashlib  # here: loading OpenSSL is not needed to show the first window

    env = os.environ if environ is None else environ
    try:
        home = str(Path.home())
    except RuntimeError:
        home = ""
    folder = str(data_dir.expanduser().resolve())
    digest = hashlib.sha256(f"{home}\0{folder}".encode("utf-8", "surrogateescape")).hexdigest()
    name = f"{APP_NAME}-{digest[:32]}"
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and os.path.isdir(runtime):
        return os.path.join(runtime, name)
    return name


def socket_path(name: str, environ: Mapping[str, str] | None = None) -> str:
    """Where a Unix socket called ``name`` lives: as ``QLocalServer`` places it.

    A name that is a path stays as it is; a plain name goes in the temp folder (``TMPDIR``,
    else ``/tmp``), as Qt's ``QDir.tempPath()`` has it.
    """
    if os.path.isabs(name):
        return name
    env = os.environ if environ is None else environ
    folder = os.path.realpath(env.get("TMPDIR") or "/tmp")
    return os.path.join(folder, name)


def bring_to_front(window: QWidget) -> None:
    """Show, raise and activate ``window``, and ask the desktop to draw attention to it.

    Some window managers (and Wayland) do not let an app take the focus by itself; the
    alert then marks the window in the task bar instead.
    """
    from PySide6.QtCore import Qt  # here: PySide6 builds Qt's ~100 enums on first use

    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


class SingleInstance(QObject):
    """The claim of one GUI process on one data folder.

    Signals:
        activation_requested(): another start of the app asked this one to come forward.
    """

    activation_requested = Signal()

    def __init__(self, lock_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock_path = lock_file
        self._name: str | None = None
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # held for hours; stale only when its process is gone
        self._server: QLocalServer | None = None  # Windows: Qt's named pipe
        self._listener: tuple[socket.socket, QSocketNotifier] | None = None  # elsewhere
        self._clients: dict[QSocketNotifier, tuple[socket.socket, bytearray]] = {}

    @property
    def name(self) -> str:
        if self._name is None:
            self._name = server_name(self._lock_path.parent)
        return self._name

    @property
    def is_primary(self) -> bool:
        return self._lock.isLocked()

    def claim(self, *, listen: bool = True) -> bool:
        """Take the data folder for this process (needs the QApplication to exist).

        True: this process may open the journal (it holds the lock, or the lock cannot be
        used at all, e.g. an unwritable folder, where the app shows its own error later).
        False: another live instance holds it; call ``hand_over``.
        """
        try:
            ensure_private_dir(self._lock_path.parent)
        except OSError:
            return True
        previous = os.umask(0o077)
        try:
            locked = self._lock.tryLock(_LOCK_WAIT_MS)
        finally:
            os.umask(previous)
        if not locked:
            return self._lock.error() is not self._lock.LockError.LockFailedError
        with contextlib.suppress(OSError):
            os.chmod(self._lock_path, PRIVATE_FILE_MODE)
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer later starts.

        Answer later starts (``claim`` does it, unless told to leave it for after the
        first paint: the socket is not needed to show the window).
        """
        if self._server is not None or self._listener is not None or not self.is_primary:
            return
        if QT_SOCKETS:
            self._listen_qt()
        else:
            self._listen_unix()

    def _listen_unix(self) -> None:
        import socket  # here: not needed to show the first window

        from PySide6.QtCore import QSocketNotifier

        path = socket_path(self.name)
        # We hold the lock, so a socket left under this name belongs to a dead instance.
        # Anything else there (a folder, a file, another user's socket in /tmp) is not
        # ours to remove: the bind below then fails and a second start cannot reach us.
        with contextlib.suppress(OSError):
            if stat.S_ISSOCK(os.lstat(path).st_mode):
                os.unlink(path)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        previous = os.umask(0o077)  # the socket file: this user only
        try:
            listener.bind(path)
            listener.listen(_BACKLOG)
        except OSError:
            listener.close()
            return  # still the only instance; a second start just cannot reach us
        finally:
            os.umask(previous)
        listener.setblocking(False)
        # The notifiers have no parent: each goes with its socket (``_drop``, ``release``).
        notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read)
        notifier.activated.connect(lambda *_: self._accept_unix())
        self._listener = (listener, notifier)

    def _accept_unix(self) -> None:
        from PySide6.QtCore import QSocketNotifier

        while self._listener is not None:
            listener, listening = self._listener
            try:
                client, _address = listener.accept()
            except OSError as exc:
                if exc.errno in _OUT_OF_HANDLES:
                    # The connection stays queued and the notifier would fire at once
                    # again: rest a moment (silent clients are dropped meanwhile).
                    listening.setEnabled(False)
                    QTimer.singleShot(_REST_MS, listening, self._listen_again)
                return  # none waiting (BlockingIOError), or the client left already
            client.setblocking(False)
            notifier = QSocketNotifier(client.fileno(), QSocketNotifier.Type.Read)
            self._clients[notifier] = (client, bytearray())
            notifier.activated.connect(lambda *_, n=notifier: self._read_unix(n))
            QTimer.singleShot(_CLIENT_TIMEOUT_MS, notifier, lambda n=notifier: self._drop(n))

    def _listen_again(self) -> None:
        if self._listener is not None:  # not released meanwhile (its socket closed)
            self._listener[1].setEnabled(True)

    def _read_unix(self, notifier: QSocketNotifier) -> None:
        entry = self._clients.get(notifier)
        if entry is None:
            return
        client, received = entry
        try:
            chunk = client.recv(_MAX_REQUEST - len(received))
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        received += chunk
        if chunk and b"\n" not in received and len(received) < _MAX_REQUEST:
            return  # wait for the rest of the line
        if bytes(received) == ACTIVATE:
            self.activation_requested.emit()
            with contextlib.suppress(OSError):
                client.send(ACTIVATED)  # three bytes into an empty socket buffer
        self._drop(notifier)

    def _drop(self, notifier: QSocketNotifier) -> None:
        entry = self._clients.pop(notifier, None)
        if entry is None:
            return
        notifier.setEnabled(False)
        # Not deleted here (this may run inside the notifier's own signal): the timer's
        # callable holds the last reference until the event loop turns.
        QTimer.singleShot(0, lambda n=notifier: n.setEnabled(False))
        entry[0].close()

    def _listen_qt(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket left under this name belongs to a dead instance.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            server.deleteLater()
            return  # still the only instance; a second start just cannot reach us
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            client = server.nextPendingConnection()
            client.readyRead.connect(lambda c=client: self._read(c))
            client.disconnected.connect(client.deleteLater)
            QTimer.singleShot(_CLIENT_TIMEOUT_MS, client, client.abort)

    def _read(self, client: QLocalSocket) -> None:
        if not client.canReadLine() and client.bytesAvailable() < _MAX_REQUEST:
            return  # wait for the rest of the line
        request = bytes(client.read(_MAX_REQUEST).data())
        if request == ACTIVATE:
            self.activation_requested.emit()
            client.write(ACTIVATED)
            client.flush()
        client.disconnectFromServer()

    def holder(self) -> str:
        """Who holds the lock, for the message of a second start ("process 1234")."""
        info = self._lock.getLockInfo()
        pid = info[0] if isinstance(info, tuple) and info else 0
        return f"process {pid}" if pid else "another process"

    def ask_first_to_activate(self, timeout_ms: int = 5000) -> bool:
        """Ask the instance holding the lock to come to the front; True once it has."""
        deadline = time.monotonic() + timeout_ms / 1000
        ask = self._ask_qt if QT_SOCKETS else self._ask_unix
        while True:
            answered = ask(deadline)
            if answered is not None:
                return answered
            if time.monotonic() >= deadline:
                return False
            # The first instance may have taken the lock a moment ago and not be
            # listening yet.
            time.sleep(0.1)

    def _ask_unix(self, deadline: float) -> bool | None:
        """True/False: the first answered so / not; None: it is not listening (yet)."""
        import socket

        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(0.5)
            try:
                client.connect(socket_path(self.name))
            except OSError:
                return None
            reply = b""
            try:
                client.settimeout(max(0.001, deadline - time.monotonic()))
                client.sendall(ACTIVATE)
                while not reply.endswith(b"\n") and len(reply) < _MAX_REQUEST:
                    chunk = client.recv(_MAX_REQUEST)
                    if not chunk:
                        break
                    reply += chunk
            except OSError:
                pass  # no answer in time, or the first went away
            return reply == ACTIVATED

    def _ask_qt(self, deadline: float) -> bool | None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            socket.abort()
            return None
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(1000)
        reply = b""
        while socket.waitForReadyRead(max(1, int((deadline - time.monotonic()) * 1000))):
            reply += bytes(socket.readAll().data())
            if reply.endswith(b"\n"):
                break
        socket.abort()
        return reply == ACTIVATED

    def hand_over(self, err: TextIO | None = None) -> int:
        """As a second start: bring the first instance forward, say so, return the exit code."""
        out = sys.stderr if err is None else err
        if self.ask_first_to_activate():
            out.write(
                f"{APP_NAME}: Leader Pulse is already open for this journal; "
                "its window was brought to the front.\n"
            )
            return 0
        out.write(
            f"{APP_NAME}: Leader Pulse is already open for this journal ({self.holder()}) "
            f"but did not answer; nothing was opened. If it is not running, remove "
            f"{self._lock_path}.\n"
        )
        return 1

    def release(self) -> None:
        """Stop listening and free the lock (at exit)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        for notifier in list(self._clients):
            self._drop(notifier)
        if self._listener is not None:
            listener, notifier = self._listener
            self._listener = None
            notifier.setEnabled(False)
            with contextlib.suppress(OSError):
                os.unlink(socket_path(self.name))  # ours: we still hold the lock
            listener.close()
        if self._lock.isLocked():
            self._lock.unlock()
