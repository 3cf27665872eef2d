"""Search with the key remembered in the keyring, without opening the whole journal.

``wellbeing-desktop search`` only reads. When the key is in the Secret Service and no
program has the journal open, it needs neither SQLAlchemy nor a writable connection nor
``keyring``'s backend discovery: ``search_with_remembered_key`` reads the key from the
Secret Service (``security.secret_service``), checks it against the key file, and runs the
search read-only on the file (``storage.read_only.search_at_rest``, which also checks
every page). Its answer is exactly what ``Journal.search`` returns. Whenever this quick
path does not apply, it returns None and the caller opens the journal the ordinary way
(``JournalAccess``), which then also gives every message a user may need.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from wellbeing_desktop.security import keyfile, secret_service
from wellbeing_desktop.storage import backup_rotation, journal_lock, read_only, search
from wellbeing_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.storage.search import SearchRows

# Search snippets mark the hit with these private-use characters, which journal text
# does not contain, so a bracket the user typed is never mistaken for a hit.
HIT_START = "\ue000"
HIT_END = "\ue001"

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result: what matched, on which day, with the hit marked in the snippet."""

    kind: str  # "day" | "sparring" | "one_on_one"
    ref: int
    day: date
    snippet: str  # the hit between HIT_START and HIT_END


class SearchHits(list[SearchHit]):
    """The hits found (at most the limit), newest first, and how many match in all."""

    def __init__(self, hits: Sequence[SearchHit], total: int) -> None:
        super().__init__(hits)
        self.total = total


def hits_from_rows(rows: SearchRows) -> SearchHits:
    """The storage's rows as hits, with their total."""
    return SearchHits([SearchHit(r.kind, r.ref, r.day, r.snippet) for r in rows], rows.total)


def only_excluded(query: str) -> bool:
    """The query holds words to leave out (``-word``, ``NOT word``) and none to look for."""
    return search.parse_query(query).only_excluded


def search_with_remembered_key(
    paths: JournalPaths,
    query: str,
    *,
    limit: int = search.DEFAULT_LIMIT,
    clock: Callable[[], datetime] = datetime.now,
    service: str = secret_service.SERVICE,
    collection: str | None = None,
    settings: dict[str, object] | None = None,
) -> SearchHits | None:
    """What ``Journal.search(query)`` returns, or None: open the journal the ordinary way.

    ``settings``, when given, is filled with the journal's stored settings (its language).

    None when there is no journal or no key remembered in an unlocked Secret Service
    item, when today's automatic backup is still to be made (the ordinary open makes
    it), and whenever ``search_at_rest`` declines (the journal is in use, damaged, needs
    a schema update, ...).
    """
    if paths.swap_intent.exists():
        return None  # an interrupted swap: the ordinary open finishes it and says so
    try:
        lock = journal_lock.acquire_shared(paths, wait=0)
    except StorageError:
        return None  # a restore under way (the ordinary open waits for it), or no lock file
    with lock:
        return _search_locked(paths, query, limit, clock, service, collection, settings)


def _search_locked(
    paths: JournalPaths,
    query: str,
    limit: int,
    clock: Callable[[], datetime],
    service: str,
    collection: str | None,
    settings: dict[str, object] | None,
) -> SearchHits | None:
    if not (paths.key_file.is_file() and paths.database.is_file()):
        return None
    if backup_rotation.daily_backup_due(paths.backups, clock()):
        return None
    try:
        journal_id = keyfile.journal_id(paths.key_file)
        data_key = next(
            (
                key
                for key in secret_service.remembered_keys(journal_id, service, collection)
                if keyfile.key_fits(paths.key_file, key)
            ),
            None,
        )
    except keyfile.KeyFileError:
        return None
    if data_key is None:
        return None
    rows = read_only.search_at_rest(
        paths.database,
        data_key,
        query,
        limit=limit,
        mark_start=HIT_START,
        mark_end=HIT_END,
        settings_out=settings,
    )
    if rows is None:
        return None
    _log.info("journal searched read-only (keyring)")
    return hits_from_rows(rows)
