"""The Journal's month calendar: days tinted by stress step or leadership share, and its legend."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.catalogues import STRESS_STEPS
from wellbeing_desktop.ui.common.date_picker import mark_unavailable, style_calendar
from wellbeing_desktop.ui.common.locale_format import locale, whole_percent
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.style import ACCENT, STEP_COLOURS
from wellbeing_desktop.ui.common.translation import Message, tr, translatable

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.ui.journal.journal_models import JournalRow

SHARE_BELOW: Message = translatable("journal_calendar", "under {low}")
SHARE_TARGET: Message = translatable("journal_calendar", "{target} or more (target)")
NO_TINT: Message = translatable("journal_calendar", "Bold date = a day in the journal")

# How strongly each band of the leadership share tints a day: a few shades of the accent.
_SHARE_ALPHAS = (60, 130, 225)


# Days of the neighbouring months keep their tint, fainter.
_OUTSIDE_ALPHA = 0.45


class CalendarMetric(StrEnum):
    STEP = "step"
    SHARE = "share"


@dataclass(frozen=True, slots=True)
class Band:
    """One swatch of the legend: its colour and its words."""

    colour: QColor
    text: str


def share_bands(target_percent: int) -> list[tuple[int, int]]:
    """The share ranges (inclusive percent) the tints stand for, the target as the boundary.

    Below half the target, from half up to the target, and the target or more; a range
    that would be empty (a target of 0 or 1 %) is left out.
    """
    target = max(0, min(100, target_percent))
    half = target // 2
    bands = [(0, half - 1), (half, target - 1), (target, 100)]
    return [(low, high) for low, high in bands if low <= high]


def share_band(percent: int, target_percent: int) -> int:
    """Index into ``share_bands(target)`` of a day's rounded share."""
    bands = share_bands(target_percent)
    for number, (low, high) in enumerate(bands):
        if low <= percent <= high:
            return number
    return len(bands) - 1


def share_colour(band: int, bands: int) -> QColor:
    alphas = _SHARE_ALPHAS[-bands:]
    colour = QColor(ACCENT)
    colour.setAlpha(alphas[band])
    return colour


def step_colour(step: int) -> QColor:
    return QColor(STEP_COLOURS[step])


def legend_bands(metric: CalendarMetric, target_percent: int, language: Language) -> list[Band]:
    if metric is CalendarMetric.STEP:
        return [
            Band(step_colour(step.number), f"{step.number} {step.name(language)}")
            for step in STRESS_STEPS
        ]
    ranges = share_bands(target_percent)
    bands: list[Band] = []
    for number, (low, high) in enumerate(ranges):
        if high == 100:
            text = tr(SHARE_TARGET, language).format(target=whole_percent(low, language))
        elif low == 0:
            text = tr(SHARE_BELOW, language).format(low=whole_percent(high + 1, language))
        else:  # 20–39 %
            text = f"{locale(language).toString(low)}–{whole_percent(high, language)}"
        bands.append(Band(share_colour(number, len(ranges)), text))
    return bands


def tint(row: JournalRow, metric: CalendarMetric, target_percent: int) -> QColor | None:
    """The background of a day's cell (None: no tint)."""
    if metric is CalendarMetric.STEP:
        return step_colour(row.step) if row.step is not None else None
    if row.share_percent is None:
        return None
    count = len(share_bands(target_percent))
    return share_colour(share_band(row.share_percent, target_percent), count)


def blended(colour: QColor, base: QColor) -> QColor:
    """What a translucent ``colour`` looks like painted on ``base``."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + base.redF() * (1 - alpha),
        colour.greenF() * alpha + base.greenF() * (1 - alpha),
        colour.blueF() * alpha + base.blueF() * (1 - alpha),
    )


def readable_on(colour: QColor, base: QColor) -> QColor:
    """Dark or white text, whichever reads better on the tint (light or dark scheme)."""
    shown = blended(colour, base)
    luminance = 0.299 * shown.redF() + 0.587 * shown.greenF() + 0.114 * shown.blueF()
    return QColor("#24272b") if luminance > 0.55 else QColor("#ffffff")


class JournalCalendar(QCalendarWidget):
    """A Monday-first month calendar that shows the loaded days as tinted cells."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: set[date] = set()
        self._shown_days: tuple[tuple[JournalRow, ...], CalendarMetric, int] | None = None
        self.setObjectName("journalCalendar")
        self.setMinimumSize(290, 230)
        # Monday first, no red weekends, a quiet navigation bar: as every date picker.
        style_calendar(self)

    @property
    def entries(self) -> frozenset[date]:
        return frozenset(self._entries)

    def set_language(self, language: Language) -> None:
        style_calendar(self, language)

    def show_days(
        self, rows: Iterable[JournalRow], metric: CalendarMetric, target_percent: int
    ) -> None:
        """Tint the cells of ``rows`` (replacing every earlier tint)."""
        rows = tuple(rows)
        self._shown_days = (rows, metric, target_percent)
        self.setDateTextFormat(QDate(), QTextCharFormat())
        self._entries = set()
        shown = (self.yearShown(), self.monthShown())
        base = self.palette().color(QPalette.ColorRole.Base)
        for row in rows:
            self._entries.add(row.day)
            cell = QTextCharFormat()
            cell.setFontWeight(QFont.Weight.Bold)
            found = tint(row, metric, target_percent)
            if found is not None:
                colour = QColor(found)
                if (row.day.year, row.day.month) != shown:
                    colour.setAlphaF(colour.alphaF() * _OUTSIDE_ALPHA)
                cell.setBackground(QBrush(colour))
                cell.setForeground(QBrush(readable_on(colour, base)))
            self.setDateTextFormat(to_qdate(row.day), cell)
        mark_unavailable(self)  # days ahead, cleared above

    def clear_days(self) -> None:
        self.setDateTextFormat(QDate(), QTextCharFormat())
        mark_unavailable(self)
        self._entries = set()
        self._shown_days = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Light and dark need other text colours on the tinted days.
        if event.type() == QEvent.Type.PaletteChange and self._shown_days is not None:
            self.show_days(*self._shown_days)


class Legend(QWidget):
    """Swatches and words for the tints, and a note on what bold dates mean.

    The rows are made once (as many as the longest legend) and only refilled, so
    switching the metric or the month creates no widgets.
    """

    ROWS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalLegend")
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.swatches: list[QLabel] = []
        self.labels: list[QLabel] = []
        for number in range(self.ROWS):
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            text = QLabel()
            text.setObjectName("legendText")
            grid.addWidget(swatch, number, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(text, number, 1)
            self.swatches.append(swatch)
            self.labels.append(text)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        self._shown: tuple[tuple[str, str], ...] = ()

    def show_bands(self, bands: list[Band], note: str) -> None:
        shown = tuple((b.text, b.colour.name(QColor.NameFormat.HexArgb)) for b in bands)
        if shown == self._shown and note == self.note.text():
            return
        self._shown = shown
        for number, (swatch, text) in enumerate(zip(self.swatches, self.labels, strict=True)):
            visible = number < len(bands)
            swatch.setVisible(visible)
            text.setVisible(visible)
            if not visible:
                text.setText("")
                continue
            c = bands[number].colour
            swatch.setStyleSheet(
                f"background: rgba({c.red()},{c.green()},{c.blue()},{c.alpha()});"
                "border-radius: 3px;"
            )
            text.setText(bands[number].text)
        self.note.setText(note)

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels if label.text()]


def no_tint_note(language: Language) -> str:
    return tr(NO_TINT, language)
