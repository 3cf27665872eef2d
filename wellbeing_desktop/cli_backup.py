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

from wellbeing_desktop.cli_commands import (
    _check_new_file,
    _current_passphrase,
    _read_secret_file,
    _unlock,
    out,
    print_notices,
)
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services import backups
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.unlock_throttle import FixedDelay

if TYPE_CHECKING:
    import argparse


def _access(args: argparse.Namespace) -> JournalAccess:
    # No automatic backup on this unlock: the command makes one itself.
    paths = JournalPaths.resolve(getattr(args, "data_dir", None))
    return JournalAccess(paths, throttle=FixedDelay(), auto_backup=False, raise_weak_slots=False)


def cmd_backup(args: argparse.Namespace) -> int:
    target = None
    if args.out is not None:
        _check_new_file(args.out, "out")
        target = Path(args.out).absolute()
    journal = _unlock(args, _access(args))
    try:
        made = journal.backup("manual", out=target)
    finally:
        journal.close()
    out(f"Backed up to {made}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    source = Path(args.file).absolute()
    backups.check_backup_file(source)  # a damaged file is refused before any prompt
    access = _access(args)
    other, key_only = args.replace_other_journal, args.key_file_only
    try:
        if args.recovery_key_file:
            code = _read_secret_file(args.recovery_key_file, "--recovery-key-file")
            result = access.restore_with_recovery_key(
                source, code, replace_other_journal=other, key_file_only=key_only
            )
        else:
            passphrase = _current_passphrase(args)
            result = access.restore_with_passphrase(
                source, passphrase, replace_other_journal=other, key_file_only=key_only
            )
    finally:
        print_notices(access)
    if key_only:
        out(f"Put back the key file of {source} beside the journal in {access.paths.root}.")
    else:
        out(f"Restored the journal in {access.paths.root} from {source}.")
    if result.kept is not None:
        out(f"The journal that was there is kept as {result.kept}.")
    return 0
