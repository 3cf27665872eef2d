"""Keeping the key file's passphrase slot at the app's current cost.

A slot below the floor is refused by ``security.keyfile`` before anything is derived. A
slot above the floor but cheaper than the settings the app writes today (a file from an
older version, or made with lighter settings) is re-wrapped at today's settings on the
next passphrase unlock: only then is the passphrase in hand. The re-wrap is the same
atomic, read-back-checked write a passphrase change makes; if it cannot be written (a
read-only folder) the unlock still succeeds and the next one tries again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.security import keyfile

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
