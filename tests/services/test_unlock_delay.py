"""Wrong passphrases: a growing wait in the GUI's process, one second per failure in the CLI."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.security.keyfile import WrongPassphraseError, WrongRecoveryKeyError
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.unlock_throttle import FixedDelay, GrowingDelay, growing_delay

if TYPE_CHECKING:
    from pathlib import Path


class FakeTime:
    """A monotonic clock that moves only when someone sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    def monotonic(self) -> float:
        return self.now


def test_the_schedule_grows_and_is_capped() -> None:
    assert [growing_delay(n) for n in range(1, 11)] == [0, 0, 1, 2, 4, 8, 16, 30, 30, 30]


def test_each_attempt_after_repeated_failures_waits_longer() -> None:
    fake = FakeTime()
    throttle = GrowingDelay(sleep=fake.sleep, monotonic=fake.monotonic)
    waits = []
    for _ in range(8):
        before = len(fake.slept)
        throttle.before_attempt()
        waits.append(sum(fake.slept[before:]))
        throttle.failed()
    assert waits == [0, 0, 0, 1, 2, 4, 8, 16]
    assert throttle.failures == 8

    # Time that has passed counts: after 20 s only the rest of the 30 s is waited.
    fake.now += 20
    assert throttle.seconds_to_wait() == pytest.approx(10)
    throttle.before_attempt()
    assert fake.slept[-1] == pytest.approx(10)

    throttle.succeeded()
    assert throttle.failures == 0
    assert throttle.seconds_to_wait() == 0


def test_the_cli_waits_one_second_after_each_failure() -> None:
    slept: list[float] = []
    throttle = FixedDelay(sleep=slept.append)
    throttle.before_attempt()
    throttle.failed()
    throttle.failed()
    assert slept == [1.0, 1.0]


def _snapshot(root: Path) -> dict[str, tuple[str, int]]:
    return {
        str(p.relative_to(root)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_the_service_enforces_the_wait_and_writes_nothing(tmp_path: Path) -> None:
    fake = FakeTime()
    access = JournalAccess(
        JournalPaths(tmp_path / "journal"),
        kdf=keyfile.TEST_KDF,
        clock=fixed_clock,
        throttle=GrowingDelay(sleep=fake.sleep, monotonic=fake.monotonic),
    )
    journal, code = access.create(PASSPHRASE)
    journal.close()
    before = _snapshot(access.paths.root)

    for _ in range(3):
        with pytest.raises(WrongPassphraseError):
            access.open_with_passphrase("not it at all")
    with pytest.raises(WrongRecoveryKeyError):
        access.open_with_recovery_key("0000-0000-0000-0000-0000-0000-0000-0000")
    with pytest.raises(WrongPassphraseError):
        access.change_passphrase("still not it", "a brand new passphrase")
    assert fake.slept == [1, 2]  # attempts 4 and 5 waited
    assert access.throttle.failures == 5
    assert _snapshot(access.paths.root) == before  # no failure counter on disk

    # The right passphrase waits its turn too, then resets the count.
    access.open_with_passphrase(PASSPHRASE).close()
    assert fake.slept == [1, 2, 4]
    assert access.throttle.failures == 0
    access.open_with_recovery_key(code).close()
    assert fake.slept == [1, 2, 4]


def test_a_damaged_key_file_is_not_counted_as_a_guess(tmp_path: Path) -> None:
    fake = FakeTime()
    access = JournalAccess(
        JournalPaths(tmp_path / "journal"),
        kdf=keyfile.TEST_KDF,
        throttle=GrowingDelay(sleep=fake.sleep, monotonic=fake.monotonic),
    )
    access.create(PASSPHRASE)[0].close()
    access.paths.key_file.write_text("{}", encoding="utf-8")
    for _ in range(5):
        with pytest.raises(keyfile.KeyFileError):
            access.open_with_passphrase(PASSPHRASE)
    assert access.throttle.failures == 0
    assert fake.slept == []
