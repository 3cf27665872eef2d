"""A file that leaves the app and its consent-log entry, written as one unit.

Every export (report, print to a file, JSON/CSV) goes through ``publish_and_record``:

1. The plaintext is rendered into a fresh 0600 temporary file beside the target (a dot
   name, so nothing has the target's name yet) and fsynced.
2. The consent entry is committed (durably: SQLite syncs its WAL). A full disk, a
   read-only journal or any refusal fails here: the temporary file is removed, nothing
   was published and nothing logged.
3. The temporary file is hard-linked to the target name (never over an existing file),
   the folder synced, and the temporary name removed (a process killed before this
   leaves it behind: a hidden 0600 file beside the target, never under its name; the
   next file written into that folder removes it, ``remove_stale_temps``).

Why this order: nothing can ever leave without its entry. Publishing first and
committing after (undoing the link if the commit fails) handles every *error*, but a
process killed or a power cut inside SQLite's commit then leaves a published file with
no entry: the crash-point sweep (tests/reliability/test_export_crash_points.py) found
that at 7 of 38 kill points. In this order a kill between the commit and the link
leaves the entry and the hidden temporary file beside the target: the text did reach
the disk, so the entry is true. The one
error that can follow the commit is the link itself failing (a full folder, an I/O
error, a file of that name appearing in the meantime): the temporary file is removed
and the caller says the file was not written; the entry stays (the consent log is
append-only), so the log may say a little more left than did, never less.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import socket
import stat
import time
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.files import PRIVATE_FILE_MODE, fsync_dir

if TYPE_CHECKING:
    from collections.abc import Callable

    from wellbeing_desktop.domain.models import ExportRecord
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.report_content import Report


def publish_and_record(
    journal: Journal,
    target: Path,
    record: ExportRecord | Callable[[], ExportRecord],
    render: Callable[[Path], object],
) -> ExportRecord:
    """Write a new file at ``target`` with ``render`` and log ``record``, both or neither.

    ``render`` writes the file's content into the (existing, empty, 0600) path it is given.
    ``record`` may be a function called once the file is written (an export written as
    it is read knows what left only then).

    Raises:
        FileExistsError: ``target`` exists; it is left untouched, nothing is logged.
        OSError: the file could not be written or published; nothing is left or logged.
        WellbeingError: the entry could not be recorded (e.g. StorageError: disk full);
            no file is left.
        OSError after the entry was committed: the link failed; no file is left (the
            entry stays, see the module doc).
    """
    target = Path(target)
    if os.path.lexists(target):
        raise FileExistsError(f"{target} already exists")
    remove_stale_temps(target.parent)
    temp = (
        target.parent / f".{_short(target.name)}.{HOST_TAG}.{os.getpid()}-{os.urandom(8).hex()}.tmp"
    )
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE_MODE)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
        os.close(fd)
        fd = -1
        render(temp)
        _make_private_and_sync(temp)
        entry = record() if callable(record) else record
        added = journal.record_export(entry)  # committed before anything is published
        _link_no_clobber(temp, target)
        fsync_dir(target.parent)
        return added
    finally:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(temp)
        with contextlib.suppress(OSError):
            fsync_dir(target.parent)


def publish_report(
    journal: Journal,
    report: Report,
    file_format: str,
    target: Path,
    render: Callable[[Report, str, Path], object],
) -> ExportRecord:
    """Write a report to a new file and log it, both or neither.

    Write ``report`` as ``file_format`` to the new file ``target`` and log it, both or
    neither (``publish_and_record``); the entry names what left.

    The report (often a preview, built a while ago) is checked against the store again
    first: a reflection whose share level changed since does not leave.
    ``render(report, file_format, path)`` fills the private file it is given (the GUI and
    the CLI pass ``reports.render_report_file``; services do not import the renderers).

    Raises:
        As ``publish_and_record``.
    """
    # Imported here: the JSON/CSV exports (and the CLI's fast paths) need none of the
    # report machinery.
    from wellbeing_desktop.services.report_sharing import recheck_report
    from wellbeing_desktop.services.reports import export_record

    checked = recheck_report(journal, report)
    return publish_and_record(
        journal,
        target,
        export_record(checked, file_format, journal.now()),
        lambda temp: render(checked, file_format, temp),
    )


def _make_private_and_sync(path: Path) -> None:
    # The renderer may have replaced the file (Qt's PDF writer truncates it in place, but
    # a renderer could recreate it): owner-only again, and on disk before it is named.
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
        os.fsync(fd)
    finally:
        os.close(fd)


def _link_no_clobber(temp: Path, target: Path) -> None:
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        # No hard links here (FAT, some FUSE mounts): a copy under O_EXCL instead.
        data = temp.read_bytes()
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            os.unlink(target)
            raise
        os.close(fd)


# Our temporary files: ``.NAME.<host>.<pid>-<16 hex>.tmp`` (no other writer of the app
# names one "<digits>-<hex>": theirs end ``.<16 hex>.tmp``). NAME is cut to fit: a name
# the file system takes for the target must fit in the temporary one too.
_TEMP_NAME = re.compile(r"\..+\.([0-9a-f]{8})\.([0-9]{1,10})-[0-9a-f]{16}\.tmp", re.DOTALL)
_NAME_BYTES = 96
# Which computer made it: a pid says whether the process is gone only on that one (a
# shared network folder may hold another computer's export in progress).
HOST_TAG = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]
STALE_AFTER = 24 * 3600  # seconds: older than any export, whoever made it
GONE_FOR = 60  # seconds: a temp file of a process that is gone, untouched this long


def _short(name: str) -> str:
    """``name`` cut to at most ``_NAME_BYTES`` bytes of UTF-8, whole characters only."""
    return name.encode("utf-8", "surrogateescape")[:_NAME_BYTES].decode("utf-8", "ignore")


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove the temporary files a killed export left in ``folder``; the ones removed.

    Only a regular file of ours (the name ``.NAME.<host>.<pid>-<16 hex>.tmp``, owned by
    this user, mode 0600, not a link) is removed, and only when it is stale: the process
    on this computer that made it is gone (and it was not written for a minute), or it
    is older than a day (the pid may have been reused; another computer's). Nothing
    else, whatever its name; anything that cannot be read or removed is left as it is,
    and no error is raised.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.fullmatch(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not _ours(info):
                continue
            age = now - info.st_mtime
            here, pid = match.group(1) == HOST_TAG, int(match.group(2))
            if age > STALE_AFTER or (here and age > GONE_FOR and not _alive(pid)):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _ours(info: os.stat_result) -> bool:
    getuid = getattr(os, "getuid", None)  # none on Windows: nothing is known to be ours
    return (
        getuid is not None
        and stat.S_ISREG(info.st_mode)
        and info.st_uid == getuid()
        and stat.S_IMODE(info.st_mode) == PRIVATE_FILE_MODE
    )


def _alive(pid: int) -> bool:
    """Whether a process ``pid`` exists (any doubt: it does)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError, OSError):
        return True  # someone else's process, or a number no process can have: left alone
    return True
