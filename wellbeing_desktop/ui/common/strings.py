"""Words of the app shell in Danish and English (UX.md's word list).

Each constant is a translatable English text (``translation.py``); ``tr`` gives it in the
user's language. Views keep the words only they use next to their own code.
"""

from __future__ import annotations

from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.ui.common.translation import Message, tr, translatable

APP_NAME: Message = translatable("strings", "Leader Pulse")
TODAY: Message = translatable("strings", "Today")
JOURNAL: Message = translatable("strings", "Journal")
TRENDS: Message = translatable("strings", "Trends")
SPARRING: Message = translatable("strings", "Sparring")
ONE_ON_ONE: Message = translatable("strings", "1:1")
LEADER_GROUP: Message = translatable("strings", "Leader group")
SETTINGS: Message = translatable("strings", "Settings")
LOCK: Message = translatable("strings", "Lock")
LOCK_TIP: Message = translatable("strings", "Lock the journal (Ctrl+L)")
PASSPHRASE: Message = translatable("strings", "Passphrase")
PASSPHRASE_AGAIN: Message = translatable("strings", "Passphrase again")
WRONG_PASSPHRASE: Message = translatable("strings", "Wrong passphrase. Try again.")
PASSPHRASES_DIFFER: Message = translatable("strings", "The two passphrases differ.")
EXPORT_WARNING: Message = translatable(
    "strings", "The exported file is not encrypted. Keep it somewhere safe."
)


def passphrase_strength(passphrase: str, language: Language) -> str:
    """A plain-language hint, not a score: length matters most for a passphrase."""
    length = len(passphrase)
    if length == 0:
        return ""
    if length < 8:
        return tr(translatable("strings", "Too short – use at least 8 characters."), language)
    words = len(passphrase.split())
    if length >= 20 or words >= 4:
        return tr(
            translatable("strings", "Strong – a long phrase is hard to guess."),
            language,
        )
    if length >= 12:
        return tr(
            translatable("strings", "Good – more words make it stronger still."),
            language,
        )
    return tr(
        translatable("strings", "Weak – try a phrase of four or five words you can remember."),
        language,
    )


NO_KEYRING: Message = translatable(
    "strings",
    "No secure system keyring is available on this computer, so the passphrase cannot be "
    "remembered. You type it when you open the journal.",
)


def keyring_unavailable(reason: str | None, language: Language) -> str:
    """Why "remember" is greyed out, in the user's language.

    Why "remember" is greyed out: the security layer's own reason in English (it names
    what is missing), the catalogue's plain sentence in other languages.
    """
    if not reason:
        return ""
    return reason if language is Language.ENGLISH else tr(NO_KEYRING, language)
