"""The keyring facade: real Secret Service round trips, and every way of being unavailable."""

from __future__ import annotations

import logging
import os
import uuid
from typing import TYPE_CHECKING, Any

import jeepney
import keyring
import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest
import secretstorage.exceptions
from keyring.compat import properties

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.security.keyring_store import SERVICE, KeyringStore, KeyringUnavailableError

if TYPE_CHECKING:
    from collections.abc import Iterator

NO_KEYRING = (
    "No system keyring is available on this computer, so the passphrase cannot be remembered."
)


def new_journal_id() -> str:
    return uuid.uuid4().hex


@pytest.fixture
def use_backend() -> Iterator[Any]:
    """Install a keyring backend for one test and put the previous one back afterwards."""
    previous = keyring.get_keyring()

    def install(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


class MemoryBackend(keyring.backend.KeyringBackend):
    """A stand-in third-party keyring (not ours, not keyrings.alt), kept in memory."""

    priority: float = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("No such password!")


class PlaintextLookalike(MemoryBackend):
    """Classified by module like keyrings.alt.file.PlaintextKeyring."""


PlaintextLookalike.__module__ = "keyrings.alt.file"


class BrokenBackend(MemoryBackend):
    """A backend whose every call fails with what D-Bus libraries really raise."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


class UnviableBackend(MemoryBackend):
    """Like SecretService forced by PYTHON_KEYRING_BACKEND without a D-Bus session."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 (a class property)
        raise RuntimeError("The Secret Service daemon is neither running nor activatable")


def _dbus_error(name: str) -> jeepney.DBusErrorResponse:
    """The exception jeepney raises for a D-Bus error reply."""
    call = jeepney.new_method_call(
        jeepney.DBusAddress("/org/freedesktop/secrets", bus_name="org.freedesktop.secrets"),
        "OpenSession",
    )
    return jeepney.DBusErrorResponse(jeepney.new_error(call, name, "s", ("gone",)))


# --- unavailable keyrings (no real Secret Service needed) --------------------------------


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()]
)
def test_no_keyring(use_backend: Any, backend: keyring.backend.KeyringBackend) -> None:
    use_backend(backend)
    store = KeyringStore()
    jid = new_journal_id()

    assert store.availability() == NO_KEYRING
    with pytest.raises(KeyringUnavailableError) as caught:
        store.remember(jid, os.urandom(32))
    assert str(caught.value) == NO_KEYRING
    assert isinstance(caught.value, WellbeingError)
    assert store.recall(jid) is None
    with pytest.raises(KeyringUnavailableError):
        store.forget(jid)
    assert store.backend_name() == f"{type(backend).__module__}.{type(backend).__qualname__}"


def test_fail_backend_name(use_backend: Any) -> None:
    use_backend(keyring.backends.fail.Keyring())
    assert KeyringStore().backend_name() == "keyring.backends.fail.Keyring"


def test_keyrings_alt_is_never_used(use_backend: Any) -> None:
    plaintext = use_backend(PlaintextLookalike())
    store = KeyringStore()
    jid = new_journal_id()

    reason = store.availability()
    assert reason is not None
    assert "without proper protection" in reason
    with pytest.raises(KeyringUnavailableError):
        store.remember(jid, os.urandom(32))
    assert plaintext.items == {}
    plaintext.items[(SERVICE, jid)] = os.urandom(32).hex()
    assert store.recall(jid) is None


def test_chainer_skips_keyrings_alt(use_backend: Any) -> None:
    plaintext, memory = PlaintextLookalike(), MemoryBackend()

    class Chain(keyring.backends.chainer.ChainerBackend):
        backends = [plaintext, memory]

    use_backend(Chain())
    store = KeyringStore()
    jid, data_key = new_journal_id(), os.urandom(32)

    assert store.availability() is None
    store.remember(jid, data_key)
    assert plaintext.items == {}
    assert memory.items == {(SERVICE, jid): data_key.hex()}
    assert store.recall(jid) == data_key
    assert store.backend_name().endswith(".MemoryBackend")


def test_chainer_of_only_placeholders(use_backend: Any) -> None:
    class Chain(keyring.backends.chainer.ChainerBackend):
        backends = [keyring.backends.fail.Keyring()]

    use_backend(Chain())
    assert KeyringStore().availability() == NO_KEYRING


def test_unviable_backend_is_unavailable(use_backend: Any) -> None:
    use_backend(UnviableBackend())
    store = KeyringStore()
    assert store.availability() == NO_KEYRING
    assert store.recall(new_journal_id()) is None


