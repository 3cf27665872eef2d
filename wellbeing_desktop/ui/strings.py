"""Words of the app shell in Danish and English (UX.md's word list).

Each constant is a (Danish, English) pair; ``tr`` picks one. Views keep the words only
they use next to their own code.
"""

from __future__ import annotations

from wellbeing_desktop.domain.catalogues import Texts, localized
from wellbeing_desktop.domain.models import Language

APP_NAME: Texts = ("Lederpuls", "Leader Pulse")
TODAY: Texts = ("I dag", "Today")
JOURNAL: Texts = ("Dagbog", "Journal")
TRENDS: Texts = ("Tendenser", "Trends")
SPARRING: Texts = ("Sparring", "Sparring")
ONE_ON_ONE: Texts = ("1:1", "1:1")
SETTINGS: Texts = ("Indstillinger", "Settings")
LOCK: Texts = ("Lås", "Lock")
LOCK_TIP: Texts = ("Lås dagbogen (Ctrl+L)", "Lock the journal (Ctrl+L)")
PASSPHRASE: Texts = ("Adgangssætning", "Passphrase")
PASSPHRASE_AGAIN: Texts = ("Gentag adgangssætning", "Passphrase again")
WRONG_PASSPHRASE: Texts = ("Forkert adgangssætning. Prøv igen.", "Wrong passphrase. Try again.")
PASSPHRASES_DIFFER: Texts = (
    "De to adgangssætninger er forskellige.",
    "The two passphrases differ.",
)
EXPORT_WARNING: Texts = (
    "Den eksporterede fil er ikke krypteret. Gem den et sikkert sted.",
    "The exported file is not encrypted. Keep it somewhere safe.",
)


def tr(texts: Texts, language: Language) -> str:
    return localized(texts, language)


def passphrase_strength(passphrase: str, language: Language) -> str:
    """A plain-language hint, not a score: length matters most for a passphrase."""
    length = len(passphrase)
    if length == 0:
        return ""
    if length < 8:
        return tr(
            ("For kort – brug mindst 8 tegn.", "Too short – use at least 8 characters."), language
        )
    words = len(passphrase.split())
    if length >= 20 or words >= 4:
        return tr(
            (
                "Stærk – en lang sætning er svær at gætte.",
                "Strong – a long phrase is hard to guess.",
            ),
            language,
        )
    if length >= 12:
        return tr(
            (
                "God – flere ord gør den endnu stærkere.",
                "Good – more words make it stronger still.",
            ),
            language,
        )
    return tr(
        (
            "Svag – prøv en sætning på fire-fem ord, du kan huske.",
            "Weak – try a phrase of four or five words you can remember.",
        ),
        language,
    )


def keyring_unavailable(reason: str | None, language: Language) -> str:
    """Why "remember" is greyed out; the security layer words its reasons in English."""
    if not reason:
        return ""
    if language is Language.ENGLISH:
        return reason
    return (
        "Der er ingen sikker systemnøglering til rådighed på denne computer, så "
        "adgangssætningen kan ikke huskes. Du skriver den, når du åbner dagbogen."
    )
