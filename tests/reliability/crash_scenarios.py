"""The commands of the crash-point sweep (``crash_points.py``), one row each.

A row prepares a small journal (cheap test KDF) in a template folder, which is copied for
every crash point, and says which two states the command may leave: the journal as it
was (``before``) and as the command was asked to make it (``after``, required once it
said it had done it). A new command is one more :class:`Scenario` in :data:`SCENARIOS`.
"""

from __future__ import annotations

import argparse
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from tests.reliability.support import PASSPHRASE, access_for, write_passphrase_file
from wellbeing_desktop.cli.parser import build_parser
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.storage import migrate
from wellbeing_desktop.storage.engine import create_encrypted_engine

if TYPE_CHECKING:
    from collections.abc import Callable

NEW_PASSPHRASE = "a different, longer passphrase"
SAVED_TEXT = "crash point save: the offsite went well"

# --- the journal states a command may leave --------------------------------------------


@dataclass(frozen=True)
class JournalState:
    passphrase: str
    days: dict[date, str]  # day -> reflection


@dataclass
class Prepared:
    """One scenario's template: the data folder (copied for every point) and the command."""

    folder: Path  # holds ``journal/`` and anything the command reads (backup, secrets)
    args: list[str]  # after ``--data-dir`` and ``--passphrase-file`` are added
    before: JournalState
    after: JournalState  # what an acknowledged command must leave
    passphrase_file: str = "passphrase.txt"  # in ``folder``, for ``--passphrase-file``
    # The program run instead of ``python -m wellbeing_desktop`` (a probe script), if any.
    launcher: tuple[str, ...] = ()
    gives_passphrase: bool = True


@dataclass(frozen=True)
class Scenario:
    name: str
    prepare: Callable[[Path], Prepared]
    # The files the command replaced must be kept as a before-restore backup.
    keeps_replaced_files: bool = False
    # An acknowledged run must leave a verified (manual) backup of the journal in backups/.
    makes_backup: bool = False
    # (command, option) the CLI must offer, for a row written ahead of its feature.
    requires: tuple[str, str] | None = None

    def available(self) -> bool:
        return self.requires is None or cli_offers(*self.requires)


def cli_offers(command: str, option: str) -> bool:
    """Whether ``wellbeing-desktop COMMAND`` takes ``OPTION`` (asks the real parser)."""
    parser = build_parser([command])
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return option in action.choices[command]._option_string_actions
    return False


# --- preparing journals -------------------------------------------------------------------

BASE_DAYS = {
    date(2026, 11, 2): "Monday: budget review with the team",
    date(2026, 11, 3): "Tuesday: 1:1 with Mette, hard feedback given",
    date(2026, 11, 4): "Wednesday: strategy offsite planning",
}
LATER_DAY = (date(2026, 11, 5), "Thursday: written after the backup was made")


def _secrets(folder: Path, recovery_code: str | None = None) -> None:
    write_passphrase_file(folder / "passphrase.txt")
    new = folder / "new-passphrase.txt"
    new.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    new.chmod(0o600)
    if recovery_code is not None:
        (folder / "recovery-key.txt").write_text(recovery_code + "\n", encoding="utf-8")


def _base_journal(folder: Path, *, keep_backups: bool = True) -> str:
    """A small journal with BASE_DAYS (cheap test KDF); returns its recovery code."""
    journal, recovery_code = access_for(folder / "journal").create(PASSPHRASE)
    try:
        for day, reflection in BASE_DAYS.items():
            journal.save_day(DayLog(day=day, reflection=reflection))
    finally:
        journal.close()
    if not keep_backups:
        shutil.rmtree(folder / "journal" / "backups", ignore_errors=True)
    _secrets(folder, recovery_code)
    return recovery_code


def prepare_log(folder: Path) -> Prepared:
    # The day's automatic backup is part of a real first save of the day: no backup yet.
    _base_journal(folder, keep_backups=False)
    today = date.today()  # the CLI takes today or yesterday only
    after = {**BASE_DAYS, today: SAVED_TEXT}
    return Prepared(
        folder,
        ["log", "--date", today.isoformat(), "--note", SAVED_TEXT],
        JournalState(PASSPHRASE, dict(BASE_DAYS)),
        JournalState(PASSPHRASE, after),
    )


def prepare_quick_log(folder: Path) -> Prepared:
    """``log`` with the key remembered: the quick path (``services.quick_write``).

    Today's backup is made already (the journal was made today), so the whole run is the
    quick write; ``quick_log_probe`` stands in the key for the Secret Service.
    """
    _base_journal(folder, keep_backups=False)
    # With today's clock, not the fixed one: today's backup, so the run makes none.
    access = JournalAccess(JournalPaths(folder / "journal"), kdf=keyfile.TEST_KDF)
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        assert journal.backup_if_due() is not None
        data_key = journal.data_key
    finally:
        journal.close()
    (folder / "data-key.hex").write_text(data_key.hex() + "\n", encoding="ascii")
    today = date.today()
    after = {**BASE_DAYS, today: SAVED_TEXT}
    probe = Path(__file__).with_name("quick_log_probe.py")
    return Prepared(
        folder,
        ["log", "--date", today.isoformat(), "--note", SAVED_TEXT, "--energy", "4"],
        JournalState(PASSPHRASE, dict(BASE_DAYS)),
        JournalState(PASSPHRASE, after),
        launcher=(str(probe),),
        gives_passphrase=False,
    )


def prepare_backup(folder: Path) -> Prepared:
    _base_journal(folder, keep_backups=False)
    state = JournalState(PASSPHRASE, dict(BASE_DAYS))
    return Prepared(folder, ["backup"], state, state)


