"""The guard against differencing two group pictures of a round (issue #18), on real journals.

Eight leaders (short demo journals, seeds 1 to 8) share a pulse each, and the first one
shares again later; the facilitator's journal (a copy per test, so that each test starts
with no picture made) combines them. A picture that differs from an earlier one of the
round by one or two leaders is refused with one line and recorded nowhere; the very same
pulses again make the very same picture; the guard's memory stays in the encrypted
journal (through a close and a reopen) and out of the JSON export.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE
from tests.services.export_data import export_to
from wellbeing_desktop import words
from wellbeing_desktop.domain.error_wording import word_error
from wellbeing_desktop.domain.pulse import PulseTooFewError
from wellbeing_desktop.domain.pulse_guard import PulseCombination, leaders_apart, too_close
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services import pulse
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.demo import generate_demo
from wellbeing_desktop.services.pulse import PulseFileError, PulseTooCloseError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from wellbeing_desktop.domain.pulse import GroupPicture, PulseRound
    from wellbeing_desktop.services.journal import Journal

DEMO_END = date(2026, 11, 22)  # a Sunday: the round is the three whole weeks before it
START, END = date(2026, 11, 2), DEMO_END
SEEDS = range(1, 9)
FIRST_PICTURE = datetime(2026, 11, 27, 9, 15)


class Clock:
    """A journal's clock that a test moves on."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclasses.dataclass(frozen=True)
class Sent:
    """What the leaders sent: a round file, one pulse file each, and leader 1's second."""

    folder: Path
    round: PulseRound
    pulses: list[Path]
    resent: Path


def _access(root: Path, clock: Clock) -> JournalAccess:
    return JournalAccess(JournalPaths(root), kdf=keyfile.TEST_KDF, clock=clock)


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Sent:
    folder = tmp_path_factory.mktemp("guard")
    facilitator, _code = _access(folder / "facilitator", Clock(FIRST_PICTURE)).create(PASSPHRASE)
    pulse_round = pulse.start_round(facilitator, name="Ledergruppen", start=START, end=END)
    facilitator.close()
    round_file = folder / pulse.round_file_name(pulse_round)
    pulse.write_round_file(pulse_round, round_file)
    pulses: list[Path] = []
    resent = folder / "resent.json"
    for seed in SEEDS:
        clock = Clock(datetime(2026, 11, 26, 17, 30))
        leader, _code = _access(folder / f"leader{seed}", clock).create(PASSPHRASE)
        leader.import_content(generate_demo(days=21, seed=seed, end=DEMO_END))
        received = pulse.read_round_file(round_file)
        shared = pulse.preview_pulse(leader, received, include_who5=False)
        target = folder / f"{seed}-{pulse.pulse_file_name(received)}"
        pulse.share_pulse(leader, received, shared, target)
        pulses.append(target)
        if seed == 1:  # the first leader sends again an hour later (the same figures)
            clock.now += timedelta(hours=1)
            pulse.share_pulse(leader, received, shared, resent)
        leader.close()
    return Sent(folder, pulse_round, pulses, resent)


@dataclasses.dataclass
class Facilitator:
    """The facilitator's journal, a fresh copy for one test, and its clock."""

    root: Path
    clock: Clock
    journal: Journal
    round_id: str

    def combine(self, files: list[Path]) -> GroupPicture:
        self.clock.now += timedelta(minutes=10)
        return pulse.combine(self.journal, self.round_id, files)

    def reopen(self) -> None:
        self.journal.close()
        self.journal = _access(self.root, self.clock).open_with_passphrase(PASSPHRASE)


@pytest.fixture
def facilitator(sent: Sent, tmp_path: Path) -> Iterator[Facilitator]:
    root = tmp_path / "facilitator"
    shutil.copytree(sent.folder / "facilitator", root)
    clock = Clock(FIRST_PICTURE - timedelta(minutes=10))
    opened = Facilitator(
        root, clock, _access(root, clock).open_with_passphrase(PASSPHRASE), sent.round.round_id
    )
    yield opened
    opened.journal.close()


def _remembered(facilitator: Facilitator) -> list[int]:
    """How many pulses went into each picture the journal remembers, oldest first."""
    made = facilitator.journal.pulse_combinations(facilitator.round_id)
    return [len(combination.pulses) for combination in made]


def _refused_by_one(facilitator: Facilitator, files: list[Path]) -> PulseTooCloseError:
    with pytest.raises(PulseTooCloseError) as refused:
        facilitator.combine(files)
    assert refused.value.leaders == 1
    return refused.value


# --- the guard ------------------------------------------------------------------------------


def test_five_then_the_same_five_and_a_sixth_is_refused_in_one_line(
    sent: Sent, facilitator: Facilitator
) -> None:
    assert facilitator.combine(sent.pulses[:5]).leaders == 5

    refused = _refused_by_one(facilitator, sent.pulses[:6])

    line = str(refused)
    assert "\n" not in line
    assert line == (
        "the group picture would differ from the one made on 2026-11-27 at 09:15 by only "
        "one leader, so one leader's figures could be read from the difference; combine "
        "again when at least 3 more leaders have sent a pulse (or with the same files); "
        "nothing was combined"
    )
    danish = word_error(refused, lambda source: words.danish("errors", source), str)
    assert danish == (
        "gruppebilledet ville kun adskille sig fra det, der blev lavet den 2026-11-27 kl. "
        "09:15, med én leder, så én leders tal ville kunne læses ud af forskellen; læg "
        "pulserne sammen igen, når mindst 3 ledere mere har sendt en puls (eller med de "
        "samme filer); intet blev lagt sammen"
    )
    assert _remembered(facilitator) == [5]


