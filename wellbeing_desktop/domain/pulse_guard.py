"""The guard against differencing the group pictures of a round (issue #18).

A group picture never shows a single pulse, but two pictures of the same round give a
leader's figures away by their difference: five leaders, then the same five and a sixth;
six, then five of them; the same six where one leader sent again. A chain of pictures,
each adding at least three leaders, is not enough either: a figure that only one of the
added leaders gives (the one who logged time) moves by that leader's figure, and exact
counts subtract across pictures ("3 of 9" in the low WHO-5 band, then "6 of 12").

So a round has one group picture. The facilitator's journal remembers which pulses went
into it (``PulseCombination``: the pseudonymous token and the time each was shared, never
a figure), and a later combine is accepted only with exactly those pulses (the same
picture again, e.g. saved as HTML after the PDF). A pulse that comes late waits for a
round over later weeks; a second round over the same weeks is refused where rounds start
(``services.pulse.check_new_round``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

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
    ADDED = "added"  # it adds leaders to the round's picture


@dataclass(frozen=True)
class GuardRefusal:
    """A refused picture: the case, the earlier picture it is refused against, how many leaders.

    ``leaders`` is the leaders sent again (``SENT_AGAIN``), left out (``LEFT_OUT``) or
    added (``ADDED``).
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

    None: there is no earlier picture, or the pulses are exactly those of an earlier one.
    Otherwise the refusal names the latest earlier picture concerned: first a leader who
    sent again, then leaders left out, then leaders added.
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
    return GuardRefusal(GuardCase.ADDED, made[-1], added)
