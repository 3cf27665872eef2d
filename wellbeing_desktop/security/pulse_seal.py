"""Sealing a leader's pulse to a round's public key (issue #18).

A round has an X25519 key pair: the facilitator's journal keeps the private key, the
round file carries the public key. A leader seals a pulse with an ephemeral X25519 key:
the shared secret goes through HKDF-SHA256 (salt: the ephemeral public key and the
round's public key; info: ``INFO``) into an AES-256-GCM key; the nonce is 12 random bytes
and the associated data binds the ciphertext to its round. Only the round's private key
opens it; whoever carries the file (mail, a shared folder) reads nothing.

``pulse_token`` is an HMAC of the round id under a secret kept in the leader's journal:
the same for one journal within one round, unlinkable across rounds.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.security import messages as msg

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

KEY_BYTES = 32
NONCE_BYTES = 12
INFO = b"leader-pulse pulse v1"
# The AES-GCM tag: a ciphertext is never shorter than this.
TAG_BYTES = 16


class PulseOpenError(WellbeingError):
    """A sealed pulse does not open with this key (wrong key, other round, or altered)."""

    def __init__(self) -> None:
        super().__init__(msg.PULSE_NOT_OPENED)


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


def seal(public_key: bytes, plaintext: bytes, aad: bytes) -> Sealed:
    """``plaintext`` sealed to the round's raw X25519 ``public_key``, bound to ``aad``.

    Raises:
        ValueError: ``public_key`` is not 32 bytes (the caller checks the round file).
    """
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(public_key) != KEY_BYTES:
        raise ValueError("a round's public key is 32 bytes")
    recipient = X25519PublicKey.from_public_bytes(public_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _public_bytes(ephemeral)
    key = _derive(ephemeral.exchange(recipient), ephemeral_public, public_key)
    nonce = secrets.token_bytes(NONCE_BYTES)
    return Sealed(ephemeral_public, nonce, AESGCM(key).encrypt(nonce, plaintext, aad))


def open_sealed(private_key: bytes, sealed: Sealed, aad: bytes) -> bytes:
    """The plaintext of ``sealed``, opened with the round's raw X25519 ``private_key``.

    Raises:
        PulseOpenError: the key, the associated data or a byte of ``sealed`` does not
            match (the cryptography library's own words are never passed on).
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
        or len(sealed.ciphertext) < TAG_BYTES
    ):
        raise PulseOpenError
    try:
        own = X25519PrivateKey.from_private_bytes(private_key)
        shared = own.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral_key))
        key = _derive(shared, sealed.ephemeral_key, _public_bytes(own))
        return AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, aad)
    except (InvalidTag, ValueError):
        # ValueError: an all-zero shared secret (a low-order ephemeral key).
        raise PulseOpenError from None


def pulse_token(secret: bytes, round_id: str) -> str:
    """The journal's token for a round: HMAC-SHA256 of the round id, 64 hex characters."""
    label = b"leader-pulse token\x00" + round_id.encode("utf-8")
    return hmac.new(secret, label, hashlib.sha256).hexdigest()


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
