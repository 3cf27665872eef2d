"""The leader group's pulse (issue #18): what one leader shares, and the group picture.

A facilitator starts a *round* (a name, a period, a minimum group size and a key pair).
Each leader shares a ``LeaderPulse`` for the round's period: numbers only, at week
resolution at the finest, no names, no text, no single days. The facilitator combines
the pulses into a ``GroupPicture`` that shows no individual: fewer than the round's
minimum distinct leaders is refused, and a figure that would rest on fewer than
``FIGURE_MIN_LEADERS`` leaders is left out.

The types and limits live in ``pulse_types``, the pulse's JSON values and the round's
check in ``pulse_values``; this module re-exports them, so every caller imports from here.

Pure: no Qt, no SQL, no files, no cryptography (that is ``security.pulse_seal``).
"""

from __future__ import annotations

from collections import Counter
from statistics import fmean, median
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import messages as msg
from wellbeing_desktop.domain.aggregation import STEPS
from wellbeing_desktop.domain.errors import Message, ValidationError, WellbeingError
from wellbeing_desktop.domain.models import TopicStatus
from wellbeing_desktop.domain.pulse_count import CountShown, GroupCount, group_count
from wellbeing_desktop.domain.pulse_types import (
    FIGURE_MIN_LEADERS,
    PULSE_MIN_GROUP,
    ROUND_MIN_GROUP_MAX,
    ROUND_NAME_MAX,
    TOP_ITEMS,
    WHO5_MIN_LEADERS,
    GroupFigure,
    GroupPicture,
    ItemCount,
    LeaderPulse,
    PulseRound,
    Who5Band,
    who5_band,
)
from wellbeing_desktop.domain.pulse_values import (
    BUILTIN_DEMANDS,
    BUILTIN_RESOURCES,
    PULSE_SITUATIONS,
    ROUND_MIN_DAYS,
    ROUND_MIN_WEEKS,
    check_round,
    pulse_from_dict,
    pulse_to_dict,
)
from wellbeing_desktop.domain.thresholds import over_weekly_norm

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Sequence
    from datetime import date

    from wellbeing_desktop.domain.aggregation import PeriodSummary
    from wellbeing_desktop.domain.models import SparringTopic, Who5CheckIn

__all__ = [
    "FIGURE_MIN_LEADERS",
    "PULSE_MIN_GROUP",
    "ROUND_MIN_GROUP_MAX",
    "ROUND_MIN_DAYS",
    "ROUND_MIN_WEEKS",
    "ROUND_NAME_MAX",
    "TOP_ITEMS",
    "WHO5_MIN_LEADERS",
    "CountShown",
    "GroupCount",
    "GroupFigure",
    "GroupPicture",
    "ItemCount",
    "LeaderPulse",
    "PulseRound",
    "Who5Band",
    "check_round",
    "combine_pulses",
    "compute_pulse",
    "group_count",
    "pulse_from_dict",
    "pulse_to_dict",
    "who5_band",
]


_WEEK_DAYS = 7

# --- one leader's pulse -------------------------------------------------------------------


