"""``log`` of a day's simple figures without SQLAlchemy: the quick write of the command line.

``Journal.log_day`` after ``JournalAccess.open_with_keyring``, step for step, on one keyed
DB-API connection (``storage.keyed``): the journal's shared lock, the key remembered in the
Secret Service (checked against the key file), the open's check of the file (its kind,
the files beside it, every page: ``integrity.file_problems``, or a keyed record that
the file as it is now passed that whole check today: ``storage.check_record``), BEGIN
IMMEDIATE (the one writer at a time, waiting for the GUI's write as the ordinary write
waits), the schema revision and the categories, the day loaded, changed, checked and
settled by the one rule (``validation.changed_day``), written by the one definition of a
day's rows (``storage.day_rows``), the file's identity checked again, COMMIT. Nothing is
written unless all of it is, and a refused write changes nothing. A clean check is recorded for
the file as the check found it; the commit then changes the file, so that record no
longer fits and the next ``log``, ``show`` or ``search`` checks every page again (no
record is ever made for the file a write leaves: see ``check_record``). A check that
finds the file damaged deletes its record.

Whenever anything is unusual it returns None having changed nothing, and the caller runs
the ordinary command, which then does what the unusual case needs and says what the user
needs to hear: no journal, no remembered key, a restore or a key change under way (the
journal lock, the swap marker), a read-only folder or a full disk, a file that is not a
regular file or has a rollback journal or an unusable write-ahead log beside it, a page
that does not check out, a schema that is not current, no categories yet, and any
refusal of the day itself (its words in the journal's language come from the ordinary
path). Only the driver's own failures once the write has begun (busy for longer than
the wait, a full disk) are raised here, worded as the ordinary write words them.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from wellbeing_desktop.domain import validation
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.security import secret_service
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.quick_search import remembered_key
from wellbeing_desktop.storage import check_record, day_rows, journal_lock
from wellbeing_desktop.storage.errors import StorageError, folder_refusal

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date
    from pathlib import Path

    from wellbeing_desktop.domain.models import DayChanges, DayMerge
    from wellbeing_desktop.paths import JournalPaths

_log = logging.getLogger(__name__)
PAGE_SIZE = 4096  # SQLCipher 4's page size (as storage.database checks it on open)


@dataclass(frozen=True, slots=True)
class QuickSave:
    """What the quick ``log`` saved, and the journal's stored settings (its language)."""

    merge: DayMerge
    settings: dict[str, object]


def log_with_remembered_key(
    paths: JournalPaths,
    day: date,
    changes: DayChanges,
    *,
    speak: Callable[[dict[str, object]], None],
    clock: Callable[[], datetime] = datetime.now,
    service: str = secret_service.SERVICE,
    collection: str | None = None,
) -> QuickSave | None:
    """``Journal.log_day(day, changes)`` with the remembered key, or None: the ordinary way.

    ``speak`` is given the journal's stored settings before the write begins, so that a
    failure raised from then on speaks the journal's language. ``clock``: the journal's
    clock (today, and the time stamps of the day's row). A backup is the caller's.
    """
    if paths.swap_intent.exists():
        return None  # an interrupted swap: the ordinary open finishes it and says so
    if not (paths.key_file.is_file() and paths.database.is_file()):
        return None  # no journal: the ordinary open says what to do
    try:
        lock = journal_lock.acquire_shared(paths, wait=0)
    except StorageError:
        return None  # a restore or key change under way: the ordinary open waits for it
    with lock:
        data_key = remembered_key(paths, service, collection)
        if data_key is None:
            return None
        saved = log_with_key(
            paths,
            data_key,
            day,
            changes,
            speak=speak,
            clock=clock,
            records=check_record.records_dir(),
        )
    if saved is not None:
        _log.info("day logged on the quick path (keyring)")
    return saved


