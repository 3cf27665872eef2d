"""A damaged, empty or missing journal file: one clear line, the backup to restore, no change."""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess, daily_backup
from wellbeing_desktop.services.backups import JournalDamagedError, newest_good_backup
from wellbeing_desktop.storage import database
from wellbeing_desktop.storage.backup import copy_files_as_backup
from wellbeing_desktop.storage.engine import connect_keyed

if TYPE_CHECKING:
    from pathlib import Path

PAGE = 4096


def snapshot(root: Path) -> dict[str, tuple[str, int]]:
    return {
        str(p.relative_to(root)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(autouse=True)
def _no_recheck_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    """No wait before the app looks at a damaged-looking file again.

    The pauses (``database.RECHECK_PAUSES``) are for a page torn by another program's
    checkpoint (tests/reliability/test_refused_open.py); nothing writes beside these
    journals, so the second and third looks find the same damage at once.
    """
    monkeypatch.setattr(database, "RECHECK_PAUSES", (0.0, 0.0))


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal of a few pages with one verified backup in its folder, made once."""
    root = tmp_path_factory.mktemp("filled") / "journal"
    access = JournalAccess(JournalPaths(root), kdf=keyfile.TEST_KDF, clock=fixed_clock)
    journal, _code = access.create(PASSPHRASE)
    for n in range(1, 21):
        journal.save_day(DayLog(day=date(2026, 10, n), reflection="Lang tekst " * 200))
    journal.close()
    journal = access.open_with_passphrase(PASSPHRASE)
    assert daily_backup(journal) is not None  # today's, as a write command makes it
    assert len(journal.backups()) == 1
    journal.close()
    return root


@pytest.fixture
def filled(filled_template: Path, access: JournalAccess) -> JournalAccess:
    """A copy of that journal, in this test's own folder (``access``), for this test only."""
    shutil.copytree(filled_template, access.paths.root)  # copy2: modes and mtimes are kept
    return access


def damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    assert len(data) >= 8 * PAGE
    if how == "bit-flip-body":
        data[5 * PAGE + 1234] ^= 0x04
    elif how == "bit-flip-header":
        data[40] ^= 0x80
    elif how == "zeroed-page":
        data[3 * PAGE : 4 * PAGE] = bytes(PAGE)
    elif how == "truncated-half":
        del data[len(data) // 2 :]
    elif how == "truncated-mid-page":
        del data[2 * PAGE + 100 :]
    elif how == "last-page-gone":
        del data[-PAGE:]
    elif how == "random-tail":
        data[-PAGE:] = os.urandom(PAGE)
    elif how.startswith("cut-to-"):
        del data[int(how.removeprefix("cut-to-")) :]
    path.write_bytes(bytes(data))


HOW = [
    "bit-flip-body",
    "bit-flip-header",
    "zeroed-page",
    "truncated-half",
    "truncated-mid-page",
    "last-page-gone",
    "random-tail",
    "cut-to-1",
    "cut-to-100",
    "cut-to-4095",
    "cut-to-4096",
]


@pytest.mark.parametrize("how", HOW)
def test_a_damaged_journal_names_the_file_and_the_backup_and_stays_as_it_is(
    filled: JournalAccess, how: str
) -> None:
    paths = filled.paths
    damage(paths.database, how)
    before = snapshot(paths.root)
    [good] = filled.paths.backups.iterdir()

    with pytest.raises(JournalDamagedError) as caught:
        filled.open_with_passphrase(PASSPHRASE)

    message = str(caught.value)
    assert "\n" not in message
    assert str(paths.database) in message
    assert "is damaged" in message
    command = ["wellbeing-desktop", "restore", "--data-dir", str(paths.root), str(good)]
    assert shlex.join(command) in message
    assert caught.value.backup == good
    assert snapshot(paths.root) == before
    assert {p.name for p in paths.root.iterdir()} == {
        "journal.db",
        "journal.key",
        "journal.lock",
        "backups",
    }


def test_without_a_backup_the_message_says_so(access: JournalAccess) -> None:
    journal, _ = access.create(PASSPHRASE)
    for n in range(1, 21):
        journal.save_day(DayLog(day=date(2026, 10, n), reflection="tekst " * 300))
    journal.close()
    damage(access.paths.database, "zeroed-page")

    with pytest.raises(JournalDamagedError, match="no backup of it was found in .*backups") as e:
        access.open_with_passphrase(PASSPHRASE)
    assert e.value.backup is None
    data_dir = shlex.quote(str(access.paths.root))
    assert f"wellbeing-desktop restore --data-dir {data_dir} FILE" in str(e.value)


def test_only_verified_backups_of_this_journal_are_offered(
    filled: JournalAccess, tmp_path: Path
) -> None:
    paths = filled.paths
    [good] = paths.backups.iterdir()
    # Newer, but a raw copy (possibly damaged) and a backup of another journal.
    copy_files_as_backup(paths.database, paths.key_file, paths.backups, "before-restore")
    other = JournalAccess(type(paths)(tmp_path / "other"), kdf=keyfile.TEST_KDF)
    stranger, _ = other.create(PASSPHRASE)
    stranger.backup()
    stranger.close()
    [foreign] = other.paths.backups.iterdir()
    foreign.rename(paths.backups / "journal-2099-01-01T000000-manual.lpbackup")

    assert newest_good_backup(paths) == good
    # A damaged backup is passed over too.
    data = bytearray(good.read_bytes())
    data[-10] ^= 1
    good.write_bytes(bytes(data))
    assert newest_good_backup(paths) is None


def test_a_missing_or_empty_journal_file_is_never_replaced(filled: JournalAccess) -> None:
    paths = filled.paths
    [good] = paths.backups.iterdir()
    paths.database.rename(paths.root / "moved-away.db")

    with pytest.raises(JournalDamagedError, match="missing and no new journal") as e:
        filled.open_with_passphrase(PASSPHRASE)
    assert e.value.backup == good
    assert "wellbeing-desktop restore" in str(e.value)
    assert not paths.database.exists()

    paths.database.touch()
    with pytest.raises(WellbeingError, match=r"is damaged \(it is empty\)") as e2:
        filled.open_with_passphrase(PASSPHRASE)
    assert "wellbeing-desktop restore" in str(e2.value)
    assert paths.database.stat().st_size == 0


def test_the_check_on_open_is_read_only_even_with_a_write_ahead_log(
    filled: JournalAccess,
) -> None:
    """A damaged file with pages in its WAL: nothing is folded in, nothing is written."""
    paths = filled.paths
    journal = filled.open_with_passphrase(PASSPHRASE)
    engine = journal._require_open().engine  # the test needs the live engine
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
    journal.save_day(DayLog(day=date(2026, 10, 25), reflection="i loggen"))
    wal = paths.root / "journal.db-wal"
    saved = {name: (paths.root / name).read_bytes() for name in ("journal.db", wal.name)}
    journal.close()
    for name, data in saved.items():  # as a crash leaves them
        (paths.root / name).write_bytes(data)
    damage(paths.database, "bit-flip-body")
    before = snapshot(paths.root)

    with pytest.raises(JournalDamagedError):
        filled.open_with_passphrase(PASSPHRASE)

    after = snapshot(paths.root)
    after.pop("journal.db-shm", None)  # SQLite's shared-memory index, rebuilt on open
    assert after == before


def test_a_keyed_file_without_a_journal_in_it_is_not_made_into_one(
    filled: JournalAccess,
) -> None:
    """The right key, a sound file, but no schema: never build a new journal into it."""
    paths = filled.paths
    data_key = keyfile.unlock_with_passphrase(paths.key_file, PASSPHRASE)
    paths.database.unlink()
    conn = connect_keyed(paths.database, data_key)
    conn.execute("PRAGMA user_version = 7")  # writes page 1, creates no table
    conn.close()
    before = snapshot(paths.root)

    with pytest.raises(JournalDamagedError, match="holds no journal"):
        filled.open_with_passphrase(PASSPHRASE)

    assert snapshot(paths.root) == before


@pytest.mark.parametrize(
    ("how", "reason"),
    [("empty", "it is empty"), ("flip", "its checksum does not match"), ("cut", "not valid JSON")],
)
def test_a_damaged_key_file_names_itself_and_the_backup(
    filled: JournalAccess, how: str, reason: str
) -> None:
    paths = filled.paths
    [good] = paths.backups.iterdir()
    raw = paths.key_file.read_bytes()
    if how == "empty":
        damaged = b""
    elif how == "flip":
        at = raw.index(b'"wrapped_key": "') + 20
        damaged = raw[:at] + (b"A" if raw[at : at + 1] != b"A" else b"B") + raw[at + 1 :]
    else:
        damaged = raw[: len(raw) // 2]
    paths.key_file.write_bytes(damaged)
    before = snapshot(paths.root)

    with pytest.raises(JournalDamagedError) as caught:
        filled.open_with_passphrase(PASSPHRASE)

    message = str(caught.value)
    assert message.startswith(f"The key file {paths.key_file} is damaged (")
    assert reason in message
    # Only the key file comes back: the journal file may hold days the backup has not.
    command = ["wellbeing-desktop", "restore", "--data-dir", str(paths.root)]
    command += ["--key-file-only", str(good)]
    assert shlex.join(command) in message
    assert snapshot(paths.root) == before
    # The backup holds a good key file: putting it back opens the journal again.
    filled.restore_with_passphrase(good, PASSPHRASE, key_file_only=True)
    filled.open_with_passphrase(PASSPHRASE).close()


def test_a_folder_in_place_of_the_journal_file_is_named(filled: JournalAccess) -> None:
    paths = filled.paths
    paths.database.rename(paths.root / "elsewhere.db")
    paths.database.mkdir()
    with pytest.raises(JournalDamagedError, match=r"is damaged \(it is not a file\)"):
        filled.open_with_passphrase(PASSPHRASE)
    assert paths.database.is_dir()
