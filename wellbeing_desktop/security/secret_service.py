"""Reading a remembered data key straight from the freedesktop Secret Service (D-Bus).

``keyring_store`` stores through the ``keyring`` library, whose backend discovery (every
installed backend's entry point is loaded and asked for its priority) costs a command
line a large share of its run time, and which with ``secretstorage`` and ``cryptography``
holds ~9 MiB in the app. Every read of a remembered key (``KeyringStore.recall``: the
app's start, the commands, the quick search) looks here first: the same Secret Service,
the same item (``keyring``'s attributes ``service`` and ``username``), three D-Bus calls
(search, open a session, get the secret).

The session is the specification's ``plain`` one: the secret crosses the user's own
session bus unencrypted. The specification's ``dh-ietf1024-sha256-aes128-cbc-pkcs7``
session (what ``secretstorage`` negotiates) is "not envisioned to withstand man in the
middle attacks, or other active attacks", only to keep plain text out of memory that
may be swapped, and it calls that "of questionable value" for a Python client, whose own
memory holds the key in plain text anyway (Secret Service API, "Transfer of Secrets").
Any program running as the user can ask the service for an unlocked item directly, so
the bus shows it nothing new. The encrypted session cost this command about a seventh of
its run time (loading ``cryptography``, the key exchange).

Only unlocked items are read, so this never shows an unlock prompt. Anything unusual (no
session bus, no Secret Service, a locked item, an explicit ``keyring`` configuration, any
error) gives no key, and the caller goes the ordinary way through ``keyring_store``,
which may prompt, respects the configuration and reports problems. The key read here is
a candidate only: the caller checks it against the key file before using it.
"""

from __future__ import annotations

import logging
import os
import string
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping

SERVICE = "wellbeing-desktop"
KEY_BYTES = 32
TIMEOUT_SECONDS = 5.0

_BUS_NAME = "org.freedesktop.secrets"
_SERVICE_PATH = "/org/freedesktop/secrets"
_SERVICE_INTERFACE = "org.freedesktop.Secret.Service"
_ITEM_INTERFACE = "org.freedesktop.Secret.Item"
_ALGORITHM = "plain"
_KEYRING_BACKEND_ENV = "PYTHON_KEYRING_BACKEND"
_KEYRING_PROPERTY_PREFIX = "KEYRING_PROPERTY_"
_SECRET_SERVICE_BACKEND = "keyring.backends.SecretService.Keyring"

_log = logging.getLogger(__name__)


def keyring_configured(env: Mapping[str, str] | None = None) -> bool:
    """Whether the user chose a ``keyring`` backend (environment or ``keyringrc.cfg``).

    The direct lookup then stays out of the way: the configured backend decides.
    """
    env = os.environ if env is None else env
    chosen = env.get(_KEYRING_BACKEND_ENV)
    if chosen and chosen != _SECRET_SERVICE_BACKEND:
        return True
    # keyring's backend properties (e.g. KEYRING_PROPERTY_PREFERRED_COLLECTION) may point
    # it at another collection than the default one read here.
    if any(name.startswith(_KEYRING_PROPERTY_PREFIX) for name in env):
        return True
    # keyring's config root on Linux (keyring.util.platform_.config_root).
    root = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(root, "python_keyring", "keyringrc.cfg").exists()


class NotAnsweringError(Exception):
    """The session bus or the Secret Service did not answer within ``TIMEOUT_SECONDS``.

    A stopped or stuck keyring daemon: ``keyring`` would wait for it without end, so a
    caller that knows this asks for the passphrase instead.
    """


def remembered_keys(
    journal_id: str, service: str = SERVICE, collection: str | None = None
) -> list[bytes]:
    """The data keys in unlocked Secret Service items for this journal.

    The well-formed data keys in unlocked Secret Service items for this journal, in
    ``collection`` (an object path; by default the "default" alias, where ``keyring``
    stores and ``forget`` deletes).

    Empty when there are none or the Secret Service cannot be asked without side effects.
    """
    try:
        return answered_keys(journal_id, service, collection)
    except NotAnsweringError:
        return []


