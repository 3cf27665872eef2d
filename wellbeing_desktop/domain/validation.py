"""The rules a value must keep before it is stored; each breach is one ValidationError.

Field names in messages are the short, user-facing ones the CLI uses (``date``,
``stress``, ``note``, a category key for its minutes …). Journal text is never echoed.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import messages as msg
from wellbeing_desktop.domain.catalogues import SPARRING_PARTNERS, SPARRING_SITUATIONS
from wellbeing_desktop.domain.day_range import EARLIEST_DAY
from wellbeing_desktop.domain.errors import Message, ValidationError
from wellbeing_desktop.domain.models import (
    ActivityKind,
    CatalogueItem,
    CatalogueKind,
    Category,
    DayChanges,
    DayLog,
    DayMerge,
    ExportRecord,
    Language,
    OneOnOne,
    Settings,
    ShareLevel,
    SparringTopic,
    TopicStatus,
    Who5CheckIn,
)

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

MINUTES_PER_DAY = 24 * 60
MAX_TEXT = 100_000  # characters in a reflection or notes: a long essay, not a pasted book
MAX_TAG = 50
MAX_NAME = 200
MAX_LINE = 2_000  # one agenda point or action
MAX_PLANNED_AHEAD = timedelta(days=366)  # a 1:1 may be booked up to a year ahead
# The inclusive ranges the rules below check; the GUI's widgets take their limits from here.
STRESS_STEP_RANGE = (1, 5)  # the stress staircase
BALANCE_RANGE = (0, 10)  # demands and resources
ENERGY_RANGE = (1, 5)
WHO5_ANSWER_RANGE = (0, 5)
WEEKLY_NORM_HOURS = (1, 80)
TARGET_PERCENT = (0, 100)  # the leadership share aimed at
AUTO_LOCK_MINUTES = (0, 240)  # 0 turns auto-lock off

_TAG_RULE = Message(msg.TAG_RULE, n=MAX_TAG)
_RANGE_WORDS = {
    "": msg.WHOLE_NUMBER,
    "%": msg.WHOLE_NUMBER_PERCENT,
    "minutes": msg.WHOLE_NUMBER_MINUTES,
    "minutes (0 turns it off)": msg.WHOLE_NUMBER_MINUTES_OFF,
}


def _check_range(field: Message | str, value: object, low: int, high: int, unit: str = "") -> None:
    # bool is an int subclass; True as "1 minute" is a bug, not a value.
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, value, Message(_RANGE_WORDS[unit], low=low, high=high))


def _check_optional_range(field: str, value: int | None, low: int, high: int) -> None:
    if value is not None:
        _check_range(field, value, low, high)


def _check_past_day(
    field: str, day: object, today: date, *, ahead: timedelta | None = None
) -> None:
    if not isinstance(day, date):
        raise ValidationError(field, day, msg.DATE)
    latest = today + ahead if ahead else today
    if day > latest:
        allowed = (
            Message(msg.DATE_UP_TO, date=latest.isoformat()) if ahead else msg.TODAY_OR_EARLIER
        )
        raise ValidationError(field, day.isoformat(), allowed)
    if day < EARLIEST_DAY:
        raise ValidationError(
            field, day.isoformat(), Message(msg.DATE_OR_LATER, date=EARLIEST_DAY.isoformat())
        )


def check_text(field: str, text: object, *, max_chars: int = MAX_TEXT) -> None:
    """Free text fits the journal: a str, at most ``max_chars``, storable as UTF-8.

    Raises:
        ValidationError: without echoing the text.
    """
    if not isinstance(text, str):
        raise ValidationError(field, None, msg.TEXT, show_value=False)
    if len(text) > max_chars:
        raise ValidationError(
            field,
            None,
            Message(msg.TEXT_TOO_LONG, n=max_chars, count=len(text)),
            show_value=False,
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate, e.g. from a broken paste or a mis-decoded file: it cannot be
        # stored, and the user can only fix it by knowing it is there.
        raise ValidationError(
            field,
            None,
            msg.VALID_TEXT,
            show_value=False,
        ) from None
    if "\x00" in text:
        # SQLite's text functions (and FTS) stop at NUL: the rest would silently vanish.
        raise ValidationError(field, None, msg.TEXT_WITHOUT_NUL, show_value=False)


def _check_keys(field: str, keys: Iterable[object]) -> None:
    seen: set[str] = set()
    for key in keys:
        if not isinstance(key, str) or not key.strip():
            raise ValidationError(field, None, msg.NON_EMPTY_KEY, show_value=False)
        check_text(field, key, max_chars=120)
        if key in seen:
            # Keys of the user's own signals are made from their words: not echoed.
            raise ValidationError(field, None, msg.ONCE_A_DAY, show_value=False)
        seen.add(key)


def _check_tag(tag: object) -> None:
    if (
        not isinstance(tag, str)
        or not 1 <= len(tag) <= MAX_TAG
        or not all(ch.isalnum() or ch in "-_" for ch in tag)
    ):
        raise ValidationError("tag", None, _TAG_RULE, show_value=False)


def validate_day_log(log: DayLog, *, today: date, category_keys: Collection[str]) -> None:
    """Check a whole day before it is saved.

    Args:
        log: the day as it would be stored.
        today: the user's local date (no clock in the domain).
        category_keys: the keys of the user's categories, archived ones included.

    Raises:
        ValidationError: the first rule the day breaks.
    """
    _check_past_day("date", log.day, today)
    for key, minutes in log.minutes.items():
        if key not in category_keys:
            known = ", ".join(sorted(category_keys)) or "none defined"
            raise ValidationError("category", key, Message(msg.ONE_OF_CATEGORIES, codes=known))
        _check_range(key, minutes, 0, MINUTES_PER_DAY, "minutes")
    total = log.logged_minutes
    if total > MINUTES_PER_DAY:
        raise ValidationError("minutes", total, Message(msg.AT_MOST_A_DAY, n=MINUTES_PER_DAY))
    _check_optional_range("hours", log.hours_worked_minutes, 0, MINUTES_PER_DAY)
    _check_optional_range("stress", log.stress_step, *STRESS_STEP_RANGE)
    _check_optional_range("demands", log.demands, *BALANCE_RANGE)
    _check_optional_range("resources", log.resources, *BALANCE_RANGE)
    _check_optional_range("energy", log.energy, *ENERGY_RANGE)
    _check_keys("signal", log.signals)
    _check_keys("demand_item", log.demand_items)
    _check_keys("resource_item", log.resource_items)
    for tag in log.tags:
        _check_tag(tag)
    if len({tag.casefold() for tag in log.tags}) != len(log.tags):
        raise ValidationError("tag", None, msg.EACH_TAG_ONCE, show_value=False)
    check_text("note", log.reflection)
    share: object = log.share  # typed as ShareLevel, but callers may hand in a plain str
    if not isinstance(share, ShareLevel):
        allowed = ", ".join(level.value for level in ShareLevel)
        raise ValidationError("share", share, Message(msg.ONE_OF, codes=allowed))


def changed_day(
    day: date,
    stored: DayLog | None,
    changes: DayChanges,
    *,
    today: date,
    category_keys: Collection[str],
) -> DayMerge:
    """The day ``changes`` make of ``stored`` (None: a new day), checked and settled.

    The one rule of a day's partial update (``Journal.log_day``, and the command line's
    quick ``log``, ``cli.quick_log``): only the given fields change, the whole day is
    validated (``validate_day_log``), then its hours worked settled (``settled_merge``).
    """
    log = (stored or DayLog(day=day)).with_changes(changes)
    validate_day_log(log, today=today, category_keys=category_keys)
    given = changes.hours_worked_minutes is not None
    return settled_merge(DayMerge(log), before=stored, hours_given=given)


def settled_merge(merge: DayMerge, *, before: DayLog | None, hours_given: bool) -> DayMerge:
    """``merge`` with the day's hours worked covering its categories' time, or refused.

    ``hours_raised_from``: the hours before they were raised (not when they followed the
    categories' time down: no news for the user).
    """
    day = settle_hours_worked(merge.day, before=before, hours_given=hours_given)
    if day is merge.day:
        return merge
    if (day.hours_worked_minutes or 0) < (merge.day.hours_worked_minutes or 0):
        return dataclasses.replace(merge, day=day)  # followed the categories down: no news
    return dataclasses.replace(merge, day=day, hours_raised_from=merge.day.hours_worked_minutes)


def settle_hours_worked(log: DayLog, *, before: DayLog | None, hours_given: bool) -> DayLog:
    """The day with its stated hours worked covering the time logged in the categories.

    One rule for every day save (the CLI's ``log`` and the GUI's Today alike):

    - hours given in the same input (``hours_given``) below the categories' time are
      refused: the user said two things that cannot both be true;
    - hours not given (kept from the stored day) that the categories' time has outgrown
      are raised to that time: the user evidently worked at least that long, and typed
      time is never refused for it;
    - hours that equalled the categories' time follow it down when it shrinks (a typo
      corrected: they were raised to it, or given as the same figure);
    - a day whose minutes did not change keeps its hours (a day stored before the rule,
      with fewer hours than minutes, still saves its reflection as it is).

    Args:
        log: the day as it would be stored.
        before: the day as stored now, None for a new day.
        hours_given: the input set the hours worked itself.

    Returns:
        ``log``, or ``log`` with its hours worked raised to the categories' time.

    Raises:
        ValidationError: field ``hours``; the values as hours:minutes (8:30), which read
            the same in every language.
    """
    hours, total = log.hours_worked_minutes, log.logged_minutes
    if (
        not hours_given
        and before is not None
        and hours is not None
        and hours == before.hours_worked_minutes == before.logged_minutes
        and total < hours
    ):
        # Hours that were the categories' time (raised to it, or given so) follow it down
        # too: a typo corrected in Today (which shows no hours) must not leave them high.
        return dataclasses.replace(log, hours_worked_minutes=total)
    if hours is None or hours >= total:
        return log
    if hours_given:
        raise ValidationError(
            "hours", clock_text(hours), Message(msg.HOURS_COVER_CATEGORIES, time=clock_text(total))
        )
    if before is not None and before.minutes == log.minutes:
        return log
    return dataclasses.replace(log, hours_worked_minutes=total)


def clock_text(minutes: int) -> str:
    """Minutes as hours:minutes (``510`` is ``8:30``)."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def validate_who5(checkin: Who5CheckIn, *, today: date) -> None:
    """Check a WHO-5 check-in: a past date and five answers, each 0..5.

    Raises:
        ValidationError: the first rule the check-in breaks.
    """
    _check_past_day("date", checkin.taken_on, today)
    answers: tuple[object, ...] = tuple(checkin.answers)
    if len(answers) != 5:
        raise ValidationError("who5", len(answers), msg.EXACTLY_FIVE)
    for number, answer in enumerate(answers, start=1):
        _check_range(Message(msg.ANSWER_N, n=number), answer, *WHO5_ANSWER_RANGE)


