"""The Journal (Dagbog): a tinted month calendar, the list of days, and search as you type."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.services.journal_days import days_with_figures, month_range
from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.page import PageView
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.tasks import TaskRunner, user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.widgets import page_title
from wellbeing_desktop.ui.journal.journal_calendar import (
    CalendarMetric,
    legend_bands,
    no_tint_note,
)
from wellbeing_desktop.ui.journal.journal_cards import CalendarCard, ListCard, lay_out_page
from wellbeing_desktop.ui.journal.journal_models import (
    JournalListModel,
    JournalRow,
    Role,
    day_row,
    hit_rows,
)
from wellbeing_desktop.ui.journal.journal_paging import FIRST_PAGE, HitPager
from wellbeing_desktop.ui.journal.journal_words import (
    CALENDAR,
    COLOUR_BY,
    LIST_NAME,
    METRIC_SHARE,
    METRIC_STEP,
    SEARCH,
    SEARCH_PLACEHOLDER,
    SEARCH_SYNTAX,
    list_texts,
)
from wellbeing_desktop.ui.shell.session import Change, JournalSession

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.services.journal import SearchHit

SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 200  # the newest hits listed (the first page at once, ``journal_paging``)


def _to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class JournalView(PageView):
    """The Journal page: a month's calendar, its days and search.

    Signals:
    open_day(date): the user opened an entry; the app shows it in Today.
    """

    open_day = Signal(object)

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, tasks, parent)
        self._metric = CalendarMetric.STEP
        self._target = 40
        self._month_rows: tuple[JournalRow, ...] = ()
        self._range_rows: tuple[JournalRow, ...] = ()
        self._query = ""  # the query whose results the list shows ("" = the month)
        self._search_total = 0  # how many entries match the query in all
        self._focus_results_when_found = False  # Enter came before the results
        self._search_generation = 0
        self._syncing = False
        self._stale = False  # the journal changed while the view was hidden

        # -- top: title and search
        self.heading = page_title()
        self.search = QLineEdit()
        self.search.setObjectName("journalSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.search.setMaximumWidth(420)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.search, 1)

        # -- left: calendar, metric toggle, legend
        self.calendar_card = CalendarCard()
        self.calendar = self.calendar_card.calendar
        self.colour_by = self.calendar_card.colour_by
        self.metric_step = self.calendar_card.metric_step
        self.metric_share = self.calendar_card.metric_share
        self.metric_group = self.calendar_card.metric_group
        self.legend = self.calendar_card.legend

        # -- right: the list of days or search results
        self.model = JournalListModel(session.language, self)
        self.list_card = ListCard(self.model)
        self.list_view = self.list_card.list_view
        self.status = self.list_card.status
        self.empty = self.list_card.empty
        self.hint = self.list_card.hint
        self.message = self.list_card.message
        self.list_pages = self.list_card.list_pages

        self.page_scroll = lay_out_page(self, top, self.calendar_card, self.list_card)

        self.setTabOrder(self.search, self.list_view)
        self.setTabOrder(self.list_view, self.calendar)
        self.setTabOrder(self.calendar, self.metric_step)
        self.setTabOrder(self.metric_step, self.metric_share)

        self._connect_widgets()
        self.connect_session()

    def _connect_widgets(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.pager = HitPager(self.model, self.list_view, self._tasks, self)
        self.pager.arrived.connect(self._rest_arrived)
        self.pager.failed.connect(
            lambda exc: self._show_message(user_message(exc, self._session.language))
        )
        self.search.textChanged.connect(self._search_text_changed)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.focus_search)
        self.clear_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.clear_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear_shortcut.activated.connect(self.clear_search)
        self.clear_shortcut.setEnabled(False)

        self.metric_group.buttonToggled.connect(self._metric_toggled)
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.selectionChanged.connect(self._calendar_selection_changed)
        self.calendar.activated.connect(self._calendar_activated)
        self.list_view.activated.connect(self._row_activated)
        self.list_view.selectionModel().currentChanged.connect(self._current_row_changed)

    # --- public ------------------------------------------------------------------------

    @property
    def colour_metric(self) -> CalendarMetric:
        return self._metric

    @property
    def query(self) -> str:
        """The query whose results the list shows ("" while it shows the month)."""
        return self._query

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_search(self) -> None:
        self.search.clear()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_period(self, start: date, _end: date) -> None:
        """Show the month of ``start`` with that day selected (a click in Trends)."""
        self.clear_search()
        self.calendar.setSelectedDate(to_qdate(start))
        self.calendar.setCurrentPage(start.year, start.month)

    def set_metric(self, metric: CalendarMetric) -> None:
        button = self.metric_step if metric is CalendarMetric.STEP else self.metric_share
        button.setChecked(True)

    # --- session -----------------------------------------------------------------------

    def journal_opened(self) -> None:
        today = self._session.journal.today()
        self._stale = False
        self._syncing = True
        try:
            self.calendar.setMaximumDate(to_qdate(today))
            self.calendar.setSelectedDate(to_qdate(today))
            self.calendar.setCurrentPage(today.year, today.month)
        finally:
            self._syncing = False
        self._load_month()

    def journal_closed(self) -> None:
        """Drop everything that came from the journal: rows, tints, the query, messages."""
        self._stale = False
        self._search_timer.stop()
        self.pager.stop()
        self.list_view.call_after_paint(None)
        self._search_generation += 1
        self._focus_results_when_found = False
        self._query = ""
        self._month_rows = ()
        self._range_rows = ()
        self.search.blockSignals(True)
        self.search.setText("")  # setText, not clear(): it also forgets the undo history
        self.search.blockSignals(False)
        self.clear_shortcut.setEnabled(False)
        self.model.clear()
        self.calendar.clear_days()
        for label in (self.status, self.empty, self.message, self.hint):
            label.setText("")
        self.message.hide()
        self.list_card.set_title("")

    def journal_changed(self, change: Change, initiator: object) -> None:
        if initiator is self or not self._session.is_open:
            return
        if change not in (Change.DAY, Change.SETTINGS, Change.CATALOGUE):
            return
        if not self.isVisible():
            # Today saves as the user types; read again only when the Journal is looked at.
            self._stale = True
            return
        self._refresh()

    def _refresh(self) -> None:
        self._stale = False
        self._load_month()
        if self._query:
            self._run_search()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._session.is_open:
            self._refresh()

    def retranslate(self, language: Language) -> None:
        self.heading.setText(tr(strings.JOURNAL, language))
        self.search.setPlaceholderText(tr(SEARCH_PLACEHOLDER, language))
        self.search.setAccessibleName(tr(SEARCH, language))
        # How words match, also for screen readers (the same syntax as the command line).
        self.search.setToolTip(tr(SEARCH_SYNTAX, language))
        self.search.setAccessibleDescription(tr(SEARCH_SYNTAX, language))
        self.calendar_card.set_title(tr(CALENDAR, language))
        self.calendar.setAccessibleName(tr(CALENDAR, language))
        self.calendar.set_language(language)
        self.colour_by.setText(tr(COLOUR_BY, language))
        for button, words in ((self.metric_step, METRIC_STEP), (self.metric_share, METRIC_SHARE)):
            button.setText(tr(words, language))
            button.setAccessibleName(tr(words, language))
        self.list_view.setAccessibleName(tr(LIST_NAME, language))
        self.model.set_language(language)
        self._show_legend()
        self._show_status()

    # --- the month -----------------------------------------------------------------------

    def _page_changed(self, _year: int, _month: int) -> None:
        if not self._syncing:
            self._load_month()

    def _load_month(self) -> None:
        """Read the shown month (and the days around it the calendar shows) from the journal."""
        if not self._session.is_open:
            return
        journal = self._session.journal
        syncing, self._syncing = self._syncing, True
        try:
            # Days ahead cannot be written yet; the limit moves on when the date does.
            self.calendar.setMaximumDate(to_qdate(journal.today()))
        finally:
            self._syncing = syncing
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first, last, start, end = month_range(year, month)
        try:
            days = days_with_figures(journal, start, end)
        except WellbeingError as exc:
            self._show_message(user_message(exc, self._session.language))
            return
        self._show_message("")
        self._target = days.target_percent
        self._range_rows = tuple(day_row(log, days.figures.get(log.day)) for log in days.logs)
        self._month_rows = tuple(r for r in self._range_rows if first <= r.day <= last)
        self.calendar.show_days(self._range_rows, self._metric, self._target)
        self._show_legend()
        if not self._query:
            self._show_rows(self._month_rows, with_year=False)

    def _metric_toggled(self, button: QPushButton, checked: bool) -> None:
        if not checked:
            return
        self._metric = CalendarMetric.STEP if button is self.metric_step else CalendarMetric.SHARE
        self.calendar.show_days(self._range_rows, self._metric, self._target)
        self._show_legend()

    def _show_legend(self) -> None:
        language = self._session.language
        self.legend.show_bands(
            legend_bands(self._metric, self._target, language), no_tint_note(language)
        )

    # --- the list ------------------------------------------------------------------------

    def _show_rows(
        self, rows: tuple[JournalRow, ...], *, with_year: bool, more: bool = False
    ) -> None:
        self.model.set_rows(rows, with_year=with_year, more=more)
        if not self._query:
            self._select_day(_to_date(self.calendar.selectedDate()))
        self._show_status()

    def _rest_arrived(self, total: int) -> None:
        self._search_total = total  # another process may have written in between
        self._show_status()

    def _show_status(self) -> None:
        language = self._session.language
        if not self._session.is_open:
            for label in (self.status, self.empty, self.hint):
                label.setText("")
            return
        count = self.model.rowCount()
        if self._query and self.model.has_more:
            count = min(self._search_total, SEARCH_LIMIT)  # the rest is on its way
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        texts = list_texts(
            count,
            self._query,
            year,
            month,
            language,
            full=count >= SEARCH_LIMIT,
            total=self._search_total,
        )
        self.list_card.set_title(texts.title)
        self.status.setText(texts.status)
        self.empty.setText(texts.empty)
        self.hint.setText(texts.hint)
        self.status.setVisible(count > 0)
        self.list_pages.setCurrentWidget(self.list_view if count else self.empty)
        self.hint.setVisible(count > 0 or bool(self._query))

    def _select_day(self, day: date) -> None:
        number = self.model.row_of(day)
        if number < 0:
            self.list_view.clearSelection()
            return
        index = self.model.index(number)
        self._syncing = True
        try:
            self.list_view.setCurrentIndex(index)
            self.list_view.scrollTo(index)
        finally:
            self._syncing = False

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Moving through the list moves the calendar along (to another month for a hit)."""
        if not current.isValid():
            return
        selection = self.list_view.selectionModel()
        if not selection.isSelected(current):
            # Focus alone makes a row current without selecting it; show it as chosen.
            selection.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if self._syncing:
            return
        row = current.data(Role.ROW)
        if not isinstance(row, JournalRow):
            return
        # The calendar follows once the list has painted (``JournalList.call_after_paint``);
        # arrowing fast through the hits reads only the month stopped at.
        self.list_view.call_after_paint(lambda: self._show_day(row.day))

    def _show_day(self, day: date) -> None:
        """Show ``day`` in the calendar (its month read if it is another)."""
        if not self._session.is_open:
            return
        page = (self.calendar.yearShown(), self.calendar.monthShown())
        self._syncing = True
        try:
            self.calendar.setSelectedDate(to_qdate(day))
        finally:
            self._syncing = False
        if (self.calendar.yearShown(), self.calendar.monthShown()) != page:
            self._load_month()

    def _row_activated(self, index: QModelIndex) -> None:
        row = index.data(Role.ROW)
        if isinstance(row, JournalRow):
            self.open_day.emit(row.day)

    def _calendar_selection_changed(self) -> None:
        if not self._syncing and not self._query:
            self._select_day(_to_date(self.calendar.selectedDate()))

    def _calendar_activated(self, qdate: QDate) -> None:
        day = _to_date(qdate)
        if day in self.calendar.entries:
            self.open_day.emit(day)

    def _search_entered(self) -> None:
        """Enter in the search field: to the results, searching first if typing just ended."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._focus_results_when_found = True
            self._run_search()
        else:
            self._focus_results()

    def _focus_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        if not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.model.index(0))
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._focus_results()
            return True
        return super().eventFilter(watched, event)

    # --- search --------------------------------------------------------------------------

    def _search_text_changed(self, text: str) -> None:
        self.clear_shortcut.setEnabled(bool(text))
        self._focus_results_when_found = False
        self.pager.stop()
        self.list_view.call_after_paint(None)  # the calendar follows the new results instead
        if text.strip():
            self._search_timer.start()
            return
        self._search_timer.stop()
        self._search_generation += 1
        if self._query:
            self._query = ""
            self._show_rows(self._month_rows, with_year=False)

    def _run_search(self) -> None:
        query = self.search.text().strip()
        if not query or not self._session.is_open:
            return
        self._search_generation += 1
        generation = self._search_generation
        journal = self._session.journal
        first = min(FIRST_PAGE, SEARCH_LIMIT)
        self.pager.stop()
        self._tasks.run(
            lambda: journal.search(query, limit=first),
            lambda hits: self._search_done(generation, query, hits),
            lambda exc: self._search_failed(generation, exc),
        )

    def _is_current(self, generation: int, query: str | None = None) -> bool:
        if generation != self._search_generation or not self._session.is_open:
            return False
        return query is None or query == self.search.text().strip()

    def _search_done(self, generation: int, query: str, hits: list[SearchHit]) -> None:
        if not self._is_current(generation, query):
            return  # the text changed (or the journal locked) while it ran
        self._show_message("")
        self._query = query
        self._search_total = getattr(hits, "total", len(hits))
        more = len(hits) < min(self._search_total, SEARCH_LIMIT)
        self._show_rows(hit_rows(hits), with_year=True, more=more)
        if more:
            self.pager.start(self._session.journal, query, SEARCH_LIMIT)
        if self.model.rowCount():
            self.list_view.scrollToTop()
        if self._focus_results_when_found:
            self._focus_results_when_found = False
            self._focus_results()

    def _search_failed(self, generation: int, exc: Exception) -> None:
        if self._is_current(generation):
            self._show_message(user_message(exc, self._session.language))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
