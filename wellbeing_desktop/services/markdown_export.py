"""The journal (or a period) as a new folder of Markdown files (issue #19).

The layout and the front matter are documented in ``docs/markdown-export.md``; our
Markdown import (``services/foreign/markdown.py``) reads the day files back. The day
files are written by ``markdown_front_matter``, the other pages and the names by
``markdown_pages``.

The folder and its consent entry are one unit, in the order ``export_files`` keeps for
a file (its module doc says why):

1. The folder is written under a hidden name beside the target (``.NAME.<random>.tmp``,
   0700, every file 0600 and fsynced, every folder fsynced), so nothing has the
   target's name yet.
2. The consent entry is committed. A refusal or a full disk fails here: the hidden
   folder is removed, nothing was published and nothing logged.
3. The folder is renamed to the target name, never over anything there (see
   ``rename_no_replace``), and the parent folder synced. A process killed before this
   leaves the hidden 0700 folder beside the target, never under its name; a rename that
   fails after the commit (something appeared at the name meanwhile) removes the hidden
   folder and the entry stays: the log may say a little more left than did, never less.

A hidden folder left by a killed export holds plaintext: the next export into the same
parent folder removes it first (``remove_leftovers``). It is recognised by its name
(``.NAME.<16 hex>.tmp``, a folder, not a link) AND by the marker file only this module
writes into it first (``BUILD_MARKER``, holding ``BUILD_MARKER_TEXT``); nothing else is
ever removed.

An export can be asked to stop (``stop``: the journal is locking): it stops between two
files or before the entry, removes its hidden folder and raises ``ExportStopped``;
nothing is named and nothing logged.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import re
import shutil
import stat
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import catalogues
from wellbeing_desktop.domain.catalogues import localized
from wellbeing_desktop.domain.models import DayLog, ExportRecord
from wellbeing_desktop.files import (
    PRIVATE_DIR_MODE,
    PRIVATE_FILE_MODE,
    fsync_dir,
    read_regular_limited,
    remove_left_folders,
    write_all_synced,
)
from wellbeing_desktop.services import markdown_pages as pages
from wellbeing_desktop.services.export_words import ExportLabels
from wellbeing_desktop.services.markdown_front_matter import day_file_text, has_content

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from datetime import datetime

    from wellbeing_desktop.domain.models import JournalContent
    from wellbeing_desktop.services.journal import Journal

KIND = "markdown"  # the consent log's kind (its format is "md", as a Markdown report's)
FORMAT = "md"
# The first file of a hidden build folder: a leftover is only removed when it has it.
BUILD_MARKER = ".leader-pulse-export-in-progress"
BUILD_MARKER_TEXT = "Leader Pulse writes a Markdown export here; it was not finished.\n"
_BUILD_NAME = re.compile(r"\..{1,40}\.[0-9a-f]{16}\.tmp", re.DOTALL)


class ExportStopped(Exception):  # noqa: N818 - a request, not an error
    """The export was asked to stop (the journal is locking); nothing is left or logged."""


@dataclass(frozen=True, slots=True)
class MarkdownExport:
    """What a Markdown export wrote: how many files of each kind, and its consent entry."""

    folder: Path
    days: int
    one_on_ones: int
    sparring_topics: int
    who5: int
    record: ExportRecord


def export_markdown(
    journal: Journal,
    target: Path,
    start: date | None = None,
    end: date | None = None,
    *,
    stop: Callable[[], bool] | None = None,
) -> MarkdownExport:
    """Write the days from ``start`` to ``end`` (None: open-ended) as a new folder ``target``.

    The folder is built hidden beside ``target`` (0700, files 0600), the consent entry
    is committed, and only then is the folder given its name; a failure leaves nothing
    under ``target`` and nothing logged. Hidden folders a killed export left in the same
    parent are removed first (``remove_leftovers``). ``stop`` is asked between files.

    Raises:
        FileExistsError: ``target`` exists (a file or a folder, even an empty one); it is
            left untouched and nothing is logged.
        OSError: the folder could not be written; nothing is left or logged.
        WellbeingError: the entry could not be recorded; nothing is left.
        ExportStopped: ``stop`` said so before the entry; nothing is left or logged.
    """
    target = Path(target)
    if os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, "already exists", str(target))
    remove_leftovers(target.parent)
    made_at = journal.now()
    stopping = stop or (lambda: False)
    # A short random name beside the target: hidden, and never the name of anything there.
    temp = target.parent / f".{target.name[:40]}.{os.urandom(8).hex()}.tmp"
    os.mkdir(temp, PRIVATE_DIR_MODE)
    published = False
    try:
        os.chmod(temp, PRIVATE_DIR_MODE)  # whatever the umask
        _write_file(temp / BUILD_MARKER, BUILD_MARKER_TEXT)
        # The days are written as they are read (issue #20): never all in memory at once.
        with journal.streamed_content(start, end) as (content, days):
            seen = _write_folder(temp, content, days(), (start, end), made_at, stopping)
        record = ExportRecord(
            made_at=made_at,
            kind=KIND,
            format=FORMAT,
            period_start=start,
            period_end=end,
            reflection_days=tuple(seen.reflection_days),
        )
        if stopping():
            raise ExportStopped
        if os.path.lexists(target):  # made while the folder was written: nothing logged
            raise FileExistsError(errno.EEXIST, "already exists", str(target))
        added = journal.record_export(record)  # committed before anything has the name
        os.unlink(temp / BUILD_MARKER)
        rename_no_replace(temp, target)
        published = True
        fsync_dir(target.parent)
    finally:
        if not published:
            shutil.rmtree(temp, ignore_errors=True)
            with contextlib.suppress(OSError):
                fsync_dir(target.parent)
    return MarkdownExport(
        folder=target,
        days=seen.written,
        one_on_ones=len(content.one_on_ones),
        sparring_topics=len(content.sparring_topics),
        who5=len(content.who5),
        record=added,
    )


def free_folder(parent: Path, name: str) -> Path:
    """``parent / name``, or ``name (2)``, ``name (3)``… if that is taken.

    Taken means anything at the name, a dangling link too (``export_markdown`` refuses
    all of them).
    """
    target = parent / name
    number = 2
    while os.path.lexists(target):
        target = parent / f"{name} ({number})"
        number += 1
    return target


@dataclass
class _DaysSeen:
    """What the day loop saw: files written, days whose reflection left, keys used."""

    written: int = 0
    reflection_days: list[date] = field(default_factory=list)
    minutes: set[str] = field(default_factory=set)
    signals: set[str] = field(default_factory=set)
    demand_items: set[str] = field(default_factory=set)
    resource_items: set[str] = field(default_factory=set)

    def add(self, day: DayLog) -> None:
        if day.reflection.strip():
            self.reflection_days.append(day.day)
        if has_content(day):
            self.written += 1
            self.minutes.update(day.minutes)
            self.signals.update(day.signals)
            self.demand_items.update(day.demand_items)
            self.resource_items.update(day.resource_items)

    def keys_day(self) -> DayLog:
        """One day using every key the written days used (for ``pages.used_keys``)."""
        return DayLog(
            day=date.min,
            minutes=dict.fromkeys(sorted(self.minutes), 0),
            signals=tuple(sorted(self.signals)),
            demand_items=tuple(sorted(self.demand_items)),
            resource_items=tuple(sorted(self.resource_items)),
        )


def _write_folder(
    root: Path,
    content: JournalContent,
    days: Iterable[DayLog],
    period: tuple[date | None, date | None],
    made_at: datetime,
    stop: Callable[[], bool],
) -> _DaysSeen:
    """Every file of the export into the (new, private) folder ``root``, a day as it comes.

    Days with nothing to write (``has_content``) get no file.
    """
    language = content.settings.language
    labels = ExportLabels(language, content.categories, content.own_items)
    category_keys = [c.key for c in sorted(content.categories, key=lambda c: c.position)]
    own_labels = {item.key: item.label(language) for item in content.own_items}

    seen = _DaysSeen()
    folder = _new_folder(root / localized(pages.DAYS_FOLDER, language))
    for day in days:
        if stop():
            raise ExportStopped
        seen.add(day)
        if not has_content(day):
            continue
        text = day_file_text(day, category_keys, own_labels)
        _write_file(folder / f"{day.day.isoformat()}.md", text)
    fsync_dir(folder)

    folder = _new_folder(root / localized(pages.ONE_ON_ONES_FOLDER, language))
    names = pages.UniqueNames()
    for meeting in sorted(content.one_on_ones, key=lambda m: m.held_on):
        if stop():
            raise ExportStopped
        name = names.take(pages.one_on_one_stem(meeting, language))
        _write_file(folder / name, pages.one_on_one_page(meeting, labels))
    fsync_dir(folder)

    folder = _new_folder(root / localized(pages.SPARRING_FOLDER, language))
    names = pages.UniqueNames()
    for topic in sorted(content.sparring_topics, key=lambda t: t.raised_on):
        if stop():
            raise ExportStopped
        name = names.take(pages.sparring_stem(topic, labels))
        _write_file(folder / name, pages.sparring_page(topic, labels))
    fsync_dir(folder)

    if stop():
        raise ExportStopped
    _write_file(root / localized(pages.WHO5_FILE, language), pages.who5_page(content.who5, labels))

    items = (*catalogues.SIGNALS, *catalogues.DEMANDS, *catalogues.RESOURCES, *content.own_items)
    keys = pages.used_keys([seen.keys_day()], [*category_keys, *(item.key for item in items)])
    readme = pages.readme_page(labels, made_at, period, keys)
    _write_file(root / localized(pages.README_FILE, language), readme)
    fsync_dir(root)
    return seen


def _new_folder(path: Path) -> Path:
    os.mkdir(path, PRIVATE_DIR_MODE)
    os.chmod(path, PRIVATE_DIR_MODE)
    return path


def _write_file(path: Path, text: str) -> None:
    """A new 0600 file holding ``text`` as UTF-8, on disk before this returns."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    try:
        write_all_synced(fd, text.encode("utf-8"))
    finally:
        os.close(fd)


