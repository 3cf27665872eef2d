"""The start: the unlock window paints first.

The start (issue 7): the unlock window paints before the services and the views are
made; they come after the first paint, each view on its first show; the keyring still
unlocks at start.
"""

from __future__ import annotations

import json
import linecache
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.app import build_start_window
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.security.keyring_store import KeyringStore
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.ui.common import pyside_imports, style
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    import pytest
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: what a start imports cannot be seen in the test process,
# which has imported everything already.
START = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from wellbeing_desktop.app import build_start_window
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.ui.common.tasks import TaskRunner

    seen = {}

    def state():
        return {
            "services": "sqlalchemy" in sys.modules,
            "pyqtgraph": "pyqtgraph" in sys.modules,
            "shell": window._shell is not None,
            "today": window._shell is not None and window.shell.views.built(0) is not None,
            "journal_view": window._shell is not None and window.shell.views.built(1) is not None,
        }

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "painted" not in seen:
                seen["painted"] = state()
            return False

    tasks = TaskRunner()
    window = build_start_window(JournalPaths(Path(sys.argv[1])), tasks, QSettings())
    watcher = FirstPaint()
    first = window.stack.currentWidget()
    seen["first"] = type(first).__name__
    first.installEventFilter(watcher)
    for child in first.findChildren(QObject):
        child.installEventFilter(watcher)
    window.show()

    def ready():
        if window._welcome is not None and window._welcome._keyring_known:
            seen["ready"] = dict(state(), remember_known=True)
            app.quit()
        if window._shell is not None and window.shell.views.built(0) is not None:
            seen["ready"] = state()
            app.quit()

    poll = QTimer()
    poll.timeout.connect(ready)
    poll.start(20)
    QTimer.singleShot(60000, app.quit)
    app.exec()
    tasks.wait()
    print(json.dumps(seen))
    """
)


def _run(script: str, tmp_path: Path, *args: str) -> dict[str, object]:
    """What ``script`` printed last as JSON, run offscreen in a fresh interpreter."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "xdg"))
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=True,
    )
    seen: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


def _start(root: Path, tmp_path: Path) -> dict[str, object]:
    return _run(START, tmp_path, str(root))


def test_the_unlock_window_paints_before_the_services_and_the_views_exist(
    access: JournalAccess, tmp_path: Path
) -> None:
    access.create(PASSPHRASE)[0].close()
    seen = _start(access.paths.root, tmp_path)
    assert seen["first"] == "UnlockView"
    assert seen["painted"] == {
        "services": False,  # SQLAlchemy, keyring, cryptography: not before the first paint
        "pyqtgraph": False,
        "shell": False,
        "today": False,
        "journal_view": False,
    }
    # While the user types: the shell and the Today view, nothing more. Not the services:
    # Today's snapshot serves the passphrase, and they would compete with the key's
    # derivation; they are imported after Today painted.
    assert seen["ready"] == {
        "services": False,
        "pyqtgraph": False,
        "shell": True,
        "today": True,
        "journal_view": False,
    }


def test_the_first_run_paints_its_welcome_before_the_services(
    access: JournalAccess, tmp_path: Path
) -> None:
    seen = _start(access.paths.root, tmp_path)  # no journal there yet
    assert seen["first"] == "WelcomeView"
    assert seen["painted"] == {
        "services": False,
        "pyqtgraph": False,
        "shell": False,
        "today": False,
        "journal_view": False,
    }
    # Whether the keyring can remember the key is found after the paint.
    assert seen["ready"] == {
        "services": True,
        "pyqtgraph": False,
        "shell": False,
        "today": False,
        "journal_view": False,
        "remember_known": True,
    }


def test_each_view_is_built_on_its_first_show(unlocked_window: MainWindow, qtbot: QtBot) -> None:
    window = unlocked_window
    views = window.shell.views
    assert isinstance(views.built(Page.TODAY), TodayView)
    assert views.built(Page.TODAY).isVisible()  # type: ignore[union-attr]
    for page in Page:
        if page is not Page.TODAY:
            assert views.built(page) is None, page

    window.shell.show_page(Page.SPARRING)
    sparring = views.built(Page.SPARRING)
    assert sparring is not None
    qtbot.waitUntil(sparring.isVisible, timeout=5000)
    assert views[Page.SPARRING] is sparring  # built once
    assert views.built(Page.ONE_ON_ONE) is None

    # Looking a view up builds it too, ready to use while the journal is open.
    assert views[Page.SETTINGS] is views.built(Page.SETTINGS)


