"""Search and show without opening the whole journal: the quick read of read-only commands.

``wellbeing-desktop search`` and ``show`` only read. They need neither SQLAlchemy nor a
writable connection nor ``keyring``'s backend discovery: ``read_with_key`` takes the key
from the Secret Service (``security.secret_service``, checked against the key file) or
unwraps it with a given passphrase, under the journal's shared lock, and the read runs
read-only on the file (``storage.read_only.read_at_rest``), also while another program
(the GUI) has it open. ``search_with_remembered_key`` answers exactly what
``Journal.search`` returns, ``days_with_remembered_key`` what ``Journal.days`` and
``Journal.categories`` return. A read makes no backup. Whenever this quick path does not
apply, they return None and the caller opens the journal the ordinary way
(``JournalAccess``), which then also gives every message a user may need.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.security import keyfile, secret_service
from wellbeing_desktop.storage import check_record, journal_lock, read_only, search
from wellbeing_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import date

    from wellbeing_desktop.domain.models import Category, DayLog
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.storage.search import SearchRows

# Search snippets mark the hit with these private-use characters, which journal text
# does not contain, so a bracket the user typed is never mistaken for a hit.
HIT_START = "\ue000"
HIT_END = "\ue001"

_log = logging.getLogger(__name__)
T = TypeVar("T")


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
    service: str = secret_service.SERVICE,
    collection: str | None = None,
    settings: dict[str, object] | None = None,
    passphrase: str | None = None,
) -> SearchHits | None:
    """What ``Journal.search(query)`` returns, or None: open the journal the ordinary way.

    ``settings``, when given, is filled with the journal's stored settings (its language).

    None when there is no journal or no key remembered in an unlocked Secret Service
    item, and whenever ``search_at_rest`` declines (damaged, needs a schema update, ...).
    ``passphrase``: the key is unwrapped with it instead (see ``read_with_key``).
    """

    def read(data_key: bytes) -> SearchHits | None:
        rows = read_only.search_at_rest(
            paths.database,
            data_key,
            query,
            limit=limit,
            mark_start=HIT_START,
            mark_end=HIT_END,
            settings_out=settings,
            records=check_record.records_dir(),
        )
        if rows is None:
            return None
        _log.info("journal searched read-only (%s)", _how(passphrase))
        return hits_from_rows(rows)

    return read_with_key(paths, read, service, collection, passphrase)


@dataclass(frozen=True, slots=True)
class ShownDays:
    """What ``show`` prints from: the days, the categories and the stored settings."""

    days: list[DayLog]
    categories: list[Category]
    settings: dict[str, object]


def days_with_remembered_key(
    paths: JournalPaths,
    start: date | None,
    end: date | None,
    *,
    service: str = secret_service.SERVICE,
    collection: str | None = None,
    passphrase: str | None = None,
) -> ShownDays | None:
    """``Journal.days(start, end)`` and ``Journal.categories()`` read in one snapshot.

    None when the quick path does not apply (as ``search_with_remembered_key``), and for a
    journal without categories (the ordinary open writes the default ones first).
    """

    def read(data_key: bytes) -> ShownDays | None:
        def in_snapshot(conn: Any) -> ShownDays | None:
            categories = read_only.categories_rows(conn)
            if not categories:
                return None
            days = read_only.days_rows(conn, start, end)
            return ShownDays(days, categories, read_only.stored_settings(conn))

        # Every page checked (``read_at_rest``, or a keyed record of such a check today of
        # the file as it is: ``check_record``): a damaged journal is refused by the full
        # open, with the backup to restore, wherever the damage is.
        records = check_record.records_dir()
        shown = read_only.read_at_rest(paths.database, data_key, in_snapshot, records=records)
        if shown is not None:
            _log.info("journal read read-only (%s)", _how(passphrase))
        return shown

    return read_with_key(paths, read, service, collection, passphrase)


def _how(passphrase: str | None) -> str:
    return "keyring" if passphrase is None else "passphrase"


def read_with_key(
    paths: JournalPaths,
    read: Callable[[bytes], T | None],
    service: str = secret_service.SERVICE,
    collection: str | None = None,
    passphrase: str | None = None,
    *,
    key: bytes | None = None,
) -> T | None:
    """``read(data_key)`` under the journal's shared lock, or None: the ordinary open.

    ``key``: a data key already in hand (the GUI's unlock derived it), used if it fits the
    key file; then neither the Secret Service nor ``passphrase`` is asked.

    The key is the one remembered in the Secret Service, or, with ``passphrase``, the one
    it unwraps from the key file (the Argon2id derivation any unlock with it pays).
    None when a swap was cut short, a restore is under way, there is no journal, no
    remembered key fits it, or ``read`` says None. A passphrase that does not open it
    raises ``WrongPassphraseError`` after the command line's wait (``_unwrapped_key``).
    The lock is the shared one (storage/journal_lock.py), taken without waiting: a program
    that has the journal open (the GUI) holds it shared too, so that does not stop this.
    """
    if paths.swap_intent.exists():
        return None  # an interrupted swap: the ordinary open finishes it and says so
    if not (paths.key_file.is_file() and paths.database.is_file()):
        return None  # no journal: no lock file either (the ordinary open says what to do)
    try:
        lock = journal_lock.acquire_shared(paths, wait=0)
    except StorageError:
        return None  # a restore under way (the ordinary open waits for it), or no lock file
    with lock:
        if not (paths.key_file.is_file() and paths.database.is_file()):
            return None  # swapped away meanwhile
        if key is not None:
            data_key = key if _fits(paths, key) else None
        elif passphrase is None:
            data_key = remembered_key(paths, service, collection)
        else:
            data_key = _unwrapped_key(paths, passphrase)
        return None if data_key is None else read(data_key)


def _fits(paths: JournalPaths, key: bytes) -> bool:
    try:
        return keyfile.key_fits(paths.key_file, key)
    except keyfile.KeyFileError:
        return False


def _unwrapped_key(paths: JournalPaths, passphrase: str) -> bytes | None:
    """The data key, or None (a damaged key file: the ordinary open words it).

    A wrong passphrase is refused here, as ``JournalAccess`` refuses it (its warning in the
    log, the command line's one-second wait, the same error): the ordinary open would pay
    a second key derivation only to say the same.
    """
    try:
        return keyfile.unlock_with_passphrase(paths.key_file, passphrase)
    except keyfile.WrongPassphraseError:
        # Only a refusal needs it: the quick read loads no more than it uses.
        from wellbeing_desktop.services.unlock_throttle import FixedDelay

        _log.warning("unlock refused: wrong secret (1 in a row)")
        FixedDelay().failed()
        raise
    except (keyfile.KeyFileError, WellbeingError):
        return None


def remembered_key(paths: JournalPaths, service: str, collection: str | None) -> bytes | None:
    """The key remembered in the Secret Service that fits the key file, or None."""
    try:
        journal_id = keyfile.journal_id(paths.key_file)
        return next(
            (
                key
                for key in secret_service.remembered_keys(journal_id, service, collection)
                if keyfile.key_fits(paths.key_file, key)
            ),
            None,
        )
    except keyfile.KeyFileError:
        return None
