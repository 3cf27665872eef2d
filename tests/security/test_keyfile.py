"""The key file: wrapping, unwrapping, re-wrapping, bad input and damaged files."""

from __future__ import annotations

import base64
import json
import os
import re
import stat
import time
from typing import TYPE_CHECKING, Any

import pytest

from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.security import keyfile_format, recovery_code
from wellbeing_desktop.security.keyfile import (
    DATA_KEY_BYTES,
    DEFAULT_KDF,
    TEST_KDF,
    KdfParams,
    KeyFileDamagedError,
    KeyFileError,
    KeyFileTooWeakError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
    change_passphrase,
    create_key_file,
    generate_data_key,
    journal_id,
    unlock_with_passphrase,
    unlock_with_recovery_key,
    validate_new_passphrase,
)

if TYPE_CHECKING:
    from pathlib import Path

PASSPHRASE = "correct horse battery staple"
RECOVERY_RE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$")


def make(path: Path, passphrase: str = PASSPHRASE, **kwargs: Any) -> tuple[bytes, str]:
    kwargs.setdefault("kdf", TEST_KDF)
    return create_key_file(path, passphrase, **kwargs)


def snapshot(path: Path) -> tuple[bytes, int, list[str]]:
    """Bytes, mtime and the folder listing: what "nothing was written" means."""
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def load(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return doc


def save(path: Path, doc: dict[str, Any], *, fix_checksum: bool = True) -> None:
    """Write a hand-edited key file; fix_checksum models a deliberate (not accidental) edit."""
    if fix_checksum:
        doc["checksum"] = keyfile_format.checksum(doc)
    path.write_text(json.dumps(doc, indent=2), "utf-8")


def encodings_of(secret: bytes) -> list[bytes]:
    b64 = base64.b64encode(secret)
    urlsafe = base64.urlsafe_b64encode(secret)
    return [
        secret,
        secret.hex().encode(),
        secret.hex().upper().encode(),
        b64,
        b64.rstrip(b"="),
        urlsafe,
        urlsafe.rstrip(b"="),
        base64.b32encode(secret),
    ]


# --- round trips -------------------------------------------------------------------------


def test_create_and_unlock_round_trip(key_path: Path) -> None:
    data_key, code = make(key_path)

    assert len(data_key) == DATA_KEY_BYTES
    assert RECOVERY_RE.match(code)
    assert unlock_with_passphrase(key_path, PASSPHRASE) == data_key
    assert unlock_with_recovery_key(key_path, code) == data_key
    assert re.fullmatch(r"[0-9a-f]{32}", journal_id(key_path))


def test_file_layout_is_the_documented_one(key_path: Path) -> None:
    make(key_path)
    doc = load(key_path)

    assert doc["format"] == "leader-pulse-keyfile"
    assert doc["version"] == 1
    assert doc["journal_id"] == journal_id(key_path)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", doc["created"])
    assert [slot["type"] for slot in doc["slots"]] == ["passphrase", "recovery"]
    for slot in doc["slots"]:
        assert slot["cipher"] == "AES-256-GCM"
        assert slot["kdf"]["name"] == "argon2id"
        assert len(base64.b64decode(slot["kdf"]["salt"])) == 16
        assert len(base64.b64decode(slot["nonce"])) == 12
        assert len(base64.b64decode(slot["wrapped_key"])) == DATA_KEY_BYTES + 16
        assert slot["binding"] == {"journal_id": doc["journal_id"], "type": slot["type"]}
    passphrase_kdf, recovery_kdf = (slot["kdf"] for slot in doc["slots"])
    assert (passphrase_kdf["memory_kib"], passphrase_kdf["iterations"]) == (19456, 2)
    assert (recovery_kdf["memory_kib"], recovery_kdf["iterations"]) == (16384, 1)


def test_given_data_key_is_wrapped(key_path: Path) -> None:
    wanted = generate_data_key()
    data_key, _code = make(key_path, data_key=wanted)
    assert data_key == wanted
    assert unlock_with_passphrase(key_path, PASSPHRASE) == wanted


def test_every_journal_gets_its_own_key_and_id(tmp_path: Path) -> None:
    key_a, code_a = make(tmp_path / "a.key")
    key_b, code_b = make(tmp_path / "b.key")
    assert key_a != key_b
    assert code_a != code_b
    assert journal_id(tmp_path / "a.key") != journal_id(tmp_path / "b.key")


def test_default_kdf_round_trip_and_cost(key_path: Path) -> None:
    data_key, _code = create_key_file(key_path, PASSPHRASE)

    started = time.perf_counter()
    assert unlock_with_passphrase(key_path, PASSPHRASE) == data_key
    elapsed = time.perf_counter() - started

    kdf = load(key_path)["slots"][0]["kdf"]
    assert (kdf["memory_kib"], kdf["iterations"], kdf["lanes"]) == (
        DEFAULT_KDF.memory_kib,
        DEFAULT_KDF.iterations,
        DEFAULT_KDF.lanes,
    )
    assert DEFAULT_KDF.memory_kib >= 64 * 1024
    # Measured ~0.3 s on the reference machine; only guard against gross regressions.
    assert 0.05 < elapsed < 3.0


def test_unlocking_never_writes(key_path: Path) -> None:
    _data_key, code = make(key_path)
    before = snapshot(key_path)
    time.sleep(0.01)

    unlock_with_passphrase(key_path, PASSPHRASE)
    unlock_with_recovery_key(key_path, code)
    journal_id(key_path)

    assert snapshot(key_path) == before


def test_create_refuses_to_replace_an_existing_file(key_path: Path) -> None:
    make(key_path)
    before = snapshot(key_path)

    with pytest.raises(KeyFileError, match="already exists"):
        make(key_path, "another passphrase")

    assert snapshot(key_path) == before


def test_create_refuses_a_dangling_symlink(key_path: Path, tmp_path: Path) -> None:
    key_path.symlink_to(tmp_path / "elsewhere.key")
    with pytest.raises(KeyFileError, match="already exists"):
        make(key_path)
    assert not (tmp_path / "elsewhere.key").exists()


def test_create_in_missing_folder_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="cannot write the key file"):
        make(tmp_path / "missing" / "journal.key")


