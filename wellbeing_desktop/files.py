"""Private files and folders: owner-only modes and crash-safe whole-file writes.

Stdlib only, so both the security and the storage layers can use it. Modes are set
explicitly rather than trusting the umask, so a umask of 000 cannot widen them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    import re
    from collections.abc import Callable

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(path: Path | str) -> Path:
    """Create ``path`` (and missing parents) if needed and make it owner-only (0700).

    Parents created here are 0700 too; parents that already exist are left alone.
    """
    directory = Path(path)
    missing = [directory, *(p for p in directory.parents if not p.exists())]
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise NotADirectoryError(f"{folder} exists and is not a folder") from None
        # mkdir's mode is filtered by the umask and ignored for an existing folder.
        os.chmod(folder, PRIVATE_DIR_MODE)
    return directory


def write_private_file_atomic(path: Path | str, data: bytes, *, overwrite: bool = True) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file.

    The bytes go to a fresh 0600 temporary file in the same folder, are fsynced, and the
    temporary file is then renamed over ``path``; finally the folder is fsynced so the
    rename itself survives a power cut. On any failure the temporary file is removed and
    ``path`` is untouched.

    With ``overwrite=False`` an existing ``path`` is never replaced: the temporary file is
    hard-linked into place, which fails with ``FileExistsError`` if ``path`` exists.
    """
    target = Path(path)
    directory = target.parent
    temp = directory / f".{target.name}.{os.urandom(8).hex()}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE_MODE)
    try:
        try:
            write_all_synced(fd, data)
        finally:
            os.close(fd)
        if overwrite:
            os.replace(temp, target)
        else:
            _link_no_clobber(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    fsync_dir(directory)


def write_all_synced(fd: int, data: bytes) -> None:
    """``data`` into the open file ``fd`` (made 0600), on disk before this returns."""
    os.fchmod(fd, PRIVATE_FILE_MODE)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def _link_no_clobber(temp: Path, target: Path) -> None:
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        # The file system has no hard links (FAT, some FUSE mounts): check, then rename.
        # This leaves a tiny race that callers serialise with their single-instance lock.
        if os.path.lexists(target):
            raise FileExistsError(f"{target} already exists") from None
        os.replace(temp, target)
        return
    os.unlink(temp)


def fsync_dir(directory: Path) -> None:
    """Make a rename or a new file in ``directory`` last (where the file system can)."""
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems cannot fsync a folder; the rename has happened regardless.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


# --- opening only regular files ---------------------------------------------------------


class NotRegularFileError(OSError):
    """A path that should be a regular file is a FIFO, device, socket or folder.

    The message is one line naming the path ("… is not a regular file"); nothing was read.
    """


def remove_left_folders(
    parent: Path, name: re.Pattern[str], ours: Callable[[Path], bool]
) -> list[Path]:
    """Remove the hidden folders killed writers of ours left in ``parent``; those removed.

    Only a folder whose whole name matches ``name`` and that ``ours`` recognises (by a
    marker only we write) is removed: nothing else, whatever its name. A folder that cannot
    be read or removed is left as it is.
    """
    removed: list[Path] = []
    try:
        names = os.listdir(parent)
    except OSError:
        return removed
    for entry in names:
        folder = parent / entry
        if name.fullmatch(entry) and ours(folder):
            shutil.rmtree(folder, ignore_errors=True)
            if not os.path.lexists(folder):
                removed.append(folder)
    if removed:
        with contextlib.suppress(OSError):
            fsync_dir(parent)
    return removed


def file_kind_problem(mode: int) -> str | None:
    """None for a regular file, else what the file is instead, for a one-line message."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    return "is not a regular file"


def open_regular(path: Path | str, flags: int = os.O_RDONLY, mode: int = PRIVATE_FILE_MODE) -> int:
    """Open ``path`` and return its descriptor, refusing anything but a regular file.

    Opened non-blocking first and checked with ``fstat``: opening a FIFO for reading would
    otherwise wait forever for a writer, and reading a device never ends. The descriptor
    is returned in blocking mode. ``mode`` is for a file that ``os.O_CREAT`` creates.
    """
    fd = os.open(path, flags | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC, mode)
    try:
        problem = file_kind_problem(os.fstat(fd).st_mode)
        if problem is not None:
            raise NotRegularFileError(errno.EINVAL, f"{path} {problem}")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_regular_binary(path: Path | str) -> BinaryIO:
    """``open(path, "rb")`` for a regular file only (see ``open_regular``)."""
    return os.fdopen(open_regular(path), "rb")


def regular_file_problem(path: Path | str) -> str | None:
    """None if ``path`` is missing or a regular file, else a one-line "{path} is …" text.

    ``lstat``, so a symbolic link is judged by what it is, never followed into a FIFO.
    """
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(mode):
        try:
            mode = os.stat(path).st_mode
        except OSError:
            return f"{path} is a broken link"
    problem = file_kind_problem(mode)
    return None if problem is None else f"{path} {problem}"


class FileTooLargeError(OSError):
    """A file is larger than what the caller can use; nothing of it was read."""


def read_regular_limited(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file ``path``, refused unread if it holds over ``limit``.

    Never blocks on a FIFO or reads a device (``open_regular``), checks the size before
    reading, and reads at most ``limit + 1`` bytes, so a file that grows meanwhile still
    cannot make the caller hold more than that in memory.
    """
    with open_regular_binary(path) as handle:
        if os.fstat(handle.fileno()).st_size > limit:
            raise FileTooLargeError(errno.EFBIG, f"{path} is larger than {limit} bytes")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLargeError(errno.EFBIG, f"{path} is larger than {limit} bytes")
    return data
