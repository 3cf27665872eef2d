"""Secrets and opening the journal, for every command that needs them.

The passphrase comes from ``--passphrase-file``, then ``$WELLBEING_PASSPHRASE``, then the
OS keyring, then a prompt in a terminal (issue #2's order).
"""

from __future__ import annotations

import dataclasses
import getpass
import os
import sys
from typing import TYPE_CHECKING

from wellbeing_desktop import APP_NAME
from wellbeing_desktop.cli.speech import error_line, language, message_line, say, use
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services import user_files
from wellbeing_desktop.services.access import JournalAccess, daily_backup
from wellbeing_desktop.services.commands import printed_command
from wellbeing_desktop.services.unlock_throttle import FixedDelay

if TYPE_CHECKING:
    import argparse

    from wellbeing_desktop.services.journal import Journal

PASSPHRASE_ENV = "WELLBEING_PASSPHRASE"


def read_secret_file(path: str, option: str) -> str:
    """The secret in the file ``path`` that ``option`` ("--passphrase-file") names."""
    return user_files.read_user_secret(path, option)


def interactive() -> bool:
    """Whether a passphrase can be asked for (stdin is a terminal)."""
    return sys.stdin is not None and sys.stdin.isatty()


def prompt_new_passphrase() -> str:
    """Ask twice for a new passphrase in a terminal; refuse without one."""
    if not interactive():
        raise WellbeingError(
            say(
                "cli",
                "no new passphrase given: use --passphrase-file, {variable}, or run in a terminal",
            ),
            variable=PASSPHRASE_ENV,
        )
    first = getpass.getpass(say("cli", "New passphrase: "))
    if getpass.getpass(say("cli", "New passphrase again: ")) != first:
        raise WellbeingError(say("cli", "the two passphrases differ; nothing was changed"))
    return first


def given_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase given in a file or the environment, if any."""
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file, "--passphrase-file")
    return os.environ.get(PASSPHRASE_ENV) or None


def current_passphrase(args: argparse.Namespace) -> str:
    """The passphrase given, else asked for in a terminal; else a one-line refusal."""
    given = given_passphrase(args)
    if given is not None:
        return given
    if interactive():
        return getpass.getpass(say("cli", "Passphrase: "))
    data_dir = JournalPaths.resolve(getattr(args, "data_dir", None)).root
    remember = printed_command(data_dir, "remember")
    raise WellbeingError(
        say(
            "cli",
            "no passphrase given: use --passphrase-file or {variable}, run in a terminal, "
            "or keep the key in the keyring with: {command}",
        ),
        variable=PASSPHRASE_ENV,
        command=remember,
    )


def journal_access(args: argparse.Namespace) -> JournalAccess:
    """The journal in ``--data-dir`` (or the default folder), as a command opens it.

    A new process per command remembers no failures: one second after each wrong secret.
    Ordinary commands never rewrite the key file (they may run in a read-only folder, and
    stay quick); the GUI raises a weak slot, passwd and recover write today's settings.
    Opening makes no backup: a command that wrote calls ``backup_after_write``.
    """
    paths = JournalPaths.resolve(getattr(args, "data_dir", None))
    return JournalAccess(paths, throttle=FixedDelay(), raise_weak_slots=False)


def backup_after_write(journal: Journal) -> None:
    """Today's automatic backup, if due, once a command's write is committed.

    Only commands that write the journal call this (``log``, ``who5``, ``import``, ``pulse
    round``/``share``); reading commands never pay for it. A failure is logged, never
    turned into a failed command: the write itself is done.
    """
    daily_backup(journal)


def unlock(args: argparse.Namespace, access: JournalAccess) -> Journal:
    """File, then environment, then the OS keyring, then a prompt (issue #2's order)."""
    try:
        given = given_passphrase(args)
        if given is not None:
            journal = access.open_with_passphrase(given)
        else:
            journal = access.open_with_keyring() or access.open_with_passphrase(
                current_passphrase(args)
            )
    finally:
        print_notices(access)
    try:
        speak_the_journals_language(journal)
    except BaseException:
        journal.close()
        raise
    for notice in journal.open_notices:
        print(f"{APP_NAME}: {message_line(notice)}", file=sys.stderr)
    return journal


def create_journal(args: argparse.Namespace, access: JournalAccess) -> tuple[Journal, str]:
    """A new journal in ``--language`` (default: the system's), and its recovery key.

    The passphrase is the one given (file or environment) or asked for twice.
    """
    passphrase = given_passphrase(args)
    if passphrase is None:
        passphrase = prompt_new_passphrase()
    chosen = Language(args.language) if getattr(args, "language", None) else language()
    try:
        journal, code = access.create(passphrase)
    finally:
        print_notices(access)  # a folder made owner-only is said, not done silently
    # The journal exists now: its recovery key must reach the user whatever follows.
    try:
        if journal.settings().language is not chosen:
            journal.save_settings(dataclasses.replace(journal.settings(), language=chosen))
    except WellbeingError as exc:  # e.g. the disk filled up: say so, and go on
        print(f"{APP_NAME}: {error_line(exc)}", file=sys.stderr)
    use(journal.settings().language)
    return journal, code


def speak_the_journals_language(journal: Journal) -> None:
    """From now on the command line speaks the language set in the journal."""
    use(journal.settings().language)


def print_notices(access: JournalAccess) -> None:
    """What opening did besides opening (e.g. finished an interrupted restore), on stderr."""
    for notice in access.notices:
        print(message_line(notice), file=sys.stderr)
    access.notices.clear()
