"""The key file beside the journal: the data key, wrapped by a passphrase and a recovery code.

The journal database is encrypted with a random 32-byte *data key*. That key never changes
and is never written anywhere in clear; this module keeps it wrapped in ``journal.key``:
once under a key derived from the user's passphrase and once under a key derived from a
printed recovery code. Changing the passphrase re-wraps the data key; the database is
never touched. Whether a passphrase is right is proven only by AES-GCM decryption
succeeding; no hash of the passphrase is stored.

The format is described in ``keyfile_format``; the key derivation settings are in ``kdf``,
the slot encryption in ``slot_crypto``, recovery codes in ``recovery_code`` and the errors
in ``keyfile_errors``. This module holds what the app does with a key file: create it,
unlock it, change its passphrase, read its journal id.
"""

from __future__ import annotations

import hmac
import os
import unicodedata
from pathlib import Path

from wellbeing_desktop.domain.errors import Message, ValidationError
from wellbeing_desktop.security import messages as msg
from wellbeing_desktop.security.kdf import (
    DEFAULT_KDF,
    PASSPHRASE_KDF_FLOOR,
    RECOVERY_KDF,
    RECOVERY_KDF_FLOOR,
    TEST_KDF,
    KdfParams,
    is_weaker,
    meets_floor,
    passphrase_secret,
)
from wellbeing_desktop.security.keyfile_errors import (
    KeyFileDamagedError,
    KeyFileError,
    KeyFileTooWeakError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
    damaged,
    os_reason,
)
from wellbeing_desktop.security.keyfile_format import (
    DATA_KEY_BYTES,
    SLOT_PASSPHRASE,
    SLOT_RECOVERY,
    KeyFile,
    parse,
    read,
    serialize,
)
from wellbeing_desktop.security.recovery_code import (
    RECOVERY_BYTES,
    format_recovery_code,
    parse_recovery_code,
)
from wellbeing_desktop.security.slot_crypto import key_check, unwrap, wrap

__all__ = [
    "DATA_KEY_BYTES",
    "DEFAULT_KDF",
    "MAX_PASSPHRASE_CHARS",
    "MIN_PASSPHRASE_CHARS",
    "PASSPHRASE_KDF_FLOOR",
    "RECOVERY_KDF",
    "RECOVERY_KDF_FLOOR",
    "TEST_KDF",
    "KdfParams",
    "KeyFileDamagedError",
    "KeyFileError",
    "KeyFileTooWeakError",
    "WrongPassphraseError",
    "WrongRecoveryKeyError",
    "change_passphrase",
    "copy_passphrase_slot",
    "create_key_file",
    "generate_data_key",
    "is_weaker",
    "journal_id",
    "journal_id_of_bytes",
    "key_fits",
    "meets_floor",
    "passphrase_kdf",
    "prepare_passphrase_change",
    "unlock_with_passphrase",
    "unlock_with_recovery_key",
    "validate_new_passphrase",
    "write_prepared",
]

MIN_PASSPHRASE_CHARS = 8
MAX_PASSPHRASE_CHARS = 1024


def generate_data_key() -> bytes:
    """A fresh random data key for a new journal."""
    import secrets  # only a new key needs it: a read (the quick search) loads less

    return secrets.token_bytes(DATA_KEY_BYTES)


def validate_new_passphrase(passphrase: str) -> None:
    """Raise ValidationError (field ``passphrase``) if this cannot become a passphrase."""
    text = unicodedata.normalize("NFC", passphrase)
    if all(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in text):
        raise ValidationError("passphrase", passphrase, msg.EMPTY_PASSPHRASE, show_value=False)
    if "\x00" in text:
        raise ValidationError("passphrase", passphrase, msg.NUL_IN_PASSPHRASE, show_value=False)
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise ValidationError("passphrase", passphrase, msg.BROKEN_CHARACTERS, show_value=False)
    if len(text) < MIN_PASSPHRASE_CHARS:
        raise ValidationError(
            "passphrase",
            passphrase,
            Message(msg.AT_LEAST_N_CHARACTERS, n=MIN_PASSPHRASE_CHARS),
            show_value=False,
        )
    if len(text) > MAX_PASSPHRASE_CHARS:
        raise ValidationError(
            "passphrase",
            passphrase,
            Message(msg.AT_MOST_N_CHARACTERS, n=MAX_PASSPHRASE_CHARS),
            show_value=False,
        )


