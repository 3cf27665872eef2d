"""The coach summary's words: recurring signals and a clear WHO-5 change (issue #17)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.services.report_data import END, START, day, fill
from tests.unit.test_danish_words import problems
from wellbeing_desktop.domain.models import Language, Who5CheckIn
from wellbeing_desktop.services.report_content import JOURNAL_KINDS, ReportKind, ReportSection
from wellbeing_desktop.services.reports import build_report

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from wellbeing_desktop.services.journal import Journal


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Reports draw with Qt: use the test session's QApplication."""


def section(journal: Journal, key: str, language: Language = Language.DANISH) -> ReportSection:
    report = build_report(journal, ReportKind.COACH, START, END, language)
    return next(s for s in report.sections if s.key == key)


def test_only_signals_noted_on_two_days_or_more_recurred(journal: Journal) -> None:
    journal.save_day(day(0, signals=("sig-sleep", "sig-headache", "sig-restlessness")))
    journal.save_day(day(1, signals=("sig-sleep", "sig-restlessness")))
    journal.save_day(day(2, signals=("sig-sleep",)))
    stress = section(journal, "stress")
    assert stress.items_intro == "Signaler, der gik igen:"
    assert stress.items == ("Søvnproblemer – 3 dage", "Indre uro – 2 dage")
    english = section(journal, "stress", Language.ENGLISH)
    assert english.items == ("Sleep problems – 3 days", "Inner restlessness – 2 days")


def test_signals_seen_once_each_list_nothing(journal: Journal) -> None:
    journal.save_day(day(0, signals=("sig-sleep",)))
    journal.save_day(day(1, signals=("sig-headache",)))
    assert section(journal, "stress").items == ()


def answers(score: int) -> tuple[int, int, int, int, int]:
    raw = score // 4
    return tuple(min(5, max(0, raw - 5 * i)) for i in range(5))  # type: ignore[return-value]


def test_a_who5_fall_of_ten_points_is_named_first(journal: Journal) -> None:
    journal.save_day(day(0))
    journal.record_who5(Who5CheckIn(date(2026, 10, 30), answers(72)))
    journal.record_who5(Who5CheckIn(date(2026, 11, 13), answers(56)))
    who5 = section(journal, "who5")
    assert who5.paragraphs[0] == (
        "Min WHO-5 er faldet 16 point, fra 72 den 30. oktober 2026 til 56 den 13. november "
        "2026. Et fald på 10 point eller mere er en tydelig ændring (Topp m.fl. 2015) – det "
        "vil jeg gerne tale om."
    )
    english = section(journal, "who5", Language.ENGLISH)
    assert english.paragraphs[0].startswith(
        "My WHO-5 has fallen by 16 points, from 72 on 30 October 2026"
    )


def test_a_who5_rise_is_named_and_a_small_change_is_not(journal: Journal) -> None:
    journal.save_day(day(0))
    journal.record_who5(Who5CheckIn(date(2026, 10, 30), answers(40)))
    journal.record_who5(Who5CheckIn(date(2026, 11, 13), answers(52)))
    assert section(journal, "who5").paragraphs[0].startswith("Min WHO-5 er steget 12 point")
    journal.record_who5(Who5CheckIn(date(2026, 11, 20), answers(44)))
    paragraphs = section(journal, "who5").paragraphs
    assert len(paragraphs) == 1
    assert "point" not in paragraphs[0]


@pytest.mark.parametrize("kind", JOURNAL_KINDS)
def test_the_danish_reports_read_right(journal: Journal, kind: ReportKind) -> None:
    """The app's own words in both Danish reports follow the Danish rules.

    The user's own texts, such as 1:1 actions and quoted reflections, are theirs.
    """
    fill(journal)
    journal.record_who5(Who5CheckIn(date(2026, 11, 20), answers(40)))
    report = build_report(journal, kind, START, END, Language.DANISH)
    texts = [report.title, report.subtitle, report.notice]
    for part in report.sections:
        texts += [part.heading, *part.paragraphs, part.items_intro, *part.item_sources]
        texts += [text for fact in part.facts for text in fact]
        if part.key in ("stress", "demands_resources", "options"):
            texts += part.items
    broken = [f"{text!r}: {p}" for text in texts for p in problems(text)]
    assert broken == []
    assert any("jeg" in text.split() for text in texts)  # the leader's own voice


def test_a_fall_from_before_the_period_is_named_in_trends_and_coach(journal: Journal) -> None:
    # The tester's 4-week Trends view hid a fall 68 -> 56 because the earlier check-in lay
    # just before the period: the latest check-in in the period is compared with the one
    # before it, wherever that lies, in the insights and in the coach summary alike.
    for n in range(12):
        journal.save_day(day(n))
    journal.record_who5(Who5CheckIn(date(2026, 10, 20), answers(40)))
    journal.record_who5(Who5CheckIn(date(2026, 11, 8), answers(68)))  # the day before START
    journal.record_who5(Who5CheckIn(date(2026, 11, 20), answers(56)))
    fall = "faldet 12 point, fra 68 den 8. november 2026 til 56 den 20. november 2026."
    [insight] = [i for i in journal.insights(START, END, Language.DANISH) if i.rule == "who5_down"]
    assert insight.text.startswith(f"Din WHO-5 er {fall}")
    assert section(journal, "who5").paragraphs[0].startswith(f"Min WHO-5 er {fall}")