@pytest.mark.parametrize(
    "error",
    [
        keyring.errors.KeyringLocked("Failed to unlock the collection!"),
        keyring.errors.InitError("Failed to create the collection"),
        keyring.errors.PasswordSetError("nope"),
        secretstorage.exceptions.SecretServiceNotAvailableException("gone"),
        secretstorage.exceptions.PromptDismissedException("dismissed"),
        _dbus_error("org.freedesktop.DBus.Error.ServiceUnknown"),
        ConnectionResetError(104, "Connection reset by peer"),
        BrokenPipeError(32, "Broken pipe"),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_backend_failures_degrade(use_backend: Any, error: BaseException) -> None:
    use_backend(BrokenBackend(error))
    store = KeyringStore()
    jid = new_journal_id()

    assert store.recall(jid) is None
    if isinstance(error, UnicodeDecodeError):
        return  # only reading decodes
    with pytest.raises(KeyringUnavailableError) as caught:
        store.remember(jid, os.urandom(32))
    expected = "locked" if isinstance(error, keyring.errors.KeyringLocked) else "did not respond"
    assert expected in str(caught.value)
    with pytest.raises(KeyringUnavailableError):
        store.forget(jid)


def test_programming_errors_are_not_swallowed(use_backend: Any) -> None:
    use_backend(BrokenBackend(KeyError("bug")))
    with pytest.raises(KeyError):
        KeyringStore().recall(new_journal_id())


def test_remember_rejects_a_key_of_the_wrong_size(use_backend: Any) -> None:
    use_backend(MemoryBackend())
    with pytest.raises(ValueError, match="32 bytes"):
        KeyringStore().remember(new_journal_id(), b"short")


# --- the real Secret Service ------------------------------------------------------------------


@pytest.mark.keyring
def test_real_keyring_round_trip(
    secret_service: Any, test_service: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store = KeyringStore(test_service)
    jid, data_key = new_journal_id(), os.urandom(32)

    assert store.availability() is None
    assert store.backend_name() == "keyring.backends.SecretService.Keyring"
    assert store.recall(jid) is None
    store.remember(jid, data_key)
    assert store.recall(jid) == data_key
    assert keyring.get_password(test_service, jid) == data_key.hex()
    assert KeyringStore(test_service + "-other").recall(jid) is None

    replacement = os.urandom(32)
    store.remember(jid, replacement)
    assert store.recall(jid) == replacement

    assert store.forget(jid) is True
    assert store.recall(jid) is None
    assert store.forget(jid) is False
    for secret in (data_key, replacement):
        assert secret.hex() not in caplog.text
        assert secret.hex().upper() not in caplog.text


@pytest.mark.keyring
def test_real_keyring_keeps_journals_apart(secret_service: Any, test_service: str) -> None:
    store = KeyringStore(test_service)
    keys = {new_journal_id(): os.urandom(32) for _ in range(3)}
    for jid, data_key in keys.items():
        store.remember(jid, data_key)
    for jid, data_key in keys.items():
        assert store.recall(jid) == data_key
    first = next(iter(keys))
    store.forget(first)
    assert store.recall(first) is None
    assert all(store.recall(jid) == key for jid, key in keys.items() if jid != first)


@pytest.mark.keyring
@pytest.mark.parametrize(
    "garbage",
    ["", "garbage value", "abcd", "z" * 64, "0" * 63, "0" * 65, " " + "0" * 63, "0" * 64 + "\n"],
)
def test_real_keyring_garbage_entry_is_ignored_not_deleted(
    secret_service: Any,
    test_service: str,
    garbage: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = KeyringStore(test_service)
    jid = new_journal_id()
    keyring.set_password(test_service, jid, garbage)

    assert store.recall(jid) is None
    assert keyring.get_password(test_service, jid) == garbage
    if garbage.strip():
        assert garbage.strip() not in caplog.text.replace(jid, "")


@pytest.mark.keyring
def test_real_keyring_undecodable_entry_is_ignored(secret_service: Any, test_service: str) -> None:
    jid = new_journal_id()
    with secret_service.connected() as collection:
        collection.create_item(
            "garbage", {"service": test_service, "username": jid}, b"\xff\xfe\x00"
        )
        assert KeyringStore(test_service).recall(jid) is None
        assert len(list(collection.search_items({"service": test_service, "username": jid}))) == 1


@pytest.mark.keyring
def test_real_keyring_locked(secret_service: Any, test_service: str) -> None:
    if secret_service.collection_path is None:
        pytest.skip("locking needs gnome-keyring's throwaway collections")
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        pytest.skip("a display is present: unlocking would show a real prompt and wait")
    store = KeyringStore(test_service)
    jid, data_key = new_journal_id(), os.urandom(32)
    store.remember(jid, data_key)

    secret_service.lock()
    try:
        assert store.availability() is None  # availability never prompts
        assert store.recall(jid) is None
        with pytest.raises(KeyringUnavailableError, match="locked"):
            store.remember(jid, os.urandom(32))
        with pytest.raises(KeyringUnavailableError, match="locked"):
            store.forget(jid)
    finally:
        secret_service.unlock()

    assert store.recall(jid) == data_key  # nothing was lost or replaced while locked
