"""The guard against differencing two group pictures of a round (issue #18).

A group picture never shows a single pulse, but two pictures of the same round whose
pulses differ by one leader (five, then the same five and a sixth; or six, then five of
them; or the same six where one leader sent again) give that leader's figures away as
their difference. So the facilitator's journal remembers which pulses went into each
picture it made (``PulseCombination``: the pseudonymous token and the time each was
shared, never a figure) and refuses a new picture whose pulses differ from an earlier one
by only one or two leaders. The very same pulses again make the very same picture and
are allowed.

The difference is counted in leaders, not pulses: a leader who sent again is one leader
even though one pulse left and another came in, and two leaders who sent again are two.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

# A new picture must differ from every earlier one of its round by 0 leaders (the same
# pulses) or by at least this many: as a figure resting on fewer than 3 leaders is left
# out of a picture, a difference resting on fewer than 3 is refused.
GUARD_MIN_LEADERS = 3

# (token, shared_at as ISO text) of one pulse that went into a picture.
PulseMark = tuple[str, str]


@dataclass(frozen=True)
class PulseCombination:
    """A group picture made earlier: when, and the marks of the pulses that went into it."""

    made_at: datetime
    pulses: frozenset[PulseMark]


def leaders_apart(first: Iterable[PulseMark], second: Iterable[PulseMark]) -> int:
    """How many leaders (tokens) are in one set of pulses and not, as they are, in the other."""
    return len({token for token, _shared_at in set(first) ^ set(second)})


def too_close(
    pulses: Iterable[PulseMark], earlier: Iterable[PulseCombination]
) -> tuple[PulseCombination, int] | None:
    """The latest earlier picture the new one differs from by 1 or 2 leaders, and by how many.

    None when the new picture may be made: it differs from every earlier one by 0 leaders
    or by at least ``GUARD_MIN_LEADERS``.
    """
    marks = frozenset(pulses)
    found: tuple[PulseCombination, int] | None = None
    for combination in earlier:
        apart = leaders_apart(marks, combination.pulses)
        if 0 < apart < GUARD_MIN_LEADERS and (
            found is None or combination.made_at >= found[0].made_at
        ):
            found = (combination, apart)
    return found