def log_with_key(
    paths: JournalPaths,
    data_key: bytes,
    day: date,
    changes: DayChanges,
    *,
    speak: Callable[[dict[str, object]], None],
    clock: Callable[[], datetime] = datetime.now,
    records: Path | None = None,
) -> QuickSave | None:
    """The quick ``log`` with ``data_key``, the journal's shared lock held by the caller.

    ``records``: the folder of ``check_record``'s keyed records (as ``read_at_rest``);
    None: always check every page, record nothing.
    """
    database = paths.database
    identity = _usable_file(paths, data_key, records)
    if identity is None:
        return None
    # Imported here: a journal the checks above leave to the ordinary open loads no driver.
    from wellbeing_desktop.storage.keyed_write import write_at_rest

    def same_file() -> None:
        # With the write lock held, just before the commit (``Journal._write``).
        if _identity(database) != identity:
            _log.error("write refused: the journal file was replaced")
            raise StorageError(msg.JOURNAL_REPLACED, path=database)

    settings: dict[str, object] = {}

    def before(stored: dict[str, object]) -> None:
        settings.update(stored)
        speak(stored)

    merge = write_at_rest(
        database,
        data_key,
        lambda conn: _write(conn, day, changes, clock),
        before=before,
        before_commit=same_file,
    )
    return None if merge is None else QuickSave(merge, settings)


def _write(
    conn: Any, day: date, changes: DayChanges, clock: Callable[[], datetime]
) -> DayMerge | None:
    """The day's rows changed inside the transaction; the merge, or None: not this way."""
    keys = {key for (key,) in conn.execute("SELECT key FROM categories")}
    if not keys:
        return None  # the ordinary open writes the default categories first
    stored = day_rows.load_day(conn, day)
    try:
        merge = validation.changed_day(
            day, stored[1] if stored else None, changes, today=clock().date(), category_keys=keys
        )
    except WellbeingError:
        return None  # refused: the ordinary command refuses it in the journal's language
    day_rows.write_day(conn, merge.day, now=clock(), stored=stored)
    return merge


def _usable_file(
    paths: JournalPaths, data_key: bytes, records: Path | None
) -> tuple[int, int] | None:
    """The journal file's identity when the ordinary open would simply open it, else None.

    As ``storage.database.open_database`` checks it, without its retries and its words:
    a regular file of whole pages, regular files beside it and no rollback journal (a
    write cut short that only the ordinary open undoes), no write-ahead log that the
    ordinary open would set aside, a folder that can be written, every page intact.
    Every page: checked (``file_problems``), or a valid record in ``records`` says it
    passed that whole check today as the file is now, with no write-ahead log beside it
    (a quick read's record of the pages alone does not do). A check that finds the file
    damaged deletes its record.
    """
    # Imported here: only once the journal is known to be there.
    from wellbeing_desktop.files import regular_file_problem
    from wellbeing_desktop.storage import sidecars
    from wellbeing_desktop.storage.integrity import file_problems

    database = paths.database
    identity = _identity(database)  # who the file is before SQLite opens it
    if identity is None or regular_file_problem(database) is not None:
        return None
    try:
        sidecars.check_sidecar_kinds(database)
        size = os.stat(database).st_size
    except (WellbeingError, OSError):
        return None
    if size < PAGE_SIZE or size % PAGE_SIZE:
        return None
    if database.with_name(database.name + "-journal").exists() or sidecars.unusable_wal(database):
        return None
    if folder_refusal(database.parent) is not None:
        return None  # opened read-only by the ordinary path, which refuses the write
    try:
        whole = check_record.identity(os.stat(database))
    except OSError:
        return None
    alone = whole[:2] == identity and check_record.log_empty(database)
    if (
        alone
        and records is not None
        and check_record.checked_today(records, database, whole, data_key, whole=True)
    ):
        return identity  # the file as it is now passed today's whole check
    started_ns = time.time_ns()
    try:
        if file_problems(database, data_key):
            if records is not None:
                check_record.forget(records, database, data_key)  # nothing vouches for it
            return None  # the ordinary open checks again and refuses it, naming the backup
    except WellbeingError:
        return None  # busy, I/O: the ordinary open words it
    if alone and records is not None:  # with a log beside it, the file alone was not checked
        check_record.record_check(records, database, whole, data_key, started_ns, whole=True)
    return identity


def backup_due(paths: JournalPaths, now: datetime | None = None) -> bool:
    """Is today's automatic backup due (``Journal.backup_if_due`` decides it again)?

    Looked at without opening the journal: the quick ``log`` opens it the ordinary way
    only when a backup is to be made.
    """
    from wellbeing_desktop.storage.backup_rotation import daily_backup_due

    return daily_backup_due(paths.backups, now or datetime.now())


def _identity(path: Any) -> tuple[int, int] | None:
    """(st_dev, st_ino), as ``services.journal_core.file_identity``; None if there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)