# --- wrong secrets ---------------------------------------------------------------------------


def test_wrong_passphrase_is_reported_and_changes_nothing(key_path: Path) -> None:
    make(key_path)
    before = snapshot(key_path)
    time.sleep(0.01)

    with pytest.raises(WrongPassphraseError) as caught:
        unlock_with_passphrase(key_path, "correct horse battery stapler")

    assert str(caught.value) == "wrong passphrase"
    assert isinstance(caught.value, WellbeingError)
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None
    assert snapshot(key_path) == before


@pytest.mark.parametrize(
    "attempt",
    ["", " ", PASSPHRASE.upper(), PASSPHRASE + " ", " " + PASSPHRASE, "x" * 10_000, "a\ud800b"],
)
def test_near_misses_and_odd_attempts_are_wrong_passphrases(key_path: Path, attempt: str) -> None:
    make(key_path)
    with pytest.raises(WrongPassphraseError):
        unlock_with_passphrase(key_path, attempt)


def test_recovery_code_is_read_tolerantly(key_path: Path) -> None:
    data_key, code = make(key_path)
    compact = code.replace("-", "")
    variants = [
        code.lower(),
        compact,
        " ".join(code.split("-")),
        f"  {code}\n",
        code.replace("-", "\u2013"),  # en dash, e.g. copied from a PDF
        " ".join(compact[i : i + 5] for i in range(0, len(compact), 5)),  # other grouping
        code.replace("0", "O").replace("1", "I"),
        code.lower().replace("0", "o").replace("1", "l"),
    ]
    for variant in variants:
        assert unlock_with_recovery_key(key_path, variant) == data_key


def test_recovery_code_encoding_vectors() -> None:
    assert recovery_code.format_recovery_code(bytes(20)) == "-".join(["0000"] * 8)
    assert recovery_code.format_recovery_code(b"\xff" * 20) == "-".join(["ZZZZ"] * 8)
    assert recovery_code.parse_recovery_code("oooo-OOOO-0000-0000-0000-0000-0000-000l") == (
        bytes(19) + b"\x01"
    )
    assert recovery_code.parse_recovery_code("0000 0000 0000 0000 0000 0000 0000 000I") == (
        bytes(19) + b"\x01"
    )
    for _ in range(50):
        raw = os.urandom(20)
        assert recovery_code.parse_recovery_code(recovery_code.format_recovery_code(raw)) == raw


