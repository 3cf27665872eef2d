"""The main window: first run, unlock, and the app itself, with lock and restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget
from shiboken6 import isValid

from wellbeing_desktop.ui.common import strings
from wellbeing_desktop.ui.common.translation import tr
from wellbeing_desktop.ui.shell.auto_lock import IdleLock
from wellbeing_desktop.ui.shell.clipboard_guard import ClipboardGuard
from wellbeing_desktop.ui.shell.daily_backup import DailyBackup
from wellbeing_desktop.ui.shell.first_paint import FirstPaint
from wellbeing_desktop.ui.shell.lock_reason import (
    SYSTEM_REASONS,
    LockNote,
    LockReason,
    typed_in_open_dialogs,
)
from wellbeing_desktop.ui.shell.pages import Page
from wellbeing_desktop.ui.shell.session import Change, JournalSession
from wellbeing_desktop.ui.shell.system_lock import SystemLockWatcher
from wellbeing_desktop.ui.shell.unlock_view import QuickUnlock, UnlockView
from wellbeing_desktop.ui.shell.window_place import restore_geometry
from wellbeing_desktop.ui.shell.window_size import MINIMUM_SIZE
from wellbeing_desktop.ui.trends.warm_up import ChartWarmUp

if TYPE_CHECKING:
    # The welcome view, the views and the services are imported when first needed:
    # the unlock window paints before them.
    from collections.abc import Callable
    from datetime import date

    from PySide6.QtGui import QCloseEvent

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.today_snapshot import TodaySnapshot
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.app_shell import Shell
    from wellbeing_desktop.ui.shell.snapshot_start import SnapshotStart
    from wellbeing_desktop.ui.shell.welcome_view import WelcomeView

# QSettings keys: window state and the last view only, never journal content.
GEOMETRY_KEY = "window/geometry"
PAGE_KEY = "window/last-page"  # the page's name: a new page does not shift the others
OLD_PAGE_KEY = "window/page"  # before #18: the page's number, in the order of OLD_PAGES
OLD_PAGES = ("TODAY", "JOURNAL", "TRENDS", "SPARRING", "ONE_ON_ONE", "SETTINGS")
LANGUAGE_KEY = "ui/language"


class MainWindow(QMainWindow):
    """The app's one window: the unlock (or welcome) view, then the shell.

    Signals:
        first_painted(): the window is on screen; work that can wait for it goes now.
    """

    first_painted = Signal()

    def __init__(
        self,
        session: JournalSession,
        tasks: TaskRunner,
        settings: QSettings,
        build_shell: Callable[[], Shell],
        read_snapshot: Callable[[], TodaySnapshot | None] | None = None,
        passphrase_snapshot: Callable[[str], TodaySnapshot | None] | None = None,
    ) -> None:
        """The app's one window: unlock, first run, then the shell.

        Only the unlock view is built here. The welcome view is built when there is
        no journal yet; the shell (``build_shell``), with its views, after the first
        window has painted (or at once, when something asks for ``self.shell``). The
        lock watchers start when the app calls ``start_lock_watchers`` (after the first
        paint) or when a journal opens, whichever is first. ``read_snapshot`` and
        ``passphrase_snapshot``: Today paints from them before the journal opens
        (``snapshot_start``), for a remembered key and for the passphrase typed.
        """
        super().__init__()
        self.session = session
        self._tasks = tasks
        self._settings = settings
        self._build_shell: Callable[[], Shell] | None = build_shell
        self._shell: Shell | None = None
        self._welcome: WelcomeView | None = None
        self._painted_once = False
        self._first_painted_sent = False
        self._keyring_wanted = False
        self._keyring_opening = False  # the remembered key is being tried in a worker
        self._read_snapshot = read_snapshot
        self._snapshot_start: SnapshotStart | None = None  # made when first used
        self._snapshot_first = read_snapshot is not None  # the start's remembered key
        self.unlock_view = UnlockView(session, tasks)
        if passphrase_snapshot is not None:
            self.unlock_view.quick = QuickUnlock(passphrase_snapshot, self._passphrase_snapshot)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_view)
        self.setCentralWidget(self.stack)
        # Auto-lock, screen lock and suspend lock (D-Bus on Linux): made after the first
        # paint (see ``idle_lock`` and ``system_lock``); copies leave the clipboard.
        self._idle_lock: IdleLock | None = None
        self._system_lock: SystemLockWatcher | None = None
        self.clipboard_guard = ClipboardGuard(session, self)
        # The day's backup: after the unlocked journal painted, off the GUI thread.
        self.daily_backup = DailyBackup(session, tasks, self)
        # Then, in idle time, the Trends charts' libraries (imported in a worker).
        self.chart_warm_up = ChartWarmUp(session, tasks, self)
        # Where the user was when the journal locked, to go back there after unlock.
        self._resume: tuple[Page, date | None] | None = None
        self.setMinimumSize(MINIMUM_SIZE)  # fits a 1024×600 screen; the pages scroll

        self.unlock_view.unlocked.connect(self.open_journal)
        session.changed.connect(self._journal_changed)
        session.language_changed.connect(self._language_changed)
        self._language_changed()
        restore_geometry(self, settings.value(GEOMETRY_KEY))
        self.show_entry()
        self._first_paint = FirstPaint(self.stack, self._painted)

    # --- built when needed ----------------------------------------------------------------

    @property
    def shell(self) -> Shell:
        """The unlocked app (sidebar and pages), built on first use."""
        return self.build_shell()

    def build_shell(self) -> Shell:
        """Build the unlocked app (sidebar and pages) if it is not built yet."""
        if self._shell is None:
            assert self._build_shell is not None
            shell, self._build_shell = self._build_shell(), None
            shell.lock_requested.connect(self.lock)
            self._watch_dialog_lock_keys()
            shell.page_changed.connect(
                lambda page: self._settings.setValue(PAGE_KEY, Page(page).name)
            )
            self.stack.addWidget(shell)
            self._shell = shell
        return self._shell

    def _watch_dialog_lock_keys(self) -> None:
        """Ctrl+L in the app's dialogs too (made with the shell: after the first paint)."""
        from wellbeing_desktop.ui.shell.lock_keys import DialogLockKeys

        self.dialog_lock_keys = DialogLockKeys(self, lambda: self.session.is_open)
        self.dialog_lock_keys.lock_requested.connect(self.lock)

    def _last_page(self) -> Page:
        """The page shown when the journal was last locked (by name; Today if none)."""
        name = self._settings.value(PAGE_KEY)
        if name is None:
            try:
                name = OLD_PAGES[int(self._settings.value(OLD_PAGE_KEY))]
            except (TypeError, ValueError, IndexError):
                return Page.TODAY
        return Page.__members__.get(str(name), Page.TODAY)

    @property
    def _snapshots(self) -> SnapshotStart:
        """Today from a snapshot, then the journal (``snapshot_start``), made on first use."""
        if self._snapshot_start is None:
            from wellbeing_desktop.ui.shell import snapshot_start as start

            read = self._read_snapshot or (lambda: None)
            self._snapshot_start = start.SnapshotStart(self, self._tasks, read)
        return self._snapshot_start

    @property
    def built_shell(self) -> Shell | None:
        """The shell if it is built by now (without building it)."""
        return self._shell

    @property
    def welcome(self) -> WelcomeView:
        """The first-run view, built when there is no journal to unlock."""
        if self._welcome is None:
            from wellbeing_desktop.ui.shell.welcome_view import WelcomeView

            self._welcome = WelcomeView(self.session, self._tasks)
            self._welcome.created.connect(self._created)
            self.stack.addWidget(self._welcome)
        return self._welcome

    @property
    def idle_lock(self) -> IdleLock:
        """Auto-lock after quiet minutes (started by ``start_lock_watchers`` if not yet)."""
        return self._start_idle_lock()

    @property
    def system_lock(self) -> SystemLockWatcher:
        """The screen-lock and suspend watcher (started if not yet)."""
        return self._start_system_lock()

    def start_lock_watchers(self) -> None:
        """Start auto-lock and the screen-lock and suspend watcher (after the first paint).

        The app calls this on the turn of the event loop after the first paint
        (``app.py``). Not sooner: the idle lock's application-wide event filter hands every event's
        receiver to Python, Qt's internal objects too, and the first of those costs
        PySide6 ~20 ms of first-use work, which then happens while the user types instead
        of before the window shows or in the first paint after the unlock; the system
        lock's D-Bus connections wait for the same reason.
        """
        self._start_idle_lock()
        self._start_system_lock()

    def _start_idle_lock(self) -> IdleLock:
        if self._idle_lock is None:
            self._idle_lock = IdleLock(self)
            self._idle_lock.idle.connect(lambda: self.lock_because(LockReason.IDLE))
        return self._idle_lock

    def _start_system_lock(self) -> SystemLockWatcher:
        if self._system_lock is None:
            self._system_lock = SystemLockWatcher(self)
            self._system_lock.lock_requested.connect(
                lambda why: self.lock_because(SYSTEM_REASONS.get(why, LockReason.SCREEN_LOCKED))
            )
        return self._system_lock

    def _painted(self) -> None:
        """After the first paint: get ready for the unlock while the user types.

        (The shell with the Today view, and the services unless the passphrase's quick
        path serves), one step per turn of the event loop: keystrokes come in between.
        """
        self._painted_once = True
        if self._keyring_wanted:
            # The remembered key first: its worker (the services' imports, the keyring,
            # the open) runs while this thread does the rest of the after-paint work.
            self._start_keyring_unlock()
        if self._snapshot_start is None or not self._snapshot_start.reading:
            self.after_first_paint()  # else once Today painted from it, or a second at most
        QTimer.singleShot(1000, self, self.after_first_paint)  # (a slow Secret Service)
        QTimer.singleShot(0, self, self._prepare_access)

    def after_first_paint(self) -> None:
        """Emit ``first_painted`` (once): the tray, the idle lock, the app's logging.

        Right after the first paint; on a start that reads Today's snapshot, after
        Today's paint (``snapshot_start``) or once there is no snapshot to show: the
        work would otherwise come between the unlock view and Today.
        """
        if not self._first_painted_sent:
            self._first_painted_sent = True
            self.first_painted.emit()

    def _prepare_access(self) -> None:
        session = self.session
        if self._keyring_opening:
            return  # the shell comes while the keyring worker opens (``_open_with_keyring``)
        if not session.has_access and self._welcome is not None:
            # First run: the services in a worker, then what the welcome view waits for.
            self._tasks.run(
                lambda: session.access.keyring_unavailable_reason(),
                self._keyring_checked,
                lambda _exc: self._keyring_checked("The system keyring could not be checked."),
            )
        elif not session.has_access and self.unlock_view.quick is None:
            # Imports the services (SQLAlchemy, keyring, cryptography …) in a worker.
            self._tasks.run(
                lambda: session.access, lambda _access: self._prepare_shell(), self._no_access
            )
        else:
            # With the passphrase's quick path (``QuickUnlock``) only the shell: nothing
            # runs while the key is derived; the services come after Today's paint.
            QTimer.singleShot(0, self, self._prepare_shell)

    def nothing_remembered(self) -> None:
        self._keyring_opening = False  # no key for the journal: wait for the passphrase
        self._prepare_access()

    def _keyring_checked(self, reason: str | None) -> None:
        if isValid(self) and self._welcome is not None:
            self._welcome.keyring_checked(reason)

    def _no_access(self, _exc: Exception) -> None:
        self._prepare_shell()  # the unlock view reports the error when the user unlocks

    def _prepare_shell(self) -> None:
        if not isValid(self):
            return  # the window went while the worker ran (tests, or a quick quit)
        if self.session.journal_exists() and self._shell is None:
            self.build_shell()  # and the Today view, before the unlock
            QTimer.singleShot(0, self, self._rehearse_shell)

    def _rehearse_shell(self) -> None:
        """Paint the shell once off screen, at the window's size, while the user types.

        Its first real paint (after the unlock) then finds the widgets polished and laid
        out, and Qt's and PySide6's first-use work done.
        """
        if self.session.is_open or self.session.is_opening or self._shell is None:
            return  # open, or showing Today from the start's snapshot
        self._shell.resize(self.stack.size())
        self._shell.grab()

    # --- entry: first run or unlock ------------------------------------------------------

    def show_entry(self) -> None:
        if self.session.journal_exists():
            self.unlock_view.reset()
            self.stack.setCurrentWidget(self.unlock_view)
            self.unlock_view.passphrase.setFocus()
        else:
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.passphrase.setFocus()  # the one thing to do first

    def try_keyring_unlock(self) -> None:
        """Open straight away when the user chose to remember the key on this computer.

        Asked after the window's first paint (at once if it has painted), in a worker
        that also makes the access (and imports the services) if not yet made; the
        passphrase screen stays up meanwhile and is the fallback.
        """
        self._keyring_wanted = True
        if self._painted_once:
            self._start_keyring_unlock()

    def _start_keyring_unlock(self) -> None:
        self._keyring_wanted = False
        if not self.session.journal_exists():
            return
        self._keyring_opening = True
        first, self._snapshot_first = self._snapshot_first, False  # the start only
        if first and self._resume is None and self._last_page() is Page.TODAY:
            # Today from a snapshot (no services), then the open; the shell is built meanwhile.
            self._snapshots.start()
            self._prepare_shell()
            return
        self.open_with_keyring_as_usual()

    def open_with_keyring_as_usual(self) -> None:
        """The keyring start without a snapshot: the services, the keyring, the open."""
        session = self.session
        if session.has_access:
            self._open_with_keyring()
            return
        # The services' imports in a worker (this thread does the after-paint work), then open.
        self._tasks.run(
            lambda: session.access, lambda _access: self._open_with_keyring(), self._keyring_failed
        )

    def _passphrase_snapshot(self, snapshot: TodaySnapshot, passphrase: str) -> None:
        """The passphrase opened Today's snapshot: shown if Today comes next; then the open."""
        resume = self._resume or (self._last_page(), None)
        to_today = resume[0] is Page.TODAY and resume[1] is None  # not another day
        self._snapshots.show_and_open(snapshot, passphrase, show=to_today)

    def snapshot_failed(self) -> None:
        """The journal did not open after Today showed its snapshot: the unlock view asks."""
        self._keyring_opening = False
        self.show_entry()
        self._prepare_shell()

    def _open_with_keyring(self) -> None:
        """Open with the remembered key in a worker; build the shell and Today meanwhile.

        The open mostly waits on SQLCipher and the Secret Service, which leave this thread
        free: the shell and the Today view (not loaded) are built then, and the open only
        has to load them and paint.
        """
        if not isValid(self):
            return  # the window went while the services were imported
        session = self.session

        def open_with_keyring() -> Journal | None:
            access: JournalAccess = session.access
            return access.open_with_keyring()

        self._tasks.run(
            open_with_keyring,
            self._opened_from_keyring,
            self._keyring_failed,  # fall back to the passphrase screen, which is showing
        )
        self._prepare_shell()

    def _keyring_failed(self, exc: Exception) -> None:
        self._keyring_opening = False
        self._no_access(exc)

    def _opened_from_keyring(self, journal: Journal | None) -> None:
        self._keyring_opening = False
        if journal is None:
            self._prepare_shell()  # the passphrase screen stays; get ready behind it
        elif not isValid(self):
            journal.close()  # the window went while the keyring was asked
        else:
            self.open_journal(journal)  # closed again if the passphrase opened it meanwhile

    def _created(self, journal: Journal, recovery_code: str) -> None:
        from wellbeing_desktop.ui.shell.recovery_key_dialog import RecoveryKeyDialog

        dialog = RecoveryKeyDialog(recovery_code, self.session.language, self)
        dialog.exec()
        self.open_journal(journal)

    def open_journal(self, journal: Journal) -> None:
        if self.session.is_open:
            journal.close()  # opened twice (the remembered key and the passphrase): one stays
            return
        self._keyring_opening = False
        self._start_system_lock()  # watching before anything of the journal shows
        self.session.open(journal)
        self._settings.setValue(LANGUAGE_KEY, self.session.language.value)
        self.idle_lock.set_minutes(journal.settings().auto_lock_minutes)
        page = self._last_page()
        resume, self._resume = self._resume, None
        if resume is not None:
            page = resume[0]
        self.stack.setCurrentWidget(self.shell)
        self.shell.show_page(page)
        if resume is not None and resume[1] is not None:
            from wellbeing_desktop.ui.today.today_view import TodayView

            today = self.shell.views[Page.TODAY]
            if isinstance(today, TodayView):
                today.show_day(resume[1])
        if page is Page.TODAY:
            self._focus_today()
        self._show_open_notices(journal)
        self.daily_backup.schedule(journal)
        self.chart_warm_up.schedule()

    def _focus_today(self) -> None:
        """The keyboard in Today's first field that needs the user (the proposal's button)."""
        from wellbeing_desktop.ui.today.start_focus import focus_first_field
        from wellbeing_desktop.ui.today.today_view import TodayView

        today = self.shell.views[Page.TODAY]
        focus = QApplication.focusWidget()
        if isinstance(today, TodayView) and not (focus and today.content.isAncestorOf(focus)):
            focus_first_field(today)  # not where the user types already (snapshot_start)

    def _show_open_notices(self, journal: Journal) -> None:
        """Say what the open did besides opening (a finished restore, a log kept aside).

        Over the journal just shown; see ``open_notices``.
        """
        from wellbeing_desktop.ui.shell.open_notices import show_notices, take_notices

        access = self.session.access if self.session.has_access else None
        notices = take_notices(access, journal)
        if notices:
            show_notices(self, notices, self.session.language)

    def lock(self) -> None:
        """Lock because the user asked to (the Lock button, Ctrl+L, the tray's Lock)."""
        self.lock_because(LockReason.MANUAL)

    def lock_because(self, reason: LockReason) -> None:
        """Lock: pages save, the journal closes; the unlock view says why, and if all saved."""
        minutes = 0
        if self._idle_lock is not None:
            minutes = self._idle_lock.minutes
            self._idle_lock.stop()
        if self._snapshot_start is not None and self.session.is_opening:  # saved once open
            self._snapshot_start.lock_while_opening(LockNote(reason, minutes=minutes))
        was_open = self.session.is_open
        if was_open and self._shell is not None:
            self._resume = self._where_the_user_is()
        lost_in_a_form = was_open and typed_in_open_dialogs()  # forms are discarded
        all_saved = self.session.close() and not lost_in_a_form
        self.show_entry()
        if was_open:  # a lock while locked leaves what the unlock view says as it was
            self.unlock_view.show_lock_note(LockNote(reason, all_saved, minutes))

    def _where_the_user_is(self) -> tuple[Page, date | None]:
        """The page, and the day Today shows unless that is today (which moves on)."""
        from wellbeing_desktop.ui.today.today_view import TodayView

        today = self._shell.views.built(Page.TODAY) if self._shell is not None else None
        day = today.header.day() if isinstance(today, TodayView) else None
        if day == self.session.journal.today():
            day = None
        return self.shell.current_page(), day

    def _journal_changed(self, change: Change, _initiator: object) -> None:
        if change is Change.SETTINGS and self.session.is_open:
            self.idle_lock.set_minutes(self.session.journal.settings().auto_lock_minutes)

    def _language_changed(self) -> None:
        self.setWindowTitle(tr(strings.APP_NAME, self.session.language))
        self._settings.setValue(LANGUAGE_KEY, self.session.language.value)

    # --- window state --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.lock()
        self._settings.sync()
        super().closeEvent(event)
