"""Words, dates and numbers of the Trends charts, in Danish and English.

Every user-visible word is a translatable text shown with ``tr``; dates and numbers come
from ``ui.locale_format`` (QLocale), so tooltips, tables and ticks write a period, hours
and shares the same way.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from wellbeing_desktop.domain.aggregation import Granularity

# The formatting helpers of ``ui.locale_format`` the charts use, by the names they use.
from wellbeing_desktop.ui.common.locale_format import (
    capitalised,
    date_span,
    iso_week,
    long_date,
    month_year,
    week_text,
)
from wellbeing_desktop.ui.common.locale_format import duration_text as duration_text
from wellbeing_desktop.ui.common.locale_format import month_short as month_short
from wellbeing_desktop.ui.common.locale_format import number as number
from wellbeing_desktop.ui.common.locale_format import percent_text as percent_text
from wellbeing_desktop.ui.common.locale_format import short_date as short_date
from wellbeing_desktop.ui.common.locale_format import weekday_short as weekday_short
from wellbeing_desktop.ui.common.translation import Message, translatable

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language

# --- chart titles ----------------------------------------------------------------------
TIME_SPLIT: Message = translatable("charts.words", "Time split")
HOURS: Message = translatable("charts.words", "Hours worked")
STRESS: Message = translatable("charts.words", "Stress staircase")
BALANCE: Message = translatable("charts.words", "Demands and resources")
WHO5: Message = translatable("charts.words", "WHO-5 wellbeing")
HEATMAP: Message = translatable("charts.words", "The year day by day")

# --- axes ------------------------------------------------------------------------------
AXIS_PERIOD: dict[Granularity, Message] = {
    Granularity.DAY: translatable("charts.words", "Day"),
    Granularity.WEEK: translatable("charts.words", "Week"),
    Granularity.MONTH: translatable("charts.words", "Month"),
}
AXIS_HOURS: Message = translatable("charts.words", "Hours")
AXIS_SHARE: Message = translatable("charts.words", "Leadership share (%)")
AXIS_STEP: Message = translatable("charts.words", "Step (1–5)")
AXIS_SIGNALS: Message = translatable("charts.words", "Signals")
AXIS_MEAN: Message = translatable("charts.words", "Mean (0–10)")
AXIS_WHO5: Message = translatable("charts.words", "Score (0–100)")

# --- legends ---------------------------------------------------------------------------
OPERATIONS: Message = translatable("charts.words", "Operations")
LEADERSHIP: Message = translatable("charts.words", "Leadership")
OWN_WORK: Message = translatable("charts.words", "Own work")
SHARE: Message = translatable("charts.words", "Leadership share")
TARGET: Message = translatable("charts.words", "Target {target}%")
TARGET_COLUMN: Message = translatable("charts.words", "Target")
WORKED: Message = translatable("charts.words", "Hours worked")
OVER_NORM: Message = translatable("charts.words", "Above the norm")
NORM: Message = translatable("charts.words", "Norm ({norm} h/week)")
NORM_DAY: Message = translatable("charts.words", "Norm ({norm} h per weekday)")
STEP_MEAN: Message = translatable("charts.words", "Mean step")
STEP_MAX: Message = translatable("charts.words", "Highest step")
SIGNALS: Message = translatable("charts.words", "Signals noticed")
STEPS_SHADED: Message = translatable("charts.words", "Steps 3–5")
DEMANDS: Message = translatable("charts.words", "Demands")
RESOURCES: Message = translatable("charts.words", "Resources")
DEMANDS_LARGER: Message = translatable("charts.words", "Demands larger")
RESOURCES_LARGER: Message = translatable("charts.words", "Resources larger")
WHO5_SCORE: Message = translatable("charts.words", "WHO-5 score")
WHO5_REDUCED_LINE: Message = translatable("charts.words", "50: lower wellbeing")
WHO5_LOW_LINE: Message = translatable("charts.words", "28: low wellbeing")
NO_LOG: Message = translatable("charts.words", "Nothing logged")

# --- tooltips and tables -------------------------------------------------------------------
PERIOD: Message = translatable("charts.words", "Period")
DATE: Message = translatable("charts.words", "Date")
GAP: Message = translatable("charts.words", "–")
SHARE_OF: Message = translatable("charts.words", "{share} (target {target}%)")
HOURS_LINE: Message = translatable("charts.words", "{worked} of a norm of {norm}")
OVER_BY: Message = translatable("charts.words", "{hours} above the norm")
UNDER_BY: Message = translatable("charts.words", "{hours} below the norm")
DIFFERENCE: Message = translatable("charts.words", "Difference")
MEAN_STEP_LINE: Message = translatable("charts.words", "Mean step {mean}")
MAX_STEP_LINE: Message = translatable("charts.words", "Highest step {step} {name}")
SIGNALS_LINE: Message = translatable("charts.words", "{n} signals noticed")
DAYS_WITH_STEP: Message = translatable("charts.words", "Days with a step")
DAYS_LOGGED: Message = translatable("charts.words", "{n} days logged")
ONE_DAY_LOGGED: Message = translatable("charts.words", "1 day logged")
DEMANDS_LINE: Message = translatable("charts.words", "Demands {value}")
RESOURCES_LINE: Message = translatable("charts.words", "Resources {value}")
BALANCE_COLUMN: Message = translatable("charts.words", "Balance")
SCORE: Message = translatable("charts.words", "Score")
MEANING: Message = translatable("charts.words", "Meaning")
WHO5_GOOD: Message = translatable("charts.words", "above 50")
WHO5_REDUCED: Message = translatable("charts.words", "50 or below: lower wellbeing")
WHO5_LOW: Message = translatable("charts.words", "28 or below: low wellbeing")
STEP_COLUMN: Message = translatable("charts.words", "Step")
CLICK_HINT: Message = translatable("charts.words", "Click to open in the journal")

# --- actions and notes ---------------------------------------------------------------------
SAVE_AS: Message = translatable("charts.words", "Save as PNG/SVG…")
SAVE_TITLE: Message = translatable("charts.words", "Save the chart")
SAVE_FILTER: Message = translatable("charts.words", "PNG image (*.png);;SVG drawing (*.svg)")
SAVED_TO: Message = translatable(
    "charts.words",
    "Saved to {path}. The file is not encrypted – keep it somewhere safe.",
)
NOT_SAVED: Message = translatable("charts.words", "The chart was not saved: {reason}")
TABLE_NAME: Message = translatable("charts.words", "{chart} as a table")
CHART_NAME: Message = translatable("charts.words", "{chart} – chart")

WEEK_SHORT: Message = translatable("charts.words", "wk")

span_text = date_span


def day_text(day: date, language: Language, *, weekday: bool = True) -> str:
    """``Tirsdag 24. november 2026`` or ``Tuesday 24 November 2026``."""
    return long_date(day, language, weekday=weekday)


def short_day(day: date, language: Language) -> str:
    """``24. nov.`` or ``24 Nov``."""
    return short_date(day, language, year=False)


def period_text(start: date, end: date, granularity: Granularity, language: Language) -> str:
    """A period as a tired reader wants it: the day, the week with its dates, or the month."""
    if granularity is Granularity.DAY:
        return day_text(start, language)
    if granularity is Granularity.WEEK:
        span = span_text(start, end, language, years=False)
        return f"{capitalised(week_text(start, language))}, {iso_week(start)[1]} ({span})"
    text = month_year(start.year, start.month, language)
    if start.day != 1 or end != _month_end(start):
        text += f" ({span_text(start, end, language)})"  # clipped by the range
    return text


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)
