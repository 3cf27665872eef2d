"""A floor for the search command's time.

A floor for ``wellbeing-desktop search WORD`` (a measurement, not a proposal of code): the least a
process must do for the same answer.

Python starts, imports only the SQLCipher driver and the Secret Service client, reads the
data key the app remembered (same item, same keyring), keys SQLCipher with it (raw key,
no KDF), runs the app's own search SQL once and prints the lines. No SQLAlchemy, no ORM,
no keyring backend discovery, no schema or integrity check. The suite compares this with
the real command to show how much of its time the command's own choices cost.

Usage: python cli_floor.py DATA_DIR WORD [--via-keyring]

With ``--raw`` first, the floor the CLI rows are judged against: the data key comes from
the suite (``BENCH_DATA_KEY``, hex; no keyring in the floor at all), and the one query
is what the command answers with:

    BENCH_DATA_KEY=<hex> python cli_floor.py --raw show DATA_DIR FROM TO   # a week's rows
    BENCH_DATA_KEY=<hex> python cli_floor.py --raw log DATA_DIR DAY        # 1 update, commit
    BENCH_DATA_KEY=<hex> python cli_floor.py --raw search DATA_DIR WORD    # the FTS query
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


SHOW_SQL = (
    "SELECT d.day, d.hours_worked_minutes, d.stress_step, d.energy, d.demands, d.resources, "
    "group_concat(m.category_key || '=' || m.minutes) FROM day_logs d "
    "LEFT JOIN day_minutes m ON m.day_log_id = d.id "
    "WHERE d.day BETWEEN ? AND ? GROUP BY d.id ORDER BY d.day"
)
LOG_UPDATE_SQL = "UPDATE day_logs SET energy = ?, updated_at = ? WHERE day = ?"
LOG_INSERT_SQL = (
    "INSERT INTO day_logs (day, energy, reflection, share, created_at, updated_at) "
    "VALUES (?, ?, '', 'private', ?, ?)"
)


def raw(command: str, data_dir: Path, *args: str) -> None:
    import os

    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(data_dir / "journal.db"))
    conn.execute(f"PRAGMA key = \"x'{os.environ['BENCH_DATA_KEY']}'\"")
    if command == "show":
        rows = conn.execute(SHOW_SQL, (args[0], args[1])).fetchall()
        out = [" ".join(str(v) for v in row) for row in rows]
    elif command == "log":
        from datetime import datetime

        now = datetime.now().isoformat(sep=" ")
        if conn.execute(LOG_UPDATE_SQL, (3, now, args[0])).rowcount == 0:
            conn.execute(LOG_INSERT_SQL, (args[0], 3, now, now))
        conn.commit()
        out = [f"{args[0]} logged"]
    else:
        expression = " ".join(f'"{w}"*' for w in re.findall(r"\w+", args[0]))
        rows = conn.execute(SQL, (expression,)).fetchall()
        out = [f"{day}  {kind:<8}  {' '.join(snip.split())}" for kind, _ref, day, snip in rows]
    conn.close()
    sys.stdout.write("\n".join(out) + "\n")


def main() -> None:
    if sys.argv[1] == "--raw":
        raw(sys.argv[2], Path(sys.argv[3]), *sys.argv[4:])
        return
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
