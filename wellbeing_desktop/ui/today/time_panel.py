"""The time card: minutes per category (two columns of rows), the live split bar, read-outs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from wellbeing_desktop.domain.aggregation import overall
from wellbeing_desktop.domain.models import Category, DayLog, Language
from wellbeing_desktop.ui.common.locale_format import duration_text
from wellbeing_desktop.ui.common.style import KIND_COLOURS
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import Card, muted, warning_style
from wellbeing_desktop.ui.today import words
from wellbeing_desktop.ui.today.duration_spin import DurationSpin
from wellbeing_desktop.ui.today.split_bar import BAR_ORDER, RowBar, SplitBar
from wellbeing_desktop.ui.today.today_layout import least_width


def percent(share: float) -> int:
    return round(share * 100)


class TimePanel(Card):
    """The minutes of each category and the day's split.

    Signals:
    changed(): the user changed a category's minutes.
    problem_changed(): a box started or stopped holding text it cannot read.
    """

    changed = Signal()
    problem_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._language = Language.DANISH
        self._categories: list[Category] = []
        self._day = date.today()
        self._target = 40
        self._normal_day = 444
        self.spins: dict[str, DurationSpin] = {}
        self._names: dict[str, QLabel] = {}
        self._bars: dict[str, RowBar] = {}
        self._columns = 2  # of rows; one when the page is too narrow for two
        self._available: int | None = None  # the width the page gives the card
        self._wide_width: int | None = None  # the card's least width with two columns

        self.total = QLabel()
        self.total.setObjectName("timeTotal")
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.total.setFont(font)
        # One head line: the title, the bar's legend, the day's share and its total.
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.share = QLabel()
        self.share.setObjectName("leadershipShare")
        bold = self.share.font()
        bold.setBold(True)
        self.share.setFont(bold)
        header = QHBoxLayout()
        header.setSpacing(18)
        self.body.removeWidget(self.title)
        header.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.legend, 1, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.share, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.total, 0, Qt.AlignmentFlag.AlignVCenter)
        self.body.insertLayout(0, header)
        self.title.show()

        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(14)
        self.rows.setVerticalSpacing(4)
        self.rows.setColumnStretch(2, 1)
        self.rows.setColumnStretch(6, 1)
        self.rows.setColumnMinimumWidth(3, 14)  # between the two columns of rows
        self.body.addLayout(self.rows)
        self.problem_line = QLabel()
        self.problem_line.setWordWrap(True)
        self.problem_line.setStyleSheet(warning_style())
        self.problem_line.hide()
        self.body.addWidget(self.problem_line)

        self.bar = SplitBar()
        self.body.addWidget(self.bar)
        self.day_line = muted()
        self.week_line = muted()
        self.week_line.setAlignment(Qt.AlignmentFlag.AlignRight)
        foot = QHBoxLayout()
        foot.setSpacing(18)
        foot.addWidget(self.day_line, 1)
        foot.addWidget(self.week_line, 1)
        self.body.addLayout(foot)

    # --- set up -------------------------------------------------------------------------

    def set_categories(self, categories: list[Category]) -> None:
        """One row per category (rebuilt only when the categories differ)."""
        ordered = sorted(categories, key=lambda c: c.position)
        if ordered == self._categories:
            return
        self._categories = ordered
        for widget in (*self.spins.values(), *self._names.values(), *self._bars.values()):
            self.rows.removeWidget(widget)
            widget.deleteLater()
        self.spins, self._names, self._bars = {}, {}, {}
        for category in ordered:
            name = QLabel()
            spin = DurationSpin()
            spin.setObjectName(f"minutes-{category.key}")
            name.setBuddy(spin)
            bar = RowBar(category.kind)
            spin.minutes_changed.connect(self._edited)
            spin.problem_changed.connect(self._problems)
            self.spins[category.key] = spin
            self._names[category.key] = name
            self._bars[category.key] = bar
        self._place(2)
        self.retranslate(self._language)
        self.refresh()

    def fit_width(self, available: int) -> None:
        """Two columns of rows when they fit in ``available`` px, else one (never clipped)."""
        self._available = available
        if self._wide_width is None:
            self._place(2)
            self._wide_width = least_width(self)
        columns = 2 if self._wide_width <= available else 1
        if columns != self._columns:
            self._place(columns)

    def columns(self) -> int:
        """How many columns of rows are shown."""
        return self._columns

    def _place(self, columns: int) -> None:
        """Two columns of rows, read left to right (half the height of one), or one."""
        self._columns = columns
        for key in self.spins:
            for widget in (self._names[key], self.spins[key], self._bars[key]):
                self.rows.removeWidget(widget)
        for row, category in enumerate(self._categories):
            line, side = divmod(row, 2) if columns == 2 else (row, 0)
            key = category.key
            self._names[key].setWordWrap(columns == 1)  # a long name on a narrow page
            self.rows.addWidget(self._names[key], line, 4 * side)
            self.rows.addWidget(self.spins[key], line, 4 * side + 1)
            self.rows.addWidget(self._bars[key], line, 4 * side + 2)
        self.rows.setColumnStretch(6, 1 if columns == 2 else 0)
        self.rows.setColumnMinimumWidth(3, 14 if columns == 2 else 0)

    def _refit(self) -> None:
        """The names changed (language, categories): measure two columns again."""
        self._wide_width = None
        if self._available is not None:
            self.fit_width(self._available)

    def set_norms(self, target_percent: int, normal_day_minutes: int) -> None:
        self._target = target_percent
        self._normal_day = max(1, normal_day_minutes)
        self.bar.set_target(target_percent)
        self.refresh()

    def set_day(self, day: date) -> None:
        self._day = day

    def retranslate(self, language: Language) -> None:
        self._language = language
        self.set_title(tr(words.TIME_TITLE, language))
        for category in self._categories:
            label = category.name(language)
            self._names[category.key].setText(label)
            spin = self.spins[category.key]
            spin.setAccessibleName(label)
            spin.setToolTip(tr(words.DURATION_HINT, language))
            spin.set_language(language)
        self.bar.set_labels({kind: tr(words.LEGEND[kind.value], language) for kind in BAR_ORDER})
        self.legend.setText(
            "&nbsp;&nbsp; ".join(  # may wrap between the kinds on a narrow page
                f'<span style="color:{KIND_COLOURS[kind.value]}">●</span>&nbsp;'
                f"{tr(words.LEGEND[kind.value], language).replace(' ', '&nbsp;')}"
                for kind in BAR_ORDER
            )
        )
        self._problems()
        self.refresh()
        self._refit()

    # --- values -------------------------------------------------------------------------

    def set_minutes(self, minutes: dict[str, int]) -> None:
        for key, spin in self.spins.items():
            spin.set_minutes(minutes.get(key))
        self._problems()
        self.refresh()

    def minutes(self) -> dict[str, int]:
        """The minutes to store: rows whose text reads as a duration and is not empty."""
        values = {key: spin.minutes() for key, spin in self.spins.items() if spin.readable()}
        return {key: value for key, value in values.items() if value is not None}

    def unreadable(self) -> set[str]:
        """Keys of rows whose text does not (yet) read as a duration."""
        return {key for key, spin in self.spins.items() if not spin.readable()}

    def finish_editing(self) -> None:
        """Read every box that holds unreadable text, or did, now (as editing finishing).

        Text that is not a time shows as the box's problem (amber); a box fixed since
        drops its problem.
        """
        for spin in self.spins.values():
            if not spin.readable() or spin.problem() is not None:
                spin.finish()

    def still_typing(self) -> bool:
        """Whether a box holds half-typed text whose editing has not finished yet."""
        return any(not s.readable() and s.problem() is None for s in self.spins.values())

    def refused(self) -> tuple[Category, str] | None:
        """The first box whose text cannot be stored: its category and the text."""
        for category in self._categories:
            text = self.spins[category.key].problem()
            if text is not None:
                return category, text
        return None

    def _shown_minutes(self) -> dict[str, int]:
        # What the bar shows: a half-typed row keeps its last value, so the bar stays calm.
        values = {key: spin.minutes() for key, spin in self.spins.items()}
        return {key: value for key, value in values.items() if value is not None}

    def problem(self) -> str | None:
        """One line about the first box holding text it cannot read, or ``None``."""
        for category in self._categories:
            text = self.spins[category.key].problem()
            if text is not None:
                return tr(words.DURATION_ERROR, self._language).format(
                    field=category.name(self._language), text=text
                )
        return None

    def set_week_text(self, text: str) -> None:
        self.week_line.setText(text)

    def clear(self) -> None:
        for spin in self.spins.values():
            spin.clear()
        self.week_line.clear()
        self._problems()
        self.refresh()

    # --- read-outs ----------------------------------------------------------------------

    def refresh(self) -> None:
        """The bar, the share against the target and the total, from the boxes as they are."""
        minutes = self._shown_minutes()
        summary = overall(
            [DayLog(day=self._day, minutes=minutes)],
            categories=self._categories,
            weekly_norm=37.0,  # only the kinds and the share are read here
            start=self._day,
            end=self._day,
        )
        self.bar.set_minutes(summary.minutes_by_kind)
        language = self._language
        if summary.leadership_share is None:
            share_text = tr(words.SHARE_NONE, language).format(target=self._target)
        else:
            share_text = tr(words.SHARE_LINE, language).format(
                share=percent(summary.leadership_share), target=self._target
            )
        self.share.setText(share_text)
        self.bar.setAccessibleName(share_text)
        logged = summary.logged_minutes
        self.total.setText(duration_text(logged, language) if logged else "")
        self.day_line.setText(
            tr(words.TOTAL_LINE, language).format(
                total=duration_text(logged, language),
                normal=duration_text(self._normal_day, language),
            )
        )
        for key, bar in self._bars.items():
            bar.set_fraction(minutes.get(key, 0) / self._normal_day)

    def _edited(self) -> None:
        self.refresh()
        self.changed.emit()

    def _problems(self) -> None:
        text = self.problem()
        self.problem_line.setText(text or "")
        self.problem_line.setVisible(text is not None)
        self.problem_changed.emit()
