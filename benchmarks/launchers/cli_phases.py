"""Where ``wellbeing-desktop search WORD`` (secret in the keyring) spends its time.

The same steps as ``cli.main`` → ``cli.quick_read.quick_search`` →
``services.quick_search.search_with_remembered_key``, each stamped: parse (and the log
set-up), imports, the lock and the key file, the Secret Service read, the read-only
search, print. (A journal damaged or not remembered takes the full open instead; one the
GUI has open is read through its log. A read makes no backup: #20.)

Usage: python cli_phases.py DATA_DIR WORD
"""

from __future__ import annotations

import sys

from paintwatch import finish, stamp


def main() -> None:
    data_dir, word = sys.argv[1], sys.argv[2]
    from wellbeing_desktop.cli.parser import build_parser
    from wellbeing_desktop.logs import setup_logging

    build_parser().parse_args(["search", word, "--data-dir", data_dir])
    setup_logging()
    stamp("parsed")
    from wellbeing_desktop.cli.search_output import search_lines
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services import quick_search

    stamp("imported")
    from wellbeing_desktop.security import keyfile, secret_service
    from wellbeing_desktop.storage import journal_lock, read_only

    paths = JournalPaths.resolve(data_dir)
    # As services.quick_search: the shared journal lock for as long as the file is read.
    lock = journal_lock.acquire_shared(paths, wait=0)
    journal_id = keyfile.journal_id(paths.key_file)
    stamp("checked")
    keys = [
        k for k in secret_service.remembered_keys(journal_id) if keyfile.key_fits(paths.key_file, k)
    ]
    stamp("keyring_read")
    if not keys:
        finish(error="the keyring holds no key for this journal")
    rows = read_only.search_at_rest(
        paths.database,
        keys[0],
        word,
        mark_start=quick_search.HIT_START,
        mark_end=quick_search.HIT_END,
    )
    stamp("searched")
    lock.release()
    if rows is None:
        finish(error="the quick path declined: the command takes the full open")
    hits = quick_search.hits_from_rows(rows)
    lines = search_lines(hits)
    sys.stdout.write("\n".join(lines[:0]))
    stamp("formatted")
    finish(hits=len(hits))


main()
