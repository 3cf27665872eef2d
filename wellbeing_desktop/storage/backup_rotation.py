"""Which backups to keep: the last 14 days, the last 8 ISO weeks, and the last few of the rest.

The policy is a pure function (``backups_to_keep``), so it is tested with a fixed clock.

Which backup is newest is decided by what the backups record inside (``ranked_backups``),
never by their names, which anyone can change (a copied-in file, a clock that was ahead):

* rank: the serial recorded in the header (each backup made in this folder has one more
  than the highest there before it), then the recorded time. Version-1 backups, made
  before the header recorded anything, have serial 0 and the time ``backup_format``
  describes (the earlier of their name and their modification time).
* time: the recorded time places a backup on its day and ISO week for the policy below.
  For "was today's backup made?" it counts as made no later than any backup ranked above
  it (a backup cannot have been made after one made later): a backup made while the clock
  was a year ahead stops counting as "next year" once a backup is made after the clock
  was set right, so that day still gets its own backup. (Only there: a copied-in file
  recording 1970 must not move every older backup onto one day and get them pruned.)

The policy (the same idea as ``restic forget --keep-daily 14 --keep-weekly 8``):

* The *dated* backups are the verified ones (reasons ``daily``, ``manual``,
  ``before-update`` and ``before-import``). Walking them newest first, the newest backup
  of each of the 14 most recent days that have one is kept, and the newest backup of each
  of the 8 most recent ISO weeks that have one. Days and weeks without a backup do not
  use up a place, so a journal left alone for a month still keeps its 14 last days.
* On top of that the 5 newest backups of each of ``manual``, ``before-update`` and
  ``before-import`` are kept, so a migration or an import can always be undone however
  many daily backups follow.
* ``before-restore`` backups are never deleted: each is the only copy of the journal a
  restore replaced (it may hold days no other backup has), and restores are rare.
* Backups with a reason this version does not know are never deleted.
* Whatever the above says, the caller's ``protect`` set is kept: the pruning after a
  backup protects the backup just made and the newest good (verified, undamaged) one.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from wellbeing_desktop.storage.backup_format import (
    BackupFileError,
    BackupName,
    parse_backup_name,
    peek_header,
)

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

MAX_SERIAL = 2**64 - 1  # the header's field is 8 bytes, unsigned
KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_EACH_OTHER = 5

DAILY = "daily"
MANUAL = "manual"
BEFORE_UPDATE = "before-update"
BEFORE_RESTORE = "before-restore"
BEFORE_IMPORT = "before-import"  # made before an import of another app's export writes
# Backups that were verified when made and so stand for the journal as it was that day.
DATED_REASONS = frozenset({DAILY, MANUAL, BEFORE_UPDATE, BEFORE_IMPORT})
KNOWN_REASONS = DATED_REASONS | {BEFORE_RESTORE}
# The only copy of what a restore replaced: never deleted automatically.
NEVER_PRUNED = frozenset({BEFORE_RESTORE})


class _Backup(Protocol):
    @property
    def made(self) -> datetime: ...

    @property
    def reason(self) -> str: ...

    def __lt__(self, other: Any, /) -> bool: ...


_B = TypeVar("_B", bound=_Backup)


def backups_to_keep(
    backups: Iterable[_B],
    *,
    protect: Iterable[_B] = (),
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
    keep_each_other: int = KEEP_EACH_OTHER,
) -> set[_B]:
    """The backups the policy keeps; every other one of ``backups`` may be deleted.

    ``backups`` sort oldest to newest (``RankedBackup`` by what they record); everything
    in ``protect`` is kept whatever the policy says.
    """
    newest_first = sorted(backups, reverse=True)
    keep: set[_B] = {b for b in newest_first if b.reason in NEVER_PRUNED}
    keep.update(b for b in newest_first if b.reason not in KNOWN_REASONS)
    keep.update(b for b in protect if b in newest_first)

    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in (b for b in newest_first if b.reason in DATED_REASONS):
        day = backup.made.date()
        if day not in days and len(days) < keep_daily:
            days.add(day)
            keep.add(backup)
        iso = backup.made.isocalendar()
        week = (iso.year, iso.week)
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            keep.add(backup)

    for reason in DATED_REASONS - {DAILY}:
        keep.update([b for b in newest_first if b.reason == reason][:keep_each_other])
    return keep


@dataclass(frozen=True, slots=True, order=True)
class RankedBackup:
    """A backup file in the backups folder and what it records; sorts oldest to newest."""

    serial: int
    made: datetime  # the time the header records (version 1: see backup_format)
    name: BackupName  # what the file name says (only its reason is used)
    path: Path
    # No later than any backup ranked above it: for the "made today?" check only.
    made_by_order: datetime = field(compare=False)
    verified: bool = field(compare=False)  # False also when the header cannot be read

    @property
    def reason(self) -> str:
        return self.name.reason


def recorded_time(path: Path, name: BackupName | None = None) -> datetime:
    """When the backup at ``path`` says it was made (see the module notes).

    Version 1 or unreadable: the earlier of the time in its name and its modification time.
    """
    try:
        header = peek_header(path)
    except BackupFileError:
        header = None
    if header is not None and header.made_at is not None:
        return header.made_at
    return _legacy_time(path, name if name is not None else parse_backup_name(path.name))


def _legacy_time(path: Path, name: BackupName | None) -> datetime:
    modified = datetime.fromtimestamp(os.stat(path).st_mtime).replace(microsecond=0)
    return modified if name is None else min(name.made, modified)


def ranked_backups(backup_root: Path) -> list[RankedBackup]:
    """The regular files in ``backup_root`` named like backups, newest first (see above).

    Reads a few header bytes of each; a FIFO or device named like a backup is left out
    (never opened), a damaged one is ranked as a version-1 backup.
    """
    if not backup_root.is_dir():
        return []
    found = []
    for path in backup_root.iterdir():
        name = parse_backup_name(path.name)
        if name is None or not _is_regular(path):
            continue
        try:
            header = peek_header(path)
        except BackupFileError:
            header = None
        try:
            if header is not None and header.made_at is not None:
                recorded = header.made_at
            else:
                recorded = _legacy_time(path, name)
        except OSError:
            continue  # gone meanwhile
        serial = header.serial if header is not None else 0
        verified = header.verified if header is not None else False
        found.append(RankedBackup(serial, recorded, name, path, recorded, verified))
    found.sort(reverse=True)
    ranked = []
    earliest: datetime | None = None
    for backup in found:
        earliest = backup.made if earliest is None else min(earliest, backup.made)
        ranked.append(dataclasses.replace(backup, made_by_order=earliest))
    return ranked


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def next_serial(backup_root: Path) -> int:
    """The serial for a backup made now in ``backup_root``: one more than any there.

    Capped at the field's largest value: a copied-in file recording it cannot stop backups
    (ties are ranked by the recorded time).
    """
    highest = max((b.serial for b in ranked_backups(backup_root)), default=0)
    return min(highest + 1, MAX_SERIAL)


def daily_backup_due(backup_root: Path, now: datetime) -> bool:
    """True unless a verified backup counted as made on ``now``'s day is in ``backup_root``.

    "Counted as made": the time ``ranked_backups`` gives it, so a file whose name (or a
    clock that was ahead) says today, followed by a backup made after it on an earlier
    day, does not count.
    """
    today = now.date()
    return not any(
        backup.made_by_order.date() == today and backup.reason in DATED_REASONS and backup.verified
        for backup in ranked_backups(backup_root)
    )
