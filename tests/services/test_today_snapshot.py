"""The start's snapshot of Today (``services.today_snapshot``, #20).

What Today's first paint shows, read without SQLAlchemy, is exactly what the ``Journal``
returns: settings, categories, pick lists, the day and the proposal's earlier minutes,
on random journals (hypothesis), read while the journal is open (as at a start) and at rest.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing_desktop.domain.calendar_rules import CalendarSettings
from wellbeing_desktop.domain.models import CatalogueKind, DayLog, Language, Settings, ShareLevel
from wellbeing_desktop.domain.proposals import lookback_start
from wellbeing_desktop.services.today_snapshot import TodaySnapshot, read_snapshot
from wellbeing_desktop.storage import read_only

if TYPE_CHECKING:
    from pathlib import Path

    from wellbeing_desktop.services.journal import Journal

START = date(2026, 9, 1)
CATEGORIES = ["people_leadership", "operations", "strategy", "own_tasks"]
TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc", "Cf", "Co", "Cn")), max_size=60)


@st.composite
def day_logs(draw: st.DrawFn) -> DayLog:
    return DayLog(
        day=START + timedelta(days=draw(st.integers(0, 40))),
        minutes=draw(st.dictionaries(st.sampled_from(CATEGORIES), st.integers(0, 300))),
        stress_step=draw(st.none() | st.integers(1, 5)),
        demands=draw(st.none() | st.integers(0, 10)),
        resources=draw(st.none() | st.integers(0, 10)),
        demand_items=tuple(draw(st.lists(st.sampled_from(["d1", "d2", "d5"]), unique=True))),
        resource_items=tuple(draw(st.lists(st.sampled_from(["r1", "r3"]), unique=True))),
        energy=draw(st.none() | st.integers(1, 5)),
        reflection=draw(TEXT),
        tags=tuple(draw(st.lists(st.sampled_from(["a", "fælles", "x-y"]), unique=True))),
        share=draw(st.sampled_from(list(ShareLevel))),
    )


SETTINGS = st.builds(
    Settings,
    weekly_hours_norm=st.sampled_from([20.0, 37.0, 37.5, 45.0]),
    leadership_target_percent=st.integers(0, 100),
    reminder_time=st.none() | st.sampled_from([time(8, 30), time(17, 0)]),
    language=st.sampled_from(list(Language)),
    auto_lock_minutes=st.sampled_from([0, 5, 10, 60]),
)


def _expected(journal: Journal, day: date) -> TodaySnapshot:
    return TodaySnapshot(
        day=day,
        settings=journal.settings(),
        categories=journal.categories(),
        catalogues={kind: journal.catalogue(kind) for kind in CatalogueKind},
        stored=journal.day(day),
        earlier=journal.minutes_between(lookback_start(day), day - timedelta(days=1)),
        calendar_files=journal.calendar_settings().files,
    )


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    logs=st.lists(day_logs(), max_size=8),
    chosen=SETTINGS,
    own_signal=st.none() | st.sampled_from(["Søvnløs", "Hovedpine igen", "Kort lunte"]),
    calendar=st.booleans(),
    offset=st.integers(0, 40),
)
def test_the_snapshot_is_what_the_journal_returns(
    journal: Journal,
    logs: list[DayLog],
    chosen: Settings,
    own_signal: str | None,
    calendar: bool,
    offset: int,
    tmp_path: Path,
) -> None:
    for log in logs:
        journal.save_day(log)
    journal.save_settings(chosen)
    if own_signal is not None and own_signal.strip():
        journal.add_own_signal(own_signal)
    if calendar:
        ics = tmp_path / "work.ics"
        ics.write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
        journal.save_calendar_settings(CalendarSettings(files=(str(ics),)))
    day = START + timedelta(days=offset)
    expected = _expected(journal, day)
    # Read while the journal is open, as the start reads it beside a running app.
    got = read_only.read_at_rest(
        journal.paths.database, journal.data_key, lambda conn: read_snapshot(conn, day)
    )
    assert got == expected


def test_a_journal_at_rest_reads_the_same(access_journal: tuple[Journal, bytes]) -> None:
    journal, data_key = access_journal
    day = date(2026, 3, 3)
    expected = _expected(journal, day)
    paths = journal.paths
    journal.close()
    got = read_only.read_at_rest(paths.database, data_key, lambda conn: read_snapshot(conn, day))
    assert got == expected
    assert got is not None
    assert got.stored is not None
    assert got.earlier


def test_the_snapshot_keeps_the_key_out_of_its_repr() -> None:
    snapshot = TodaySnapshot(
        day=START,
        settings=Settings(),
        categories=[],
        catalogues={},
        stored=None,
        earlier={},
        calendar_files=(),
        data_key=b"\x01" * 32,
    )
    assert "data_key" not in repr(snapshot)
    assert "\\x01" not in repr(snapshot)


def test_reading_the_snapshot_loads_no_sqlalchemy_and_no_keyring() -> None:
    probe = (
        "import sys\n"
        "from wellbeing_desktop.services import today_snapshot\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'keyring')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --- fixtures ------------------------------------------------------------------------------


def _fill(journal: Journal) -> None:
    for n in range(1, 6):
        journal.save_day(
            DayLog(
                day=date(2026, 3, n),
                minutes={"operations": 60 * n, "people_leadership": 30},
                stress_step=1 + n % 5,
                reflection=f"dag {n}",
            )
        )


@pytest.fixture
def access_journal(journal: Journal) -> tuple[Journal, bytes]:
    _fill(journal)
    return journal, journal.data_key
