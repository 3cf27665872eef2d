"""The journal held open as the GUI holds it, while the suite runs CLI commands beside it.

Opens the journal as the app does with a remembered key (``JournalAccess.open_with_keyring``:
the shared journal lock, the keyed SQLAlchemy engine, WAL), reads today as the Today view
does, prints ``{"ready": 1}`` and holds everything open until its stdin closes.

Usage: python hold_open.py DATA_DIR
"""

from __future__ import annotations

import json
import sys


def main() -> None:
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.access import JournalAccess

    journal = JournalAccess(JournalPaths.resolve(sys.argv[1])).open_with_keyring()
    if journal is None:
        sys.stdout.write(json.dumps({"error": "no key remembered"}) + "\n")
        sys.exit(1)
    journal.day(journal.today())
    sys.stdout.write(json.dumps({"ready": 1}) + "\n")
    sys.stdout.flush()
    sys.stdin.read()  # until the suite closes our stdin
    journal.close()


main()
