"""The date header: ‹ date › to move between days, a calendar, I dag, WHO-5, and "Gemt"."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.ui.common.locale_format import long_date
from wellbeing_desktop.ui.common.qt_dates import from_qdate, to_qdate
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.today import words
from wellbeing_desktop.ui.today.popup_place import popup_position


class CalendarPopup(QFrame):
    """A month calendar in a popup; choosing a day emits ``chosen``."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        # Imported with the first pop-up, not with Today (its Qt classes' enums).
        from wellbeing_desktop.ui.common.date_picker import style_calendar

        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("card")
        self.calendar = QCalendarWidget()
        style_calendar(self.calendar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._chosen)
        self.calendar.clicked.connect(self._chosen)

    def open_at(self, anchor: QWidget, day: date, today: date, language: Language) -> None:
        from wellbeing_desktop.ui.common.date_picker import style_calendar

        style_calendar(self.calendar, language, latest=today)  # a day log is never ahead
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.setAccessibleName(tr(words.CHOOSE_DATE, language))
        self.move(popup_position(anchor, self.sizeHint().expandedTo(self.size())))
        self.show()
        self.calendar.setFocus()

    def _chosen(self, qdate: QDate) -> None:
        self.hide()
        self.chosen.emit(from_qdate(qdate))


class DateHeader(QWidget):
    """The day shown, its neighbours and the WHO-5 button.

    Signals:
    day_requested(date): the user asked for another day.
    who5_requested(): the user pressed WHO-5.
    """

    day_requested = Signal(object)
    who5_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = date.today()
        self._today = date.today()
        self._language = Language.DANISH
        self.previous = QToolButton()
        self.previous.setText("‹")
        self.next = QToolButton()
        self.next.setText("›")
        for arrow in (self.previous, self.next):
            arrow.setAutoRaise(True)
            font = arrow.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            arrow.setFont(font)
            arrow.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.date_button = QPushButton()
        self.date_button.setObjectName("dateButton")
        self.date_button.setFlat(True)
        self.date_button.setCursor(Qt.CursorShape.PointingHandCursor)
        title = self.date_button.font()
        title.setPointSizeF(title.pointSizeF() * 1.5)  # follows the system font size
        title.setBold(True)
        self.date_button.setFont(title)
        self.today_button = QPushButton()
        self.who5_button = QPushButton()
        self.who5_button.setObjectName("who5Button")
        self.indicator = QLabel()
        self.indicator.setObjectName("savedIndicator")
        self.indicator.setWordWrap(True)
        self.indicator.setMaximumWidth(340)
        self.indicator.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.indicator.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._calendar: CalendarPopup | None = None  # built when first opened

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.previous)
        layout.addWidget(self.date_button)
        layout.addWidget(self.next)
        layout.addSpacing(10)
        layout.addWidget(self.today_button)
        layout.addWidget(self.who5_button)
        layout.addStretch(1)
        layout.addWidget(self.indicator)

        self.previous.clicked.connect(lambda: self.day_requested.emit(self._day - timedelta(1)))
        self.next.clicked.connect(lambda: self.day_requested.emit(self._day + timedelta(1)))
        self.today_button.clicked.connect(lambda: self.day_requested.emit(self._today))
        self.date_button.clicked.connect(self.open_calendar)
        self.who5_button.clicked.connect(self.who5_requested)

    @property
    def calendar(self) -> CalendarPopup:
        """The pop-up calendar, built on first use (not with Today's first paint)."""
        if self._calendar is None:
            self._calendar = CalendarPopup(self)
            self._calendar.calendar.setAccessibleName(tr(words.CHOOSE_DATE, self._language))
            self._calendar.chosen.connect(self.day_requested)
        return self._calendar

    def set_day(self, day: date, today: date) -> None:
        self._day, self._today = day, today
        self.next.setEnabled(day < today)
        self.today_button.setEnabled(day != today)
        self._show_date()

    def day(self) -> date:
        return self._day

    def open_calendar(self) -> None:
        self.calendar.open_at(self.date_button, self._day, self._today, self._language)

    def retranslate(self, language: Language) -> None:
        self._language = language
        for widget, name, tip in (
            (self.previous, words.PREVIOUS_DAY, words.PREVIOUS_DAY_TIP),
            (self.next, words.NEXT_DAY, words.NEXT_DAY_TIP),
            (self.today_button, words.TODAY, words.TODAY_TIP),
            (self.who5_button, words.WHO5, words.WHO5_TIP),
        ):
            widget.setAccessibleName(tr(name, language))
            widget.setToolTip(tr(tip, language))
        self.today_button.setText(tr(words.TODAY, language))
        self.who5_button.setText(tr(words.WHO5, language))
        self.date_button.setToolTip(tr(words.CHOOSE_DATE_TIP, language))
        if self._calendar is not None:
            self._calendar.calendar.setAccessibleName(tr(words.CHOOSE_DATE, language))
        self._show_date()

    def _show_date(self) -> None:
        text = long_date(self._day, self._language)
        self.date_button.setText(text)
        self.date_button.setAccessibleName(f"{tr(words.CHOOSE_DATE, self._language)}: {text}")

    # --- the saved indicator ------------------------------------------------------------

    def show_state(self, text: str, *, error: bool = False) -> None:
        self.indicator.setText(text)
        self.indicator.setToolTip(text if error else "")
        if self.indicator.property("state") != ("error" if error else ""):
            self.indicator.setProperty("state", "error" if error else "")
            self.indicator.style().unpolish(self.indicator)
            self.indicator.style().polish(self.indicator)
