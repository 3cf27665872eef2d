"""A hypothesis strategy for any pulse a leader might share (the group and file tests)."""

from __future__ import annotations

from hypothesis import strategies as st

from wellbeing_desktop.domain.pulse import LeaderPulse, Who5Band
from wellbeing_desktop.domain.pulse_values import (
    BUILTIN_DEMANDS,
    BUILTIN_RESOURCES,
    PULSE_SITUATIONS,
)


@st.composite
def pulses(draw: st.DrawFn) -> LeaderPulse:
    days = draw(st.integers(1, 400))
    weeks = draw(st.integers(1, days))
    hours = draw(st.none() | st.floats(0, 168))
    counts = draw(st.none() | st.lists(st.integers(0, 30), min_size=5, max_size=5))
    steps = None
    if counts and sum(counts):
        a, b, c, d, e = (n / sum(counts) for n in counts)
        steps = (a, b, c, d, e)
    keys = st.lists(st.sampled_from(BUILTIN_DEMANDS[:5]), max_size=3, unique=True)
    situations = st.lists(st.sampled_from(PULSE_SITUATIONS), unique=True).map(tuple)
    open_situations, resolved = draw(situations), draw(situations)
    return LeaderPulse(
        days_logged=days,
        weeks_counted=weeks,
        leadership_share=draw(st.none() | st.floats(0, 1)),
        target_percent=draw(st.integers(0, 100)),
        hours_per_week=hours,
        weekly_norm=draw(st.floats(1, 80)),
        weeks_over_norm=draw(st.integers(0, weeks)) if hours is not None else 0,
        step_shares=steps,
        demands_mean=draw(st.none() | st.floats(0, 10)),
        resources_mean=draw(st.none() | st.floats(0, 10)),
        top_demands=tuple(draw(keys)),
        top_resources=tuple(
            draw(st.lists(st.sampled_from(BUILTIN_RESOURCES[:4]), max_size=3, unique=True))
        ),
        open_situations=open_situations,
        resolved_situations=resolved,
        has_sparring=bool(open_situations or resolved) or draw(st.booleans()),
        who5_band=draw(st.none() | st.sampled_from(Who5Band)),
    )
