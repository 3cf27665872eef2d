"""Fixtures for the security tests.

Tests marked ``keyring`` talk to a real Secret Service (gnome-keyring under
``dbus-run-session``). They are skipped when none is reachable, unless
``WELLBEING_REQUIRE_KEYRING=1`` is set, in which case they fail: CI sets it so a broken
keyring setup cannot turn the whole keyring suite into silent skips.

When the service is gnome-keyring, every keyring test runs against its own throwaway
collection (created and deleted through gnome-keyring's password-based interface), so the
tests never read, lock or change the user's login keyring.
"""

from __future__ import annotations

import functools
import gc
import os
import uuid
import warnings
from contextlib import closing, contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import keyring
import keyring.backend
import pytest
from keyring.backends import SecretService

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

REQUIRE_ENV = "WELLBEING_REQUIRE_KEYRING"
_GNOME_INTERNAL = "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"


@functools.cache
def secret_service_problem() -> str | None:
    """None if a Secret Service answers on the session bus, else why not."""
    try:
        import secretstorage
        import secretstorage.exceptions
    except ImportError:
        return "SecretStorage is not installed"
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session bus (run under dbus-run-session)"
    try:
        with closing(secretstorage.dbus_init()) as connection:
            if not secretstorage.check_service_availability(connection):
                return "no Secret Service on the session bus (start gnome-keyring-daemon)"
    except (secretstorage.exceptions.SecretStorageException, OSError) as exc:
        return f"cannot reach the Secret Service: {type(exc).__name__}"
    return None


@pytest.fixture(autouse=True)
def _keyring_gate(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("keyring") is None:
        return
    problem = secret_service_problem()
    if problem is None:
        return
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but {problem}")
    pytest.skip(problem)


@dataclass
class SecretServiceUnderTest:
    """The real backend the test uses, and the collection it writes to."""

    backend: keyring.backend.KeyringBackend
    collection_path: str | None  # None: the default collection (not gnome-keyring)
    password: bytes

    def collection(self) -> Any:
        import secretstorage

        connection = secretstorage.dbus_init()
        if self.collection_path is None:
            return secretstorage.get_default_collection(connection)
        return secretstorage.Collection(connection, self.collection_path)

    def lock(self) -> None:
        with self.connected() as collection:
            collection.lock()

    @contextmanager
    def connected(self) -> Iterator[Any]:
        """The collection over a connection that is closed afterwards (no leaked sockets)."""
        import secretstorage

        connection = secretstorage.dbus_init()
        with closing(connection):
            if self.collection_path is None:
                yield secretstorage.get_default_collection(connection)
            else:
                yield secretstorage.Collection(connection, self.collection_path)

    def unlock(self) -> None:
        assert self.collection_path is not None
        _gnome_call("UnlockWithMasterPassword", "o(oayays)", self.collection_path, self.password)


def _gnome_call(method: str, signature: str, first: object, password: bytes) -> object:
    import secretstorage
    from secretstorage.defines import SS_PATH
    from secretstorage.util import DBusAddressWrapper, format_secret, open_session

    connection = secretstorage.dbus_init()
    with closing(connection):
        session = open_session(connection)
        internal = DBusAddressWrapper(SS_PATH, _GNOME_INTERNAL, connection)
        return internal.call(
            method, signature, first, format_secret(session, password, "text/plain")
        )


def _create_throwaway_collection(password: bytes) -> str | None:
    import jeepney

    label = {"org.freedesktop.Secret.Collection.Label": ("s", f"wb-test-{uuid.uuid4().hex[:8]}")}
    try:
        result = _gnome_call("CreateWithMasterPassword", "a{sv}(oayays)", label, password)
    except jeepney.DBusErrorResponse:
        return None  # not gnome-keyring
    assert isinstance(result, tuple)
    return str(result[0])


@pytest.fixture
def secret_service() -> Iterator[SecretServiceUnderTest]:
    """Point keyring at the real Secret Service (a throwaway collection when possible)."""
    password = uuid.uuid4().hex.encode()
    path = _create_throwaway_collection(password)
    backend = SecretService.Keyring()
    if path is not None:
        # keyring reads this documented knob with hasattr() but declares no such attribute.
        backend.preferred_collection = path  # type: ignore[attr-defined]
    under_test = SecretServiceUnderTest(backend, path, password)
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield under_test
    finally:
        keyring.set_keyring(previous)
        # keyring's Secret Service backend opens a D-Bus connection per call and never
        # closes it; collect those sockets here rather than at a random later point, where
        # their ResourceWarning would surface inside the app's code.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()
        if path is not None:
            with under_test.connected() as collection:
                if collection.is_locked():
                    under_test.unlock()
                collection.delete()


@pytest.fixture
def test_service(secret_service: SecretServiceUnderTest) -> Iterator[str]:
    """A service name used by one test only; its items are deleted afterwards."""
    service = f"wellbeing-desktop-test-{uuid.uuid4().hex[:8]}"
    yield service
    if secret_service.collection_path is None:
        with secret_service.connected() as collection:
            for item in collection.search_items({"service": service}):
                item.delete()


@pytest.fixture
def umask_000() -> Iterator[None]:
    """Run the test with umask 000, so only explicit modes keep files private."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def key_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.key"
