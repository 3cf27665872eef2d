"""Sealing a pulse to a round's key: only the round's private key opens it, unaltered."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from wellbeing_desktop.domain.pulse_types import PulseRound
from wellbeing_desktop.security.pulse_seal import (
    KEY_BYTES,
    NONCE_BYTES,
    PADDED_BYTES,
    SEALED_BYTES,
    PulseKeyError,
    PulseOpenError,
    PulsePaddingError,
    PulseTooLargeError,
    Sealed,
    new_round_keys,
    open_sealed,
    public_key_of,
    public_key_usable,
    pulse_token,
    seal,
)

# X25519 public keys of low order: every exchange with them gives the all-zero secret.
LOW_ORDER_KEYS = [
    bytes(32),  # 0
    bytes([1]) + bytes(31),  # 1
    bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),  # order 8
    bytes.fromhex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"),  # order 8
    bytes.fromhex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),  # p - 1
]

ROUND = b"0123456789abcdef0123456789abcdef"
PLAIN = b'{"token": "t", "pulse": {"days_logged": 40}}'


def test_the_round_key_opens_what_was_sealed_to_it() -> None:
    private, public = new_round_keys()
    assert len(private) == KEY_BYTES
    assert len(public) == KEY_BYTES
    assert public_key_of(private) == public
    sealed = seal(public, PLAIN, ROUND)
    assert len(sealed.nonce) == NONCE_BYTES
    assert PLAIN not in sealed.ciphertext
    assert open_sealed(private, sealed, ROUND) == PLAIN


def test_each_seal_is_new_ephemeral_key_and_nonce() -> None:
    _, public = new_round_keys()
    first, second = seal(public, PLAIN, ROUND), seal(public, PLAIN, ROUND)
    assert first.ephemeral_key != second.ephemeral_key
    assert first.nonce != second.nonce
    assert first.ciphertext != second.ciphertext


def test_another_rounds_key_is_refused() -> None:
    _, public = new_round_keys()
    other_private, _ = new_round_keys()
    sealed = seal(public, PLAIN, ROUND)
    with pytest.raises(PulseOpenError) as caught:
        open_sealed(other_private, sealed, ROUND)
    assert str(caught.value) == "the pulse cannot be opened with this round's key"


@pytest.mark.parametrize("part", ["ephemeral_key", "nonce", "ciphertext"])
@pytest.mark.parametrize("index", [0, -1])
def test_a_tampered_byte_is_refused(part: str, index: int) -> None:
    private, public = new_round_keys()
    sealed = seal(public, PLAIN, ROUND)
    value = bytearray(getattr(sealed, part))
    value[index] ^= 0x01
    tampered = dataclasses.replace(sealed, **{part: bytes(value)})
    with pytest.raises(PulseOpenError):
        open_sealed(private, tampered, ROUND)


def test_other_associated_data_is_refused() -> None:
    private, public = new_round_keys()
    sealed = seal(public, PLAIN, ROUND)
    with pytest.raises(PulseOpenError):
        open_sealed(private, sealed, b"another round id")


@pytest.mark.parametrize(
    "sealed",
    [
        Sealed(b"\x00" * 32, b"\x00" * 12, b"\x00" * SEALED_BYTES),  # an all-zero key
        Sealed(LOW_ORDER_KEYS[2], b"\x00" * 12, b"\x00" * SEALED_BYTES),  # of order 8
        Sealed(b"\x01" * 31, b"\x00" * 12, b"\x00" * SEALED_BYTES),  # a key too short
        Sealed(b"\x09" * 32, b"\x00" * 11, b"\x00" * SEALED_BYTES),  # a nonce too short
        Sealed(b"\x09" * 32, b"\x00" * 12, b"\x00" * 15),  # shorter than the tag
        Sealed(b"\x09" * 32, b"\x00" * 12, b""),
    ],
)
def test_malformed_parts_are_refused_in_our_own_words(sealed: Sealed) -> None:
    private, _ = new_round_keys()
    with pytest.raises(PulseOpenError) as caught:
        open_sealed(private, sealed, ROUND)
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__ or caught.value.__context__ is None


def test_a_private_key_of_the_wrong_length_is_refused() -> None:
    _, public = new_round_keys()
    with pytest.raises(PulseOpenError):
        open_sealed(b"\x01" * 31, seal(public, PLAIN, ROUND), ROUND)


@pytest.mark.parametrize("key", [b"\x01" * 31, *LOW_ORDER_KEYS])
def test_sealing_to_a_key_of_the_wrong_length_or_low_order_is_refused_in_our_words(
    key: bytes,
) -> None:
    assert not public_key_usable(key)
    with pytest.raises(PulseKeyError) as caught:
        seal(key, PLAIN, ROUND)
    assert str(caught.value).startswith("the round file's key cannot be used to seal a pulse")
    assert caught.value.__suppress_context__ or caught.value.__context__ is None


def test_a_fresh_round_key_is_usable() -> None:
    assert public_key_usable(new_round_keys()[1])


# --- every sealed pulse has one length ----------------------------------------------------


def test_plaintexts_of_any_length_seal_to_one_length() -> None:
    private, public = new_round_keys()
    lengths = set()
    for plain in (b"", b"{}", PLAIN, b"x" * 1000, b"y" * (PADDED_BYTES - 1)):
        sealed = seal(public, plain, ROUND)
        lengths.add(len(sealed.ciphertext))
        assert open_sealed(private, sealed, ROUND) == plain
    assert lengths == {SEALED_BYTES}


def test_a_plaintext_that_does_not_fit_is_refused() -> None:
    _, public = new_round_keys()
    with pytest.raises(PulseTooLargeError, match="4096 bytes, at most 4095"):
        seal(public, b"z" * PADDED_BYTES, ROUND)


def test_a_ciphertext_of_another_length_is_refused() -> None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from wellbeing_desktop.security import pulse_seal

    private, public = new_round_keys()
    # Sealed as before the padding (right key, right round): its length gives it away.
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = public_key_of(pulse_seal._private_bytes(ephemeral))
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    key = pulse_seal._derive(shared, ephemeral_public, public)
    nonce = b"\x07" * NONCE_BYTES
    for plain in (PLAIN, b"x" * PADDED_BYTES, PLAIN.ljust(PADDED_BYTES, b"\0")):
        sealed = Sealed(ephemeral_public, nonce, AESGCM(key).encrypt(nonce, plain, ROUND))
        if len(sealed.ciphertext) != SEALED_BYTES:
            with pytest.raises(PulseOpenError):
                open_sealed(private, sealed, ROUND)
        else:  # the right length, but not padded as ours
            with pytest.raises(PulsePaddingError):
                open_sealed(private, sealed, ROUND)


# --- the token ----------------------------------------------------------------------------

ROUND_A = PulseRound("a" * 32, "Ledergruppen", date(2026, 9, 7), date(2026, 11, 1), 5, b"\x05" * 32)


def test_the_token_is_stable_per_round_and_unlinkable_across_rounds() -> None:
    secret, other_secret = b"\x11" * 32, b"\x22" * 32
    token = pulse_token(secret, ROUND_A)
    assert token == pulse_token(secret, ROUND_A)
    assert len(token) == 64
    assert set(token) <= set("0123456789abcdef")
    assert token != pulse_token(secret, dataclasses.replace(ROUND_A, round_id="b" * 32))
    assert token != pulse_token(other_secret, ROUND_A)
    assert secret.hex() not in token


@pytest.mark.parametrize(
    "changed",
    [
        {"public_key": b"\x06" * 32},
        {"start": date(2026, 9, 14)},
        {"end": date(2026, 11, 8)},
    ],
)
def test_a_round_file_that_reuses_the_id_with_another_key_or_period_gets_another_token(
    changed: dict[str, Any],
) -> None:
    secret = b"\x11" * 32
    assert pulse_token(secret, dataclasses.replace(ROUND_A, **changed)) != pulse_token(
        secret, ROUND_A
    )


def test_the_name_and_minimum_group_do_not_change_the_token() -> None:
    # A round is the same round to a leader when only its words change (none are sent).
    secret = b"\x11" * 32
    renamed = dataclasses.replace(ROUND_A, name="Another name", min_group=6)
    assert pulse_token(secret, renamed) == pulse_token(secret, ROUND_A)
