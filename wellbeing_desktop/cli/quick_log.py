"""``log`` of a day's simple figures without loading the rest of the app (issue #20).

With the key remembered in the keyring, ``log --energy 3`` (and the other figures of the
day: the categories' time, hours, stress, demands, resources, energy, a note given inline,
tags, sharing) is written by ``services.quick_write``: no SQLAlchemy, no services but that
one. Its own small reading of the options (not ``journal_commands``, which loads the
unlock path) takes only what it reads exactly as the ordinary command reads it; anything
else (signals, items from the lists, a note file, a calendar, a passphrase given, a value
it cannot read) makes it step aside before the journal is touched, and the ordinary
command runs and words every refusal. ``quick_log`` prints the command's output and
returns True, or returns False having printed and changed nothing.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from wellbeing_desktop.cli.quick_read import few_objects, print_lines, speak
from wellbeing_desktop.domain.errors import WellbeingError

if TYPE_CHECKING:
    import argparse
    from datetime import date

    from wellbeing_desktop.domain.models import DayChanges, DayMerge
    from wellbeing_desktop.paths import JournalPaths

PASSPHRASE_ENV = "WELLBEING_PASSPHRASE"  # the same as cli.unlock.PASSPHRASE_ENV

# The options read here, as ``journal_commands`` reads them (a test holds them equal).
CLI_CATEGORIES = {
    "operations": "operations",
    "leadership": "people_leadership",
    "strategy": "strategy",
    "own": "own_tasks",
}
SHARE_WORDS = {
    "private": "private",
    "one-on-one": "one-on-one",
    "1:1": "one-on-one",
    "coach": "coach",
}
# Every attribute ``log``'s parser may set that this path reads (or knows to be harmless).
QUICK_OPTIONS = frozenset(
    {"command", "data_dir", "date", "hours", "stress", "demands", "resources", "energy"}
    | {"note", "tag", "share"}
    | set(CLI_CATEGORIES)
)
# ``log``'s options that this path leaves to the ordinary command when given.
ORDINARY_OPTIONS = frozenset(
    {"signal", "new_signal", "demand", "resource", "note_file", "from_calendar"}
    | {"passphrase_file"}
)


def quick_log(args: argparse.Namespace) -> bool:
    """``log`` on the quick path; False: run the ordinary command."""
    with few_objects():
        from datetime import datetime

        today = datetime.now().date()  # the journal's today (``Journal.today``)
        parsed = _parsed(args, today)
        if parsed is None:
            return False
        day, changes = parsed
        from wellbeing_desktop.paths import JournalPaths
        from wellbeing_desktop.services import quick_write

        paths = JournalPaths.resolve(getattr(args, "data_dir", None))
        saved = quick_write.log_with_remembered_key(paths, day, changes, speak=speak)
        if saved is None:
            from wellbeing_desktop.cli.speech import use_system_language

            use_system_language()  # until the ordinary open speaks the journal's language
            return False
        # Written before the backup: the save is committed, whatever the backup meets.
        print_lines(_lines(day, saved.merge))
        _backup_if_due(args, paths)
        return True


def _parsed(args: argparse.Namespace, today: date) -> tuple[date, DayChanges] | None:
    """The day and the changes ``log``'s options ask for, or None: the ordinary command.

    None also for anything the ordinary command refuses: it words the refusal.
    """
    given = {name for name, value in vars(args).items() if value is not None}
    if not given <= QUICK_OPTIONS or given & ORDINARY_OPTIONS:
        return None
    if given <= {"command", "data_dir", "date"}:
        return None  # nothing to log: the ordinary command says so
    if os.environ.get(PASSPHRASE_ENV):
        return None  # a passphrase given comes before the keyring
    from wellbeing_desktop.cli.arguments import whole_number
    from wellbeing_desktop.domain.durations import parse_day, parse_typed_duration
    from wellbeing_desktop.domain.models import DayChanges, ShareLevel

    try:
        day = parse_day(args.date, today=today)
        minutes = {
            key: parse_typed_duration(text, flag)
            for flag, key in CLI_CATEGORIES.items()
            if (text := getattr(args, flag)) is not None
        }
        hours = parse_typed_duration(args.hours, "hours") if args.hours is not None else None
        share = None
        if args.share is not None:
            word = SHARE_WORDS.get(args.share.strip().lower())
            if word is None:
                return None
            share = ShareLevel(word)
        changes = DayChanges(
            minutes=minutes,
            hours_worked_minutes=hours,
            stress_step=whole_number(args.stress, "stress", 1, 5),
            demands=whole_number(args.demands, "demands", 0, 10),
            resources=whole_number(args.resources, "resources", 0, 10),
            energy=whole_number(args.energy, "energy", 1, 5),
            reflection=args.note,
            tags=tuple(t.strip() for t in args.tag) if args.tag is not None else None,
            share=share,
        )
    except WellbeingError:
        return None
    return day, changes


def _lines(day: date, merge: DayMerge) -> list[str]:
    """What the ordinary ``log`` prints for the same save (``journal_commands.cmd_log``)."""
    from wellbeing_desktop.cli.speech import duration, say

    saved, raised_from = merge.day, merge.hours_raised_from
    lines = [say("cli", "Saved {day}.").format(day=day.isoformat())]
    if raised_from is not None and saved.hours_worked_minutes is not None:
        lines.append(
            say(
                "cli",
                "Hours worked raised from {before} to {after}, to cover the categories' time.",
            ).format(before=duration(raised_from), after=duration(saved.hours_worked_minutes))
        )
    return lines


def _backup_if_due(args: argparse.Namespace, paths: JournalPaths) -> None:
    """Today's automatic backup after the write, as ``backup_after_write``; only when due.

    Made through the ordinary open (the backup needs the engine): a command a day pays
    for it, as the ordinary ``log`` does. A failure is logged, never the command's.
    """
    from wellbeing_desktop.services.quick_write import backup_due

    if not backup_due(paths):
        return
    import logging

    from wellbeing_desktop.cli.unlock import backup_after_write, journal_access

    access = journal_access(args)
    try:
        journal = access.open_with_keyring()
    except (WellbeingError, OSError) as exc:
        logging.getLogger(__name__).warning("automatic backup failed (%s)", type(exc).__name__)
        return
    if journal is None:
        return
    try:
        backup_after_write(journal)
    finally:
        journal.close()