class _Remembered(KeyringStore):
    """A keyring that remembers one data key (the system keyring is never touched)."""

    def __init__(self, data_key: bytes | None) -> None:
        super().__init__()
        self._key = data_key

    def availability(self) -> str | None:
        return None

    def recall(self, journal_id: str) -> bytes | None:
        return self._key


def _start_window(
    qtbot: QtBot, root: Path, tasks: TaskRunner, settings: QSettings, key: bytes | None
) -> MainWindow:
    def make_access() -> JournalAccess:
        return JournalAccess(
            JournalPaths(root), kdf=keyfile.TEST_KDF, clock=fixed_clock, keyring=_Remembered(key)
        )

    window = build_start_window(JournalPaths(root), tasks, settings, make_access)
    qtbot.addWidget(window)
    window.show()
    window.try_keyring_unlock()  # as run_gui does, right after show
    return window


def test_a_remembered_key_unlocks_at_start_into_today(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    journal, _code = access.create(PASSPHRASE)
    key = journal.data_key
    journal.close()
    window = _start_window(qtbot, access.paths.root, tasks, ui_settings, key)
    try:
        qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
        assert window.stack.currentWidget() is window.shell
        today = window.shell.views[Page.TODAY]
        qtbot.waitUntil(today.isVisible, timeout=5000)
    finally:
        window.lock()


class _SlowRemembered(_Remembered):
    """A remembered key that the keyring hands over only when the test says so."""

    def __init__(self, data_key: bytes | None, release: threading.Event) -> None:
        super().__init__(data_key)
        self.asked = threading.Event()
        self._release = release

    def recall(self, journal_id: str) -> bytes | None:
        self.asked.set()
        self._release.wait(10)
        return super().recall(journal_id)


def test_with_a_remembered_key_today_is_built_while_the_keyring_opens(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    """Issue #20: the open then only loads Today and paints it."""
    journal, _code = access.create(PASSPHRASE)
    key = journal.data_key
    journal.close()
    release = threading.Event()
    keyring = _SlowRemembered(key, release)

    def make_access() -> JournalAccess:
        return JournalAccess(access.paths, kdf=keyfile.TEST_KDF, clock=fixed_clock, keyring=keyring)

    window = build_start_window(access.paths, tasks, ui_settings, make_access)
    qtbot.addWidget(window)
    window.show()
    window.try_keyring_unlock()
    try:
        qtbot.waitUntil(keyring.asked.is_set, timeout=20000)
        qtbot.waitUntil(lambda: window.built_shell is not None, timeout=10000)
        shell = window.built_shell
        assert shell is not None
        assert shell.views.built(Page.TODAY) is not None
        assert not window.session.is_open
        assert window.stack.currentWidget() is window.unlock_view  # the fallback shows
        release.set()
        qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
        assert window.stack.currentWidget() is shell
    finally:
        release.set()
        tasks.wait()
        window.lock()


def test_without_a_remembered_key_the_start_stays_on_the_passphrase(
    qtbot: QtBot, access: JournalAccess, tasks: TaskRunner, ui_settings: QSettings
) -> None:
    access.create(PASSPHRASE)[0].close()
    window = _start_window(qtbot, access.paths.root, tasks, ui_settings, None)
    try:
        qtbot.waitUntil(lambda: window.session.has_access, timeout=20000)
        tasks.wait()
        qtbot.waitUntil(lambda: window._shell is not None, timeout=20000)  # made meanwhile
        assert not window.session.is_open
        assert window.stack.currentWidget() is window.unlock_view
        qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
        window.unlock_view.submit.click()
        qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
        assert window.stack.currentWidget() is window.shell
    finally:
        window.lock()


def test_modules_imported_after_pyside_leave_no_source_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert pyside_imports.install()  # PySide6 is imported here; its hook is replaced
    with_qt = tmp_path / "uses_qt_s8.py"
    with_qt.write_text("from PySide6.QtCore import QObject\nVALUE = 1\n", encoding="utf-8")
    without = tmp_path / "plain_s8.py"
    without.write_text("VALUE = 2\n" * 2000, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    # Written above at run time, so mypy cannot find them; an import statement (not
    # importlib) on purpose: only it goes through the __import__ PySide6 installs.
    import plain_s8  # type: ignore[import-not-found]  # noqa: F401  (imported after PySide6)
    import uses_qt_s8  # type: ignore[import-not-found]  # noqa: F401

    assert str(without) not in linecache.cache  # PySide6's own test kept every file's lines
    feature = sys.modules["shibokensupport.feature"]
    assert feature.pyside_feature_dict["plain_s8"] == -1  # the same answers as PySide6's
    assert feature.pyside_feature_dict["uses_qt_s8"] == 0
    assert pyside_imports.uses_pyside(sys.modules["uses_qt_s8"])
    assert not pyside_imports.uses_pyside(sys.modules["plain_s8"])
    assert not pyside_imports.uses_pyside(sys)  # built in: no source file


def test_the_pyside_patch_leaves_other_pyside_versions_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feature = sys.modules["shibokensupport.feature"]
    before = feature._mod_uses_pyside
    monkeypatch.setattr(pyside_imports, "WRITTEN_FOR", ((5, 0), (5, 15)))
    monkeypatch.setattr(feature, "_mod_uses_pyside", before)  # restored afterwards
    assert not pyside_imports.install()  # not the versions it was checked for
    assert feature._mod_uses_pyside is before


# The real start (``cli.main`` → ``app.run_gui``) in a fresh interpreter: what exists when
# the unlock window first paints, and a moment later.
RUN_GUI = textwrap.dedent(
    """
    import json, sys
    import PySide6.QtCore as QtCore
    import PySide6.QtWidgets as QtWidgets
    from PySide6.QtWidgets import QApplication, QMainWindow

    seen = {}

    def state(window):
        from wellbeing_desktop.ui.shell.tray import TrayIntegration

        return {
            "qt_enums": "Qt" in QtCore.__dict__,
            "style_enums": "QStyle" in QtWidgets.__dict__,
            "tray": window.findChild(TrayIntegration) is not None,
            "focus_ring": "wellbeing_desktop.ui.common.focus_ring" in sys.modules,
        }

    original = QMainWindow.show

    def show(window):
        from PySide6.QtCore import QEvent, QObject, QTimer

        class Watch(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and "painted" not in seen:
                    seen["painted"] = state(window)  # inside the first paint pass
                    QTimer.singleShot(500, lambda: finish(window))
                return False

        watch = Watch(window)
        for widget in (window.unlock_view, *window.unlock_view.findChildren(QtWidgets.QWidget)):
            widget.installEventFilter(watch)
        original(window)

    def finish(window):
        seen["later"] = state(window)
        QApplication.quit()

    QMainWindow.show = show
    sys.argv[1:] = []
    from wellbeing_desktop.cli import main

    main(["--data-dir", DATA_DIR])
    print(json.dumps(seen))
    """
)


def test_the_first_paint_waits_for_no_tray_focus_ring_or_qt_enum_tables(
    access: JournalAccess, tmp_path: Path
) -> None:
    """Costly Qt enums and extras wait until after the first paint.

    PySide6 builds every enum of ``Qt`` (~10 ms) and of ``QStyle`` on their first use,
    and the tray and the focus ring are not needed to show the window: the start leaves
    them all until just after the unlock window's first paint (issue 7).
    """
    access.create(PASSPHRASE)[0].close()
    seen = _run(RUN_GUI.replace("DATA_DIR", repr(str(access.paths.root))), tmp_path)
    assert seen["painted"] == {
        "qt_enums": False,
        "style_enums": False,
        "tray": False,
        "focus_ring": False,
    }
    assert seen["later"] == {
        "qt_enums": True,
        "style_enums": True,
        "tray": True,  # with the daily reminder
        "focus_ring": True,
    }


def test_a_dark_scheme_the_palette_does_not_show_is_applied_after_the_first_paint(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The system's colour scheme wins after the first paint.

    The first window's style reads light/dark from the palette; just after its first
    paint the system's colour scheme is asked, and it wins where the two differ.
    """
    monkeypatch.setattr(style, "palette_is_dark", lambda: False)
    monkeypatch.setattr(style, "is_dark", lambda: True)
    before = qapp.styleSheet()
    try:
        style.apply_style(qapp, first_window=True)
        assert style.LIGHT_THEME.background in qapp.styleSheet()
        style.finish_first_window_style(qapp)
        assert style.DARK_THEME.background in qapp.styleSheet()
        assert style.LIGHT_THEME.background not in qapp.styleSheet()
    finally:
        qapp.setStyleSheet(before)
