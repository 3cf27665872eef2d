"""Unlocking a journal through the real OS keyring (Secret Service), and forgetting it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import keyring
import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.domain.models import DayLog
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


def test_remembered_key_opens_the_journal_without_a_passphrase(
    tmp_path: Path, test_service: str
) -> None:
    access = _access(tmp_path / "j", test_service)
    journal, _ = access.create(PASSPHRASE)
    journal.save_day(DayLog(day=date(2026, 11, 24), reflection="husket"))
    assert not access.is_remembered()
    access.remember(journal)
    journal.close()

    # A later start of the app: a new access object, same folder and keyring.
    later = _access(tmp_path / "j", test_service)
    assert later.is_remembered()
    opened = later.open_with_keyring()
    assert opened is not None
    assert opened.day(date(2026, 11, 24)) is not None
    opened.close()

    assert later.forget() is True
    assert later.open_with_keyring() is None
    # The passphrase still works: the keyring was only ever a convenience.
    later.open_with_passphrase(PASSPHRASE).close()


def test_a_garbage_keyring_entry_is_ignored_and_kept(tmp_path: Path, test_service: str) -> None:
    access = _access(tmp_path / "j", test_service)
    access.create(PASSPHRASE)[0].close()
    journal_id = keyfile.journal_id(access.paths.key_file)
    keyring.set_password(test_service, journal_id, "not a key")

    assert access.open_with_keyring() is None
    assert keyring.get_password(test_service, journal_id) == "not a key"


def test_the_full_keyring_flow_and_a_key_that_no_longer_fits(
    tmp_path: Path, test_service: str
) -> None:
    """Remember → open without prompt → change passphrase (still no prompt) → forget."""
    import hashlib

    access = _access(tmp_path / "j", test_service)
    journal, _ = access.create(PASSPHRASE)
    access.remember(journal)
    journal.close()
    access.change_passphrase(PASSPHRASE, "a new passphrase to type")
    opened = access.open_with_keyring()
    assert opened is not None  # the keyring holds the data key, not the passphrase
    opened.close()

    # The journal is replaced by another one (a restore from elsewhere): the remembered
    # key does not fit. It is ignored, nothing is written, no new journal appears.
    journal_id = keyfile.journal_id(access.paths.key_file)
    keyring.set_password(test_service, journal_id, bytes(32).hex())
    files = sorted(p for p in access.paths.root.rglob("*") if p.is_file())
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    assert access.open_with_keyring() is None
    after_files = sorted(p for p in access.paths.root.rglob("*") if p.is_file())
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in after_files} == before

    assert access.forget() is True
    assert access.open_with_keyring() is None
    access.open_with_passphrase("a new passphrase to type").close()