def validate_settings(settings: Settings) -> None:
    """Check the user's preferences.

    Raises:
        ValidationError: the first setting out of range.
    """
    norm = settings.weekly_hours_norm
    if (
        isinstance(norm, bool)
        or not isinstance(norm, int | float)
        or not math.isfinite(norm)
        or not WEEKLY_NORM_HOURS[0] <= norm <= WEEKLY_NORM_HOURS[1]
    ):
        raise ValidationError("norm", norm, msg.NORM)
    _check_range("target", settings.leadership_target_percent, *TARGET_PERCENT, "%")
    _check_range(
        "auto-lock", settings.auto_lock_minutes, *AUTO_LOCK_MINUTES, "minutes (0 turns it off)"
    )
    if settings.reminder_time is not None and not isinstance(settings.reminder_time, time):
        raise ValidationError("reminder", settings.reminder_time, msg.TIME_OF_DAY)
    language: object = settings.language
    if not isinstance(language, Language):
        allowed = " or ".join(member.value for member in Language)
        raise ValidationError("language", language, allowed)


def validate_sparring_topic(topic: SparringTopic, *, today: date) -> None:
    """Check a sparring topic: known situation and partner, sensible dates and status.

    A resolved topic has a resolution date and an open one has none, so the two can
    never disagree in storage.

    Raises:
        ValidationError: the first rule the topic breaks.
    """
    _check_past_day("date", topic.raised_on, today)
    if topic.situation not in SPARRING_SITUATIONS:
        allowed = ", ".join(SPARRING_SITUATIONS)
        raise ValidationError("situation", topic.situation, Message(msg.ONE_OF, codes=allowed))
    if topic.with_whom not in SPARRING_PARTNERS:
        allowed = ", ".join(SPARRING_PARTNERS)
        raise ValidationError("with", topic.with_whom, Message(msg.ONE_OF, codes=allowed))
    check_text("notes", topic.notes)
    status: object = topic.status
    if not isinstance(status, TopicStatus):
        allowed = " or ".join(member.value for member in TopicStatus)
        raise ValidationError("status", status, allowed)
    if topic.status is TopicStatus.RESOLVED and topic.resolved_on is None:
        raise ValidationError("resolved", None, msg.RESOLVED_DATE)
    if topic.status is TopicStatus.OPEN and topic.resolved_on is not None:
        raise ValidationError("resolved", topic.resolved_on.isoformat(), msg.NO_DATE_WHILE_OPEN)
    if topic.resolved_on is not None:
        _check_past_day("resolved", topic.resolved_on, today)
        if topic.resolved_on < topic.raised_on:
            raise ValidationError(
                "resolved",
                topic.resolved_on.isoformat(),
                Message(msg.ON_OR_AFTER_RAISED, date=topic.raised_on.isoformat()),
            )