def create_key_file(
    path: Path,
    passphrase: str,
    *,
    data_key: bytes | None = None,
    kdf: KdfParams = DEFAULT_KDF,
    journal_id: str | None = None,
) -> tuple[bytes, str]:
    """Write a new key file at ``path`` and return ``(data_key, recovery_code)``.

    Refuses to replace an existing file. The parent folder must exist. The new file is
    read back and both slots unwrapped before it is put in place. ``journal_id``: keep an
    existing journal's id (a new data key for the same journal); else a new id.
    """
    path = Path(path)
    validate_new_passphrase(passphrase)
    if data_key is None:
        data_key = generate_data_key()
    _require_data_key_shape(data_key)
    if os.path.lexists(path):
        raise KeyFileError(msg.KEY_FILE_EXISTS, path=path)
    import uuid  # here: it loads the platform module, which reading a key file never needs

    jid = journal_id or uuid.uuid4().hex
    if len(jid) != 32 or any(c not in "0123456789abcdef" for c in jid):
        raise ValueError("a journal id is 32 lower-case hex digits")
    import secrets
    from datetime import UTC, datetime

    recovery = secrets.token_bytes(RECOVERY_BYTES)
    secret = passphrase_secret(passphrase)
    keyfile = KeyFile(
        journal_id=jid,
        created=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        key_check=key_check(data_key, jid),
        slots=(
            wrap(data_key, secret, SLOT_PASSPHRASE, jid, kdf),
            wrap(data_key, recovery, SLOT_RECOVERY, jid, RECOVERY_KDF),
        ),
    )
    raw = serialize(keyfile)
    _verify_written(raw, path, data_key, {SLOT_PASSPHRASE: secret, SLOT_RECOVERY: recovery})
    from wellbeing_desktop.files import write_private_file_atomic  # a read needs none of it

    try:
        write_private_file_atomic(path, raw, overwrite=False)
    except FileExistsError:
        raise KeyFileError(msg.KEY_FILE_EXISTS, path=path) from None
    except OSError as exc:
        raise KeyFileError(msg.KEY_FILE_NOT_WRITTEN, path=path, reason=os_reason(exc)) from exc
    return data_key, format_recovery_code(recovery)


def unlock_with_passphrase(path: Path, passphrase: str) -> bytes:
    """Return the data key, or raise WrongPassphraseError. Only reads the file."""
    keyfile = read(Path(path))
    _require_floor(keyfile, Path(path))
    slot = keyfile.slot(SLOT_PASSPHRASE)
    if slot is None:  # _parse guarantees one; kept for the type checker
        raise damaged(path, msg.NO_PASSPHRASE_SLOT)
    try:
        secret = passphrase_secret(passphrase)
    except UnicodeEncodeError:
        raise WrongPassphraseError() from None
    data_key = unwrap(slot, secret, keyfile.journal_id)
    if data_key is None:
        raise WrongPassphraseError()
    _requirekey_check(keyfile, data_key, path)
    return data_key


def unlock_with_recovery_key(path: Path, code: str) -> bytes:
    """Return the data key, or raise WrongRecoveryKeyError. Only reads the file."""
    keyfile = read(Path(path))
    _require_floor(keyfile, Path(path))
    slot = keyfile.slot(SLOT_RECOVERY)
    if slot is None:
        raise KeyFileError(msg.NO_RECOVERY_KEY, path=path)
    recovery = parse_recovery_code(code)
    data_key = unwrap(slot, recovery, keyfile.journal_id)
    if data_key is None:
        raise WrongRecoveryKeyError()
    _requirekey_check(keyfile, data_key, path)
    return data_key


def change_passphrase(
    path: Path, data_key: bytes, new_passphrase: str, *, kdf: KdfParams = DEFAULT_KDF
) -> None:
    """Re-wrap the data key under ``new_passphrase``; the recovery slot is kept as it is."""
    validate_new_passphrase(new_passphrase)
    secret = passphrase_secret(new_passphrase)
    _rewrap(Path(path), data_key, SLOT_PASSPHRASE, secret, kdf)


def passphrase_kdf(path: Path) -> KdfParams:
    """The key derivation settings of the passphrase slot (to see whether it needs raising)."""
    keyfile = read(Path(path))
    slot = keyfile.slot(SLOT_PASSPHRASE)
    if slot is None:  # _parse guarantees one; kept for the type checker
        raise damaged(path, msg.NO_PASSPHRASE_SLOT)
    return slot.kdf


def journal_id(path: Path) -> str:
    """The id of the journal this key file belongs to (32 lower-case hex digits)."""
    return read(Path(path)).journal_id


def journal_id_of_bytes(raw: bytes, where: Path) -> str:
    """The journal id of key-file bytes held elsewhere (in a backup file named ``where``)."""
    return parse(raw, Path(where)).journal_id


# --- wrapping ----------------------------------------------------------------------------


def key_fits(path: Path, data_key: bytes) -> bool:
    """Whether ``data_key`` is this key file's data key (e.g. one recalled from a keyring).

    Reads only. A remembered key that no longer fits (the journal was replaced or
    restored) is then ignored rather than tried on the database.
    """
    keyfile = read(path)
    _require_floor(keyfile, Path(path))
    return len(data_key) == DATA_KEY_BYTES and hmac.compare_digest(
        key_check(data_key, keyfile.journal_id), keyfile.key_check
    )


def _require_data_key_shape(data_key: bytes) -> None:
    if not isinstance(data_key, bytes) or len(data_key) != DATA_KEY_BYTES:
        raise ValueError(f"a data key is {DATA_KEY_BYTES} bytes")


