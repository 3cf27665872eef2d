"""Remembering the data key in the system keyring, as a convenience on top of the key file.

The keyring is never the only copy of the key (the key file and the recovery code are),
so every failure here degrades to "ask for the passphrase": reads return None, writes
raise KeyringUnavailableError, and nothing is ever deleted except on request.

Only real secret stores count. The fail and null backends and every ``keyrings.alt``
backend (plain-text or weakly encrypted files) are treated as "no keyring", also when
they sit inside keyring's chainer backend.
"""

from __future__ import annotations

import functools
import logging
import string
from contextlib import closing
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.security import messages as msg
from wellbeing_desktop.security import secret_service
from wellbeing_desktop.security.secret_service import SERVICE as SERVICE

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

    import keyring.backend

_KEY_BYTES = 32
_MAX_ITEMS = 64  # forget deletes at most this many items of one journal (never loops on)
_INSECURE_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.null", "keyring.backends.fail")

_log = logging.getLogger(__name__)


def _keyring() -> ModuleType:
    """The ``keyring`` library, imported on first use.

    The ``keyring`` library, imported on first use: with ``secretstorage`` and
    ``cryptography`` it holds ~9 MiB, and reading a remembered key needs none of it
    (``recall`` asks the Secret Service directly first).
    """
    import keyring
    import keyring.backend
    import keyring.backends.chainer
    import keyring.backends.fail
    import keyring.backends.null
    import keyring.errors

    return keyring


@functools.cache
def _backend_errors() -> tuple[type[BaseException], ...]:
    """Exceptions a keyring call may raise for reasons outside this program."""
    errors: list[type[BaseException]] = [
        _keyring().errors.KeyringError,
        # The D-Bus socket can vanish mid-call; jeepney then raises plain OSErrors.
        OSError,
        # keyring itself raises a plain RuntimeError when the Secret Service went away
        # after start-up.
        RuntimeError,
    ]
    try:
        import secretstorage.exceptions

        errors.append(secretstorage.exceptions.SecretStorageException)
    except ImportError:
        pass
    try:
        import jeepney  # type: ignore[import-untyped, unused-ignore]

        errors.append(jeepney.DBusErrorResponse)
    except ImportError:
        pass
    try:
        import dbus.exceptions  # type: ignore[import-not-found, unused-ignore]

        errors.append(dbus.exceptions.DBusException)
    except ImportError:
        pass
    return tuple(errors)


def _read_errors() -> tuple[type[BaseException], ...]:
    # keyring decodes Secret Service items as UTF-8, so a garbage item fails to decode.
    return (*_backend_errors(), UnicodeDecodeError)


_NO_KEYRING = msg.NO_KEYRING
_INSECURE_KEYRING = msg.INSECURE_KEYRING
_LOCKED = msg.KEYRING_LOCKED
_FAILED = msg.KEYRING_FAILED


class KeyringUnavailableError(WellbeingError):
    """The system keyring cannot be used right now (missing, insecure, locked or failing)."""


