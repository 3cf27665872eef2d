"""Chart colours for the light and the dark scheme, matched to the app's cards.

The series and step colours come from ``domain.palette`` (shared with the reports'
charts); the ground, words and grid are the app theme's card colours.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from wellbeing_desktop.domain import palette
from wellbeing_desktop.ui.common.style import DARK_THEME, LIGHT_THEME, is_dark

if TYPE_CHECKING:
    from wellbeing_desktop.ui.common.style import Theme


@dataclass(frozen=True, slots=True)
class ChartTheme:
    dark: bool
    background: str  # the card the chart sits on
    text: str
    muted: str
    grid: str
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

    def colour(self, name: str, alpha: int = 255) -> QColor:
        colour = QColor(getattr(self, name))
        colour.setAlpha(alpha)
        return colour

    def step_band(self, step: int) -> QColor:
        """The background band of a staircase step (3–5): a muted amber, see-through."""
        colour = QColor(palette.STEP_COLOURS[step])
        alphas = {3: 28, 4: 38, 5: 48} if self.dark else {3: 38, 4: 50, 5: 62}
        colour.setAlpha(alphas[step])
        return colour


def _chart_theme(app: Theme, series: palette.SeriesColours) -> ChartTheme:
    """A chart stands on a card: its ground, words and grid are the app theme's card colours."""
    return ChartTheme(
        dark=app.dark,
        background=app.card,
        text=app.text,
        muted=app.muted,
        grid=app.border,
        **{f.name: getattr(series, f.name) for f in fields(series)},
    )


LIGHT = _chart_theme(LIGHT_THEME, palette.LIGHT)
DARK = _chart_theme(DARK_THEME, palette.DARK)


def current_theme() -> ChartTheme:
    return DARK if is_dark() else LIGHT
