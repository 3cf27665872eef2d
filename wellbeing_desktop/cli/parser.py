"""The command line's parser: every command, its options and their help texts."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from wellbeing_desktop import APP_NAME, __version__
from wellbeing_desktop.cli.import_parser import add_import
from wellbeing_desktop.cli.pulse_parser import add_pulse

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    Command = Callable[[str, str], argparse.ArgumentParser]


# How the calendar's events become minutes (calendar show, log --from-calendar).
CALENDAR_PLACING_HELP = """\
How events are placed:
  1. by the event's own categories (CATEGORIES in the .ics), when one names one of your
     categories (its Danish or English name or its key; case and accents do not matter);
  2. else by a keyword that begins or ends a word of the title ("vagt" finds "Vagtplan"
     and "Nattevagt"; "MUS" and other keywords of three characters or fewer only as a
     whole word); when several match, the longest wins. Edit the keywords in Settings;
  3. else the event is unassigned: you place its time yourself.
Overlapping events count once: each moment goes to the event that started last.
All-day events (and events of 24 h or more) are listed but not counted. Cancelled and
free events, and meetings you declined (your addresses are set in Settings), are left
out. Time outside events is not in the calendar: nothing is invented for it.
Titles are shown only by "calendar show", on your screen; they are never stored or logged."""

CALENDAR_SHOW_HELP = """\
Nothing is written: not the journal, not a file. The journal is opened (it has your
categories, keywords and addresses) the way the show command opens it.
Times are in this computer's local time zone."""

LOG_FROM_CALENDAR_HELP = """\
--from-calendar logs the minutes per category the calendar proposes for the day (see
'calendar show'). Like --operations and the other time options, it changes only the
categories it has minutes for: those replace what the day held for them; the other
categories are kept. A time option given beside it wins for its category. A day without
counted events logs nothing. Only the minutes are saved, never an event's title."""


# The options that take a duration: "-1h" after one is its (refused) value, not an option.
DURATION_OPTIONS = ("--operations", "--leadership", "--strategy", "--own", "--hours")


def join_option_values(argv: Sequence[str]) -> list[str]:
    """``argv`` with ``--operations -1h`` written ``--operations=-1h``.

    argparse reads a word that starts with "-" as an option, so a negative duration would
    be met with "expected one argument"; joined, it reaches the duration check, which
    says that negative durations are not allowed.
    """
    if argv[:1] == ["search"]:
        return _search_words_kept(argv)
    joined: list[str] = []
    words = iter(argv)
    for word in words:
        if word == "--":
            joined += [word, *words]
            break
        if word in DURATION_OPTIONS:
            value = next(words, None)
            if value is not None and value[:1] == "-" and value[1:2] not in ("-", ""):
                joined.append(f"{word}={value}")
                continue
            joined += [word] if value is None else [word, value]
            continue
        joined.append(word)
    return joined


# search's own options and those that take a value: any other word that starts with one
# "-" is a word to leave out ("-MUS"), not an unknown option.
_SEARCH_OPTIONS = ("-h", "--help", "--version", "--limit", "--data-dir", "--passphrase-file")
_SEARCH_VALUED = ("--limit", "--data-dir", "--passphrase-file")


def _search_words_kept(argv: Sequence[str]) -> list[str]:
    """``search`` with its options first and every word after ``--``.

    argparse would refuse ``-MUS`` as an unknown option (in English), and a word after an
    option as an unrecognised argument; behind ``--`` every word reaches the query, where
    ``-MUS`` means "leave out". An unknown ``--option`` stays an option (argparse names it).
    """
    options: list[str] = [argv[0]]
    query: list[str] = []
    words = iter(argv[1:])
    for word in words:
        if word == "--":
            query += list(words)
            break
        name = word.split("=", 1)[0]
        if name in _SEARCH_OPTIONS or word.startswith("--"):
            options.append(word)
            if word in _SEARCH_VALUED:
                value = next(words, None)
                options += [] if value is None else [value]
            continue
        query.append(word)
    return [*options, "--", *query] if query else options