class KeyringStore:
    """Stores each journal's data key (as hex) under ``service`` with the journal id as user."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    def availability(self) -> str | None:
        """None when a real secret store is configured, else a one-line reason why not.

        This does not touch the store, so it never triggers an unlock prompt; a locked
        keyring shows up later as ``recall`` returning None or ``remember`` raising.
        """
        _backend, reason = self._resolve()
        return reason

    def backend_name(self) -> str:
        """The dotted class name of the backend in use, e.g. to notice a backend change."""
        backend, _reason = self._resolve()
        chosen = backend if backend is not None else _keyring().get_keyring()
        return f"{type(chosen).__module__}.{type(chosen).__qualname__}"

    def remember(self, journal_id: str, data_key: bytes) -> None:
        """Store the data key; raise KeyringUnavailableError if it cannot be stored."""
        if len(data_key) != _KEY_BYTES:
            raise ValueError(f"a data key is {_KEY_BYTES} bytes")
        backend = self._require()
        try:
            backend.set_password(self._service, journal_id, data_key.hex())
            # Another program may keep an item with the same attributes, which a plain
            # read could return instead of ours: look for ours among all of them.
            stored = _stored_texts(backend, self._service, journal_id)
        except _keyring().errors.KeyringLocked:
            raise KeyringUnavailableError(_LOCKED) from None
        except _read_errors() as exc:
            _log.warning("keyring refused to store the key: %s", type(exc).__name__)
            raise KeyringUnavailableError(_FAILED) from None
        if data_key.hex() not in stored:
            raise KeyringUnavailableError(_FAILED)

    def recall(self, journal_id: str) -> bytes | None:
        """The stored data key, or None if there is none or the keyring cannot be read.

        An entry that is not a 64-digit hex key is ignored (and left in place).

        The Secret Service is asked directly first (``secret_service``: the same item in
        the default collection, only if unlocked, never a prompt); anything else goes
        through ``keyring``, which may ask to unlock the keyring. A Secret Service that
        does not answer in time (a stopped daemon) gives None at once, not ``keyring``'s
        endless wait.
        """
        try:
            direct = secret_service.answered_keys(journal_id, self._service)
        except secret_service.NotAnsweringError:
            # A stopped or stuck daemon: keyring would wait for it without end.
            return None
        for data_key in direct:
            return data_key
        return next(iter(self._keyring_keys(journal_id)), None)

    def recall_fitting(self, journal_id: str, fits: Callable[[bytes], bool]) -> bytes | None:
        """The remembered key that ``fits`` (the key file's check), or None.

        Another program can store an item with the same attributes; the first one found
        need not be ours. The usual case (one item, and it fits) costs one lookup; only
        when the first key does not fit is every remembered one tried.
        """
        first = self.recall(journal_id)
        if first is None or fits(first):
            return first
        others = (key for key in self.remembered(journal_id) if key != first)
        return next((key for key in others if fits(key)), None)

    def remembered(self, journal_id: str) -> list[bytes]:
        """Every well-formed key remembered for this journal.

        Every well-formed key remembered for this journal: the unlocked items the
        Secret Service gives directly, then those ``keyring`` reads (each once). None
        when the Secret Service does not answer in time.
        """
        try:
            keys = secret_service.answered_keys(journal_id, self._service)
        except secret_service.NotAnsweringError:
            return []  # keyring would wait for the silent daemon without end
        keys += [key for key in self._keyring_keys(journal_id) if key not in keys]
        return keys

    def _keyring_keys(self, journal_id: str) -> list[bytes]:
        backend, _reason = self._resolve()
        if backend is None:
            return []
        try:
            texts = _stored_texts(backend, self._service, journal_id)
        except _read_errors() as exc:
            _log.info("keyring could not be read: %s", type(exc).__name__)
            return []
        keys = []
        for text in texts:
            if len(text) != 2 * _KEY_BYTES or any(c not in string.hexdigits for c in text):
                _log.warning("a keyring entry for journal %s is not a key; ignoring it", journal_id)
                continue
            keys.append(bytes.fromhex(text))
        return keys

    def forget(self, journal_id: str) -> bool:
        """Delete the stored key; False if there was none. Raises KeyringUnavailableError.

        Also from where ``recall`` reads directly (the Secret Service's default
        collection), whatever ``keyring`` is configured to use: a forgotten key must
        never open the journal again.
        """
        removed_directly = secret_service.forget_unlocked(journal_id, self._service) > 0
        backend, _reason = self._resolve()
        if backend is None:
            if removed_directly:
                return True
            raise KeyringUnavailableError(msg.NO_KEYRING_TO_FORGET)
        try:
            if backend.get_password(self._service, journal_id) is None:
                return removed_directly
            # Every item with these attributes, not only the first keyring finds: another
            # program's item with our attributes may come first, and ours must go.
            for _ in range(_MAX_ITEMS):
                backend.delete_password(self._service, journal_id)
                if backend.get_password(self._service, journal_id) is None:
                    break
        except _keyring().errors.KeyringLocked:
            raise KeyringUnavailableError(msg.KEYRING_LOCKED_FORGET) from None
        except _read_errors() as exc:
            _log.warning("keyring refused to delete the key: %s", type(exc).__name__)
            raise KeyringUnavailableError(msg.KEYRING_FAILED_FORGET) from None
        return True

    # --- backend choice ------------------------------------------------------------------

    def _require(self) -> keyring.backend.KeyringBackend:
        backend, reason = self._resolve()
        if backend is None:
            raise KeyringUnavailableError(reason or _NO_KEYRING)
        return backend

    @staticmethod
    def _resolve() -> tuple[keyring.backend.KeyringBackend | None, str | None]:
        """The secure backend to use, or None and the reason there is none."""
        keyring = _keyring()
        try:
            current = keyring.get_keyring()
        except _backend_errors():
            return None, _NO_KEYRING
        if isinstance(current, keyring.backends.chainer.ChainerBackend):
            try:
                candidates = list(current.backends)
            except _backend_errors():
                return None, _NO_KEYRING
        else:
            candidates = [current]
        usable = [b for b in candidates if not _is_insecure(b) and _is_viable(b)]
        if usable:
            return usable[0], None
        if any(_is_insecure(b) and not _is_placeholder(b) for b in candidates):
            return None, _INSECURE_KEYRING
        return None, _NO_KEYRING


def _stored_texts(backend: keyring.backend.KeyringBackend, service: str, user: str) -> list[str]:
    """Every secret stored under ``service`` and ``user``.

    Every secret stored under ``service`` and ``user``: all matching Secret Service
    items (``keyring``'s own read returns only the first), one for other backends.
    """
    from keyring.backends import SecretService

    if isinstance(backend, SecretService.Keyring):
        collection = backend.get_preferred_collection()  # type: ignore[no-untyped-call]
        with closing(collection.connection):
            texts = []
            for item in collection.search_items({"service": service, "username": user}):
                # As keyring's own read does (it may prompt).
                backend.unlock(item)  # type: ignore[no-untyped-call]
                try:
                    texts.append(item.get_secret().decode("utf-8"))
                except UnicodeDecodeError:
                    continue  # not a key; another item may be
            return texts
    stored = backend.get_password(service, user)
    return [] if stored is None else [stored]


def _is_placeholder(backend: keyring.backend.KeyringBackend) -> bool:
    backends = _keyring().backends
    return isinstance(backend, backends.fail.Keyring | backends.null.Keyring)


def _is_insecure(backend: keyring.backend.KeyringBackend) -> bool:
    """Placeholders and backends that keep secrets in files we cannot trust."""
    if _is_placeholder(backend):
        return True
    module = type(backend).__module__
    return any(module == p or module.startswith(p + ".") for p in _INSECURE_MODULE_PREFIXES)


def _is_viable(backend: keyring.backend.KeyringBackend) -> bool:
    # A backend forced by PYTHON_KEYRING_BACKEND is loaded even if its service is down
    # (e.g. no D-Bus session); "viable" asks the backend whether it can work right now.
    return bool(type(backend).viable)
