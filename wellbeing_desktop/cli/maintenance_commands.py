"""``demo`` (fill a new journal with demo data) and ``check`` (the file's integrity)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from wellbeing_desktop.cli.arguments import whole_number
from wellbeing_desktop.cli.output import check_new_file, deliver_recovery_key, out
from wellbeing_desktop.cli.speech import count, say
from wellbeing_desktop.cli.unlock import create_journal, journal_access, unlock
from wellbeing_desktop.domain.errors import WellbeingError

if TYPE_CHECKING:
    import argparse

    from wellbeing_desktop.services.journal import Journal


def _empty_journal(args: argparse.Namespace) -> Journal:
    """The journal in the folder if it has no days yet, else a new one."""
    access = journal_access(args)
    if access.exists():
        journal = unlock(args, access)
        if journal.days():
            journal.close()
            raise WellbeingError(
                say("cli", "demo: the journal already has days; use a new --data-dir")
            )
        return journal
    check_new_file(args.recovery_key_out, "recovery-key-out")
    journal, code = create_journal(args, access)
    deliver_recovery_key(code, args.recovery_key_out)
    return journal


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill a new (or empty) journal with realistic demo data."""
    days = whole_number(args.days, "days", 1, 36500) or 1
    seed = whole_number(args.seed, "seed", 0, 2**31 - 1) or 0
    journal = _empty_journal(args)
    from wellbeing_desktop.services.demo import generate_demo

    try:
        content = generate_demo(days=days, seed=seed, end=journal.today())
        # The demo's settings, in the journal's language (init --language, or the system's).
        settings = dataclasses.replace(content.settings, language=journal.settings().language)
        content = dataclasses.replace(content, settings=settings)
        journal.import_content(content)
    finally:
        journal.close()
    out(
        count(
            len(content.days),
            say("cli", "Filled the journal with {n} demo day."),
            say("cli", "Filled the journal with {n} demo days."),
        )
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Check the journal file's integrity."""
    journal = unlock(args, journal_access(args))
    try:
        problems = journal.check()
    finally:
        journal.close()
    if problems:
        found = count(
            len(problems), say("cli", "{n} problem found"), say("cli", "{n} problems found")
        )
        raise WellbeingError(
            say("cli", "check: {found} (first: {first}); restore the newest backup from {folder}"),
            found=found,
            first=problems[0],
            folder=journal.paths.backups,
        )
    out(say("cli", "The journal file is intact."))
    return 0
