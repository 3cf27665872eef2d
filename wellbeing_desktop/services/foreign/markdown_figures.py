"""The figures of a day file of our own Markdown export (docs/markdown-export.md).

A note whose front matter has the key ``leader_pulse_export`` is ours: its figure keys
(``time_split_minutes``, ``hours_worked_minutes``, ``stress_step``, ``signals``,
``demands``, ``resources``, ``demand_items``, ``resource_items``, ``energy``) and its
``share`` are read (and ``own_items``, the labels of the own items they name, by
``read_own_items``) into a ``DayLog`` of the note's day. A key that is not there is a
figure that was not logged; keys this version does not know (a newer version's) are
passed over. Each value is checked by the rules of a saved day
(``validation.validate_day_log``), so a figure the journal could not store refuses the
file with one line naming the file, the key and what is allowed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from wellbeing_desktop.domain import messages as domain_msg
from wellbeing_desktop.domain.errors import Message, ValidationError
from wellbeing_desktop.domain.models import DayLog, ShareLevel
from wellbeing_desktop.domain.validation import validate_day_log
from wellbeing_desktop.services import messages as msg
from wellbeing_desktop.services.foreign.common import ForeignFileError
from wellbeing_desktop.services.markdown_front_matter import MARKER

if TYPE_CHECKING:
    from wellbeing_desktop.services.foreign.front_matter import Value

_INTEGER = re.compile(r"[+-]?\d{1,9}")
_NUMBERS = ("hours_worked_minutes", "stress_step", "demands", "resources", "energy")
_LISTS = ("signals", "demand_items", "resource_items")
# The field a rule of validate_day_log names -> the key of the front matter it checked
# (the minutes are checked on their own: any field of theirs is ``time_split_minutes``).
_KEYS = {
    "date": "date",
    "hours": "hours_worked_minutes",
    "stress": "stress_step",
    "demands": "demands",
    "resources": "resources",
    "energy": "energy",
    "signal": "signals",
    "demand_item": "demand_items",
    "resource_item": "resource_items",
    "share": "share",
}


class _Unreadable:
    """A value that is no scalar (a list, a skipped block) where a number belongs."""

    def __repr__(self) -> str:
        return "?"


def is_ours(matter: dict[str, Value]) -> bool:
    """Whether front matter is our export's (it has the marker, whatever its version)."""
    return MARKER in matter


def read_figures(matter: dict[str, Value], day: date, path: str) -> DayLog:
    """The day's figures and share level of our export's front matter (reflection empty).

    Raises:
        ForeignFileError: a figure is of the wrong kind or out of its range (the message
            names ``path``, the key and what is allowed; a key or list is never shown).
    """
    minutes = _minutes(matter.get("time_split_minutes", {}), path)
    numbers: dict[str, Any] = {key: _number(matter[key]) for key in _NUMBERS if key in matter}
    lists: dict[str, Any] = {
        key: _key_list(matter[key], key, path) for key in _LISTS if key in matter
    }
    share: Any = matter.get("share", ShareLevel.PRIVATE.value)
    if isinstance(share, str) and share in {level.value for level in ShareLevel}:
        share = ShareLevel(share)
    elif not isinstance(share, str):
        share = _Unreadable()
    log = DayLog(day=day, share=share, **numbers, **lists)
    _check(DayLog(day=day, minutes=minutes), matter, path)  # a category key is any word
    _check(log, matter, path)
    return DayLog(day=day, minutes=minutes, share=share, **numbers, **lists)


def read_own_items(matter: dict[str, Value]) -> tuple[tuple[str, str], ...]:
    """The (key, label) pairs under ``own_items``: the labels of the day's own items.

    Anything but a one-level mapping (a list, a skipped block) is read as no labels: the
    items are then left out as keys this journal does not have (as in an older export).
    Whether a pair makes an item is the import's rule (``JournalKeys.new_items``).
    """
    value = matter.get("own_items")
    if not isinstance(value, dict):
        return ()
    return tuple(value.items())


def _check(log: DayLog, matter: dict[str, Value], path: str) -> None:
    try:
        validate_day_log(log, today=date.max, category_keys=set(log.minutes))
    except ValidationError as error:
        key = _KEYS.get(error.field, error.field)
        if log.minutes and error.field != "date":
            key = "time_split_minutes"
        raw = matter.get(key)
        if isinstance(raw, dict):
            raw = raw.get(error.field, raw)
        # A value of the file is shown (a key or list never is), and the minutes' total.
        readable = isinstance(raw, str) or error.field == "minutes"
        readable = readable and error.shown is not None
        problem = Message(
            msg.FOREIGN_FIGURE,
            key=key,
            value=error.shown if readable else Message(domain_msg.THIS_VALUE),
            allowed=error.allowed_words,
        )
        raise ForeignFileError.in_file(path, problem) from None


def _minutes(value: Value, path: str) -> dict[str, Any]:
    if value == []:  # ``time_split_minutes:`` with nothing under it
        return {}
    if not isinstance(value, dict):
        problem = Message(
            msg.FOREIGN_FIGURE,
            key="time_split_minutes",
            value=Message(domain_msg.THIS_VALUE),
            allowed=Message(msg.FOREIGN_MINUTES_LINES),
        )
        raise ForeignFileError.in_file(path, problem)
    return {key: _number(minutes) for key, minutes in value.items()}


def _number(value: Value) -> object:
    """A whole number as an int; any other value as it is (the rules refuse it)."""
    if isinstance(value, str):
        return int(value) if _INTEGER.fullmatch(value) else value
    return _Unreadable()


def _key_list(value: Value, key: str, path: str) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(value)
    problem = Message(
        msg.FOREIGN_FIGURE,
        key=key,
        value=Message(domain_msg.THIS_VALUE),
        allowed=Message(msg.FOREIGN_A_LIST_OF_TAGS),
    )
    raise ForeignFileError.in_file(path, problem)