def rename_no_replace(source: Path, target: Path) -> None:
    """Give the folder ``source`` the name ``target``, never over anything there.

    A plain rename(2) would silently replace an *empty* folder at ``target``. Linux's
    ``renameat2(RENAME_NOREPLACE)`` and macOS's ``renamex_np(RENAME_EXCL)`` refuse it in
    the same step, so no race is left. Where neither can be used (another system, an old
    kernel, a file system without it), ``target`` is checked and then renamed to: in the
    moment between the two, a file or a non-empty folder made at ``target`` still makes
    the rename fail (ENOTDIR, ENOTEMPTY) and is left as it is; only an empty folder made
    in that moment would be replaced, and nothing in it can be lost. (On Windows a
    rename never replaces.)

    Raises:
        FileExistsError: something is at ``target``; ``source`` is left as it is.
        OSError: the rename failed otherwise.
    """
    if _rename_exclusive(source, target):
        return
    if os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, "already exists", str(target))
    try:
        os.rename(source, target)
    except OSError as exc:
        if exc.errno in (errno.EEXIST, errno.ENOTEMPTY, errno.ENOTDIR, errno.EISDIR):
            raise FileExistsError(errno.EEXIST, "already exists", str(target)) from None
        raise


_AT_FDCWD = -100
_RENAME_NOREPLACE = 1  # linux/fs.h
_RENAME_EXCL = 4  # macOS sys/stdio.h
_NOT_THERE = {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP}