def answered_keys(
    journal_id: str, service: str = SERVICE, collection: str | None = None
) -> list[bytes]:
    """As ``remembered_keys``, but raises ``NotAnsweringError`` when the lookup timed out."""
    try:
        if keyring_configured() or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return []
        texts = _unlocked_secrets({"username": journal_id, "service": service}, collection)
    except TimeoutError as exc:
        _log.info("the Secret Service did not answer within %s s", TIMEOUT_SECONDS)
        raise NotAnsweringError from exc
    except Exception as exc:  # noqa: BLE001 - any failure: the ordinary keyring path decides
        _log.info("direct Secret Service lookup failed: %s", type(exc).__name__)
        return []
    keys = []
    for text in texts:
        if len(text) == 2 * KEY_BYTES and all(c in string.hexdigits for c in text):
            keys.append(bytes.fromhex(text))
    return keys


def nothing_remembered(journal_id: str, service: str = SERVICE) -> bool:
    """Whether the Secret Service surely holds no item for this journal, locked or not.

    True only when ``keyring`` is not configured otherwise, the session bus is there and
    a search of every collection finds no item with the journal's attributes: the
    ordinary keyring read (``KeyringStore.recall``) would then find nothing either, so
    the GUI's passphrase start need not load it. False whenever in doubt (an item, a
    locked one too, any error). Never prompts.
    """
    try:
        if keyring_configured() or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return False
        with _Bus() as bus:
            ((unlocked, locked),) = bus.calls(
                ("SearchItems", "a{ss}", ({"username": journal_id, "service": service},))
            )
        return not unlocked and not locked
    except Exception as exc:  # noqa: BLE001 - any failure: in doubt, the ordinary path asks
        _log.info("direct Secret Service search failed: %s", type(exc).__name__)
        return False


def forget_unlocked(journal_id: str, service: str = SERVICE, collection: str | None = None) -> int:
    """Delete the unlocked items ``remembered_keys`` would read for this journal; how many.

    ``KeyringStore.forget`` calls this beside ``keyring``'s own delete, so that a key
    forgotten through a differently configured ``keyring`` can never be read here again.
    Never raises and never prompts: 0 when the Secret Service cannot be asked.
    """
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return 0
    try:
        with _Bus() as bus:
            unlocked, _session = bus.unlocked_items(
                {"username": journal_id, "service": service}, collection
            )
            for path in unlocked:
                bus.call_at(path, _ITEM_INTERFACE, "Delete", "", ())
            return len(unlocked)
    except Exception as exc:  # noqa: BLE001 - only a clean-up: the keyring path reports
        _log.info("direct Secret Service delete failed: %s", type(exc).__name__)
        return 0


def _unlocked_secrets(attributes: dict[str, str], collection: str | None) -> list[str]:
    with _Bus() as bus:
        unlocked, session = bus.unlocked_items(attributes, collection)
        if not unlocked:
            return []
        ((values,),) = bus.calls(("GetSecrets", "aoo", (unlocked, session)))
        return [bytes(values[path][2]).decode("utf-8") for path in unlocked]


