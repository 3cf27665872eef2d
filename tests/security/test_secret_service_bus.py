"""The direct Secret Service lookup's own connection (security/secret_service.py, #20).

It sends the authentication, ``BEGIN``, ``Hello`` and its first requests at once; a bus
that refuses or drops that gives no key (the ordinary keyring path then decides), never
an error or a wait.
"""

from __future__ import annotations

import socket
import threading
from typing import TYPE_CHECKING

import pytest

from wellbeing_desktop.security import secret_service

if TYPE_CHECKING:
    from pathlib import Path


def _bus(tmp_path: Path, answer: bytes) -> tuple[str, list[bytes]]:
    """A bus that reads what a client sends first, answers ``answer`` and hangs up."""
    path = str(tmp_path / "bus")
    server = socket.socket(socket.AF_UNIX)
    server.bind(path)
    server.listen(1)
    received: list[bytes] = []

    def serve() -> None:
        client, _ = server.accept()
        with client, server:
            client.settimeout(5)
            data = b""
            while b"BEGIN\r\n" not in data:
                chunk = client.recv(4096)
                if not chunk:
                    break
                data += chunk
            received.append(data)
            client.sendall(answer)

    threading.Thread(target=serve, daemon=True).start()
    return f"unix:path={path}", received


@pytest.mark.parametrize(
    "answer", [b"REJECTED EXTERNAL\r\n", b"", b"OK 1234\r\n"], ids=["refused", "dropped", "mute"]
)
def test_a_bus_that_does_not_answer_as_expected_gives_no_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: bytes
) -> None:
    address, received = _bus(tmp_path, answer)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no keyringrc.cfg there
    assert secret_service.remembered_keys("0" * 32) == []
    (first,) = received
    assert first.startswith(b"\0AUTH EXTERNAL ")  # the credentials byte, then EXTERNAL
    assert b"\r\nBEGIN\r\n" in first  # sent at once, before any answer


def _silent_service(tmp_path: Path) -> str:
    """A bus that accepts every client's authentication, then never answers a message.

    What a stopped keyring daemon looks like from here: the requests go out, no reply
    comes back.
    """
    path = str(tmp_path / "silent-bus")
    server = socket.socket(socket.AF_UNIX)
    server.bind(path)
    server.listen(8)
    held: list[socket.socket] = []  # kept open: a closed socket would be an answer

    def serve() -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            held.append(client)
            data = b""
            while b"BEGIN\r\n" not in data and b"\r\n" not in data.partition(b"\0")[2]:
                chunk = client.recv(4096)
                if not chunk:
                    break
                data += chunk
            client.sendall(b"OK 1234\r\n")

    threading.Thread(target=serve, daemon=True).start()
    return f"unix:path={path}"


def test_a_secret_service_that_never_answers_gives_no_key_instead_of_a_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import SecretService

    from wellbeing_desktop.security.keyring_store import KeyringStore

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", _silent_service(tmp_path))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no keyringrc.cfg there
    monkeypatch.setattr(secret_service, "TIMEOUT_SECONDS", 0.2)
    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())  # what keyring picks on a desktop
    results: list[object] = []
    try:
        store = KeyringStore()
        worker = threading.Thread(
            target=lambda: results.extend([store.recall("0" * 32), store.remembered("0" * 32)]),
            daemon=True,  # before the fix it waited for the silent service without end
        )
        worker.start()
        worker.join(30)
    finally:
        keyring.set_keyring(previous)
    assert results == [None, []], "the lookup is still waiting for a silent Secret Service"
