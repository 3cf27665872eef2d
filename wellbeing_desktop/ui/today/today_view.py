"""Today: log one day in a minute — time, staircase, signals, balance, energy, reflection.

Every section is optional. Changes save themselves a moment after the user stops (and at
once on navigation, lock and close); an untouched day is never written.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from wellbeing_desktop.domain.aggregation import daily_norm_minutes
from wellbeing_desktop.domain.catalogues import STAIRCASE_ATTRIBUTION, localized
from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.domain.models import CatalogueKind, DayLog, Language
from wellbeing_desktop.ui.common.page import PageView
from wellbeing_desktop.ui.common.tasks import TaskRunner, user_message
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.common.wheel import guard_wheel
from wellbeing_desktop.ui.common.widgets import muted
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.today import words
from wellbeing_desktop.ui.today.balance_panel import BalancePanel
from wellbeing_desktop.ui.today.banners import SuggestionBanners
from wellbeing_desktop.ui.today.calendar_offer import CalendarOffer
from wellbeing_desktop.ui.today.date_header import DateHeader
from wellbeing_desktop.ui.today.day_form import (
    HoursRaised,
    build_day,
    describe,
    fallback,
    refusal_words,
    saved_words,
    shows_other_values,
    user_message_for_signal,
)
from wellbeing_desktop.ui.today.merge_notice import MergeNotice
from wellbeing_desktop.ui.today.proposal_bar import ProposalBar
from wellbeing_desktop.ui.today.readouts_line import ReadoutsLine
from wellbeing_desktop.ui.today.reflection_panel import ReflectionPanel
from wellbeing_desktop.ui.today.signals_panel import SignalsPanel
from wellbeing_desktop.ui.today.staircase import Staircase
from wellbeing_desktop.ui.today.start_focus import first_field
from wellbeing_desktop.ui.today.time_panel import TimePanel
from wellbeing_desktop.ui.today.today_layout import (
    fix_tab_order,
    follow_focus,
    lay_out_page,
    stairs_card,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from wellbeing_desktop.domain.models import CatalogueItem, Category, Settings
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.today_snapshot import TodaySnapshot

AUTOSAVE_MS = 1500


class TodayView(PageView):
    def __init__(
        self, session: JournalSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, tasks, parent)
        self._day: date | None = None  # the day the widgets hold; None: nothing loaded
        self._stored: DayLog | None = None  # that day as last loaded or saved
        self._dirty, self._target = False, 40
        self._status_render: Callable[[Language], str] | None = None
        self._status_error = False
        # The start's snapshot shown before the journal opened (``show_snapshot``).
        self._early: TodaySnapshot | None = None

        self.header = DateHeader()
        self.banners = SuggestionBanners()
        self.merge_notice = MergeNotice()
        self.time = TimePanel()
        self.proposal = ProposalBar(self.time)  # a proposed split for a day without time
        self.staircase = Staircase()
        self.proposal.focus_after = self.staircase  # the next step after accepting
        self.calendar = CalendarOffer(session, tasks, self.proposal, self)  # #16, off-thread
        self.credit = muted()  # in a smaller font (``stairs_card``)
        self.signals = SignalsPanel()
        self.stairs = stairs_card(self.staircase, self.credit, self.signals)
        self.balance = BalancePanel()
        self.reflection = ReflectionPanel()
        self.readouts = ReadoutsLine(
            session, tasks, self.time, self.banners, lambda: self._day, lambda: self._target
        )

        self._lay_out()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        # A time still half typed waits: its editing finishing brings the save.
        self._timer.timeout.connect(lambda: self.time.still_typing() or self.save_now())
        self._connect_widgets()
        fix_tab_order(self)
        self.connect_session()

    def _lay_out(self) -> None:
        """One calm column under the date header (see ``today_layout``)."""
        self.content, self.page_scroll = lay_out_page(
            self,
            self.header,
            sections=(
                self.merge_notice,
                self.banners,
                self.proposal,
                self.time,
                self.stairs,
                self.balance,
                self.reflection,
            ),
            cards=(self.time, self.stairs, self.balance, self.reflection),
        )

    def _connect_widgets(self) -> None:
        for keys, slot in (
            ("Alt+Left", lambda: self._step_day(-1)),
            ("Alt+Right", lambda: self._step_day(1)),
            ("Ctrl+T", self.show_today),
            ("Ctrl+S", self.save_now),
        ):
            # Anywhere in the window (the sidebar too) while Today shows; never on another
            # page (the page is hidden), in a dialog or under a popup (another window).
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        follow_focus(self)  # Tab to a field off screen (or typing down the editor) scrolls

        self.header.day_requested.connect(self.show_day)
        self.header.who5_requested.connect(self.open_who5)
        self.banners.who5_requested.connect(self.open_who5)
        for panel in (self.time, self.staircase, self.signals, self.balance, self.reflection):
            panel.changed.connect(self._edited)
        self.time.problem_changed.connect(self._time_problem)
        self.signals.add_requested.connect(self._add_signal)

    # --- public API ---------------------------------------------------------------------

    def show_day(self, day: date) -> None:
        """Show (and edit) the given day; what was being edited is saved first."""
        if not self._session.is_open:
            return
        day = min(day, self._journal.today())
        if day == self._day:
            return
        if self.signals.hold_unfinished():  # typed, not added: it would follow to that day
            self._status(lambda lang: tr(words.SIGNAL_NOT_ADDED, lang), error=True)
            return
        if not self.save_now():
            return  # stay: the amber line says what could not be saved
        focus, said, left = QApplication.focusWidget(), self._status_render, self._day
        was_in_day = focus is not None and self.content.isAncestorOf(focus)
        self._load(day)
        if isinstance(said, HoursRaised) and said.day == left:  # named: said on the next day too
            self._status(said)
        if was_in_day:  # Alt+←/→ from the reflection: the new day starts at its top field
            target = first_field(self)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_today(self) -> None:
        if self._session.is_open:
            self.show_day(self._journal.today())

    def save_now(self) -> bool:
        """Save the day now if it changed; ``False`` if some of it could not be saved.

        A time box whose text is not a time is refused (amber), its text kept: ``False``.
        """
        self._timer.stop()
        if not self._dirty or self._day is None or not self._session.is_open:
            return True
        self.time.finish_editing()  # text that is not a time shows as the card's problem
        stored = self._stored or DayLog(day=self._day)
        log = build_day(
            stored,
            time=self.time,
            staircase=self.staircase,
            signals=self.signals,
            balance=self.balance,
            reflection=self.reflection,
        )
        refused = self.time.refused()
        if refused is not None:  # that box keeps its stored minutes; the rest is saved
            rest_saved = log != stored and self._try_save(log)
            self._status(refusal_words(*refused, rest_saved=rest_saved), error=True)
            return False  # still dirty: fixing the box saves it
        if self._stored is None and log == stored:  # touched, then undone: still no day
            self._dirty = False
            self._status(None)
            return True
        keys = set(self.time.spins)
        try:
            merge = self._journal.save_day_edit(self._stored, log)
        except WellbeingError as error:
            partial = None
            if isinstance(error, ValidationError):
                partial = fallback(log, stored, error, keys)
            rest = partial if partial != stored else None  # an empty rest is no entry
            outcome = words.PARTLY_SAVED if rest and self._try_save(rest) else words.NOT_SAVED
            failure = error  # the name after "as" is gone once the block ends

            def render(language: Language) -> str:
                return tr(outcome, language).format(reason=describe(failure, keys, language))

            self._status(render, error=True)
            return False
        self._stored, self._dirty = merge.day, False
        if shows_other_values(merge, log):  # another program changed a field meanwhile
            self._load(merge.day.day)
        self.merge_notice.show_merge(merge, self._session.language)
        self._session.notify(Change.DAY, self)
        self._status(saved_words(merge, datetime.now()))
        self.readouts.refresh()
        return True

    def _time_problem(self) -> None:
        """A box's text was read (or cleared): save soon, so the rest is not left waiting."""
        if self._dirty and self._day is not None and not self._timer.isActive():
            self._timer.start()

    def _status(self, render: Callable[[Language], str] | None, *, error: bool = False) -> None:
        """The quiet line top right; kept as a function so a new language can redo it."""
        self._status_render, self._status_error = render, error
        self.header.show_state(render(self._session.language) if render else "", error=error)

    def _try_save(self, log: DayLog) -> bool:
        try:
            merge = self._journal.save_day_edit(self._stored, log)
        except WellbeingError:
            return False
        self._stored = merge.day
        self.merge_notice.show_merge(merge, self._session.language)
        self._session.notify(Change.DAY, self)
        self.readouts.refresh()
        return True

    def open_who5(self) -> None:
        if not self._session.is_open:
            return
        self.save_now()
        from wellbeing_desktop.ui.today.who5_dialog import Who5Dialog  # on first use

        dialog = Who5Dialog(self._session, self)
        dialog.exec()
        dialog.deleteLater()
        if self._session.is_open:
            self.readouts.refresh()

    # --- loading ------------------------------------------------------------------------

    @property
    def _journal(self) -> Journal:
        return self._session.journal

    def show_snapshot(self, snapshot: TodaySnapshot) -> None:
        """Show the day from the start's snapshot, before the journal is open.

        It takes typing at once, saved once the journal opens (``journal_opened``; a lock
        meanwhile: ``snapshot_start``). Read-outs and the calendar come then.
        """
        self._early = snapshot
        self._apply_reference(snapshot.settings, snapshot.categories, snapshot.catalogues)
        day, stored = snapshot.day, snapshot.stored
        self._show_stored(day, day, stored)
        self.proposal.offer_from_snapshot(day, stored, snapshot.earlier)

    def journal_opened(self) -> None:
        early, self._early = self._early, None
        if early is not None and self._day == early.day:
            from wellbeing_desktop.services.today_snapshot import still_as_read  # read it

            try:
                unchanged = still_as_read(early, self._journal)
            except WellbeingError:
                unchanged = False
            if unchanged:
                # The widgets hold what the journal holds: keep them, and what was typed.
                self._opened_as_shown(early)
                return
            if self._dirty:
                # Changed by another program since the snapshot: what was typed is merged
                # into it (the snapshot's day is the save's base), then shown as stored.
                self.save_now()
        try:
            self._load_reference()
        except WellbeingError as error:
            self._not_loaded(error)
            return
        shown = early.day if early is not None and self._day == early.day else None
        self._load(shown or self._journal.today())  # midnight meanwhile: the day shown stays
        # After the unlock view goes, the keyboard starts in the day, not nowhere.
        QTimer.singleShot(0, self.focus_first_field)

    def focus_first_field(self) -> None:
        """Put the cursor in the first field that needs the user, if Today shows.

        That is ``start_focus.first_field``: the proposal's button, else the first empty
        time box. Nothing happens when the page is hidden or the focus is already in the day.
        """
        if not isValid(self) or not self.isVisible() or not self._session.is_open:
            return
        focus = QApplication.focusWidget()
        if focus is not None and self.content.isAncestorOf(focus):
            return
        target = first_field(self)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _opened_as_shown(self, early: TodaySnapshot) -> None:
        """The journal opened on the day shown: what waited for it comes now."""
        self.header.set_day(early.day, self._journal.today())  # midnight may have passed
        if self._dirty:
            self._timer.start()  # typed before the open: saved by the usual autosave
        elif early.calendar_files and self.proposal.open_to_calendar(early.day):
            self.calendar.offer(early.day, early.stored)
        self.readouts.refresh()
        QTimer.singleShot(0, self.focus_first_field)

    def _not_loaded(self, error: WellbeingError) -> None:
        """Reading failed: show nothing of the day, so nothing can be saved over it."""
        self._timer.stop()
        self._day, self._stored, self._dirty = None, None, False
        self._clear_day()
        reason = user_message(error, self._session.language)
        self._status(lambda lang: tr(words.NOT_LOADED, lang).format(reason=reason), error=True)

    def _load_reference(self) -> None:
        """Categories, targets and catalogues: what the widgets are built from."""
        journal = self._journal
        self._apply_reference(
            journal.settings(),
            journal.categories(),
            {kind: journal.catalogue(kind) for kind in CatalogueKind},
        )

    def _apply_reference(
        self,
        settings: Settings,
        categories: list[Category],
        catalogues: Mapping[CatalogueKind, list[CatalogueItem]],
    ) -> None:
        self._target = settings.leadership_target_percent
        self.time.set_categories(categories)
        self.time.set_norms(self._target, daily_norm_minutes(settings.weekly_hours_norm))
        self.signals.set_items(catalogues[CatalogueKind.SIGNAL])
        self.balance.set_catalogues(
            catalogues[CatalogueKind.DEMAND], catalogues[CatalogueKind.RESOURCE]
        )
        fix_tab_order(self)
        guard_wheel(self.content)  # the time boxes are made here: scrolling never sets one

    def _load(self, day: date) -> None:
        journal = self._journal
        today = journal.today()
        self.header.set_day(day, today)
        try:
            stored = journal.day(day)
        except WellbeingError as error:
            self._not_loaded(error)
            return
        self._show_stored(day, today, stored)
        self.calendar.offer(day, stored)  # only shown (habit, then calendar): never saved alone
        self.readouts.refresh()

    def _show_stored(self, day: date, today: date, stored: DayLog | None) -> None:
        """The widgets show ``stored`` (None: nothing stored) for ``day``."""
        self.header.set_day(day, today)
        shown = stored or DayLog(day=day)
        self._timer.stop()
        if day != self._day:
            self.merge_notice.clear()  # it was about the day shown before
            self.signals.set_expanded(False)  # folded, its filter empty, as a day starts
            self.page_scroll.verticalScrollBar().setValue(0)  # a new day starts at the top
        self._day, self._stored, self._dirty = day, stored, False
        self._status(None)
        self.time.set_day(day)
        self.time.set_minutes(shown.minutes)
        self.staircase.set_step(shown.stress_step)
        self.signals.set_checked(shown.signals)
        self.balance.load(
            demands=shown.demands,
            resources=shown.resources,
            demand_items=shown.demand_items,
            resource_items=shown.resource_items,
            energy=shown.energy,
        )
        self.reflection.set_day(day)
        self.reflection.load(shown.reflection, shown.tags, shown.share)

    @property
    def has_unsaved_edits(self) -> bool:
        """Whether something typed is not saved yet (autosave pending, or refused)."""
        return self._dirty

    @property
    def readouts_pending(self) -> bool:
        """Whether read-outs asked for have not come back yet (for tests and tools)."""
        return self.readouts.pending

    # --- the user -----------------------------------------------------------------------

    def _edited(self) -> None:
        if self._day is None:
            return
        self._dirty = True
        self._status(lambda lang: tr(words.SAVING, lang))
        self._timer.start()

    def _step_day(self, days: int) -> None:
        if self._session.is_open:
            self.show_day(self.header.day() + timedelta(days=days))

    def _add_signal(self, label: str) -> None:
        if not self._session.is_open:
            return
        try:
            item = self._journal.add_own_signal(label)
        except WellbeingError as error:
            self.signals.show_add_error(user_message_for_signal(error, self._session.language))
            return
        self._session.notify(Change.CATALOGUE, self)
        self.signals.set_items(self._journal.catalogue(CatalogueKind.SIGNAL))
        self.signals.added()
        self.signals.tick(item.key)

    # --- the session --------------------------------------------------------------------

    def journal_closing(self) -> bool:
        saved = self.save_now()
        # A signal typed but not added (no Enter) is no decision: it is lost, so say so.
        return saved and not self.signals.unfinished_signal()

    def journal_changed(self, change: Change, initiator: object) -> None:
        if initiator is self or not self._session.is_open or self._day is None:
            return
        if change in (Change.SETTINGS, Change.CATALOGUE):
            self.save_now()
            self._load_reference()
            if not self._dirty:
                self._load(self._day)
        elif change is Change.DAY and not self._dirty:
            self._load(self._day)
        else:
            self.readouts.refresh()

    def journal_closed(self) -> None:
        """The journal locked: nothing of it may stay in any widget."""
        self._early = None
        self._timer.stop()
        self.readouts.forget(running_too=True)  # a read still running is not shown
        self.merge_notice.clear()
        self._day, self._stored, self._dirty = None, None, False
        self._clear_day()
        self.time.set_categories([])
        self.signals.clear()
        self.balance.clear()
        self.header.calendar.hide()
        self._status(None)

    def _clear_day(self) -> None:
        self.time.clear()
        self.staircase.set_step(None)
        self.signals.set_checked(())
        self.balance.load(
            demands=None, resources=None, demand_items=(), resource_items=(), energy=None
        )
        self.reflection.clear()
        self.banners.clear()
        self.calendar.clear()  # the bar too; the calendar's choices go
        self.readouts.forget()

    def retranslate(self, language: Language) -> None:
        self.header.retranslate(language)
        self.banners.retranslate(language)
        self.proposal.retranslate(language)
        self.merge_notice.retranslate(language)
        self.time.retranslate(language)
        self.stairs.set_title(tr(words.STAIRCASE_TITLE, language))
        self.staircase.retranslate(language)
        self.credit.setText(localized(STAIRCASE_ATTRIBUTION, language))
        self.signals.retranslate(language)
        self.balance.retranslate(language)
        self.reflection.retranslate(language)
        if self._status_render is not None:
            self.header.show_state(self._status_render(language), error=self._status_error)
        self.readouts.show()  # the words of the ones shown, at once
        self.readouts.refresh()
