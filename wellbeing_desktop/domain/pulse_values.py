"""A pulse as JSON values and back, and the check of a round: what a hostile sender meets.

``pulse_to_dict`` gives what is sealed into the pulse file; ``pulse_from_dict`` takes the
decrypted JSON of a file that anyone could have made (the round's public key is public)
and checks every value: exactly the pulse's keys, the JSON types (a bool is not a
number), finite numbers in range, built-in catalogue keys only, no key twice, and the
figures agreeing with each other (weeks over the norm among the weeks counted, sparring
where a situation is named). A refusal is a ``ValidationError`` naming the field; a value
that is not a number is never echoed.

``check_round`` is the rule of a round (name, period, minimum group) for the service's
``start_round`` and for a round file read back.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from wellbeing_desktop.domain import catalogues
from wellbeing_desktop.domain import messages as msg
from wellbeing_desktop.domain.day_range import EARLIEST_DAY, LATEST_DAY, check_day_range
from wellbeing_desktop.domain.errors import Message, ValidationError
from wellbeing_desktop.domain.pulse_types import (
    PULSE_MIN_GROUP,
    ROUND_MIN_GROUP_MAX,
    ROUND_NAME_MAX,
    TOP_ITEMS,
    LeaderPulse,
    Who5Band,
)
from wellbeing_desktop.domain.validation import BALANCE_RANGE, TARGET_PERCENT, WEEKLY_NORM_HOURS

# The keys a pulse may name: built-in ones only (a leader's own items are words).
BUILTIN_DEMANDS: tuple[str, ...] = tuple(item.key for item in catalogues.DEMANDS)
BUILTIN_RESOURCES: tuple[str, ...] = tuple(item.key for item in catalogues.RESOURCES)
# The »første gang« situations; ``other`` is left out: what it is, only the notes tell.
PULSE_SITUATIONS: tuple[str, ...] = tuple(
    key for key in catalogues.SPARRING_SITUATIONS if key != "other"
)

# Sane bounds for a value from outside; the period bounds it further (the service's job).
MAX_DAYS = (LATEST_DAY - EARLIEST_DAY).days + 1
# A round covers whole Monday–Sunday weeks, at least this many (check_round).
ROUND_MIN_WEEKS = 2
ROUND_MIN_DAYS = 7 * ROUND_MIN_WEEKS
_MONDAY, _SUNDAY = 0, 6
HOURS_A_WEEK = 168
# Five shares rounded to whole percent add up to 100 % within ±2.5 points.
_SUM_TOLERANCE = 0.03
# An integer this large is not echoed (its digits could be thousands long).
_SHOWN_LIMIT = 10**12

_KEYS = frozenset(
    {
        "days_logged",
        "weeks_counted",
        "leadership_share",
        "target_percent",
        "hours_per_week",
        "weekly_norm",
        "weeks_over_norm",
        "step_shares",
        "demands_mean",
        "resources_mean",
        "top_demands",
        "top_resources",
        "open_situations",
        "resolved_situations",
        "has_sparring",
        "who5_band",
    }
)


def pulse_to_dict(pulse: LeaderPulse) -> dict[str, object]:
    """The pulse as JSON-ready values (what is sealed into the pulse file).

    The keys are the fields' names; numbers stay numbers (shares as fractions 0..1),
    tuples become lists, ``None`` stays ``None`` (JSON null), the WHO-5 band is its value.
    """
    return {
        "days_logged": pulse.days_logged,
        "weeks_counted": pulse.weeks_counted,
        "leadership_share": _float(pulse.leadership_share),
        "target_percent": pulse.target_percent,
        "hours_per_week": _float(pulse.hours_per_week),
        "weekly_norm": float(pulse.weekly_norm),
        "weeks_over_norm": pulse.weeks_over_norm,
        "step_shares": None if pulse.step_shares is None else [float(s) for s in pulse.step_shares],
        "demands_mean": _float(pulse.demands_mean),
        "resources_mean": _float(pulse.resources_mean),
        "top_demands": list(pulse.top_demands),
        "top_resources": list(pulse.top_resources),
        "open_situations": list(pulse.open_situations),
        "resolved_situations": list(pulse.resolved_situations),
        "has_sparring": pulse.has_sparring,
        "who5_band": None if pulse.who5_band is None else pulse.who5_band.value,
    }


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def pulse_from_dict(data: object, *, period: tuple[date, date] | None = None) -> LeaderPulse:
    """A pulse from the decrypted JSON, every value checked (type and range).

    Args:
        data: the decrypted JSON (``json.loads``), from anyone.
        period: the round's ``(start, end)``: if given, the days logged are at most its
            days and the weeks counted at most the calendar weeks it touches.

    Raises:
        ValidationError: a value is missing, of the wrong type or out of range, or a key
            is not a pulse's (the field ``pulse``).
    """
    if not isinstance(data, dict):
        raise ValidationError("pulse", None, msg.PULSE_OBJECT, show_value=False)
    if any(key not in _KEYS for key in data):
        raise ValidationError("pulse", None, msg.PULSE_KEYS_ONLY, show_value=False)
    most_days, most_weeks = MAX_DAYS, MAX_DAYS
    if period is not None:
        start, end = period
        most_days = max((end - start).days + 1, 1)
        mondays = (end - timedelta(days=end.weekday())) - (start - timedelta(days=start.weekday()))
        most_weeks = mondays.days // 7 + 1
    days = _whole(data, "days_logged", 1, most_days)
    weeks = _whole(data, "weeks_counted", 1, min(days, most_weeks))
    hours = _number(data, "hours_per_week", 0, HOURS_A_WEEK, optional=True)
    top_demands = _keys(data, "top_demands", BUILTIN_DEMANDS, TOP_ITEMS)
    top_resources = _keys(data, "top_resources", BUILTIN_RESOURCES, TOP_ITEMS)
    open_situations = _keys(data, "open_situations", PULSE_SITUATIONS, len(PULSE_SITUATIONS))
    resolved = _keys(data, "resolved_situations", PULSE_SITUATIONS, len(PULSE_SITUATIONS))
    has_sparring = _flag(data, "has_sparring")
    if (open_situations or resolved) and not has_sparring:
        raise ValidationError("has_sparring", has_sparring, msg.SPARRING_WITH_SITUATION)
    return LeaderPulse(
        days_logged=days,
        weeks_counted=weeks,
        leadership_share=_number(data, "leadership_share", 0, 1, optional=True),
        target_percent=_whole(data, "target_percent", *TARGET_PERCENT),
        hours_per_week=hours,
        weekly_norm=_required(_number(data, "weekly_norm", *WEEKLY_NORM_HOURS)),
        # Weeks over the norm are among the weeks with hours: none without hours.
        weeks_over_norm=_whole(data, "weeks_over_norm", 0, weeks if hours is not None else 0),
        step_shares=_step_shares(data),
        demands_mean=_number(data, "demands_mean", *BALANCE_RANGE, optional=True),
        resources_mean=_number(data, "resources_mean", *BALANCE_RANGE, optional=True),
        top_demands=top_demands,
        top_resources=top_resources,
        open_situations=open_situations,
        resolved_situations=resolved,
        has_sparring=has_sparring,
        who5_band=_band(data),
    )


def _shown(value: object) -> bool:
    """Whether a refused value may be echoed: a number of sane size, never text."""
    if isinstance(value, float):
        return True
    return isinstance(value, int) and -_SHOWN_LIMIT < value < _SHOWN_LIMIT


def _refuse(field: str, value: object, allowed: Message | str) -> ValidationError:
    return ValidationError(
        field, value if _shown(value) else None, allowed, show_value=_shown(value)
    )


def _value(data: dict[object, object], field: str) -> object:
    if field not in data:
        raise ValidationError(field, None, msg.PULSE_VALUE_MISSING, show_value=False)
    return data[field]


def _whole(data: dict[object, object], field: str, low: int, high: int) -> int:
    value = _value(data, field)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _refuse(field, value, Message(msg.WHOLE_NUMBER, low=low, high=high))
    return value


def _is_number(value: object, low: float, high: float) -> bool:
    # Compared before any conversion: a huge int compares fine but overflows a float.
    return (
        not isinstance(value, bool)
        and isinstance(value, int | float)
        and low <= value <= high
        and math.isfinite(value)
    )


def _number(
    data: dict[object, object], field: str, low: float, high: float, *, optional: bool = False
) -> float | None:
    value = _value(data, field)
    if value is None and optional:
        return None
    if not _is_number(value, low, high):
        words = msg.NUMBER_FROM_TO_OR_NULL if optional else msg.NUMBER_FROM_TO
        raise _refuse(field, value, Message(words, low=low, high=high))
    assert isinstance(value, int | float)  # for the type checker: _is_number said so
    return float(value)


def _required(value: float | None) -> float:
    assert value is not None  # _number without optional never gives None
    return value


def _keys(
    data: dict[object, object], field: str, allowed: tuple[str, ...], most: int
) -> tuple[str, ...]:
    value = _value(data, field)
    if (
        not isinstance(value, list)
        or len(value) > most
        or not all(isinstance(key, str) and key in allowed for key in value)
        or len(set(value)) != len(value)
    ):
        codes = ", ".join(allowed) if len(allowed) <= len(PULSE_SITUATIONS) else _span(allowed)
        raise ValidationError(
            field, None, Message(msg.KEYS_FROM, n=most, codes=codes), show_value=False
        )
    return tuple(value)


def _span(keys: tuple[str, ...]) -> str:
    return f"{keys[0]} … {keys[-1]}"


def _flag(data: dict[object, object], field: str) -> bool:
    value = _value(data, field)
    if not isinstance(value, bool):
        raise _refuse(field, value, msg.TRUE_OR_FALSE)
    return value


def _step_shares(data: dict[object, object]) -> tuple[float, float, float, float, float] | None:
    value = _value(data, "step_shares")
    if value is None:
        return None
    if (
        not isinstance(value, list)
        or len(value) != 5
        or not all(_is_number(share, 0, 1) for share in value)
        or abs(math.fsum(value) - 1) > _SUM_TOLERANCE
    ):
        raise ValidationError("step_shares", None, msg.STEP_SHARES, show_value=False)
    a, b, c, d, e = (float(share) for share in value)
    return a, b, c, d, e


def _band(data: dict[object, object]) -> Who5Band | None:
    value = _value(data, "who5_band")
    if value is None:
        return None
    bands = [band.value for band in Who5Band]
    if not isinstance(value, str) or value not in bands:
        codes = ", ".join([*bands, "null"])
        raise ValidationError("who5_band", None, Message(msg.ONE_OF, codes=codes), show_value=False)
    return Who5Band(value)


# --- a round ------------------------------------------------------------------------------


def check_round(name: object, start: object, end: object, min_group: object) -> None:
    """Check a round's name, period and minimum group before it is made or read back.

    The name: one line of 1 to ``ROUND_NAME_MAX`` characters, not only spaces, without
    control or bidi characters (it is printed in terminals and reports). The period: two
    dates in the accepted range (``day_range``) that make whole weeks, at least
    ``ROUND_MIN_WEEKS`` of them: the start a Monday, the end a Sunday (a pulse's figures
    are per week; a short or cut period would hold a day's or a few days' figures). The
    minimum group: a whole number from ``PULSE_MIN_GROUP`` to ``ROUND_MIN_GROUP_MAX``.

    Raises:
        ValidationError: field ``name``, ``from``, ``to`` or ``min-group``.
    """
    if (
        not isinstance(name, str)
        or not name.strip()
        or len(name) > ROUND_NAME_MAX
        or not name.isprintable()
    ):
        raise ValidationError(
            "name", None, Message(msg.ROUND_NAME, n=ROUND_NAME_MAX), show_value=False
        )
    start = _day("from", start)
    end = _day("to", end)
    if start.weekday() != _MONDAY:
        raise ValidationError("from", start.isoformat(), msg.ROUND_FROM_MONDAY)
    earliest = start + timedelta(days=ROUND_MIN_DAYS - 1)
    if end.weekday() != _SUNDAY or end < earliest:
        raise ValidationError(
            "to", end.isoformat(), Message(msg.ROUND_TO_SUNDAY, date=earliest.isoformat())
        )
    if (
        isinstance(min_group, bool)
        or not isinstance(min_group, int)
        or not PULSE_MIN_GROUP <= min_group <= ROUND_MIN_GROUP_MAX
    ):
        raise _refuse(
            "min-group",
            min_group,
            Message(msg.WHOLE_NUMBER, low=PULSE_MIN_GROUP, high=ROUND_MIN_GROUP_MAX),
        )


def _day(field: str, day: object) -> date:
    if not isinstance(day, date):
        raise ValidationError(field, None, msg.DATE, show_value=False)
    return check_day_range(field, day)
