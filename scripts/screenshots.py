"""Saves a PNG of every main view, from a throw-away demo journal, rendered offscreen.

Run ``.venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--language da]`` (a
developer tool: it is not part of the installed app).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtWidgets import QWidget

    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.shell.main_window import MainWindow

DEMO_PASSPHRASE = "screenshots only, thrown away"
# A leader's day as a calendar export holds it (floating times: the machine's own zone).
DEMO_EVENTS = (
    ("0830", "0900", "Morgenmøde med teamet"),
    ("0900", "1000", "1:1 med Mette"),
    ("1000", "1130", "Styregruppe: ny vagtplan"),
    ("1130", "1200", "Frokost"),
    ("1230", "1330", "Incident review: netværksnedbrud"),
    ("1330", "1500", "Fordybelse: kvartalsrapport"),
    ("1500", "1545", "Kaffe med Jonas"),
)


def demo_calendar(day: date) -> str:
    """An .ics of ``day``: the events above and an all-day deadline."""
    stamp = day.strftime("%Y%m%d")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Leader Pulse//screenshots//EN"]
    for number, (start, end, title) in enumerate(DEMO_EVENTS):
        lines += [
            "BEGIN:VEVENT",
            f"UID:demo-{number}@screenshots",
            f"SUMMARY:{title}",
            f"DTSTART:{stamp}T{start}00",
            f"DTEND:{stamp}T{end}00",
            "END:VEVENT",
        ]
    after = (day + timedelta(days=1)).strftime("%Y%m%d")
    lines += [
        "BEGIN:VEVENT",
        "UID:demo-deadline@screenshots",
        "SUMMARY:Deadline: lønforhandling",
        f"DTSTART;VALUE=DATE:{stamp}",
        f"DTEND;VALUE=DATE:{after}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="docs/screenshots", help="folder for the PNG files")
    parser.add_argument("--language", default="da", choices=("da", "en"))
    parser.add_argument("--width", type=int, default=1120)
    parser.add_argument("--height", type=int, default=780)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.app import build_main_window
    from wellbeing_desktop.domain.calendar_rules import CalendarSettings
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.security import keyfile
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.demo import generate_demo
    from wellbeing_desktop.ui.common.style import apply_style
    from wellbeing_desktop.ui.common.tasks import TaskRunner
    from wellbeing_desktop.ui.one_on_one.one_on_one_view import OneOnOneView
    from wellbeing_desktop.ui.shell.app_shell import Page
    from wellbeing_desktop.ui.shell.lock_reason import LockReason
    from wellbeing_desktop.ui.shell.main_window import LANGUAGE_KEY
    from wellbeing_desktop.ui.shell.recovery_key_dialog import RecoveryKeyDialog
    from wellbeing_desktop.ui.shell.session import Change
    from wellbeing_desktop.ui.today.today_view import TodayView
    from wellbeing_desktop.ui.today.who5_dialog import Who5Dialog

    app = QApplication(sys.argv[:1])
    apply_style(app)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.language == "da" else "-en"

    tasks = TaskRunner()

    def save(widget: QWidget, name: str) -> None:
        # Views load in the background (Trends: data, then insights, then the charts in
        # sight are built once the page has settled): let it all arrive.
        for _ in range(8):
            app.processEvents()
            tasks.wait()
        app.processEvents()
        widget.grab().save(str(out / f"{name}{suffix}.png"))

    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "ui.ini"), QSettings.Format.IniFormat)
        settings.setValue(LANGUAGE_KEY, args.language)
        # A cheap KDF is fine here: this journal is demo data and deleted afterwards.
        access = JournalAccess(JournalPaths(Path(scratch) / "journal"), kdf=keyfile.TEST_KDF)
        window = build_main_window(access, tasks, settings)
        window.resize(args.width, args.height)
        window.show()
        save(window, "welcome")

        journal, _code = access.create(DEMO_PASSPHRASE)
        # The demo ends yesterday: Today opens as it does at 17:30, with a proposed split.
        yesterday = journal.today() - timedelta(days=1)
        demo = generate_demo(days=180, seed=7, end=yesterday)
        language = Language(args.language)
        # A fresh journal takes its settings from the imported content.
        journal.import_content(
            dataclasses.replace(
                demo, settings=dataclasses.replace(demo.settings, language=language)
            )
        )
        journal.close()
        window.show_entry()
        save(window, "unlock")

        window.open_journal(access.open_with_passphrase(DEMO_PASSPHRASE))
        for page in Page:
            if page is Page.LEADER_GROUP:
                continue  # shot below, with a round open (7-pulse-share)
            # The names the README has always used: Settings stays "6-settings".
            number = page.value + 1 if page < Page.LEADER_GROUP else page.value
            window.shell.show_page(page)
            save(window, f"{number}-{page.name.lower().replace('_', '-')}")
        today = window.shell.views[Page.TODAY]
        assert isinstance(today, TodayView)
        window.shell.show_page(Page.TODAY)
        today.show_day(yesterday)  # a day as it looks once it is logged
        save(window, "1-today-logged")

        # The calendar's proposal (issue #16): a demo export set in Settings.
        ics = Path(scratch) / "Kalender.ics"
        ics.write_text(demo_calendar(yesterday + timedelta(days=1)), encoding="utf-8")
        window.session.journal.save_calendar_settings(CalendarSettings(files=(str(ics),)))
        window.session.notify(Change.SETTINGS)
        today.show_today()
        save(window, "1-today-calendar")

        def shoot_events() -> None:
            events = today.calendar.dialog
            if events is None:
                QTimer.singleShot(50, shoot_events)
                return
            save(events, "today-calendar-events")
            events.reject()

        QTimer.singleShot(0, shoot_events)
        today.proposal.events_button.click()

        one_on_one = window.shell.views[Page.ONE_ON_ONE]
        window.shell.show_page(Page.ONE_ON_ONE)
        assert isinstance(one_on_one, OneOnOneView)
        one_on_one.open_coach_summary()
        coach = one_on_one.coach_dialog
        if coach is not None:
            coach.resize(980, 720)
            save(coach, "coach")
            coach.reject()

        shoot_leader_group(window, Path(scratch), yesterday, save, tasks)

        dialog = Who5Dialog(window.session, window)
        dialog.show()
        save(dialog, "who5")
        dialog.reject()
        recovery = RecoveryKeyDialog(_code, window.session.language, window)
        recovery.show()
        save(recovery, "recovery-key")
        recovery.stored.setChecked(True)
        recovery.accept()
        # The unlock screen after closing the window to the tray: why it locked.
        window.lock_because(LockReason.WINDOW_CLOSED)
        save(window, "unlock-locked")
        tasks.wait()
    return 0


def shoot_leader_group(
    window: MainWindow,
    scratch: Path,
    end: date,
    save: Callable[[QWidget, str], None],
    tasks: TaskRunner,
) -> None:
    """The leader group's pulse (issue #18): the share preview and the group picture.

    The screenshot journal starts a round of the last eight whole weeks and shares its own pulse;
    five more demo journals (seeds 1..5) share theirs, and the six are combined.
    """
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.security import keyfile
    from wellbeing_desktop.services import pulse
    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.demo import generate_demo
    from wellbeing_desktop.ui.leader_group.leader_group_view import LeaderGroupView
    from wellbeing_desktop.ui.leader_group.round_dialog import last_whole_weeks
    from wellbeing_desktop.ui.shell.app_shell import Page

    journal = window.session.journal
    name = (
        "Ledergruppen, efterår" if window.session.language.value == "da" else "Leader group, autumn"
    )
    # A round covers whole weeks: the eight that ended by ``end`` (as the dialog offers).
    start, last = last_whole_weeks(end + timedelta(days=1))
    pulse_round = pulse.start_round(journal, name=f"{name} {end.year}", start=start, end=last)
    round_file = scratch / "round.json"
    pulse.write_round_file(pulse_round, round_file)
    window.shell.show_page(Page.LEADER_GROUP)
    view = window.shell.views[Page.LEADER_GROUP]
    assert isinstance(view, LeaderGroupView)
    view.facilitate.refresh()
    view.share.open_round_file(round_file)
    save(window, "7-pulse-share")

    files = []
    for seed in range(1, 6):
        access = JournalAccess(JournalPaths(scratch / f"leader{seed}"), kdf=keyfile.TEST_KDF)
        leader, _code = access.create(DEMO_PASSPHRASE)
        leader.import_content(generate_demo(days=70, seed=seed, end=end))
        shared = pulse.preview_pulse(leader, pulse_round, include_who5=seed % 2 == 0)
        files.append(scratch / f"pulse{seed}.json")
        pulse.share_pulse(leader, pulse_round, shared, files[-1])
        leader.close()
    own = pulse.preview_pulse(journal, pulse_round, include_who5=False)
    files.append(scratch / "pulse-own.json")
    pulse.share_pulse(journal, pulse_round, own, files[-1])
    view.facilitate.combine(pulse_round, files)
    for _ in range(50):
        tasks.wait()
        QApplication.processEvents()
        if view.facilitate.group_dialog is not None:
            break
    group = view.facilitate.group_dialog
    if group is not None:  # at the size it opens at over this window
        save(group, "7-pulse-group")
        group.reject()


if __name__ == "__main__":
    sys.exit(main())
