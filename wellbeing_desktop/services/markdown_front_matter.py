r"""A day as a Markdown file: YAML front matter with its figures, then its reflection.

The layout is the contract of ``docs/markdown-export.md`` ("A day's file"), which our
Markdown import (``services/foreign/markdown.py``) reads back. Only what the day holds is
written: a figure that was not logged has no key (never an empty value or 0), an empty
list no key. The body is the reflection exactly as stored, then one newline (none after
an empty reflection), so the import gets it back byte for byte.

Values are written for any YAML reader (YAML 1.1 as PyYAML, 1.2 as Obsidian's): a word
that starts with a letter and holds only letters, digits, ``-`` and ``_`` is written
plain, unless a YAML 1.1 reader would take it for true/false/null (``yes``, ``on``,
``null``…); anything else (a tag ``2026``, a key with a space) is double-quoted, with
``\"`` and ``\\`` escaped, and a line break, tab or other control character written as
its escape (``\n``, ``\t``, ``\x85``), so the front matter stays one line per value.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from wellbeing_desktop.domain.models import DayLog

MARKER = "leader_pulse_export"  # only a note with it is read as figures by the import
VERSION = 1

_PLAIN = re.compile(r"[^\W\d_][\w-]*")
# Words a YAML 1.1 reader (PyYAML) takes for a boolean or null when unquoted.
_YAML_WORDS = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null"})
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
# What YAML lets stand in a document (anything else must be escaped); U+0085, U+2028
# and U+2029 are line breaks to a YAML 1.1 reader, U+FEFF a byte-order mark.
_PRINTABLE = re.compile(
    "[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)


def yaml_scalar(value: str) -> str:
    """``value`` as a YAML scalar: plain when that reads back as the same text, else quoted."""
    if _PLAIN.fullmatch(value) and value.casefold() not in _YAML_WORDS:
        return value
    return '"' + "".join(_escaped(ch) for ch in value) + '"'


def _escaped(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if _PRINTABLE.fullmatch(ch):
        return ch
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _flow_list(values: Iterable[str]) -> str:
    return "[" + ", ".join(yaml_scalar(v) for v in values) + "]"


def has_content(day: DayLog) -> bool:
    """Whether the day holds anything to write: a reflection, a figure or a tag."""
    return bool(
        day.reflection
        or day.tags
        or day.minutes
        or day.signals
        or day.demand_items
        or day.resource_items
        or any(
            figure is not None
            for figure in (
                day.hours_worked_minutes,
                day.stress_step,
                day.demands,
                day.resources,
                day.energy,
            )
        )
    )


def reflection_body(text: str) -> str:
    """The body after the front matter: the reflection exactly, then one newline."""
    return text + "\n" if text else ""


def day_file_text(
    day: DayLog, category_keys: Sequence[str], own_labels: Mapping[str, str] | None = None
) -> str:
    """The whole day file: front matter (in the contract's order), then the reflection.

    ``category_keys`` orders the time split (the journal's categories in their order); a
    key the day holds that is not among them comes after, sorted. ``own_labels``: the
    label of each of the user's own signals, demands and resources (by key); those the
    day names are written under ``own_items``, so an import into a journal that lacks
    them can make them.
    """
    lines = [
        "---",
        f"date: {day.day.isoformat()}",
        f"{MARKER}: {VERSION}",
        f"share: {yaml_scalar(day.share.value)}",
    ]
    if day.tags:
        lines.append(f"tags: {_flow_list(day.tags)}")
    if day.minutes:
        known = [k for k in category_keys if k in day.minutes]
        order = known + sorted(set(day.minutes) - set(known))
        lines.append("time_split_minutes:")
        lines += [f"  {yaml_scalar(key)}: {int(day.minutes[key])}" for key in order]
    _add_figure(lines, "hours_worked_minutes", day.hours_worked_minutes)
    _add_figure(lines, "stress_step", day.stress_step)
    _add_list(lines, "signals", day.signals)
    _add_figure(lines, "demands", day.demands)
    _add_figure(lines, "resources", day.resources)
    _add_list(lines, "demand_items", day.demand_items)
    _add_list(lines, "resource_items", day.resource_items)
    _add_figure(lines, "energy", day.energy)
    named = dict.fromkeys((*day.signals, *day.demand_items, *day.resource_items))
    own = [(key, (own_labels or {})[key]) for key in named if key in (own_labels or {})]
    if own:
        lines.append("own_items:")
        lines += [f"  {yaml_scalar(key)}: {yaml_scalar(label)}" for key, label in own]
    lines.append("---")
    return "\n".join(lines) + "\n" + reflection_body(day.reflection)


def _add_figure(lines: list[str], key: str, value: int | None) -> None:
    if value is not None:
        lines.append(f"{key}: {int(value)}")


def _add_list(lines: list[str], key: str, values: Sequence[str]) -> None:
    if values:
        lines.append(f"{key}: {_flow_list(values)}")
