"""``search`` and ``show`` with the key from the keyring, without loading the rest of the app.

A read needs neither SQLAlchemy nor a writable connection nor ``keyring``'s backend
discovery: ``services.quick_search`` reads the key from the Secret Service and the file
read-only (also while the GUI has the journal open). Each function here prints the
command's output and returns True, or returns False having printed nothing: then the
ordinary command runs, which unlocks the usual way (file, environment, keyring, prompt)
and gives every message a user may need.
"""

from __future__ import annotations

import gc
import os
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import WellbeingError

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

PASSPHRASE_ENV = "WELLBEING_PASSPHRASE"  # the same as cli.unlock.PASSPHRASE_ENV


def applies(args: argparse.Namespace) -> bool:
    """A given passphrase (file or environment) comes before the keyring: no quick path."""
    return not (getattr(args, "passphrase_file", None) or os.environ.get(PASSPHRASE_ENV))


@contextmanager
def _few_objects() -> Iterator[None]:
    """A short run that makes few objects: no garbage collection passes meanwhile.

    The modules' loading would trigger some (a few milliseconds of a command that takes a
    few dozen). On success the process is about to end: ``gc.freeze`` spares it the
    interpreter's last collection over every object of every imported module (about a
    tenth of the run time); the operating system takes the memory back at exit.
    """
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _speak(settings: dict[str, object]) -> None:
    """The journal's language, as the ordinary open reads it (Danish when never set)."""
    from wellbeing_desktop.cli.speech import use
    from wellbeing_desktop.domain.language import Language

    try:
        use(Language(str(settings.get("language", Language.DANISH.value))))
    except ValueError:
        use(Language.DANISH)


def _print(lines: list[str]) -> None:
    from wellbeing_desktop.cli.safe_text import printable

    sys.stdout.write("".join(printable(line) + "\n" for line in lines))
    gc.freeze()


def quick_search(args: argparse.Namespace) -> bool:
    """``search`` on the quick path; False: run the ordinary command."""
    if not applies(args):
        return False
    with _few_objects():
        from wellbeing_desktop.cli.output import search_limit, search_query
        from wellbeing_desktop.cli.search_output import search_lines
        from wellbeing_desktop.paths import JournalPaths
        from wellbeing_desktop.services import quick_search as service

        try:
            limit = search_limit(args)
        except WellbeingError:
            return False  # refused by the ordinary path, in the journal's language
        paths = JournalPaths.resolve(getattr(args, "data_dir", None))
        query = search_query(args)
        settings: dict[str, object] = {}
        hits = service.search_with_remembered_key(paths, query, limit=limit, settings=settings)
        if hits is None:
            return False
        _speak(settings)
        _print(search_lines(hits, query))
        return True


def quick_show(args: argparse.Namespace) -> bool:
    """``show`` on the quick path; False: run the ordinary command."""
    if not applies(args):
        return False
    with _few_objects():
        from datetime import date

        from wellbeing_desktop.cli.show_output import day_line
        from wellbeing_desktop.cli.speech import say
        from wellbeing_desktop.domain.durations import parse_day
        from wellbeing_desktop.paths import JournalPaths
        from wellbeing_desktop.services import quick_search as service

        today = date.today()  # the journal's today (``Journal.today``: the clock's date)
        try:
            start = parse_day(args.start, today=today, field="from") if args.start else None
            end = parse_day(args.end, today=today, field="to") if args.end else None
        except WellbeingError:
            return False  # refused by the ordinary path, in the journal's language
        if start and end and start > end:
            return False
        paths = JournalPaths.resolve(getattr(args, "data_dir", None))
        shown = service.days_with_remembered_key(paths, start, end)
        if shown is None:
            return False
        _speak(shown.settings)
        kinds = {c.key: c.kind for c in shown.categories}
        lines = [day_line(log, kinds) for log in shown.days]
        _print(lines or [say("cli", "No days logged in this period.")])
        return True
