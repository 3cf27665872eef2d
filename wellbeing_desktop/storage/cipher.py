"""SQLCipher settings every connection shares.

SQLCipher settings every connection shares; no SQLAlchemy, so the quick read path can
use them without importing it (``engine`` builds on these).
"""

from __future__ import annotations

import sqlcipher3.dbapi2 as sqlcipher

# The settings SQLCipher 4 writes by default; pinned so a future default cannot make
# existing files unreadable.
EXPECTED_CIPHER_SETTINGS = frozenset(
    {
        "PRAGMA cipher_page_size = 4096;",
        "PRAGMA cipher_use_hmac = 1;",
        "PRAGMA cipher_plaintext_header_size = 0;",
        "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",
    }
)


def raw_key_literal(data_key: bytes) -> str:
    """SQLCipher's raw-key syntax; a raw key skips SQLCipher's own KDF."""
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"x'{data_key.hex()}'"


def _silence_cipher_log() -> None:
    # SQLCipher logs every failed HMAC check to stderr; the app reports errors itself.
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    finally:
        conn.close()


_silence_cipher_log()