def compute_pulse(
    *,
    start: date,
    end: date,
    weeks: Sequence[PeriodSummary],
    overall: PeriodSummary,
    target_percent: int,
    weekly_norm: float,
    topics: Sequence[SparringTopic],
    checkins: Sequence[Who5CheckIn],
    include_who5: bool,
) -> LeaderPulse:
    """One leader's pulse for ``[start, end]`` from the journal's summaries.

    ``weeks`` are the period's week summaries (``aggregation.summarize`` by week over
    ``[start, end]``), ``overall`` the whole period's summary. The weekly figures are
    medians over the whole Monday–Sunday weeks with a logged day (a round covers whole
    weeks, ``check_round``: a part week is never counted, not even when no whole week has
    a logged day); the top items are the built-in catalogue
    keys among the most frequent (the leader's own items are words: never shared); the
    situations are the built-in ones but ``other`` (its topic is told in the notes).

    Raises:
        ValidationError: no day is logged in the period (field ``period``).
        ValueError: the period is not whole weeks (the round was not checked: a bug).
    """
    if start.weekday() != 0 or (end - start).days % _WEEK_DAYS != _WEEK_DAYS - 1:
        raise ValueError("a pulse covers a round's whole weeks (check_round)")
    if overall.days_logged == 0:
        raise ValidationError(
            "period",
            None,
            Message(msg.PULSE_NO_DAYS, start=start.isoformat(), end=end.isoformat()),
            show_value=False,
        )
    counted = [week for week in weeks if week.days_logged and _whole_week(week)]
    shares = [w.leadership_share for w in counted if w.leadership_share is not None]
    # A week with days logged but no time (only a step, say) tells nothing of the hours.
    hours = [w.hours_worked for w in counted if w.hours_worked > 0]
    steps_total = sum(overall.days_per_step.get(step, 0) for step in STEPS)
    return LeaderPulse(
        days_logged=overall.days_logged,
        weeks_counted=len(counted),
        leadership_share=_shown(median(shares), 2) if shares else None,
        target_percent=target_percent,
        hours_per_week=_shown(median(hours), 1) if hours else None,
        weekly_norm=float(weekly_norm),
        weeks_over_norm=sum(1 for h in hours if over_weekly_norm(h, weekly_norm)),
        step_shares=(
            _five(_shown(overall.days_per_step.get(step, 0) / steps_total, 2) for step in STEPS)
            if steps_total
            else None
        ),
        demands_mean=_maybe_shown(overall.demands_mean, 1),
        resources_mean=_maybe_shown(overall.resources_mean, 1),
        top_demands=_top(overall.demand_item_counts, BUILTIN_DEMANDS),
        top_resources=_top(overall.resource_item_counts, BUILTIN_RESOURCES),
        open_situations=_situations(t for t in topics if _open_at(t, end)),
        resolved_situations=_situations(t for t in topics if _resolved_in(t, start, end)),
        has_sparring=any(_during(topic, start, end) for topic in topics),
        who5_band=_who5(checkins, start, end) if include_who5 else None,
    )


def _whole_week(week: PeriodSummary) -> bool:
    return week.start.weekday() == 0 and (week.end - week.start).days == _WEEK_DAYS - 1


def _five(values: Iterable[float]) -> tuple[float, float, float, float, float]:
    a, b, c, d, e = values
    return a, b, c, d, e


def _top(counts: dict[str, int], builtin: Collection[str]) -> tuple[str, ...]:
    # ``counts`` is ranked already: most days first, ties by key.
    return tuple(key for key in counts if key in builtin)[:TOP_ITEMS]


def _open_at(topic: SparringTopic, end: date) -> bool:
    resolved_later = topic.resolved_on is not None and topic.resolved_on > end
    return topic.raised_on <= end and (topic.status is TopicStatus.OPEN or resolved_later)


def _resolved_in(topic: SparringTopic, start: date, end: date) -> bool:
    resolved_on = topic.resolved_on
    return (
        topic.status is TopicStatus.RESOLVED
        and resolved_on is not None
        and start <= resolved_on <= end
    )


def _during(topic: SparringTopic, start: date, end: date) -> bool:
    """The topic was open at some time in the period (raised by its end, not resolved before)."""
    resolved_before = topic.resolved_on is not None and topic.resolved_on < start
    return topic.raised_on <= end and not resolved_before


def _situations(topics: Iterable[SparringTopic]) -> tuple[str, ...]:
    named = {topic.situation for topic in topics}
    return tuple(key for key in PULSE_SITUATIONS if key in named)  # in the catalogue's order


def _who5(checkins: Sequence[Who5CheckIn], start: date, end: date) -> Who5Band | None:
    inside = [c for c in checkins if start <= c.taken_on <= end]
    if not inside:
        return None
    latest = max(inside, key=lambda c: c.taken_on)  # the first of equal dates: max is stable
    return who5_band(latest.score)


# --- the group picture --------------------------------------------------------------------


class PulseTooFewError(WellbeingError):
    """Fewer distinct leaders sent a pulse than the round's minimum group."""

    def __init__(self, count: int, needed: int) -> None:
        self.count = count
        self.needed = needed
        super().__init__(msg.PULSE_TOO_FEW, n=needed, count=count, more=needed - count)


def _shown(value: float, decimals: int) -> float:
    """A figure as the preview shows it (whole percent of a share, one decimal of a mean).

    The pulse holds what the leader saw, no finer: a share 0.3702 leaves as 0.37. Rounded
    as ``formatting.percent``/``formatting.number`` write it (0.075 shows as 8 %), so the
    figure and its words agree.
    """
    if decimals == 2:  # a share: whole percent
        return float(f"{100 * float(value):.0f}") / 100
    return float(f"{float(value):.{decimals}f}")