# The default number of search hits (storage.search.DEFAULT_LIMIT; not imported, so that
# building the parser loads no storage code).
SEARCH_LIMIT = 200

SEARCH_HELP = f"""\
How words match:
  All words must be found (in a day's reflection and tags, a sparring topic's notes, a
  1:1's agenda, notes and actions), each as the start of a word: "budg" finds "budget"
  and "budgettet". Case and accents do not matter ("cafe" finds "café"); å counts as a
  ("maned" finds "måned"), but æ and ø are letters of their own ("mode" does not find
  "møde", nor "aeble" "æble").
  "a quoted phrase"   those whole words next to each other, in that order
  budget OR økonomi   either word (OR in capitals; it joins the two next to it)
  -word, NOT word     leave out what has the word (also -"a phrase")
A -word is never taken for an option: search budget -MUS works as typed. Quote a
phrase for the shell: search '"svær samtale" -MUS'.
Newest first; at most --limit matches (default {SEARCH_LIMIT}); when there are more, the
last line says how many."""

STATS_HELP = """\
The period: --from and --to (only --from: up to today; only --to: from the first logged
day). Without either: the last 4 weeks, this week (Monday to today) and the 3 before it.
Hours per week: the hours worked (a day's --hours, else the sum of its category times)
divided by the number of calendar weeks (Monday to Sunday) in the period that have at
least one logged day; weeks with none (a holiday) do not count. A week only partly in
the period (this week, still running; a week cut by --from or --to) is left out, and
the output says so, unless no whole week has logged days: then it shows the hours so
far."""


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder of the journal (default: $WELLBEING_DATA_DIR or the user data folder)",
    )
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the passphrase from FILE (first line) instead of asking",
    )
    return common


