"""The leader group's pulse (issue #18): the types and limits (``domain.pulse`` re-exports them).

A facilitator starts a *round* (a name, a period, a minimum group size and a key pair).
Each leader shares a ``LeaderPulse`` for the round's period: numbers only, at week
resolution at the finest, no names, no text, no single days. The facilitator combines
the pulses into a ``GroupPicture`` that shows no individual: fewer than the round's
minimum distinct leaders is refused, and a figure that would rest on fewer than
``FIGURE_MIN_LEADERS`` leaders is left out.

Pure: no Qt, no SQL, no files, no cryptography (that is ``security.pulse_seal``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from wellbeing_desktop.domain.pulse_count import GroupCount

# A round never combines fewer leaders than this (the facilitator may ask for more).
PULSE_MIN_GROUP = 5
# A figure (a median, a distribution, an item's count) that would rest on fewer leaders
# than this is left out of the group picture.
FIGURE_MIN_LEADERS = 3
# WHO-5 bands are shown only when at least this many leaders chose to share theirs.
WHO5_MIN_LEADERS = 5
# How many demand and resource items one pulse names (the most frequent).
TOP_ITEMS = 3
# A round's name: one line, at most this many characters.
ROUND_NAME_MAX = 80
# A round never asks for more leaders than this (a larger group is split into rounds).
ROUND_MIN_GROUP_MAX = 500
# The round code: this many hex digits (64 bits) of a hash over the whole round.
ROUND_CODE_HEX = 16


class Who5Band(StrEnum):
    """The WHO-5 score band a leader may choose to share (domain notes §3.3 cut-offs)."""

    HIGH = "high"  # 51..100
    MIDDLE = "middle"  # 29..50
    LOW = "low"  # 0..28


@dataclass(frozen=True, slots=True)
class PulseRound:
    """A round as the round file carries it (the private key stays in the facilitator's journal).

    Attributes:
        round_id: 32 lowercase hex characters, random.
        name: the facilitator's name for the round, e.g. "Ledergruppen, efterår 2026".
        start, end: the period every pulse covers, both inclusive.
        min_group: the fewest distinct leaders the round combines (>= PULSE_MIN_GROUP).
        public_key: the round's X25519 public key, 32 raw bytes.
    """

    round_id: str
    name: str
    start: date
    end: date
    min_group: int
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        """The round code, e.g. ``7F3A-91C2-0B4E-66D1``, that both sides can compare.

        64 bits of a SHA-256 over the whole round (``round_code_input``): id, name,
        period, minimum group and public key. The facilitator reads it out (or writes it
        in the mail); a leader who sees another code knows the round file was changed on
        the way (another key, another period, another minimum group).
        """
        digest = hashlib.sha256(round_code_input(self)).hexdigest().upper()
        return "-".join(digest[i : i + 4] for i in range(0, ROUND_CODE_HEX, 4))


def canonical(label: str, *parts: str | bytes) -> bytes:
    """An unambiguous encoding of ``parts`` under ``label``: each part length-prefixed.

    Text is UTF-8; every part (the label too) is preceded by its length as 4 bytes, big
    endian, so no two different lists of parts encode alike.
    """
    encoded = [part.encode("utf-8") if isinstance(part, str) else part for part in (label, *parts)]
    return b"".join(len(part).to_bytes(4, "big") + part for part in encoded)


def round_code_input(pulse_round: PulseRound) -> bytes:
    """What the round code is computed over: the whole round, canonically encoded."""
    return canonical(
        "leader-pulse round code v2",
        pulse_round.round_id,
        pulse_round.name,
        pulse_round.start.isoformat(),
        pulse_round.end.isoformat(),
        str(pulse_round.min_group),
        pulse_round.public_key,
    )


def round_token_input(pulse_round: PulseRound) -> bytes:
    """What a leader's token of a round is an HMAC of: the round id, its key and its period."""
    return canonical(
        "leader-pulse token v2",
        pulse_round.round_id,
        pulse_round.public_key,
        pulse_round.start.isoformat(),
        pulse_round.end.isoformat(),
    )


@dataclass(frozen=True, slots=True)
class LeaderPulse:
    """What one leader shares for a round: numbers only, for the round's period.

    Shares are fractions 0..1; hours are hours. ``None``: nothing logged to compute it.

    Attributes:
        days_logged: the days with a log in the period (coverage, not content).
        weeks_counted: the weeks the weekly figures are medians over
            (the round's whole Monday–Sunday weeks with a logged day; a round covers
            whole weeks only, ``check_round``).
        leadership_share: the median of the counted weeks' leadership shares (over the
            weeks with minutes logged in the categories).
        target_percent: the leader's own leadership target (Settings).
        hours_per_week: the median of the counted weeks' hours worked, over the weeks
            with any time logged (a week of only a stress step says nothing of hours).
        weekly_norm: the leader's weekly hours norm (Settings).
        weeks_over_norm: of those weeks, the ones with hours over the norm +
            ``HOURS_TOLERANCE`` (``thresholds.over_weekly_norm``).
        step_shares: for steps 1..5, the share of the days with a step logged that were
            on that step (five values summing to 1), or ``None`` if no step was logged.
        demands_mean, resources_mean: the means (0..10) over days with the value.
        top_demands, top_resources: up to ``TOP_ITEMS`` built-in catalogue keys, most
            frequent first, ties by key as the summaries rank them (the leader's own
            items are never shared: they are words).
        open_situations: built-in sparring situation keys (not ``other``) of topics open
            at the period's end.
        resolved_situations: those of topics resolved within the period.
        has_sparring: a sparring topic was open during the period or resolved in it.
        who5_band: the band of the latest check-in in the period, only if the leader
            ticked it; ``None`` otherwise.
    """

    days_logged: int
    weeks_counted: int
    leadership_share: float | None
    target_percent: int
    hours_per_week: float | None
    weekly_norm: float
    weeks_over_norm: int
    step_shares: tuple[float, float, float, float, float] | None
    demands_mean: float | None
    resources_mean: float | None
    top_demands: tuple[str, ...]
    top_resources: tuple[str, ...]
    open_situations: tuple[str, ...]
    resolved_situations: tuple[str, ...]
    has_sparring: bool
    who5_band: Who5Band | None = None


@dataclass(frozen=True, slots=True)
class ItemCount:
    """A catalogue key and how many leaders named it (listed only if >= FIGURE_MIN_LEADERS).

    ``leaders`` follows the count rule (``pulse_count``): exact, or "all but fewer than 3".
    """

    key: str
    leaders: GroupCount


@dataclass(frozen=True, slots=True)
class GroupPicture:
    """The combined pulses of one round: the agenda of the group's conversation.

    Every ``*_leaders`` field is how many leaders the figure beside it rests on. Every
    count of leaders is a ``GroupCount`` (``pulse_count``): exact only from
    ``FIGURE_MIN_LEADERS`` to N - ``FIGURE_MIN_LEADERS``, else "few" or "most". A figure
    resting on fewer than ``FIGURE_MIN_LEADERS`` is ``None`` (or left out of a tuple), and
    its name is in ``left_out`` when at least one leader gave it (with none, its
    ``*_leaders`` is 0 and nothing was left out). ``combine_pulses`` has the details.

    Attributes:
        round: the round (name, period, minimum group).
        leaders: distinct leaders combined (the latest pulse per leader token).
        days_logged_median: coverage (no total: with the median it could pin one leader).
        step_shares: the mean over leaders of each one's share of days on steps 1..5
            (each leader weighs the same), or ``None``.
        step_leaders: leaders with a step logged.
        who5_bands: leaders per band (every band, high to low), each a count of
            ``who5_leaders``, only if at least ``WHO5_MIN_LEADERS`` shared one.
        who5_leaders: leaders who shared a band.
        leadership_share_median: the median of the leaders' medians.
        target_percent_median: the median of the own targets of the leaders with a share
            (``None`` with the share).
        below_target: leaders whose median share is below their own target, of
            ``share_leaders`` (``None`` when the share is left out or rests on 3).
        share_leaders: leaders with a leadership share.
        hours_per_week_median: the median of the leaders' medians.
        weekly_norm_median: the median of the norms of the leaders with hours (``None``
            with the hours).
        over_norm: leaders with at least one week over their norm + ``HOURS_TOLERANCE``,
            of ``hours_leaders`` (``None`` when the hours are left out or rest on 3).
        hours_leaders: leaders with hours.
        demands_mean, resources_mean: the mean of the leaders' means.
        balance_leaders: leaders with both means.
        top_demands, top_resources: items named (in a leader's top three) by at least
            ``FIGURE_MIN_LEADERS`` leaders, most leaders first (ties in the catalogue's
            order: ``d2`` before ``d10``).
        facing_situation: leaders with an open situation at the period's end.
        facing_with_sparring: of those, how many have sparring (``None`` unless more than
            ``FIGURE_MIN_LEADERS`` face one and ``facing_situation`` is exact).
        situations: open situations named by at least ``FIGURE_MIN_LEADERS`` leaders
            (most first, ties in the catalogue's order).
        resolved: leaders who resolved a situation in the period.
        with_sparring: leaders who had sparring in the period.
        left_out: the names of figures left out (``GroupFigure`` values).
    """

    round: PulseRound
    leaders: int
    days_logged_median: float
    step_shares: tuple[float, float, float, float, float] | None
    step_leaders: int
    who5_bands: dict[Who5Band, GroupCount] | None
    who5_leaders: int
    leadership_share_median: float | None
    target_percent_median: float | None
    below_target: GroupCount | None
    share_leaders: int
    hours_per_week_median: float | None
    weekly_norm_median: float | None
    over_norm: GroupCount | None
    hours_leaders: int
    demands_mean: float | None
    resources_mean: float | None
    balance_leaders: int
    top_demands: tuple[ItemCount, ...]
    top_resources: tuple[ItemCount, ...]
    facing_situation: GroupCount
    facing_with_sparring: GroupCount | None
    situations: tuple[ItemCount, ...]
    resolved: GroupCount
    with_sparring: GroupCount
    left_out: tuple[str, ...] = ()


class GroupFigure(StrEnum):
    """The names of the group picture's figures, for ``GroupPicture.left_out``."""

    STAIRCASE = "staircase"
    WHO5 = "who5"
    LEADERSHIP_SHARE = "leadership_share"
    HOURS = "hours"
    BALANCE = "balance"
    DEMAND_ITEMS = "demand_items"
    RESOURCE_ITEMS = "resource_items"
    SITUATIONS = "situations"
    FACING_WITH_SPARRING = "facing_with_sparring"


def who5_band(score: int) -> Who5Band:
    """The band of a 0..100 WHO-5 score: >= 51 high, 29..50 middle, <= 28 low."""
    if score >= 51:
        return Who5Band.HIGH
    if score >= 29:
        return Who5Band.MIDDLE
    return Who5Band.LOW