def test_wrong_recovery_codes(key_path: Path) -> None:
    _data_key, code = make(key_path)
    other_code = recovery_code.format_recovery_code(os.urandom(20))
    before = snapshot(key_path)

    with pytest.raises(WrongRecoveryKeyError) as caught:
        unlock_with_recovery_key(key_path, other_code)
    assert str(caught.value) == "wrong recovery key"

    with pytest.raises(WrongRecoveryKeyError, match="has 32 letters and digits, this one has 31"):
        unlock_with_recovery_key(key_path, code[:-1])
    with pytest.raises(WrongRecoveryKeyError, match="characters a recovery key never has"):
        unlock_with_recovery_key(key_path, "U" + code.replace("-", "")[1:])
    with pytest.raises(WrongRecoveryKeyError):
        unlock_with_recovery_key(key_path, PASSPHRASE)
    with pytest.raises(WrongRecoveryKeyError):
        unlock_with_recovery_key(key_path, "")
    assert snapshot(key_path) == before


def test_passphrase_does_not_open_recovery_slot_and_vice_versa(key_path: Path) -> None:
    _data_key, code = make(key_path, "AAAA-BBBB-CCCC-DDDD")
    with pytest.raises(WrongPassphraseError):
        unlock_with_passphrase(key_path, code)


# --- changing secrets ----------------------------------------------------------------------


def test_change_passphrase(key_path: Path) -> None:
    data_key, code = make(key_path)
    old_doc = load(key_path)

    change_passphrase(key_path, data_key, "a brand new passphrase", kdf=TEST_KDF)

    with pytest.raises(WrongPassphraseError):
        unlock_with_passphrase(key_path, PASSPHRASE)
    assert unlock_with_passphrase(key_path, "a brand new passphrase") == data_key
    assert unlock_with_recovery_key(key_path, code) == data_key
    new_doc = load(key_path)
    assert new_doc["journal_id"] == old_doc["journal_id"]
    assert new_doc["created"] == old_doc["created"]
    assert new_doc["slots"][1] == old_doc["slots"][1]  # recovery slot kept byte for byte
    old_slot, new_slot = old_doc["slots"][0], new_doc["slots"][0]
    assert new_slot["kdf"]["salt"] != old_slot["kdf"]["salt"]
    assert new_slot["nonce"] != old_slot["nonce"]
    assert sorted(os.listdir(key_path.parent)) == ["journal.key"]


def test_change_passphrase_to_the_same_passphrase_still_rewraps(key_path: Path) -> None:
    data_key, _code = make(key_path)
    old_slot = load(key_path)["slots"][0]
    change_passphrase(key_path, data_key, PASSPHRASE, kdf=TEST_KDF)
    assert load(key_path)["slots"][0]["wrapped_key"] != old_slot["wrapped_key"]
    assert unlock_with_passphrase(key_path, PASSPHRASE) == data_key


def test_change_passphrase_can_raise_the_kdf_cost(key_path: Path) -> None:
    data_key, _code = make(key_path)
    stronger = KdfParams(memory_kib=24 * 1024, iterations=2, lanes=2)
    change_passphrase(key_path, data_key, "stronger passphrase", kdf=stronger)
    kdf = load(key_path)["slots"][0]["kdf"]
    assert (kdf["memory_kib"], kdf["iterations"], kdf["lanes"]) == (24 * 1024, 2, 2)
    assert unlock_with_passphrase(key_path, "stronger passphrase") == data_key


def test_change_passphrase_rejects_a_bad_new_passphrase_and_keeps_the_file(key_path: Path) -> None:
    data_key, _code = make(key_path)
    before = snapshot(key_path)
    with pytest.raises(ValidationError):
        change_passphrase(key_path, data_key, "short", kdf=TEST_KDF)
    assert snapshot(key_path) == before


def test_change_passphrase_refuses_a_key_from_another_journal(key_path: Path) -> None:
    make(key_path)
    before = snapshot(key_path)
    with pytest.raises(KeyFileError, match="belongs to a different journal"):
        change_passphrase(key_path, generate_data_key(), "a brand new passphrase", kdf=TEST_KDF)
    assert snapshot(key_path) == before


