"""Private files and folders: owner-only modes and crash-safe whole-file writes.

Stdlib only, so both the security and the storage layers can use it. Modes are set
explicitly rather than trusting the umask, so a umask of 000 cannot widen them.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

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


def make_private(path: Path | str) -> None:
    """Make an existing file readable and writable by its owner only (0600)."""
    os.chmod(path, PRIVATE_FILE_MODE)


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
            os.fchmod(fd, PRIVATE_FILE_MODE)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
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
    _fsync_dir(directory)


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


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems cannot fsync a folder; the rename has happened regardless.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)
