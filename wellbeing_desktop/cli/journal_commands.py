"""The writing commands of the day: ``log`` and ``who5`` (``reading_commands``: the rest)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from wellbeing_desktop.cli.arguments import whole_number
from wellbeing_desktop.cli.output import ITEM_LISTS, out
from wellbeing_desktop.cli.speech import (
    duration,
    language,
    say,
)
from wellbeing_desktop.cli.unlock import backup_after_write, journal_access, unlock
from wellbeing_desktop.domain import catalogues, item_match
from wellbeing_desktop.domain.durations import parse_day, parse_typed_duration
from wellbeing_desktop.domain.errors import Message, ValidationError, WellbeingError
from wellbeing_desktop.domain.messages import ANSWER_N
from wellbeing_desktop.domain.models import (
    CatalogueItem,
    CatalogueKind,
    DayChanges,
    ShareLevel,
    Who5CheckIn,
)
from wellbeing_desktop.services import user_files
from wellbeing_desktop.services.commands import printed_command

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from datetime import date

    from wellbeing_desktop.services.journal import Journal

_CLI_CATEGORIES = {
    "operations": "operations",
    "leadership": "people_leadership",
    "strategy": "strategy",
    "own": "own_tasks",
}
_SHARE_WORDS = {
    "private": ShareLevel.PRIVATE,
    "one-on-one": ShareLevel.ONE_ON_ONE,
    "1:1": ShareLevel.ONE_ON_ONE,
    "coach": ShareLevel.COACH,
}


# --- log -------------------------------------------------------------------------------


def _pick_items(
    journal: Journal, kind: CatalogueKind, names: Sequence[str] | None, field: str
) -> tuple[str, ...] | None:
    if names is None:
        return None
    items = journal.catalogue(kind)
    picked = []
    for name in names:
        item = item_match.find_item(items, name)
        if item is None:
            raise _unknown_item(journal, items, kind, name, field)
        picked.append(item.key)
    return tuple(dict.fromkeys(picked))


def _unknown_item(
    journal: Journal, items: Sequence[CatalogueItem], kind: CatalogueKind, name: str, field: str
) -> WellbeingError:
    """A name not on the list: refused with the closest items and how to see them all."""
    language = journal.settings().language
    closest = item_match.closest_items(items, name)
    near = ", ".join(f"{item.key} ({item.label(language)})" for item in closest)
    flat = " ".join(name.split())  # one line, whatever was typed
    shown = flat if len(flat) <= 40 else flat[:40] + "…"  # never a pasted paragraph
    command = printed_command(journal.paths.root, "items", ITEM_LISTS[kind])
    if kind is CatalogueKind.SIGNAL and closest:
        words = say(
            "cli",
            "{field}: '{name}' is not on the list; the closest: {near}. To add it as your own "
            "signal, use --new-signal; see the list with: {command}",
        )
    elif kind is CatalogueKind.SIGNAL:
        words = say(
            "cli",
            "{field}: '{name}' is not on the list; no item is close to it. To add it as your "
            "own signal, use --new-signal; see the list with: {command}",
        )
    elif closest:
        words = say(
            "cli",
            "{field}: '{name}' is not on the list; the closest: {near}. "
            "See the list with: {command}",
        )
    else:
        words = say(
            "cli",
            "{field}: '{name}' is not on the list; no item is close to it. "
            "See the list with: {command}",
        )
    # The field as a message of its own: worded in the language too ("krav", not "demand").
    return WellbeingError(words, field=Message(field), name=shown, near=near, command=command)


def _share(text: str | None) -> ShareLevel | None:
    if text is None:
        return None
    share = _SHARE_WORDS.get(text.strip().lower())
    if share is None:
        raise ValidationError("share", text, say("cli", "private, one-on-one or coach"))
    return share


def _signals(
    journal: Journal, names: Sequence[str] | None, new_names: Sequence[str] | None
) -> tuple[tuple[str, ...] | None, list[CatalogueItem]]:
    """The keys of the signals named (None: not given), and the user's new own signals.

    ``--signal`` takes a signal of the list (the user's own too); a name not on it is
    refused with the closest ones. ``--new-signal`` adds the user's own signal (a name
    that is on the list already is that signal).
    """
    if names is None and new_names is None:
        return None, []
    known = journal.catalogue(CatalogueKind.SIGNAL)
    picked = _pick_items(journal, CatalogueKind.SIGNAL, names or [], "signal") or ()
    new_signals: list[CatalogueItem] = []
    keys = list(picked)
    for name in new_names or ():
        item = item_match.find_item([*known, *new_signals], name)
        if item is None:
            if not name.strip() or len(name) > 200:
                raise ValidationError("new-signal", name, "a name of 1 to 200 characters")
            item = catalogues.own_signal(name)
            new_signals.append(item)
        keys.append(item.key)
    return tuple(dict.fromkeys(keys)), new_signals


def _day_changes(
    args: argparse.Namespace, journal: Journal, note: str | None
) -> tuple[DayChanges, list[CatalogueItem]]:
    """The changes the options ask for (checked in this order), and new own signals."""
    minutes = {
        key: parse_typed_duration(text, flag)
        for flag, key in _CLI_CATEGORIES.items()
        if (text := getattr(args, flag)) is not None
    }
    hours = parse_typed_duration(args.hours, "hours") if args.hours is not None else None
    share = _share(args.share)
    signals, new_signals = _signals(journal, args.signal, args.new_signal)
    changes = DayChanges(
        minutes=minutes,
        hours_worked_minutes=hours,
        stress_step=whole_number(args.stress, "stress", 1, 5),
        signals=signals,
        demands=whole_number(args.demands, "demands", 0, 10),
        resources=whole_number(args.resources, "resources", 0, 10),
        demand_items=_pick_items(journal, CatalogueKind.DEMAND, args.demand, "demand"),
        resource_items=_pick_items(journal, CatalogueKind.RESOURCE, args.resource, "resource"),
        energy=whole_number(args.energy, "energy", 1, 5),
        reflection=note,
        tags=tuple(t.strip() for t in args.tag) if args.tag is not None else None,
        share=share,
    )
    return changes, new_signals


# Every option of ``log`` that changes the day (``--date`` only says which day).
LOG_FIELDS = (
    "operations",
    "leadership",
    "strategy",
    "own",
    "hours",
    "stress",
    "signal",
    "new_signal",
    "demands",
    "resources",
    "demand",
    "resource",
    "energy",
    "tag",
    "note",
    "note_file",
    "share",
    "from_calendar",
)


def _nothing_to_log(args: argparse.Namespace) -> bool:
    return all(getattr(args, name) is None for name in LOG_FIELDS)


def cmd_log(args: argparse.Namespace) -> int:
    """Record (or update) a day; only the given fields change."""
    note = args.note
    if args.note_file is not None:  # read before the journal is opened and locked
        note = user_files.read_user_text(args.note_file, "--note-file", user_files.NOTE_FILE_LIMIT)
    if args.from_calendar:
        from wellbeing_desktop.cli.calendar_output import refuse_urls  # only when asked

        refuse_urls(args.from_calendar)
    journal = unlock(args, journal_access(args))
    try:
        # Checked once the journal is open, so that the refusal speaks its language.
        if _nothing_to_log(args):  # a day with nothing in it is no entry
            options = ", ".join("--" + name.replace("_", "-") for name in LOG_FIELDS[:-1])
            raise WellbeingError(
                say(
                    "cli",
                    "log: nothing to log; give at least one of {options} or --from-calendar "
                    "(see: wellbeing-desktop log --help)",
                ),
                options=options,
            )
        day = parse_day(args.date, today=journal.today())
        changes, new_signals = _day_changes(args, journal, note)
        lines = [say("cli", "Saved {day}.").format(day=day.isoformat())]
        if args.from_calendar is not None:
            changes, lines = _from_calendar(journal, day, args.from_calendar, changes)
        saved = journal.log_day(day, changes, new_own_signals=new_signals)
        backup_after_write(journal)
        for line in lines:
            out(line)
        if saved.hours_raised_from is not None and saved.day.hours_worked_minutes is not None:
            # The stored hours worked were below the new time of the categories.
            out(
                say(
                    "cli",
                    "Hours worked raised from {before} to {after}, to cover the categories' time.",
                ).format(
                    before=duration(saved.hours_raised_from),
                    after=duration(saved.day.hours_worked_minutes),
                )
            )
        for item in new_signals:
            out(
                say("cli", "Added your own signal '{name}' ({key}).").format(
                    name=item.label(language()), key=item.key
                )
            )
        return 0
    finally:
        journal.close()


def _from_calendar(
    journal: Journal, day: date, files: Sequence[str], changes: DayChanges
) -> tuple[DayChanges, list[str]]:
    """``changes`` with the calendar's minutes under the options' own, and what to print.

    As with the time options, only the categories given change: the calendar's (with
    minutes on the day) and the options'; the day's other categories are kept.
    """
    from wellbeing_desktop.cli.calendar_output import logged_lines, read_day  # only when asked

    calendar = read_day(journal, day, files)
    if not calendar.counted_minutes:
        raise WellbeingError(
            say(
                "cli",
                "calendar: no counted events on {day} (all-day events are not counted); "
                "nothing was logged",
            ),
            day=day.isoformat(),
        )
    minutes = {**calendar.minutes, **changes.minutes}
    if not minutes:
        raise WellbeingError(
            say(
                "cli",
                "calendar: the events on {day} went to none of your categories; nothing was "
                "logged. Give the time with --operations, --leadership, --strategy or --own, "
                "or add keywords in Settings",
            ),
            day=day.isoformat(),
        )
    stored = journal.day(day)
    kept = {
        key: held
        for key, held in (stored.minutes if stored else {}).items()
        if key not in minutes and held
    }
    categories = journal.categories()
    lines = logged_lines(calendar, categories, minutes, changes.minutes, kept)
    return dataclasses.replace(changes, minutes=minutes), lines


# --- who5 ------------------------------------------------------------------------------


def cmd_who5(args: argparse.Namespace) -> int:
    """Record a WHO-5 check-in."""
    journal = unlock(args, journal_access(args))
    try:
        day = parse_day(args.date, today=journal.today())
        answers = tuple(
            whole_number(a, Message(ANSWER_N, n=i), 0, 5) or 0
            for i, a in enumerate(args.answers, 1)
        )
        # One check-in a day: a second one replaces the first, and that is said.
        replaced = next((c for c in journal.who5_checkins() if c.taken_on == day), None)
        checkin = journal.record_who5(Who5CheckIn(day, answers))  # type: ignore[arg-type]
        backup_after_write(journal)
        out(
            say("cli", "WHO-5 on {day}: {score} of 100.").format(
                day=day.isoformat(), score=checkin.score
            )
        )
        if replaced is not None:
            out(
                say("cli", "It replaces the check-in of that day ({score} of 100).").format(
                    score=replaced.score
                )
            )
        out(catalogues.who5_meaning(checkin.score, language()))
        return 0
    finally:
        journal.close()
