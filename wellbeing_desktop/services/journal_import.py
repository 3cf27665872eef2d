"""Entries of other journal apps in the open journal (issue #19), for ``Journal``.

Which entries were imported (by app and id), and the import itself: every new entry's
day written in one committed transaction, or nothing. The rules (what a day becomes)
are in ``services/foreign_import.py``. An import can be asked to stop (``stop``: the
journal is locking): it stops between two days or before the commit, the transaction is
rolled back and ``ImportStopped`` is raised; once the commit has begun it finishes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain import validation
from wellbeing_desktop.services.journal_core import JournalCore
from wellbeing_desktop.storage.day_logs import DayLogRepository
from wellbeing_desktop.storage.import_origins import ImportOriginRepository
from wellbeing_desktop.storage.repositories import CatalogueRepository, CategoryRepository

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from datetime import date

    from wellbeing_desktop.domain.foreign_entries import ForeignEntry
    from wellbeing_desktop.domain.models import CatalogueItem, DayLog

    Compose = Callable[
        [date, DayLog | None, Sequence[ForeignEntry]], tuple[DayLog, Sequence[ForeignEntry]]
    ]


class ImportStopped(Exception):  # noqa: N818 - a request, not an error
    """The import was asked to stop (the journal is locking); nothing was written."""


def _never() -> bool:
    return False


class JournalImport(JournalCore):
    """The entries imported from other journal apps, and the import's one transaction."""

    def imported_ids(self, source: str) -> frozenset[str]:
        """The ids of the entries of app ``source`` imported so far."""
        with self._read() as session:
            return ImportOriginRepository(session).ids(source)

    def import_entries(
        self,
        source: str,
        by_day: Iterable[tuple[date, Sequence[ForeignEntry]]],
        compose: Compose,
        *,
        stop: Callable[[], bool] = _never,
        new_items: Sequence[CatalogueItem] = (),
    ) -> int:
        """Write the entries of ``by_day`` not imported yet; all or nothing. How many.

        ``by_day`` is read while the transaction is open (a stream of the file's days); a
        day that comes twice is composed from what the first time wrote.

        ``compose(day, stored, entries)`` is the day as it will be stored and the entries
        it took (it raises when the day cannot take them); the others the day held
        already. Each day is checked as a saved day is, and each entry is remembered (taken
        or not), in the same committed transaction. Returns how many entries were taken.

        ``new_items`` (own signals, demands and resources the days name) are added first,
        those whose key no item has yet, each checked as an own item is.

        ``stop()`` is asked before each day and before the commit; when it says so the
        transaction is rolled back and nothing is written.

        Raises:
            ImportStopped: ``stop()`` said so before the commit; nothing was written.
        """
        written = 0
        for item in new_items:
            validation.validate_catalogue_item(item)
        with self._write() as session:
            catalogue = CatalogueRepository(session)
            for item in new_items:
                catalogue.add(item)  # passed over if an item has its key
            origins = ImportOriginRepository(session)
            known = set(origins.ids(source))
            days = DayLogRepository(session)
            keys = CategoryRepository(session).keys()
            now = self._clock()
            for day, entries in by_day:
                if stop():
                    raise ImportStopped
                new = [entry for entry in entries if entry.source_id not in known]
                if not new:
                    continue
                log, taken = compose(day, days.get(day), new)
                if taken:
                    validation.validate_day_log(log, today=self.today(), category_keys=keys)
                    days.save(log, now=now)
                for entry in new:
                    origins.add(source, entry.source_id, day, now=now)
                    known.add(entry.source_id)
                written += len(taken)
            if stop():  # the last moment: after this the commit finishes
                raise ImportStopped
        return written
