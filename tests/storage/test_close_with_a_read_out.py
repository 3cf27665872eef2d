"""A journal closed while a worker still reads closes that connection as it comes back.

A lock can come while a view's read runs in a worker (the lock during the start's open
opens the journal, saves what was typed, and closes it at once). The pool's dispose closes
only the connections it holds; the one out would have gone back to the discarded pool and
stayed open, keyed, with the file held, behind the lock screen.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal


def _held(database: Path) -> int:
    """How many of this process's file descriptors name the journal file."""
    fds = "/proc/self/fd"
    count = 0
    for fd in os.listdir(fds):
        try:
            if os.readlink(os.path.join(fds, fd)) == str(database):
                count += 1
        except OSError:
            continue
    return count


def test_a_read_still_out_when_the_journal_closes_is_closed_when_it_ends(
    journal: Journal,
) -> None:
    database = journal._paths.database
    reading, closed = threading.Event(), threading.Event()

    def worker_read() -> None:
        with journal._read() as session:
            session.execute(text("SELECT count(*) FROM day_logs")).scalar()
            reading.set()
            closed.wait(10)  # still reading while the journal closes

    worker = threading.Thread(target=worker_read)
    worker.start()
    assert reading.wait(10)
    journal.close()
    closed.set()
    worker.join(10)
    assert _held(database) == 0
