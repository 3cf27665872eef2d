"""A chart's numbers as a small table: Markdown shows it instead of a picture."""

from __future__ import annotations

from wellbeing_desktop.domain import formatting as fmt
from wellbeing_desktop.domain.aggregation import Granularity, PeriodSummary
from wellbeing_desktop.domain.catalogues import localized
from wellbeing_desktop.domain.models import ActivityKind, Language
from wellbeing_desktop.services.report_content import ChartKind, ChartSpec

NONE = "–"


def period_name(summary: PeriodSummary, granularity: Granularity, language: Language) -> str:
    """``24. nov.``, ``uge 48``/``week 48`` or ``november 2026``/``November 2026``."""
    if granularity is Granularity.DAY:
        return fmt.short_date(summary.start, language)
    if granularity is Granularity.WEEK:
        week = summary.start.isocalendar().week
        return localized((f"uge {week}", f"week {week}"), language)
    return f"{fmt.month_name(summary.start.month, language)} {summary.start.year}"


def _number(value: float | None, language: Language) -> str:
    return NONE if value is None else fmt.number(value, language)


def chart_table(spec: ChartSpec) -> tuple[list[str], list[list[str]]]:
    """The header and the rows (one per period, or per check-in for WHO-5)."""
    lang = spec.language
    period = localized(("Periode", "Period"), lang)
    rows: list[list[str]] = []
    if spec.kind is ChartKind.WHO5:
        for summary in spec.summaries:
            rows += [[fmt.long_date(day, lang), str(score)] for day, score in summary.who5_scores]
        return [localized(("Dato", "Date"), lang), "WHO-5"], rows
    if spec.kind is ChartKind.TIME_SPLIT:
        kinds = {
            ActivityKind.LEADERSHIP: ("Ledelse", "Leadership"),
            ActivityKind.OPERATIONS: ("Drift", "Operations"),
            ActivityKind.OWN_WORK: ("Egne opgaver", "Own tasks"),
        }
        header = [period, *(localized(t, lang) for t in kinds.values())]
        for s in spec.summaries:
            name = period_name(s, spec.granularity, lang)
            if not s.logged_minutes:
                rows.append([name, *([NONE] * len(kinds))])
                continue
            rows.append(
                [name, *(fmt.percent(s.minutes_by_kind[k] / s.logged_minutes, lang) for k in kinds)]
            )
        return header, rows
    if spec.kind is ChartKind.STRESS:
        header = [
            period,
            localized(("Gennemsnit", "Mean"), lang),
            localized(("Højeste", "Highest"), lang),
        ]
        for s in spec.summaries:
            highest = NONE if s.stress_max is None else str(s.stress_max)
            rows.append(
                [period_name(s, spec.granularity, lang), _number(s.stress_mean, lang), highest]
            )
        return header, rows
    header = [
        period,
        localized(("Krav", "Demands"), lang),
        localized(("Ressourcer", "Resources"), lang),
    ]
    for s in spec.summaries:
        rows.append(
            [
                period_name(s, spec.granularity, lang),
                _number(s.demands_mean, lang),
                _number(s.resources_mean, lang),
            ]
        )
    return header, rows