def _maybe_shown(value: float | None, decimals: int) -> float | None:
    return None if value is None else _shown(value, decimals)


def combine_pulses(pulse_round: PulseRound, pulses: Sequence[LeaderPulse]) -> GroupPicture:
    """The group picture of one round's pulses (one per distinct leader, already deduplicated).

    What the docstrings of ``GroupPicture`` left open, decided here:

    - The group is refused below ``pulse_round.min_group`` and never below
      ``PULSE_MIN_GROUP`` (a round file that asks for fewer does not lower the floor).
    - A figure is ``None`` (a tuple without the item) when fewer than its threshold of
      leaders gave it: ``FIGURE_MIN_LEADERS``, for the WHO-5 bands ``WHO5_MIN_LEADERS``.
      Its name goes into ``left_out`` only when at least one leader gave it (too few to
      show); when none did, its ``*_leaders`` count of 0 says so and nothing was left out.
      The demand, resource and situation lists are in ``left_out`` when an item named by
      at least one leader was dropped.
    - Every count of leaders is a ``GroupCount`` (``pulse_count.group_count``): exact only
      when at least ``FIGURE_MIN_LEADERS`` are in it and at least as many are not, else
      "few" or "most".
    - The counts that belong to a figure rest on the same leaders: ``below_target`` on the
      leaders with a share, ``over_norm`` on those with hours, ``facing_with_sparring`` on
      those facing a situation; each is ``None`` when its figure is left out or its
      leaders are too few to split (``group_count``). ``facing_with_sparring`` is shown
      only beside an exact ``facing_situation`` (its own count would hint at a banded one).
      ``target_percent_median`` and ``weekly_norm_median`` are over the same leaders as
      the figure they stand beside (so they are ``None`` with it).
    - WHO-5 bands, when shown, hold every band, high to low, each a count of the leaders
      who shared a band.
    - Items and situations: most leaders first, ties in the catalogue's order (``d2``
      before ``d10``); every item named by enough leaders is listed (no cut-off).
    - ``days_logged_median``, the situation counts and the items' counts rest on every
      leader in the round.
    - WHO-5 bands are shown only when every band's count is exact: the bands add up to
      the leaders who shared one, so a single "at most 2" beside exact ones is exact.
    - Every figure is rounded as the report shows it (whole percent, one decimal), so the
      chart, the text and the JSON say the same and nothing finer leaves.

    Raises:
        PulseTooFewError: fewer than ``pulse_round.min_group`` pulses (the message says
            how many more are needed).
    """
    needed = max(pulse_round.min_group, PULSE_MIN_GROUP)
    if len(pulses) < needed:
        raise PulseTooFewError(len(pulses), needed)
    left_out: list[GroupFigure] = []

    def shown(figure: GroupFigure, leaders: int, least: int = FIGURE_MIN_LEADERS) -> bool:
        if leaders >= least:
            return True
        if leaders:
            left_out.append(figure)
        return False

    with_steps = [p.step_shares for p in pulses if p.step_shares is not None]
    step_shares = (
        _five(_shown(fmean(shares[i] for shares in with_steps), 2) for i in range(len(STEPS)))
        if shown(GroupFigure.STAIRCASE, len(with_steps))
        else None
    )
    bands = [p.who5_band for p in pulses if p.who5_band is not None]
    who5_bands = (
        {band: _of(bands.count(band), len(bands)) for band in Who5Band}
        if shown(GroupFigure.WHO5, len(bands), WHO5_MIN_LEADERS)
        else None
    )
    if who5_bands is not None and not all(count.exact for count in who5_bands.values()):
        who5_bands = None  # the exact ones and the total would give the others away
        left_out.append(GroupFigure.WHO5)
    with_share = [p for p in pulses if p.leadership_share is not None]
    share_shown = shown(GroupFigure.LEADERSHIP_SHARE, len(with_share))
    with_hours = [p for p in pulses if p.hours_per_week is not None]
    hours_shown = shown(GroupFigure.HOURS, len(with_hours))
    balance = [
        (p.demands_mean, p.resources_mean)
        for p in pulses
        if p.demands_mean is not None and p.resources_mean is not None
    ]
    balance_shown = shown(GroupFigure.BALANCE, len(balance))
    top_demands = _counted(
        (p.top_demands for p in pulses), BUILTIN_DEMANDS, GroupFigure.DEMAND_ITEMS, left_out
    )
    top_resources = _counted(
        (p.top_resources for p in pulses),
        BUILTIN_RESOURCES,
        GroupFigure.RESOURCE_ITEMS,
        left_out,
    )
    facing = [p for p in pulses if p.open_situations]
    situations = _counted(
        (p.open_situations for p in pulses), PULSE_SITUATIONS, GroupFigure.SITUATIONS, left_out
    )
    facing_shown = shown(GroupFigure.FACING_WITH_SPARRING, len(facing))
    facing_count = _of(len(facing), len(pulses))
    return GroupPicture(
        round=pulse_round,
        leaders=len(pulses),
        days_logged_median=float(median(p.days_logged for p in pulses)),
        step_shares=step_shares,
        step_leaders=len(with_steps),
        who5_bands=who5_bands,
        who5_leaders=len(bands),
        leadership_share_median=_shown(_median_of(with_share, _share), 2) if share_shown else None,
        target_percent_median=_median_of(with_share, _target) if share_shown else None,
        below_target=group_count(
            sum(1 for p in with_share if _share(p) < p.target_percent / 100), len(with_share)
        )
        if share_shown
        else None,
        share_leaders=len(with_share),
        hours_per_week_median=_shown(_median_of(with_hours, _hours), 1) if hours_shown else None,
        weekly_norm_median=_median_of(with_hours, _norm) if hours_shown else None,
        over_norm=group_count(sum(1 for p in with_hours if p.weeks_over_norm > 0), len(with_hours))
        if hours_shown
        else None,
        hours_leaders=len(with_hours),
        demands_mean=_shown(fmean(d for d, _ in balance), 1) if balance_shown else None,
        resources_mean=_shown(fmean(r for _, r in balance), 1) if balance_shown else None,
        balance_leaders=len(balance),
        top_demands=top_demands,
        top_resources=top_resources,
        facing_situation=facing_count,
        # Only beside an exact count of those facing one: "3 of them" beside "all but at
        # most 2" would tell how many "them" are (an exact 3 needs at least 6 of them).
        facing_with_sparring=group_count(sum(1 for p in facing if p.has_sparring), len(facing))
        if facing_shown and facing_count.exact
        else None,
        situations=situations,
        resolved=_of(sum(1 for p in pulses if p.resolved_situations), len(pulses)),
        with_sparring=_of(sum(1 for p in pulses if p.has_sparring), len(pulses)),
        left_out=tuple(figure.value for figure in GroupFigure if figure in left_out),
    )


