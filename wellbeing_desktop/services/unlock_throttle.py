"""Slowing down guessing: a growing wait after repeated wrong passphrases or recovery keys.

Decision (issue #6, "Wrong passphrase"): the wait is kept *in memory only*. Writing a
failure counter to disk would change the journal folder on every wrong passphrase, and
the folder must be left exactly as it was. So:

* The GUI keeps one ``GrowingDelay`` for as long as it runs: the first two failures cost
  nothing, then each new attempt waits 1, 2, 4, 8, 16 s and at most 30 s after the last
  failure. A right secret resets it.
* The CLI is a new process each time and cannot remember anything without a file, so it
  uses ``FixedDelay``: one second after every wrong secret, before the command exits.

Neither is a defence against someone who copies the key file (Argon2id is that); they
slow down guessing at the keyboard. The sleep function and the clock are injectable, so
tests run without waiting.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

Sleep = Callable[[float], None]
Monotonic = Callable[[], float]

FREE_FAILURES = 2
MAX_DELAY_SECONDS = 30.0
CLI_DELAY_SECONDS = 1.0


def growing_delay(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong secrets in a row: 0, 0, 1, 2, 4, … 30."""
    if failures <= FREE_FAILURES:
        return 0.0
    return min(MAX_DELAY_SECONDS, 2.0 ** (failures - FREE_FAILURES - 1))


class UnlockThrottle(Protocol):
    def before_attempt(self) -> None:
        """Called before a secret is tried; may sleep."""

    def failed(self) -> None:
        """The secret was wrong; may sleep."""

    def succeeded(self) -> None:
        """The secret was right."""

    @property
    def failures(self) -> int:
        """Wrong secrets in a row so far."""


class GrowingDelay:
    """In-process counter: each attempt after a failure waits ``growing_delay`` seconds."""

    def __init__(
        self,
        *,
        sleep: Sleep = time.sleep,
        monotonic: Monotonic = time.monotonic,
        delay: Callable[[int], float] = growing_delay,
    ) -> None:
        self._sleep = sleep
        self._monotonic = monotonic
        self._delay = delay
        self._lock = threading.Lock()
        self._failures = 0
        self._not_before = 0.0

    @property
    def failures(self) -> int:
        return self._failures

    def seconds_to_wait(self) -> float:
        """How long the next attempt will wait (for a hint in the unlock screen)."""
        with self._lock:
            return max(0.0, self._not_before - self._monotonic())

    def before_attempt(self) -> None:
        wait = self.seconds_to_wait()
        if wait > 0:
            self._sleep(wait)

    def failed(self) -> None:
        with self._lock:
            self._failures += 1
            self._not_before = self._monotonic() + self._delay(self._failures)

    def succeeded(self) -> None:
        with self._lock:
            self._failures = 0
            self._not_before = 0.0


class FixedDelay:
    """For a process that tries one secret: wait a fixed time after a wrong one."""

    def __init__(self, seconds: float = CLI_DELAY_SECONDS, *, sleep: Sleep = time.sleep) -> None:
        self._seconds = seconds
        self._sleep = sleep
        self._failures = 0

    @property
    def failures(self) -> int:
        return self._failures

    def before_attempt(self) -> None:
        return None

    def failed(self) -> None:
        self._failures += 1
        self._sleep(self._seconds)

    def succeeded(self) -> None:
        self._failures = 0