def prepare_restore(folder: Path) -> Prepared:
    """Restore a backup made under an earlier passphrase.

    A backup with BASE_DAYS made under the new passphrase; then the passphrase changed
    and a day written; restore that backup (unlocked with the passphrase it was made
    under). A half-done swap (the restored database beside the current key file) shows
    as the backup's days under the current passphrase: a state the journal never had.
    """
    _base_journal(folder)
    source = folder / "saved.lpbackup"
    access = access_for(folder / "journal")
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        access.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        journal.backup(out=source)
        access.change_passphrase(NEW_PASSPHRASE, PASSPHRASE)
        journal.save_day(DayLog(day=LATER_DAY[0], reflection=LATER_DAY[1]))
    finally:
        journal.close()
    before = {**BASE_DAYS, LATER_DAY[0]: LATER_DAY[1]}
    return Prepared(
        folder,
        ["restore", str(source)],
        JournalState(PASSPHRASE, before),
        JournalState(NEW_PASSPHRASE, dict(BASE_DAYS)),
        passphrase_file="new-passphrase.txt",
    )


def prepare_passwd(folder: Path) -> Prepared:
    _base_journal(folder)
    return Prepared(
        folder,
        ["passwd", "--new-passphrase-file", str(folder / "new-passphrase.txt")],
        JournalState(PASSPHRASE, dict(BASE_DAYS)),
        JournalState(NEW_PASSPHRASE, dict(BASE_DAYS)),
    )


def prepare_restore_other(folder: Path) -> Prepared:
    """Restore a backup of another journal.

    Restore a backup of another journal (another data key and passphrase): a kill
    between the two renames leaves a database that neither key file opens. Item 16 adds
    ``--replace-other-journal``; it is passed once the CLI offers it.
    """
    _base_journal(folder)
    other_days = {date(2026, 10, 1): "another journal's only day"}
    other = access_for(folder / "other")
    journal, _code = other.create(NEW_PASSPHRASE)
    source = folder / "other.lpbackup"
    try:
        for day, reflection in other_days.items():
            journal.save_day(DayLog(day=day, reflection=reflection))
        journal.backup(out=source)
    finally:
        journal.close()
    shutil.rmtree(folder / "other")
    confirm = (
        ["--replace-other-journal"] if cli_offers("restore", "--replace-other-journal") else []
    )
    return Prepared(
        folder,
        ["restore", str(source), *confirm],
        JournalState(PASSPHRASE, dict(BASE_DAYS)),
        JournalState(NEW_PASSPHRASE, other_days),
        passphrase_file="new-passphrase.txt",
    )


def prepare_rotate_key(folder: Path) -> Prepared:
    """``passwd --rotate-key``: a new data key and passphrase.

    ``passwd --rotate-key`` (issue #13 item 8, another branch): a new data key and
    passphrase; the journal and every backup re-encrypted.
    """
    _base_journal(folder)
    return Prepared(
        folder,
        ["passwd", "--rotate-key", "--new-passphrase-file", str(folder / "new-passphrase.txt")],
        JournalState(PASSPHRASE, dict(BASE_DAYS)),
        JournalState(NEW_PASSPHRASE, dict(BASE_DAYS)),
    )


def prepare_recover(folder: Path) -> Prepared:
    _base_journal(folder)
    return Prepared(
        folder,
        [
            "recover",
            "--recovery-key-file",
            str(folder / "recovery-key.txt"),
            "--new-passphrase-file",
            str(folder / "new-passphrase.txt"),
        ],
        JournalState(PASSPHRASE, dict(BASE_DAYS)),
        JournalState(NEW_PASSPHRASE, dict(BASE_DAYS)),
    )


def prepare_migration(folder: Path) -> Prepared:
    """A journal at the first schema, migrated on open.

    A journal at the first schema (0001) with one day; ``show`` migrates it on open
    (a verified backup first, then the upgrade), as tests/storage/test_migrations.py.
    """
    root = folder / "journal"
    root.mkdir(parents=True)
    data_key, recovery_code = keyfile.create_key_file(
        JournalPaths(root).key_file, PASSPHRASE, kdf=keyfile.TEST_KDF
    )
    engine = create_encrypted_engine(JournalPaths(root).database, data_key, create=True)
    migrate.upgrade(engine, "0001")
    day, reflection = date(2026, 11, 20), "the budget meeting went well"
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO day_logs (id, day, reflection, share, created_at, updated_at) "
                "VALUES (1, :day, :reflection, 'private', "
                "'2026-11-20 17:00:00', '2026-11-20 17:00:00')"
            ),
            {"day": day.isoformat(), "reflection": reflection},
        )
    engine.dispose()
    _secrets(folder, recovery_code)
    state = JournalState(PASSPHRASE, {day: reflection})
    return Prepared(folder, ["show"], state, state)


SCENARIOS: dict[str, Scenario] = {
    s.name: s
    for s in (
        Scenario("log", prepare_log),
        Scenario("log-quick", prepare_quick_log),
        Scenario("backup", prepare_backup, makes_backup=True),
        Scenario("restore", prepare_restore, keeps_replaced_files=True),
        Scenario("restore-other-journal", prepare_restore_other, keeps_replaced_files=True),
        Scenario("passwd", prepare_passwd),
        Scenario("passwd-rotate-key", prepare_rotate_key, requires=("passwd", "--rotate-key")),
        Scenario("recover", prepare_recover),
        Scenario("migration", prepare_migration),
    )
}
