"""Each key file carries its own Argon2id settings.

Each key file carries its own Argon2id settings: lowering the default (14 → 11 iterations) leaves
every existing file opening as before.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from wellbeing_desktop.security.keyfile import (
    DEFAULT_KDF,
    KdfParams,
    change_passphrase,
    create_key_file,
    key_fits,
    unlock_with_passphrase,
)

if TYPE_CHECKING:
    from pathlib import Path

PASSPHRASE = "correct horse battery staple"
FORMER_DEFAULT = KdfParams(memory_kib=64 * 1024, iterations=14, lanes=4)


def _slot_kdf(path: Path) -> tuple[int, int, int]:
    slot = next(s for s in json.loads(path.read_text())["slots"] if s["type"] == "passphrase")
    kdf = slot["kdf"]
    return kdf["memory_kib"], kdf["iterations"], kdf["lanes"]


def test_the_default_is_the_lowered_one_and_still_strong() -> None:
    assert (DEFAULT_KDF.memory_kib, DEFAULT_KDF.iterations, DEFAULT_KDF.lanes) == (
        64 * 1024,
        11,
        4,
    )


def test_a_key_file_made_with_the_former_default_opens_with_its_own_settings(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.key"
    data_key, _code = create_key_file(path, PASSPHRASE, kdf=FORMER_DEFAULT)
    assert _slot_kdf(path) == (64 * 1024, 14, 4)
    before = path.read_bytes()

    assert unlock_with_passphrase(path, PASSPHRASE) == data_key
    assert path.read_bytes() == before  # opening never rewrites it to the new default

    # A passphrase change writes the slot again, with the settings it is given.
    change_passphrase(path, data_key, "a new passphrase to type", kdf=DEFAULT_KDF)
    assert _slot_kdf(path) == (64 * 1024, 11, 4)
    assert unlock_with_passphrase(path, "a new passphrase to type") == data_key
    assert key_fits(path, data_key)
