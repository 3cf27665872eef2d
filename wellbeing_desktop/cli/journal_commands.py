"""The day-to-day commands: ``log``, ``show``, ``search``, ``stats`` and ``who5``."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from wellbeing_desktop.cli.output import (
    ITEM_LISTS,
    out,
    period,
    search_limit,
    search_query,
    whole_number,
)
from wellbeing_desktop.cli.search_output import search_lines
from wellbeing_desktop.cli.speech import (
    count,
    duration,
    language,
    number,
    percent,
    say,
    whole_percent,
)
from wellbeing_desktop.cli.unlock import journal_access, unlock
from wellbeing_desktop.domain import catalogues, item_match
from wellbeing_desktop.domain.durations import parse_day, parse_typed_duration
from wellbeing_desktop.domain.errors import Message, ValidationError, WellbeingError
from wellbeing_desktop.domain.formatting import hours, norm_hours
from wellbeing_desktop.domain.messages import ANSWER_N
from wellbeing_desktop.domain.models import (
    ActivityKind,
    CatalogueItem,
    CatalogueKind,
    DayChanges,
    DayLog,
    Language,
    ShareLevel,
    Who5CheckIn,
)
from wellbeing_desktop.services import user_files
from wellbeing_desktop.services.commands import printed_command
from wellbeing_desktop.services.period_figures import (
    DEFAULT_WEEKS,
    PeriodFigures,
    period_figures,
    stats_period,
)

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
    return WellbeingError(words, field=field, name=shown, near=near, command=command)


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
    note = args.note
    if args.note_file is not None:  # read before the journal is opened and locked
        note = user_files.read_user_text(args.note_file, "--note-file", user_files.NOTE_FILE_LIMIT)
    if args.from_calendar:
        from wellbeing_desktop.cli.calendar_output import refuse_urls  # only when asked

        refuse_urls(args.from_calendar)
    journal = unlock(args, journal_access(args))
    try:
        day = parse_day(args.date, today=journal.today())
        changes, new_signals = _day_changes(args, journal, note)
        lines = [say("cli", "Saved {day}.").format(day=day.isoformat())]
        if args.from_calendar is not None:
            changes, lines = _from_calendar(journal, day, args.from_calendar, changes)
        saved = journal.log_day(day, changes, new_own_signals=new_signals)
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


# --- show, search, stats, who5 --------------------------------------------------------


def _share_text(share: float | None) -> str:
    width = 4 if language() is Language.ENGLISH else 5  # "100%" / "100 %"
    return f"{'–' if share is None else percent(share):>{width}}"


def _day_line(log: DayLog, kinds: dict[str, ActivityKind]) -> str:
    by_kind = dict.fromkeys(ActivityKind, 0)
    for key, minutes in log.minutes.items():
        if key in kinds:
            by_kind[kinds[key]] += minutes
    logged = sum(by_kind.values())
    share = by_kind[ActivityKind.LEADERSHIP] / logged if logged else None
    # "12 h 30 m" and Danish "12 t 30 min" at most: the columns stay in line.
    width = 8 if language() is Language.ENGLISH else 10
    time_part = "  ".join(
        f"{label} {duration(by_kind[kind]):>{width}}"
        for label, kind in (
            (say("cli", "ops"), ActivityKind.OPERATIONS),
            (say("cli", "lead"), ActivityKind.LEADERSHIP),
            (say("cli", "own"), ActivityKind.OWN_WORK),
        )
    )
    step = say("cli", "step {step}").format(step=_opt(log.stress_step))
    balance = say("cli", "d/r {demands}/{resources}").format(
        demands=_opt(log.demands), resources=_opt(log.resources)
    )
    words = " ".join(log.reflection.split())
    first_words = words if len(words) <= 50 else words[:49] + "…"
    parts = (log.day.isoformat(), time_part, _share_text(share), step, balance, first_words)
    return "  ".join(parts)


def _opt(value: int | None) -> str:
    return "–" if value is None else str(value)


def cmd_show(args: argparse.Namespace) -> int:
    """List the logged days, one line each."""
    journal = unlock(args, journal_access(args))
    try:
        start, end = period(args, journal)
        kinds = {c.key: c.kind for c in journal.categories()}
        days = journal.days(start, end)
        for log in days:
            out(_day_line(log, kinds))
        if not days:
            out(say("cli", "No days logged in this period."))
        return 0
    finally:
        journal.close()


def cmd_search(args: argparse.Namespace) -> int:
    """Find days (and notes) by words (``storage.search.parse_query`` says how)."""
    limit = search_limit(args)
    journal = unlock(args, journal_access(args))
    try:
        query = search_query(args)
        hits = journal.search(query, limit=limit)
        for line in search_lines(hits, query):
            out(line)
        return 0
    finally:
        journal.close()


def _weeks(n: int) -> str:
    return count(n, say("cli", "{n} week"), say("cli", "{n} weeks"))


def _stats_lines(figures: PeriodFigures, default: bool) -> list[str]:
    """What ``stats`` prints; ``default``: the period is the default last weeks."""
    summary = figures.summary
    span = f"{summary.start.isoformat()} – {summary.end.isoformat()}"
    if default:
        span = say("cli", "last {weeks}, {span}").format(weeks=_weeks(DEFAULT_WEEKS), span=span)
    if summary.days_logged == 0:
        return [
            (
                say(
                    "cli",
                    "No days logged in this period ({span}). "
                    "Give --from and --to for another period.",
                )
                if default
                else say("cli", "No days logged in this period ({span}).")
            ).format(span=span)
        ]
    chosen = language()
    logged = count(summary.days_logged, say("cli", "{n} day logged"), say("cli", "{n} days logged"))
    share = "–" if summary.leadership_share is None else percent(summary.leadership_share)
    rows = [
        (say("cli", "Period:"), f"{span} ({logged})"),
        (
            say("cli", "Leadership share:"),
            say("cli", "{share} (target {target})").format(
                share=share, target=whole_percent(figures.target_percent)
            ),
        ),
        (
            say("cli", "Hours per week:"),
            say("cli", "{hours} (norm {norm})").format(
                hours=hours(figures.hours_per_week, chosen),
                norm=norm_hours(figures.weekly_norm, chosen),
            ),
        ),
        (
            "",
            say("cli", "= {hours} worked ÷ {weeks} with logged days").format(
                hours=hours(summary.hours_worked, chosen), weeks=_weeks(figures.weeks_logged)
            ),
        ),
    ]
    if summary.stress_mean is not None:
        rows.append(
            (
                say("cli", "Stress step:"),
                say("cli", "mean {mean}, max {max}").format(
                    mean=number(summary.stress_mean), max=summary.stress_max
                ),
            )
        )
    if summary.demands_mean is not None and summary.resources_mean is not None:
        rows.append(
            (
                say("cli", "Demands/resources:"),
                f"{number(summary.demands_mean)} / {number(summary.resources_mean)}",
            )
        )
    latest = figures.latest_who5
    who5 = (
        say("cli", "none yet")
        if latest is None
        else say("cli", "{score} on {day}").format(
            score=latest.score, day=latest.taken_on.isoformat()
        )
    )
    rows.append((say("cli", "Latest WHO-5:"), who5))
    width = max(len(label) for label, _value in rows) + 1
    return [f"{label:<{width}}{value}" for label, value in rows]


def cmd_stats(args: argparse.Namespace) -> int:
    """Leadership share, hours, stress and balance for a period (default: the last 4 weeks)."""
    journal = unlock(args, journal_access(args))
    try:
        given = period(args, journal)
        start, end = stats_period(journal, *given)
        # The same figures the 1:1 preparation and the coach summary print.
        figures = period_figures(journal, start, end)
        for line in _stats_lines(figures, default=given == (None, None)):
            out(line)
        return 0
    finally:
        journal.close()


def cmd_who5(args: argparse.Namespace) -> int:
    """Record a WHO-5 check-in."""
    journal = unlock(args, journal_access(args))
    try:
        day = parse_day(args.date, today=journal.today())
        answers = tuple(
            whole_number(a, Message(ANSWER_N, n=i), 0, 5) or 0
            for i, a in enumerate(args.answers, 1)
        )
        checkin = journal.record_who5(Who5CheckIn(day, answers))  # type: ignore[arg-type]
        out(
            say("cli", "WHO-5 on {day}: {score} of 100.").format(
                day=day.isoformat(), score=checkin.score
            )
        )
        out(catalogues.who5_meaning(checkin.score, language()))
        return 0
    finally:
        journal.close()
