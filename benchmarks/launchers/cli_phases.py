"""Where ``wellbeing-desktop search WORD`` (secret in the keyring) spends its time.

The same steps as ``cli.main`` → ``cli_commands.cmd_search`` → ``JournalAccess
.open_with_keyring``, each stamped: parse, imports, keyring read, open, search, print.

Usage: python cli_phases.py DATA_DIR WORD
"""

from __future__ import annotations

import sys

from paintwatch import FixedKey, finish, stamp


def main() -> None:
    data_dir, word = sys.argv[1], sys.argv[2]
    from wellbeing_desktop.cli import build_parser

    build_parser().parse_args(["search", word, "--data-dir", data_dir])
    stamp("parsed")
    from wellbeing_desktop.cli_commands import run_command  # noqa: F401 - its import cost

    stamp("imported")
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.security import keyfile
    from wellbeing_desktop.security.keyring_store import KeyringStore
    from wellbeing_desktop.services.access import JournalAccess

    paths = JournalPaths.resolve(data_dir)
    key = KeyringStore().recall(keyfile.journal_id(paths.key_file))
    stamp("keyring_read")
    if key is None:
        finish(error="the keyring holds no key for this journal")
    journal = JournalAccess(paths, keyring=FixedKey.store(key)).open_with_keyring()
    stamp("opened")
    hits = journal.search(word)
    stamp("searched")
    lines = [f"{h.day.isoformat()}  {h.kind:<8}  {' '.join(h.snippet.split())}" for h in hits]
    sys.stdout.write("\n".join(lines[:0]))
    stamp("formatted")
    journal.close()
    stamp("closed")
    finish(hits=len(hits))


main()
