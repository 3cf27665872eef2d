"""Wrapping the data key in a slot (Argon2id + AES-256-GCM) and the key check."""

from __future__ import annotations

import hashlib
import hmac
import json

from wellbeing_desktop.security.kdf import KdfParams, derive
from wellbeing_desktop.security.keyfile_format import (
    FORMAT,
    NONCE_BYTES,
    SALT_BYTES,
    VERSION,
    Slot,
)

_KEY_CHECK_LABEL = b"leader-pulse-keyfile key-check\x00"


def aad(jid: str, slot_type: str) -> bytes:
    """The AES-GCM associated data: the format, its version, the journal id and slot type."""
    return json.dumps([FORMAT, VERSION, jid, slot_type], separators=(",", ":")).encode("ascii")


def wrap(data_key: bytes, secret: bytes, slot_type: str, jid: str, kdf: KdfParams) -> Slot:
    """A new slot holding ``data_key`` under a key derived from ``secret``."""
    import secrets  # only wrapping needs it: reading a key file (the quick search) does not

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(derive(secret, salt, kdf)).encrypt(nonce, data_key, aad(jid, slot_type))
    return Slot(
        type=slot_type, kdf=kdf, salt=salt, nonce=nonce, wrapped_key=wrapped, bound_journal_id=jid
    )


def unwrap(slot: Slot, secret: bytes, jid: str) -> bytes | None:
    """The data key in ``slot``; None if ``secret`` (or the journal id) does not open it."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(derive(secret, slot.salt, slot.kdf))
    try:
        return aead.decrypt(slot.nonce, slot.wrapped_key, aad(jid, slot.type))
    except InvalidTag:
        return None


def key_check(data_key: bytes, jid: str) -> bytes:
    """HMAC-SHA256 of the journal id under the data key (see the format notes)."""
    return hmac.new(data_key, _KEY_CHECK_LABEL + jid.encode("ascii"), hashlib.sha256).digest()
