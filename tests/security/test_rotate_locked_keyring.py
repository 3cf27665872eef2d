"""Rotating the key while the keyring is locked.

``passwd --rotate-key`` while the keyring is locked (attack2 F3): the old data key stays in the
keyring, and the result says so instead of claiming remembered keys open nothing. Against the real
gnome-keyring (a throwaway collection, locked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import keyring
import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.security.keyring_store import KeyringStore
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from pathlib import Path

    from tests.security.conftest import SecretServiceUnderTest

pytestmark = pytest.mark.keyring

NEW_PASSPHRASE = "a new passphrase nobody has seen"


def _access(root: Path, service: str) -> JournalAccess:
    return JournalAccess(
        JournalPaths(root), keyring=KeyringStore(service), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )


def test_rotation_with_a_locked_keyring_says_the_old_key_is_still_there(
    tmp_path: Path, test_service: str, secret_service: SecretServiceUnderTest
) -> None:
    access = _access(tmp_path / "j", test_service)
    journal, _ = access.create(PASSPHRASE)
    old_key = journal.data_key
    access.remember(journal)
    journal.close()
    journal_id = keyfile.journal_id(access.paths.key_file)
    secret_service.lock()

    result = access.rotate_data_key(PASSPHRASE, NEW_PASSPHRASE, lambda _code: None)

    assert result.old_key_in_keyring
    secret_service.unlock()
    assert keyring.get_password(test_service, journal_id) == old_key.hex()  # true words
    assert access.forget() is True  # what the message tells the user to run
    assert keyring.get_password(test_service, journal_id) is None


def test_rotation_with_an_unlocked_keyring_removes_the_old_key(
    tmp_path: Path, test_service: str, secret_service: SecretServiceUnderTest
) -> None:
    access = _access(tmp_path / "j", test_service)
    journal, _ = access.create(PASSPHRASE)
    old_key = journal.data_key
    access.remember(journal)
    journal.close()
    journal_id = keyfile.journal_id(access.paths.key_file)

    result = access.rotate_data_key(PASSPHRASE, NEW_PASSPHRASE, lambda _code: None)

    assert not result.old_key_in_keyring
    assert keyring.get_password(test_service, journal_id) != old_key.hex()