def _require_floor(keyfile: KeyFile, path: Path) -> None:
    """Refuse, before deriving anything, a slot that asks for less than the floor."""
    floors = {SLOT_PASSPHRASE: PASSPHRASE_KDF_FLOOR, SLOT_RECOVERY: RECOVERY_KDF_FLOOR}
    for slot in keyfile.slots:
        if not meets_floor(slot.kdf, floors[slot.type]):
            settings = {"n": slot.kdf.memory_kib, "count": slot.kdf.iterations}
            raise KeyFileTooWeakError(
                path,
                Message(msg.WEAKER_THAN_ACCEPTED, **settings),
                Message(msg.TOO_WEAK, path=path, **settings),
            )


def _requirekey_check(keyfile: KeyFile, data_key: bytes, path: Path) -> None:
    expected = key_check(data_key, keyfile.journal_id)
    if len(data_key) != DATA_KEY_BYTES or not hmac.compare_digest(expected, keyfile.key_check):
        raise damaged(path, msg.KEY_CHECK_MISMATCH)


def prepare_passphrase_change(
    path: Path, data_key: bytes, new_passphrase: str, *, kdf: KdfParams = DEFAULT_KDF
) -> bytes:
    """The bytes ``change_passphrase`` would write, without writing them.

    The bytes ``change_passphrase`` would write (checked), without writing them: so the
    same new passphrase slot can go into the journal's backups first (``copy_passphrase_slot``)
    and the key file last (``write_prepared``).
    """
    validate_new_passphrase(new_passphrase)
    secret = passphrase_secret(new_passphrase)
    return _prepare_rewrap(Path(path), data_key, SLOT_PASSPHRASE, secret, kdf)[1]


def write_prepared(path: Path, raw: bytes) -> None:
    """Put bytes from ``prepare_passphrase_change`` in place of the key file, atomically."""
    parse(raw, Path(path))
    target = Path(os.path.realpath(path))
    from wellbeing_desktop.files import write_private_file_atomic

    try:
        write_private_file_atomic(target, raw)
    except OSError as exc:
        raise KeyFileError(msg.KEY_FILE_NOT_WRITTEN, path=path, reason=os_reason(exc)) from exc


def copy_passphrase_slot(source: bytes, into: bytes, where: Path) -> bytes:
    """Another key file's bytes with the passphrase slot of ``source``.

    ``into`` (another key file's bytes, e.g. a backup's) with the passphrase slot of
    ``source``; ``where`` names ``into`` in messages.

    Only for the same journal and the same data key (equal journal ids and key checks):
    then the slot, whose AAD is that journal id and type, unwraps the same data key in
    both, and no key derivation is needed. The other slots of ``into`` are kept.
    """
    new = parse(source, Path("<new key file>"))
    old = parse(into, Path(where))
    if old.journal_id != new.journal_id:
        raise KeyFileError(msg.OTHER_JOURNAL_IN, path=where)
    if not hmac.compare_digest(old.key_check, new.key_check):
        raise KeyFileError(msg.OTHER_DATA_KEY_IN, path=where)
    slot = new.slot(SLOT_PASSPHRASE)
    if slot is None:  # _parse guarantees one; kept for the type checker
        raise damaged(Path(where), msg.NO_PASSPHRASE_SLOT)
    return serialize(old.with_slot(slot))


def _rewrap(path: Path, data_key: bytes, slot_type: str, secret: bytes, kdf: KdfParams) -> None:
    target, raw = _prepare_rewrap(path, data_key, slot_type, secret, kdf)
    from wellbeing_desktop.files import write_private_file_atomic

    try:
        write_private_file_atomic(target, raw)
    except OSError as exc:
        raise KeyFileError(msg.KEY_FILE_NOT_WRITTEN, path=path, reason=os_reason(exc)) from exc


def _prepare_rewrap(
    path: Path, data_key: bytes, slot_type: str, secret: bytes, kdf: KdfParams
) -> tuple[Path, bytes]:
    _require_data_key_shape(data_key)
    # Rewrite the real file if the key file is a symlink, instead of replacing the link.
    target = Path(os.path.realpath(path))
    keyfile = read(target)
    if not hmac.compare_digest(key_check(data_key, keyfile.journal_id), keyfile.key_check):
        raise KeyFileError(msg.OTHER_JOURNAL, path=path)
    updated = keyfile.with_slot(wrap(data_key, secret, slot_type, keyfile.journal_id, kdf))
    raw = serialize(updated)
    reread = _verify_written(raw, target, data_key, {slot_type: secret})
    if tuple(s for s in reread.slots if s.type != slot_type) != tuple(
        s for s in keyfile.slots if s.type != slot_type
    ):
        raise AssertionError("re-wrapping one slot changed another")
    return target, raw


def _verify_written(
    raw: bytes, path: Path, data_key: bytes, secrets_by_slot: dict[str, bytes]
) -> KeyFile:
    """Parse bytes about to be written and prove each given secret unwraps ``data_key``."""
    parsed = parse(raw, path)
    for slot_type, secret in secrets_by_slot.items():
        slot = parsed.slot(slot_type)
        unwrapped = None if slot is None else unwrap(slot, secret, parsed.journal_id)
        if unwrapped is None or not hmac.compare_digest(unwrapped, data_key):
            raise AssertionError(f"the new {slot_type} slot does not unwrap the data key")
    return parsed
