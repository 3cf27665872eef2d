"""How the group picture shows a count of leaders: exactly, or only as "few" or "most".

A count k of N leaders ("4 of 6 are below their own target") tells something of every
leader when it is near either end: "6 of 6" or "0 of 6" says each one's state, and
"1 of 6 resolved" points at one. So a count is shown exactly only when
``FIGURE_MIN_LEADERS <= k <= N - FIGURE_MIN_LEADERS``; below that it is *few* ("fewer
than 3", 0 included), above it *most* ("all but fewer than 3", all included). This is
the one place the rule lives: the report, the JSON, the GUI and the CLI show a
``GroupCount`` as it is, never the number behind a banded one.

A count out of ``FIGURE_MIN_LEADERS`` leaders or fewer is not shown at all (``None``):
"few" and "most" would then split 3 leaders into "not all" and "all three".

Pure: no Qt, no SQL, no files.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wellbeing_desktop.domain.pulse_types import FIGURE_MIN_LEADERS


class CountShown(StrEnum):
    """How a count of leaders is shown."""

    EXACT = "exact"  # the number itself
    FEW = "few"  # fewer than FIGURE_MIN_LEADERS (0 included)
    MOST = "most"  # all but fewer than FIGURE_MIN_LEADERS (all included)


@dataclass(frozen=True, slots=True)
class GroupCount:
    """A count of leaders as the group picture may show it.

    Attributes:
        shown: exact, few or most.
        count: the number of leaders, only when ``shown`` is exact (else ``None``: a
            banded count keeps no number that a caller could print by mistake).
        of: the leaders the count is out of (itself shown beside it).
    """

    shown: CountShown
    count: int | None
    of: int

    @property
    def exact(self) -> bool:
        """The count is shown as its number."""
        return self.shown is CountShown.EXACT


def group_count(count: int, of: int) -> GroupCount | None:
    """``count`` of ``of`` leaders as it may be shown, or ``None`` if ``of`` is too small.

    Raises:
        ValueError: ``count`` is not from 0 to ``of`` (a programming error).
    """
    if not 0 <= count <= of:
        raise ValueError(f"a count from 0 to {of}")
    if of <= FIGURE_MIN_LEADERS:
        return None
    if count < FIGURE_MIN_LEADERS:
        return GroupCount(CountShown.FEW, None, of)
    if count > of - FIGURE_MIN_LEADERS:
        return GroupCount(CountShown.MOST, None, of)
    return GroupCount(CountShown.EXACT, count, of)
