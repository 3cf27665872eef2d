"""Chart colours for the light and the dark scheme, matched to the app's cards.

Series colours are chosen to stay apart for colour-blind readers: they differ in
lightness as well as hue, lines also differ in dash and symbol, and the staircase keeps
its muted greens-to-ambers (never alarm red).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from wellbeing_desktop.ui.common.style import (
    ACCENT,
    DARK_THEME,
    KIND_COLOURS,
    LIGHT_THEME,
    STEP_COLOURS,
    is_dark,
)


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
        colour = QColor(STEP_COLOURS[step])
        alphas = {3: 28, 4: 38, 5: 48} if self.dark else {3: 38, 4: 50, 5: 62}
        colour.setAlpha(alphas[step])
        return colour


# A chart stands on a card: its ground, words and grid are the app theme's card colours.
LIGHT = ChartTheme(
    dark=False,
    background=LIGHT_THEME.card,
    text=LIGHT_THEME.text,
    muted=LIGHT_THEME.muted,
    grid=LIGHT_THEME.border,
    ink="#2f3338",
    operations=KIND_COLOURS["operations"],
    leadership=KIND_COLOURS["leadership"],
    own_work=KIND_COLOURS["own_work"],
    worked="#8fb3c9",
    over_norm="#e0a458",
    step_max="#b9733f",
    signals="#b7bec6",
    demands="#d08c3f",
    resources=ACCENT,
    who5=ACCENT,
    who5_reduced="#c9a53a",
    who5_low="#c47f45",
    empty_cell="#eceae6",
)

DARK = ChartTheme(
    dark=True,
    background=DARK_THEME.card,
    text=DARK_THEME.text,
    muted=DARK_THEME.muted,
    grid=DARK_THEME.border,
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


def current_theme() -> ChartTheme:
    return DARK if is_dark() else LIGHT
