"""``search`` and ``show`` without loading the rest of the app.

A read needs neither SQLAlchemy nor a writable connection nor ``keyring``'s backend
discovery: ``services.quick_search`` takes the key from the Secret Service (or unwraps
it with the passphrase given, in a file or the environment, which comes first as in
``cli.unlock``) and reads the file read-only (also while the GUI has the journal open).
Each function here prints the command's output and returns True, or returns False having
printed nothing: then the ordinary command runs, which unlocks the usual way (file,
environment, keyring, prompt) and gives every message a user may need. A wrong passphrase
given is refused on the quick path itself (``WrongPassphraseError``, after the same wait),
so it costs one key derivation, not two.
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import WellbeingError

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

PASSPHRASE_ENV = "WELLBEING_PASSPHRASE"  # the same as cli.unlock.PASSPHRASE_ENV


class _NotQuickError(Exception):
    """The quick path does not apply: run the ordinary command."""


def _given_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase given (file, then environment), as ``cli.unlock.given_passphrase``.

    None: the key comes from the keyring. A file that cannot be read is the ordinary
    command's to word.
    """
    if getattr(args, "passphrase_file", None):
        from wellbeing_desktop.services.user_files import read_user_secret

        try:
            return read_user_secret(args.passphrase_file, "--passphrase-file")
        except (WellbeingError, OSError):
            raise _NotQuickError from None
    return os.environ.get(PASSPHRASE_ENV) or None


@contextmanager
def few_objects() -> Iterator[None]:
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


def speak(settings: dict[str, object]) -> None:
    """The journal's language, as the ordinary open reads it (Danish when never set)."""
    from wellbeing_desktop.cli.speech import use
    from wellbeing_desktop.domain.language import Language

    try:
        use(Language(str(settings.get("language", Language.DANISH.value))))
    except ValueError:
        use(Language.DANISH)


def print_lines(lines: list[str]) -> None:
    """The lines, as ``cli.output.out`` prints them (a reader gone early: ``entry``'s 141)."""
    from wellbeing_desktop.cli.safe_text import printable

    gc.freeze()
    for line in lines:
        print(printable(line))


def quick_search(args: argparse.Namespace) -> bool:
    """``search`` on the quick path; False: run the ordinary command."""
    with few_objects():
        from wellbeing_desktop.cli.arguments import search_limit, search_query
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
        try:
            passphrase = _given_passphrase(args)
        except _NotQuickError:
            return False
        hits = service.search_with_remembered_key(
            paths, query, limit=limit, settings=settings, passphrase=passphrase
        )
        if hits is None:
            return False
        speak(settings)
        print_lines(search_lines(hits, query))
        return True


def quick_show(args: argparse.Namespace) -> bool:
    """``show`` on the quick path; False: run the ordinary command."""
    with few_objects():
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
        try:
            passphrase = _given_passphrase(args)
        except _NotQuickError:
            return False
        shown = service.days_with_remembered_key(paths, start, end, passphrase=passphrase)
        if shown is None:
            return False
        speak(shown.settings)
        kinds = {c.key: c.kind for c in shown.categories}
        lines = [day_line(log, kinds) for log in shown.days]
        print_lines(lines or [say("cli", "No days logged in this period.")])
        return True