def test_change_passphrase_of_missing_file(key_path: Path) -> None:
    with pytest.raises(KeyFileError, match="no key file at"):
        change_passphrase(key_path, generate_data_key(), "a brand new passphrase", kdf=TEST_KDF)
    assert not key_path.exists()


def test_change_passphrase_through_a_symlink_updates_the_real_file(tmp_path: Path) -> None:
    real = tmp_path / "real" / "journal.key"
    real.parent.mkdir()
    data_key, _code = make(real)
    link = tmp_path / "journal.key"
    link.symlink_to(real)

    change_passphrase(link, data_key, "a brand new passphrase", kdf=TEST_KDF)

    assert link.is_symlink()
    assert unlock_with_passphrase(real, "a brand new passphrase") == data_key


# --- passphrase rules --------------------------------------------------------------------------

GOOD_PASSPHRASES = [
    "it's my journal",
    '"' * 8,
    '"quoted" passphrase',
    ";--;--;--",
    "'; DROP TABLE entries;--",
    "x'" + "2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99" + "'",
    "🔐🔑 my journal 👩‍💼",
    "🔐🔐🔐🔐",  # four characters, but eight UTF-16 units: still too short
    " leading space",
    "trailing space ",
    "   spaced   ",
    "abc\u202edefgh",  # right-to-left override
    "日本語のパスフレーズ",
    "tab\tinside",
    "y" * 1024,
]


@pytest.mark.parametrize("passphrase", GOOD_PASSPHRASES)
def test_unusual_passphrases_round_trip(tmp_path: Path, passphrase: str) -> None:
    if len(passphrase) < 8:
        with pytest.raises(ValidationError):
            validate_new_passphrase(passphrase)
        return
    path = tmp_path / "journal.key"
    data_key, _code = make(path, passphrase)
    assert unlock_with_passphrase(path, passphrase) == data_key
    if passphrase != passphrase.strip():
        with pytest.raises(WrongPassphraseError):
            unlock_with_passphrase(path, passphrase.strip())


def test_raw_key_lookalike_is_not_used_as_a_key(key_path: Path) -> None:
    lookalike = "x'" + "2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99" + "'"
    data_key, _code = make(key_path, lookalike)
    assert data_key != bytes.fromhex(lookalike[2:-1])


@pytest.mark.parametrize(("create_form", "unlock_form"), [("NFC", "NFD"), ("NFD", "NFC")])
def test_unicode_normal_forms_unlock_the_same_file(
    key_path: Path, create_form: str, unlock_form: str
) -> None:
    forms = {"NFC": "caf\u00e9 au lait", "NFD": "cafe\u0301 au lait"}
    assert forms["NFC"] != forms["NFD"]
    data_key, _code = make(key_path, forms[create_form])
    assert unlock_with_passphrase(key_path, forms[unlock_form]) == data_key


BAD_PASSPHRASES = {
    "empty": ("", "empty or only spaces"),
    "spaces": ("        ", "empty or only spaces"),
    "whitespace": (" \t\n\u00a0\u3000 \t\n", "empty or only spaces"),
    "invisible": ("\u200b" * 10, "empty or only spaces"),
    "short": ("seven c", "at least 8 characters"),
    "quote": ('"', "at least 8 characters"),
    "sql comment": (";--", "at least 8 characters"),
    "apostrophe": ("it's", "at least 8 characters"),
    "too long": ("z" * 1025, "at most 1024 characters"),
    "10 000 characters": ("z" * 10_000, "at most 1024 characters"),
    "nul": ("pass\x00word", "NUL"),
    "lone surrogate": ("password\ud800", "broken characters"),
}


@pytest.mark.parametrize("name", BAD_PASSPHRASES)
def test_bad_new_passphrases_are_rejected_without_echo(key_path: Path, name: str) -> None:
    passphrase, reason = BAD_PASSPHRASES[name]

    with pytest.raises(ValidationError) as caught:
        validate_new_passphrase(passphrase)
    assert caught.value.field == "passphrase"
    assert reason in str(caught.value)
    if passphrase.strip():
        for text in (str(caught.value), repr(caught.value), repr(caught.value.args)):
            assert passphrase.strip() not in text

    with pytest.raises(ValidationError):
        make(key_path, passphrase)
    assert not key_path.exists()
    assert os.listdir(key_path.parent) == []


