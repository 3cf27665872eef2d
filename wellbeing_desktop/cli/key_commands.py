"""The commands about secrets.

The commands about secrets: ``init``, ``passwd`` (and ``--rotate-key``), ``recover``,
``remember`` and ``forget``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.cli.output import check_new_file, deliver_recovery_key, out
from wellbeing_desktop.cli.speech import language, say
from wellbeing_desktop.cli.unlock import (
    create_journal,
    current_passphrase,
    journal_access,
    prompt_new_passphrase,
    read_secret_file,
    speak_the_journals_language,
)
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.language import Language

if TYPE_CHECKING:
    import argparse

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.key_slots import BackupsRewrapped


def cmd_init(args: argparse.Namespace) -> int:
    """Create a new encrypted journal and hand over its recovery key."""
    access = journal_access(args)
    if access.exists():
        raise WellbeingError(
            say("cli", "a journal already exists in {folder}; nothing changed"),
            folder=access.paths.root,
        )
    check_new_file(args.recovery_key_out, "recovery-key-out")
    journal, code = create_journal(args, access)
    journal.close()
    out(say("cli", "Created an encrypted journal in {folder}.").format(folder=access.paths.root))
    if language() is Language.DANISH:
        out(say("cli", "Its language is Danish (Settings in the app change it)."))
    else:
        out(say("cli", "Its language is English (Settings in the app change it)."))
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
        raise WellbeingError(
            say("cli", "recovery-key-out: only with --rotate-key; nothing was changed")
        )
    check_new_file(args.recovery_key_out, "recovery-key-out")
    old = current_passphrase(args)
    new = _new_passphrase(args)
    if args.rotate_key:
        return _rotate_key(access, old, new, args.recovery_key_out)
    rewrapped = access.change_passphrase(old, new)
    out(say("cli", "The passphrase was changed."))
    _report_backups(rewrapped)
    return 0


def _rotate_key(access: JournalAccess, old: str, new: str, recovery_key_out: str | None) -> int:
    result = access.rotate_data_key(
        old, new, lambda code: deliver_recovery_key(code, recovery_key_out)
    )
    if result.old_key_in_keyring:
        out(
            say(
                "cli",
                "The journal is now encrypted with a new key, opened by the new passphrase and "
                "the new recovery key; the old ones and old key files open nothing here.",
            )
        )
        out(
            say(
                "cli",
                "The old key is still in this computer's keyring (it is locked); run "
                "`wellbeing-desktop forget --data-dir {folder}` when it is unlocked.",
            ).format(folder=access.paths.root)
        )
    else:
        out(
            say(
                "cli",
                "The journal is now encrypted with a new key, opened by the new passphrase and "
                "the new recovery key; the old ones, old key files and remembered keys open "
                "nothing here.",
            )
        )
    if result.backups:
        out(
            say("cli", "The backups in the backups folder were re-encrypted too ({n}).").format(
                n=result.backups
            )
        )
    if result.left_alone:
        names = ", ".join(p.name for p in result.left_alone)
        out(say("cli", "Could not be re-encrypted; left as they are: {names}").format(names=names))
    return 0


def _report_backups(rewrapped: BackupsRewrapped) -> None:
    """What the passphrase change did in the backups folder (names of those left alone)."""
    if rewrapped.changed:
        out(
            say("cli", "The backups in the backups folder take it too ({n}).").format(
                n=rewrapped.changed
            )
        )
    if rewrapped.other_key:
        names = ", ".join(p.name for p in rewrapped.other_key)
        out(
            say(
                "cli", "Could not be opened with this journal's key; left as they are: {names}"
            ).format(names=names)
        )
    if rewrapped.failed:
        names = ", ".join(p.name for p in rewrapped.failed)
        out(
            say(
                "cli", "Could not be changed and still open with the old passphrase: {names}"
            ).format(names=names)
        )


def cmd_recover(args: argparse.Namespace) -> int:
    """Set a new passphrase with the recovery key."""
    access = journal_access(args)
    code = read_secret_file(args.recovery_key_file, "--recovery-key-file")
    new = _new_passphrase(args)
    rewrapped = access.reset_passphrase(code, new)
    out(say("cli", "A new passphrase is set. The recovery key still works; keep it safe."))
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
        speak_the_journals_language(journal)
        access.remember(journal)
    finally:
        journal.close()
    out(say("cli", "This computer's keyring now unlocks the journal. 'forget' undoes it."))
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    """Remove the unlock key from this computer's keyring."""
    access = journal_access(args)
    if access.forget():
        out(say("cli", "The key was removed from this computer's keyring."))
    else:
        out(say("cli", "The keyring held no key for this journal."))
    return 0
