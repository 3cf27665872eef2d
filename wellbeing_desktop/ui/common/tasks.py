"""Slow work (key derivation, searches, exports) off the GUI thread.

A task runs in Qt's global thread pool; its result or its error comes back to the GUI
thread through a queued signal. Workers never touch widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.ui.common.translation import Message, tr, translatable

if TYPE_CHECKING:
    from collections.abc import Callable

    from wellbeing_desktop.domain.language import Language


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs callables in the background and calls back on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def done() -> None:
            self._relays.discard(relay)
            relay.deleteLater()

        relay.succeeded.connect(on_success)
        relay.failed.connect(on_error)
        relay.succeeded.connect(done)
        relay.failed.connect(done)
        self._pool.start(_Task(work, relay))

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for every task (used on quit and in tests)."""
        return self._pool.waitForDone(msecs)


UNEXPECTED: Message = translatable("tasks", "Something went wrong ({name}). Nothing was lost.")


def user_message(exc: Exception, language: Language) -> str:
    """The line to show for an error, in ``language``.

    The line to show for an error, in ``language``: a known error's own words (in English
    when they have no translation), else a neutral one. Never a traceback.
    """
    if isinstance(exc, WellbeingError):
        # Imported here: its word tables are not needed to show the first window.
        from wellbeing_desktop.ui.common.error_words import error_message

        return error_message(exc, language)
    return tr(UNEXPECTED, language).format(name=type(exc).__name__)