class _Bus:
    """A session-bus connection to the Secret Service for one lookup."""

    def __enter__(self) -> _Bus:
        """Connect; the authentication and the bus's ``Hello`` go out with the first requests.

        ``jeepney``'s ``open_dbus_connection`` waits for the bus to accept the
        authentication, then for the reply to ``Hello``: two round trips before the first
        request. The bus reads what follows ``BEGIN`` as messages, in order (libdbus keeps
        the bytes after it for that; ``sd-bus`` sends them the same way), so the
        authentication, ``BEGIN``, ``Hello`` and the first requests are sent at once, and
        the bus's ``OK`` line is read before their replies. Anything unexpected (a refused
        authentication, another ``jeepney``) is an error like any other: the caller then
        reads the key the ordinary way.
        """
        import socket

        from jeepney.auth import BEGIN, make_auth_external  # type: ignore[import-untyped, unused-ignore]
        from jeepney.bus import get_bus  # type: ignore[import-untyped, unused-ignore]
        from jeepney.io.blocking import (  # type: ignore[import-untyped, unused-ignore]
            DBusConnection,
            DBusConnectionBase,
        )

        sock = socket.socket(family=socket.AF_UNIX)
        try:
            sock.settimeout(TIMEOUT_SECONDS)
            sock.connect(get_bus("SESSION"))
            # Linux: the bus checks the credentials of the socket (SO_PEERCRED).
            sock.sendall(b"\0" + make_auth_external() + BEGIN)
            sock.settimeout(None)
        except BaseException:
            sock.close()
            raise
        connection = DBusConnection.__new__(DBusConnection)
        DBusConnectionBase.__init__(connection, sock)  # all of it but the two round trips
        self._connection = connection
        self._greeted = False
        return self

    def __exit__(self, *_exc: object) -> None:
        self._connection.close()

    def call_at(
        self, path: str, interface: str, method: str, signature: str, body: tuple[object, ...]
    ) -> tuple[Any, ...]:
        from jeepney import DBusAddress  # type: ignore[import-untyped, unused-ignore]

        address = DBusAddress(path, bus_name=_BUS_NAME, interface=interface)
        return self._send([(address, method, signature, body)])[0]

    def calls(self, *requests: tuple[str, str, tuple[object, ...]]) -> list[tuple[Any, ...]]:
        """Send the service requests at once, then collect their replies (one round trip)."""
        from jeepney import DBusAddress  # type: ignore[import-untyped, unused-ignore]

        service = DBusAddress(_SERVICE_PATH, bus_name=_BUS_NAME, interface=_SERVICE_INTERFACE)
        return self._send([(service, *request) for request in requests])

    def _send(
        self, requests: list[tuple[Any, str, str, tuple[object, ...]]]
    ) -> list[tuple[Any, ...]]:
        from jeepney import (  # type: ignore[import-untyped, unused-ignore]
            HeaderFields,
            MessageType,
            new_method_call,
        )

        connection = self._connection
        count = len(requests)  # the replies asked for (not Hello's)
        greeting = not self._greeted
        if greeting:  # the bus's first message, its reply collected with ours
            from jeepney.bus_messages import (  # type: ignore[import-untyped, unused-ignore]
                message_bus,
            )

            requests = [(message_bus, "Hello", "", ()), *requests]
            self._greeted = True
        serials = []
        for address, method, signature, body in requests:
            serial = next(connection.outgoing_serial)
            message = new_method_call(address, method, signature or None, body)
            connection.send_message(message, serial=serial)
            serials.append(serial)
        if greeting:
            self._accepted()
        replies: dict[int, Any] = {}
        while len(replies) < len(serials):
            reply = connection.receive(timeout=TIMEOUT_SECONDS)
            to = reply.header.fields.get(HeaderFields.reply_serial)
            if to in serials:
                if reply.header.message_type is MessageType.error:
                    raise OSError("the Secret Service refused a request")
                replies[to] = reply
        return [tuple(replies[serial].body) for serial in serials][-count:]

    def _accepted(self) -> None:
        """Read the bus's answer to the authentication; what follows it is messages."""
        connection = self._connection
        received = b""
        while b"\r\n" not in received:
            if not connection.selector.select(TIMEOUT_SECONDS):
                raise TimeoutError("the bus did not answer the authentication")
            data = connection.sock.recv(4096)
            if not data:
                raise OSError("the bus closed the connection")
            received += data
        line, rest = received.split(b"\r\n", 1)
        if not line.startswith(b"OK "):
            raise OSError("the bus refused the authentication")
        connection.parser.add_data(rest)

    def unlocked_items(
        self, attributes: dict[str, str], collection: str | None
    ) -> tuple[list[str], str]:
        """The unlocked items with ``attributes``, and a session to read them.

        The unlocked items with ``attributes`` in ``collection`` (by default the one the
        "default" alias names), and a ``plain`` session to read their secrets in.

        The session is opened alongside the search (it ends with the connection). Only
        one collection counts (the default one: ``keyring`` stores there and ``forget``
        deletes from there), so a copy elsewhere never opens the journal.
        """
        found, opened, alias = self.calls(
            ("SearchItems", "a{ss}", (attributes,)),
            ("OpenSession", "sv", (_ALGORITHM, ("s", ""))),
            ("ReadAlias", "s", ("default",)),
        )
        chosen = collection or str(alias[0])
        _output, session = opened
        if chosen == "/":
            return [], session
        return [path for path in found[0] if str(path).startswith(f"{chosen}/")], session
