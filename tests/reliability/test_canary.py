"""Canary test: no file outside the journal holds the typed phrase.

Canary test: a unique phrase goes into every text field and every text option; no file
outside the encrypted journal may ever hold it.

The GUI part drives the real window offscreen (pytest-qt): the phrase is typed into
Today's reflection, tags and a new own signal, a sparring topic's notes, a category's
name, the journal search, and then into every other editable text field of every page
(so fields added later, such as the 1:1 notes, are covered too). It is saved, a backup
is made from Settings, the window is locked and closed.

The CLI part runs the real command line (subprocesses) on the same journal: ``log
--note/--note-file/--tag/--signal``, refused input holding the phrase, ``search``,
``import`` of a JSON file holding it (then deleted), ``export`` as JSON and CSV and
``report`` (each deleted afterwards), ``backup`` (default folder and ``--out``).

Everything runs with HOME, the XDG folders, TMPDIR (and ``tempfile.tempdir``), the log
folder (``WELLBEING_LOG_DIR``, plus the app's log handler in-process) and the QSettings
file inside the test's own folder. Every file under that folder - data dir with its
-wal/-shm and backups, config, log, cache, temp, the folder the user's files were in -
is searched for the phrase as UTF-8 and UTF-16-LE, in any ASCII case, and in file names:
once while the journal is open after the GUI saves, and again at the very end.
"""

from __future__ import annotations

import json
import secrets
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from tests.cli.cli_support import SUBCOMMANDS, describe, run_cli
from tests.reliability.support import (
    FIXED_NOW,
    PASSPHRASE,
    access_for,
    record_figures,
    write_passphrase_file,
)
from wellbeing_desktop.app import build_main_window
from wellbeing_desktop.domain.models import CatalogueKind
from wellbeing_desktop.logs import setup_logging, shutdown_logging
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.journal.journal_view import JournalView
from wellbeing_desktop.ui.settings.settings_categories import NAME_COLUMN
from wellbeing_desktop.ui.settings.settings_view import SettingsView
from wellbeing_desktop.ui.shell.app_shell import Page
from wellbeing_desktop.ui.sparring.sparring_view import SparringView
from wellbeing_desktop.ui.today.today_view import TodayView

if TYPE_CHECKING:
    import subprocess
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.shell.main_window import MainWindow

CANARY = f"Kanariefugl{secrets.token_hex(6)}"  # letters and digits: a valid tag too

pytestmark = pytest.mark.qt_log_ignore(
    # The offscreen platform cannot raise a popup or let it grab the keyboard.
    "This plugin does not support raise",
    "This plugin does not support grabbing",
)


@dataclass(frozen=True)
class Places:
    root: Path  # everything below is searched
    home: Path
    data: Path
    config: Path
    log: Path
    temp: Path
    user_files: Path  # where the user keeps files to import and exports
    passphrase_file: Path


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Places]:
    home = tmp_path / "home"
    found = Places(
        root=tmp_path,
        home=home,
        data=tmp_path / "data" / "journal",
        config=home / ".config",
        log=tmp_path / "log",
        temp=tmp_path / "tmp",
        user_files=tmp_path / "user-files",
        passphrase_file=tmp_path / "secrets" / "passphrase.txt",
    )
    for folder in (home, found.config, found.temp, found.user_files, found.passphrase_file.parent):
        folder.mkdir(parents=True, exist_ok=True)
    write_passphrase_file(found.passphrase_file)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(found.config))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("TMPDIR", str(found.temp))
    monkeypatch.setenv("WELLBEING_LOG_DIR", str(found.log))
    monkeypatch.setattr(tempfile, "tempdir", str(found.temp))
    setup_logging(found.log)  # as run_gui does: the GUI's events go to the log too
    yield found
    shutdown_logging()


def scan(root: Path, phrase: str) -> tuple[list[str], list[str], int]:
    """Where ``phrase`` is found under ``root``; also the files and bytes read."""
    lowered = phrase.lower()
    needles = {enc: lowered.encode(enc) for enc in ("utf-8", "utf-16-le")}
    hits: list[str] = []
    files: list[str] = []
    size = 0
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if lowered in path.name.lower():
            hits.append(f"{rel}: in the file name")
        if path.is_symlink() or not path.is_file():
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            hits.append(f"{rel}: could not be read ({exc.strerror})")
            continue
        files.append(rel)
        size += len(data)
        # bytes.lower() folds ASCII only, which is what the phrase is made of.
        folded = data.lower()
        hits += [f"{rel}: {enc}" for enc, needle in needles.items() if needle in folded]
    return hits, files, size


# --- the GUI -----------------------------------------------------------------------------


def _close_modal_dialogs() -> None:
    """A modal dialog a typed text may open would block the test forever: close it."""
    widget = QApplication.activeModalWidget()
    if widget is not None:
        widget.close()


