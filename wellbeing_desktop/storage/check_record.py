"""A keyed record of the last full page check of a journal file, so a read can skip it.

The quick read (``read_only.read_at_rest``) checks every page's HMAC before it answers,
so a damaged or tampered journal is refused wherever the damage is. At ten years that
check costs as much as the search itself. When it passes, a record of it is kept: the
file's identity then (device, inode, size, modification and change times in
nanoseconds) and the day, under an HMAC-SHA256 whose key is derived from the journal's
data key. A later read that finds a record with a valid MAC, the same identity and
today's date skips the check; any other case checks every page again.

What keeps the promise (a damaged or tampered journal prints nothing):

* Any write to the file changes its change time (``st_ctime``), which a program cannot
  set (``utime`` sets only the access and modification times, and bumps the change time
  itself); replacing the file changes the inode too. So after any write, by the app or
  anyone else, the identity differs and every page is checked again.
* The record cannot be forged or moved to another file without the data key: its MAC
  covers the identity, the day and the file's path, and the key is derived from the data
  key (a label of its own, so the MAC never equals another use of the key).
* A record is written only for a check that began well after the file last changed
  (``SETTLE_SECONDS``; two seconds when its times hold no fraction of a second, as on
  FAT), so a write in the same tick of the file system's clock as the one before the
  check cannot hide behind the identity the check saw.
* Damage no write makes (a disk's own decay) changes no time stamp: the pages a read
  takes are still authenticated by SQLCipher as it reads them (a damaged one fails the
  read, and the full open refuses the journal), and the record lasts only the day it was
  made, so every page is checked again at the first read of each day.
* Pages in a write-ahead log are never covered by a record: SQLCipher authenticates
  every frame it reads, as before.

A quick read checks the pages alone; the open's check before a write (the quick ``log``'s
too) also checks the B-tree (``integrity.file_problems``), which finds a file whose pages
are each authentic but do not fit together (old pages put back, a disk that lied about a
flush). A record says which it vouches for, and the quick ``log`` is spared its check only
by a record of the whole check.

A record is made only by a check: never for the file a write leaves. Every commit,
the quick ``log``'s own included, changes the identity, so the next command checks every
page again. (A record renewed after the quick ``log``'s commit was tried and removed: a
program writing into the file between the stat before the commit and the one after it
could not be told from the commit itself, and its change was vouched for the rest of
the day.) A check that finds the file damaged deletes its record (``forget``), so
nothing vouches for a file known to be bad.

Record files are named by an HMAC of the file's path under the record key, so the
cache folder does not show which journal paths were read.

The records live in the user's cache folder (``$WELLBEING_CACHE_DIR``, else the
platform's, on Linux ``~/.cache/wellbeing-desktop``), in ``checked/`` (0700, files
0600), never beside the journal: a read leaves the journal's folder exactly as it was.
A record that cannot be written or read is no record (the check runs). They hold no
journal text and no key, only a MAC.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

CACHE_DIR_ENV = "WELLBEING_CACHE_DIR"
# How long after the file last changed a check must begin for its record to be kept:
# several ticks of the clock file times are stamped from (Linux: at most 10 ms), or, for
# a file system that keeps whole seconds (FAT keeps two), two seconds.
SETTLE_SECONDS = 0.1
WHOLE_SECONDS_SETTLE_SECONDS = 2.0
_VERSION = 1
_LABEL = b"leader-pulse page-check record\x00"
_MAX_BYTES = 4096

Identity = tuple[int, int, int, int, int]  # device, inode, size, mtime_ns, ctime_ns
# What a record vouches for: every page's MAC (a quick read's check), or the whole check
# the open makes before anything may write (the pages, then the B-tree: a write's).
PAGES = "pages"
WHOLE = "whole"


def records_dir(env: Mapping[str, str] | None = None) -> Path:
    """``$WELLBEING_CACHE_DIR/checked``, else the platform's cache folder's."""
    env = os.environ if env is None else env
    chosen = env.get(CACHE_DIR_ENV)
    if not chosen:
        import platformdirs  # only when no folder is set (the log set-up has it loaded)

        from wellbeing_desktop import APP_NAME

        chosen = platformdirs.user_cache_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser().absolute() / "checked"


def identity(info: os.stat_result) -> Identity:
    """What any write to the file changes (see the module's docstring)."""
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def log_empty(path: Path) -> bool:
    """No frame beside the file: its write-ahead log is missing or empty.

    Only then is the file alone the journal, and a record (or a page check of the file)
    speaks for all of it.
    """
    try:
        return os.stat(path.with_name(path.name + "-wal")).st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _today() -> str:
    return time.strftime("%Y-%m-%d")


def _record_key(data_key: bytes) -> bytes:
    return hmac.new(data_key, _LABEL, hashlib.sha256).digest()


def _record_file(folder: Path, path: Path, data_key: bytes) -> Path:
    """The record's file: named by a keyed hash of the path (no path can be told from it)."""
    body = b"name\x00" + os.fsencode(os.path.realpath(path))
    name = hmac.new(_record_key(data_key), body, hashlib.sha256).hexdigest()[:32]
    return folder / f"{name}.json"


def _mac(data_key: bytes, path: Path, ident: Identity, day: str, scope: str = PAGES) -> str:
    fields: list[object] = [_VERSION, os.path.realpath(path), list(ident), day]
    if scope != PAGES:
        fields.append(scope)  # a record of the pages alone keeps its first form
    body = json.dumps(fields, separators=(",", ":"))
    return hmac.new(_record_key(data_key), body.encode("utf-8"), hashlib.sha256).hexdigest()


def checked_today(
    folder: Path, path: Path, ident: Identity, data_key: bytes, *, whole: bool = False
) -> bool:
    """Whether a valid record says every page of ``path`` as it is now passed today.

    ``whole``: only a record of the open's whole check (``WHOLE``: the pages and the
    B-tree, ``integrity.file_problems``) will do; a read's record of the pages alone
    (``PAGES``) does not spare a write that check.
    """
    try:
        from wellbeing_desktop.files import read_regular_limited

        if folder.is_symlink():
            return False  # a folder someone pointed elsewhere is not ours (see record_check)
        raw = read_regular_limited(_record_file(folder, path, data_key), _MAX_BYTES)
        record = json.loads(raw)
        day = record["day"]
        scope = record.get("scope", PAGES)
        if record["v"] != _VERSION or day != _today() or record["identity"] != list(ident):
            return False
        if scope not in (PAGES, WHOLE) or (whole and scope != WHOLE):
            return False
        return hmac.compare_digest(str(record["mac"]), _mac(data_key, path, ident, day, scope))
    except (OSError, ValueError, TypeError, KeyError):
        return False  # no record, or not one of ours: check every page


def record_check(
    folder: Path,
    path: Path,
    ident: Identity,
    data_key: bytes,
    started_ns: int,
    *,
    whole: bool = False,
) -> None:
    """Remember that every page of ``path`` (``ident``) passed a check begun at ``started_ns``.

    ``whole``: the check was the open's whole check (the pages and the B-tree). Nothing
    is recorded for a file that changed too shortly before the check began (see
    the module's docstring), nor when the folder cannot be written (the next read checks
    again).
    """
    changed_ns = max(ident[3], ident[4])
    whole_seconds = ident[3] % 1_000_000_000 == 0 and ident[4] % 1_000_000_000 == 0
    settle = WHOLE_SECONDS_SETTLE_SECONDS if whole_seconds else SETTLE_SECONDS
    if started_ns - changed_ns < settle * 1e9:
        return
    _write_record(folder, path, ident, data_key, WHOLE if whole else PAGES)


def forget(folder: Path, path: Path, data_key: bytes) -> None:
    """Delete the record of ``path``, if any: a check just found the file damaged.

    Quiet when there is none or it cannot be deleted; a folder that is a symbolic link is
    not ours (see ``record_check``) and is left alone.
    """
    with contextlib.suppress(OSError):
        if not folder.is_symlink():
            _record_file(folder, path, data_key).unlink(missing_ok=True)


def _write_record(folder: Path, path: Path, ident: Identity, data_key: bytes, scope: str) -> None:
    day = _today()
    record: dict[str, object] = {"v": _VERSION, "identity": list(ident), "day": day}
    if scope != PAGES:
        record["scope"] = scope
    record["mac"] = _mac(data_key, path, ident, day, scope)
    target = _record_file(folder, path, data_key)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        from wellbeing_desktop.files import PRIVATE_FILE_MODE, ensure_private_dir

        if folder.is_symlink():
            # Never follow it: in a shared cache someone else could point it at a folder
            # of ours, which ensure_private_dir would make 0700 and fill with records.
            return
        ensure_private_dir(folder)
        _forget_old_records(folder)
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC
        fd = os.open(temp, flags, PRIVATE_FILE_MODE)
        try:
            os.fchmod(fd, PRIVATE_FILE_MODE)
            os.write(fd, json.dumps(record).encode("ascii"))
        finally:
            os.close(fd)
        # No fsync: a record lost in a crash only means one more full check.
        os.replace(temp, target)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()


def _forget_old_records(folder: Path) -> None:
    """Remove records no longer of use: a record counts only on its day."""
    stale_before = time.time() - 2 * 24 * 3600  # by the file's time: any time zone's day
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.endswith(".json") and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    if entry.stat(follow_symlinks=False).st_mtime < stale_before:
                        os.unlink(entry.path)
