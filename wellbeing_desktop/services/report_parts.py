"""The parts the 1:1 preparation and the coach summary share.

The parts the 1:1 preparation and the coach summary share: the figures, the charts
and the "about the figures" section (services/reports.py builds the reports).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.domain.catalogues import (
    STAIRCASE_ATTRIBUTION,
    WHO5_ATTRIBUTION,
    Texts,
)
from wellbeing_desktop.domain.catalogues import localized as _t
from wellbeing_desktop.services.period_figures import (
    PeriodFigures,
    balance_fact,
    hours_fact,
    share_fact,
    stress_facts,
    who5_fact,
)
from wellbeing_desktop.services.report_content import (
    ChartKind,
    ChartSpec,
    ReportSection,
    Section,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from wellbeing_desktop.domain.aggregation import PeriodSummary
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.services.journal import Journal


def chart_granularity(start: date, end: date) -> Granularity:
    """Days up to a month, weeks up to about half a year, months beyond."""
    days = (end - start).days + 1
    if days <= 31:
        return Granularity.DAY
    if days <= 190:
        return Granularity.WEEK
    return Granularity.MONTH


_PER: dict[Granularity, Texts] = {
    Granularity.DAY: ("pr. dag", "per day"),
    Granularity.WEEK: ("pr. uge", "per week"),
    Granularity.MONTH: ("pr. måned", "per month"),
}


class ReportCharts:
    """The charts of one report: the period's summaries read once, for all of them.

    Every period chart of a report draws the same summaries (the period at
    ``chart_granularity``); read once, a 30-year report holds 361 of them, not one copy
    per chart (issue #20). Read when the first chart is made: a report without one
    reads none.
    """

    def __init__(self, journal: Journal, figures: PeriodFigures) -> None:
        self._journal = journal
        self._figures = figures
        self._summaries: tuple[PeriodSummary, ...] | None = None

    def chart(self, kind: ChartKind, language: Language) -> ChartSpec:
        figures = self._figures
        s = figures.summary
        granularity = chart_granularity(s.start, s.end)
        per = _t(_PER[granularity], language)
        titles: dict[ChartKind, Texts] = {
            ChartKind.TIME_SPLIT: (f"Tidsfordeling {per}", f"Time split {per}"),
            ChartKind.STRESS: (
                f"Stresstrin {per}: gennemsnit og højeste",
                f"Stress step {per}: mean and highest",
            ),
            ChartKind.DEMANDS_RESOURCES: (
                f"Krav og ressourcer {per} (gennemsnit, 0–10)",
                f"Demands and resources {per} (mean, 0–10)",
            ),
            ChartKind.WHO5: ("WHO-5 i perioden (0–100)", "WHO-5 in the period (0–100)"),
        }
        if self._summaries is None:
            self._summaries = tuple(
                self._journal.summaries(granularity, s.start, s.end, keep=False)
            )
        return ChartSpec(
            kind=kind,
            title=_t(titles[kind], language),
            granularity=granularity,
            summaries=self._summaries,
            target_percent=figures.target_percent if kind is ChartKind.TIME_SPLIT else None,
            language=language,
        )


def period_facts(
    figures: PeriodFigures, chosen: Sequence[Section], language: Language
) -> list[tuple[str, str]]:
    """The ``stats`` figures of the chosen sections (days logged always first)."""
    if figures.summary.days_logged == 0:
        return []
    facts = [(_t(("Registrerede dage", "Days logged"), language), str(figures.summary.days_logged))]
    if Section.TIME_SPLIT in chosen:
        facts += [share_fact(figures, language), hours_fact(figures, language)]
    if Section.STRESS in chosen:
        facts += stress_facts(figures, language)
    balance = balance_fact(figures, language)
    if Section.DEMANDS_RESOURCES in chosen and balance is not None:
        facts.append(balance)
    if Section.WHO5 in chosen:
        facts.append(who5_fact(figures, language))
    return facts


def no_days(language: Language) -> str:
    return _t(("Ingen dage registreret i perioden.", "No days logged in this period."), language)


def about_section(chosen: Sequence[Section], language: Language) -> ReportSection:
    paragraphs = [
        _t(
            (
                "Tallene er mine egne registreringer, ikke en vurdering. Ledelsesandelen er "
                "personaleledelse og strategi i forhold til al registreret tid.",
                "The figures are my own entries, not an assessment. The leadership share is "
                "people leadership and strategy out of all time logged.",
            ),
            language,
        )
    ]
    if Section.STRESS in chosen:
        paragraphs.append(_t(STAIRCASE_ATTRIBUTION, language))
    if Section.WHO5 in chosen:
        paragraphs.append(_t(WHO5_ATTRIBUTION, language))
    return ReportSection(
        key="about",
        heading=_t(("Om tallene", "About the figures"), language),
        paragraphs=tuple(paragraphs),
    )