def test_length_counts_characters_after_normalisation() -> None:
    validate_new_passphrase("e\u0301" * 8)  # 8 characters in NFC, 16 code points in NFD
    with pytest.raises(ValidationError):
        validate_new_passphrase("e\u0301" * 7)


# --- damaged and hostile files -------------------------------------------------------------


def test_missing_file(key_path: Path) -> None:
    for call in (
        lambda: unlock_with_passphrase(key_path, PASSPHRASE),
        lambda: unlock_with_recovery_key(key_path, "0" * 32),
        lambda: journal_id(key_path),
    ):
        with pytest.raises(KeyFileError, match=r"^no key file at .*journal\.key$"):
            call()
    assert not key_path.exists()


def test_folder_instead_of_file(key_path: Path) -> None:
    key_path.mkdir()
    with pytest.raises(KeyFileError, match="is a folder"):
        unlock_with_passphrase(key_path, PASSPHRASE)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(key_path: Path) -> None:
    make(key_path)
    key_path.chmod(0)
    try:
        with pytest.raises(KeyFileError, match="cannot read the key file"):
            unlock_with_passphrase(key_path, PASSPHRASE)
    finally:
        key_path.chmod(0o600)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b" \n", "is empty"),
        (b"\x00" * 100, "not valid JSON"),
        (os.urandom(200) + b"\xff", "not valid JSON"),
        (b"[" * 100_000, "too large to be a key file"),
        (b" " * 10_000_000, "too large to be a key file"),  # was "empty" (issue 13, item 14)
        (b"[" * 50_000, "not valid JSON"),
        (b'{"format": "leader-pulse-keyfile"', "not valid JSON"),
        (b"[]", "not a Leader Pulse key file"),
        (b'{"format": "jrnl"}', "not a Leader Pulse key file"),
        (b"SQLite format 3\x00" + bytes(100), "not valid JSON"),
        (b'{"format": "leader-pulse-keyfile", "version": "1"}', "version is not a number"),
        (b'{"format": "leader-pulse-keyfile", "version": true}', "version is not a number"),
        (b'{"format": "leader-pulse-keyfile", "version": 0}', "version is not a number"),
        (b'{"format": "leader-pulse-keyfile", "version": 1}', "checksum does not match"),
    ],
)
def test_garbage_files_are_reported_plainly(key_path: Path, content: bytes, message: str) -> None:
    key_path.write_bytes(content)
    with pytest.raises(KeyFileError, match=message) as caught:
        unlock_with_passphrase(key_path, PASSPHRASE)
    assert "\n" not in str(caught.value)
    assert key_path.read_bytes() == content


