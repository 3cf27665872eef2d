"""Two keyring items with our attributes (issue 13, item 15).

Another program can store an item with the same ``service`` and ``username``; the first
well-formed one found used to win, so the journal asked for its passphrase again and
"remember" failed. Every candidate is now tried against the key file. Real gnome-keyring.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.security.keyring_store import KeyringStore
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.keyring


def _access(root: Path, service: str) -> JournalAccess:
    return JournalAccess(
        JournalPaths(root), keyring=KeyringStore(service), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )


def _foreign_item(secret_service: Any, service: str, journal_id: str, secret: str) -> None:
    """What another program could store: our attributes, its own application name."""
    with secret_service.connected() as collection:
        attributes = {"service": service, "username": journal_id, "application": "another"}
        collection.create_item("not ours", attributes, secret.encode())


@pytest.mark.parametrize(
    # A fixed id for the random key: pytest-xdist's workers must collect the same names.
    "foreign",
    [pytest.param(os.urandom(32).hex(), id="another key"), "not a key at all"],
)
def test_a_foreign_item_with_our_attributes_does_not_stop_remember_or_unlock(
    tmp_path: Path, secret_service: Any, test_service: str, foreign: str
) -> None:
    access = _access(tmp_path / "j", test_service)
    journal, _code = access.create(PASSPHRASE)
    journal_id = journal.journal_id
    # The other program's item comes first, before the journal is remembered.
    _foreign_item(secret_service, test_service, journal_id, foreign)

    access.remember(journal)  # used to fail: the read-back found the other item
    journal.close()

    later = _access(tmp_path / "j", test_service)
    assert later.is_remembered()
    opened = later.open_with_keyring()
    assert opened is not None
    opened.close()
    assert later.forget() is True
    assert later.open_with_keyring() is None


def test_an_item_that_does_not_fit_is_skipped_for_the_one_that_does(
    tmp_path: Path, secret_service: Any, test_service: str
) -> None:
    access = _access(tmp_path / "j", test_service)
    journal, _code = access.create(PASSPHRASE)
    journal_id, data_key = journal.journal_id, journal.data_key
    access.remember(journal)
    journal.close()
    # Added afterwards; the store may return either first.
    _foreign_item(secret_service, test_service, journal_id, os.urandom(32).hex())

    store = KeyringStore(test_service)
    assert len(store.remembered(journal_id)) == 2
    opened = _access(tmp_path / "j", test_service).open_with_keyring()
    assert opened is not None
    assert opened.data_key == data_key
    opened.close()


def test_a_key_rotation_replaces_the_remembered_key(
    tmp_path: Path, secret_service: Any, test_service: str
) -> None:
    """After a key rotation the keyring holds only the new key.

    Issue 13, item 8b: the old data key is no longer in the keyring after a rotation, and the
    journal still opens from the keyring with the new one.
    """
    access = _access(tmp_path / "j", test_service)
    journal, _code = access.create(PASSPHRASE)
    journal_id, old_key = journal.journal_id, journal.data_key
    access.remember(journal)
    journal.close()

    codes: list[str] = []
    access.rotate_data_key(PASSPHRASE, "a brand new passphrase", codes.append)

    store = KeyringStore(test_service)
    assert old_key not in store.remembered(journal_id)
    opened = _access(tmp_path / "j", test_service).open_with_keyring()
    assert opened is not None
    assert opened.data_key != old_key
    opened.close()
    assert len(codes) == 1
