"""``calendar show``: the time split the user's calendar proposes for a day (issue #16).

It writes nothing. The journal is opened as ``show`` opens it (it holds the categories,
keyword rules and the user's addresses); the titles go to the user's own terminal only.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from wellbeing_desktop.cli.calendar_output import (
    json_document,
    read_day,
    refuse_urls,
    text_lines,
)
from wellbeing_desktop.cli.output import out
from wellbeing_desktop.cli.unlock import journal_access, unlock
from wellbeing_desktop.domain.durations import parse_day

if TYPE_CHECKING:
    import argparse


def cmd_calendar(args: argparse.Namespace) -> int:
    """Run ``calendar ACTION`` (only ``show`` so far)."""
    return _show(args)


def _show(args: argparse.Namespace) -> int:
    files = list(args.files)
    refuse_urls(files)  # no passphrase needed to hear that
    journal = unlock(args, journal_access(args))
    try:
        day = parse_day(args.date, today=journal.today())
        calendar = read_day(journal, day, files)
        categories = journal.categories()
        shown_files = len(files) or len(journal.calendar_settings().files)
    finally:
        journal.close()
    if args.json:
        document = json_document(calendar, categories)
        out(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for line in text_lines(calendar, categories, shown_files):
            out(line)
    return 0