def test_the_same_six_again_make_the_same_picture(sent: Sent, facilitator: Facilitator) -> None:
    first = facilitator.combine(sent.pulses[:6])
    # The same files in another order, one of them named twice: the same six pulses.
    again = facilitator.combine([*reversed(sent.pulses[:6]), sent.pulses[0]])

    assert again == first
    assert again.leaders == 6
    assert _remembered(facilitator) == [6]  # the same pulses are remembered once


def test_six_then_five_of_them_is_refused(sent: Sent, facilitator: Facilitator) -> None:
    facilitator.combine(sent.pulses[:6])

    _refused_by_one(facilitator, sent.pulses[1:6])

    assert _remembered(facilitator) == [6]


def test_five_then_eight_is_allowed_and_then_seven_of_them_is_not(
    sent: Sent, facilitator: Facilitator
) -> None:
    facilitator.combine(sent.pulses[:5])

    assert facilitator.combine(sent.pulses).leaders == 8

    # Seven of the eight differ from the eight by one leader and from the five by two.
    with pytest.raises(PulseTooCloseError) as refused:
        facilitator.combine(sent.pulses[:7])
    assert refused.value.leaders == 1
    assert "made on 2026-11-27 at 09:25 by only one leader" in str(refused.value)
    assert _remembered(facilitator) == [5, 8]


def test_two_more_leaders_are_refused_naming_two(sent: Sent, facilitator: Facilitator) -> None:
    facilitator.combine(sent.pulses[:5])

    with pytest.raises(PulseTooCloseError) as refused:
        facilitator.combine(sent.pulses[:7])

    assert refused.value.leaders == 2
    assert "by only two leaders, so one leader's figures" in str(refused.value)
    assert _remembered(facilitator) == [5]


def test_a_pulse_sent_again_is_a_difference(sent: Sent, facilitator: Facilitator) -> None:
    facilitator.combine(sent.pulses[:6])

    # The same six leaders, the first with the pulse sent later (the older file given too).
    _refused_by_one(facilitator, [sent.resent, *sent.pulses[:6]])
    _refused_by_one(facilitator, [sent.resent, *sent.pulses[1:6]])

    assert _remembered(facilitator) == [6]


def test_a_refused_combine_records_nothing(sent: Sent, facilitator: Facilitator) -> None:
    with pytest.raises(PulseTooFewError):  # four leaders: too few
        facilitator.combine(sent.pulses[:4])
    with pytest.raises(PulseFileError):  # a file that is not a pulse
        facilitator.combine([*sent.pulses[:5], sent.folder / pulse.round_file_name(sent.round)])
    assert _remembered(facilitator) == []

    facilitator.combine(sent.pulses[:5])
    accepted_at = facilitator.clock.now
    log = facilitator.journal.export_log()
    _refused_by_one(facilitator, sent.pulses[:6])

    [made] = facilitator.journal.pulse_combinations(facilitator.round_id)
    assert made.made_at == accepted_at
    assert len(made.pulses) == 5
    assert facilitator.journal.export_log() == log


def test_the_guard_survives_closing_and_reopening_the_journal(
    sent: Sent, facilitator: Facilitator
) -> None:
    facilitator.combine(sent.pulses[:5])

    facilitator.reopen()

    _refused_by_one(facilitator, sent.pulses[:6])
    assert facilitator.combine(sent.pulses[:5]).leaders == 5
    assert _remembered(facilitator) == [5]


def test_the_json_export_does_not_carry_the_pictures(
    sent: Sent, facilitator: Facilitator, tmp_path: Path
) -> None:
    facilitator.combine(sent.pulses[:5])
    [made] = facilitator.journal.pulse_combinations(facilitator.round_id)

    exported = export_to(facilitator.journal, "json", tmp_path / "journal.json").read_text()

    assert "combination" not in exported
    for token, shared_at in made.pulses:
        assert token not in exported
        assert shared_at not in exported
    assert "pulse_combinations" not in json.loads(exported)


# --- the rule, without journals ---------------------------------------------------------


def test_the_difference_is_counted_in_leaders() -> None:
    five = {(t * 64, "2026-11-26T17:30:00") for t in "abcde"}
    a_again = (five - {("a" * 64, "2026-11-26T17:30:00")}) | {("a" * 64, "2026-11-26T18:30")}
    b_again = (a_again - {("b" * 64, "2026-11-26T17:30:00")}) | {("b" * 64, "2026-11-26T19:00")}
    three_more = a_again | {(t * 64, "2026-11-27T08:00:00") for t in "fg"}

    assert leaders_apart(five, five) == 0
    assert leaders_apart(five, a_again) == 1  # two pulses apart, one leader
    assert leaders_apart(five, b_again) == 2
    assert leaders_apart(five, three_more) == 3
    earlier = [
        PulseCombination(datetime(2026, 11, 27, 9, 0), frozenset(five)),
        PulseCombination(datetime(2026, 11, 27, 10, 0), frozenset(three_more)),
    ]
    assert too_close(five, earlier) is None  # the same pulses, or three leaders apart
    found = too_close(b_again, earlier)
    assert found is not None
    assert found[0].made_at == datetime(2026, 11, 27, 9, 0)
    assert found[1] == 2
    # Close to both: the latest picture is named.
    closest = too_close(a_again | {("f" * 64, "2026-11-27T08:00:00")}, earlier)
    assert closest is not None
    assert (closest[0].made_at, closest[1]) == (datetime(2026, 11, 27, 10, 0), 1)
