"""The key file's format (version 1): its parts, and reading and writing them as JSON."""

# Key file format, version 1
# --------------------------
# UTF-8 JSON, written atomically with mode 0600. Every binary value is standard base64
# with padding.
#
#   {
#     "format": "leader-pulse-keyfile",       always this string
#     "version": 1,                           newer versions are refused, never guessed at
#     "journal_id": "<32 lower-case hex>",    uuid4, names the journal (keyring user name)
#     "created": "2026-11-26T19:55:00Z",      UTC, informational
#     "key_check": "<b64, 32 bytes>",         HMAC-SHA256(data key, "leader-pulse-keyfile
#                                             key-check" NUL journal_id): lets re-wrapping
#                                             refuse a data key from another journal; it
#                                             says nothing about a 256-bit random key
#     "slots": [                              one "passphrase" slot, at most one "recovery"
#       {
#         "type": "passphrase" | "recovery",
#         "kdf": {"name": "argon2id", "memory_kib": int, "iterations": int,
#                 "lanes": int, "salt": "<b64, 16 bytes>"},
#         "cipher": "AES-256-GCM",
#         "nonce": "<b64, 12 bytes>",
#         "wrapped_key": "<b64, 48 bytes: the encrypted data key and the GCM tag>",
#         "binding": {"journal_id": "<32 hex>", "type": "<slot type>"}
#       }                                     binding: written since issue 13, optional
#                                             (older slots lack it); see below
#     ],
#     "checksum": "sha256:<hex>"              SHA-256 of the canonical JSON of everything
#                                             else (sorted keys, no spaces, ASCII)
#   }
#
# Slot key:     Argon2id(secret, salt, memory_kib, iterations, lanes) -> 32 bytes.
#   passphrase: UTF-8 of the NFC-normalised passphrase, otherwise exactly as typed.
#   recovery:   the 20 random bytes the recovery code spells.
# wrapped_key:  AES-256-GCM(slot key, nonce, data key, AAD) where AAD is the compact JSON
#               ["leader-pulse-keyfile",1,"<journal_id>","<slot type>"], so a slot cannot
#               be moved to another journal's file or relabelled as the other slot type.
# binding:      the journal id and slot type the slot was wrapped for, i.e. its AAD in
#               plain. It must equal the file's journal id and the slot's type; the AAD
#               stays the file's values, so a binding that matches is exactly what the
#               AEAD authenticates. It adds no protection (AES-GCM refuses a moved or
#               relabelled slot either way); it lets a slot from another journal, an
#               edited journal id or swapped slot types be named as what they are before
#               any decryption, instead of "wrong passphrase". Slots without it keep
#               today's words: for them the two cannot be told apart.
# checksum:     not a defence against an attacker (who can recompute it; AES-GCM is the
#               defence) but tells a file damaged on disk apart from a wrong passphrase.
#
# Recovery code: 160 random bits as 32 Crockford base32 characters in eight groups of
# four ("7KQ2-M9XD-..."): no I, L, O or U, so it is easy to read off paper. Reading
# ignores case, spaces and dashes and takes O as 0 and I/L as 1. Because the code is
# uniformly random and 160 bits long, guessing it is hopeless whatever the KDF costs, so
# its slot uses a light Argon2id (RECOVERY_KDF) that only separates it by salt; the
# passphrase slot pays for the full DEFAULT_KDF because people choose weak passphrases.

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import stat
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from wellbeing_desktop.domain.errors import Message
from wellbeing_desktop.security import messages as msg
from wellbeing_desktop.security.kdf import KdfParams
from wellbeing_desktop.security.keyfile_errors import (
    KeyFileDamagedError,
    KeyFileError,
    damaged,
    os_reason,
    other_journal,
    too_large,
)

if TYPE_CHECKING:
    from pathlib import Path

