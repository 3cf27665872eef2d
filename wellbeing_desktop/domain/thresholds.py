"""The rules the insights and the reports both apply, each once.

* A WHO-5 change: the latest check-in in a period against the one before it (even when
  that one lies before the period), 10 points or more on the 0–100 scale, up or down
  (Topp et al. 2015).
* Hours over the norm: more than 2 hours a week over the weekly norm, compared as the
  hours are shown (one decimal): a few minutes over is not a pattern (issue #17).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.catalogues import who5_change_is_notable

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from wellbeing_desktop.domain.models import Who5CheckIn

# Hours over the norm count only beyond this tolerance a week (the 37-hour norm of the
# Danish collective agreements; the tolerance is the app's, said in every sentence).
HOURS_TOLERANCE = 2.0


def tenths(value: float) -> int:
    """A value as the tenths it is shown with (``2.96`` → 30, shown ``3,0``)."""
    return round(round(value, 1) * 10)


def over_weekly_norm(hours: float, norm: float) -> bool:
    """Whether ``hours`` in a week are more than ``HOURS_TOLERANCE`` over ``norm``."""
    return tenths(hours) > tenths(norm + HOURS_TOLERANCE)


@dataclass(frozen=True, slots=True)
class Who5Change:
    """A notable change: ``latest`` (in the period) against ``before`` (the one before it)."""

    before: Who5CheckIn
    latest: Who5CheckIn

    @property
    def points(self) -> int:
        """The change in points, negative for a fall."""
        return self.latest.score - self.before.score

    @property
    def rising(self) -> bool:
        return self.points > 0


def who5_change(checkins: Iterable[Who5CheckIn], start: date, end: date) -> Who5Change | None:
    """The change between the latest check-in in ``[start, end]`` and the one before it.

    None when there is no check-in in the period, none before it, or the two differ by
    less than 10 points.
    """
    earlier = sorted((c for c in checkins if c.taken_on <= end), key=_taken_on)
    if len(earlier) < 2 or earlier[-1].taken_on < start:
        return None
    before, latest = earlier[-2], earlier[-1]
    if not who5_change_is_notable(before.score, latest.score):
        return None
    return Who5Change(before=before, latest=latest)


def _taken_on(checkin: Who5CheckIn) -> date:
    return checkin.taken_on
