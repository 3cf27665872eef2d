"""The guard against differencing the group pictures of a round (issue #18), on real journals.

Eight leaders (short demo journals, seeds 1 to 8) share a pulse each, and the first one
shares again later; the facilitator's journal (a copy per test, so that each test starts
with no picture made) combines them. A round has one group picture: once it is made,
only the very same pulses may be combined again. Any other is refused with one line
naming the case (a pulse sent again, leaders left out, leaders added) and recorded
nowhere; the guard's memory stays in the encrypted journal (through a close and a
reopen) and out of the JSON export, and a stored picture that cannot be read refuses
rather than being skipped. Without journals: the reviewer's series attack (pictures of
many subsets of eight leaders, each three leaders apart from every other, solved as
linear equations) recovers every leader's figures under the old pairwise rule and none
under one picture per round.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import random
import shutil
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from tests.conftest import PASSPHRASE
from tests.services.export_data import export_to
from wellbeing_desktop import words
from wellbeing_desktop.domain import pulse as domain_pulse
from wellbeing_desktop.domain.error_wording import word_error
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.domain.pulse import LeaderPulse, PulseRound, PulseTooFewError
from wellbeing_desktop.domain.pulse_guard import GuardCase, PulseCombination, too_close
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services import pulse
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.demo import generate_demo
from wellbeing_desktop.services.pulse import PulseFileError, PulseTooCloseError
from wellbeing_desktop.storage.engine import writing

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from wellbeing_desktop.domain.pulse import GroupPicture
    from wellbeing_desktop.domain.pulse_guard import PulseMark
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


def _refused(
    facilitator: Facilitator, files: list[Path], case: GuardCase, leaders: int
) -> PulseTooCloseError:
    with pytest.raises(PulseTooCloseError) as refused:
        facilitator.combine(files)
    assert (refused.value.case, refused.value.leaders) == (case, leaders)
    assert "\n" not in str(refused.value)
    return refused.value


def _danish(error: WellbeingError) -> str:
    return word_error(error, lambda source: words.danish("errors", source), str)


# --- the guard ---------------------------------------------------------------------------


def test_five_then_the_same_five_and_a_sixth_is_refused_in_one_line(
    sent: Sent, facilitator: Facilitator
) -> None:
    assert facilitator.combine(sent.pulses[:5]).leaders == 5

    refused = _refused(facilitator, sent.pulses[:6], GuardCase.ADDED, 1)

    assert str(refused) == (
        "this round already has its group picture, made on 2026-11-27 at 09:15; one with "
        "more leaders would let the added leaders' figures be read from the difference, so "
        "make it again with the same files, or start a round for later weeks; nothing was "
        "combined"
    )
    assert _danish(refused) == (
        "denne runde har allerede sit gruppebillede, lavet den 2026-11-27 kl. 09:15; et med "
        "flere ledere ville lade de nye lederes tal læse ud af forskellen, så lav det igen "
        "med de samme filer, eller start en runde for senere uger; intet blev lagt sammen"
    )
    assert _remembered(facilitator) == [5]


def test_the_same_six_again_make_the_same_picture(sent: Sent, facilitator: Facilitator) -> None:
    first = facilitator.combine(sent.pulses[:6])
    # The same files in another order, one of them named twice: the same six pulses.
    again = facilitator.combine([*reversed(sent.pulses[:6]), sent.pulses[0]])

    assert again == first
    assert again.leaders == 6
    assert _remembered(facilitator) == [6]  # the same pulses are remembered once


def test_six_then_five_of_them_is_refused_as_leaving_one_out(
    sent: Sent, facilitator: Facilitator
) -> None:
    facilitator.combine(sent.pulses[:6])

    refused = _refused(facilitator, sent.pulses[1:6], GuardCase.LEFT_OUT, 1)

    assert str(refused) == (
        "this group picture leaves out one leader of the picture of 2026-11-27 at 09:15, so "
        "their figures could be read from the difference; make the picture again with the "
        "same files as then; nothing was combined"
    )
    assert _danish(refused) == (
        "dette gruppebillede udelader én leder fra billedet fra 2026-11-27 kl. 09:15, så "
        "deres tal ville kunne læses ud af forskellen; lav billedet igen med de samme filer "
        "som dengang; intet blev lagt sammen"
    )
    assert _remembered(facilitator) == [6]


def test_five_then_eight_is_refused_too(sent: Sent, facilitator: Facilitator) -> None:
    # Three or more added leaders are refused as well: a figure only one of them gives
    # (the one who logged time) would move by that leader's figure, and exact counts
    # subtract ("3 of 9" in a band, then "6 of 12": all three new ones are in it).
    facilitator.combine(sent.pulses[:5])

    refused = _refused(facilitator, sent.pulses, GuardCase.ADDED, 3)

    assert "already has its group picture, made on 2026-11-27 at 09:15" in str(refused)
    # The first five again: the same picture again.
    assert facilitator.combine(sent.pulses[:5]).leaders == 5
    assert _remembered(facilitator) == [5]


def test_two_more_leaders_are_refused_naming_two(sent: Sent, facilitator: Facilitator) -> None:
    facilitator.combine(sent.pulses[:5])

    refused = _refused(facilitator, sent.pulses[:7], GuardCase.ADDED, 2)

    assert "already has its group picture, made on 2026-11-27 at 09:15" in str(refused)
    assert "har allerede sit gruppebillede" in _danish(refused)
    assert _remembered(facilitator) == [5]


def test_another_five_three_leaders_apart_are_refused(sent: Sent, facilitator: Facilitator) -> None:
    # Leaders 1-5, then 4-8: three leaders apart, which a pairwise rule let through; a
    # series of such pictures gives every leader's figures away (see the attack below).
    facilitator.combine(sent.pulses[:5])

    refused = _refused(facilitator, sent.pulses[3:8], GuardCase.LEFT_OUT, 3)

    assert "leaves out 3 leaders of the picture of 2026-11-27 at 09:15" in str(refused)
    assert "udelader 3 ledere fra billedet" in _danish(refused)
    assert _remembered(facilitator) == [5]


def test_a_pulse_sent_again_after_a_picture_cannot_be_added(
    sent: Sent, facilitator: Facilitator
) -> None:
    facilitator.combine(sent.pulses[:5])

    # The same five leaders, the first with the pulse sent later (the older file given
    # too, or not); with three new leaders too: the change would still show.
    for files in (
        [sent.resent, *sent.pulses[:5]],
        [sent.resent, *sent.pulses[1:5]],
        [sent.resent, *sent.pulses[1:]],
    ):
        refused = _refused(facilitator, files, GuardCase.SENT_AGAIN, 1)
        assert str(refused) == (
            "a pulse sent again after the group picture of 2026-11-27 at 09:15 would show "
            "that leader's change; combine with the same pulse of that leader as then; "
            "nothing was combined"
        )
    assert _danish(refused) == (
        "en puls, der er sendt igen efter gruppebilledet fra 2026-11-27 kl. 09:15, ville "
        "vise den leders ændring; læg pulserne sammen med den samme puls fra den leder som "
        "dengang; intet blev lagt sammen"
    )
    # With the pulse the leader sent first: the same picture again.
    assert facilitator.combine(sent.pulses[:5]).leaders == 5
    assert _remembered(facilitator) == [5]


def test_a_pulse_sent_again_before_the_first_picture_counts_once(
    sent: Sent, facilitator: Facilitator
) -> None:
    assert facilitator.combine([sent.resent, *sent.pulses[:5]]).leaders == 5
    assert _remembered(facilitator) == [5]


def test_a_refused_combine_records_nothing(sent: Sent, facilitator: Facilitator) -> None:
    with pytest.raises(PulseTooFewError):  # four leaders: too few
        facilitator.combine(sent.pulses[:4])
    with pytest.raises(PulseFileError):  # a file that is not a pulse
        facilitator.combine([*sent.pulses[:5], sent.folder / pulse.round_file_name(sent.round)])
    assert _remembered(facilitator) == []

    facilitator.combine(sent.pulses[:5])
    accepted_at = facilitator.clock.now
    log = facilitator.journal.export_log()
    _refused(facilitator, sent.pulses[:6], GuardCase.ADDED, 1)

    [made] = facilitator.journal.pulse_combinations(facilitator.round_id)
    assert made.made_at == accepted_at
    assert len(made.pulses) == 5
    assert facilitator.journal.export_log() == log


def test_the_guard_survives_closing_and_reopening_the_journal(
    sent: Sent, facilitator: Facilitator
) -> None:
    facilitator.combine(sent.pulses[:5])

    facilitator.reopen()

    _refused(facilitator, sent.pulses[:6], GuardCase.ADDED, 1)
    assert facilitator.combine(sent.pulses[:5]).leaders == 5
    assert _remembered(facilitator) == [5]


@pytest.mark.parametrize("stored", ["not json", "{}", '[["a", 1]]', '[["a"]]'])
def test_a_stored_picture_that_cannot_be_read_refuses(
    sent: Sent, facilitator: Facilitator, stored: str
) -> None:
    facilitator.combine(sent.pulses[:5])
    engine = facilitator.journal._require_open().engine
    with writing(engine).begin() as conn:
        conn.execute(text("UPDATE pulse_combinations SET pulses = :p"), {"p": stored})

    # Skipping it would let the six (one leader more) through.
    with pytest.raises(WellbeingError) as refused:
        facilitator.combine(sent.pulses[:6])

    assert str(refused.value) == (
        "a group picture of this round that the journal remembers cannot be read, so a new "
        "one cannot be checked against it; nothing was combined"
    )
    with writing(engine).begin() as conn:
        count = conn.execute(text("SELECT count(*) FROM pulse_combinations")).scalar()
    assert count == 1


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

SHARED = "2026-11-26T17:30:00"


def _marks(tokens: str, shared_at: str = SHARED) -> frozenset[PulseMark]:
    return frozenset((t * 64, shared_at) for t in tokens)


def _picture(hour: int, marks: frozenset[PulseMark]) -> PulseCombination:
    return PulseCombination(datetime(2026, 11, 27, hour, 0), marks)


def test_a_round_has_one_picture() -> None:
    five, eight = _marks("abcde"), _marks("abcdefgh")
    # Two pictures remembered from before the rule (a chain): the same pulses as either
    # may be combined again; anything else is refused.
    earlier = [_picture(9, five), _picture(10, eight)]

    assert too_close(five, []) is None  # the first picture
    assert too_close(five, earlier) is None  # the same pulses as an earlier picture
    assert too_close(eight, earlier) is None

    def refusal(marks: frozenset[PulseMark]) -> tuple[GuardCase, int, int]:
        found = too_close(marks, earlier)
        assert found is not None
        return found.case, found.leaders, found.picture.made_at.hour

    assert refusal(eight | _marks("ij")) == (GuardCase.ADDED, 2, 10)
    assert refusal(eight | _marks("ijk")) == (GuardCase.ADDED, 3, 10)
    assert refusal(_marks("abcdefg")) == (GuardCase.LEFT_OUT, 1, 10)
    assert refusal(_marks("defghijk")) == (GuardCase.LEFT_OUT, 3, 10)
    # Leader a sent again: refused as that, even with three new leaders.
    a_again = (eight - _marks("a")) | _marks("a", "2026-11-27T11:00:00")
    assert refusal(a_again) == (GuardCase.SENT_AGAIN, 1, 10)
    assert refusal(a_again | _marks("ijk")) == (GuardCase.SENT_AGAIN, 1, 10)
    # The union of two earlier pictures that are not a chain (kept from before the rule).
    apart = [_picture(9, _marks("abcde")), _picture(10, _marks("fghij"))]
    found = too_close(_marks("abcdefghij"), apart)
    assert found is not None
    assert (found.case, found.leaders) == (GuardCase.ADDED, 0)


def _pairwise_rule(marks: frozenset[PulseMark], earlier: list[PulseCombination]) -> bool:
    """The old guard: at least 3 leaders apart from every earlier picture, or the same."""

    def apart(first: frozenset[PulseMark], second: frozenset[PulseMark]) -> int:
        return len({token for token, _shared in first ^ second})

    return all(apart(marks, c.pulses) not in (1, 2) for c in earlier)


def _solve(rows: list[list[Fraction]], target: list[Fraction]) -> list[Fraction] | None:
    """Coefficients c with sum(c[k] * rows[k]) == target, or None (Gaussian elimination)."""
    width = len(target)
    # Each row carries the combination of the original rows it is.
    work = [
        (row[:], [Fraction(int(i == k)) for i in range(len(rows))]) for k, row in enumerate(rows)
    ]
    pivots: list[tuple[int, list[Fraction], list[Fraction]]] = []
    for column in range(width):
        found = next((w for w in work if w[0][column] != 0), None)
        if found is None:
            continue
        work.remove(found)
        row, combo = found
        scale = row[column]
        row = [v / scale for v in row]
        combo = [v / scale for v in combo]
        for other_row, other_combo in work:
            factor = other_row[column]
            if factor:
                for i in range(width):
                    other_row[i] -= factor * row[i]
                for i in range(len(combo)):
                    other_combo[i] -= factor * combo[i]
        pivots.append((column, row, combo))
    rest, coefficients = target[:], [Fraction(0)] * len(rows)
    for column, row, combo in pivots:
        factor = rest[column]
        if factor:
            rest = [r - factor * v for r, v in zip(rest, row, strict=True)]
            coefficients = [c + factor * v for c, v in zip(coefficients, combo, strict=True)]
    return coefficients if not any(rest) else None


def _series_attack(accepted: Callable[[frozenset[PulseMark], list[PulseCombination]], bool]) -> int:
    """How many of eight leaders' demands means the reviewer's series of pictures recovers."""
    rnd = random.Random(1)
    pulse_round = PulseRound("a" * 32, "x", date(2026, 1, 1), date(2026, 2, 28), 5, bytes(32))
    leaders = [
        LeaderPulse(
            days_logged=rnd.randint(10, 50),
            weeks_counted=8,
            leadership_share=0.3,
            target_percent=40,
            hours_per_week=40.0,
            weekly_norm=37.0,
            weeks_over_norm=0,
            step_shares=None,
            demands_mean=round(rnd.uniform(0, 10), 3),
            resources_mean=5.0,
            top_demands=(),
            top_resources=(),
            open_situations=(),
            resolved_situations=(),
            has_sparring=False,
        )
        for _ in range(8)
    ]
    tokens = [f"{i:064x}" for i in range(8)]
    earlier: list[PulseCombination] = []
    rows: list[list[Fraction]] = []
    sums: list[Fraction] = []
    for minute, subset in enumerate(
        c for n in (5, 6, 7, 8) for c in itertools.combinations(range(8), n)
    ):
        marks = frozenset((tokens[i], SHARED) for i in subset)
        if not accepted(marks, earlier):
            continue
        earlier.append(PulseCombination(datetime(2026, 3, 1) + timedelta(minutes=minute), marks))
        picture = domain_pulse.combine_pulses(pulse_round, [leaders[i] for i in subset])
        assert picture.demands_mean is not None
        rows.append([Fraction(int(i in subset)) for i in range(8)])
        sums.append(Fraction(picture.demands_mean) * len(subset))
    recovered = 0
    for i, leader in enumerate(leaders):
        coefficients = _solve(rows, [Fraction(int(k == i)) for k in range(8)])
        if coefficients is not None:
            value = sum(c * s for c, s in zip(coefficients, sums, strict=True))
            assert leader.demands_mean is not None
            # The group's mean is rounded to one decimal: that blurs the solution a
            # little, but it still lands near each leader's own mean.
            assert abs(float(value) - leader.demands_mean) < 0.5
            recovered += 1
    return recovered


def test_the_reviewers_series_attack_recovers_no_leader() -> None:
    # The attack works (the pairwise rule lets it recover every one of the eight) ...
    assert _series_attack(_pairwise_rule) == 8
    # ... and one picture per round stops it: no leader's figure is any combination.
    assert _series_attack(lambda marks, earlier: too_close(marks, earlier) is None) == 0