DATA_KEY_BYTES = 32
FORMAT = "leader-pulse-keyfile"
VERSION = 1
CIPHER = "AES-256-GCM"
KDF_NAME = "argon2id"
SLOT_PASSPHRASE = "passphrase"
SLOT_RECOVERY = "recovery"
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16
_MAX_FILE_BYTES = 64 * 1024
_SLOT_OF_OTHER_JOURNAL = {
    SLOT_PASSPHRASE: msg.PASSPHRASE_SLOT_OTHER_JOURNAL,
    SLOT_RECOVERY: msg.RECOVERY_SLOT_OTHER_JOURNAL,
}


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the data key (a passphrase or a recovery slot)."""

    type: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    # The journal id the slot was wrapped for (see "binding"); None in older slots.
    bound_journal_id: str | None = None


@dataclass(frozen=True)
class KeyFile:
    """The parsed key file."""

    journal_id: str
    created: str
    key_check: bytes
    slots: tuple[Slot, ...]

    def slot(self, slot_type: str) -> Slot | None:
        return next((s for s in self.slots if s.type == slot_type), None)

    def with_slot(self, new: Slot) -> KeyFile:
        others = tuple(s for s in self.slots if s.type != new.type)
        ordered = sorted((new, *others), key=lambda s: s.type != SLOT_PASSPHRASE)
        return replace(self, slots=tuple(ordered))


def serialize(keyfile: KeyFile) -> bytes:
    body: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "journal_id": keyfile.journal_id,
        "created": keyfile.created,
        "key_check": _b64(keyfile.key_check),
        "slots": [
            {
                "type": slot.type,
                "kdf": {
                    "name": KDF_NAME,
                    "memory_kib": slot.kdf.memory_kib,
                    "iterations": slot.kdf.iterations,
                    "lanes": slot.kdf.lanes,
                    "salt": _b64(slot.salt),
                },
                "cipher": CIPHER,
                "nonce": _b64(slot.nonce),
                "wrapped_key": _b64(slot.wrapped_key),
                **_binding(slot),
            }
            for slot in keyfile.slots
        ],
    }
    body["checksum"] = checksum(body)
    return (json.dumps(body, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def _binding(slot: Slot) -> dict[str, Any]:
    if slot.bound_journal_id is None:
        return {}  # an older slot stays exactly as it was written
    return {"binding": {"journal_id": slot.bound_journal_id, "type": slot.type}}


def checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(
        {k: v for k, v in body.items() if k != "checksum"},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return "sha256:" + hashlib.sha256(canonical.encode("ascii")).hexdigest()


def read(path: Path) -> KeyFile:
    try:
        raw = _read_regular_file(path)
    except FileNotFoundError:
        raise KeyFileError(msg.NO_KEY_FILE, path=path) from None
    except IsADirectoryError:
        raise KeyFileError(msg.KEY_FILE_IS_FOLDER, path=path) from None
    except OSError as exc:
        raise KeyFileError(msg.KEY_FILE_NOT_READ, path=path, reason=os_reason(exc)) from exc
    return parse(raw, path)


def _read_regular_file(path: Path) -> bytes:
    """The file's bytes (at most one more than a key file may have).

    Opened without blocking and checked before reading: a FIFO in the key file's place
    would otherwise make every command wait forever for a writer, and a device could be
    endless. Only a regular file is read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(info.st_mode):
            raise KeyFileError(msg.KEY_FILE_NOT_REGULAR, path=path)
        if info.st_size > _MAX_FILE_BYTES:
            raise too_large(path)
        chunks = []
        size = 0
        while size <= _MAX_FILE_BYTES:
            chunk = os.read(fd, _MAX_FILE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def parse(raw: bytes, path: Path) -> KeyFile:
    if len(raw) > _MAX_FILE_BYTES:  # before "empty": ten megabytes of spaces are not empty
        raise too_large(path)
    if not raw.strip():
        raise KeyFileDamagedError(path, msg.EMPTY, Message(msg.KEY_FILE_EMPTY, path=path))
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise damaged(path, msg.NOT_JSON) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise KeyFileError(msg.NOT_A_KEY_FILE, path=path)
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise damaged(path, msg.VERSION_NOT_A_NUMBER)
    if version > VERSION:
        raise KeyFileError(msg.KEY_FILE_TOO_NEW)
    if doc.get("checksum") != checksum(doc):
        raise damaged(path, msg.CHECKSUM_MISMATCH)
    jid = doc.get("journal_id")
    if not isinstance(jid, str) or len(jid) != 32 or any(c not in "0123456789abcdef" for c in jid):
        raise damaged(path, msg.JOURNAL_ID_NOT_VALID)
    created = doc.get("created")
    if not isinstance(created, str):
        raise damaged(path, msg.CREATION_TIME_NOT_VALID)
    key_check = _b64_field(doc, "key_check", 32, path)
    raw_slots = doc.get("slots")
    if not isinstance(raw_slots, list):
        raise damaged(path, msg.NO_SLOTS)
    slots = tuple(_parse_slot(item, path) for item in raw_slots)
    types = [slot.type for slot in slots]
    if len(set(types)) != len(types):
        raise damaged(path, msg.TWO_SLOTS_OF_A_TYPE)
    if SLOT_PASSPHRASE not in types:
        raise damaged(path, msg.NO_PASSPHRASE_SLOT)
    for slot in slots:
        if slot.bound_journal_id is not None and slot.bound_journal_id != jid:
            raise other_journal(path, _SLOT_OF_OTHER_JOURNAL[slot.type])
    return KeyFile(journal_id=jid, created=created, key_check=key_check, slots=slots)


def _parse_slot(item: object, path: Path) -> Slot:
    if not isinstance(item, dict):
        raise damaged(path, msg.SLOT_NOT_VALID)
    slot_type = item.get("type")
    if slot_type not in (SLOT_PASSPHRASE, SLOT_RECOVERY):
        raise damaged(path, msg.SLOT_TYPE_UNKNOWN)
    if item.get("cipher") != CIPHER:
        raise damaged(path, msg.SLOT_CIPHER_UNKNOWN)
    kdf = item.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != KDF_NAME:
        raise damaged(path, msg.SLOT_KDF_UNKNOWN)
    numbers: list[int] = []
    for name in ("memory_kib", "iterations", "lanes"):
        value = kdf.get(name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise damaged(path, Message(msg.FIELD_NOT_A_NUMBER, code=name))
        numbers.append(value)
    try:
        params = KdfParams(*numbers)
    except ValueError:
        raise damaged(path, msg.SLOT_KDF_OUT_OF_RANGE) from None
    return Slot(
        type=str(slot_type),
        kdf=params,
        salt=_b64_field(kdf, "salt", SALT_BYTES, path),
        nonce=_b64_field(item, "nonce", NONCE_BYTES, path),
        wrapped_key=_b64_field(item, "wrapped_key", WRAPPED_KEY_BYTES, path),
        bound_journal_id=_parse_binding(item, str(slot_type), path),
    )


def _parse_binding(item: dict[str, Any], slot_type: str, path: Path) -> str | None:
    """The journal id a slot says it was made for; None for an older slot without one."""
    if "binding" not in item:
        return None
    binding = item["binding"]
    if not isinstance(binding, dict):
        raise damaged(path, msg.SLOT_NOT_VALID)
    bound_id = binding.get("journal_id")
    if not isinstance(bound_id, str) or binding.get("type") not in (SLOT_PASSPHRASE, SLOT_RECOVERY):
        raise damaged(path, msg.SLOT_NOT_VALID)
    if binding["type"] != slot_type:
        raise other_journal(path, msg.SLOT_TYPES_SWAPPED)
    return bound_id


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64_field(container: dict[str, Any], name: str, size: int, path: Path) -> bytes:
    value = container.get(name)
    try:
        if not isinstance(value, str):
            raise ValueError(name)
        data = base64.b64decode(value, validate=True)
    except (ValueError, binascii.Error):
        raise damaged(path, Message(msg.FIELD_NOT_VALID, code=name)) from None
    if len(data) != size:
        raise damaged(path, Message(msg.FIELD_WRONG_LENGTH, code=name))
    return data
