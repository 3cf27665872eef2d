"""Issue #18, the Leader group page: a leader shares a pulse, a facilitator combines a round.

Real journals made by ``demo`` (seeds 1..6), the real services, the real page offscreen;
only Qt's file dialogs are answered by the test.
"""

from __future__ import annotations

import dataclasses
import json
import re
import stat
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.conftest import PASSPHRASE, fixed_clock
from tests.ui.test_accessibility_tree import offenders
from wellbeing_desktop.domain.formatting import percent
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.domain.pulse import combine_pulses
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services import pulse as pulse_service
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.demo import generate_demo
from wellbeing_desktop.services.pulse_words import pulse_facts
from wellbeing_desktop.ui.common.qt_dates import to_qdate
from wellbeing_desktop.ui.common.tasks import TaskRunner
from wellbeing_desktop.ui.leader_group.leader_group_view import LeaderGroupView
from wellbeing_desktop.ui.leader_group.share_panel import pulse_labels
from wellbeing_desktop.ui.shell.session import JournalSession

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from wellbeing_desktop.domain.pulse import LeaderPulse, PulseRound
    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.ui.leader_group.facilitate_panel import FacilitatePanel
    from wellbeing_desktop.ui.leader_group.group_dialog import GroupPictureDialog
    from wellbeing_desktop.ui.leader_group.share_panel import SharePanel

START, END = date(2026, 9, 28), date(2026, 11, 22)  # eight whole weeks, Monday to Sunday
ROUND_NAME = "Ledergruppen, efterår 2026"