class _Unused(argparse.ArgumentParser):
    """Stands in for the parser of a command the command line does not name.

    The arguments given to it are dropped (building all of them costs a quick command a
    few milliseconds; ``build_parser(argv)`` needs only the named one).
    """

    def __init__(self) -> None:  # no ArgumentParser set-up at all
        pass

    def add_argument(self, *args: Any, **kwargs: Any) -> Any:
        return None

    def add_mutually_exclusive_group(self, **kwargs: Any) -> Any:
        return self

    def add_subparsers(self, **kwargs: Any) -> Any:
        return self

    def add_parser(self, *args: Any, **kwargs: Any) -> Any:
        return self


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command-line parser; with ``argv``, only the commands it names get their arguments.

    Every command is still listed, and its parser is complete when named.
    """
    named = None if argv is None else set(argv)
    common = _common()
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Leader Pulse: a private, encrypted end-of-day journal for leaders. "
        "Without a command it opens the desktop app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        if named is not None and name not in named:
            sub.add_parser(name, help=help_text, add_help=False)
            return _Unused()
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
        return p

    # The order of the commands in --help.
    _add_init(command)
    _add_log(command)
    _add_items(command)
    _add_reading(command)
    _add_calendar(command, common)
    _add_export_and_report(command)
    _add_import_and_demo(command)
    _add_secrets(command)
    _add_backup_and_restore(command)
    add_pulse(command, common)
    return parser


def _add_init(command: Command) -> None:
    p = command("init", "create a new encrypted journal")
    p.add_argument(
        "--recovery-key-out", metavar="FILE", help="write the recovery key to FILE instead"
    )
    p.add_argument(
        "--language",
        choices=("da", "en"),
        help="the journal's language: what the app and these commands say, and the reports "
        "(default: the system's, Danish on a Danish system, as the app's first start)",
    )


def _add_log(command: Command) -> None:
    p = command("log", "record (or update) a day; only the given fields change")
    p.add_argument("--date", default="today", help="YYYY-MM-DD, today or yesterday")
    for flag, what in (
        ("--operations", "operations (drift)"),
        ("--leadership", "people leadership"),
        ("--strategy", "strategy and development"),
        ("--own", "own tasks and projects"),
    ):
        p.add_argument(flag, metavar="DUR", help=f"time on {what}, e.g. 2h30m, 90m, 1.5h")
    p.add_argument(
        "--hours",
        metavar="DUR",
        help="hours worked in all (at least the time of the categories)",
    )
    p.add_argument("--stress", metavar="STEP", help="stress-staircase step, 1 (temperate) to 5")
    p.add_argument(
        "--signal",
        action="append",
        metavar="NAME",
        help="a stress signal noticed, its key or label (repeatable; see: items signals)",
    )
    p.add_argument(
        "--new-signal",
        action="append",
        metavar="NAME",
        help="add NAME as your own stress signal and log it (repeatable)",
    )
    p.add_argument("--demands", metavar="N", help="demands today, 0 to 10")
    p.add_argument("--resources", metavar="N", help="resources today, 0 to 10")
    p.add_argument(
        "--demand",
        action="append",
        metavar="ITEM",
        help="a demand from the list, its key or label (repeatable; see: items demands)",
    )
    p.add_argument(
        "--resource",
        action="append",
        metavar="ITEM",
        help="a resource from the list, its key or label (repeatable; see: items resources)",
    )
    p.add_argument("--energy", metavar="N", help="energy, 1 to 5")
    p.add_argument("--tag", action="append", metavar="T", help="a tag (repeatable; replaces tags)")
    note = p.add_mutually_exclusive_group()
    note.add_argument("--note", metavar="TEXT", help="the day's reflection")
    note.add_argument("--note-file", metavar="F", help="read the reflection from a file")
    p.add_argument("--share", metavar="LEVEL", help="private, one-on-one or coach")
    p.add_argument(
        "--from-calendar",
        nargs="*",
        metavar="FILE.ics",
        help="take the day's time from calendar files (.ics; default: the files set in "
        "Settings); --operations, --leadership, --strategy and --own override single "
        "categories",
    )
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = LOG_FROM_CALENDAR_HELP + "\n\n" + CALENDAR_PLACING_HELP


def _add_items(command: Command) -> None:
    p = command(
        "items",
        "list the demands, resources, signals and sparring situations: keys and labels",
    )
    p.add_argument(
        "list",
        nargs="?",
        choices=("demands", "resources", "signals", "situations"),
        help="only this list (default: all)",
    )


def _add_reading(command: Command) -> None:
    for name, help_text, epilog in (
        ("show", "list the logged days, one line each", None),
        (
            "stats",
            "leadership share, hours, stress and balance for a period (default: the last 4 weeks)",
            STATS_HELP,
        ),
    ):
        p = command(name, help_text)
        p.add_argument("--from", dest="start", metavar="D", help="first day (YYYY-MM-DD)")
        p.add_argument("--to", dest="end", metavar="D", help="last day (YYYY-MM-DD)")
        if epilog:
            p.formatter_class = argparse.RawDescriptionHelpFormatter
            p.epilog = epilog

    p = command("search", "find days (and notes) by words in reflections, tags and notes")
    p.add_argument(
        "query", nargs="+", help='words to look for (see below: "a phrase", OR, -word, NOT)'
    )
    p.add_argument(
        "--limit",
        default=str(SEARCH_LIMIT),
        metavar="N",
        help=f"show at most the N newest matches (default {SEARCH_LIMIT})",
    )
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = SEARCH_HELP

    p = command("who5", "record a WHO-5 well-being check-in (five answers 0-5)")
    p.add_argument("answers", nargs=5, metavar="A", help="answers 0 (at no time) to 5 (all of it)")
    p.add_argument("--date", default="today", help="YYYY-MM-DD, today or yesterday")


def _add_calendar(command: Command, common: argparse.ArgumentParser) -> None:
    p = command("calendar", "the time split your calendar (.ics files) proposes for a day")
    shows = p.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    help_text = "print the calendar's proposal for a day; writes nothing"
    p = shows.add_parser(
        "show",
        help=help_text,
        description=help_text,
        parents=[common],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=CALENDAR_SHOW_HELP + "\n\n" + CALENDAR_PLACING_HELP,
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE.ics",
        help="calendar files exported as .ics (default: the files set in Settings, as "
        "log --from-calendar uses them)",
    )
    p.add_argument("--date", default="today", help="YYYY-MM-DD, today or yesterday")
    p.add_argument(
        "--json",
        action="store_true",
        help="print JSON: minutes per category by its key (stable, as in the JSON export, "
        "e.g. people_leadership), per kind, unassigned, and the events",
    )


def _add_export_and_report(command: Command) -> None:
    p = command(
        "export",
        "write the journal (or a period) to a JSON, CSV or spreadsheet (xlsx) file, or to a "
        "folder of Markdown files (not encrypted)",
    )
    p.add_argument(
        "--format",
        required=True,
        choices=("json", "csv", "xlsx", "markdown"),
        help="json: complete and lossless (import reads it; schema: "
        "wellbeing_desktop/services/export.schema.json); csv: one row per day, for scripts; "
        "xlsx: a spreadsheet, one sheet each for days, WHO-5, sparring, 1:1s, actions and "
        "the consent log, in the journal's language; markdown: a new folder of Markdown "
        "files, one per day (its figures at the top, the reflection below), 1:1 and "
        "sparring topic, which any Markdown program opens and import reads back "
        "(docs/markdown-export.md)",
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="a new file to write (markdown: a new folder, in a folder that exists)",
    )
    p.add_argument("--from", dest="start", metavar="D")
    p.add_argument("--to", dest="end", metavar="D")

    p = command(
        "report",
        "write a 1:1 preparation or a coach summary as PDF, Markdown or HTML (not encrypted)",
    )
    p.add_argument("--kind", required=True, choices=("one-on-one", "coach"))
    p.add_argument(
        "--from",
        dest="start",
        metavar="D",
        help="first day (default: one-on-one since the last 1:1, coach the last 30 days)",
    )
    p.add_argument("--to", dest="end", metavar="D", help="last day (default: today)")
    p.add_argument("--format", required=True, choices=("pdf", "md", "html"))
    p.add_argument("--out", required=True, metavar="FILE", help="a new file to write")
    p.add_argument(
        "--include-coach-reflections",
        action="store_true",
        help="coach only: include the reflections marked 'coach' in the period (else none)",
    )
    p.add_argument(
        "--language", choices=("da", "en"), help="default: the journal's language setting"
    )


def _add_import_and_demo(command: Command) -> None:
    add_import(command)

    p = command("demo", "fill a new journal with realistic demo data")
    p.add_argument("--days", default="120", metavar="N", help="how many days back (default 120)")
    p.add_argument("--seed", default="1", metavar="S", help="random seed (default 1)")
    p.add_argument("--recovery-key-out", metavar="FILE", help="where the recovery key goes")
    p.add_argument(
        "--language", choices=("da", "en"), help="a new journal's language (as for init)"
    )


def _add_secrets(command: Command) -> None:
    p = command("passwd", "change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.add_argument(
        "--rotate-key",
        action="store_true",
        help="my passphrase may be known: re-encrypt the journal and its backups under a new "
        "key, with a new passphrase and a new recovery key",
    )
    p.add_argument(
        "--recovery-key-out", metavar="FILE", help="with --rotate-key: write the new recovery key"
    )

    p = command("recover", "set a new passphrase with the recovery key")
    p.add_argument("--recovery-key-file", required=True, metavar="F")
    p.add_argument("--new-passphrase-file", metavar="G")

    command("remember", "keep the unlock key in this computer's keyring")
    command("forget", "remove the unlock key from this computer's keyring")
    command("check", "check the journal file's integrity")


def _add_backup_and_restore(command: Command) -> None:
    p = command("backup", "make an encrypted backup now (one file: database and key file)")
    p.add_argument("--out", metavar="FILE", help="write it to FILE (default: the backups folder)")
    p = command("restore", "replace the journal by a backup; the current one is kept as a backup")
    p.add_argument("file", help="the backup file (.lpbackup)")
    p.add_argument("--recovery-key-file", metavar="F", help="unlock the backup with this key")
    p.add_argument(
        "--replace-other-journal",
        action="store_true",
        help="restore even when the backup is of another journal than the one in the folder",
    )
    p.add_argument(
        "--key-file-only",
        action="store_true",
        help="put back only the backup's key file (for a damaged key file); the journal "
        "file stays as it is",
    )
