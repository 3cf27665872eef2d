"""Background work whose late results are dropped, and a write the lock waits for.

A card or dialog runs slow work off the GUI thread (``TaskRunner``); when the journal
locks (or a newer request replaces the old one) it calls ``drop()`` and a result that
arrives afterwards is not shown. A *write* (an import, an export) must not go on after
the journal closed: it is run with ``run_write`` and the lock calls ``finish()`` while the
journal is still open (``JournalSession.locking``). ``finish`` waits on the GUI thread
until the write has ended (an import is one transaction: all of it or nothing; an export
asked to stop removes its hidden folder) and returns its outcome, so that the user can be
told what happened (``ui/shell/open_notices``: after the next unlock).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from wellbeing_desktop.ui.common.tasks import TaskRunner


@dataclass
class WriteOutcome:
    """How a write ended: its result, or the exception it raised."""

    result: Any = None
    error: Exception | None = None
    ended: threading.Event = field(default_factory=threading.Event)


class GuardedTasks:
    """Runs work in the background for one card or dialog; ``drop()`` forgets pending results."""

    def __init__(self, tasks: TaskRunner) -> None:
        self._tasks = tasks
        self.generation = 0
        self._write: WriteOutcome | None = None

    def drop(self) -> None:
        """Results of work started before this are not delivered."""
        self.generation += 1

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run ``work`` off the GUI thread; call back unless ``drop()`` came in between."""
        generation = self.generation

        def success(result: Any) -> None:
            if generation == self.generation:
                on_success(result)

        def error(exc: Exception) -> None:
            if generation == self.generation:
                on_error(exc)

        self._tasks.run(work, success, error)

    def run_write(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """As ``run``, and ``finish()`` can wait for it and tell how it ended."""
        outcome = WriteOutcome()
        self._write = outcome

        def tracked() -> Any:
            try:
                outcome.result = work()
            except Exception as exc:
                outcome.error = exc
                raise
            finally:
                outcome.ended.set()
            return outcome.result

        self.run(tracked, on_success, on_error)

    @property
    def writing(self) -> bool:
        return self._write is not None and not self._write.ended.is_set()

    def finish(self) -> WriteOutcome | None:
        """Wait for the write in flight, drop its callbacks; its outcome (None: none ran).

        Called on the GUI thread while the journal is still open, only while the caller
        still waits for the write's callback: nothing is written after the journal closes.
        """
        outcome, self._write = self._write, None
        self.drop()
        if outcome is None:
            return None
        outcome.ended.wait()
        return outcome
