"""Words, dates and numbers of the Trends charts, in Danish and English.

Every user-visible string is a (Danish, English) pair shown with ``tr``. The helpers
here format periods, hours and shares the same way in tooltips, tables and ticks.
"""

from __future__ import annotations

from datetime import date

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.catalogues import Texts
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.strings import tr

# --- chart titles ----------------------------------------------------------------------
TIME_SPLIT: Texts = ("Tidsfordeling", "Time split")
HOURS: Texts = ("Arbejdstimer", "Hours worked")
STRESS: Texts = ("Stresstrappen", "Stress staircase")
BALANCE: Texts = ("Krav og ressourcer", "Demands and resources")
WHO5: Texts = ("WHO-5 trivsel", "WHO-5 wellbeing")
HEATMAP: Texts = ("Året dag for dag", "The year day by day")

# --- axes ------------------------------------------------------------------------------
AXIS_PERIOD: dict[Granularity, Texts] = {
    Granularity.DAY: ("Dag", "Day"),
    Granularity.WEEK: ("Uge", "Week"),
    Granularity.MONTH: ("Måned", "Month"),
}
AXIS_HOURS: Texts = ("Timer", "Hours")
AXIS_SHARE: Texts = ("Ledelsesandel (%)", "Leadership share (%)")
AXIS_STEP: Texts = ("Trin (1–5)", "Step (1–5)")
AXIS_SIGNALS: Texts = ("Signaler", "Signals")
AXIS_MEAN: Texts = ("Gennemsnit (0–10)", "Mean (0–10)")
AXIS_WHO5: Texts = ("Score (0–100)", "Score (0–100)")

# --- legends ---------------------------------------------------------------------------
OPERATIONS: Texts = ("Drift", "Operations")
LEADERSHIP: Texts = ("Ledelse", "Leadership")
OWN_WORK: Texts = ("Egne opgaver", "Own work")
SHARE: Texts = ("Ledelsesandel", "Leadership share")
TARGET: Texts = ("Mål {target} %", "Target {target}%")
TARGET_COLUMN: Texts = ("Mål", "Target")
WORKED: Texts = ("Arbejdstimer", "Hours worked")
OVER_NORM: Texts = ("Over normen", "Above the norm")
NORM: Texts = ("Norm ({norm} t/uge)", "Norm ({norm} h/week)")
NORM_DAY: Texts = ("Norm ({norm} t pr. hverdag)", "Norm ({norm} h per weekday)")
STEP_MEAN: Texts = ("Gennemsnitligt trin", "Mean step")
STEP_MAX: Texts = ("Højeste trin", "Highest step")
SIGNALS: Texts = ("Signaler bemærket", "Signals noticed")
STEPS_SHADED: Texts = ("Trin 3–5", "Steps 3–5")
DEMANDS: Texts = ("Krav", "Demands")
RESOURCES: Texts = ("Ressourcer", "Resources")
DEMANDS_LARGER: Texts = ("Krav størst", "Demands larger")
RESOURCES_LARGER: Texts = ("Ressourcer størst", "Resources larger")
WHO5_SCORE: Texts = ("WHO-5-score", "WHO-5 score")
WHO5_REDUCED_LINE: Texts = ("50: nedsat trivsel", "50: lower wellbeing")
WHO5_LOW_LINE: Texts = ("28: lav trivsel", "28: low wellbeing")
NO_LOG: Texts = ("Ingen registrering", "Nothing logged")

# --- tooltips and tables -------------------------------------------------------------------
PERIOD: Texts = ("Periode", "Period")
DATE: Texts = ("Dato", "Date")
GAP: Texts = ("–", "–")
SHARE_OF: Texts = ("{share} (mål {target} %)", "{share} (target {target}%)")
HOURS_LINE: Texts = ("{worked} af en norm på {norm}", "{worked} of a norm of {norm}")
OVER_BY: Texts = ("{hours} over normen", "{hours} above the norm")
UNDER_BY: Texts = ("{hours} under normen", "{hours} below the norm")
DIFFERENCE: Texts = ("Forskel", "Difference")
MEAN_STEP_LINE: Texts = ("Gennemsnitligt trin {mean}", "Mean step {mean}")
MAX_STEP_LINE: Texts = ("Højeste trin {step} {name}", "Highest step {step} {name}")
SIGNALS_LINE: Texts = ("{n} signaler bemærket", "{n} signals noticed")
DAYS_WITH_STEP: Texts = ("Dage med trin", "Days with a step")
DAYS_LOGGED: Texts = ("{n} dage registreret", "{n} days logged")
ONE_DAY_LOGGED: Texts = ("1 dag registreret", "1 day logged")
DEMANDS_LINE: Texts = ("Krav {value}", "Demands {value}")
RESOURCES_LINE: Texts = ("Ressourcer {value}", "Resources {value}")
BALANCE_COLUMN: Texts = ("Balance", "Balance")
SCORE: Texts = ("Score", "Score")
MEANING: Texts = ("Betydning", "Meaning")
WHO5_GOOD: Texts = ("over 50", "above 50")
WHO5_REDUCED: Texts = ("50 eller under: nedsat trivsel", "50 or below: lower wellbeing")
WHO5_LOW: Texts = ("28 eller under: lav trivsel", "28 or below: low wellbeing")
STEP_COLUMN: Texts = ("Trin", "Step")
CLICK_HINT: Texts = ("Klik for at åbne i dagbogen", "Click to open in the journal")

# --- actions and notes ---------------------------------------------------------------------
SAVE_AS: Texts = ("Gem som PNG/SVG…", "Save as PNG/SVG…")
SAVE_TITLE: Texts = ("Gem diagrammet", "Save the chart")
SAVE_FILTER: Texts = (
    "PNG-billede (*.png);;SVG-tegning (*.svg)",
    "PNG image (*.png);;SVG drawing (*.svg)",
)
SAVED_TO: Texts = (
    "Gemt i {path}. Filen er ikke krypteret – gem den et sikkert sted.",
    "Saved to {path}. The file is not encrypted – keep it somewhere safe.",
)
NOT_SAVED: Texts = ("Diagrammet blev ikke gemt: {reason}", "The chart was not saved: {reason}")
TABLE_NAME: Texts = ("{chart} som tabel", "{chart} as a table")
CHART_NAME: Texts = ("{chart} – diagram", "{chart} – chart")

_MONTHS: tuple[Texts, ...] = (
    ("januar", "January"),
    ("februar", "February"),
    ("marts", "March"),
    ("april", "April"),
    ("maj", "May"),
    ("juni", "June"),
    ("juli", "July"),
    ("august", "August"),
    ("september", "September"),
    ("oktober", "October"),
    ("november", "November"),
    ("december", "December"),
)
_WEEKDAYS: tuple[Texts, ...] = (
    ("mandag", "Monday"),
    ("tirsdag", "Tuesday"),
    ("onsdag", "Wednesday"),
    ("torsdag", "Thursday"),
    ("fredag", "Friday"),
    ("lørdag", "Saturday"),
    ("søndag", "Sunday"),
)
WEEK_WORD: Texts = ("Uge", "Week")
WEEK_SHORT: Texts = ("uge", "wk")


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
