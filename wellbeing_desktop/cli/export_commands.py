"""``export`` and ``report``: what leaves the journal as a file (``import``: import_commands).

``report`` writes a 1:1 preparation or a coach summary as PDF, Markdown or HTML. Without
``--include-coach-reflections`` no reflection text is in the file; with it, only the
reflections marked ``coach`` in the period. Every file written is recorded in the
journal's consent log, as one unit with the file (``services/export_files.py``). Qt is
imported only when a report is written.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.cli.output import (
    check_new_file,
    check_new_folder,
    check_out_name,
    export_warning,
    folder_export_warning,
    out,
    period,
    publishing,
)
from wellbeing_desktop.cli.speech import count, say
from wellbeing_desktop.cli.unlock import journal_access, unlock
from wellbeing_desktop.domain.day_range import EARLIEST_DAY
from wellbeing_desktop.domain.errors import Message, ValidationError
from wellbeing_desktop.domain.messages import DAY_ON_OR_BEFORE
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.export_files import publish_and_record
from wellbeing_desktop.services.journal_export import journal_export
from wellbeing_desktop.services.markdown_export import export_markdown
from wellbeing_desktop.services.one_on_one_prep import default_period
from wellbeing_desktop.services.report_content import ReportKind
from wellbeing_desktop.services.reports import (
    build_report,
    coach_reflection_candidates,
    export_record,
)

if TYPE_CHECKING:
    import argparse

    from wellbeing_desktop.services.journal import Journal

COACH_DEFAULT_DAYS = 30  # a coach summary without --from looks back this far


def cmd_export(args: argparse.Namespace) -> int:
    """Write the journal (or a period) to a new JSON, CSV or xlsx file, or Markdown folder."""
    if args.format == "markdown":
        return _export_markdown(args)
    target = Path(args.out)
    check_out_name(args.out, args.format)
    check_new_file(args.out, "out")
    journal = unlock(args, journal_access(args))
    try:
        start, end = period(args, journal)
        export = journal_export(journal, args.format, start, end)
        # The consent log: what left (all reflections of the period), never the text;
        # the file and its entry: both or neither (services/export_files.py).
        with publishing(target, args.out):
            publish_and_record(journal, target, export.entry, export.render)
    finally:
        journal.close()
    out(say("cli", "Exported to {file}.").format(file=target))
    print(export_warning(), file=sys.stderr)
    return 0


def _export_markdown(args: argparse.Namespace) -> int:
    """Write the journal (or a period) to a new folder of Markdown files."""
    target = Path(args.out)
    check_new_folder(args.out, "out")
    journal = unlock(args, journal_access(args))
    try:
        start, end = period(args, journal)
        # The folder and its consent entry: both or neither (services/markdown_export.py).
        with publishing(target, args.out, folder=True):
            written = export_markdown(journal, target, start, end)
    finally:
        journal.close()
    out(
        say("cli", "Exported {days}, {meetings}, {topics} and {checkins} to {folder}.").format(
            days=count(written.days, say("cli", "{n} day"), say("cli", "{n} days")),
            meetings=count(written.one_on_ones, say("cli", "{n} 1:1"), say("cli", "{n} 1:1s")),
            topics=count(
                written.sparring_topics,
                say("cli", "{n} sparring topic"),
                say("cli", "{n} sparring topics"),
            ),
            checkins=count(
                written.who5, say("cli", "{n} WHO-5 check-in"), say("cli", "{n} WHO-5 check-ins")
            ),
            folder=target,
        )
    )
    print(folder_export_warning(), file=sys.stderr)
    return 0


def _report_period(
    args: argparse.Namespace, journal: Journal, kind: ReportKind
) -> tuple[date, date]:
    """``--from``/``--to``, or the kind's default period ending today.

    A report looks back: nothing is logged after today, so a later ``--to`` is read as
    today (``--to 2099-12-31``: "everything", not an empty December 2099) and a later
    ``--from`` is refused.
    """
    start, end = period(args, journal)
    today = journal.today()
    if start is not None and start > today:
        raise ValidationError("from", start.isoformat(), Message(DAY_ON_OR_BEFORE, date=today))
    end = min(end or today, today)
    if start is None:
        if kind is ReportKind.ONE_ON_ONE:
            start = min(default_period(journal)[0], end)
        else:
            start = max(end - timedelta(days=COACH_DEFAULT_DAYS - 1), EARLIEST_DAY)
    if start > end:
        raise ValidationError("from", start.isoformat(), Message(DAY_ON_OR_BEFORE, date=end))
    return start, end


def cmd_report(args: argparse.Namespace) -> int:
    """Write a 1:1 preparation or a coach summary to a new file."""
    target = Path(args.out)
    check_out_name(args.out, args.format)
    check_new_file(args.out, "out")
    kind = ReportKind(args.kind)
    if args.include_coach_reflections and kind is not ReportKind.COACH:
        raise ValidationError(
            "include-coach-reflections", args.kind, say("cli", "a coach report (--kind coach)")
        )
    journal = unlock(args, journal_access(args))
    try:
        start, end = _report_period(args, journal, kind)
        language = Language(args.language) if args.language else journal.settings().language
        chosen: frozenset[date] = frozenset()
        if args.include_coach_reflections:
            chosen = frozenset(d.day for d in coach_reflection_candidates(journal, start, end))
        report = build_report(journal, kind, start, end, language, include_reflection_days=chosen)
        from wellbeing_desktop.reports import render_report_file  # Qt loads only for reports

        # The file and its consent entry: both or neither (services/export_files.py).
        with publishing(target, args.out):
            publish_and_record(
                journal,
                target,
                export_record(report, args.format, journal.now()),
                lambda temp: render_report_file(report, args.format, temp),
            )
    finally:
        journal.close()
    quoted = len(report.reflection_days)
    if kind is ReportKind.COACH:
        wrote = say("cli", "Wrote the coach report for {start} – {end} to {file}.")
    else:
        wrote = say("cli", "Wrote the one-on-one report for {start} – {end} to {file}.")
    out(wrote.format(start=start.isoformat(), end=end.isoformat(), file=target))
    if kind is ReportKind.COACH:
        if quoted:
            out(
                count(
                    quoted,
                    say("cli", "It includes {n} reflection marked 'coach'."),
                    say("cli", "It includes {n} reflections marked 'coach'."),
                )
            )
        else:
            out(say("cli", "It includes no reflection text."))
    print(export_warning(), file=sys.stderr)
    return 0
