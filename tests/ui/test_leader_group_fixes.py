"""Issue #18, what an attacker found on the Leader group page (1366×768 and 1024×600).

Real journals, the real services, the real page (and the real window for Ctrl+L)
offscreen; only Qt's file dialogs are answered by the test.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog

from tests.conftest import PASSPHRASE
from tests.ui.test_leader_group_page import END, ROUND_NAME, START, _Journals, _page, _round_file
from wellbeing_desktop.domain.models import DayLog, Language
from wellbeing_desktop.domain.pulse import combine_pulses
from wellbeing_desktop.services import pulse as pulse_service
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.leader_group.leader_group_view import LeaderGroupView
from wellbeing_desktop.ui.shell.pages import Page

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.ui.leader_group.share_panel import SharePanel
    from wellbeing_desktop.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WHO5_LABEL = "WHO-5 (band)"


@pytest.fixture
def journals(tmp_path: Path) -> Iterator[_Journals]:
    made = _Journals(tmp_path / "journals")
    yield made
    for journal in made.opened:
        if journal.is_open:
            journal.close()


class _Dialogs:
    """Answers Qt's file dialogs and keeps what they were asked (folder, filters)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[tuple[str, str]] = []
        self.answer = ""
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, self._ask)

    def _ask(self, _parent: object, _caption: str, where: str, filters: str) -> tuple[str, str]:
        self.asked.append((where, filters))
        return self.answer, ""


def _who5(share: SharePanel) -> str:
    return dict(share.facts.facts())[WHO5_LABEL]


