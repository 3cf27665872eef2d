"""The key errors a view tells apart, re-exported from the security layer.

Views reach the security layer only through services (the import contracts say so).
"""

from __future__ import annotations

from wellbeing_desktop.security.keyfile import WrongPassphraseError as WrongPassphraseError
from wellbeing_desktop.security.keyfile import WrongRecoveryKeyError as WrongRecoveryKeyError
from wellbeing_desktop.security.keyring_store import (
    KeyringUnavailableError as KeyringUnavailableError,
)
