"""Secrets and opening the journal, for every command that needs them.

The passphrase comes from ``--passphrase-file``, then ``$WELLBEING_PASSPHRASE``, then the
OS keyring, then a prompt in a terminal (issue #2's order).
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services import user_files
from wellbeing_desktop.services.access import JournalAccess
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


def prompt_new_passphrase(what: str = "passphrase") -> str:
    """Ask twice for a new passphrase in a terminal; refuse without one."""
    if not interactive():
        raise WellbeingError(
            f"no new {what} given: use --passphrase-file, {PASSPHRASE_ENV}, or run in a terminal"
        )
    first = getpass.getpass(f"New {what}: ")
    if getpass.getpass(f"New {what} again: ") != first:
        raise WellbeingError("the two passphrases differ; nothing was changed")
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
        return getpass.getpass("Passphrase: ")
    data_dir = JournalPaths.resolve(getattr(args, "data_dir", None)).root
    remember = printed_command(data_dir, "remember")
    raise WellbeingError(
        f"no passphrase given: use --passphrase-file or {PASSPHRASE_ENV}, run in a terminal, "
        f"or keep the key in the keyring with: {remember}"
    )


def journal_access(args: argparse.Namespace, *, auto_backup: bool = True) -> JournalAccess:
    """The journal in ``--data-dir`` (or the default folder), as a command opens it.

    A new process per command remembers no failures: one second after each wrong secret.
    Ordinary commands never rewrite the key file (they may run in a read-only folder, and
    stay quick); the GUI raises a weak slot, passwd and recover write today's settings.
    ``auto_backup=False``: no automatic backup on unlock (backup and restore make their own).
    """
    paths = JournalPaths.resolve(getattr(args, "data_dir", None))
    return JournalAccess(
        paths, throttle=FixedDelay(), auto_backup=auto_backup, raise_weak_slots=False
    )


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
    for notice in journal.open_notices:
        print(f"wellbeing-desktop: {notice}", file=sys.stderr)
    return journal


def print_notices(access: JournalAccess) -> None:
    """What opening did besides opening (e.g. finished an interrupted restore), on stderr."""
    for notice in access.notices:
        print(notice, file=sys.stderr)
    access.notices.clear()