def _type_everywhere(qtbot: QtBot, window: MainWindow, typed: list[str]) -> None:
    """Type the phrase into every editable text field of every page not yet holding it."""
    skip = (QAbstractSpinBox, QDateTimeEdit, QComboBox)  # their line edits take numbers
    for page in Page:
        window.shell.show_page(page)
        view = window.shell.views[page]
        qtbot.wait(20)
        fields: list[QLineEdit | QPlainTextEdit | QTextEdit] = [
            *view.findChildren(QLineEdit),
            *view.findChildren(QPlainTextEdit),
            *view.findChildren(QTextEdit),
        ]
        for field in fields:
            if not (field.isVisible() and field.isEnabled()):
                continue
            if isinstance(field, QLineEdit) and field.echoMode() != QLineEdit.EchoMode.Normal:
                continue
            if getattr(field, "isReadOnly", lambda: False)():
                continue
            parent = field.parentWidget()
            if isinstance(parent, skip):
                continue
            text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
            if CANARY in text:
                continue
            field.setFocus()
            qtbot.keyClicks(field, f" {CANARY} ")
            typed.append(f"{page.name}: {type(field).__name__} {field.accessibleName()!r}")


def _gui_part(qtbot: QtBot, places: Places) -> tuple[list[str], list[str]]:
    """Type the phrase everywhere in the GUI.

    Type the phrase everywhere in the GUI; returns the fields typed into and the hits
    found while the journal was still open.
    """
    access = access_for(places.data)
    access.create(PASSPHRASE)[0].close()
    settings = QSettings(
        str(places.config / "wellbeing-desktop" / "wellbeing-desktop.conf"),
        QSettings.Format.IniFormat,
    )
    tasks = TaskRunner()
    window = build_main_window(access, tasks, settings)
    qtbot.addWidget(window)
    window.show()
    watchdog = QTimer()
    watchdog.timeout.connect(_close_modal_dialogs)
    watchdog.start(200)
    typed: list[str] = []
    try:
        qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
        window.unlock_view.submit.click()
        qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
        shell = window.shell

        # Today: reflection, tags, a new own signal.
        shell.show_page(Page.TODAY)
        today = shell.views[Page.TODAY]
        assert isinstance(today, TodayView)
        qtbot.keyClicks(today.reflection.editor, f"Et møde om {CANARY} i dag")
        qtbot.keyClicks(today.reflection.tags, f"#{CANARY}")
        today.signals.set_expanded(True)
        today.signals.add_button.click()
        qtbot.keyClicks(today.signals.new_signal, f"{CANARY} i kæben")
        qtbot.keyClick(today.signals.new_signal, Qt.Key.Key_Return)
        assert today.save_now()
        typed += ["TODAY: reflection", "TODAY: tags", "TODAY: own signal"]

        # Sparring: a new topic's notes.
        shell.show_page(Page.SPARRING)
        sparring = shell.views[Page.SPARRING]
        assert isinstance(sparring, SparringView)
        qtbot.mouseClick(sparring.new_button, Qt.MouseButton.LeftButton)
        form = sparring.form
        assert form is not None
        qtbot.waitUntil(form.isVisible)
        qtbot.keyClicks(form.notes, f"Sparring om {CANARY}")
        form.save_button.click()
        qtbot.waitUntil(lambda: sparring.form is None, timeout=5000)
        typed.append("SPARRING: notes")

        # Settings: rename a category.
        shell.show_page(Page.SETTINGS)
        settings_view = shell.views[Page.SETTINGS]
        assert isinstance(settings_view, SettingsView)
        table, model = settings_view.categories, settings_view.category_model
        name = model.index(1, NAME_COLUMN)
        table.setFocus()
        table.setCurrentIndex(name)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        editor = table.indexWidget(name)
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, f"Ledelse {CANARY}")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.indexWidget(name) is None)
        typed.append("SETTINGS: category name")

        # Journal: search for it.
        shell.show_page(Page.JOURNAL)
        journal_view = shell.views[Page.JOURNAL]
        assert isinstance(journal_view, JournalView)
        qtbot.keyClicks(journal_view.search, CANARY)
        qtbot.waitUntil(lambda: journal_view.list_view.model().rowCount() > 0, timeout=5000)
        typed.append("JOURNAL: search")

        # Every other text field there is (1:1 notes and whatever comes later).
        _type_everywhere(qtbot, window, typed)
        shell.show_page(Page.TODAY)
        assert today.save_now()

        _assert_stored(window.session.journal)
        hits_while_open, _files, _size = scan(places.root, CANARY)

        # A backup from Settings, then lock and close the window.
        shell.show_page(Page.SETTINGS)
        security = settings_view.security
        security.backup_now.click()
        qtbot.waitUntil(security.backup_status.isVisible, timeout=20000)
        window.lock()
        window.close()
        assert tasks.wait(20000)
        settings.sync()
    finally:
        watchdog.stop()
        if window.session.is_open:
            window.lock()
    return typed, hits_while_open


