"""A file that leaves the app and its consent-log entry, written as one unit.

Every export (report, print to a file, JSON/CSV) goes through ``publish_and_record``:

1. The plaintext is rendered into a fresh 0600 temporary file beside the target (a dot
   name, so nothing has the target's name yet) and fsynced.
2. The consent entry is written in a journal transaction, not yet committed: a full
   disk, a read-only journal or any refusal fails here, before anything is published.
3. The temporary file is hard-linked to the target name (never over an existing file).
4. The transaction commits. If the commit fails, the published file is removed again.
5. The temporary name is removed in every case (a process killed while rendering leaves
   it behind: a hidden 0600 file beside the target, never under the target's name).

So every failure that reaches us ends with neither the file nor the entry, and success
with both. Why this order and not "commit, then link": a commit that fails is an error
we see (and undo, by removing our link), while a link that fails after a commit would
leave an entry for a file that does not exist. The one window left is the process being
killed (or the power failing) while SQLite commits, after the link: a few system calls.
Then the file exists without its entry. The folder itself is synced only after the
commit, so after a power cut the entry may outlive the file's new name (the log then
says more left than did; never less, except in that window).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from pathlib import Path

from wellbeing_desktop.domain.models import ExportRecord
from wellbeing_desktop.files import PRIVATE_FILE_MODE
from wellbeing_desktop.services.journal import Journal


def publish_and_record(
    journal: Journal,
    target: Path,
    record: ExportRecord,
    render: Callable[[Path], object],
) -> ExportRecord:
    """Write a new file at ``target`` with ``render`` and log ``record``, both or neither.

    ``render`` writes the file's content into the (existing, empty, 0600) path it is given.

    Raises:
        FileExistsError: ``target`` exists; it is left untouched, nothing is logged.
        OSError: the file could not be written or published; nothing is left or logged.
        WellbeingError: the entry could not be recorded (e.g. StorageError: disk full);
            no file is left.
    """
    target = Path(target)
    if os.path.lexists(target):
        raise FileExistsError(f"{target} already exists")
    temp = target.parent / f".{target.name}.{os.urandom(8).hex()}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE_MODE)
    published = False
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
        os.close(fd)
        fd = -1
        render(temp)
        _make_private_and_sync(temp)
        with journal.recording_export(record) as added:
            _link_no_clobber(temp, target)
            published = True
        # The folder is synced after the commit: a power cut in between loses the new
        # name, never the entry (an entry for a file that is not there, the safe side).
        _fsync_dir(target.parent)
        return added
    except BaseException:
        if published:
            with contextlib.suppress(OSError):
                os.unlink(target)
        raise
    finally:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(temp)
        with contextlib.suppress(OSError):
            _fsync_dir(target.parent)


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


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)
