"""The key file's passphrase slot.

The key file's passphrase slot: kept at the app's current cost, and carried into the
journal's backups when the passphrase changes.

A slot below the floor is refused by ``security.keyfile`` before anything is derived. A
slot above the floor but cheaper than the settings the app writes today (a file from an
older version, or made with lighter settings) is re-wrapped at today's settings on the
next passphrase unlock: only then is the passphrase in hand. The re-wrap is the same
atomic, read-back-checked write a passphrase change makes; if it cannot be written (a
read-only folder) the unlock still succeeds and the next one tries again.
"""

from __future__ import annotations

import logging
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import backup_format
from wellbeing_desktop.storage.backup import list_backups

if TYPE_CHECKING:
    from wellbeing_desktop.paths import JournalPaths

log = logging.getLogger(__name__)


def raise_weak_passphrase_slot(
    key_file: Path, data_key: bytes, passphrase: str, target: keyfile.KdfParams
) -> bool:
    """Re-wrap the passphrase slot at ``target`` if it costs less; True if it was raised."""
    try:
        if not keyfile.is_weaker(keyfile.passphrase_kdf(key_file), target):
            return False
        keyfile.change_passphrase(key_file, data_key, passphrase, kdf=target)
    except (WellbeingError, OSError) as exc:
        log.warning("raising the key derivation cost failed (%s)", type(exc).__name__)
        return False
    log.info("key derivation cost raised to the current settings")
    return True


# --- a new passphrase reaches the backups ------------------------------------------------


@dataclass(frozen=True)
class BackupsRewrapped:
    """What a passphrase change did to the backups in the journal's backups folder."""

    changed: int = 0
    other_journal: int = 0  # backups of another journal: left alone
    other_key: tuple[Path, ...] = ()  # this journal under an older data key: left alone
    failed: tuple[Path, ...] = ()  # unreadable or damaged: left alone


def change_passphrase_everywhere(
    paths: JournalPaths, data_key: bytes, new_passphrase: str, kdf: keyfile.KdfParams
) -> BackupsRewrapped:
    """Give the key file and every backup the new passphrase.

    Give the key file and every backup of this journal in ``paths.backups`` the new
    passphrase; the old one then opens none of them.

    The new passphrase slot is made (and checked) once; each backup of this journal
    with the same data key gets exactly that slot (``keyfile.copy_passphrase_slot``: no
    derivation per backup), whatever passphrase it had before — also one from before an
    earlier change. Each backup is replaced atomically; the key file is written last, so
    after a crash the old passphrase still opens the journal and running the same change
    again finishes it. A backup of another journal, one made under another data key (see
    ``services.key_rotation``) or one that cannot be read is left as it is and counted.
    """
    new_raw = keyfile.prepare_passphrase_change(paths.key_file, data_key, new_passphrase, kdf=kdf)
    result = _rewrap_backups(paths.backups, new_raw)
    keyfile.write_prepared(paths.key_file, new_raw)
    log.info(
        "passphrase changed; backups: %d changed, %d of another journal, %d other key, %d failed",
        result.changed,
        result.other_journal,
        len(result.other_key),
        len(result.failed),
    )
    return result


def _rewrap_backups(backup_root: Path, new_raw: bytes) -> BackupsRewrapped:
    journal_id = keyfile.journal_id_of_bytes(new_raw, Path("<new key file>"))
    changed, other_journal = 0, 0
    other_key: list[Path] = []
    failed: list[Path] = []
    for path in list_backups(backup_root) if backup_root.is_dir() else []:
        try:
            if not stat.S_ISREG(path.lstat().st_mode):
                failed.append(path)  # never opened: a pipe here would wait forever
                continue
            header = backup_format.read_header(path)
            if header.key_length == 0:
                continue  # a raw copy of a folder without a key file
            old_raw = backup_format.read_key_part(path, header)
            if keyfile.journal_id_of_bytes(old_raw, path) != journal_id:
                other_journal += 1
                continue
            try:
                updated = keyfile.copy_passphrase_slot(new_raw, old_raw, path)
            except keyfile.KeyFileError:
                other_key.append(path)
                continue
            if updated != old_raw:
                backup_format.replace_key_part(path, updated)
            changed += 1
        except (WellbeingError, OSError) as exc:
            log.warning("a backup could not take the new passphrase (%s)", type(exc).__name__)
            failed.append(path)
    return BackupsRewrapped(changed, other_journal, tuple(other_key), tuple(failed))