def _assert_stored(journal: Journal) -> None:
    """The phrase really reached the journal (else the test would prove nothing)."""
    day = journal.day(FIXED_NOW.date())
    assert day is not None
    assert CANARY in day.reflection
    assert any(CANARY.lower() == tag.lower() for tag in day.tags)
    signals = journal.catalogue(CatalogueKind.SIGNAL)
    assert any(CANARY in item.label_da for item in signals)
    assert any(CANARY in topic.notes for topic in journal.sparring_topics())
    assert any(CANARY in c.name_da + c.name_en for c in journal.categories())


# --- the command line --------------------------------------------------------------------


def _cli(places: Places, *args: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
    result = run_cli(*args, data_dir=places.data, passphrase_file=places.passphrase_file)
    assert result.returncode == expect, describe(result)
    assert "Traceback" not in result.stderr, describe(result)
    return result


def _cli_part(places: Places) -> list[str]:
    """Pass the phrase to every CLI option that takes text; returns the commands run."""
    today = date.today()
    days = [today - timedelta(days=n) for n in range(1, 6)]
    files = places.user_files
    run: list[str] = []

    _cli(places, "log", "--date", days[0].isoformat(), "--note", f"{CANARY} på tasterne",
         "--tag", CANARY, "--new-signal", f"{CANARY} signal")  # fmt: skip
    run.append("log --note --tag --new-signal")

    note = files / "note.txt"
    note.write_text(f"Fra en fil: {CANARY}\n", encoding="utf-8")
    _cli(places, "log", "--date", days[1].isoformat(), "--note-file", str(note))
    note.unlink()
    run.append("log --note-file")

    for bad in (["--date", CANARY], ["--demand", CANARY], ["--stress", CANARY]):
        _cli(places, "log", *bad, expect=1)
        run.append(f"log {bad[0]} <refused>")

    found = _cli(places, "search", CANARY)
    assert CANARY in found.stdout
    run.append("search")

    document = {
        "format": "leader-pulse-export",
        "version": 1,
        "days": [{"date": days[2].isoformat(), "reflection": f"Importeret {CANARY}",
                  "tags": [f"{CANARY}x"], "share": "coach"}],
        "sparring_topics": [{"raised_on": days[2].isoformat(), "situation": "conflict",
                             "with_whom": "hr", "notes": f"Import {CANARY}"}],
        "one_on_ones": [{"held_on": days[3].isoformat(), "with_whom": f"{CANARY} Kim",
                         "agenda": [f"Punkt {CANARY}"], "notes": f"Noter {CANARY}",
                         "actions": [{"text": f"Gør {CANARY}", "done": False}]}],
    }  # fmt: skip
    source = files / "import.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    _cli(places, "import", str(source))
    source.unlink()
    run.append("import")

    for fmt in ("json", "csv", "xlsx"):
        target = files / f"export.{fmt}"
        _cli(places, "export", "--format", fmt, "--out", str(target))
        if fmt == "xlsx":  # a zip of XML parts: the texts are in the sheets (inline)
            with zipfile.ZipFile(target) as book:
                parts = [n for n in book.namelist() if n.startswith("xl/")]
                assert any(CANARY in book.read(n).decode("utf-8") for n in parts)
        else:
            assert CANARY in target.read_text(encoding="utf-8")
        target.unlink()
        run.append(f"export --format {fmt} (then deleted)")

    if "report" in SUBCOMMANDS:
        for fmt in ("md", "html", "pdf"):
            target = files / f"report.{fmt}"
            _cli(places, "report", "--kind", "coach", "--format", fmt, "--out", str(target),
                 "--include-coach-reflections", "--from", days[4].isoformat())  # fmt: skip
            target.unlink()
            run.append(f"report --format {fmt} (then deleted)")
    if "backup" in SUBCOMMANDS:
        _cli(places, "backup")
        _cli(places, "backup", "--out", str(files / "by-hand.lpbackup"))
        run += ["backup", "backup --out"]
    for command in ("show", "stats", "check"):
        _cli(places, command)
        run.append(command)
    return run


def test_the_canary_is_in_no_file_outside_the_encrypted_journal(
    qtbot: QtBot, places: Places
) -> None:
    typed, hits_while_open = _gui_part(qtbot, places)
    commands = _cli_part(places)
    hits, files, size = scan(places.root, CANARY)
    leftovers = sorted(p.name for p in places.user_files.iterdir())
    record_figures(
        "canary",
        {
            "gui_fields_typed_into": len(typed),
            "gui_fields": typed,
            "cli_commands": len(commands),
            "cli_runs": commands,
            "files_scanned": len(files),
            "files": files,
            "bytes_scanned": size,
            "canary_hits": len(hits) + len(hits_while_open),
            "hits": hits_while_open + hits,
        },
    )
    assert hits_while_open == [], "found while the journal was open"
    assert hits == []
    assert set(leftovers) <= {"by-hand.lpbackup"}, f"left beside the user's files: {leftovers}"
    # A compressed temporary file (a PDF, say) could hide the phrase from the search:
    # the temp folder must be left empty.
    left_in_temp = sorted(p.relative_to(places.temp).as_posix() for p in places.temp.rglob("*"))
    assert left_in_temp == [], f"left in the temp folder: {left_in_temp}"