def test_truncated_file(key_path: Path) -> None:
    make(key_path)
    raw = key_path.read_bytes()
    for length in (1, len(raw) // 2, len(raw) - 3):
        key_path.write_bytes(raw[:length])
        with pytest.raises(KeyFileError, match="damaged"):
            unlock_with_passphrase(key_path, PASSPHRASE)


def test_every_flipped_bit_is_reported_as_damage(key_path: Path) -> None:
    """No single-byte corruption may pass for a wrong passphrase, let alone unlock."""
    _data_key, code = make(key_path)
    raw = key_path.read_bytes()
    for position in range(len(raw)):
        for mask in (0x01, 0x80) if position % 7 == 0 else (0x01,):
            damaged = bytearray(raw)
            damaged[position] ^= mask
            key_path.write_bytes(bytes(damaged))
            with pytest.raises(KeyFileError):
                unlock_with_passphrase(key_path, PASSPHRASE)
            with pytest.raises(KeyFileError):
                unlock_with_recovery_key(key_path, code)


def test_future_version_is_refused(key_path: Path) -> None:
    make(key_path)
    doc = load(key_path)
    doc["version"] = 2
    doc["slots"][0]["cipher"] = "something-new"
    for fix_checksum in (False, True):
        save(key_path, doc, fix_checksum=fix_checksum)
        with pytest.raises(KeyFileError) as caught:
            unlock_with_passphrase(key_path, PASSPHRASE)
        assert str(caught.value) == "this key file was made by a newer version of Leader Pulse"


def test_swapped_slot_types_are_caught(key_path: Path) -> None:
    _data_key, code = make(key_path)
    doc = load(key_path)
    doc["slots"][0]["type"], doc["slots"][1]["type"] = "recovery", "passphrase"

    save(key_path, doc, fix_checksum=False)
    with pytest.raises(KeyFileError, match="checksum does not match"):
        unlock_with_passphrase(key_path, PASSPHRASE)

    # A deliberate edit with a recomputed checksum: each slot's binding names its type, so
    # the file is called damaged, not the passphrase wrong (issue 13, item 14).
    save(key_path, doc)
    with pytest.raises(KeyFileDamagedError, match="slot types were swapped"):
        unlock_with_passphrase(key_path, PASSPHRASE)
    with pytest.raises(KeyFileDamagedError, match="another journal"):
        unlock_with_recovery_key(key_path, code)

    # Slots written before bindings existed: the light recovery slot now posing as the
    # passphrase slot is below the passphrase floor (issue 13, item 9): refused as that.
    for slot in doc["slots"]:
        del slot["binding"]
    save(key_path, doc)
    with pytest.raises(KeyFileTooWeakError):
        unlock_with_passphrase(key_path, PASSPHRASE)
    with pytest.raises(KeyFileTooWeakError):
        unlock_with_recovery_key(key_path, code)


def test_relabelled_slot_kdf_is_caught(key_path: Path) -> None:
    """Giving the recovery slot the passphrase slot's salt and settings must not help."""
    make(key_path)
    doc = load(key_path)
    passphrase_slot, recovery_slot = doc["slots"]
    doc["slots"] = [dict(recovery_slot, type="passphrase"), dict(passphrase_slot, type="recovery")]
    save(key_path, doc)
    with pytest.raises(KeyFileDamagedError, match="slot types were swapped"):
        unlock_with_passphrase(key_path, PASSPHRASE)
    for slot in doc["slots"]:
        del slot["binding"]
    save(key_path, doc)
    with pytest.raises(KeyFileTooWeakError):  # the recovery slot's light settings
        unlock_with_passphrase(key_path, PASSPHRASE)


def test_slot_from_another_journal_is_rejected(tmp_path: Path) -> None:
    make(tmp_path / "a.key")
    make(tmp_path / "b.key")
    doc_a, doc_b = load(tmp_path / "a.key"), load(tmp_path / "b.key")
    id_b = doc_b["journal_id"]
    doc_b["slots"][0] = doc_a["slots"][0]
    save(tmp_path / "b.key", doc_b)
    with pytest.raises(KeyFileDamagedError, match="passphrase slot was made for another journal"):
        unlock_with_passphrase(tmp_path / "b.key", PASSPHRASE)

    # Taking the journal id along as well: now the recovery slot is the stranger.
    doc_b["journal_id"] = doc_a["journal_id"]
    save(tmp_path / "b.key", doc_b)
    with pytest.raises(KeyFileDamagedError, match="recovery slot was made for another journal"):
        unlock_with_passphrase(tmp_path / "b.key", PASSPHRASE)

    # Older slots without a binding keep today's words: the AAD refuses the moved slot as
    # a wrong passphrase, and with the journal id taken along the key check of journal b
    # still refuses the key.
    for slot in doc_b["slots"]:
        del slot["binding"]
    doc_b["journal_id"] = id_b
    save(tmp_path / "b.key", doc_b)
    with pytest.raises(WrongPassphraseError):
        unlock_with_passphrase(tmp_path / "b.key", PASSPHRASE)
    doc_b["journal_id"] = doc_a["journal_id"]
    save(tmp_path / "b.key", doc_b)
    with pytest.raises(KeyFileError, match="key check"):
        unlock_with_passphrase(tmp_path / "b.key", PASSPHRASE)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["slots"][0]["kdf"].update(memory_kib=2**31), "out of range"),
        (lambda d: d["slots"][0]["kdf"].update(iterations=10**6), "out of range"),
        (lambda d: d["slots"][0]["kdf"].update(lanes=0), "out of range"),
        (lambda d: d["slots"][0]["kdf"].update(memory_kib="8192"), "not a number"),
        (lambda d: d["slots"][0]["kdf"].update(iterations=1.0), "not a number"),
        (lambda d: d["slots"][0]["kdf"].update(name="scrypt"), "unknown key derivation"),
        (lambda d: d["slots"][0].update(cipher="AES-128-CBC"), "unknown cipher"),
        (lambda d: d["slots"][0].update(type="fingerprint"), "slot has an unknown type"),
        (lambda d: d["slots"][0].update(nonce="AAAA"), "nonce has the wrong length"),
        (lambda d: d["slots"][0].update(wrapped_key="not base64!"), "wrapped_key is not valid"),
        (lambda d: d["slots"][0]["kdf"].update(salt=None), "salt is not valid"),
        (lambda d: d["slots"].append(d["slots"][0]), "two slots of the same type"),
        (lambda d: d["slots"].pop(0), "no passphrase slot"),
        (lambda d: d.update(slots={}), "no slots"),
        (lambda d: d.update(journal_id="../../etc"), "journal id"),
        (lambda d: d.update(key_check="AAAA"), "key_check has the wrong length"),
        (lambda d: d.update(created=None), "creation time"),
    ],
)
def test_hostile_edits_are_refused_before_any_derivation(
    key_path: Path, edit: Any, message: str
) -> None:
    make(key_path)
    doc = load(key_path)
    edit(doc)
    save(key_path, doc)
    started = time.perf_counter()
    with pytest.raises(KeyFileError, match=message):
        unlock_with_passphrase(key_path, PASSPHRASE)
    assert time.perf_counter() - started < 1.0


