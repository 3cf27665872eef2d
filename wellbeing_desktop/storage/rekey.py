"""A copy of an encrypted database under another data key, for ``passwd --rotate-key``.

SQLCipher's ``sqlcipher_export`` writes every table, index, trigger and row of the open
database into an attached database keyed with the new key, page by page through SQLCipher:
nothing is ever on disk in plain text. The copy is then opened with the new key and must
pass ``cipher_integrity_check`` and ``integrity_check`` and hold the same row counts as the
source before anyone uses it. The source is never changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from wellbeing_desktop.storage import messages as msg
from wellbeing_desktop.storage.backup import table_counts, verify_database
from wellbeing_desktop.storage.cipher import raw_key_literal
from wellbeing_desktop.storage.engine import connect_keyed
from wellbeing_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from pathlib import Path

_ALIAS = "rekeyed"


def reencrypt_database(source: Path, source_key: bytes, target: Path, target_key: bytes) -> None:
    """Copy a journal under a new key, and check the copy.

    Write ``source`` (opened with ``source_key``) as a new file ``target`` under
    ``target_key``, and check the copy. ``target`` must not exist; its folder must.
    """
    if target.exists():
        raise StorageError(msg.REKEY_TARGET_EXISTS, path=target)
    conn = connect_keyed(source, source_key)
    try:
        counts = table_counts(conn)
        user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(
            f"ATTACH DATABASE ? AS {_ALIAS} KEY ?", (str(target), raw_key_literal(target_key))
        )
        try:
            conn.execute(f"PRAGMA {_ALIAS}.cipher_compatibility = 4").fetchall()
            conn.execute(f"SELECT sqlcipher_export('{_ALIAS}')").fetchall()
            # Not part of the export; an int, so it cannot carry anything else into SQL.
            conn.execute(f"PRAGMA {_ALIAS}.user_version = {user_version}").fetchall()
        finally:
            conn.execute(f"DETACH DATABASE {_ALIAS}")
        # ATTACH made the file under the umask (0644): only the owner may read it.
        target.chmod(0o600)
    except sqlcipher.Error as exc:
        raise StorageError(msg.REKEY_FAILED, code=type(exc).__name__) from None
    finally:
        conn.close()
    if verify_database(target, target_key) != counts:
        raise StorageError(msg.REKEY_MISMATCH)
