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
