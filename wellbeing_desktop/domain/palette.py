"""The colours of the charts: the app's Trends charts (light and dark) and the reports'.

One source for the colour of every series and step, as plain hex strings (no Qt): the
GUI's chart theme (``ui/trends/charts/theme.py``) and the report renderer
(``reports/charts.py``) both read them from here.

Series colours are chosen to stay apart for colour-blind readers: they differ in
lightness as well as hue, lines also differ in dash and symbol, and the staircase keeps
its muted greens-to-ambers (never alarm red). The printed charts stand on white paper and
keep their own accent and demand/resource colours (a report looks as it always has).
"""

from __future__ import annotations

from dataclasses import dataclass

STEP_COLOURS: dict[int, str] = {
    1: "#7fb77e",
    2: "#b8c96a",
    3: "#e2c467",
    4: "#e0a458",
    5: "#c98b6b",
}
"""The stress staircase's steps 1–5, in the app (light and dark) and in print."""

APP_ACCENT = "#33729a"
"""The app's accent: leadership time, resources and WHO-5 in the light charts."""

OPERATIONS = "#9aa5b1"
OWN_WORK = "#c7b38a"


@dataclass(frozen=True, slots=True)
class SeriesColours:
    """The colour of each series of the app's charts, for one colour scheme."""

    ink: str  # lines that must stand out on any bar colour
    operations: str
    leadership: str
    own_work: str
    worked: str
    over_norm: str
    step_max: str
    signals: str
    demands: str
    resources: str
    who5: str
    who5_reduced: str
    who5_low: str
    empty_cell: str


LIGHT = SeriesColours(
    ink="#2f3338",
    operations=OPERATIONS,
    leadership=APP_ACCENT,
    own_work=OWN_WORK,
    worked="#8fb3c9",
    over_norm="#e0a458",
    step_max="#b9733f",
    signals="#b7bec6",
    demands="#d08c3f",
    resources=APP_ACCENT,
    who5=APP_ACCENT,
    who5_reduced="#c9a53a",
    who5_low="#c47f45",
    empty_cell="#eceae6",
)

DARK = SeriesColours(
    ink="#eceae6",
    operations="#8c96a1",
    leadership="#5b9cc4",
    own_work="#bfa878",
    worked="#5f8aa5",
    over_norm="#e0a458",
    step_max="#e3a06d",
    signals="#5b6168",
    demands="#e0a458",
    resources="#6eaad0",
    who5="#6eaad0",
    who5_reduced="#e2c467",
    who5_low="#e0a458",
    empty_cell="#33373c",
)


@dataclass(frozen=True, slots=True)
class PrintColours:
    """The colours of a report's charts, drawn on white paper."""

    text: str
    muted: str  # axis words, tick labels
    grid: str
    line: str  # the mean line
    operations: str
    leadership: str
    own_work: str
    demands: str
    resources: str
    who5: str


PRINT_ACCENT = "#3d7ea6"
"""The printed charts' accent: leadership time and WHO-5."""

PRINT = PrintColours(
    text="#24272b",
    muted="#6b6f76",
    grid="#e2e0db",
    line="#4a5866",
    operations=OPERATIONS,
    leadership=PRINT_ACCENT,
    own_work=OWN_WORK,
    demands="#d08c4a",
    resources="#5f9a6a",
    who5=PRINT_ACCENT,
)
