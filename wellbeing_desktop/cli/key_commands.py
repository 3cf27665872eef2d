"""The commands about secrets.

The commands about secrets: ``init``, ``passwd`` (and ``--rotate-key``), ``recover``,
``remember`` and ``forget``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.cli.output import check_new_file, deliver_recovery_key, out
from wellbeing_desktop.cli.unlock import (
    current_passphrase,
    given_passphrase,
    journal_access,
    print_notices,
    prompt_new_passphrase,
    read_secret_file,
)
from wellbeing_desktop.domain.errors import WellbeingError

if TYPE_CHECKING:
    import argparse

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.key_slots import BackupsRewrapped


def cmd_init(args: argparse.Namespace) -> int:
    """Create a new encrypted journal and hand over its recovery key."""
    access = journal_access(args)
    if access.exists():
        raise WellbeingError(f"a journal already exists in {access.paths.root}; nothing changed")
    check_new_file(args.recovery_key_out, "recovery-key-out")
    passphrase = given_passphrase(args)
    if passphrase is None:
        passphrase = prompt_new_passphrase()
    try:
        journal, code = access.create(passphrase)
    finally:
        print_notices(access)  # a folder made owner-only is said, not done silently
    journal.close()
    out(f"Created an encrypted journal in {access.paths.root}.")
    deliver_recovery_key(code, args.recovery_key_out)
    return 0


def _new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        return read_secret_file(args.new_passphrase_file, "--new-passphrase-file")
    return prompt_new_passphrase()


def cmd_passwd(args: argparse.Namespace) -> int:
    """Change the passphrase; with ``--rotate-key`` re-encrypt under a new key too."""
    access = journal_access(args)
    if args.recovery_key_out and not args.rotate_key:
        raise WellbeingError("recovery-key-out: only with --rotate-key; nothing was changed")
    check_new_file(args.recovery_key_out, "recovery-key-out")
    old = current_passphrase(args)
    new = _new_passphrase(args)
    if args.rotate_key:
        return _rotate_key(access, old, new, args.recovery_key_out)
    rewrapped = access.change_passphrase(old, new)
    out("The passphrase was changed.")
    _report_backups(rewrapped)
    return 0


def _rotate_key(access: JournalAccess, old: str, new: str, recovery_key_out: str | None) -> int:
    result = access.rotate_data_key(
        old, new, lambda code: deliver_recovery_key(code, recovery_key_out)
    )
    if result.old_key_in_keyring:
        out(
            "The journal is now encrypted with a new key, opened by the new passphrase and the "
            "new recovery key; the old ones and old key files open nothing here."
        )
        out(
            "The old key is still in this computer's keyring (it is locked); run "
            f"`wellbeing-desktop forget --data-dir {access.paths.root}` when it is unlocked."
        )
    else:
        out(
            "The journal is now encrypted with a new key, opened by the new passphrase and the "
            "new recovery key; the old ones, old key files and remembered keys open nothing here."
        )
    if result.backups:
        out(f"The backups in the backups folder were re-encrypted too ({result.backups}).")
    if result.left_alone:
        names = ", ".join(p.name for p in result.left_alone)
        out(f"Could not be re-encrypted; left as they are: {names}")
    return 0


def _report_backups(rewrapped: BackupsRewrapped) -> None:
    """What the passphrase change did in the backups folder (names of those left alone)."""
    if rewrapped.changed:
        out(f"The backups in the backups folder take it too ({rewrapped.changed}).")
    if rewrapped.other_key:
        names = ", ".join(p.name for p in rewrapped.other_key)
        out(f"Could not be opened with this journal's key; left as they are: {names}")
    if rewrapped.failed:
        names = ", ".join(p.name for p in rewrapped.failed)
        out(f"Could not be changed and still open with the old passphrase: {names}")


def cmd_recover(args: argparse.Namespace) -> int:
    """Set a new passphrase with the recovery key."""
    access = journal_access(args)
    code = read_secret_file(args.recovery_key_file, "--recovery-key-file")
    new = _new_passphrase(args)
    rewrapped = access.reset_passphrase(code, new)
    out("A new passphrase is set. The recovery key still works; keep it safe.")
    _report_backups(rewrapped)
    return 0


def cmd_remember(args: argparse.Namespace) -> int:
    """Keep the unlock key in this computer's keyring."""
    access = journal_access(args)
    reason = access.keyring_unavailable_reason()
    if reason is not None:
        raise WellbeingError(reason)
    journal = access.open_with_passphrase(current_passphrase(args))
    try:
        access.remember(journal)
    finally:
        journal.close()
    out("This computer's keyring now unlocks the journal. 'forget' undoes it.")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    """Remove the unlock key from this computer's keyring."""
    access = journal_access(args)
    if access.forget():
        out("The key was removed from this computer's keyring.")
    else:
        out("The keyring held no key for this journal.")
    return 0
