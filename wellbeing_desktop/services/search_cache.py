"""The Journal view's searches, kept for as long as the journal has not changed.

Search as you type asks again for what it asked a moment before: a keystroke taken back
("budg", then "bud" again), and a query's first page again with the whole limit (the
rest of the list). The last few searches are kept under a mark of the journal's state,
as the Trends view's summaries are (``TrendsCache``):

- a write of this journal (any ``Journal._write``, committed or not) moves its revision;
- a commit by any other connection to the file (another process, such as the CLI beside
  the GUI, or the journal's own writer) moves ``PRAGMA data_version`` of the connection
  the search reads on (``storage.series.change_mark``).

Also kept under that mark: whether the tables date every entry of the index
(``storage.search.entries_all_dated``, true in a sound journal), so that a search need
not look for entries they do not (a third of a one-letter search at thirty years).

What is kept holds the journal's text (the snippets): ``clear`` on lock.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wellbeing_desktop.storage.search import SearchRows

# A keystroke taken back, and a query's two pages: a handful of searches is enough.
KEPT = 4

_Mark = tuple[int, int, int]
_Key = tuple[str, str, str]  # query, mark start, mark end


class SearchCache:
    """The latest searches by query and journal state; safe to use from any thread."""

    def __init__(self, kept: int = KEPT) -> None:
        self._kept = kept
        self._lock = threading.Lock()
        self._mark: _Mark | None = None
        self._closed = False  # the journal locked: nothing is kept any more
        self._all_dated: bool | None = None
        self._found: OrderedDict[_Key, tuple[SearchRows, int]] = OrderedDict()

    def search(
        self,
        session: Session,
        revision: int,
        query: str,
        *,
        limit: int,
        mark_start: str,
        mark_end: str,
    ) -> SearchRows:
        """``storage.search.search`` for the journal at ``revision``, read in ``session``.

        ``revision`` is the journal's write count taken before ``session`` began, and
        this must be the transaction's first read (as for ``TrendsCache.summaries``).
        A search kept with at least ``limit`` rows (or all there are) answers a smaller
        one: the order is fully determined, so its first rows are the smaller one's.
        """
        # Imported here: the journal's core makes a cache on every open, the CLI's light
        # commands included.
        from wellbeing_desktop.storage import search, series

        mark: _Mark = (revision, *series.change_mark(session))
        key: _Key = (query, mark_start, mark_end)
        with self._lock:
            if mark != self._mark:
                self._mark, self._all_dated = mark, None
                self._found.clear()
            kept = self._found.get(key)
            if kept is not None:
                rows, kept_limit = kept
                if limit <= kept_limit or len(rows) == rows.total:
                    self._found.move_to_end(key)
                    return search.SearchRows(rows[: max(limit, 0)], rows.total)
            all_dated = self._all_dated
        if all_dated is None:
            all_dated = search.entries_all_dated(session)
        rows = search.search(
            session,
            query,
            limit=limit,
            mark_start=mark_start,
            mark_end=mark_end,
            all_dated=all_dated,
        )
        with self._lock:
            if mark == self._mark and not self._closed:
                self._all_dated = all_dated
                kept = self._found.get(key)
                if kept is None or kept[1] < limit:  # a bigger one read meanwhile stays
                    self._found[key] = (rows, limit)
                self._found.move_to_end(key)
                while len(self._found) > self._kept:
                    self._found.popitem(last=False)
        return rows

    def clear(self) -> None:
        """Forget every search kept, and keep none from now on.

        The journal locks: no text of it stays behind, also from a search still
        reading on a worker while the journal closes.
        """
        with self._lock:
            self._closed = True
            self._found.clear()
            self._mark, self._all_dated = None, None
