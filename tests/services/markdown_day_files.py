r"""Day files written by hand as docs/markdown-export.md lays them out ("A day's file").

Until the exporter is merged, the import's tests write our export's day files here, to
the letter of the contract: the front matter's keys in its order, a figure not logged
left out, keys written as they are (a key or value that needs it double-quoted, ``\"``,
``\\`` and line breaks escaped), and the reflection exactly, then one newline (none when
empty).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.models import DayLog, ShareLevel

if TYPE_CHECKING:
    from pathlib import Path

# Plain: a word that starts with a letter, of letters, digits, - and _, and that YAML 1.1
# does not read as true/false/null; anything else double-quoted, escaped as YAML escapes.
_PLAIN = re.compile(r"[^\W\d_][\w-]*")
_YAML_WORDS = {"y", "n", "yes", "no", "true", "false", "on", "off", "null"}
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x85": "\\x85"}


def _scalar(value: str) -> str:
    if _PLAIN.fullmatch(value) and value.casefold() not in _YAML_WORDS:
        return value
    return '"' + "".join(_ESCAPES.get(ch, ch) for ch in value) + '"'


def _flow(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(map(_scalar, values)) + "]"


def day_file(log: DayLog, *, extra: str = "") -> str:
    """The text of ``log``'s day file (``extra``: front matter lines of a newer version)."""
    lines = ["---", f"date: {log.day.isoformat()}", "leader_pulse_export: 1"]
    lines.append(f"share: {log.share.value}")
    if log.tags:
        lines.append(f"tags: {_flow(log.tags)}")
    if log.minutes:
        lines.append("time_split_minutes:")
        lines.extend(f"  {_scalar(key)}: {n}" for key, n in log.minutes.items())
    for key, value in (
        ("hours_worked_minutes", log.hours_worked_minutes),
        ("stress_step", log.stress_step),
        ("signals", log.signals),
        ("demands", log.demands),
        ("resources", log.resources),
        ("demand_items", log.demand_items),
        ("resource_items", log.resource_items),
        ("energy", log.energy),
    ):
        if isinstance(value, tuple):
            if value:
                lines.append(f"{key}: {_flow(value)}")
        elif value is not None:
            lines.append(f"{key}: {value}")
    if extra:
        lines.append(extra)
    lines.append("---")
    body = log.reflection + "\n" if log.reflection else ""
    return "\n".join(lines) + "\n" + body


def write_day(folder: Path, log: DayLog, *, name: str | None = None, extra: str = "") -> Path:
    """Write ``log``'s day file into ``folder``/Dage (``name``: another file name)."""
    path = folder / "Dage" / (name or f"{log.day.isoformat()}.md")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(day_file(log, extra=extra).encode("utf-8"))
    return path


def full_day(log: DayLog) -> DayLog:
    """``log`` with every figure logged, shared with the coach (realistic values)."""
    return DayLog(
        day=log.day,
        minutes={"operations": 240, "people_leadership": 90, "strategy": 45},
        hours_worked_minutes=450,
        stress_step=2,
        signals=("sig-sleep", "sig-irritability"),
        demands=7,
        resources=4,
        demand_items=("d1", "d3"),
        resource_items=("r2",),
        energy=3,
        reflection=log.reflection,
        tags=log.tags,
        share=ShareLevel.COACH,
    )
