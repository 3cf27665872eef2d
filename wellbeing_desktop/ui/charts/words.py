"""Words, dates and numbers of the Trends charts, in Danish and English.

Every user-visible string is a (Danish, English) pair shown with ``tr``. The helpers
here format periods, hours and shares the same way in tooltips, tables and ticks.
"""

from __future__ import annotations

from datetime import date

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.translation import Message, tr, translatable

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

_MONTHS: tuple[Message, ...] = (
    translatable("charts.words", "January"),
    translatable("charts.words", "February"),
    translatable("charts.words", "March"),
    translatable("charts.words", "April"),
    translatable("charts.words", "May"),
    translatable("charts.words", "June"),
    translatable("charts.words", "July"),
    translatable("charts.words", "August"),
    translatable("charts.words", "September"),
    translatable("charts.words", "October"),
    translatable("charts.words", "November"),
    translatable("charts.words", "December"),
)
_WEEKDAYS: tuple[Message, ...] = (
    translatable("charts.words", "Monday"),
    translatable("charts.words", "Tuesday"),
    translatable("charts.words", "Wednesday"),
    translatable("charts.words", "Thursday"),
    translatable("charts.words", "Friday"),
    translatable("charts.words", "Saturday"),
    translatable("charts.words", "Sunday"),
)
WEEK_WORD: Message = translatable("charts.words", "Week")
WEEK_SHORT: Message = translatable("charts.words", "wk")


def month_name(month: int, language: Language) -> str:
    return tr(_MONTHS[month - 1], language)


def month_short(month: int, language: Language) -> str:
    """``jan``, ``feb`` … (Danish) or ``Jan``, ``Feb`` … (English)."""
    return month_name(month, language)[:3]


def weekday_name(weekday: int, language: Language) -> str:
    return tr(_WEEKDAYS[weekday], language)


def weekday_short(weekday: int, language: Language) -> str:
    """``ma``, ``ti`` … (Danish) or ``Mon``, ``Tue`` … (English)."""
    name = weekday_name(weekday, language)
    return name[:2] if language is Language.DANISH else name[:3]


def day_text(day: date, language: Language, *, weekday: bool = True) -> str:
    """``tirsdag 24. november 2026`` or ``Tuesday 24 November 2026``."""
    if language is Language.DANISH:
        text = f"{day.day}. {month_name(day.month, language)} {day.year}"
    else:
        text = f"{day.day} {month_name(day.month, language)} {day.year}"
    return f"{weekday_name(day.weekday(), language)} {text}" if weekday else text


def short_day(day: date, language: Language) -> str:
    """``24. nov`` or ``24 Nov``."""
    if language is Language.DANISH:
        return f"{day.day}. {month_short(day.month, language)}"
    return f"{day.day} {month_short(day.month, language)}"


def span_text(start: date, end: date, language: Language, *, years: bool = True) -> str:
    """``23.–29. nov`` / ``23–29 Nov`` (or with both months, or both years, when they differ).

    ``years=False`` leaves the years out where the caller names them (a week's label).
    """
    if start == end:
        return short_day(start, language)
    dot = "." if language is Language.DANISH else ""
    if start.year != end.year and years:
        return f"{short_day(start, language)} {start.year} – {short_day(end, language)} {end.year}"
    if start.month != end.month:
        return f"{short_day(start, language)} – {short_day(end, language)}"
    return f"{start.day}{dot}–{short_day(end, language)}"


def period_text(start: date, end: date, granularity: Granularity, language: Language) -> str:
    """A period as a tired reader wants it: the day, the week with its dates, or the month."""
    if granularity is Granularity.DAY:
        return day_text(start, language)
    if granularity is Granularity.WEEK:
        iso = start.isocalendar()
        word = tr(WEEK_WORD, language)
        span = span_text(start, end, language, years=False)
        return f"{word} {iso.week}, {iso.year} ({span})"
    text = f"{month_name(start.month, language)} {start.year}"
    if start.day != 1 or end != _month_end(start):
        text += f" ({span_text(start, end, language)})"  # clipped by the range
    return text[0].upper() + text[1:]


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def number(value: float, language: Language, decimals: int = 1) -> str:
    """``2,4`` (Danish) or ``2.4`` (English); whole numbers without decimals."""
    rounded = round(value, decimals)
    if float(rounded).is_integer():
        return str(int(rounded))
    text = f"{rounded:.{decimals}f}"
    return text.replace(".", ",") if language is Language.DANISH else text


def hours_text(hours: float, language: Language) -> str:
    """``38,5 t`` or ``38.5 h``."""
    unit = "t" if language is Language.DANISH else "h"
    return f"{number(hours, language)} {unit}"


def percent_text(fraction: float, language: Language) -> str:
    """``31 %`` (Danish) or ``31%`` (English) from a 0..1 share."""
    value = round(fraction * 100)
    return f"{value} %" if language is Language.DANISH else f"{value}%"