def _rename_exclusive(source: Path, target: Path) -> bool:
    """Rename with the system's no-replace call; False when it cannot be used here.

    Raises:
        FileExistsError: something is at ``target``.
        OSError: the rename failed otherwise.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if sys.platform.startswith("linux"):
            call = libc.renameat2
            call.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
            call.argtypes += [ctypes.c_uint]
            args: tuple[object, ...] = (_AT_FDCWD, os.fsencode(source), _AT_FDCWD)
            args += (os.fsencode(target), _RENAME_NOREPLACE)
        elif sys.platform == "darwin":
            call = libc.renamex_np
            call.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint]
            args = (os.fsencode(source), os.fsencode(target), _RENAME_EXCL)
        else:
            return False
    except (OSError, AttributeError):  # no C library to ask, or an older one without it
        return False
    call.restype = ctypes.c_int
    if call(*args) == 0:
        return True
    code = ctypes.get_errno()
    if code in _NOT_THERE:
        return False
    raise OSError(code, os.strerror(code), str(target))  # EEXIST: a FileExistsError


def remove_leftovers(parent: Path) -> list[Path]:
    """Remove the hidden build folders a killed export left in ``parent``; the ones removed.

    Only a real folder (not a link) named ``.NAME.<16 hex>.tmp`` that holds our marker
    file with our words (a regular file, not a link) is removed: nothing else, whatever
    its name. A folder that cannot be read or removed is left as it is.
    """
    return remove_left_folders(parent, _BUILD_NAME, _is_ours)


def _is_ours(folder: Path) -> bool:
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
        marker = folder / BUILD_MARKER
        if not stat.S_ISREG(os.lstat(marker).st_mode):
            return False
        text = BUILD_MARKER_TEXT.encode()
        return read_regular_limited(marker, len(text)) == text
    except OSError:  # no marker, a link or another kind of file, too long, unreadable
        return False
