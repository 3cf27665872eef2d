"""The GUI leak sweep: every way text leaves the app, against what the sharing rule allows.

Four canaries sit in reflections at every share level: private, 1:1, coach (not ticked)
and coach (ticked). The sweep drives the GUI the way a user (or an attacker with the
user's hands) would: a drafted 1:1 agenda with a private reflection pasted in as a point,
meetings switched, then the 1:1 report as Markdown, HTML and PDF, print to a PDF file and
to paper, the coach summary in all three formats, the payload a drag of the agenda
carries, the clipboard after a copy and a lock, and every chart saved as PNG and SVG.
Everything that left is read back (pdftotext for PDF, the drag's bytes in UTF-8 and
UTF-16) and compared with the rule: only the ticked coach canary may appear, and only in
the coach summary; every file is 0600 and has its consent-log entry.
"""

from __future__ import annotations

import dataclasses
import stat
import subprocess
import unicodedata
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.conftest import FIXED_NOW
from tests.reliability.support import record_figures
from tests.ui.test_one_on_one import create_meeting, draft, type_and_commit
from wellbeing_desktop.domain.models import DayLog, Language, OneOnOne, ShareLevel
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.one_on_one.one_on_one_view import OneOnOneView
from wellbeing_desktop.ui.shell.clipboard_guard import ClipboardGuard
from wellbeing_desktop.ui.shell.session import JournalSession
from wellbeing_desktop.ui.trends.trends_view import TrendsView

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.coach.coach_dialog import CoachSummaryDialog

TODAY = FIXED_NOW.date()
PRIVATE = "Quokkaprivatkanarie"
ONE_ON_ONE = "Narhvaltilmoedekanarie"
COACH_UNTICKED = "Axolotlcoachkanarie"
COACH_TICKED = "Pelikancoachkanarie"
REFLECTIONS = {
    date(2026, 11, 16): (f"{PRIVATE} kept to myself this week", ShareLevel.PRIVATE),
    date(2026, 11, 17): (f"{ONE_ON_ONE} wants the reorg discussed", ShareLevel.ONE_ON_ONE),
    date(2026, 11, 18): (f"{COACH_UNTICKED} not this time", ShareLevel.COACH),
    date(2026, 11, 19): (f"{COACH_TICKED} fears delegation", ShareLevel.COACH),
}
TICKED_DAY = date(2026, 11, 19)
FORBIDDEN = (PRIVATE, ONE_ON_ONE, COACH_UNTICKED)


@pytest.fixture
def session(access: JournalAccess) -> Iterator[JournalSession]:
    created = JournalSession(access, Language.ENGLISH)
    yield created
    created.close()


def seed(journal: Journal) -> None:
    journal.save_settings(dataclasses.replace(journal.settings(), language=Language.ENGLISH))
    journal.save_one_on_one(OneOnOne(held_on=date(2026, 11, 12), with_whom="Kim"))
    for offset in range(8):
        day = date(2026, 11, 14) + timedelta(days=offset)
        text, share = REFLECTIONS.get(day, ("", ShareLevel.PRIVATE))
        journal.save_day(
            DayLog(
                day=day,
                minutes={"operations": 200, "people_leadership": 150, "own_tasks": 70},
                stress_step=2 + offset % 3,
                signals=("s01",),
                demands=6,
                resources=5,
                energy=3,
                reflection=text,
                tags=(PRIVATE.lower(),),
                share=share,
            )
        )


def read_back(path: Path) -> str:
    if path.suffix == ".pdf":
        done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        return unicodedata.normalize("NFKC", done.stdout.decode("utf-8"))
    return path.read_text(encoding="utf-8", errors="replace")


def carried(data: bytes) -> str:
    """Bytes as text in every encoding a payload may use (Qt streams strings as UTF-16)."""
    return "\n".join(
        data.decode(encoding, errors="ignore") for encoding in ("utf-8", "utf-16-be", "utf-16-le")
    )


