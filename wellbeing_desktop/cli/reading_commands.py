"""The reading commands: ``show`` (the logged days), ``search`` and ``stats``."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.cli.arguments import search_limit, search_query
from wellbeing_desktop.cli.output import out, period
from wellbeing_desktop.cli.search_output import search_lines
from wellbeing_desktop.cli.show_output import day_line
from wellbeing_desktop.cli.speech import (
    count,
    language,
    number,
    percent,
    say,
    whole_percent,
)
from wellbeing_desktop.cli.unlock import journal_access, unlock
from wellbeing_desktop.domain.formatting import hours, norm_hours
from wellbeing_desktop.services.period_figures import (
    DEFAULT_WEEKS,
    PeriodFigures,
    period_figures,
    stats_period,
)

if TYPE_CHECKING:
    import argparse
    from datetime import date


def cmd_show(args: argparse.Namespace) -> int:
    """List the logged days, one line each."""
    journal = unlock(args, journal_access(args))
    try:
        start, end = period(args, journal)
        kinds = {c.key: c.kind for c in journal.categories()}
        days = journal.days(start, end)
        for log in days:
            out(day_line(log, kinds))
        if not days:
            out(say("cli", "No days logged in this period."))
        return 0
    finally:
        journal.close()


def cmd_search(args: argparse.Namespace) -> int:
    """Find days (and notes) by words (``storage.search.parse_query`` says how)."""
    journal = unlock(args, journal_access(args))
    try:
        limit = search_limit(args)  # once the journal is open: a refusal in its language
        query = search_query(args)
        hits = journal.search(query, limit=limit)
        for line in search_lines(hits, query):
            out(line)
        return 0
    finally:
        journal.close()


def _weeks(n: int) -> str:
    return count(n, say("cli", "{n} week"), say("cli", "{n} weeks"))


def _left_out_lines(figures: PeriodFigures, today: date) -> list[str]:
    """Which weeks hours per week leaves out (or that it counts only a part week)."""
    if figures.part_week_only:
        return [say("cli", "(only part of a week logged: the hours so far)")]
    lines = []
    for first in figures.left_out:
        if first - timedelta(days=first.weekday()) == today - timedelta(days=today.weekday()):
            lines.append(say("cli", "(this week, still running, is not counted)"))
        else:
            lines.append(
                say("cli", "(the week of {day}, only partly in the period, is not counted)").format(
                    day=first.isoformat()
                )
            )
    return lines


def _stats_lines(figures: PeriodFigures, default: bool, today: date | None = None) -> list[str]:
    """What ``stats`` prints; ``default``: the period is the default last weeks.

    ``today``: the journal's today (which week is still running); None: the period's end.
    """
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
                hours=hours(figures.hours_counted, chosen), weeks=_weeks(figures.weeks_logged)
            ),
        ),
        *(("", line) for line in _left_out_lines(figures, today or summary.end)),
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
        for line in _stats_lines(figures, given == (None, None), journal.today()):
            out(line)
        return 0
    finally:
        journal.close()
