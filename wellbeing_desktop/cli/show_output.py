"""What ``show`` prints for a day, in the language in use (the quick path and the ordinary one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.cli.speech import duration, language, percent, say
from wellbeing_desktop.domain.models import ActivityKind, Language

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import DayLog


def _share_text(share: float | None) -> str:
    width = 4 if language() is Language.ENGLISH else 5  # "100%" / "100 %"
    return f"{'–' if share is None else percent(share):>{width}}"


def day_line(log: DayLog, kinds: dict[str, ActivityKind]) -> str:
    by_kind = dict.fromkeys(ActivityKind, 0)
    for key, minutes in log.minutes.items():
        if key in kinds:
            by_kind[kinds[key]] += minutes
    logged = sum(by_kind.values())
    share = by_kind[ActivityKind.LEADERSHIP] / logged if logged else None
    # "12 h 30 m" and Danish "12 t 30 min" at most: the columns stay in line.
    width = 8 if language() is Language.ENGLISH else 10
    time_part = "  ".join(
        f"{label} {duration(by_kind[kind]):>{width}}"
        for label, kind in (
            (say("cli", "ops"), ActivityKind.OPERATIONS),
            (say("cli", "lead"), ActivityKind.LEADERSHIP),
            (say("cli", "own"), ActivityKind.OWN_WORK),
        )
    )
    step = say("cli", "step {step}").format(step=_opt(log.stress_step))
    balance = say("cli", "d/r {demands}/{resources}").format(
        demands=_opt(log.demands), resources=_opt(log.resources)
    )
    words = " ".join(log.reflection.split())
    first_words = words if len(words) <= 50 else words[:49] + "…"
    parts = (log.day.isoformat(), time_part, _share_text(share), step, balance, first_words)
    return "  ".join(parts)


def _opt(value: int | None) -> str:
    return "–" if value is None else str(value)
