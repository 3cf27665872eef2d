"""``wellbeing-desktop report``: a 1:1 preparation or a coach summary as PDF, Markdown or HTML.

Without ``--include-coach-reflections`` no reflection text is in the file; with it, only
the reflections marked ``coach`` in the period. Every file written is recorded in the
journal's consent log, as one unit with the file. Qt is imported only here, when a
report is asked for.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.cli_commands import (
    EXPORT_WARNING,
    _access,
    _check_new_file,
    _period,
    _unlock,
    out,
)
from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.services.export_files import publish_and_record
from wellbeing_desktop.services.one_on_one_prep import default_period
from wellbeing_desktop.services.report_content import ReportKind
from wellbeing_desktop.services.reports import (
    build_report,
    coach_reflection_candidates,
    export_record,
)

if TYPE_CHECKING:
    import argparse

COACH_DEFAULT_DAYS = 30  # a coach summary without --from looks back this far


def cmd_report(args: argparse.Namespace) -> int:
    target = Path(args.out)
    _check_new_file(args.out, "out")
    kind = ReportKind(args.kind)
    if args.include_coach_reflections and kind is not ReportKind.COACH:
        raise ValidationError(
            "include-coach-reflections", args.kind, "a coach report (--kind coach)"
        )
    journal = _unlock(args, _access(args))
    try:
        start, end = _period(args, journal)
        end = end or journal.today()
        if start is None:
            if kind is ReportKind.ONE_ON_ONE:
                start = min(default_period(journal)[0], end)
            else:
                start = end - timedelta(days=COACH_DEFAULT_DAYS - 1)
        if start > end:
            raise ValidationError("from", start.isoformat(), f"a day on or before {end}")
        language = Language(args.language) if args.language else journal.settings().language
        chosen: frozenset[date] = frozenset()
        if args.include_coach_reflections:
            chosen = frozenset(d.day for d in coach_reflection_candidates(journal, start, end))
        report = build_report(journal, kind, start, end, language, include_reflection_days=chosen)
        from wellbeing_desktop.reports import render_report_file  # Qt loads only for reports

        try:
            # The file and its consent entry: both or neither (services/export_files.py).
            publish_and_record(
                journal,
                target,
                export_record(report, args.format, journal.now()),
                lambda temp: render_report_file(report, args.format, temp),
            )
        except FileExistsError:
            raise ValidationError("out", args.out, "a new file (it exists already)") from None
        except OSError as exc:
            raise WellbeingError(f"out: cannot write {target} ({exc.strerror or exc})") from None
        except WellbeingError as exc:  # the consent entry failed: the file is gone too
            raise WellbeingError(f"out: {target} was not written: {exc}") from None
    finally:
        journal.close()
    quoted = len(report.reflection_days)
    out(f"Wrote the {kind.value} report for {start} – {end} to {target}.")
    if kind is ReportKind.COACH:
        if quoted:
            out(f"It includes {quoted} reflection(s) marked 'coach'.")
        else:
            out("It includes no reflection text.")
    print(EXPORT_WARNING, file=sys.stderr)
    return 0
