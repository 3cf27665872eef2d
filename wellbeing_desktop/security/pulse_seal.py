"""Sealing a leader's pulse to a round's public key (issue #18).

A round has an X25519 key pair: the facilitator's journal keeps the private key, the
round file carries the public key. A leader seals a pulse with an ephemeral X25519 key:
the shared secret goes through HKDF-SHA256 (salt: the ephemeral public key and the
round's public key; info: ``INFO``) into an AES-256-GCM key; the nonce is 12 random bytes
and the associated data binds the ciphertext to its round. Only the round's private key
opens it; whoever carries the file (mail, a shared folder) reads nothing.

The plaintext is padded to ``PADDED_BYTES`` (a 0x80 byte, then zero bytes) before it is
sealed, so every sealed pulse has the same length whatever it holds (a WHO-5 band or
none, one item or three); a ciphertext of any other length is refused on opening.

A round file made by hand may carry a public key of low order (all zero bytes, say),
with which every exchange gives the all-zero secret: ``public_key_usable`` tells, and
``seal`` refuses it with our own error, never the library's ``ValueError``.

``pulse_token`` is an HMAC under a secret kept in the leader's journal of the round id,
the round's public key and its period (``domain.pulse_types.round_token_input``): the same
for one journal within one round, unlinkable across rounds, and a round file that reuses
an id with another key or period gives other tokens.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.pulse_types import round_token_input
from wellbeing_desktop.security import messages as msg

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from wellbeing_desktop.domain.pulse_types import PulseRound

KEY_BYTES = 32
NONCE_BYTES = 12
INFO = b"leader-pulse pulse v1"
# The AES-GCM tag: a ciphertext is never shorter than this.
TAG_BYTES = 16
# Every plaintext is padded to this size before sealing (a pulse is well under 2 KiB).
PADDED_BYTES = 4096
# So every sealed pulse's ciphertext has this length.
SEALED_BYTES = PADDED_BYTES + TAG_BYTES
_PAD_MARK = b"\x80"


class PulseOpenError(WellbeingError):
    """A sealed pulse does not open with this key (wrong key, other round, or altered)."""

    def __init__(self) -> None:
        super().__init__(msg.PULSE_NOT_OPENED)


class PulsePaddingError(WellbeingError):
    """A sealed pulse opened, but its padding is not ours (it was not made by this app)."""

    def __init__(self) -> None:
        super().__init__(msg.PULSE_PADDING)


class PulseKeyError(WellbeingError):
    """The round's public key cannot be sealed to (not 32 bytes, or of low order)."""

    def __init__(self) -> None:
        super().__init__(msg.PULSE_KEY_NOT_USABLE)


class PulseTooLargeError(WellbeingError):
    """The pulse does not fit the fixed sealed size (never for a pulse this app makes)."""

    def __init__(self, size: int) -> None:
        super().__init__(msg.PULSE_TOO_LARGE, size=size, limit=PADDED_BYTES - 1)


@dataclass(frozen=True, slots=True)
class Sealed:
    """A sealed pulse: the ephemeral public key, the nonce and the AES-GCM ciphertext."""

    ephemeral_key: bytes
    nonce: bytes
    ciphertext: bytes


def new_round_keys() -> tuple[bytes, bytes]:
    """A new X25519 key pair as raw bytes: ``(private, public)``, 32 bytes each."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    return _private_bytes(private), _public_bytes(private)


def public_key_of(private_key: bytes) -> bytes:
    """The raw public key that belongs to ``private_key``."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return _public_bytes(X25519PrivateKey.from_private_bytes(private_key))


def public_key_usable(public_key: bytes) -> bool:
    """Whether a pulse can be sealed to ``public_key``: 32 bytes and not of low order.

    A throw-away exchange with a fresh key: a low-order key gives the all-zero secret,
    which the library refuses.
    """
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )

    if len(public_key) != KEY_BYTES:
        return False
    try:
        X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(public_key))
    except ValueError:
        return False
    return True


def seal(public_key: bytes, plaintext: bytes, aad: bytes) -> Sealed:
    """``plaintext``, padded to ``PADDED_BYTES``, sealed to the round's raw X25519 key.

    Raises:
        PulseKeyError: ``public_key`` is not 32 bytes or is of low order (a damaged or
            hand-made round file; ``read_round_file`` refuses those first).
        PulseTooLargeError: ``plaintext`` does not fit ``PADDED_BYTES`` with its padding.
    """
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    padded = _pad(plaintext)
    if len(public_key) != KEY_BYTES:
        raise PulseKeyError
    try:
        recipient = X25519PublicKey.from_public_bytes(public_key)
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = _public_bytes(ephemeral)
        key = _derive(ephemeral.exchange(recipient), ephemeral_public, public_key)
        nonce = secrets.token_bytes(NONCE_BYTES)
        return Sealed(ephemeral_public, nonce, AESGCM(key).encrypt(nonce, padded, aad))
    except ValueError:
        # A low-order key (the all-zero shared secret); the library's words never shown.
        raise PulseKeyError from None


def open_sealed(private_key: bytes, sealed: Sealed, aad: bytes) -> bytes:
    """The plaintext of ``sealed`` (its padding removed), opened with the round's private key.

    Raises:
        PulseOpenError: the key, the associated data or a byte of ``sealed`` does not
            match, or the ciphertext is not ``SEALED_BYTES`` long (the cryptography
            library's own words are never passed on).
        PulsePaddingError: it opened, but is not padded as ``seal`` pads.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if (
        len(private_key) != KEY_BYTES
        or len(sealed.ephemeral_key) != KEY_BYTES
        or len(sealed.nonce) != NONCE_BYTES
        or len(sealed.ciphertext) != SEALED_BYTES
    ):
        raise PulseOpenError
    try:
        own = X25519PrivateKey.from_private_bytes(private_key)
        shared = own.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral_key))
        key = _derive(shared, sealed.ephemeral_key, _public_bytes(own))
        padded = AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, aad)
    except (InvalidTag, ValueError):
        # ValueError: an all-zero shared secret (a low-order ephemeral key).
        raise PulseOpenError from None
    return _unpad(padded)


def pulse_token(secret: bytes, pulse_round: PulseRound) -> str:
    """The journal's token for a round: HMAC-SHA256 of its id, key and period, 64 hex."""
    return hmac.new(secret, round_token_input(pulse_round), hashlib.sha256).hexdigest()


def _pad(plaintext: bytes) -> bytes:
    if len(plaintext) + len(_PAD_MARK) > PADDED_BYTES:
        raise PulseTooLargeError(len(plaintext))
    return (plaintext + _PAD_MARK).ljust(PADDED_BYTES, b"\0")


def _unpad(padded: bytes) -> bytes:
    plaintext, mark, zeros = padded.rpartition(_PAD_MARK)
    if len(padded) != PADDED_BYTES or mark != _PAD_MARK or zeros.strip(b"\0"):
        raise PulsePaddingError
    return plaintext


def _derive(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_public + recipient_public,
        info=INFO,
    )
    return hkdf.derive(shared)


def _private_bytes(private: X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return private.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def _public_bytes(private: X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
