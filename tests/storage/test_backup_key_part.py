"""Rewriting a backup's key part in place.

``backup_format.replace_key_part``: a backup's key part rewritten in place, atomically, everything
else kept (issue 13, item 8a).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import backup_format

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal


def _parts(path: Path) -> tuple[backup_format.BackupHeader, bytes, bytes]:
    header = backup_format.read_header(path)
    raw = path.read_bytes()
    start = header.header_size + header.key_length
    return header, backup_format.read_key_part(path, header), raw[start:]


def test_the_key_part_is_replaced_and_everything_else_kept(
    journal: Journal, tmp_path: Path
) -> None:
    made = journal.backup()
    header, key_part, rest = _parts(made)
    mtime = made.stat().st_mtime_ns
    key = tmp_path / "journal.key"
    key.write_bytes(key_part)
    keyfile.change_passphrase(key, journal.data_key, "another passphrase", kdf=keyfile.TEST_KDF)
    new_key_part = key.read_bytes()
    assert len(new_key_part) != len(key_part) or new_key_part != key_part

    backup_format.replace_key_part(made, new_key_part)

    new_header, read_key, new_rest = _parts(made)  # read_header checks the checksum
    assert read_key == new_key_part
    assert new_rest == rest
    assert new_header.verified == header.verified
    assert made.stat().st_mtime_ns == mtime  # when it was made
    assert made.stat().st_mode & 0o777 == 0o600
    assert not list(made.parent.glob(".*.tmp"))
    key.write_bytes(read_key)
    with pytest.raises(keyfile.WrongPassphraseError):
        keyfile.unlock_with_passphrase(key, PASSPHRASE)
    assert keyfile.unlock_with_passphrase(key, "another passphrase") == journal.data_key


def test_a_damaged_backup_is_left_as_it_is(journal: Journal) -> None:
    made = journal.backup()
    raw = bytearray(made.read_bytes())
    raw[-10] ^= 0x01
    made.write_bytes(bytes(raw))
    with pytest.raises(backup_format.BackupFileError, match="damaged"):
        backup_format.replace_key_part(made, b"{}")
    assert made.read_bytes() == bytes(raw)
    assert not list(made.parent.glob(".*.tmp"))
