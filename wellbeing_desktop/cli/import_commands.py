"""``import``: our own JSON export, or another journal app's export (issue #19).

``import FILE [--format F] [--dry-run] [--yes]``; without ``--format`` the format is
detected (``services.foreign_import.detect_format``).

- ``leader-pulse`` (our JSON export): all or nothing, as ever; ``--dry-run`` reads and
  checks the whole file and says what it would add, or the refusal the import would give
  (``Journal.check_import_content``), writing nothing.
- jrnl, Day One, Daylio, Markdown: the plan (``plan_import``, which reads the whole file
  and writes nothing) is shown first: entries, days, tags, the days already in the journal,
  the shared days, what the journal cannot hold, what was imported before. ``--dry-run``
  stops there; else ``run_import`` writes it in one transaction, after a backup of a
  journal with content (its path is told). Text is never put on a
  shared day (one already in the journal, or a new day our own export brings shared)
  without a yes: asked in a terminal, else refused unless ``--yes``; ``run_import`` is
  told the yes (``shared_confirmed``) and refuses without it.

The journal is opened first, so that every line, refusals of the file included, speaks
its language. Every rule is in the services; the plan holds counts, never the entries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.cli.output import ask_yes, out
from wellbeing_desktop.cli.speech import count, say
from wellbeing_desktop.cli.unlock import backup_after_write, interactive, journal_access, unlock
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.foreign_entries import LeftOut
from wellbeing_desktop.services import interchange, user_files
from wellbeing_desktop.services.foreign_import import (
    ImportFormat,
    detect_format,
    plan_import,
    run_import,
)

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from datetime import date

    from wellbeing_desktop.domain.models import JournalContent
    from wellbeing_desktop.services.foreign_import import ImportPlan
    from wellbeing_desktop.services.journal import Journal

LISTED = 10  # days and tags named in the preview; the rest are counted

# The apps' own names (not translated).
_APP_NAMES = {
    ImportFormat.LEADER_PULSE: "Leader Pulse",
    ImportFormat.JRNL: "jrnl",
    ImportFormat.DAYONE: "Day One",
    ImportFormat.DAYLIO: "Daylio",
    ImportFormat.MARKDOWN: "Markdown",
}


def cmd_import(args: argparse.Namespace) -> int:
    """Import FILE (our JSON export or another app's), or with --dry-run say what it would do."""
    journal = unlock(args, journal_access(args))
    try:
        fmt = ImportFormat(args.format) if args.format else detect_format(args.file)
        if fmt is ImportFormat.LEADER_PULSE:
            return _import_ours(args, journal)
        return _import_foreign(args, journal, fmt)
    finally:
        journal.close()


# --- our own JSON export ------------------------------------------------------------------


def _import_ours(args: argparse.Namespace, journal: Journal) -> int:
    """Our JSON export: all or nothing; with --dry-run, checked as the import would."""
    text = user_files.read_user_text(args.file, "import", user_files.IMPORT_FILE_LIMIT)
    content = interchange.content_from_json(text)
    if args.dry_run:
        out(say("cli", "{file}: a Leader Pulse export (JSON).").format(file=args.file))
        out(
            say("cli", "It would add {days}, {topics}, {meetings} and {checkins}.").format(
                **_amounts(content)
            )
        )
        journal.check_import_content(content)  # the import's refusal, if it would give one
        out(say("cli", "Nothing was written."))
        return 0
    journal.import_content(content)
    backup_after_write(journal)
    out(
        say("cli", "Imported {days}, {topics}, {meetings} and {checkins}.").format(
            **_amounts(content)
        )
    )
    return 0


def _amounts(content: JournalContent) -> dict[str, str]:
    return {
        "days": count(len(content.days), say("cli", "{n} day"), say("cli", "{n} days")),
        "topics": count(
            len(content.sparring_topics),
            say("cli", "{n} sparring topic"),
            say("cli", "{n} sparring topics"),
        ),
        "meetings": count(len(content.one_on_ones), say("cli", "{n} 1:1"), say("cli", "{n} 1:1s")),
        "checkins": count(
            len(content.who5),
            say("cli", "{n} WHO-5 check-in"),
            say("cli", "{n} WHO-5 check-ins"),
        ),
    }


# --- another journal app's export ---------------------------------------------------------


def _import_foreign(args: argparse.Namespace, journal: Journal, fmt: ImportFormat) -> int:
    """Plan, show the plan, ask where text would land on shared days, import."""
    plan = plan_import(journal, args.file, fmt)
    if plan.changes_nothing:
        if plan.already_imported:
            line = say(
                "cli", "Nothing to import: all {entries} of {file} are in the journal already."
            )
        else:
            line = say("cli", "Nothing to import: {file} holds no entries.")
        out(line.format(entries=_entries(plan.already_imported), file=args.file))
        return 0
    _preview(args.file, plan)
    if args.dry_run:
        out(say("cli", "Nothing was written."))
        return 0
    if plan.shared and not args.yes:
        if not interactive():
            raise WellbeingError(
                say(
                    "cli",
                    "import: {days} you share (1:1 or coach) would get the imported text, "
                    "shared as the day is; nothing was written; add --yes to import into them",
                ),
                days=_days(len(plan.shared)),
            )
        if not ask_yes(say("cli", "Add the imported text to these shared days? [y/N]")):
            out(say("cli", "Nothing was written."))
            return 0
    result = run_import(journal, plan, shared_confirmed=bool(plan.shared))
    backup_after_write(journal)
    if result.imported == plan.entries:
        said = say("cli", "Imported {entries} into {days}.").format(
            entries=_entries(result.imported), days=_days(len(plan.days))
        )
    else:  # another import of the same entries went first
        said = say("cli", "Imported {entries}; the others were imported in the meantime.")
        said = said.format(entries=_entries(result.imported))
    out(said)
    if result.backup is not None:
        out(say("cli", "A backup from before the import: {path}").format(path=result.backup))
    return 0


def _preview(file: str, plan: ImportPlan) -> None:
    """What the import would do: one fact a line, labels aligned."""
    facts = [*_facts(file, plan), *_other_facts(plan)]
    width = max(len(label) for label, _value in facts) + 1
    for label, value in facts:
        out(f"{label + ':':<{width}}  {value}")
    if plan.shared:
        out(
            say(
                "cli",
                "The text on a shared day is shared as the day is (a day in the journal keeps "
                "its share level; a new day takes the one the file gives).",
            )
        )


def _facts(file: str, plan: ImportPlan) -> list[tuple[str, str]]:
    """The file, what it brings, and the days appended to (or that none is)."""
    return [
        (say("cli", "File"), f"{file} ({_APP_NAMES[plan.format]})"),
        (
            say("cli", "To import"),
            say("cli", "{entries} on {days} ({period})").format(
                entries=_entries(plan.entries), days=_days(len(plan.days)), period=_period(plan)
            ),
        ),
        (
            say("cli", "Tags"),
            count(len(plan.tags), say("cli", "{n} tag"), say("cli", "{n} tags"))
            + (": " + _listing(plan.tags) if plan.tags else ""),
        ),
        (
            say("cli", "In the journal"),
            count(
                len(plan.in_journal),
                say("cli", "{n} day is there already (the text goes after its own):"),
                say("cli", "{n} days are there already (the text goes after their own):"),
            )
            + " "
            + _dates(plan.in_journal)
            if plan.in_journal
            else say("cli", "no day (every day is new)"),
        ),
    ]


def _other_facts(plan: ImportPlan) -> list[tuple[str, str]]:
    """The shared days, the own items made, what is left out, what was imported before."""
    facts = []
    if plan.shared_in_journal:
        facts.append(
            (
                say("cli", "Shared days"),
                say("cli", "{n} of them you share (1:1 or coach): {list}").format(
                    n=len(plan.shared_in_journal), list=_dates(plan.shared_in_journal)
                ),
            )
        )
    if plan.new_shared:
        facts.append(
            (
                say("cli", "New shared days"),
                say("cli", "shared (1:1 or coach), as the file says: {list}").format(
                    list=_dates(plan.new_shared)
                ),
            )
        )
    if plan.new_items:  # named with their labels by our export's day files: made
        labels = [item.label_en for item in plan.new_items]  # an own item's is one label
        facts.append((say("cli", "New own signals, demands or resources"), _listing(labels)))
    if plan.left_out:
        words = _left_out_words()
        facts.append(
            (
                say("cli", "Left out"),
                ", ".join(f"{words.get(name, name)} ({n})" for name, n in plan.left_out),
            )
        )
    if plan.already_imported:
        facts.append(
            (
                say("cli", "Already imported"),
                say("cli", "{entries} (passed over)").format(
                    entries=_entries(plan.already_imported)
                ),
            )
        )
    return facts


def _period(plan: ImportPlan) -> str:
    """The first and the last day ("2026-11-18 – 2026-11-20"), or the one day."""
    first, last = plan.days[0].isoformat(), plan.days[-1].isoformat()
    if first == last:
        return first
    return say("cli", "{start} – {end}").format(start=first, end=last)


def _left_out_words() -> dict[str, str]:
    """What the journal cannot hold, by its name in ``ImportPlan.left_out``."""
    return {
        LeftOut.PHOTOS: say("cli", "photos"),
        LeftOut.VIDEOS: say("cli", "videos"),
        LeftOut.AUDIO: say("cli", "audio recordings"),
        LeftOut.ATTACHMENTS: say("cli", "attachments"),
        LeftOut.LOCATIONS: say("cli", "locations"),
        LeftOut.WEATHER: say("cli", "weather"),
        LeftOut.ACTIVITIES: say("cli", "activities of emoji only"),
        LeftOut.MOODS: say("cli", "moods of emoji only"),
        LeftOut.STARS: say("cli", "stars on entries, not kept"),
        LeftOut.NOT_DAILY_NOTES: say("cli", "files that are not daily notes"),
        LeftOut.LATER: say("cli", "entries dated after today, to import again on that day"),
        LeftOut.KEPT_FIGURES: say(
            "cli", "figures of days already in the journal, kept as they are"
        ),
        LeftOut.SECOND_FIGURES: say("cli", "figures of a second file of the same day"),
        LeftOut.OTHER_CATEGORIES: say("cli", "time under categories this journal lacks"),
        LeftOut.OTHER_ITEMS: say("cli", "signals, demands or resources this journal lacks"),
        LeftOut.MEETING_PAGES: say("cli", "1:1 notes (for reading)"),
        LeftOut.TOPIC_PAGES: say("cli", "sparring topics (for reading)"),
        LeftOut.WHO5_PAGE: say("cli", "the WHO-5 page (for reading)"),
        LeftOut.README_PAGE: say("cli", "the README (for reading)"),
    }


def _entries(n: int) -> str:
    return count(n, say("cli", "{n} entry"), say("cli", "{n} entries"))


def _days(n: int) -> str:
    return count(n, say("cli", "{n} day"), say("cli", "{n} days"))


def _dates(days: Sequence[date]) -> str:
    return _listing([day.isoformat() for day in days])


def _listing(names: Sequence[str]) -> str:
    """The first ``LISTED`` names, then how many more."""
    shown = ", ".join(names[:LISTED])
    if len(names) <= LISTED:
        return shown
    return say("cli", "{list} and {n} more").format(list=shown, n=len(names) - LISTED)