def _share(pulse: LeaderPulse) -> float:
    return pulse.leadership_share if pulse.leadership_share is not None else 0.0


def _target(pulse: LeaderPulse) -> float:
    return float(pulse.target_percent)


def _hours(pulse: LeaderPulse) -> float:
    return pulse.hours_per_week if pulse.hours_per_week is not None else 0.0


def _norm(pulse: LeaderPulse) -> float:
    return pulse.weekly_norm


def _median_of(pulses: Sequence[LeaderPulse], value: Callable[[LeaderPulse], float]) -> float:
    return float(median(value(pulse) for pulse in pulses))


def _counted(
    named: Iterable[tuple[str, ...]],
    catalogue: Sequence[str],
    figure: GroupFigure,
    left_out: list[GroupFigure],
) -> tuple[ItemCount, ...]:
    """The keys at least ``FIGURE_MIN_LEADERS`` leaders named, most first (catalogue order).

    Each key's count is of all the leaders (``group_count``: "all but fewer than 3" near
    the top).
    """
    counts: Counter[str] = Counter()
    leaders = 0
    for keys in named:
        leaders += 1
        counts.update(set(keys))  # a key twice in one pulse is still one leader
    order = {key: position for position, key in enumerate(catalogue)}
    ranked = sorted(
        counts.items(), key=lambda item: (-item[1], order.get(item[0], len(order)), item[0])
    )
    kept = tuple(ItemCount(key, _of(n, leaders)) for key, n in ranked if n >= FIGURE_MIN_LEADERS)
    if len(kept) < len(counts):
        left_out.append(figure)
    return kept


def _of(count: int, leaders: int) -> GroupCount:
    """A count of at least ``PULSE_MIN_GROUP`` leaders: always shown, as exact, few or most."""
    shown = group_count(count, leaders)
    assert shown is not None  # the group and the WHO-5 leaders are never fewer than 5
    return shown
