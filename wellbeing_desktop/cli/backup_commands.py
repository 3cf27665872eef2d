"""``wellbeing-desktop backup`` and ``wellbeing-desktop restore``.

``backup [--out FILE]`` makes a verified backup now, into the journal's ``backups`` folder
or to FILE (which must not exist), and prints where it went. ``restore FILE`` checks the
backup with the passphrase (``--passphrase-file``, ``$WELLBEING_PASSPHRASE`` or a prompt)
or the recovery key (``--recovery-key-file``) before it changes anything; a backup of
another journal than the one in the folder needs ``--replace-other-journal``; see
``services/backups.py`` for the steps.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.cli.output import check_new_file, out
from wellbeing_desktop.cli.speech import say
from wellbeing_desktop.cli.unlock import (
    current_passphrase,
    journal_access,
    print_notices,
    read_secret_file,
    unlock,
)
from wellbeing_desktop.services import backups

if TYPE_CHECKING:
    import argparse


def cmd_backup(args: argparse.Namespace) -> int:
    """Make a backup now (no automatic one on this unlock: the command makes it)."""
    target = None
    if args.out is not None:
        check_new_file(args.out, "out")
        target = Path(args.out).absolute()
    journal = unlock(args, journal_access(args))
    try:
        made = journal.backup("manual", out=target)
    finally:
        journal.close()
    out(say("cli", "Backed up to {file}.").format(file=made))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the journal by a backup, checked with its passphrase or recovery key first."""
    source = Path(args.file).absolute()
    backups.check_backup_file(source)  # a damaged file is refused before any prompt
    access = journal_access(args)
    other, key_only = args.replace_other_journal, args.key_file_only
    try:
        if args.recovery_key_file:
            code = read_secret_file(args.recovery_key_file, "--recovery-key-file")
            result = access.restore_with_recovery_key(
                source, code, replace_other_journal=other, key_file_only=key_only
            )
        else:
            passphrase = current_passphrase(args)
            result = access.restore_with_passphrase(
                source, passphrase, replace_other_journal=other, key_file_only=key_only
            )
    finally:
        print_notices(access)
    if key_only:
        out(
            say("cli", "Put back the key file of {file} beside the journal in {folder}.").format(
                file=source, folder=access.paths.root
            )
        )
    else:
        out(
            say("cli", "Restored the journal in {folder} from {file}.").format(
                folder=access.paths.root, file=source
            )
        )
    if result.kept is not None:
        out(say("cli", "The journal that was there is kept as {file}.").format(file=result.kept))
    return 0