def validate_one_on_one(meeting: OneOnOne, *, today: date) -> None:
    """Check a 1:1: a date (up to a year ahead, as it may be planned), a name and texts.

    Raises:
        ValidationError: the first rule the meeting breaks.
    """
    _check_past_day("date", meeting.held_on, today, ahead=MAX_PLANNED_AHEAD)
    name = meeting.with_whom
    if not isinstance(name, str) or not name.strip():
        raise ValidationError("with", None, msg.WHO_THE_1_1_IS_WITH, show_value=False)
    check_text("with", name, max_chars=MAX_NAME)
    for point in meeting.agenda:
        if not isinstance(point, str) or not point.strip():
            raise ValidationError("agenda", None, msg.AGENDA_WITH_TEXT, show_value=False)
        check_text("agenda", point, max_chars=MAX_LINE)
    check_text("notes", meeting.notes)
    for action in meeting.actions:
        if not isinstance(action.text, str) or not action.text.strip():
            raise ValidationError("action", None, msg.ACTIONS_WITH_TEXT, show_value=False)
        check_text("action", action.text, max_chars=MAX_LINE)


EXPORT_KINDS = frozenset(
    {"one-on-one", "coach", "json", "csv", "xlsx", "pulse", "leader-group", "markdown"}
)
EXPORT_FORMATS = frozenset({"pdf", "md", "html", "json", "csv", "xlsx", "pulse"})


