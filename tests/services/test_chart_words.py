"""A chart's figures in words (``reports.chart_words``): the text alternative of its picture.

The expected sentences are built from the same formatting functions the tables use
(``domain.formatting``), from the known journal of ``report_data``: ten logged days,
one of them (17 Nov) all operations and step 4, WHO-5 40 on 30 Oct and 64 on 13 Nov.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.conftest import PASSPHRASE, fixed_clock
from tests.services.report_data import END, START, fill
from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.models import Language
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.reports.chart_words import chart_sentence
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.report_content import ChartKind, ChartSpec

if TYPE_CHECKING:
    from collections.abc import Iterator

    from wellbeing_desktop.services.journal import Journal

DA, EN = Language.DANISH, Language.ENGLISH
LAST_DAY = date(2026, 11, 20)  # the last logged day of the period
SHARE = 180 / 480  # people leadership and strategy of an ordinary day


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    """One filled journal for the module (the sentences only read it)."""
    folder = tmp_path_factory.mktemp("chart-words")
    access = JournalAccess(
        JournalPaths(folder / "journal"), kdf=keyfile.TEST_KDF, clock=fixed_clock
    )
    journal, _code = access.create(PASSPHRASE)
    fill(journal)
    yield journal
    journal.close()


def spec(
    journal: Journal,
    kind: ChartKind,
    granularity: Granularity,
    language: Language,
    start: date = START,
    end: date = END,
) -> ChartSpec:
    target = journal.settings().leadership_target_percent
    return ChartSpec(
        kind=kind,
        title="the caption",
        granularity=granularity,
        summaries=tuple(journal.summaries(granularity, start, end)),
        target_percent=target if kind is ChartKind.TIME_SPLIT else None,
        language=language,
    )


def test_each_chart_per_day_in_both_languages(filled: Journal) -> None:
    target = filled.settings().leadership_target_percent
    day = Granularity.DAY
    low, high = fmt.percent(0, DA), fmt.percent(SHARE, DA)
    assert chart_sentence(spec(filled, ChartKind.TIME_SPLIT, day, DA)) == (
        f"Ledelsesandel pr. dag, 10 af 14 dage med data: mellem {low} og {high}; "
        f"senest {high} ({fmt.short_date(LAST_DAY, DA)}). Mål {fmt.whole_percent(target, DA)}."
    )
    low, high = fmt.percent(0, EN), fmt.percent(SHARE, EN)
    assert chart_sentence(spec(filled, ChartKind.TIME_SPLIT, day, EN)) == (
        f"Leadership share per day, 10 of 14 days with data: between {low} and {high}; "
        f"latest {high} ({fmt.short_date(LAST_DAY, EN)}). Target {fmt.whole_percent(target, EN)}."
    )
    two, four = fmt.number(2, EN), fmt.number(4, EN)
    assert chart_sentence(spec(filled, ChartKind.STRESS, day, EN)) == (
        f"Stress step (1–5) per day, 10 of 14 days with data: mean between {two} and {four}, "
        f"highest step 4; latest {two} ({fmt.short_date(LAST_DAY, EN)})."
    )
    seven, four = fmt.number(7, DA), fmt.number(4, DA)
    assert chart_sentence(spec(filled, ChartKind.DEMANDS_RESOURCES, day, DA)) == (
        "Krav og ressourcer (0–10) pr. dag, 10 af 14 dage med data: "
        f"krav hele tiden {seven}, ressourcer hele tiden {four}; "
        f"senest krav {seven} og ressourcer {four} ({fmt.short_date(LAST_DAY, DA)})."
    )


def test_weeks_are_named_and_counted(filled: Journal) -> None:
    """Week 46: five ordinary days; week 47: one of its five days is all operations."""
    sentence = chart_sentence(spec(filled, ChartKind.TIME_SPLIT, Granularity.WEEK, DA))
    low, high = fmt.percent(4 * 180 / (5 * 480), DA), fmt.percent(SHARE, DA)
    assert sentence.startswith(
        f"Ledelsesandel pr. uge, 2 uger: mellem {low} og {high}; senest {low} (uge 47)."
    )


def test_who5_names_its_check_ins(filled: Journal) -> None:
    chart = spec(filled, ChartKind.WHO5, Granularity.WEEK, DA, start=date(2026, 10, 26))
    checked = fmt.long_date(date(2026, 11, 13), DA)
    assert (
        chart_sentence(chart)
        == f"WHO-5 (0–100), 2 målinger: mellem 40 og 64; senest 64 ({checked})."
    )
    chart = spec(filled, ChartKind.WHO5, Granularity.WEEK, EN)
    checked = fmt.long_date(date(2026, 11, 13), EN)
    assert (
        chart_sentence(chart) == f"WHO-5 (0–100), 1 check-in: 64 throughout; latest 64 ({checked})."
    )


def test_an_empty_period_says_so(filled: Journal) -> None:
    empty = {"start": date(2025, 1, 1), "end": date(2025, 1, 31)}
    chart = spec(filled, ChartKind.DEMANDS_RESOURCES, Granularity.WEEK, EN, **empty)
    assert chart_sentence(chart) == "Demands and resources (0–10) per week: no data in the period."
    chart = spec(filled, ChartKind.WHO5, Granularity.DAY, DA, **empty)
    assert chart_sentence(chart) == "WHO-5 (0–100): ingen målinger i perioden."
