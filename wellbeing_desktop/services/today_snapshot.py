"""What Today's first paint shows, read without SQLAlchemy: the start's snapshot.

A start with a remembered key paints Today from this snapshot, read read-only through the
SQLCipher driver alone (``storage.read_only.read_at_rest``, as ``show`` reads), while the
``Journal`` (SQLAlchemy, the ORM, the services) opens in a worker; Today's first save
waits for that open. The snapshot holds the same domain objects ``Journal.settings``,
``categories``, ``catalogue``, ``day`` and ``minutes_between`` return, built by the same
code (``storage.stored_settings``, ``storage.read_only``, ``domain.catalogues``).

None whenever anything is unusual (no key remembered in an unlocked Secret Service item,
a swap cut short, a restore under way, a schema to update, a damaged file, a journal
without categories yet): the caller then opens the journal the ordinary way.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from wellbeing_desktop.domain import catalogues
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.models import CatalogueKind
from wellbeing_desktop.domain.proposals import lookback_start
from wellbeing_desktop.security import keyfile, secret_service
from wellbeing_desktop.services.quick_search import read_with_key
from wellbeing_desktop.storage import check_record, read_only
from wellbeing_desktop.storage.stored_settings import calendar_files, settings_from_values

if TYPE_CHECKING:
    from datetime import date

    from wellbeing_desktop.domain.models import CatalogueItem, Category, DayLog, Settings
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.unlock_throttle import UnlockThrottle

_log = logging.getLogger(__name__)


class NothingRememberedError(Exception):
    """No key is remembered for the journal anywhere: the passphrase start needs no keyring."""


@dataclass(frozen=True, slots=True)
class TodaySnapshot:
    """Today as the journal holds it, for the first paint before the ``Journal`` opens.

    ``earlier``: the minutes of the days the habit's proposal looks at
    (``proposals.lookback_start(day)`` to the day before). ``data_key``: the key that
    read it, to open the ``Journal`` with (never shown in a repr).
    """

    day: date
    settings: Settings
    categories: list[Category]
    catalogues: dict[CatalogueKind, list[CatalogueItem]]
    stored: DayLog | None
    earlier: dict[date, dict[str, int]]
    calendar_files: tuple[str, ...]
    data_key: bytes = field(default=b"", repr=False, compare=False)


def read_snapshot(conn: Any, day: date) -> TodaySnapshot | None:
    """The snapshot of ``day`` from a keyed read-only connection (None: no categories).

    A journal without categories is left to the ordinary open, which writes the default ones.
    """
    categories = read_only.categories_rows(conn)
    if not categories:
        return None
    values = read_only.stored_settings(conn)
    own = read_only.own_catalogue_rows(conn)
    days = read_only.days_rows(conn, day, day)
    return TodaySnapshot(
        day=day,
        settings=settings_from_values(values),
        categories=categories,
        catalogues={
            kind: [*catalogues.built_in(kind), *(i for i in own if i.catalogue is kind)]
            for kind in CatalogueKind
        },
        stored=days[0] if days else None,
        earlier=read_only.minutes_rows(conn, lookback_start(day), day - timedelta(days=1)),
        calendar_files=calendar_files(values),
    )


def snapshot_with_passphrase(
    paths: JournalPaths, day: date, passphrase: str, throttle: UnlockThrottle
) -> TodaySnapshot | None:
    """The snapshot of ``day``, with the key ``passphrase`` unwraps; else None.

    The attempt is ``throttle``'s, as ``JournalAccess`` counts it (the GUI gives both the
    same one): it waits after wrong ones, and a wrong passphrase raises
    ``WrongPassphraseError``. A damaged key file gives None: the ordinary open words it.
    """
    throttle.before_attempt()
    try:
        data_key = keyfile.unlock_with_passphrase(paths.key_file, passphrase)
    except keyfile.WrongPassphraseError:
        _log.warning("unlock refused: wrong secret (%d in a row)", throttle.failures + 1)
        throttle.failed()
        raise
    except (keyfile.KeyFileError, WellbeingError, OSError, ValueError):
        return None
    throttle.succeeded()
    try:
        return read_with_key(paths, lambda key: _read(paths, day, key, "passphrase"), key=data_key)
    except (OSError, ValueError, TypeError):  # anything odd: the ordinary open words it
        return None


def _read(paths: JournalPaths, day: date, data_key: bytes, how: str) -> TodaySnapshot | None:
    # Every page checked, or a keyed record says a check passed today on the file as it
    # is (``check_record``): the first read of the day checks them all.
    snapshot = read_only.read_at_rest(
        paths.database,
        data_key,
        lambda conn: read_snapshot(conn, day),
        records=check_record.records_dir(),
    )
    if snapshot is None:
        return None
    _log.info("today read read-only (%s)", how)
    return dataclasses.replace(snapshot, data_key=data_key)


def snapshot_with_remembered_key(
    paths: JournalPaths,
    day: date,
    *,
    service: str = secret_service.SERVICE,
    collection: str | None = None,
) -> TodaySnapshot | None:
    """The snapshot of ``day``, with the key remembered in the Secret Service; else None."""

    def read(data_key: bytes) -> TodaySnapshot | None:
        return _read(paths, day, data_key, "keyring")

    try:
        return read_with_key(paths, read, service, collection)
    except (OSError, ValueError, TypeError):  # anything odd: the ordinary open words it
        return None


def nothing_remembered(paths: JournalPaths, service: str = secret_service.SERVICE) -> bool:
    """Whether the Secret Service surely holds no key for this journal (False in doubt).

    The GUI's start then waits for the passphrase without loading the ordinary keyring
    read (the services, ``keyring``), which would find nothing.
    """
    try:
        journal_id = keyfile.journal_id(paths.key_file)
    except (keyfile.KeyFileError, OSError, ValueError):
        return False
    return secret_service.nothing_remembered(journal_id, service)


def still_as_read(snapshot: TodaySnapshot, journal: Journal) -> bool:
    """Whether the open ``journal`` holds what ``snapshot`` read.

    Its day, lists, settings, and the earlier days the proposal was made from (a ``log``
    of an earlier day meanwhile changes the proposal). Not whether it is still today: a
    day that passed leaves Today on the day being edited, as it does while Today shows.
    """
    day = snapshot.day
    return (
        journal.day(day) == snapshot.stored
        and journal.minutes_between(lookback_start(day), day - timedelta(days=1))
        == snapshot.earlier
        and journal.settings() == snapshot.settings
        and journal.categories() == snapshot.categories
        and all(journal.catalogue(kind) == items for kind, items in snapshot.catalogues.items())
    )
