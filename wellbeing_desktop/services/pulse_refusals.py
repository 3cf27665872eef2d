"""Why a group picture or a round is refused so that no leader's figures can be read (#18).

``services.pulse`` raises these (and re-exports them); the rule of the pictures is
``domain.pulse_guard``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain import pulse as domain_pulse
from wellbeing_desktop.domain import pulse_guard
from wellbeing_desktop.domain.errors import Message, WellbeingError
from wellbeing_desktop.services import messages as msg

if TYPE_CHECKING:
    from datetime import date

    from wellbeing_desktop.domain.pulse import PulseRound
    from wellbeing_desktop.services.journal import Journal


class PulseTooCloseError(WellbeingError):
    """A group picture would let a leader's figures be read from its difference to earlier ones.

    A round has one group picture (``domain.pulse_guard``): once it is made, only the very
    same pulses may be combined again. ``case`` says how the new one differs, ``made_at``
    names the earlier picture and ``leaders`` how many leaders were sent again, left out or
    added.
    """

    def __init__(self, refusal: pulse_guard.GuardRefusal) -> None:
        self.case = refusal.case
        self.made_at = refusal.picture.made_at
        self.leaders = refusal.leaders
        when = {"date": self.made_at.date().isoformat(), "time": self.made_at.strftime("%H:%M")}
        if refusal.case is pulse_guard.GuardCase.SENT_AGAIN:
            super().__init__(msg.PULSE_SENT_AGAIN, **when)
        elif refusal.case is pulse_guard.GuardCase.LEFT_OUT:
            super().__init__(msg.PULSE_LEAVES_OUT, leaders=_leaders(refusal.leaders), **when)
        else:
            super().__init__(msg.PULSE_ADDS, **when)


def _leaders(n: int) -> Message:
    if n == 1:
        return Message(msg.PULSE_ONE_LEADER)
    if n == 2:
        return Message(msg.PULSE_TWO_LEADERS)
    return Message(msg.PULSE_N_LEADERS, n=n)


class PulseRoundOverlapError(WellbeingError):
    """A new round's period overlaps a round this journal started before.

    Two pictures of the same weeks from two rounds cannot be guarded against each other
    (a leader's tokens differ between rounds by design), so their difference could show
    one leader's figures.
    """

    def __init__(self, earlier: PulseRound) -> None:
        self.earlier = earlier
        super().__init__(
            msg.PULSE_ROUND_OVERLAPS,
            name=earlier.name,
            start=earlier.start.isoformat(),
            end=earlier.end.isoformat(),
        )


def check_new_round(
    journal: Journal,
    *,
    name: str,
    start: date,
    end: date,
    min_group: int | str = domain_pulse.PULSE_MIN_GROUP,
) -> str:
    """Refuse a round ``start_round`` would refuse; the name as it would be kept.

    Raises:
        ValidationError: as ``domain.pulse.check_round``.
        PulseRoundOverlapError: a round this journal started covers some of the weeks.
    """
    name = " ".join(name.split()) if isinstance(name, str) else name
    domain_pulse.check_round(name, start, end, min_group)
    for earlier in journal.pulse_rounds():
        if earlier.start <= end and start <= earlier.end:
            raise PulseRoundOverlapError(earlier)
    return name
