"""Sealing a pulse to a round's key: only the round's private key opens it, unaltered."""

from __future__ import annotations

import dataclasses

import pytest

from wellbeing_desktop.security.pulse_seal import (
    KEY_BYTES,
    NONCE_BYTES,
    PulseOpenError,
    Sealed,
    new_round_keys,
    open_sealed,
    public_key_of,
    pulse_token,
    seal,
)

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
        Sealed(b"\x00" * 32, b"\x00" * 12, b"\x00" * 40),  # an all-zero (low-order) key
        Sealed(b"\x01" * 31, b"\x00" * 12, b"\x00" * 40),  # a key too short
        Sealed(b"\x09" * 32, b"\x00" * 11, b"\x00" * 40),  # a nonce too short
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


def test_sealing_to_a_key_of_the_wrong_length_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        seal(b"\x01" * 31, PLAIN, ROUND)


def test_the_token_is_stable_per_round_and_unlinkable_across_rounds() -> None:
    secret, other_secret = b"\x11" * 32, b"\x22" * 32
    token = pulse_token(secret, "a" * 32)
    assert token == pulse_token(secret, "a" * 32)
    assert len(token) == 64
    assert set(token) <= set("0123456789abcdef")
    assert token != pulse_token(secret, "b" * 32)
    assert token != pulse_token(other_secret, "a" * 32)
    assert secret.hex() not in token
