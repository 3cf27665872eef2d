"""A report whose period spans two calendar years writes the year with every short date.

Sparring topics, 1:1 actions, the days of reflections marked for the 1:1, WHO-5 and the
per-day tables: "14. dec. 2025 → 11. jan. 2026", never "14. dec. → 11. jan.". A period
inside one year keeps the short dates ("11. jan.").
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from wellbeing_desktop.domain.models import (
    ActionItem,
    DayLog,
    Language,
    OneOnOne,
    ShareLevel,
    SparringTopic,
    TopicStatus,
    Who5CheckIn,
)
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.reports import render_bytes
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.report_content import ReportKind
from wellbeing_desktop.services.reports import build_report

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.services.journal import Journal


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Reports draw with Qt: use the test session's QApplication."""


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    folder = tmp_path_factory.mktemp("years")
    access = JournalAccess(
        JournalPaths(folder / "journal"), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )
    opened, _code = access.create(PASSPHRASE)
    for day in (date(2025, 12, 29), date(2026, 1, 2), date(2026, 1, 12)):
        opened.save_day(
            DayLog(
                day=day,
                minutes={"people_leadership": 120, "operations": 60},
                stress_step=2,
                reflection="Noget at tale om",
                share=ShareLevel.ONE_ON_ONE,
            )
        )
    opened.save_sparring_topic(
        SparringTopic(
            raised_on=date(2025, 12, 14),
            situation="conflict",
            with_whom="hr",
            status=TopicStatus.RESOLVED,
            resolved_on=date(2026, 1, 11),
        )
    )
    opened.save_sparring_topic(
        SparringTopic(raised_on=date(2025, 12, 15), situation="conflict", with_whom="hr")
    )
    opened.save_one_on_one(
        OneOnOne(held_on=date(2025, 12, 20), with_whom="Mette", actions=(ActionItem("Ring"),))
    )
    opened.record_who5(Who5CheckIn(date(2026, 1, 3), (3, 3, 3, 3, 3)))
    yield opened
    opened.close()


def _markdown(journal: Journal, kind: ReportKind, start: date, end: date) -> str:
    report = build_report(journal, kind, start, end, Language.DANISH)
    return render_bytes(report, "md").decode("utf-8")


def test_a_coach_summary_across_new_year_dates_with_years(journal: Journal) -> None:
    text = _markdown(journal, ReportKind.COACH, date(2025, 12, 1), date(2026, 1, 20))

    assert "14. dec. 2025 → 11. jan. 2026" in text  # the resolved topic
    assert "siden 15. dec. 2025" in text  # the open one
    assert "1:1 20. dec. 2025" in text  # the open action
    assert "14. dec. →" not in text


def test_the_per_day_table_across_new_year_has_years(journal: Journal) -> None:
    text = _markdown(journal, ReportKind.COACH, date(2025, 12, 24), date(2026, 1, 13))

    assert "| 29. dec. 2025 |" in text
    assert "| 2. jan. 2026 |" in text
    assert "| 2. jan. |" not in text


def test_a_1_1_preparation_across_new_year_has_years(journal: Journal) -> None:
    text = _markdown(journal, ReportKind.ONE_ON_ONE, date(2025, 12, 21), date(2026, 1, 13))

    assert "29. dec. 2025, 2. jan. 2026, 12. jan. 2026" in text  # reflections for the 1:1
    assert "siden 15. dec. 2025" in text
    assert "1:1 20. dec. 2025" in text
    assert "(3. jan. 2026)" in text  # WHO-5


def test_a_period_inside_one_year_keeps_short_dates(journal: Journal) -> None:
    text = _markdown(journal, ReportKind.ONE_ON_ONE, date(2026, 1, 1), date(2026, 1, 13))

    assert "2. jan., 12. jan." in text
    assert "| 2. jan. |" in text
    assert "siden 15. dec. 2025" in text  # a date of another year keeps its year
