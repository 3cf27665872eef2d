"""Whether a key is surely not remembered for a journal (``secret_service.nothing_remembered``).

The GUI's passphrase start skips the ordinary keyring read (and the services it loads)
only when the Secret Service holds no item for the journal at all, locked or unlocked,
and ``keyring`` is not configured otherwise; in doubt it says False (#20).
"""

from __future__ import annotations

import os
from typing import Any

import pytest

from wellbeing_desktop.security import secret_service as direct
from wellbeing_desktop.security.keyring_store import KeyringStore

pytestmark = pytest.mark.keyring


def test_only_a_journal_without_any_item_has_nothing_remembered(
    secret_service: Any, test_service: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert direct.nothing_remembered("3" * 32, test_service)
    KeyringStore(test_service).remember("3" * 32, os.urandom(32))
    assert not direct.nothing_remembered("3" * 32, test_service)
    assert direct.nothing_remembered("4" * 32, test_service)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert not direct.nothing_remembered("4" * 32, test_service)  # configured: in doubt
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    assert not direct.nothing_remembered("4" * 32, test_service)  # no bus: in doubt


def test_a_locked_item_counts_as_remembered(secret_service: Any, test_service: str) -> None:
    if secret_service.collection_path is None:
        pytest.skip("locking needs gnome-keyring's throwaway collections")
    KeyringStore(test_service).remember("5" * 32, os.urandom(32))
    secret_service.lock()
    try:
        assert not direct.nothing_remembered("5" * 32, test_service)
    finally:
        secret_service.unlock()