class Sweep:
    """What left the app, by route, and the files written."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.left: dict[str, str] = {}
        self.files: list[Path] = []

    def file(self, route: str, path: Path) -> None:
        assert path.exists(), f"{route}: no file was written"
        self.files.append(path)
        self.left[route] = read_back(path)


def one_on_one_routes(
    qtbot: QtBot, sweep: Sweep, view: OneOnOneView, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_meeting(qtbot, view)
    draft(qtbot, view)
    qtbot.mouseClick(view.add_point_button, Qt.MouseButton.LeftButton)
    type_and_commit(qtbot, view.agenda_list, REFLECTIONS[date(2026, 11, 16)][0])
    view.notes.setPlainText("Notes for Kim")
    view.save_now()
    view.meeting_list.setCurrentIndex(view.meetings.index(1))  # switch away and back
    view.meeting_list.setCurrentIndex(view.meetings.index(0))

    filters = {"md": "Markdown (*.md)", "html": "HTML (*.html)", "pdf": "PDF (*.pdf)"}
    for fmt, chosen in filters.items():
        target = sweep.folder / f"one-on-one.{fmt}"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_a, t=target, f=chosen: (str(t), f)
        )
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)

        def exported(target: Path = target) -> bool:
            return view.saved.text() == f"Exported to {target.name}"

        qtbot.waitUntil(exported, timeout=20000)
        sweep.file(f"1:1 report {fmt}", target)

    printed = sweep.folder / "printed.pdf"

    def to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", to_file)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    sweep.file("1:1 print to file", printed)

    paper: list[str] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QPrintDialog.DialogCode.Accepted)
    monkeypatch.setattr(  # what would be drawn on the paper's printer
        "wellbeing_desktop.ui.one_on_one.one_on_one_sharing.print_paged",
        lambda doc, _p: paper.append(doc.toHtml()),
    )
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    monkeypatch.undo()
    (sweep.left["1:1 print to paper"],) = paper

    rows = [view.agenda.index(row) for row in range(view.agenda.rowCount())]
    payload = view.agenda.mimeData(rows)
    sweep.left["1:1 agenda drag"] = "\n".join(
        carried(bytes(payload.data(fmt).data())) for fmt in payload.formats()
    )


def coach_routes(
    qtbot: QtBot, sweep: Sweep, view: OneOnOneView, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.mouseClick(view.coach_button, Qt.MouseButton.LeftButton)
    dialog: CoachSummaryDialog | None = view.coach_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.is_current, timeout=10000)
    model = dialog.reflections
    offered = [str(model.index(row).data()) for row in range(model.rowCount())]
    dialog.reflection_list.setFocus()
    dialog.reflection_list.setCurrentIndex(
        model.index(next(i for i, text in enumerate(offered) if COACH_TICKED in text))
    )
    qtbot.keyClick(dialog.reflection_list, Qt.Key.Key_Space)
    qtbot.waitUntil(dialog.is_current, timeout=10000)
    for fmt in ("md", "html", "pdf"):
        dialog.format_buttons[fmt].click()
        qtbot.waitUntil(dialog.is_current, timeout=10000)
        target = sweep.folder / f"coach.{fmt}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, t=target: (str(t), "x"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.message.text().startswith("Saved to"), timeout=20000)
        sweep.file(f"coach summary {fmt}", target)
    sweep.left["coach preview"] = dialog.preview.toPlainText()
    dialog.reject()


def chart_routes(qtbot: QtBot, sweep: Sweep, session: JournalSession, tasks: TaskRunner) -> None:
    trends = TrendsView(session, tasks)
    qtbot.addWidget(trends)
    trends.resize(1000, 760)
    trends.show()
    qtbot.waitUntil(lambda: trends.data is not None, timeout=10000)
    assert tasks.wait(10000)
    QApplication.processEvents()
    for card in trends.charts:
        for suffix in (".svg", ".png"):
            path = sweep.folder / f"chart-{card.objectName() or id(card)}{suffix}"
            card.save_chart(path)
            sweep.left[f"chart {path.name}"] = carried(path.read_bytes())


def test_every_way_out_carries_only_what_the_rules_allow(
    qtbot: QtBot,
    session: JournalSession,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(journal)
    sweep = Sweep(tmp_path / "out")
    sweep.folder.mkdir()
    tasks = TaskRunner()
    guard = ClipboardGuard(session)
    view = OneOnOneView(session, tasks)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    session.open(journal)

    one_on_one_routes(qtbot, sweep, view, monkeypatch)
    coach_routes(qtbot, sweep, view, monkeypatch)
    chart_routes(qtbot, sweep, session, tasks)

    # The clipboard: Ctrl+C on the agenda's 1:1 reflection point (Qt's item views copy
    # the current item) and on the notes; locking clears what is still there.
    clipboard = QGuiApplication.clipboard()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    point = [b.text for b in view.agenda.blocks()].index(REFLECTIONS[date(2026, 11, 17)][0])
    view.agenda_list.setFocus()
    view.agenda_list.setCurrentIndex(view.agenda.index(point))
    qtbot.keyClick(view.agenda_list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert ONE_ON_ONE in clipboard.text()
    assert guard.holds_copy
    session.close()
    sweep.left["clipboard after lock (agenda copy)"] = clipboard.text()
    session.open(session.access.open_with_passphrase("correct horse battery staple"))
    view.notes.setPlainText(REFLECTIONS[date(2026, 11, 16)][0])
    view.notes.selectAll()
    view.notes.copy()
    assert PRIVATE in clipboard.text()
    assert guard.holds_copy
    session.close()
    sweep.left["clipboard after lock (notes copy)"] = clipboard.text(QClipboard.Mode.Clipboard)
    assert tasks.wait(10000)

    leaks = [
        f"{route}: {canary}"
        for route, text in sweep.left.items()
        for canary in FORBIDDEN
        if canary in text
    ]
    record_figures(
        "leak_sweep",
        {
            "routes driven (what left, by way out)": len(sweep.left),
            "routes": sorted(sweep.left),
            "files written": len(sweep.files),
            "canaries (private, 1:1, coach unticked, coach ticked)": 4,
            "forbidden canaries found": len(leaks),
            "leaks": leaks,
        },
    )
    assert leaks == []
    quoted = sorted(route for route, text in sweep.left.items() if COACH_TICKED in text)
    assert quoted == sorted(r for r in sweep.left if r.startswith("coach "))
    assert {stat.S_IMODE(p.stat().st_mode) for p in sweep.files} == {0o600}
    assert sorted(p.name for p in sweep.folder.iterdir() if not p.name.startswith("chart-")) == (
        sorted(p.name for p in sweep.files)
    )  # no temporary file left behind

    reopened = session.access.open_with_passphrase("correct horse battery staple")
    try:
        log = reopened.export_log()
    finally:
        reopened.close()
    assert len(log) == len(sweep.files)  # every file that left is in the consent log
    assert {r.reflection_days for r in log if r.kind == "coach"} == {(TICKED_DAY,)}
    assert {r.reflection_days for r in log if r.kind == "one-on-one"} == {(date(2026, 11, 17),)}