def test_recovery_on_a_file_without_recovery_slot(key_path: Path) -> None:
    make(key_path)
    doc = load(key_path)
    doc["slots"].pop(1)
    save(key_path, doc)
    with pytest.raises(KeyFileError, match="has no recovery key"):
        unlock_with_recovery_key(key_path, "0" * 32)


def test_kdf_params_are_bounded() -> None:
    for bad in ((0, 1, 1), (8192, 0, 1), (8192, 1, 0), (2**31, 1, 1), (8192, 1000, 1), (8, 1, 2)):
        with pytest.raises(ValueError, match="Argon2id"):
            KdfParams(*bad)


# --- file modes and secrets at rest --------------------------------------------------------


@pytest.mark.usefixtures("umask_000")
def test_key_file_is_private_even_with_umask_000(key_path: Path) -> None:
    data_key, _code = make(key_path)
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600

    key_path.chmod(0o644)
    change_passphrase(key_path, data_key, "a brand new passphrase", kdf=TEST_KDF)
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    assert os.listdir(key_path.parent) == ["journal.key"]


def test_no_secret_is_ever_in_the_key_file(key_path: Path) -> None:
    passphrase = "canary passphrase Zq7"
    data_key, code = make(key_path, passphrase)
    new_passphrase = "second canary passphrase Xw3"
    change_passphrase(key_path, data_key, new_passphrase, kdf=TEST_KDF)
    raw = key_path.read_bytes()

    needles = encodings_of(data_key)
    for secret in (passphrase, new_passphrase):
        needles += [secret.encode(), secret.encode("utf-16-le"), secret.lower().encode()]
    for recovery in (code,):
        needles += [recovery.encode(), recovery.replace("-", "").encode()]
        needles += encodings_of(recovery_code.parse_recovery_code(recovery))
    for needle in needles:
        assert needle not in raw
        assert needle.lower() not in raw.lower()


def test_errors_never_carry_secrets(key_path: Path) -> None:
    data_key, code = make(key_path)
    messages = []
    for call in (
        lambda: unlock_with_passphrase(key_path, "canary wrong passphrase"),
        lambda: unlock_with_recovery_key(key_path, code[:-1]),
        lambda: change_passphrase(key_path, data_key, "canary", kdf=TEST_KDF),
        lambda: change_passphrase(key_path, os.urandom(32), "canary ok length", kdf=TEST_KDF),
    ):
        with pytest.raises(WellbeingError) as caught:
            call()
        messages += [str(caught.value), repr(caught.value), repr(caught.value.args)]
    text = "\n".join(messages)
    assert "canary" not in text
    assert code[:10] not in text
    for needle in encodings_of(data_key):
        assert needle.decode("latin-1") not in text
