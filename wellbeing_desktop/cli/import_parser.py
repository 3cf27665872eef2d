"""The parser of ``import``: this app's JSON export, or another journal app's export."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    Command = Callable[[str, str], argparse.ArgumentParser]

# The formats ``import --format`` takes (services.foreign_import.ImportFormat; not
# imported, so that building the parser loads no service code).
IMPORT_FORMATS = ("leader-pulse", "jrnl", "dayone", "daylio", "markdown")

IMPORT_HELP = """\
Formats:
  leader-pulse  this app's JSON export (export --format json): added all or nothing;
                days and check-ins the journal has already are refused
  jrnl          jrnl --format json > journal.json
  dayone        Day One: File > Export > JSON (the .zip, or the Journal.json in it)
  daylio        Daylio: the CSV export of the entries
  markdown      a folder of daily notes named by date (2026-11-20.md), e.g. Obsidian's
Another app's entries are appended to their days' reflections, with their tags; a new
day is private unless it is a day file of this app's Markdown export that says it is
shared. Photos, locations and weather are left out and counted. First the import shows
what it would do; --dry-run stops there. A shared day (1:1 or coach), in the journal or
new, gets text only after a yes (asked in a terminal) or with --yes. Importing the same
file again adds only what is new (an edited Markdown note comes again)."""


def add_import(command: Command) -> None:
    """The ``import`` command's arguments and help."""
    p = command(
        "import",
        "bring in a JSON export of this app, or the entries of jrnl, Day One, Daylio or a "
        "folder of Markdown notes",
    )
    p.add_argument(
        "file",
        help="the export: a .json file (this app's, jrnl's or Day One's), a Day One .zip, a "
        "Daylio .csv, or a folder of Markdown daily notes (or one .md note)",
    )
    p.add_argument(
        "--format",
        choices=IMPORT_FORMATS,
        help="the app the file comes from (default: told from the file)",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="read and check the whole file and say what the import would do; write nothing",
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help="import also into days you share (1:1 or coach) without asking",
    )
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = IMPORT_HELP
