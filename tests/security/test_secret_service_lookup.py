"""The direct Secret Service lookup and the quick search.

The direct Secret Service lookup read-only commands use (``security.secret_service``) and the quick
search built on it: the same key ``keyring`` stores, never a prompt, and the same answer as the
ordinary open.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import keyring
import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.cli import speech
from wellbeing_desktop.cli.search_output import search_lines
from wellbeing_desktop.domain.models import DayLog, Language
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.security import secret_service as direct
from wellbeing_desktop.security.keyring_store import KeyringStore
from wellbeing_desktop.services import quick_search
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.storage import journal_lock

pytestmark = pytest.mark.keyring


def _remembered_journal(root: Path, service: str) -> JournalAccess:
    access = JournalAccess(
        JournalPaths(root), keyring=KeyringStore(service), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )
    journal, _code = access.create(PASSPHRASE)
    for n in range(1, 8):
        journal.save_day(DayLog(day=date(2026, 11, n), reflection=f"budget møde {n}"))
    access.remember(journal)
    journal.close()
    return access


def _hashes(root: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()}


def test_the_lookup_reads_the_key_keyring_stored(
    tmp_path: Path, secret_service: Any, test_service: str
) -> None:
    store = KeyringStore(test_service)
    data_key = os.urandom(32)
    store.remember("0" * 32, data_key)
    assert direct.remembered_keys("0" * 32, test_service, secret_service.collection_path) == [
        data_key
    ]
    assert direct.remembered_keys("1" * 32, test_service, secret_service.collection_path) == []
    keyring.set_password(test_service, "2" * 32, "not a key")
    assert direct.remembered_keys("2" * 32, test_service, secret_service.collection_path) == []


def test_an_explicit_keyring_choice_is_respected(
    secret_service: Any, test_service: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    KeyringStore(test_service).remember("0" * 32, os.urandom(32))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert direct.remembered_keys("0" * 32, test_service, secret_service.collection_path) == []
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(Path(os.environ.get("HOME", "/")) / "nowhere"))
    assert len(direct.remembered_keys("0" * 32, test_service, secret_service.collection_path)) == 1


def test_a_locked_item_is_not_read_and_no_prompt_appears(
    secret_service: Any, test_service: str
) -> None:
    if secret_service.collection_path is None:
        pytest.skip("locking needs gnome-keyring's throwaway collections")
    KeyringStore(test_service).remember("0" * 32, os.urandom(32))
    secret_service.lock()
    try:
        assert direct.remembered_keys("0" * 32, test_service, secret_service.collection_path) == []
    finally:
        secret_service.unlock()


def test_the_quick_search_answers_as_the_journal_does_and_changes_nothing(
    tmp_path: Path, secret_service: Any, test_service: str
) -> None:
    access = _remembered_journal(tmp_path / "j", test_service)
    before = _hashes(access.paths.root)

    quick = quick_search.search_with_remembered_key(
        access.paths,
        "budget",
        service=test_service,
        collection=secret_service.collection_path,
    )

    assert _hashes(access.paths.root) == before
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        assert quick == journal.search("budget")
        assert quick is not None
        assert len(quick) == 7
        speech.use(Language.ENGLISH)
        assert search_lines(quick)[0] == "2026-11-07  day       [budget] møde 7"
    finally:
        speech.use_system_language()
        journal.close()


def test_the_quick_search_leaves_every_other_case_to_the_full_open(
    tmp_path: Path, secret_service: Any, test_service: str
) -> None:
    access = _remembered_journal(tmp_path / "j", test_service)
    paths = access.paths

    def quick() -> list[quick_search.SearchHit] | None:
        return quick_search.search_with_remembered_key(
            paths,
            "budget",
            service=test_service,
            collection=secret_service.collection_path,
        )

    assert quick() is not None
    # Nothing remembered for this journal.
    assert (
        quick_search.search_with_remembered_key(
            paths,
            "budget",
            service=test_service + "-other",
            collection=secret_service.collection_path,
        )
        is None
    )
    # Today's automatic backup is still to be made: a read never pays for it (#20).
    if paths.backups.exists():
        for backup in paths.backups.iterdir():
            backup.unlink()
    assert quick() is not None
    assert not any(paths.backups.glob("*.lpbackup"))
    # The journal is open in another program (the GUI): read through its log (#20).
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        assert quick() is not None
    finally:
        journal.close()
    # A restore under way (the exclusive lock held): left to the ordinary open, which waits.
    with journal_lock.acquire_exclusive(paths):
        assert quick() is None
    # A key that does not fit this journal (it was replaced): not used.
    keyring.set_password(test_service, keyfile.journal_id(paths.key_file), bytes(32).hex())
    assert quick() is None


def test_a_key_in_another_collection_does_not_open_the_journal(
    secret_service: Any, test_service: str
) -> None:
    """A key copied to another collection does not outlive forget.

    ``keyring`` stores in and ``forget`` deletes from one collection; a copy of the key elsewhere
    (another unlocked collection) must not open the journal after ``forget``.
    """
    if secret_service.collection_path is None:
        pytest.skip("needs gnome-keyring's throwaway collections")
    KeyringStore(test_service).remember("0" * 32, os.urandom(32))
    assert len(direct.remembered_keys("0" * 32, test_service, secret_service.collection_path)) == 1
    assert (
        direct.remembered_keys("0" * 32, test_service, "/org/freedesktop/secrets/collection/x")
        == []
    )
    assert direct.remembered_keys("0" * 32, test_service) == []  # not in the default collection


def test_a_remembered_key_is_read_without_loading_the_keyring_library(
    secret_service: Any, test_service: str
) -> None:
    """Recall reads the default collection without heavy imports.

    ``KeyringStore.recall`` (the app's start with a remembered key) reads the default collection
    directly: ``keyring``, ``secretstorage`` and ``cryptography`` (~9 MiB) stay unloaded (issue 7),
    and the key is the one ``keyring`` stored there.
    """
    from keyring.backends import SecretService

    default_collection = SecretService.Keyring()  # no preferred collection: the default
    journal_id, data_key = "3" * 32, os.urandom(32)
    default_collection.set_password(test_service, journal_id, data_key.hex())
    try:
        probe = (
            "import sys\n"
            "from wellbeing_desktop.security.keyring_store import KeyringStore\n"
            f"key = KeyringStore({test_service!r}).recall({journal_id!r})\n"
            "print(key.hex() if key else None)\n"
            "print(sorted({'keyring', 'secretstorage', 'cryptography'} & set(sys.modules)))\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
        )
        assert done.stdout.splitlines() == [data_key.hex(), "[]"]
    finally:
        default_collection.delete_password(test_service, journal_id)


def test_a_keyring_property_setting_turns_the_direct_read_off(
    secret_service: Any, test_service: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """KEYRING_PROPERTY_* variables leave the decision to keyring.

    Keyring's documented ``KEYRING_PROPERTY_*`` variables may point it at another collection than
    the default one the direct read asks: then only keyring decides.
    """
    from keyring.backends import SecretService

    default_collection = SecretService.Keyring()
    journal_id, data_key = "4" * 32, os.urandom(32)
    default_collection.set_password(test_service, journal_id, data_key.hex())
    try:
        assert direct.remembered_keys(journal_id, test_service) == [data_key]
        monkeypatch.setenv("KEYRING_PROPERTY_PREFERRED_COLLECTION", "/somewhere/else")
        assert direct.keyring_configured()
        assert direct.remembered_keys(journal_id, test_service) == []
    finally:
        default_collection.delete_password(test_service, journal_id)


def test_forget_also_removes_the_copy_the_direct_read_would_find(
    secret_service: Any, test_service: str
) -> None:
    """A key in the default collection does not outlive forget.

    Keyring here stores in another collection than the default one (as a user's configuration may
    make it); a key left in the default collection, remembered before, must not open the journal
    after ``forget``.
    """
    if secret_service.collection_path is None:
        pytest.skip("needs gnome-keyring's throwaway collections")
    from keyring.backends import SecretService

    journal_id, old_key = "5" * 32, os.urandom(32)
    SecretService.Keyring().set_password(test_service, journal_id, old_key.hex())
    store = KeyringStore(test_service)
    assert store.recall(journal_id) == old_key  # read directly from the default collection
    assert store.forget(journal_id) is True
    assert direct.remembered_keys(journal_id, test_service) == []
    assert store.recall(journal_id) is None
    assert keyring.get_password(test_service, journal_id) is None


def test_recall_gives_none_when_the_keyring_settings_cannot_be_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An unreadable config folder means no key, not an error.

    A config folder the OS refuses to look into (here a name too long): no key, and the passphrase
    is asked for, rather than an error.
    """
    monkeypatch.setenv("XDG_CONFIG_HOME", "/" + "x" * 300)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    assert direct.remembered_keys("a" * 32, "wellbeing-desktop-test") == []
    assert KeyringStore("wellbeing-desktop-test").recall("a" * 32) is None