def validate_export_record(record: ExportRecord) -> None:
    """Check a consent-log entry: a known kind and format, and an ordered period.

    Raises:
        ValidationError: the first rule the entry breaks.
    """
    if record.kind not in EXPORT_KINDS:
        raise ValidationError("kind", record.kind, msg.EXPORT_KINDS)
    if record.format not in EXPORT_FORMATS:
        raise ValidationError("format", record.format, msg.EXPORT_FORMATS)
    start, end = record.period_start, record.period_end
    if start is not None and end is not None and start > end:
        raise ValidationError(
            "from", start.isoformat(), Message(msg.DAY_ON_OR_BEFORE, date=end.isoformat())
        )


def validate_categories(categories: Collection[Category]) -> None:
    """Check the activity categories: named, unique keys, and at least one of leadership.

    Raises:
        ValidationError: the first rule the list breaks.
    """
    if not categories:
        raise ValidationError("categories", None, msg.AT_LEAST_ONE_CATEGORY, show_value=False)
    keys = [c.key for c in categories]
    if len(set(keys)) != len(keys):
        raise ValidationError("categories", None, msg.EACH_CATEGORY_ONCE, show_value=False)
    for category in categories:
        key = category.key
        if not isinstance(key, str) or not key.strip() or len(key) > 64:
            raise ValidationError("category", None, msg.CATEGORY_KEY, show_value=False)
        check_text("category", key, max_chars=64)
        for name in (category.name_da, category.name_en):
            if not isinstance(name, str) or not name.strip():
                raise ValidationError("category", None, msg.CATEGORY_NAME, show_value=False)
            check_text("category", name, max_chars=MAX_NAME)
        if not isinstance(category.kind, ActivityKind):
            raise ValidationError("kind", category.kind, msg.CATEGORY_KINDS)
    if not any(c.kind is ActivityKind.LEADERSHIP for c in categories):
        raise ValidationError(
            "categories",
            None,
            msg.A_LEADERSHIP_CATEGORY,
            show_value=False,
        )


def validate_catalogue_item(item: CatalogueItem) -> None:
    """Check one of the user's own pick-list items (a signal, demand or resource).

    Raises:
        ValidationError: the first rule the item breaks.
    """
    if not isinstance(item.key, str) or not item.key.strip() or len(item.key) > 120:
        raise ValidationError("item", None, msg.ITEM_KEY, show_value=False)
    check_text("item", item.key, max_chars=120)
    if not isinstance(item.catalogue, CatalogueKind):
        raise ValidationError("item", item.catalogue, msg.CATALOGUE_KINDS)
    for label in (item.label_da, item.label_en):
        if not isinstance(label, str) or not label.strip():
            raise ValidationError("item", None, msg.ITEM_NAME, show_value=False)
        check_text("item", label, max_chars=MAX_NAME)