class _Journals:
    """Journals of this test, each in its own folder (closed at the end)."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self.opened: list[Journal] = []

    def new(self, name: str, seed: int | None = None) -> tuple[JournalAccess, Journal]:
        access = JournalAccess(
            JournalPaths(self._root / name), kdf=keyfile.TEST_KDF, clock=fixed_clock
        )
        journal, _code = access.create(PASSPHRASE)
        if seed is not None:
            journal.import_content(generate_demo(days=70, seed=seed, end=END))
        self.opened.append(journal)
        return access, journal


@pytest.fixture
def journals(tmp_path: Path) -> Iterator[_Journals]:
    made = _Journals(tmp_path)
    yield made
    for journal in made.opened:
        if journal.is_open:
            journal.close()


def _page(
    qtbot: QtBot, access: JournalAccess, journal: Journal, tasks: TaskRunner
) -> LeaderGroupView:
    journal.save_settings(dataclasses.replace(journal.settings(), language=Language.ENGLISH))
    session = JournalSession(access, Language.ENGLISH)
    session.open(journal)
    view = LeaderGroupView(session, tasks)
    qtbot.addWidget(view)
    view.resize(1366 - 200, 728)
    view.show()
    return view


def _pulse(share: SharePanel) -> LeaderPulse | None:
    return share.pulse  # read anew: the page changes it


def _open_round(share: SharePanel) -> PulseRound | None:
    return share.pulse_round


def _group(panel: FacilitatePanel) -> GroupPictureDialog | None:
    return panel.group_dialog


def _answer_open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))


def _answer_save(monkeypatch: pytest.MonkeyPatch, path: Path, seen: list[str] | None = None):
    def save_as(_parent: object, caption: str, suggested: str, *_rest: object) -> tuple[str, str]:
        if seen is not None:
            seen.append(Path(suggested).name)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)


def _share_through_page(
    qtbot: QtBot, view: LeaderGroupView, round_file: Path, target: Path, mp: pytest.MonkeyPatch
) -> None:
    share = view.share
    _answer_open(mp, round_file)
    qtbot.mouseClick(share.open_button, Qt.MouseButton.LeftButton)
    assert share.pulse is not None
    _answer_save(mp, target)
    qtbot.mouseClick(share.save_button, Qt.MouseButton.LeftButton)
    assert target.exists()


def _round_file(
    facilitator: Journal, folder: Path, start: date = START, end: date = END
) -> tuple[PulseRound, Path]:
    pulse_round = pulse_service.start_round(facilitator, name=ROUND_NAME, start=start, end=end)
    path = folder / f"round-{start.isoformat()}.leaderpulse-round.json"
    pulse_service.write_round_file(pulse_round, path)
    return pulse_round, path


def test_a_leader_sees_exactly_what_the_pulse_holds_and_saves_it_with_its_log_entry(
    qtbot: QtBot, journals: _Journals, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _f_access, facilitator = journals.new("facilitator")
    pulse_round, round_file = _round_file(facilitator, tmp_path)
    access, leader = journals.new("leader", seed=1)
    tasks = TaskRunner()
    view = _page(qtbot, access, leader, tasks)
    share = view.share
    assert share.empty.isVisible()
    assert not share.save_button.isVisible()

    # A damaged round file: one line, nothing else changes.
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": "leader-pulse-round", "version": 1', encoding="utf-8")
    _answer_open(monkeypatch, damaged)
    qtbot.mouseClick(share.open_button, Qt.MouseButton.LeftButton)
    assert share.alert.isVisible()
    said = share.alert.text.text()
    assert said
    assert "\n" not in said
    assert "Traceback" not in said
    assert share.pulse_round is None
    assert share.empty.isVisible()

    _answer_open(monkeypatch, round_file)
    qtbot.mouseClick(share.open_button, Qt.MouseButton.LeftButton)
    assert not share.alert.isVisible()
    assert ROUND_NAME in share.round_line.text()
    assert pulse_round.fingerprint in share.key_code.text()
    assert "facilitator" in share.key_code.text()
    # The preview: exactly the service's pulse, worded as the CLI words it; WHO-5 off.
    assert not share.who5.isChecked()
    expected = pulse_service.preview_pulse(leader, pulse_round, include_who5=False)
    labels = pulse_labels(leader, Language.ENGLISH)
    shown = share.facts.facts()
    assert shown == pulse_facts(expected, pulse_round, Language.ENGLISH, labels)
    assert any(str(expected.days_logged) in value for _label, value in shown)
    assert share.never.isVisible()
    assert "name" in share.never.text()
    share.who5.click()  # ticking it changes the preview at once
    with_who5 = pulse_service.preview_pulse(leader, pulse_round, include_who5=True)
    assert share.facts.facts() == pulse_facts(with_who5, pulse_round, Language.ENGLISH, labels)
    share.who5.click()
    assert share.pulse == expected
    assert offenders(view)[1] == []  # every control of the filled card has a name

    names: list[str] = []
    target = tmp_path / "out" / "my-pulse"
    target.parent.mkdir()
    _answer_save(monkeypatch, target, names)
    qtbot.mouseClick(share.save_button, Qt.MouseButton.LeftButton)
    written = target.with_name("my-pulse.json")
    assert names == ["leaderpulse-pulse-ledergruppen-efterår-2026.json"]
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert json.loads(written.read_text(encoding="utf-8"))["round_id"] == pulse_round.round_id
    assert str(written) in share.status.text()
    assert "facilitator" in share.status.text()
    (record,) = leader.export_log()
    assert (record.kind, record.format) == ("pulse", "pulse")

    # A period with no logged day: said plainly, nothing can be saved.
    _f, empty_round = _round_file(
        facilitator, tmp_path, start=date(2026, 1, 5), end=date(2026, 2, 1)
    )
    _answer_open(monkeypatch, empty_round)
    qtbot.mouseClick(share.open_button, Qt.MouseButton.LeftButton)
    assert _pulse(share) is None
    assert "no logged days" in share.status.text()
    assert not share.save_button.isEnabled()
    assert not share.facts.isVisible()

    view._session.close()  # locked: the page keeps no word of the round or the pulse
    assert share.pulse_round is None
    assert share.facts.facts() == []
    assert share.round_line.text() == ""
    assert share.key_code.text() == ""
    assert share.status.text() == ""
    tasks.wait()


def test_a_facilitator_starts_a_round_and_combines_six_pulses_through_the_page(
    qtbot: QtBot, journals: _Journals, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    access, facilitator = journals.new("facilitator")
    tasks = TaskRunner()
    view = _page(qtbot, access, facilitator, tasks)
    panel = view.facilitate
    assert panel.empty.isVisible()

    # Start a round: the small dialog, then the round file and its code to read out.
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    dialog = panel.round_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no name yet
    assert dialog.message.isVisible()
    assert "name" in dialog.message.text()
    assert pulse_service.rounds(facilitator) == []
    qtbot.keyClicks(dialog.name, ROUND_NAME)
    dialog.start.setDate(to_qdate(START))
    dialog.end.setDate(to_qdate(END))
    assert dialog.min_group.minimum() == 5
    dialog.min_group.setValue(5)
    round_file = tmp_path / "round.leaderpulse-round.json"
    _answer_save(monkeypatch, round_file)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.round_dialog is None, timeout=5000)
    (pulse_round,) = pulse_service.rounds(facilitator)
    assert round_file.exists()
    assert pulse_round.fingerprint in panel.status.text()
    assert panel.rounds.topLevelItemCount() == 1
    row = panel.rounds.topLevelItem(0)
    assert row is not None
    assert [row.text(c) for c in range(2)] == [ROUND_NAME, "28 Sept – 22 Nov"]
    assert panel.details.text() == f"Round code {pulse_round.fingerprint} · at least 5 leaders"

    # Six leaders: five pulses through the service, the sixth through its own page.
    read = pulse_service.read_round_file(round_file)
    files: list[Path] = []
    pulses = []
    for seed in range(1, 6):
        _a, leader = journals.new(f"leader{seed}", seed=seed)
        pulse = pulse_service.preview_pulse(leader, read, include_who5=False)
        target = tmp_path / f"pulse{seed}.json"
        pulse_service.share_pulse(leader, read, pulse, target)
        files.append(target)
        pulses.append(pulse)
    sixth_access, sixth = journals.new("leader6", seed=6)
    sixth_view = _page(qtbot, sixth_access, sixth, tasks)
    _share_through_page(qtbot, sixth_view, round_file, tmp_path / "pulse6.json", monkeypatch)
    files.append(tmp_path / "pulse6.json")
    pulses.append(pulse_service.preview_pulse(sixth, read, include_who5=False))

    # Four are refused in one line; nothing is shown.
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_a: ([str(f) for f in files[:4]], "")
    )
    qtbot.mouseClick(panel.combine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.alert.isVisible(), timeout=10000)
    refusal = panel.alert.text.text()
    assert "\n" not in refusal
    assert "Traceback" not in refusal
    assert "1" in refusal  # how many more are needed
    assert panel.group_dialog is None

    # A damaged file among them: one line naming it; nothing is shown.
    damaged = tmp_path / "leaderpulse-pulse-damaged.json"
    damaged.write_text("not a pulse", encoding="utf-8")
    chosen = [str(f) for f in [*files, damaged]]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: (chosen, ""))
    panel.alert.show_text("")
    qtbot.mouseClick(panel.combine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.alert.isVisible(), timeout=10000)
    assert damaged.name in panel.alert.text.text()
    assert _group(panel) is None

    # All six: the group picture, shown as the report will be.
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: ([str(f) for f in files], ""))
    qtbot.mouseClick(panel.combine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _group(panel) is not None, timeout=15000)
    assert not panel.alert.isVisible()
    group = _group(panel)
    assert group is not None
    expected = combine_pulses(read, pulses)
    assert group.picture is not None
    assert group.picture.leaders == 6
    assert group.picture.step_shares == expected.step_shares
    assert "6 leaders" in group.intro.text()
    assert offenders(group)[1] == []
    # The preview shows the leaders and the staircase's distribution (the chart's table).
    text = group.preview.toPlainText()
    # A count of six is exact only as 3; else "at most 2" or "all but at most 2".
    counts = re.findall(r"(\w+ )?(\d) of 6 leaders", text)
    assert counts
    assert all(n == "3" or before == "most " for before, n in counts), counts
    assert f"{ROUND_NAME} · 6 leaders" in text
    assert expected.step_shares is not None
    table = text[text.index("Share of days") :]
    for step, share in enumerate(expected.step_shares, start=1):
        assert f"\n{step} " in table
        assert f"\n{percent(share, Language.ENGLISH)}\n" in table

    # Saved as JSON, 0600, with its consent entry.
    group.format_buttons["json"].click()
    report = tmp_path / "group.json"
    _answer_save(monkeypatch, report)
    qtbot.mouseClick(group.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: group.saved_to is not None, timeout=10000)
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert json.loads(report.read_text(encoding="utf-8"))["leaders"] == 6
    assert str(report) in group.message.text()
    assert [(r.kind, r.format) for r in facilitator.export_log()] == [("leader-group", "json")]
    group.reject()
    tasks.wait()


def test_a_round_file_with_a_low_order_key_is_refused_on_the_page(
    qtbot: QtBot, journals: _Journals, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _f_access, facilitator = journals.new("facilitator")
    _pulse_round, round_file = _round_file(facilitator, tmp_path)
    document = json.loads(round_file.read_text(encoding="utf-8"))
    document["public_key"] = "A" * 43 + "="  # the all-zero key, as a hand-made file may hold
    made_by_hand = tmp_path / "hand.leaderpulse-round.json"
    made_by_hand.write_text(json.dumps(document), encoding="utf-8")
    access, leader = journals.new("leader", seed=2)
    view = _page(qtbot, access, leader, TaskRunner())
    share = view.share

    _answer_open(monkeypatch, made_by_hand)
    qtbot.mouseClick(share.open_button, Qt.MouseButton.LeftButton)

    assert share.alert.isVisible()
    said = share.alert.text.text()
    assert str(made_by_hand) in said
    assert "damaged" in said
    assert "\n" not in said
    assert share.pulse_round is None
    assert not share.save_button.isVisible()

    # Were such a round to reach the page, saving refuses it in one line (no ValueError).
    _answer_open(monkeypatch, round_file)
    qtbot.mouseClick(share.open_button, Qt.MouseButton.LeftButton)
    opened = _open_round(share)  # read anew: the page changed it
    assert opened is not None
    share.pulse_round = dataclasses.replace(opened, public_key=bytes(32))
    target = tmp_path / "pulse.json"
    _answer_save(monkeypatch, target)
    qtbot.mouseClick(share.save_button, Qt.MouseButton.LeftButton)
    said = share.alert.text.text()
    assert "the round file's key cannot be used to seal a pulse" in said
    assert "\n" not in said
    assert not target.exists()
    assert [e for e in leader.export_log() if e.kind == "pulse"] == []
