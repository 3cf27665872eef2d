"""The guard against differencing the group pictures of a round (issue #18).

A group picture never shows a single pulse, but pictures of the same round give a
leader's figures away by their difference: five leaders, then the same five and a sixth;
six, then five of them; the same six where one leader sent again. Comparing a new picture
with each earlier one alone is not enough: means are linear, so a series of pictures of
different subsets (each differing from every other by three leaders or more) still solves
for every leader's figures.

So the pictures of a round must form a chain. The facilitator's journal remembers which
pulses went into each picture it made (``PulseCombination``: the pseudonymous token and
the time each was shared, never a figure), and a new picture is accepted only if

- its pulses are exactly those of an earlier picture (the same picture again), or
- it holds every pulse of every earlier picture (their union) and adds at least
  ``GUARD_MIN_LEADERS`` leaders to them.

Every difference between two pictures of a round is then the sum of whole steps of the
chain, each resting on at least three leaders, as a figure of a picture must. A pulse sent
again after a picture can therefore not be added: the old pulse is in the union, and a
picture holds one pulse per leader.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

# A new picture adds at least this many leaders to all earlier pictures of its round: a
# figure resting on fewer than 3 leaders is left out of a picture, and so is a difference.
GUARD_MIN_LEADERS = 3

# (token, shared_at as ISO text) of one pulse that went into a picture.
PulseMark = tuple[str, str]


@dataclass(frozen=True)
class PulseCombination:
    """A group picture made earlier: when, and the marks of the pulses that went into it."""

    made_at: datetime
    pulses: frozenset[PulseMark]


class GuardCase(StrEnum):
    """Why a new picture is refused."""

    SENT_AGAIN = "sent_again"  # a leader of an earlier picture comes with another pulse
    LEFT_OUT = "left_out"  # a leader of an earlier picture is missing
    TOO_FEW_NEW = "too_few_new"  # it adds fewer than GUARD_MIN_LEADERS leaders


@dataclass(frozen=True)
class GuardRefusal:
    """A refused picture: the case, the earlier picture it is refused against, how many leaders.

    ``leaders`` is the leaders sent again (``SENT_AGAIN``), left out (``LEFT_OUT``) or
    added (``TOO_FEW_NEW``: 0, 1 or 2).
    """

    case: GuardCase
    picture: PulseCombination
    leaders: int


def _tokens(marks: Iterable[PulseMark]) -> set[str]:
    return {token for token, _shared_at in marks}


def too_close(
    pulses: Iterable[PulseMark], earlier: Iterable[PulseCombination]
) -> GuardRefusal | None:
    """Why a new picture of these pulses may not be made, or None if it may.

    None: there is no earlier picture, the pulses are exactly those of an earlier one, or
    they hold every pulse of every earlier picture and add at least ``GUARD_MIN_LEADERS``
    leaders. Otherwise the refusal names the latest earlier picture concerned: first a
    leader who sent again, then leaders left out, then too few leaders added.
    """
    marks = frozenset(pulses)
    made = sorted(earlier, key=lambda combination: combination.made_at)
    if not made or any(combination.pulses == marks for combination in made):
        return None
    tokens = _tokens(marks)
    newest_first = list(reversed(made))
    for combination in newest_first:
        sent_again = _tokens(combination.pulses - marks) & tokens
        if sent_again:
            return GuardRefusal(GuardCase.SENT_AGAIN, combination, len(sent_again))
    for combination in newest_first:
        missing = _tokens(combination.pulses - marks)
        if missing:
            return GuardRefusal(GuardCase.LEFT_OUT, combination, len(missing))
    added = len(tokens - set().union(*(_tokens(c.pulses) for c in made)))
    if added < GUARD_MIN_LEADERS:
        return GuardRefusal(GuardCase.TOO_FEW_NEW, made[-1], added)
    return None


def fresh_marks(
    marks: Iterable[PulseMark], earlier: Iterable[PulseCombination]
) -> frozenset[PulseMark]:
    """The pulses a picture adds to the earlier pictures it holds (its step of the chain).

    A picture's figures may each rest on enough leaders, and yet one figure may get only
    one or two of the leaders this step adds (two new leaders logged no time): the
    difference to the earlier picture would show their figure. The step is measured
    against the earlier pictures that are proper subsets of this one, so the same picture
    made again shows the same figures (an identical earlier picture is not subtracted).
    """
    mine = frozenset(marks)
    held: set[PulseMark] = set()
    for picture in earlier:
        if picture.pulses < mine:
            held |= picture.pulses
    return mine - held
