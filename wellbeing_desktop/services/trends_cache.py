"""The Trends view's period summaries, kept for as long as the journal has not changed.

Switching the view's range or granularity back and forth asks for the same summaries again
(and the insights for the weekly ones): they are kept, a few at a time, under a mark of
the journal's state, and made again once anything may have changed. A range's weeks are
made with its months or days, from the same rows (the view's insights ask for them
next), unless they are kept already:

- a write of this journal (any ``Journal._write``, committed or not) moves its revision;
- a commit by any other connection to the file (another process, such as the CLI beside
  the GUI, or another connection of this one) moves ``PRAGMA data_version`` of the
  connection the summaries are read on (``storage.series.change_mark``).

A lock, a restore or a new key open a new ``Journal`` with a new, empty cache.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from sqlalchemy.orm import Session

    from wellbeing_desktop.domain.aggregation import Granularity, PeriodSummary

# A range's summaries by day are a few thousand small values over ten years: a handful
# of requests (the view's granularities of "All" and the last range) are enough.
KEPT = 6

_Key = tuple[int, int, int, "Granularity", "date", "date"]


class TrendsCache:
    """Period summaries by request and journal state; safe to use from any thread."""

    def __init__(self, kept: int = KEPT) -> None:
        self._kept = kept
        self._entries: OrderedDict[_Key, tuple[PeriodSummary, ...]] = OrderedDict()
        self._lock = threading.Lock()
        self._revision = -1

    def summaries(
        self,
        session: Session,
        revision: int,
        granularity: Granularity,
        start: date | None,
        end: date | None,
    ) -> list[PeriodSummary]:
        """``trends.summaries`` for the journal at ``revision``, read in ``session``.

        ``revision`` is the journal's write count taken before ``session`` began, and
        this must be the transaction's first read: the summaries kept then hold at
        least every change the mark stands for.
        """
        # Imported here: the journal's core makes a cache on every open, the CLI's
        # light commands included; only the Trends reads need the queries.
        from wellbeing_desktop.domain.aggregation import Granularity
        from wellbeing_desktop.services import trends
        from wellbeing_desktop.storage import series

        week = Granularity.WEEK

        token, data_version = series.change_mark(session)
        # Keyed by the dates the range stands for: "from the first day" (the view's
        # "All") and that day itself (the insights of "All") are the same summaries.
        span = trends.resolve_range(session, start, end)
        if span is None:
            return []
        first, last = span
        mark = (revision, token, data_version)
        key: _Key = (*mark, granularity, first, last)
        weeks_key: _Key = (*mark, week, first, last)
        with self._lock:
            if revision != self._revision:
                self._entries.clear()  # no earlier revision comes back
                self._revision = revision
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                return list(found)
            # The view's insights ask for the range's weeks next: made from the same rows.
            wanted = [granularity]
            if granularity is not week and weeks_key not in self._entries:
                wanted.append(week)
        made = trends.summaries_by(session, wanted, first, last)
        with self._lock:
            if revision == self._revision:
                for made_granularity in reversed(wanted):  # the one asked for newest
                    self._entries[(*mark, made_granularity, first, last)] = tuple(
                        made[made_granularity]
                    )
                while len(self._entries) > self._kept:
                    self._entries.popitem(last=False)
        return made[granularity]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