def test_the_share_card_says_what_the_file_holds_and_never_mixes_two_rounds(
    qtbot: QtBot,
    journals: _Journals,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fa, facilitator = journals.new("facilitator")
    _round, round_file = _round_file(facilitator, tmp_path)
    access, leader = journals.new("leader", seed=1)
    tasks = TaskRunner()
    view = _page(qtbot, access, leader, tasks)
    share = view.share
    no_documents = tmp_path / "no-such-Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(no_documents))
    dialogs = _Dialogs(monkeypatch)

    # The open dialog starts at home (no Documents folder), round files first.
    dialogs.answer = str(round_file)
    qtbot.mouseClick(share.open_button, Qt.MouseButton.LeftButton)
    where, filters = dialogs.asked[-1]
    assert Path(where) == Path.home()
    assert filters.split(";;") == [
        "Round files (*.leaderpulse-round.json)",
        "JSON (*.json)",
        "All files (*)",
    ]
    assert ROUND_NAME in share.round_line.text()
    assert _who5(share) == "not shared"

    # Saved with WHO-5 ticked; unticking no longer matches the file: the status says so.
    share.who5.click()
    assert share.pulse is not None
    assert share.pulse.who5_band is not None  # the demo journal has a check-in then
    target = tmp_path / "leaderpulse-pulse-mine.json"
    dialogs.answer = str(target)
    qtbot.mouseClick(share.save_button, Qt.MouseButton.LeftButton)
    where, filters = dialogs.asked[-1]
    assert Path(where).parent == Path.home()
    assert filters.split(";;")[0] == "Pulse files (leaderpulse-pulse-*.json)"
    assert target.exists()
    assert "Send the file" in share.status.text()
    share.who5.click()
    assert _who5(share) == "not shared"
    assert share.status.isVisible()
    assert "Send the file" not in share.status.text()
    assert "earlier choice" in share.status.text()
    assert str(target) in share.status.text()
    share.who5.click()  # the preview is the file again
    assert "Send the file" in share.status.text()

    # A round file that cannot be read (a FIFO) clears the card: no earlier round stays.
    fifo = tmp_path / "round.fifo"
    os.mkfifo(fifo)
    dialogs.answer = str(fifo)
    qtbot.mouseClick(share.open_button, Qt.MouseButton.LeftButton)
    assert share.alert.isVisible()
    assert share.alert.text.text()
    assert share.pulse_round is None
    assert share.facts.facts() == []
    assert not share.facts.isVisible()
    assert share.round_line.text() == ""
    assert share.status.text() == ""
    assert not share.status.isVisible()
    assert not share.save_button.isVisible()
    assert share.empty.isVisible()
    tasks.wait()


def test_who5_ticked_without_a_check_in_says_so(
    qtbot: QtBot, journals: _Journals, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fa, facilitator = journals.new("facilitator")
    _r, round_file = _round_file(facilitator, tmp_path)
    access, leader = journals.new("leader")
    for day in (date(2026, 10, 5), date(2026, 10, 6), date(2026, 11, 2)):
        leader.save_day(DayLog(day=day, minutes={"operations": 300}, stress_step=2))
    tasks = TaskRunner()
    view = _page(qtbot, access, leader, tasks)
    view.share.open_round_file(round_file)
    assert _who5(view.share) == "not shared"
    view.share.who5.click()
    assert _who5(view.share) == "no WHO-5 check-in in the period"
    view._session.set_language(Language.DANISH)
    assert dict(view.share.facts.facts())["WHO-5 (bånd)"] == "ingen WHO-5 i perioden"
    tasks.wait()


def test_the_rounds_list_is_current_and_says_the_year_of_an_old_round(
    qtbot: QtBot, journals: _Journals, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    access, facilitator = journals.new("facilitator")
    tasks = TaskRunner()
    view = _page(qtbot, access, facilitator, tasks)
    view.resize(1024 - 200, 600)
    panel = view.facilitate
    assert panel.empty.isVisible()

    # Started elsewhere (the command line) while the page is open: listed when shown again.
    pulse_service.start_round(facilitator, name=ROUND_NAME, start=START, end=END)
    assert panel.rounds.topLevelItemCount() == 0
    view.hide()
    view.show()
    assert panel.rounds.topLevelItemCount() == 1
    last_year = pulse_service.start_round(
        facilitator,
        name="Ledergruppen, efterår 2025",
        start=date(2025, 9, 29),  # a Monday: a round covers whole weeks
        end=date(2025, 11, 23),
    )

    # Saving a round file again lists the new round too; its period names its year.
    dialogs = _Dialogs(monkeypatch)
    dialogs.answer = str(tmp_path / "again.leaderpulse-round.json")
    qtbot.mouseClick(panel.save_again, Qt.MouseButton.LeftButton)
    assert panel.rounds.topLevelItemCount() == 2
    where, filters = dialogs.asked[-1]
    assert filters.startswith("Round files (*.leaderpulse-round.json);;JSON (*.json);;")
    rows = {}
    for index in range(panel.rounds.topLevelItemCount()):
        item = panel.rounds.topLevelItem(index)
        assert item is not None
        rows[item.text(0)] = item
    old = rows[last_year.name]
    assert old.text(1) == "29 Sept – 23 Nov 2025"
    assert rows[ROUND_NAME].text(1) == "28 Sept – 22 Nov"
    tip = old.toolTip(1)
    assert last_year.name in tip
    assert "29 September – 23 November 2025" in tip
    assert old.toolTip(0) == tip
    assert "at least 5 leaders" in tip
    assert last_year.fingerprint in tip
    # At 1024×600 the name has room for more than a few letters (the card's width follows
    # the page, so no exact width: the tooltip above holds the whole name).
    header = panel.rounds.header()
    letters = panel.rounds.fontMetrics().horizontalAdvance("Ledergruppen")
    assert header.sectionSize(0) >= letters
    tasks.wait()


def test_ctrl_l_locks_with_the_leader_group_dialogs_open(
    qtbot: QtBot,
    make_window,
    access: JournalAccess,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal = access.create(PASSPHRASE)[0]
    pulse_round = pulse_service.start_round(journal, name=ROUND_NAME, start=START, end=END)
    leaders = _Journals(tmp_path / "leaders")
    pulses = []
    for seed in range(1, 6):
        _a, leader = leaders.new(f"leader{seed}", seed=seed)
        pulses.append(pulse_service.preview_pulse(leader, pulse_round, include_who5=False))
        leader.close()
    journal.close()
    window: MainWindow = make_window()

    def unlock() -> LeaderGroupView:
        qtbot.keyClicks(window.unlock_view.passphrase, PASSPHRASE)
        window.unlock_view.submit.click()
        qtbot.waitUntil(lambda: window.session.is_open, timeout=10000)
        window.shell.show_page(Page.LEADER_GROUP)
        view = window.shell.views[Page.LEADER_GROUP]
        assert isinstance(view, LeaderGroupView)
        return view

    # The start-a-round dialog: Ctrl+L in its name field locks, and the dialog is gone.
    panel = unlock().facilitate
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    dialog = panel.round_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Secret round")
    qtbot.keyClick(dialog.name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.session.is_open)
    assert not dialog.isVisible()
    assert dialog.name.text() == ""

    # The group picture: the same.
    panel = unlock().facilitate
    picture = combine_pulses(pulse_round, pulses)
    monkeypatch.setattr(pulse_service, "combine", lambda *_a: picture)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: (["x.json"], ""))
    qtbot.mouseClick(panel.combine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.group_dialog is not None, timeout=15000)
    group = panel.group_dialog
    assert group is not None
    qtbot.waitUntil(group.isVisible)
    qtbot.keyClick(group.save_button, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.session.is_open)
    assert not group.isVisible()
    assert group.preview.toPlainText() == ""
    assert window.unlock_view.isVisible()
