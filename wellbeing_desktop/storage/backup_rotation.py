"""Which backups to keep: the last 14 days, the last 8 ISO weeks, and the last few of the rest.

A pure function of the backups' names, so the policy is tested with a fixed clock.

The policy (the same idea as ``restic forget --keep-daily 14 --keep-weekly 8``):

* The *dated* backups are the verified ones (reasons ``daily``, ``manual`` and
  ``before-update``). Walking them newest first, the newest backup of each of the 14 most
  recent days that have one is kept, and the newest backup of each of the 8 most recent
  ISO weeks that have one. Days and weeks without a backup do not use up a place, so a
  journal left alone for a month still keeps its 14 last days.
* On top of that the 5 newest backups of each reason other than ``daily`` are kept
  (manual, before-update, before-restore), so a migration or a restore can always be
  undone however many daily backups follow.
* Backups with a reason this version does not know are never deleted.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from wellbeing_desktop.storage.backup_format import BackupName, parse_backup_name

KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_EACH_OTHER = 5

DAILY = "daily"
MANUAL = "manual"
BEFORE_UPDATE = "before-update"
BEFORE_RESTORE = "before-restore"
# Backups that were verified when made and so stand for the journal as it was that day.
DATED_REASONS = frozenset({DAILY, MANUAL, BEFORE_UPDATE})
KNOWN_REASONS = DATED_REASONS | {BEFORE_RESTORE}


def backups_to_keep(
    backups: Iterable[BackupName],
    *,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
    keep_each_other: int = KEEP_EACH_OTHER,
) -> set[BackupName]:
    """The backups the policy keeps; every other one of ``backups`` may be deleted."""
    newest_first = sorted(backups, reverse=True)
    keep: set[BackupName] = {b for b in newest_first if b.reason not in KNOWN_REASONS}

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

    for reason in KNOWN_REASONS - {DAILY}:
        keep.update([b for b in newest_first if b.reason == reason][:keep_each_other])
    return keep


def named_backups(backup_root: Path) -> list[tuple[BackupName, Path]]:
    """The files in ``backup_root`` named like backups, newest first."""
    if not backup_root.is_dir():
        return []
    found = []
    for path in backup_root.iterdir():
        name = parse_backup_name(path.name)
        if name is not None and path.is_file():
            found.append((name, path))
    return sorted(found, reverse=True)


def daily_backup_due(backup_root: Path, now: datetime) -> bool:
    """True unless a verified backup made on ``now``'s day is in ``backup_root``."""
    today = now.date()
    return not any(
        name.made.date() == today and name.reason in DATED_REASONS
        for name, _path in named_backups(backup_root)
    )
