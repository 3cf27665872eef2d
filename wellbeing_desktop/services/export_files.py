"""A file that leaves the app and its consent-log entry, written as one unit.

Every export (report, print to a file, JSON/CSV) goes through ``publish_and_record``:

1. The plaintext is rendered into a fresh 0600 temporary file beside the target (a dot
   name, so nothing has the target's name yet) and fsynced.
2. The consent entry is committed (durably: SQLite syncs its WAL). A full disk, a
   read-only journal or any refusal fails here: the temporary file is removed, nothing
   was published and nothing logged.
3. The temporary file is hard-linked to the target name (never over an existing file),
   the folder synced, and the temporary name removed (a process killed before this
   leaves it behind: a hidden 0600 file beside the target, never under its name).

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
import os
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
    temp = target.parent / f".{target.name}.{os.urandom(8).hex()}.tmp"
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
