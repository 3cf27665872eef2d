"""A floor for the search command's time.

A floor for ``wellbeing-desktop search WORD`` (a measurement, not a proposal of code): the least a
process must do for the same answer.

Python starts, imports only the SQLCipher driver and the Secret Service client, reads the
data key the app remembered (same item, same keyring), keys SQLCipher with it (raw key,
no KDF), runs the app's own search SQL once and prints the lines. No SQLAlchemy, no ORM,
no keyring backend discovery, no schema or integrity check. The suite compares this with
the real command to show how much of its time the command's own choices cost.

Usage: python cli_floor.py DATA_DIR WORD [--via-keyring]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SQL = (
    "SELECT kind, ref, day, snippet(search_index, 3, '[', ']', '…', 12) "
    "FROM search_index WHERE search_index MATCH ? ORDER BY day DESC, rank LIMIT 200"
)


def main() -> None:
    data_dir, word = Path(sys.argv[1]), sys.argv[2]
    journal_id = json.loads((data_dir / "journal.key").read_text())["journal_id"]
    if "--via-keyring" in sys.argv:
        import keyring

        secret = keyring.get_password("wellbeing-desktop", journal_id)
    else:
        import secretstorage

        connection = secretstorage.dbus_init()
        collection = secretstorage.get_default_collection(connection)
        items = collection.search_items({"service": "wellbeing-desktop", "username": journal_id})
        item = next(items, None)
        secret = item.get_secret().decode() if item is not None else None
    if secret is None:
        sys.stderr.write("no key in the keyring\n")
        sys.exit(1)
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(data_dir / "journal.db"))
    conn.execute(f"PRAGMA key = \"x'{secret}'\"")
    expression = " ".join(f'"{w}"*' for w in re.findall(r"\w+", word))
    rows = conn.execute(SQL, (expression,)).fetchall()
    out = [f"{day}  {kind:<8}  {' '.join(snippet.split())}" for kind, _ref, day, snippet in rows]
    sys.stdout.write("\n".join(out) + "\n")


main()
