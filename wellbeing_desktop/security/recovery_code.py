"""Recovery codes: 160 random bits written as eight groups of four Crockford characters."""

from __future__ import annotations

import unicodedata

from wellbeing_desktop.domain.errors import Message
from wellbeing_desktop.security import messages as msg
from wellbeing_desktop.security.keyfile_errors import WrongRecoveryKeyError

RECOVERY_BYTES = 20
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSABLES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_RECOVERY_CHARS = RECOVERY_BYTES * 8 // 5
_RECOVERY_GROUP = 4


def format_recovery_code(recovery: bytes) -> str:
    """The printed form of ``recovery`` ("7KQ2-M9XD-...")."""
    number = int.from_bytes(recovery, "big")
    chars = [_CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(_RECOVERY_CHARS))]
    groups = (
        "".join(chars[i : i + _RECOVERY_GROUP]) for i in range(0, len(chars), _RECOVERY_GROUP)
    )
    return "-".join(groups)


def parse_recovery_code(code: str) -> bytes:
    """The bytes a typed recovery code spells (case, spaces, dashes and O/I/L forgiven)."""
    text = unicodedata.normalize("NFKC", code)
    kept = "".join(
        ch for ch in text if not (ch.isspace() or ch == "-" or unicodedata.category(ch) == "Pd")
    )
    canonical = kept.upper().translate(_CONFUSABLES)
    if len(canonical) != _RECOVERY_CHARS:
        raise WrongRecoveryKeyError(
            Message(msg.RECOVERY_KEY_LENGTH, n=_RECOVERY_CHARS, count=len(kept))
        )
    if any(ch not in _CROCKFORD for ch in canonical):
        raise WrongRecoveryKeyError(msg.RECOVERY_KEY_CHARACTERS)
    number = 0
    for ch in canonical:
        number = (number << 5) | _CROCKFORD.index(ch)
    return number.to_bytes(RECOVERY_BYTES, "big")
